/** For the composition root (apps/server) only. */
export { schedulingContainerModule } from './scheduling.container';
export { SCHEDULING_TOKENS } from './scheduling.tokens';
export type { SchedulingRouters } from './api/scheduling.routers';
