import type { ClinicId } from '@frontdesk/shared-kernel';

/** Tells every process that a clinic's catalog was written (after the write). Never throws: a lost announcement only delays caches. */
export interface CatalogChangeAnnouncer {
  announce(clinicId: ClinicId): Promise<void>;
}
