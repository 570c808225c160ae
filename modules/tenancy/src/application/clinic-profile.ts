import { NotFound, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { ClinicProfile } from '../index';
import type { Clinic } from '../domain/clinic';
import type { ClinicStore } from '../ports/clinic-store.port';

export function toProfile(clinic: Clinic): ClinicProfile {
  return { id: clinic.id, name: clinic.name, timezone: clinic.timezone, defaultLanguage: clinic.defaultLanguage };
}

/** The public face of the clinic in the current tenant scope. */
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

/** Operators: every clinic's profile, read under an audited crossTenant scope. */
export class ListClinics {
  constructor(
    private readonly store: ClinicStore,
    private readonly guard: TenantGuard,
  ) {}

  async execute(actor: Parameters<TenantGuard['crossTenant']>[1], requestId: string): Promise<ClinicProfile[]> {
    return this.guard.crossTenant('operator console: list clinics', actor, requestId, async () => {
      const ids = await this.store.listIds();
      const clinics = await Promise.all(ids.map((id) => this.store.get(id)));
      return clinics.filter((c): c is Clinic => c !== undefined).map(toProfile);
    });
  }
}
