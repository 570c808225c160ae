import { describeActor, NotFound, type Actor, type AuditLog, type ClinicId, type Clock, type TenantGuard } from '@frontdesk/shared-kernel';
import type { OperatorClinicView } from '../index';
import type { CatalogStore } from '../ports/catalog-store.port';
import { toOperatorView } from './catalog-views';

/**
 * An operator reads any clinic's catalog (with the suspension details) under
 * an audited crossTenant scope. The read is also noted on the clinic's own
 * trail, so its owners can see that the platform looked.
 */
export class OperatorClinicCatalog {
  constructor(
    private readonly catalogs: CatalogStore,
    private readonly guard: TenantGuard,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(clinicId: ClinicId, operator: Actor, requestId: string): Promise<OperatorClinicView> {
    return this.guard.crossTenant(`operator console: read the catalog of clinic ${clinicId}`, operator, requestId, () =>
      this.guard.run({ clinicId, actor: operator, requestId }, async () => {
        const state = await this.catalogs.read(clinicId);
        if (!state) throw new NotFound('TENANCY.CLINIC_NOT_FOUND', `No clinic with id ${clinicId}`);
        await this.auditLog.append({
          actor: describeActor(operator),
          action: 'tenancy.catalog.operator_view',
          target: `clinic:${clinicId}`,
          clinicId,
          at: this.clock.now(),
          outcome: 'success',
          requestId,
        });
        return toOperatorView(state);
      }),
    );
  }
}
