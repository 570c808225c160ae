import type { ClinicId } from '@frontdesk/shared-kernel';
import type { DoctorAvailability, Holiday } from '../domain/availability';
import type { SchedulingSettings } from '../domain/scheduling-settings';

/** Everything slot search and booking need from the clinic's own scheduling setup. */
export interface SchedulingConfig {
  settings: SchedulingSettings;
  /** Working hours, breaks and exceptions, per doctor id (tenancy owns the doctors themselves). */
  doctors: Record<string, DoctorAvailability>;
  holidays: Holiday[];
  /** Staff user id -> the doctor entry that person is: a doctor's account sees only that doctor's schedule and patients. */
  staffDoctors: Record<string, string>;
  /** 0 before the first save; every save adds one and is compare-and-set on it. */
  revision: number;
}

export interface SchedulingConfigStore {
  get(clinicId: ClinicId): Promise<SchedulingConfig>;
  /** Saves when the stored revision is still `next.revision`; returns the saved config (revision + 1), or undefined when it moved. */
  save(clinicId: ClinicId, next: SchedulingConfig): Promise<SchedulingConfig | undefined>;
}
