import { Conflict, NotFound, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import { transition } from '../domain/appointment-state';
import type { Appointment, AppointmentStore } from '../ports/appointment-store.port';

export interface CancelAppointmentDeps {
  store: AppointmentStore;
  clock: Clock;
}

/**
 * Cancels an appointment and frees its slot in one atomic step. Idempotent:
 * cancelling a cancelled appointment (or a lapsed hold) returns it unchanged.
 * Completed and no-show appointments refuse (SCHEDULING.INVALID_TRANSITION).
 */
export class CancelAppointment {
  constructor(private readonly deps: CancelAppointmentDeps) {}

  async execute(
    clinicId: ClinicId,
    input: { appointmentId: string; reason?: string },
  ): Promise<{ appointment: Appointment; changed: boolean }> {
    const reason = input.reason?.trim().slice(0, 200) || 'cancelled';
    // Compare-and-set: a concurrent change makes us read again; three rounds are plenty.
    for (let round = 0; round < 3; round++) {
      const now = this.deps.clock.now();
      const current = await this.deps.store.get(clinicId, input.appointmentId, now);
      if (!current) throw new NotFound('SCHEDULING.APPOINTMENT_NOT_FOUND', 'No such appointment');
      if (current.state === 'cancelled') return { appointment: current, changed: false };
      const to = transition(current.state, 'cancelled');
      const result = await this.deps.store.changeState(current, { to, at: now, reason, releaseSlot: true, now });
      if (result.outcome === 'changed') return { appointment: result.appointment, changed: true };
      if (result.outcome === 'missing') throw new NotFound('SCHEDULING.APPOINTMENT_NOT_FOUND', 'No such appointment');
    }
    throw new Conflict('SCHEDULING.CONCURRENT_CHANGE', 'The appointment kept changing; try again');
  }
}
