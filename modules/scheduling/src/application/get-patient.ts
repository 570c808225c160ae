import { clinicRoleOf, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { mayAccessClinical, patientView, type PatientView } from '../domain/patient';
import { phoneOf, requireVisibleProfile, type PatientDeps } from './patient-deps';
import { parsePatientInput, PatientRefInputSchema, type PatientRefInput } from './patient-inputs';

/**
 * One patient of the clinic by phone. Owners and doctors (`clinical.view`) get
 * allergies and clinical notes; everyone else (receptionists, the AI agent,
 * patients) gets the profile without those keys: the clinical data is not
 * even read for them.
 */
export class GetPatient {
  constructor(private readonly deps: PatientDeps) {}

  async execute(clinicId: ClinicId, raw: PatientRefInput, actor: Actor): Promise<PatientView> {
    const input = parsePatientInput(PatientRefInputSchema, raw, 'SCHEDULING.INVALID_PATIENT');
    const phone = await phoneOf(this.deps, clinicId, input.phone);
    const profile = await requireVisibleProfile(this.deps, clinicId, actor, phone.e164);
    const role = clinicRoleOf(actor);
    const clinical = mayAccessClinical(role) ? await this.deps.directory.getClinical(clinicId, phone.e164) : undefined;
    return patientView(profile, clinical, role);
  }
}
