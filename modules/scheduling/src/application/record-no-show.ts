import type { Actor, ClinicId } from '@frontdesk/shared-kernel';
import { auditPatient, patientNotFound, phoneOf, requireProfile, type PatientDeps } from './patient-deps';
import { parsePatientInput, RecordNoShowInputSchema, type RecordNoShowInput } from './patient-inputs';

/**
 * Counts one no-show on the patient's record. With the appointment id, the
 * same appointment is counted once however often this runs (an event
 * redelivered, a double click). Audited as `scheduling.patient.no_show` when
 * counted.
 */
export class RecordNoShow {
  constructor(private readonly deps: PatientDeps) {}

  async execute(
    clinicId: ClinicId,
    raw: RecordNoShowInput,
    actor: Actor,
    requestId: string,
  ): Promise<{ noShowCount: number; counted: boolean }> {
    const input = parsePatientInput(RecordNoShowInputSchema, raw, 'SCHEDULING.INVALID_PATIENT');
    const phone = await phoneOf(this.deps, clinicId, input.phone);
    const profile = await requireProfile(this.deps, clinicId, phone.e164);
    const result = await this.deps.directory.incrementNoShows(clinicId, phone.e164, {
      ...(input.appointmentId ? { appointmentId: input.appointmentId } : {}),
      at: this.deps.clock.now(),
    });
    if (!result) throw patientNotFound();
    if (result.counted) {
      await auditPatient(this.deps, {
        clinicId,
        actor,
        requestId,
        action: 'scheduling.patient.no_show',
        patientId: profile.id,
        detail: input.appointmentId ? `appointment:${input.appointmentId}` : `count: ${result.noShowCount}`,
      });
    }
    return result;
  }
}
