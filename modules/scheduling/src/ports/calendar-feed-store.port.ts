import type { ClinicId } from '@frontdesk/shared-kernel';

/** A doctor's active calendar feed: only the SHA-256 of its secret is stored. */
export interface CalendarFeedRecord {
  secretHash: string;
  createdAt: Date;
}

export type ReplaceFeedOutcome =
  /** Written; `replaced` says whether an older feed of the doctor was ended in the same step. */
  | { outcome: 'created'; replaced: boolean }
  /** The doctor's feed changed since `expected` was read: nothing was written, read again. */
  | { outcome: 'stale' };

export type RevokeFeedOutcome = { outcome: 'revoked' } | { outcome: 'stale' };

/**
 * Calendar feeds of a clinic's doctors: at most one active feed per doctor.
 * Writes are compare-and-set on the doctor's current feed, so two owners
 * rotating at once can never leave two working URLs.
 */
export interface CalendarFeedStore {
  /** The doctor's active feed, if any. */
  current(clinicId: ClinicId, doctorId: string): Promise<CalendarFeedRecord | undefined>;
  /**
   * Makes `secretHash` the doctor's one active feed, atomically ending `expected`
   * (the feed read before; undefined = none). `stale` when that is no longer current.
   */
  replace(clinicId: ClinicId, doctorId: string, expected: CalendarFeedRecord | undefined, next: CalendarFeedRecord): Promise<ReplaceFeedOutcome>;
  /** Ends `expected`, the doctor's active feed, atomically; `stale` when it is no longer current. */
  revoke(clinicId: ClinicId, doctorId: string, expected: CalendarFeedRecord): Promise<RevokeFeedOutcome>;
  /** The doctor whose active feed has this secret hash; undefined for unknown, rotated or revoked ones. */
  doctorOf(clinicId: ClinicId, secretHash: string): Promise<string | undefined>;
}
