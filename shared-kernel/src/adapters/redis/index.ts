export * from './redis-client';
export * from './embedded-redis';
export * from './redis-audit-log';
