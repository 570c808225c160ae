import { z } from 'zod';
import { clinicPublicProcedure, operatorProcedure, router, staffProcedure } from '@frontdesk/shared-kernel';
import { RegisterClinicInputSchema } from '../index';
import type { GetClinicProfile, ListClinics } from '../application/clinic-profile';
import type { RegisterClinic } from '../application/register-clinic';

export interface TenancyUseCases {
  getClinicProfile: GetClinicProfile;
  listClinics: ListClinics;
  registerClinic: RegisterClinic;
}

/** One router per surface; the server nests each under `tenancy`. */
export function createTenancyRouters(useCases: TenancyUseCases) {
  return {
    public: router({
      clinicProfile: clinicPublicProcedure.query(() => useCases.getClinicProfile.execute()),
    }),
    staff: router({
      myClinic: staffProcedure.query(() => useCases.getClinicProfile.execute()),
    }),
    admin: router({
      listClinics: operatorProcedure.input(z.void()).query(({ ctx }) => useCases.listClinics.execute(ctx.operator, ctx.requestId)),
      registerClinic: operatorProcedure
        .input(RegisterClinicInputSchema)
        .mutation(({ ctx, input }) => useCases.registerClinic.execute(input, ctx.operator, ctx.requestId)),
    }),
  };
}

export type TenancyRouters = ReturnType<typeof createTenancyRouters>;
