import { z } from 'zod';
import { InvalidInput, isValidId, type Actor, type ClinicId, type Clock, type IdGenerator } from '@frontdesk/shared-kernel';
import { HOLD_PURPOSES, type AppointmentStore, type BookResult, type NewAppointment } from '../ports/appointment-store.port';
import { NO_EVENTS, factsOf, schedulingEvent, type SchedulingEventPublisher } from './appointment-facts';
import type { BookingPolicy } from './booking-policy';

const MINUTE = 60_000;
/** No appointment (duration + buffer) is longer than this; it bounds the overlap scan in Redis. */
export const MAX_APPOINTMENT_SPAN_MINUTES = 24 * 60;
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
export const MAX_HOLD_MINUTES = 7 * 24 * 60;

const entityId = z.string().refine(isValidId, 'lowercase letters, digits, _ and -, 2-64 characters');
/** A patient's E.164 phone or id: it becomes part of a Redis key. */
export const PatientRefSchema = z.string().regex(/^[A-Za-z0-9_.@+-]{1,128}$/, 'a phone number in E.164 form or a patient id');

export const BookAppointmentInputSchema = z.object({
  doctorId: entityId,
  serviceId: entityId,
  branchId: entityId.optional(),
  patientRef: PatientRefSchema,
  /** UTC instant of the start, as returned by slot search. */
  start: z.iso.datetime({ offset: true }),
  idempotencyKey: z.string().min(8).max(200),
  /** Present: a hold that blocks the slot (default: the clinic's hold time), then lapses by itself. */
  hold: z
    .object({ purpose: z.enum(HOLD_PURPOSES), minutes: z.number().int().min(1).max(MAX_HOLD_MINUTES).optional() })
    .optional(),
});
export type BookAppointmentInput = z.infer<typeof BookAppointmentInputSchema>;

export interface BookAppointmentDeps {
  store: AppointmentStore;
  policy: BookingPolicy;
  ids: IdGenerator;
  clock: Clock;
  events?: SchedulingEventPublisher;
}

export function parseInput<T>(schema: z.ZodType<T>, raw: unknown, code: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InvalidInput(code, issue?.message ?? 'Invalid input', { field: issue?.path.join('.') ?? '' });
}

/**
 * Books (or holds) one doctor's time for one service; retries with the same
 * idempotency key are free. A service that needs staff approval is held for
 * the clinic's approval time instead, and booked when a receptionist accepts.
 */
export class BookAppointment {
  constructor(private readonly deps: BookAppointmentDeps) {}

  async execute(clinicId: ClinicId, raw: BookAppointmentInput, actor: Actor): Promise<BookResult> {
    const input = parseInput(BookAppointmentInputSchema, raw, 'SCHEDULING.INVALID_BOOKING');
    const now = this.deps.clock.now();
    const start = new Date(input.start);
    if (start.getTime() < now.getTime()) {
      throw new InvalidInput('SCHEDULING.NOT_BOOKABLE_PAST', 'An appointment cannot start in the past', { field: 'start' });
    }
    const admission = await this.deps.policy.admit(clinicId, {
      doctorId: input.doctorId,
      serviceId: input.serviceId,
      branchId: input.branchId,
      start,
      actor,
      now,
    });
    const { durationMinutes, bufferMinutes } = admission;
    if (!(durationMinutes > 0) || !(bufferMinutes >= 0) || durationMinutes + bufferMinutes > MAX_APPOINTMENT_SPAN_MINUTES) {
      throw new InvalidInput('SCHEDULING.INVALID_SERVICE_DURATION', 'The service duration is not bookable', { field: 'serviceId' });
    }
    const hold = admission.approvalRequired
      ? { purpose: 'approval' as const, minutes: admission.settings.approvalHoldMinutes }
      : input.hold && { purpose: input.hold.purpose, minutes: input.hold.minutes ?? admission.settings.holdMinutes };
    const appointment: NewAppointment = {
      id: this.deps.ids.next('apt'),
      clinicId,
      doctorId: input.doctorId,
      serviceId: input.serviceId,
      branchId: admission.branchId,
      patientRef: input.patientRef,
      start,
      end: new Date(start.getTime() + durationMinutes * MINUTE),
      busyUntil: new Date(start.getTime() + (durationMinutes + bufferMinutes) * MINUTE),
      state: hold ? 'held' : 'booked',
      createdAt: now,
    };
    if (hold) {
      appointment.holdUntil = new Date(now.getTime() + hold.minutes * MINUTE);
      appointment.holdPurpose = hold.purpose;
    }
    const result = await this.deps.store.book({
      appointment,
      idempotencyKey: input.idempotencyKey,
      idempotencyTtlSeconds: IDEMPOTENCY_TTL_SECONDS,
      maxSpanMs: MAX_APPOINTMENT_SPAN_MINUTES * MINUTE,
      now,
    });
    if (!result.replayed) {
      const booked = result.appointment;
      const events = this.deps.events ?? NO_EVENTS;
      await events.publish(
        booked.state === 'held'
          ? schedulingEvent('AppointmentHeld', booked, { ...factsOf(booked, actor), holdUntil: booked.holdUntil!.toISOString(), holdPurpose: booked.holdPurpose ?? 'pending' }, now)
          : schedulingEvent('AppointmentBooked', booked, factsOf(booked, actor), now),
      );
    }
    return result;
  }
}
