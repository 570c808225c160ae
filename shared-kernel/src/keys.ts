import type { ClinicId } from './ids';

/**
 * Redis key layout. Tenant keys are `t:{<clinicId>}:<entity>:<id>...`; the
 * braces are a Redis Cluster hash tag so one clinic's keys share a slot.
 * Global keys are few and listed here, nowhere else.
 */
export const GLOBAL_KEYS = {
  /** Stream: platform-level audit records (operator and cross-tenant work). */
  platformAudit: 'g:audit',
  /** Set: ids of every clinic, for the operator console and sweeps. */
  clinicIndex: 'g:clinics',
} as const;

export type GlobalKey = (typeof GLOBAL_KEYS)[keyof typeof GLOBAL_KEYS];

const GLOBAL_KEY_SET: ReadonlySet<string> = new Set(Object.values(GLOBAL_KEYS));

const KEY_PART = /^[A-Za-z0-9_.@+-]+$/;

export function formatTenantKey(clinic: ClinicId, parts: readonly string[]): string {
  if (parts.length === 0) throw new TypeError('A tenant key needs at least an entity name');
  for (const part of parts) {
    if (!KEY_PART.test(part)) throw new TypeError(`Unsafe Redis key part: ${JSON.stringify(part)}`);
  }
  return `t:{${clinic}}:${parts.join(':')}`;
}

const TENANT_KEY = /^t:\{[a-z0-9][a-z0-9_-]{1,63}\}:/;

/** Used by the key-hygiene check: is this a key our layout allows? */
export function isAllowedKey(key: string): boolean {
  return TENANT_KEY.test(key) || GLOBAL_KEY_SET.has(key);
}
