export * from './fixtures';
export { findStrayKeys } from './redis-global-setup';
