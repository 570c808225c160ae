import { InvalidInput, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { profileView, validateIntakeSummary, validatePatientLanguage, validatePatientName, type PatientProfileView } from '../domain/patient';
import { nameIndexWords } from '../domain/patient-search';
import type { PatientUpsert } from '../ports/patient-directory.port';
import { auditPatient, phoneOf, type PatientDeps } from './patient-deps';
import { parsePatientInput, UpsertPatientInputSchema, type UpsertPatientInput } from './patient-inputs';

/**
 * Create-or-update of a patient's profile by phone: the same number typed any
 * way (010..., +20 10..., 0020..., Arabic-Indic digits) is one record. Fields
 * left out are kept; a new record needs a name. Creation is audited
 * (`scheduling.patient.create`). Returns the profile only, never clinical data.
 */
export class UpsertPatient {
  constructor(private readonly deps: PatientDeps) {}

  async execute(
    clinicId: ClinicId,
    raw: UpsertPatientInput,
    actor: Actor,
    requestId: string,
  ): Promise<{ created: boolean; patient: PatientProfileView }> {
    const input = parsePatientInput(UpsertPatientInputSchema, raw, 'SCHEDULING.INVALID_PATIENT');
    const phone = await phoneOf(this.deps, clinicId, input.phone);
    const write: PatientUpsert = {
      phone: phone.e164,
      phoneKeys: { international: phone.e164.slice(1), national: phone.nationalNumber },
      newId: this.deps.ids.next('pat'),
      at: this.deps.clock.now(),
    };
    if (input.name !== undefined) {
      const name = validatePatientName(input.name);
      write.name = { value: name, indexWords: nameIndexWords(name) };
    }
    if (input.language !== undefined) write.language = validatePatientLanguage(input.language);
    if (input.intakeSummary !== undefined) write.intakeSummary = validateIntakeSummary(input.intakeSummary);

    const result = await this.deps.directory.upsert(clinicId, write);
    if (result.outcome === 'needs_name') {
      throw new InvalidInput('SCHEDULING.INVALID_PATIENT_NAME', "This is a new patient: type the patient's name", { field: 'name' });
    }
    if (result.outcome === 'created') {
      await auditPatient(this.deps, { clinicId, actor, requestId, action: 'scheduling.patient.create', patientId: result.patient.id });
    }
    return { created: result.outcome === 'created', patient: profileView(result.patient) };
  }
}
