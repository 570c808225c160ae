/**
 * What one conversation turn has verified: the only facts a reply may assert.
 * Amounts are in major units of the clinic currency (600 means EGP 600.00);
 * instants are ISO 8601 strings with an offset or `Z`.
 */

export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

export interface OpeningHoursEntry {
  day: Weekday;
  /** 24-hour "HH:MM" in the clinic timezone. */
  open: string;
  close: string;
}

export interface CatalogDoctor {
  name: string;
  nameAr: string;
}

export interface CatalogBranch {
  name: string;
  nameAr: string;
  phone: string;
}

export interface CatalogService {
  name: string;
  nameAr: string;
  price: number;
  deposit: number;
  /** ISO 4217, e.g. EGP, NZD. */
  currency: string;
}

export interface ClinicFacts {
  name: string;
  phones: string[];
  /** Days without an entry are closed. */
  hours: OpeningHoursEntry[];
  doctors: CatalogDoctor[];
  branches: CatalogBranch[];
  services: CatalogService[];
}

export interface VerifiedPatient {
  name: string;
  phone: string;
}

export interface SlotFact {
  start: string;
  doctor: string;
  end?: string;
  branch?: string;
  service?: string;
}

export interface AppointmentFact {
  id: string;
  start: string;
  doctor: string;
  service: string;
  branch: string;
  end?: string;
}

/** A tool call executed in this turn; booking tools are book_, reschedule_ and cancel_appointment. */
export interface ToolCallFact {
  name: string;
  ok: boolean;
  result?: unknown;
}

export interface VerifiedTurn {
  /** IANA zone of the clinic, e.g. Africa/Cairo: relative dates and times are read in it. */
  timezone: string;
  clinic: ClinicFacts;
  /** null until the patient is verified. */
  patient: VerifiedPatient | null;
  /** The most recent slot lookup. */
  lastSlots: SlotFact[];
  /** The verified patient's existing appointments. */
  appointments: AppointmentFact[];
  toolCalls: ToolCallFact[];
  /** The name the assistant introduces itself with, when the clinic set one. */
  assistantName?: string;
}

export const FINDING_KINDS = [
  'unverified_name',
  'unverified_phone',
  'unverified_date',
  'unverified_amount',
  'phantom_confirmation',
  'medical_advice',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  kind: FindingKind;
  /** The words of the reply the finding is about, as written. */
  excerpt: string;
  /** Why the excerpt was flagged, for staff and logs (English). */
  reason: string;
}
