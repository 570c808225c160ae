/** Container tokens for what the shared kernel provides to every module. */
export const KERNEL_TOKENS = {
  Redis: Symbol.for('kernel.Redis'),
  TenantGuard: Symbol.for('kernel.TenantGuard'),
  Clock: Symbol.for('kernel.Clock'),
  IdGenerator: Symbol.for('kernel.IdGenerator'),
  Logger: Symbol.for('kernel.Logger'),
  AuditLog: Symbol.for('kernel.AuditLog'),
  EventBus: Symbol.for('kernel.EventBus'),
} as const;
