import { NotFound, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { ClinicProfile } from '../index';
import type { ClinicStore } from '../ports/clinic-store.port';
import { toProfile } from './catalog-views';

/** The public face of the clinic in the current tenant scope, status included (a suspended clinic still answers). */
export class GetClinicProfile {
  constructor(
    private readonly store: ClinicStore,
    private readonly guard: TenantGuard,
  ) {}

  async execute(): Promise<ClinicProfile> {
    const id = this.guard.currentClinicId() as ClinicId;
    const clinic = await this.store.get(id);
    if (!clinic) throw new NotFound('TENANCY.CLINIC_NOT_FOUND', `No clinic with id ${id}`);
    return toProfile(clinic);
  }
}
