import type { ClinicId } from '@frontdesk/shared-kernel';

/** One appointment reminder to send to a patient. No clinical data. */
export interface ReminderMessage {
  clinicId: ClinicId;
  /** The patient's phone (E.164) or id, as on the appointment. */
  patientRef: string;
  appointmentId: string;
  /** UTC ISO instant of the start; the sender formats it in the clinic's time zone. */
  start: string;
  /** This reminder's offset before the start (e.g. 1440 = the day before). */
  offsetMinutes: number;
  /** The appointment's version when it was sent; a reply acts only on this version. */
  version: number;
  /** `confirmed`: nothing to ask, only remind. `booked`: ask "1 to confirm, 2 to cancel". */
  state: 'booked' | 'confirmed';
  doctorId: string;
  serviceId: string;
  branchId: string | null;
}

/** A freed slot held for a waiting patient: they accept or decline before `holdUntil`. */
export interface WaitlistOfferMessage {
  clinicId: ClinicId;
  patientRef: string;
  entryId: string;
  appointmentId: string;
  doctorId: string;
  serviceId: string;
  /** UTC ISO instants. */
  start: string;
  holdUntil: string;
}

/**
 * Outbound messages to patients. The conversation module implements it (as an
 * outbound event on the patient's channel); until then a logging adapter.
 * Contract: throw only when nothing was sent, so the job may be retried.
 */
export interface PatientNotifier {
  sendReminder(message: ReminderMessage): Promise<void>;
  sendWaitlistOffer(message: WaitlistOfferMessage): Promise<void>;
}
