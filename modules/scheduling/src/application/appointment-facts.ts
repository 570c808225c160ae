import { describeActor, type Actor, type DomainEvent, type EventPublisher } from '@frontdesk/shared-kernel';
import type { AppointmentFacts, SchedulingEvents } from '../domain/events';
import type { Appointment } from '../ports/appointment-store.port';

export function factsOf(appointment: Appointment, actor: Actor): AppointmentFacts {
  return {
    appointmentId: appointment.id,
    doctorId: appointment.doctorId,
    serviceId: appointment.serviceId,
    branchId: appointment.branchId ?? null,
    patientRef: appointment.patientRef,
    start: appointment.start.toISOString(),
    end: appointment.end.toISOString(),
    state: appointment.state,
    version: appointment.version,
    by: describeActor(actor),
  };
}

export type SchedulingEventPublisher = EventPublisher<SchedulingEvents>;

export function schedulingEvent<K extends keyof SchedulingEvents & string>(
  type: K,
  appointment: { clinicId: Appointment['clinicId'] },
  payload: SchedulingEvents[K],
  at: Date,
): DomainEvent<K, SchedulingEvents[K]> {
  return { type, clinicId: appointment.clinicId, occurredAt: at, payload };
}

/** Publishing is best effort after the write: subscribers never see a change that did not happen. */
export const NO_EVENTS: SchedulingEventPublisher = { publish: async () => {} };
