import { z } from 'zod';
import { InvalidInput, NotFound, isValidId, type ClinicId, type Clock, type IdGenerator } from '@frontdesk/shared-kernel';
import type { AppointmentStore, BookResult, NewAppointment } from '../ports/appointment-store.port';
import type { ServiceDurations } from '../ports/service-durations.port';

const MINUTE = 60_000;
/** No appointment (duration + buffer) is longer than this; it bounds the overlap scan in Redis. */
export const MAX_APPOINTMENT_SPAN_MINUTES = 24 * 60;
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
export const MAX_HOLD_MINUTES = 7 * 24 * 60;

const entityId = z.string().refine(isValidId, 'lowercase letters, digits, _ and -, 2-64 characters');

export const BookAppointmentInputSchema = z.object({
  doctorId: entityId,
  serviceId: entityId,
  branchId: entityId.optional(),
  patientRef: z.string().min(1).max(128),
  /** UTC instant of the start, as returned by slot search. */
  start: z.iso.datetime({ offset: true }),
  idempotencyKey: z.string().min(8).max(200),
  /** Present: a hold that blocks the slot for this many minutes, then lapses by itself. */
  holdMinutes: z.number().int().min(1).max(MAX_HOLD_MINUTES).optional(),
});
export type BookAppointmentInput = z.infer<typeof BookAppointmentInputSchema>;

export interface BookAppointmentDeps {
  store: AppointmentStore;
  services: ServiceDurations;
  ids: IdGenerator;
  clock: Clock;
}

/** Books (or holds) one doctor's time for one service; retries with the same idempotency key are free. */
export class BookAppointment {
  constructor(private readonly deps: BookAppointmentDeps) {}

  async execute(clinicId: ClinicId, raw: BookAppointmentInput): Promise<BookResult> {
    const parsed = BookAppointmentInputSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidInput('SCHEDULING.INVALID_BOOKING', issue?.message ?? 'Invalid booking', {
        field: issue?.path.join('.') ?? '',
      });
    }
    const input = parsed.data;
    const now = this.deps.clock.now();
    const start = new Date(input.start);
    if (start.getTime() < now.getTime()) {
      throw new InvalidInput('SCHEDULING.START_IN_PAST', 'An appointment cannot start in the past', { field: 'start' });
    }
    const service = await this.deps.services.find(clinicId, input.serviceId);
    if (!service) throw new NotFound('SCHEDULING.UNKNOWN_SERVICE', `No service ${input.serviceId} in this clinic`);
    const { durationMinutes, bufferMinutes } = service;
    if (!(durationMinutes > 0) || !(bufferMinutes >= 0) || durationMinutes + bufferMinutes > MAX_APPOINTMENT_SPAN_MINUTES) {
      throw new InvalidInput('SCHEDULING.INVALID_SERVICE_DURATION', 'The service duration is not bookable', { field: 'serviceId' });
    }
    const appointment: NewAppointment = {
      id: this.deps.ids.next('apt'),
      clinicId,
      doctorId: input.doctorId,
      serviceId: input.serviceId,
      patientRef: input.patientRef,
      start,
      end: new Date(start.getTime() + durationMinutes * MINUTE),
      busyUntil: new Date(start.getTime() + (durationMinutes + bufferMinutes) * MINUTE),
      state: input.holdMinutes ? 'held' : 'booked',
      createdAt: now,
    };
    if (input.branchId) appointment.branchId = input.branchId;
    if (input.holdMinutes) appointment.holdUntil = new Date(now.getTime() + input.holdMinutes * MINUTE);
    return this.deps.store.book({
      appointment,
      idempotencyKey: input.idempotencyKey,
      idempotencyTtlSeconds: IDEMPOTENCY_TTL_SECONDS,
      maxSpanMs: MAX_APPOINTMENT_SPAN_MINUTES * MINUTE,
      now,
    });
  }
}
