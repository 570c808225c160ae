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

/**
 * Broadcasts of one clinic, their recipients' states, and the clinic's
 * broadcast throttle (the next free send slot).
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
}
