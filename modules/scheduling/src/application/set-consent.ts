import { describeActor, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { validateConsentKind, type ConsentFlagView, type ConsentKind } from '../domain/patient';
import { auditPatient, patientNotFound, phoneOf, requireProfile, type PatientDeps } from './patient-deps';
import { parsePatientInput, SetConsentInputSchema, type SetConsentInput } from './patient-inputs';

/**
 * Grants or withdraws one consent (reminders, WhatsApp messages, marketing,
 * data processing), recording when and by whom. Setting a flag to the value it
 * already has changes and audits nothing. Every change is audited as
 * `scheduling.patient.consent.change` with the flag before and after.
 */
export class SetConsent {
  constructor(private readonly deps: PatientDeps) {}

  async execute(
    clinicId: ClinicId,
    raw: SetConsentInput,
    actor: Actor,
    requestId: string,
  ): Promise<{ kind: ConsentKind; consent: ConsentFlagView; changed: boolean }> {
    const input = parsePatientInput(SetConsentInputSchema, raw, 'SCHEDULING.INVALID_CONSENT');
    const kind = validateConsentKind(input.kind);
    const phone = await phoneOf(this.deps, clinicId, input.phone);
    const profile = await requireProfile(this.deps, clinicId, phone.e164);
    const current = profile.consent[kind];
    const view = (flag: typeof current): ConsentFlagView => ({
      granted: flag.granted,
      changedAt: flag.changedAt?.toISOString() ?? null,
      changedBy: flag.changedBy,
    });
    if (current.granted === input.granted && current.changedAt !== null) return { kind, consent: view(current), changed: false };
    const flag = { granted: input.granted, changedAt: this.deps.clock.now(), changedBy: describeActor(actor) };
    const result = await this.deps.directory.setConsent(clinicId, phone.e164, kind, flag);
    if (!result) throw patientNotFound();
    await auditPatient(this.deps, {
      clinicId,
      actor,
      requestId,
      action: 'scheduling.patient.consent.change',
      patientId: profile.id,
      detail: `${kind}: ${input.granted ? 'granted' : 'withdrawn'}`,
      changes: { before: { [kind]: result.before.granted }, after: { [kind]: input.granted } },
    });
    return { kind, consent: view(flag), changed: true };
  }
}
