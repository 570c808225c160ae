import { DomainError, type Clock } from '@frontdesk/shared-kernel';
import type { ReceptionistModel, ReceptionistReply, ReceptionistTurn } from '../ports/receptionist-model.port';

export type CircuitStateName = 'closed' | 'open' | 'half_open';

/** The breaker as logs and the health check see it. */
export interface CircuitSnapshot {
  state: CircuitStateName;
  /** Primary failures in a row (reset by a primary success). */
  consecutiveFailures: number;
  /** When the circuit last opened; null while closed. */
  openedAt: Date | null;
  /** From when a probe turn may try the primary again; null while closed. */
  probeAt: Date | null;
}

export interface PrimaryFailureInfo {
  /** `timeout`: the turn's budget for the primary ran out and it was aborted. */
  reason: 'timeout' | 'error';
  /** The breaker after this failure was counted. */
  circuit: CircuitSnapshot;
}

/** The primary's default budget per turn (`timeoutMs`): every SDK attempt and retry of the turn must fit in it. */
export const DEFAULT_PRIMARY_TURN_TIMEOUT_MS = 12_000;

export interface FallbackReceptionistOptions {
  primary: ReceptionistModel;
  fallback: ReceptionistModel;
  clock: Clock;
  /** The primary's budget per turn; past it the primary is aborted and the fallback answers. Default DEFAULT_PRIMARY_TURN_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Primary failures in a row that open the circuit. Default 3. */
  failureThreshold?: number;
  /** How long an open circuit sends every turn straight to the fallback. Default 30 s. */
  openMs?: number;
  /** Called for each primary failure (for logging); must not throw, and a throw is ignored. */
  onFailure?: (error: unknown, info: PrimaryFailureInfo) => void;
}

/** The primary did not answer within the turn's budget. */
export class PrimaryModelTimeout extends DomainError {
  constructor(model: string, timeoutMs: number) {
    super('unavailable', 'CONVERSATION.MODEL_TIMEOUT', `The ${model} model did not answer within ${timeoutMs} ms`, { model, timeoutMs });
  }
}

/**
 * Answers with the primary model (Anthropic) while it is healthy, and with the
 * fallback (the offline guided flow) otherwise, so a primary failure never
 * loses a turn.
 *
 * - Each primary attempt gets `timeoutMs`: then its AbortSignal fires (linked to
 *   the turn's own signal) and the fallback answers.
 * - `failureThreshold` failures in a row open the circuit: for `openMs` (by the
 *   injected Clock) every turn goes straight to the fallback.
 * - After that, one turn at a time probes the primary (half-open): success closes
 *   the circuit, failure opens it for another `openMs`. Turns arriving while a
 *   probe is in flight use the fallback.
 * - A turn the caller aborted (its own signal) is not counted against the primary.
 * - The fallback's own failure propagates: there is nothing left to answer with.
 *
 * Known limit: a primary that timed out may already have run a tool (a booking);
 * the fallback answers without knowing. Tool idempotency keys prevent doubles,
 * not this; the transcript and the calendar stay the truth for staff.
 */
export class FallbackReceptionist implements ReceptionistModel {
  readonly name: string;
  private readonly timeoutMs: number;
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private failures = 0;
  private openedAt: number | null = null;
  private probing = false;

  constructor(private readonly options: FallbackReceptionistOptions) {
    this.name = `${options.primary.name}>${options.fallback.name}`;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PRIMARY_TURN_TIMEOUT_MS;
    this.failureThreshold = Math.max(1, Math.trunc(options.failureThreshold ?? 3));
    this.openMs = options.openMs ?? 30_000;
  }

  circuitState(): CircuitSnapshot {
    const { openedAt } = this;
    if (openedAt === null) return { state: 'closed', consecutiveFailures: this.failures, openedAt: null, probeAt: null };
    const probeAt = openedAt + this.openMs;
    const state: CircuitStateName = this.probing || this.options.clock.now().getTime() >= probeAt ? 'half_open' : 'open';
    return { state, consecutiveFailures: this.failures, openedAt: new Date(openedAt), probeAt: new Date(probeAt) };
  }

  async reply(turn: ReceptionistTurn): Promise<ReceptionistReply> {
    const state = this.circuitState().state;
    if (state === 'open' || (state === 'half_open' && this.probing)) return this.options.fallback.reply(turn);
    const probe = state === 'half_open';
    if (probe) this.probing = true;
    try {
      const reply = await this.tryPrimary(turn);
      this.failures = 0;
      this.openedAt = null;
      return reply;
    } catch (error) {
      if (!turn.signal?.aborted) this.countFailure(error, probe);
      return this.options.fallback.reply(turn);
    } finally {
      if (probe) this.probing = false;
    }
  }

  private countFailure(error: unknown, probe: boolean): void {
    this.failures += 1;
    if (probe || this.failures >= this.failureThreshold) this.openedAt = this.options.clock.now().getTime();
    const reason = error instanceof PrimaryModelTimeout ? 'timeout' : 'error';
    try {
      this.options.onFailure?.(error, { reason, circuit: this.circuitState() });
    } catch {
      // A logging callback never costs the patient their answer.
    }
  }

  /** The primary's reply, or a rejection after `timeoutMs` (the primary is aborted then). */
  private tryPrimary(turn: ReceptionistTurn): Promise<ReceptionistReply> {
    const controller = new AbortController();
    const outer = turn.signal;
    const forward = () => controller.abort(outer?.reason);
    if (outer?.aborted) forward();
    else outer?.addEventListener('abort', forward, { once: true });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new PrimaryModelTimeout(this.options.primary.name, this.timeoutMs);
        controller.abort(error);
        reject(error);
      }, this.timeoutMs);
    });
    const attempt = Promise.resolve().then(() => {
      controller.signal.throwIfAborted();
      return this.options.primary.reply({ ...turn, signal: controller.signal });
    });
    // A primary that settles after the timeout must not become an unhandled rejection.
    attempt.catch(() => undefined);
    return Promise.race([attempt, timeout]).finally(() => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    });
  }
}
