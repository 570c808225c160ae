import type { AppointmentState } from './appointment-state';

/** What subscribers learn about an appointment: enough to remind, offer or notify, no clinical data. */
export interface AppointmentFacts {
  appointmentId: string;
  doctorId: string;
  serviceId: string;
  branchId: string | null;
  patientRef: string;
  /** UTC ISO instants. */
  start: string;
  end: string;
  state: AppointmentState;
  version: number;
  /** Who did it: `staff:usr_1`, `patient:+20...`, `agent:<clinic>`, `system:...`. */
  by: string;
}

/** The scheduling module's domain events (type -> payload). */
export type SchedulingEvents = {
  AppointmentHeld: AppointmentFacts & { holdUntil: string; holdPurpose: string };
  AppointmentBooked: AppointmentFacts;
  AppointmentConfirmed: AppointmentFacts;
  AppointmentRescheduled: AppointmentFacts & { previousStart: string; previousDoctorId: string; previousBranchId: string | null };
  AppointmentCancelled: AppointmentFacts & { reason: string; previousState: AppointmentState };
  AppointmentCompleted: AppointmentFacts;
  AppointmentNoShow: AppointmentFacts;
  WaitlistSlotOffered: { entryId: string; patientRef: string; appointmentId: string; doctorId: string; serviceId: string; start: string; holdUntil: string };
};
