/** For the composition root (apps/server) only. */
export { tenancyContainerModule } from './tenancy.container';
export { TENANCY_TOKENS } from './tenancy.tokens';
export type { TenancyRouters } from './api/tenancy.routers';
export type { RegisterClinic } from './application/register-clinic';
export type { SuspendClinic } from './application/suspend-clinic';
export type { CreateCatalogEntry } from './application/create-catalog-entry';
export type { RedisCatalogChanges } from './adapters/redis/redis-catalog-changes';
