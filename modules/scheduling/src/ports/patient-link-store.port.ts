import type { ClinicId } from '@frontdesk/shared-kernel';

/** What a patient link lets its holder do: act once on one appointment, as it was when the link was made. */
export interface PatientLinkRecord {
  appointmentId: string;
  patientRef: string;
  version: number;
}

export interface PatientLinkStore {
  save(clinicId: ClinicId, tokenHash: string, record: PatientLinkRecord, ttlSeconds: number): Promise<void>;
  peek(clinicId: ClinicId, tokenHash: string): Promise<PatientLinkRecord | undefined>;
  /** Reads and deletes in one step: a link works once. */
  take(clinicId: ClinicId, tokenHash: string): Promise<PatientLinkRecord | undefined>;
}
