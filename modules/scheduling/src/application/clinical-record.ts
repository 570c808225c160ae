import type { Actor, ClinicId } from '@frontdesk/shared-kernel';
import { validateAllergies, validateNoteText, type ClinicalNoteView } from '../domain/patient';
import { auditPatient, patientNotFound, phoneOf, requireClinicalAccess, requireVisibleProfile, type PatientDeps } from './patient-deps';
import {
  AddClinicalNoteInputSchema,
  parsePatientInput,
  UpdateAllergiesInputSchema,
  type AddClinicalNoteInput,
  type UpdateAllergiesInput,
} from './patient-inputs';

/**
 * Replaces a patient's allergy list. Only for roles that may `clinical.view`
 * (owner, doctor); others are refused (audited as denied). Audited as
 * `scheduling.patient.allergies.update` with the counts before and after (the
 * allergies themselves stay out of the trail).
 */
export class UpdateAllergies {
  constructor(private readonly deps: PatientDeps) {}

  async execute(clinicId: ClinicId, raw: UpdateAllergiesInput, actor: Actor, requestId: string): Promise<{ allergies: string[]; changed: boolean }> {
    const action = 'scheduling.patient.allergies.update';
    const input = parsePatientInput(UpdateAllergiesInputSchema, raw, 'SCHEDULING.INVALID_ALLERGIES');
    const phone = await phoneOf(this.deps, clinicId, input.phone);
    await requireClinicalAccess(this.deps, { clinicId, actor, requestId, action, phone: phone.e164 });
    const allergies = validateAllergies(input.allergies);
    const profile = await requireVisibleProfile(this.deps, clinicId, actor, phone.e164);
    const result = await this.deps.directory.setAllergies(clinicId, phone.e164, allergies, this.deps.clock.now());
    if (!result) throw patientNotFound();
    const changed = JSON.stringify(result.before) !== JSON.stringify(allergies);
    // Every clinical write is audited, also one that left the list as it was.
    await auditPatient(this.deps, {
      clinicId,
      actor,
      requestId,
      action,
      patientId: profile.id,
      detail: `allergies: ${result.before.length} -> ${allergies.length}${changed ? '' : ' (unchanged)'}`,
      changes: { before: { allergyCount: result.before.length }, after: { allergyCount: allergies.length } },
    });
    return { allergies, changed };
  }
}

/**
 * Adds a clinical note (append-only) written by the acting staff member. Only
 * for roles that may `clinical.view`. Audited as `scheduling.patient.note.add`
 * with the note id (not its text).
 */
export class AddClinicalNote {
  constructor(private readonly deps: PatientDeps) {}

  async execute(clinicId: ClinicId, raw: AddClinicalNoteInput, actor: Actor, requestId: string): Promise<{ note: ClinicalNoteView }> {
    const action = 'scheduling.patient.note.add';
    const input = parsePatientInput(AddClinicalNoteInputSchema, raw, 'SCHEDULING.INVALID_CLINICAL_NOTE');
    const phone = await phoneOf(this.deps, clinicId, input.phone);
    await requireClinicalAccess(this.deps, { clinicId, actor, requestId, action, phone: phone.e164 });
    if (actor.kind !== 'staff') throw new Error('unreachable: clinical access is for staff only');
    const text = validateNoteText(input.text);
    const profile = await requireVisibleProfile(this.deps, clinicId, actor, phone.e164);
    const note = { id: this.deps.ids.next('note'), text, authorId: actor.id, at: this.deps.clock.now() };
    if (!(await this.deps.directory.addClinicalNote(clinicId, phone.e164, note))) throw patientNotFound();
    await auditPatient(this.deps, { clinicId, actor, requestId, action, patientId: profile.id, detail: `note:${note.id}` });
    return { note: { id: note.id, text: note.text, authorId: note.authorId, at: note.at.toISOString() } };
  }
}
