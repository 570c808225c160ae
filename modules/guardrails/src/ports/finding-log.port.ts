import type { ClinicId } from '@frontdesk/shared-kernel';
import type { GuardrailMode } from '../domain/check-reply';
import type { Finding, FindingKind } from '../domain/verified-turn';

export interface RecordedFinding extends Finding {
  conversationId: string;
  mode: GuardrailMode;
  at: Date;
}

/** Port: every finding is kept (conversation, kind, excerpt) and counted per clinic. */
export interface FindingLog {
  record(clinicId: ClinicId, findings: RecordedFinding[]): Promise<void>;
  counts(clinicId: ClinicId): Promise<Record<FindingKind, number>>;
  /** Newest first. */
  recent(clinicId: ClinicId, limit: number): Promise<RecordedFinding[]>;
}
