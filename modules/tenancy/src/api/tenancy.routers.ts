import { z } from 'zod';
import { clinicPublicProcedure, operatorProcedure, router, staffAction } from '@frontdesk/shared-kernel';
import {
  AiSettingsUpdateInputSchema,
  BranchInputSchema,
  BranchUpdateInputSchema,
  ClinicRefInputSchema,
  DoctorInputSchema,
  DoctorUpdateInputSchema,
  EntryIdSchema,
  FaqEntryInputSchema,
  FaqEntryUpdateInputSchema,
  RegisterClinicInputSchema,
  ResumeClinicInputSchema,
  ServiceInputSchema,
  ServiceUpdateInputSchema,
  SuspendClinicInputSchema,
  UpdateProfileInputSchema,
} from '../index';
import type { GetClinicProfile } from '../application/clinic-profile';
import type { CreateCatalogEntry } from '../application/create-catalog-entry';
import type { DeleteCatalogEntry } from '../application/delete-catalog-entry';
import type { ListClinics } from '../application/list-clinics';
import type { OperatorClinicCatalog } from '../application/operator-clinic-catalog';
import type { ReadClinicCatalog } from '../application/read-clinic-catalog';
import type { RegisterClinic } from '../application/register-clinic';
import type { ResumeClinic } from '../application/resume-clinic';
import type { SuspendClinic } from '../application/suspend-clinic';
import type { UpdateAiSettings } from '../application/update-ai-settings';
import type { UpdateCatalogEntry } from '../application/update-catalog-entry';
import type { UpdateClinicProfile } from '../application/update-profile';
import type { EntryCollection } from '../domain/entries';

export interface EntryUseCases<K extends EntryCollection> {
  create: CreateCatalogEntry<K>;
  update: UpdateCatalogEntry<K>;
  delete: DeleteCatalogEntry<K>;
}

export interface TenancyUseCases {
  getClinicProfile: GetClinicProfile;
  listClinics: ListClinics;
  registerClinic: RegisterClinic;
  clinicCatalog: ReadClinicCatalog;
  updateProfile: UpdateClinicProfile;
  branches: EntryUseCases<'branches'>;
  doctors: EntryUseCases<'doctors'>;
  services: EntryUseCases<'services'>;
  faq: EntryUseCases<'faq'>;
  updateAiSettings: UpdateAiSettings;
  suspendClinic: SuspendClinic;
  resumeClinic: ResumeClinic;
  operatorClinicCatalog: OperatorClinicCatalog;
}

const EntryRefInputSchema = z.object({ id: EntryIdSchema });

/**
 * One router per surface; the server nests each under `tenancy`.
 * Staff procedures act on the staff member's own clinic (ctx.clinicId, the
 * scope staffProcedure opened), never on a clinic named in the input.
 */
export function createTenancyRouters(useCases: TenancyUseCases) {
  const view = staffAction('clinic.view');
  const edit = staffAction('catalog.edit');
  const { branches, doctors, services, faq } = useCases;

  return {
    public: router({
      /** Name, time zone, language, currency and status: enough for the patient chat to greet or say the clinic is closed. */
      clinicProfile: clinicPublicProcedure.query(() => useCases.getClinicProfile.execute()),
    }),
    staff: router({
      myClinic: view.query(() => useCases.getClinicProfile.execute()),
      catalog: view.query(({ ctx }) => useCases.clinicCatalog.getCatalog(ctx.clinicId)),
      updateProfile: edit
        .input(UpdateProfileInputSchema)
        .mutation(({ ctx, input }) => useCases.updateProfile.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
      branches: router({
        create: edit
          .input(BranchInputSchema)
          .mutation(({ ctx, input }) => branches.create.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        update: edit
          .input(BranchUpdateInputSchema)
          .mutation(({ ctx, input }) => branches.update.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        delete: edit
          .input(EntryRefInputSchema)
          .mutation(({ ctx, input }) => branches.delete.execute(ctx.clinicId, input.id, ctx.staff, ctx.requestId)),
      }),
      doctors: router({
        create: edit
          .input(DoctorInputSchema)
          .mutation(({ ctx, input }) => doctors.create.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        update: edit
          .input(DoctorUpdateInputSchema)
          .mutation(({ ctx, input }) => doctors.update.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        delete: edit
          .input(EntryRefInputSchema)
          .mutation(({ ctx, input }) => doctors.delete.execute(ctx.clinicId, input.id, ctx.staff, ctx.requestId)),
      }),
      services: router({
        create: edit
          .input(ServiceInputSchema)
          .mutation(({ ctx, input }) => services.create.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        update: edit
          .input(ServiceUpdateInputSchema)
          .mutation(({ ctx, input }) => services.update.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        delete: edit
          .input(EntryRefInputSchema)
          .mutation(({ ctx, input }) => services.delete.execute(ctx.clinicId, input.id, ctx.staff, ctx.requestId)),
      }),
      faq: router({
        create: edit
          .input(FaqEntryInputSchema)
          .mutation(({ ctx, input }) => faq.create.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        update: edit
          .input(FaqEntryUpdateInputSchema)
          .mutation(({ ctx, input }) => faq.update.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
        delete: edit
          .input(EntryRefInputSchema)
          .mutation(({ ctx, input }) => faq.delete.execute(ctx.clinicId, input.id, ctx.staff, ctx.requestId)),
      }),
      updateAiSettings: staffAction('ai_settings.edit')
        .input(AiSettingsUpdateInputSchema)
        .mutation(({ ctx, input }) => useCases.updateAiSettings.execute(ctx.clinicId, input, ctx.staff, ctx.requestId)),
    }),
    admin: router({
      listClinics: operatorProcedure.input(z.void()).query(({ ctx }) => useCases.listClinics.execute(ctx.operator, ctx.requestId)),
      registerClinic: operatorProcedure
        .input(RegisterClinicInputSchema)
        .mutation(({ ctx, input }) => useCases.registerClinic.execute(input, ctx.operator, ctx.requestId)),
      clinicCatalog: operatorProcedure
        .input(ClinicRefInputSchema)
        .query(({ ctx, input }) => useCases.operatorClinicCatalog.execute(input.clinicId, ctx.operator, ctx.requestId)),
      suspendClinic: operatorProcedure
        .input(SuspendClinicInputSchema)
        .mutation(({ ctx, input }) => useCases.suspendClinic.execute(input, ctx.operator, ctx.requestId)),
      resumeClinic: operatorProcedure
        .input(ResumeClinicInputSchema)
        .mutation(({ ctx, input }) => useCases.resumeClinic.execute(input, ctx.operator, ctx.requestId)),
    }),
  };
}

export type TenancyRouters = ReturnType<typeof createTenancyRouters>;
