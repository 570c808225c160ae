export * from './redis-client';
export * from './embedded-redis';
export * from './embedded-redis-cluster';
export * from './redis-audit-log';
export * from './lua-scripts';
