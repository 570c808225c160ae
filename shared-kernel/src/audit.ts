import type { ClinicId } from './ids';

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditRecord {
  /** `staff:usr_1`, `operator:op_1`, `system:retention`, ... */
  actor: string;
  /** Dotted verb, e.g. `tenancy.cross_tenant`, `scheduling.appointment.cancel`. */
  action: string;
  /** What was acted on, e.g. `appointment:apt_1` or `clinics:*`. */
  target: string;
  /** null for platform-level records (operator work across clinics). */
  clinicId: ClinicId | null;
  at: Date;
  outcome: AuditOutcome;
  requestId: string;
  /** Short, non-sensitive context (a reason, a count). Never patient data. */
  detail?: string;
  /** For edits: the state before and after, so owners can see what changed. */
  changes?: { before: unknown; after: unknown };
}

export interface StoredAuditRecord extends AuditRecord {
  id: string;
}

export interface AuditQuery {
  from?: Date;
  to?: Date;
  /** Exact match, e.g. `staff:usr_1`. */
  actor?: string;
  /** Exact action, or a prefix ending in `.` (e.g. `identity.`). */
  action?: string;
  /** Exact target. */
  target?: string;
  limit: number;
}

/** Port: an append-only audit trail. */
export interface AuditLog {
  append(record: AuditRecord): Promise<string>;
  /** Newest first. `clinicId: null` reads the platform trail. */
  recent(clinicId: ClinicId | null, limit: number): Promise<StoredAuditRecord[]>;
  /** Newest first, filtered. The caller must have checked access to the clinic. */
  query(clinicId: ClinicId | null, query: AuditQuery): Promise<StoredAuditRecord[]>;
}

export function matchesAuditQuery(record: AuditRecord, query: AuditQuery): boolean {
  if (query.from && record.at < query.from) return false;
  if (query.to && record.at > query.to) return false;
  if (query.actor && record.actor !== query.actor) return false;
  if (query.target && record.target !== query.target) return false;
  if (query.action) {
    const prefix = query.action.endsWith('.');
    if (prefix ? !record.action.startsWith(query.action) : record.action !== query.action) return false;
  }
  return true;
}
