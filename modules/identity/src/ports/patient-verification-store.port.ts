import type { ClinicId } from '@frontdesk/shared-kernel';

/** A click-to-WhatsApp code waiting for the patient's message; the code itself is never stored, only `codeHash`. */
export interface PendingVerification {
  sessionId: string;
  /** The number as typed, in E.164: only a message from this number can verify. */
  phone: string;
  createdAt: Date;
  expiresAt: Date;
  wrongTries: number;
}

export interface WindowLimit {
  max: number;
  windowSeconds: number;
}

export interface StartVerification {
  clinicId: ClinicId;
  sessionId: string;
  phone: string;
  codeHash: string;
  now: Date;
  expiresAt: Date;
  /** How long Redis keeps the record (a little longer than the code lives, so a late reply reads as expired). */
  keepSeconds: number;
  perPhone: WindowLimit;
  perSession: WindowLimit;
}

export type StartOutcome = { outcome: 'started' } | { outcome: 'rate_limited'; retryAfterSeconds: number } | { outcome: 'no_session' };

export type CheckOutcome =
  | { outcome: 'none' }
  | { outcome: 'verified'; sessionId: string }
  | { outcome: 'wrong_code'; wrongTries: number }
  | { outcome: 'too_many_tries' }
  | { outcome: 'expired' };

export interface PatientVerificationStore {
  /**
   * Atomically: checks both rate limits (sliding windows on `now`; a refused
   * start counts against neither), then replaces any pending verification of
   * the phone and the session's previous one, and records the new one.
   */
  start(request: StartVerification): Promise<StartOutcome>;
  /**
   * Atomically compares the code hash with the pending verification of
   * (clinic, phone): a match deletes it (single use); a miss counts a wrong
   * try and deletes it at `maxWrongTries`; an expired one is deleted.
   */
  check(clinicId: ClinicId, phone: string, codeHash: string, now: Date, maxWrongTries: number): Promise<CheckOutcome>;
  /** The session's own pending verification (not one since replaced by another session's start). */
  pendingFor(clinicId: ClinicId, sessionId: string): Promise<PendingVerification | undefined>;
}
