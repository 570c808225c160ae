import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Clinic } from '../domain/clinic';

export interface ClinicStore {
  /** Creates the clinic; false if one with that id already exists. */
  create(clinic: Clinic): Promise<boolean>;
  get(id: ClinicId): Promise<Clinic | undefined>;
  /** Every clinic id; only callable inside crossTenant(). */
  listIds(): Promise<ClinicId[]>;
}
