import type { ClinicId } from '@frontdesk/shared-kernel';

/** Which reminder: one per appointment, offset and start time (a moved appointment gets new ones). */
export interface ReminderRef {
  appointmentId: string;
  offsetMinutes: number;
  start: Date;
}

/** The reminder a patient got last: a bare "1" or "2" answers this one. */
export interface LastReminder {
  appointmentId: string;
  /** The appointment's version in the reminder; a reply is refused once it moved on. */
  version: number;
  /** UTC ISO start in the reminder. */
  start: string;
  offsetMinutes: number;
  /** UTC ISO instant it was sent. */
  sentAt: string;
}

/**
 * What reminders need to remember besides the jobs: who already sent which
 * reminder (so two workers never both send) and what each patient was last
 * reminded of (so replies find their appointment).
 */
export interface ReminderLedger {
  /**
   * Claims the right to send (SET NX EX): true for exactly one caller per
   * reminder until `ttlSeconds` pass, false for everyone else.
   */
  claim(clinicId: ClinicId, reminder: ReminderRef, token: string, ttlSeconds: number): Promise<boolean>;
  /** Gives a claim back (the send failed before anything went out); only the holder of `token` can. */
  release(clinicId: ClinicId, reminder: ReminderRef, token: string): Promise<void>;
  recordLast(clinicId: ClinicId, patientRef: string, last: LastReminder, ttlSeconds: number): Promise<void>;
  readLast(clinicId: ClinicId, patientRef: string): Promise<LastReminder | undefined>;
  /** Compare-and-set, keeping the TTL: replaces the record only while it is still `expected`. */
  replaceLast(clinicId: ClinicId, patientRef: string, expected: LastReminder, next: LastReminder): Promise<boolean>;
}
