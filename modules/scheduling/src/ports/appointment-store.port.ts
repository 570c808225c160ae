import type { ClinicId } from '@frontdesk/shared-kernel';
import type { AppointmentState } from '../domain/appointment-state';

/** One appointment as stored. `busyUntil` = `end` + the service's buffer: the doctor is busy until then. */
export interface Appointment {
  id: string;
  clinicId: ClinicId;
  doctorId: string;
  serviceId: string;
  branchId?: string;
  /** Who the appointment is for (a patient id or phone); opaque to the store. */
  patientRef: string;
  start: Date;
  end: Date;
  busyUntil: Date;
  /**
   * The effective state: a stored `held` whose `holdUntil` has passed reads as
   * `cancelled` with `changeReason: 'hold_expired'` (the expiry is lazy, see README).
   */
  state: AppointmentState;
  /** Only for holds: the slot is blocked until this instant, then released. */
  holdUntil?: Date;
  /** Only for holds: what the hold waits for. */
  holdPurpose?: HoldPurpose;
  /**
   * 1 when created, +1 on every change of state or time. Patient links carry the
   * version they were issued for, so any change makes them worthless.
   */
  version: number;
  createdAt: Date;
  changedAt?: Date;
  changeReason?: string;
}

/** Why a slot is held: a deposit to pay, a staff approval, a waitlist offer to accept, or a patient deciding. */
export const HOLD_PURPOSES = ['deposit', 'approval', 'waitlist_offer', 'pending'] as const;
export type HoldPurpose = (typeof HOLD_PURPOSES)[number];

export type NewAppointment = Omit<Appointment, 'changedAt' | 'changeReason' | 'version'> & { state: 'held' | 'booked' };

/** A caller-chosen idempotency key for a change; the same key returns the first result. */
export interface ChangeIdempotency {
  key: string;
  ttlSeconds: number;
  /** What the change asked for: the same key with another request is refused. */
  fingerprint: string;
}

export interface StateChange {
  to: AppointmentState;
  at: Date;
  reason: string;
  /** Free the doctor's time in the same step (cancel). */
  releaseSlot: boolean;
  /** Turn a live hold into a booking: refused with `expired` when `holdUntil <= now`. */
  takeUpHold?: boolean;
  /** Refuse (`stale`) unless the stored version is this one (patient links). */
  expectedVersion?: number;
  idempotency?: ChangeIdempotency;
  now: Date;
}

export interface MoveRequest {
  start: Date;
  end: Date;
  busyUntil: Date;
  doctorId: string;
  branchId?: string;
  /** confirmed -> booked: a moved appointment is confirmed again. */
  state: AppointmentState;
  at: Date;
  reason: string;
  maxSpanMs: number;
  idempotency: ChangeIdempotency;
  now: Date;
}

export interface AppointmentRange {
  from: Date;
  to: Date;
  doctorId?: string;
  branchId?: string;
}

export interface BookRequest {
  appointment: NewAppointment;
  /** Caller-chosen key; the same key returns the first result and creates nothing new. */
  idempotencyKey: string;
  idempotencyTtlSeconds: number;
  /** Longest allowed `busyUntil - start`: bounds the overlap scan. */
  maxSpanMs: number;
  now: Date;
}

export interface BookResult {
  appointment: Appointment;
  /** True when the idempotency key had been used: nothing new was written. */
  replayed: boolean;
}

export type StateChangeOutcome =
  | { outcome: 'changed'; appointment: Appointment }
  /** The idempotency key was used before: nothing was written; `appointment` is as it is now. */
  | { outcome: 'replay'; appointment: Appointment }
  | { outcome: 'stale'; storedState: string; storedVersion: number }
  | { outcome: 'expired' }
  | { outcome: 'missing' };

export type MoveOutcome = StateChangeOutcome | { outcome: 'taken'; conflictingId: string };

/**
 * Appointments of a clinic and the busy time of its doctors. Every write is
 * atomic: no two slot-occupying appointments of one doctor ever overlap.
 */
export interface AppointmentStore {
  /**
   * Books (or holds) the doctor's `[start, busyUntil)` atomically.
   * Throws Conflict `SCHEDULING.SLOT_TAKEN` when it overlaps a live appointment,
   * Conflict `SCHEDULING.IDEMPOTENCY_KEY_REUSED` when the key was used for a different request.
   */
  book(request: BookRequest): Promise<BookResult>;
  get(clinicId: ClinicId, appointmentId: string, now: Date): Promise<Appointment | undefined>;
  /**
   * Compare-and-set of the stored state (`appointment.state` must still be stored),
   * with the slot freed in the same step when `releaseSlot` is set.
   */
  changeState(appointment: Appointment, change: StateChange): Promise<StateChangeOutcome>;
  /**
   * Moves a booked or confirmed appointment to another time (and maybe doctor)
   * atomically: the new time is checked over its whole duration against every
   * other live appointment of the doctor, the old time is freed in the same step.
   * `appointment.version` must still be stored (else `stale`).
   */
  move(appointment: Appointment, move: MoveRequest): Promise<MoveOutcome>;
  /** Appointments starting in `[from, to)`, by start time; every state, holds as they read now. */
  listRange(clinicId: ClinicId, range: AppointmentRange, now: Date): Promise<Appointment[]>;
  /** A patient's appointments (every state), by start time. */
  listForPatient(clinicId: ClinicId, patientRef: string, now: Date): Promise<Appointment[]>;
  /** The doctor's live busy intervals overlapping `[from, to)`; lapsed holds are left out. */
  busyBetween(clinicId: ClinicId, doctorId: string, from: Date, to: Date, maxSpanMs: number, now: Date): Promise<BusyTime[]>;
}

export interface BusyTime {
  appointmentId: string;
  start: Date;
  busyUntil: Date;
}
