import type { ClinicId } from '@frontdesk/shared-kernel';
import type { NewWaitlistEntry, WaitlistEntry, WaitlistOffer, WaitlistStatus } from '../domain/waitlist';

export type JoinOutcome =
  | { outcome: 'created'; entry: WaitlistEntry }
  /** The patient already waits (or holds an offer) for this service: that entry, unchanged. */
  | { outcome: 'exists'; entry: WaitlistEntry }
  | { outcome: 'full' };

export type ClaimOutcome = 'claimed' | 'not_waiting' | 'claimed_by_other';

export interface WaitlistChange {
  /** The status the caller read: the change is refused (undefined) when another one is stored. */
  from: WaitlistStatus;
  to: WaitlistStatus;
  /** For changes of an offered entry: the offer the caller read must still be the stored one. */
  offerAppointmentId?: string;
  reason: string;
  at: Date;
}

/**
 * A clinic's waitlist entries, a FIFO queue per service and a per-patient
 * index. Every state change is a compare-and-set, so one entry never holds two
 * offers and two processes never offer one entry twice.
 */
export interface WaitlistStore {
  /**
   * Adds the entry at the back of its service's queue, unless the patient has
   * an active (waiting or offered) entry for the service: then that one.
   */
  join(clinicId: ClinicId, entry: NewWaitlistEntry, maxPerService: number): Promise<JoinOutcome>;
  get(clinicId: ClinicId, entryId: string): Promise<WaitlistEntry | undefined>;
  /** Active entries (waiting and offered) of these services, in the clinic's join order. */
  listActive(clinicId: ClinicId, serviceIds: readonly string[]): Promise<WaitlistEntry[]>;
  /** The patient's active entries. */
  listForPatient(clinicId: ClinicId, patientRef: string): Promise<WaitlistEntry[]>;
  /**
   * Reserves a waiting entry for one offer attempt until `leaseUntil`
   * (a crashed attempt frees it by itself). Another live claim refuses it.
   */
  claim(clinicId: ClinicId, entryId: string, token: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome>;
  releaseClaim(clinicId: ClinicId, entryId: string, token: string): Promise<void>;
  /**
   * waiting -> offered, only while `token` is still the entry's claim;
   * undefined when the claim was lost (the entry left, or the lease lapsed and another took it).
   */
  markOffered(clinicId: ClinicId, entryId: string, token: string, offer: WaitlistOffer, at: Date): Promise<WaitlistEntry | undefined>;
  /** Compare-and-set of the status; a terminal status also takes the entry out of its queue and indexes. undefined: stale. */
  change(clinicId: ClinicId, entry: WaitlistEntry, change: WaitlistChange): Promise<WaitlistEntry | undefined>;
  /** The entry whose live offer is this held appointment. */
  entryOfOffer(clinicId: ClinicId, appointmentId: string): Promise<string | undefined>;
  /** One offer walk per freed slot at a time (SET NX with an expiry). */
  lockSlot(clinicId: ClinicId, doctorId: string, start: Date, token: string, ttlMs: number): Promise<boolean>;
  unlockSlot(clinicId: ClinicId, doctorId: string, start: Date, token: string): Promise<void>;
}
