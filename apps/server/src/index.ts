/** What the web apps may import: types only. */
export type { AppRouter } from './router';
