import type { ClinicId } from './ids';

/**
 * Redis key layout. Tenant keys are `t:{<clinicId>}:<entity>:<id>...`; the
 * braces are a Redis Cluster hash tag so one clinic's keys share a slot.
 * Global keys are few and listed here, nowhere else.
 */
const KEY_PART = /^[A-Za-z0-9_.@+-]+$/;

export const GLOBAL_KEYS = {
  /** Stream: platform-level audit records (operator and cross-tenant work). */
  platformAudit: 'g:audit',
  /** Set: ids of every clinic, for the operator console and sweeps. */
  clinicIndex: 'g:clinics',
  /** Hash: WhatsApp phone-number id -> clinic id, so a webhook finds its clinic (one number belongs to one clinic). */
  whatsappNumbers: 'g:wa-numbers',
  /** Hash: `<messenger|instagram>:<page or Instagram account id>` -> clinic id (one account belongs to one clinic). */
  metaPages: 'g:meta-pages',
} as const;

export type GlobalKey = (typeof GLOBAL_KEYS)[keyof typeof GLOBAL_KEYS];

/**
 * Global key families: platform identity (staff e-mail index, operators and
 * their sessions) and login rate limits, which must work before any clinic is known,
 * and the one delayed-job queue shared by all clinics.
 */
export const GLOBAL_KEY_FAMILIES = {
  /** Hash: staff e-mail -> `<clinicId>/<userId>`, so login can find the clinic. */
  staffEmails: 'g:staff-emails',
  /** Hash: operator e-mail -> operator id. */
  operatorEmails: 'g:operator-emails',
  /** Hash per operator account. */
  operator: 'g:operator:',
  /** Hash per operator session (by token hash), and a set per operator. */
  operatorSession: 'g:opsession:',
  operatorSessions: 'g:opsessions:',
  /** Short-lived login challenges of operators (MFA step). */
  operatorChallenge: 'g:opchallenge:',
  /** rate-limiter-flexible counters for login attempts per account and per IP. */
  rateLimit: 'g:rl:',
  /**
   * BullMQ's keys for durable delayed jobs of every clinic (reminders, offer
   * expiry): the queue prefix is this without the last `:`. The `{jobs}` hash
   * tag puts all of them in one cluster slot, as BullMQ's Lua scripts need.
   */
  jobQueue: 'g:{jobs}:',
} as const;

export function globalKey(family: keyof typeof GLOBAL_KEY_FAMILIES, id = ''): string {
  if (id && !KEY_PART.test(id)) throw new TypeError(`Unsafe Redis key part: ${JSON.stringify(id)}`);
  return `${GLOBAL_KEY_FAMILIES[family]}${id}`;
}

const GLOBAL_KEY_SET: ReadonlySet<string> = new Set([...Object.values(GLOBAL_KEYS), GLOBAL_KEY_FAMILIES.staffEmails, GLOBAL_KEY_FAMILIES.operatorEmails]);
const GLOBAL_PREFIXES = [
  GLOBAL_KEY_FAMILIES.operator,
  GLOBAL_KEY_FAMILIES.operatorSession,
  GLOBAL_KEY_FAMILIES.operatorSessions,
  GLOBAL_KEY_FAMILIES.operatorChallenge,
  GLOBAL_KEY_FAMILIES.rateLimit,
  GLOBAL_KEY_FAMILIES.jobQueue,
];


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
  return TENANT_KEY.test(key) || GLOBAL_KEY_SET.has(key) || GLOBAL_PREFIXES.some((prefix) => key.startsWith(prefix));
}
