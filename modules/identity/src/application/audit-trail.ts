import type { AuditQuery, ClinicId } from '@frontdesk/shared-kernel';
import type { IdentityDeps } from './deps';

/** Owners read their clinic's trail; operators read any clinic's inside crossTenant. */
export class AuditTrail {
  constructor(private readonly deps: IdentityDeps) {}

  async forClinic(clinicId: ClinicId, query: AuditQuery) {
    this.deps.guard.assertAccess(clinicId);
    const records = await this.deps.audit.query(clinicId, query);
    return records.map((r) => ({ ...r, at: r.at.toISOString() }));
  }
}
