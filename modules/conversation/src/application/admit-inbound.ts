import type { ClinicId, Clock } from '@frontdesk/shared-kernel';
import {
  apologyFor,
  INBOUND_DEDUPE_TTL_SECONDS,
  INBOUND_RATE_LIMITS,
  type ApologyLanguage,
  type RateLimit,
  type RateLimitName,
} from '../domain/rate-limits';
import type { InboundGuard } from '../ports/inbound-guard.port';

export interface AdmitInboundInput {
  clinicId: ClinicId;
  providerMessageId: string;
  sessionKey?: string | undefined;
  phone?: string | undefined;
  /** The patient's language for the apology; Arabic when absent. */
  language?: ApologyLanguage | undefined;
}

export type AdmitInboundResult =
  | { outcome: 'accepted' }
  /** A redelivery: answer the webhook 200 and do nothing. */
  | { outcome: 'duplicate' }
  /** Dropped; send `apology` when present (at most once per limit, subject and window). */
  | { outcome: 'limited'; limit: RateLimitName; apology?: string };

/** One rate limit as the clinic's staff see it: the limit itself and how many messages it dropped so far. */
export interface InboundDropCount {
  limit: RateLimitName;
  max: number;
  windowSeconds: number;
  dropped: number;
}

/**
 * Issue #5's inbound guard: dedupe by provider message id, then the three rate
 * limits, in one atomic step (one Redis round trip with the Redis adapter).
 * Runs inside the clinic's tenant scope.
 */
export class AdmitInbound {
  private readonly limits: readonly RateLimit[];

  constructor(
    private readonly deps: { guard: InboundGuard; clock: Clock; limits?: readonly RateLimit[] },
  ) {
    this.limits = deps.limits ?? INBOUND_RATE_LIMITS;
  }

  async execute(input: AdmitInboundInput): Promise<AdmitInboundResult> {
    const verdict = await this.deps.guard.admit({
      clinicId: input.clinicId,
      providerMessageId: input.providerMessageId,
      sessionKey: input.sessionKey,
      phone: input.phone,
      now: this.deps.clock.now(),
      limits: this.limits,
      dedupeTtlSeconds: INBOUND_DEDUPE_TTL_SECONDS,
    });
    switch (verdict.kind) {
      case 'accepted':
        return { outcome: 'accepted' };
      case 'duplicate':
        return { outcome: 'duplicate' };
      case 'limited':
        return verdict.apologyDue
          ? { outcome: 'limited', limit: verdict.limit, apology: apologyFor(input.language ?? 'ar') }
          : { outcome: 'limited', limit: verdict.limit };
    }
  }

  /**
   * Messages of the clinic each limit dropped so far (never reset), every limit
   * listed in the order they are checked, 0 when it dropped none.
   */
  async dropCounts(clinicId: ClinicId): Promise<InboundDropCount[]> {
    const counts = await this.deps.guard.dropCounts(clinicId);
    return this.limits.map((limit) => ({ limit: limit.name, max: limit.max, windowSeconds: limit.windowSeconds, dropped: counts[limit.name] ?? 0 }));
  }

  /** Handling an accepted message failed (the webhook answers 500): let the provider's redelivery through. */
  async release(clinicId: ClinicId, providerMessageId: string): Promise<void> {
    await this.deps.guard.release(clinicId, providerMessageId);
  }
}
