import type { ClinicId } from '@frontdesk/shared-kernel';
import type { RateLimit, RateLimitName } from '../domain/rate-limits';

export interface InboundAdmissionRequest {
  clinicId: ClinicId;
  /** The provider's id of the message (e.g. a WhatsApp `wamid`): the dedupe key. */
  providerMessageId: string;
  /** Counted against the `session` limit when given. */
  sessionKey?: string | undefined;
  /** Counted against the `phone` limit when given. */
  phone?: string | undefined;
  /** The caller's time (never Redis TIME), so windows follow the injected Clock. */
  now: Date;
  /** The limits to apply, checked in order; `clinic` always applies, `session`/`phone` only with their subject. */
  limits: readonly RateLimit[];
  dedupeTtlSeconds: number;
}

export type InboundAdmissionVerdict =
  | { kind: 'accepted' }
  | { kind: 'duplicate' }
  /** `apologyDue` is true for the first drop of this limit and subject in the current window only. */
  | { kind: 'limited'; limit: RateLimitName; apologyDue: boolean };

/**
 * Port: dedupe plus rate limits for one inbound message, atomically and in one
 * Redis round trip. A duplicate counts nothing; a limited message consumes no
 * budget (check-then-count) and is counted as a drop for its clinic.
 */
export interface InboundGuard {
  admit(request: InboundAdmissionRequest): Promise<InboundAdmissionVerdict>;
  /**
   * Forgets an admitted message id whose handling then failed, so the provider's
   * redelivery is admitted again instead of answered as a duplicate. The budget
   * it used stays used.
   */
  release(clinicId: ClinicId, providerMessageId: string): Promise<void>;
  /** Dropped messages of a clinic so far, per limit name (absent = none). */
  dropCounts(clinicId: ClinicId): Promise<Partial<Record<RateLimitName, number>>>;
}
