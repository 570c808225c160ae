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
  createdAt: Date;
  changedAt?: Date;
  changeReason?: string;
}

export type NewAppointment = Omit<Appointment, 'changedAt' | 'changeReason'> & { state: 'held' | 'booked' };

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
  | { outcome: 'stale'; storedState: string }
  | { outcome: 'missing' };

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
  changeState(
    appointment: Appointment,
    change: { to: AppointmentState; at: Date; reason: string; releaseSlot: boolean; now: Date },
  ): Promise<StateChangeOutcome>;
}
