import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Broadcast, RecipientState } from '../domain/broadcast';
import type { PatientLanguage } from '../domain/language';

export interface NewBroadcast {
  id: string;
  text: string;
  language: PatientLanguage;
  createdBy: string;
  createdAt: Date;
  /** Phones (E.164), one message each. */
  recipients: readonly string[];
}

/** What claiming a recipient's turn found: go ahead, nothing to do (claimed before or never queued), or wait for the clinic's rate. */
export type BroadcastTurn = { outcome: 'claimed' } | { outcome: 'not_queued' } | { outcome: 'throttled'; retryAt: Date };

/**
 * Broadcasts of one clinic, their recipients' states, and the clinic's
 * broadcast throttle (the next free send slot when queueing, the sends of the
 * last minute when sending).
 */
export interface BroadcastStore {
  /**
   * Stores the broadcast with every recipient `queued` and reserves one send
   * slot per recipient, `spacingMs` apart, from the clinic's next free slot
   * (or now): one atomic step, so two broadcasts of one clinic, from any
   * process, never share slots and the second starts after the first.
   */
  create(clinicId: ClinicId, broadcast: NewBroadcast, spacingMs: number): Promise<Broadcast>;
  get(clinicId: ClinicId, id: string): Promise<Broadcast | null>;
  /** Newest first. */
  list(clinicId: ClinicId, limit: number): Promise<Broadcast[]>;
  /**
   * Moves one recipient from one of `from` to `to` and counts it (`skipped`,
   * `sent`, `failed`), atomically; false (nothing changed) when the recipient
   * is in another state or unknown. This is what makes a repeated job harmless.
   */
  advance(clinicId: ClinicId, id: string, phone: string, from: readonly RecipientState[], to: RecipientState): Promise<boolean>;
  /**
   * Claims one recipient's turn (`queued` -> `sending`) only if the clinic
   * sent fewer than `perMinute` broadcast messages in the minute before `now`,
   * and counts this one in that minute: one atomic step, so jobs running at
   * once in any number of processes never exceed the rate. Over the rate the
   * recipient stays `queued` and `retryAt` is the clinic's next free retry
   * slot (when the minute has room again, `spacingMs` after the previous
   * retry). `not_queued` when the recipient was claimed before or is unknown.
   */
  claimTurn(clinicId: ClinicId, id: string, phone: string, now: Date, limits: { perMinute: number; spacingMs: number }): Promise<BroadcastTurn>;
}
