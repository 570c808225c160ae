import type { ClinicId } from '@frontdesk/shared-kernel';

/** How long a service takes; the tenancy catalog will implement it (see README). */
export interface ServiceDurations {
  find(clinicId: ClinicId, serviceId: string): Promise<{ durationMinutes: number; bufferMinutes: number } | undefined>;
}
