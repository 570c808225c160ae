import type { ClinicId } from '@frontdesk/shared-kernel';

/** A returning patient's sign-in link, stored under the SHA-256 of its token. */
export interface PatientLink {
  phone: string;
  /** `staff:usr_1` */
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface PatientLinkStore {
  save(clinicId: ClinicId, tokenHash: string, link: PatientLink, ttlSeconds: number): Promise<void>;
  /** Atomically read and delete (GETDEL): a link works once. */
  take(clinicId: ClinicId, tokenHash: string): Promise<PatientLink | undefined>;
}
