import type { Actor, ClinicId } from '@frontdesk/shared-kernel';
import { validateConsentKind, type ConsentKind } from '../domain/patient';
import { phoneOf, type PatientDeps } from './patient-deps';
import type { SetConsent } from './set-consent';

export type PatientConsentOutcome = 'changed' | 'unchanged' | 'no_record';

/**
 * What other modules may ask about and do with patients' consent (the
 * conversation module: STOP/START replies and broadcasts). Public facade,
 * bound to `SCHEDULING_PUBLIC_TOKENS.PatientConsents`.
 *
 * A change the patient asked for themselves is recorded through `SetConsent`
 * (so it is audited as `scheduling.patient.consent.change` like a staff
 * change) with the patient as the actor, named by the record's opaque id
 * (`patient:pat_…`): no phone number enters the audit trail.
 *
 * Call inside the clinic's tenant scope.
 */
export class PatientConsents {
  constructor(private readonly deps: { patients: PatientDeps; setConsent: SetConsent }) {}

  /** The patient's own request (a STOP or START message). `no_record` when the clinic has no patient with this number: nothing is written. */
  async setByPatient(clinicId: ClinicId, request: { phone: string; kind: ConsentKind; granted: boolean }, requestId: string): Promise<PatientConsentOutcome> {
    const kind = validateConsentKind(request.kind);
    const phone = await phoneOf(this.deps.patients, clinicId, request.phone);
    const profile = await this.deps.patients.directory.getProfile(clinicId, phone.e164);
    if (!profile) return 'no_record';
    const actor: Actor = { kind: 'patient', id: profile.id, clinicId };
    const result = await this.deps.setConsent.execute(clinicId, { phone: phone.e164, kind, granted: request.granted }, actor, requestId);
    return result.changed ? 'changed' : 'unchanged';
  }

  /** Does the patient with this number (E.164) have `kind` granted right now? False when there is no record. */
  async hasConsent(clinicId: ClinicId, phone: string, kind: ConsentKind): Promise<boolean> {
    const profile = await this.deps.patients.directory.getProfile(clinicId, phone);
    return profile?.consent[validateConsentKind(kind)].granted === true;
  }

  /** Phones (E.164, sorted) of this clinic's patients with `kind` granted. */
  phonesWithConsent(clinicId: ClinicId, kind: ConsentKind): Promise<string[]> {
    return this.deps.patients.directory.phonesWithConsent(clinicId, validateConsentKind(kind));
  }
}
