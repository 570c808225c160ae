import { Forbidden, type Actor, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import type { AppointmentStore } from '../ports/appointment-store.port';
import type { PatientVisibility } from './patient-deps';
import type { SchedulingConfigReader } from './scheduling-config';

/**
 * A doctor's account sees only that doctor's schedule and patients (those with
 * an appointment with them, past or future). The owner says which doctor entry
 * an account is; an account not linked yet sees nothing and is told why.
 * Owners and receptionists see the whole clinic.
 */
export class DoctorScope implements PatientVisibility {
  constructor(
    private readonly config: SchedulingConfigReader,
    private readonly store: AppointmentStore,
    private readonly clock: Clock,
  ) {}

  /** undefined: the whole clinic; otherwise only this doctor's. */
  async restrictionFor(clinicId: ClinicId, actor: Actor): Promise<string | undefined> {
    if (actor.kind !== 'staff' || actor.role !== 'doctor') return undefined;
    const doctorId = (await this.config.get(clinicId)).staffDoctors[actor.id];
    if (!doctorId) {
      throw new Forbidden('Your account is not linked to a doctor of this clinic yet. Ask the clinic owner to link it.', 'SCHEDULING.DOCTOR_NOT_LINKED');
    }
    return doctorId;
  }

  async mayViewPatient(clinicId: ClinicId, actor: Actor, phone: string): Promise<boolean> {
    const doctorId = await this.restrictionFor(clinicId, actor);
    if (doctorId === undefined) return true;
    const appointments = await this.store.listForPatient(clinicId, phone, this.clock.now());
    return appointments.some((a) => a.doctorId === doctorId);
  }
}
