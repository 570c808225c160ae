import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Meta webhook checks (WhatsApp Cloud API; Messenger and Instagram use the same
 * scheme and App Secret). Framework-free: the HTTP route passes the query values,
 * the header and the raw body bytes.
 */

export interface SubscriptionQuery {
  /** `hub.mode`; anything other than the string `subscribe` is refused. */
  readonly mode: unknown;
  /** `hub.verify_token`. */
  readonly verifyToken: unknown;
  /** `hub.challenge`, echoed only on success. */
  readonly challenge: unknown;
}

export type SubscriptionResult =
  | { readonly status: 200; readonly body: string; readonly contentType: 'text/plain; charset=utf-8' }
  | { readonly status: 403 };

const FORBIDDEN: SubscriptionResult = Object.freeze({ status: 403 as const });

/**
 * GET verification handshake. Echoes `hub.challenge` only when the mode is
 * `subscribe` and the token equals the configured one. Fails closed: no
 * configured token (undefined or empty) refuses every request. The challenge is
 * never echoed on failure, and should be sent as text/plain (it is attacker
 * controlled until the token matched).
 */
export function verifySubscription(query: SubscriptionQuery, configuredToken: string | undefined): SubscriptionResult {
  if (typeof configuredToken !== 'string' || configuredToken.length === 0) return FORBIDDEN;
  const { mode, verifyToken, challenge } = query;
  if (mode !== 'subscribe') return FORBIDDEN;
  if (typeof verifyToken !== 'string' || typeof challenge !== 'string' || challenge.length === 0) return FORBIDDEN;
  if (!constantTimeStringEqual(verifyToken, configuredToken)) return FORBIDDEN;
  return { status: 200, body: challenge, contentType: 'text/plain; charset=utf-8' };
}

const SIGNATURE_PREFIX = 'sha256=';
const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/**
 * `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(appSecret, raw body bytes)>`.
 *
 * `rawBody` must be the bytes exactly as received, before any JSON parsing:
 * re-serialising changes them (Meta escapes non-ASCII as `\uXXXX`; JSON.stringify
 * does not), and the signature no longer matches. Fails closed: a missing or
 * malformed header, or no configured App Secret, is `false`, never a skip.
 */
export function verifySignature(rawBody: Buffer, header: string | undefined, appSecret: string | undefined): boolean {
  if (typeof appSecret !== 'string' || appSecret.length === 0) return false;
  if (!Buffer.isBuffer(rawBody)) return false;
  if (typeof header !== 'string' || !header.startsWith(SIGNATURE_PREFIX)) return false;
  const hex = header.slice(SIGNATURE_PREFIX.length);
  // Buffer.from(hex, 'hex') silently stops at the first non-hex character, so check first.
  if (!HEX_SHA256.test(hex)) return false;
  const received = Buffer.from(hex, 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  if (received.length !== expected.length) return false;
  return timingSafeEqual(received, expected);
}

/** The header value Meta would send for these bytes; for fakes and tests. */
export function signPayload(rawBody: Buffer | string, appSecret: string): string {
  return SIGNATURE_PREFIX + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

/** Compares digests so neither the content nor the length of the secret leaks through timing. */
function constantTimeStringEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a, 'utf8').digest();
  const db = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(da, db);
}
