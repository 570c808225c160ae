import { router, staffAction } from '@frontdesk/shared-kernel';
import type { AddClinicalNote, UpdateAllergies } from '../application/clinical-record';
import type { GetPatient } from '../application/get-patient';
import {
  AddClinicalNoteInputSchema,
  PatientRefInputSchema,
  SearchPatientsInputSchema,
  SetConsentInputSchema,
  UpdateAllergiesInputSchema,
  UpsertPatientInputSchema,
} from '../application/patient-inputs';
import type { SearchPatients } from '../application/search-patients';
import type { SetConsent } from '../application/set-consent';
import type { UpsertPatient } from '../application/upsert-patient';

export interface PatientUseCases {
  searchPatients: SearchPatients;
  getPatient: GetPatient;
  upsertPatient: UpsertPatient;
  updateAllergies: UpdateAllergies;
  addClinicalNote: AddClinicalNote;
  setConsent: SetConsent;
}

/**
 * Staff procedures on the clinic's patients (nest under `staff.scheduling.patients`).
 * Every procedure is a staffAction: it runs in the staff member's own clinic
 * (ctx.clinicId), never one named in the input, and needs one permission of
 * the matrix. `get` returns allergies and clinical notes only to roles that
 * may `clinical.view`; the use cases check that again.
 */
export function createPatientsRouter(useCases: PatientUseCases) {
  return router({
    search: staffAction('patient.view')
      .input(SearchPatientsInputSchema)
      .query(({ ctx, input }) => useCases.searchPatients.execute(ctx.clinicId, input, ctx.staff)),
    get: staffAction('patient.view')
      .input(PatientRefInputSchema)
      .query(({ ctx, input }) => useCases.getPatient.execute(ctx.clinicId, input, ctx.staff)),
    upsert: staffAction('booking.manage')
      .input(UpsertPatientInputSchema)
      .mutation(({ ctx, input }) => useCases.upsertPatient.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
    updateClinical: staffAction('clinical.view')
      .input(UpdateAllergiesInputSchema)
      .mutation(({ ctx, input }) => useCases.updateAllergies.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
    addNote: staffAction('clinical.view')
      .input(AddClinicalNoteInputSchema)
      .mutation(({ ctx, input }) => useCases.addClinicalNote.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
    setConsent: staffAction('booking.manage')
      .input(SetConsentInputSchema)
      .mutation(({ ctx, input }) => useCases.setConsent.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
  });
}

export type PatientsRouter = ReturnType<typeof createPatientsRouter>;
