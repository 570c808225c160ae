import type { Actor, TenantGuard } from '@frontdesk/shared-kernel';
import type { ClinicProfile } from '../index';
import type { Clinic } from '../domain/clinic';
import type { ClinicStore } from '../ports/clinic-store.port';
import { toProfile } from './catalog-views';

/** Operators: every clinic's profile, read under an audited crossTenant scope. */
export class ListClinics {
  constructor(
    private readonly store: ClinicStore,
    private readonly guard: TenantGuard,
  ) {}

  async execute(actor: Actor, requestId: string): Promise<ClinicProfile[]> {
    return this.guard.crossTenant('operator console: list clinics', actor, requestId, async () => {
      const ids = await this.store.listIds();
      const clinics = await Promise.all(ids.map((id) => this.store.get(id)));
      return clinics.filter((c): c is Clinic => c !== undefined).map(toProfile);
    });
  }
}
