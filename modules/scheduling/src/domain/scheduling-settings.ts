import { InvalidInput } from '@frontdesk/shared-kernel';

/** A clinic's booking rules. Everything here is the clinic's choice; the defaults suit most clinics. */
export interface SchedulingSettings {
  /** No slot starts sooner than this after now (patients and the AI; staff may book sooner). */
  minimumNoticeMinutes: number;
  /** Bookable up to this many calendar days ahead. */
  horizonDays: number;
  /** Patients (and the AI for them) cannot cancel within this many hours of the start; staff may override. */
  patientCancelCutoffHours: number;
  /** Same for moving an appointment. */
  patientRescheduleCutoffHours: number;
  /** How long a hold for a deposit or a patient's decision blocks the slot. */
  holdMinutes: number;
  /** How long a request waiting for staff approval blocks the slot. */
  approvalHoldMinutes: number;
  /** How long a waitlist offer is held for the patient before it goes to the next. */
  waitlistOfferMinutes: number;
  /** Reminders before the start, in minutes (default 24 h and 2 h). */
  reminderOffsetsMinutes: number[];
  /** Services whose bookings wait for a receptionist to accept them. */
  approvalServiceIds: string[];
}

export const DEFAULT_SCHEDULING_SETTINGS: SchedulingSettings = {
  minimumNoticeMinutes: 60,
  horizonDays: 60,
  patientCancelCutoffHours: 24,
  patientRescheduleCutoffHours: 24,
  holdMinutes: 15,
  approvalHoldMinutes: 24 * 60,
  waitlistOfferMinutes: 30,
  reminderOffsetsMinutes: [24 * 60, 2 * 60],
  approvalServiceIds: [],
};

const LIMITS: Record<Exclude<keyof SchedulingSettings, 'reminderOffsetsMinutes' | 'approvalServiceIds'>, [number, number, string]> = {
  minimumNoticeMinutes: [0, 14 * 24 * 60, 'minutes'],
  horizonDays: [1, 366, 'days'],
  patientCancelCutoffHours: [0, 14 * 24, 'hours'],
  patientRescheduleCutoffHours: [0, 14 * 24, 'hours'],
  holdMinutes: [1, 7 * 24 * 60, 'minutes'],
  approvalHoldMinutes: [5, 7 * 24 * 60, 'minutes'],
  waitlistOfferMinutes: [5, 7 * 24 * 60, 'minutes'],
};

/** Checks every rule and returns the settings with reminders sorted (earliest first) and duplicates removed. */
export function validateSchedulingSettings(settings: SchedulingSettings): SchedulingSettings {
  for (const [field, [min, max, unit]] of Object.entries(LIMITS)) {
    const value = settings[field as keyof typeof LIMITS];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InvalidInput('SCHEDULING.INVALID_SETTINGS', `Must be a whole number of ${unit} from ${min} to ${max}`, { field });
    }
  }
  const offsets = [...new Set(settings.reminderOffsetsMinutes)].sort((a, b) => b - a);
  if (offsets.length > 4 || offsets.some((m) => !Number.isInteger(m) || m < 15 || m > 7 * 24 * 60)) {
    throw new InvalidInput('SCHEDULING.INVALID_SETTINGS', 'Up to 4 reminders, each 15 minutes to 7 days before the start', {
      field: 'reminderOffsetsMinutes',
    });
  }
  return { ...settings, reminderOffsetsMinutes: offsets, approvalServiceIds: [...new Set(settings.approvalServiceIds)] };
}

/** True when `now` is inside the cutoff before `start` (or the appointment has begun). */
export function insideCutoff(start: Date, now: Date, cutoffHours: number): boolean {
  return start.getTime() - now.getTime() < cutoffHours * 3_600_000;
}
