import { NotFound, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { ClinicCatalog, ClinicCatalogSnapshot, ClinicProfile } from '../index';
import type { CatalogStore } from '../ports/catalog-store.port';
import type { ClinicStore } from '../ports/clinic-store.port';
import { toProfile, toSnapshot } from './catalog-views';

/**
 * The ClinicCatalog port other modules use, and the staff catalog read. It
 * opens no scope of its own: the caller's tenant scope must be the clinic's,
 * which the guard checks before any key is built.
 */
export class ReadClinicCatalog implements ClinicCatalog {
  constructor(
    private readonly catalogs: CatalogStore,
    private readonly clinics: ClinicStore,
    private readonly guard: TenantGuard,
  ) {}

  async getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> {
    this.guard.assertAccess(clinicId);
    const state = await this.catalogs.read(clinicId);
    if (!state) throw new NotFound('TENANCY.CLINIC_NOT_FOUND', `No clinic with id ${clinicId}`);
    return toSnapshot(state);
  }

  async getProfile(clinicId: ClinicId): Promise<ClinicProfile> {
    this.guard.assertAccess(clinicId);
    const clinic = await this.clinics.get(clinicId);
    if (!clinic) throw new NotFound('TENANCY.CLINIC_NOT_FOUND', `No clinic with id ${clinicId}`);
    return toProfile(clinic);
  }
}
