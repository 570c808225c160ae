import type { ClinicId } from '@frontdesk/shared-kernel';
import type {
  ClinicalNote,
  ClinicalRecord,
  ConsentFlag,
  ConsentKind,
  PatientLanguage,
  PatientProfile,
  PatientSummary,
} from '../domain/patient';
import type { PhoneSearchPlan } from '../domain/patient-search';

/** How a record is found by phone: the stored number's digit strings. */
export interface PhoneSearchKeys {
  /** E.164 without the + (201012345678). */
  international: string;
  /** The national number (1012345678). */
  national: string;
}

/**
 * Create-or-update of the profile fields. Absent fields are kept on update;
 * on create, language defaults to `ar` and the intake summary to ''.
 */
export interface PatientUpsert {
  phone: string;
  phoneKeys: PhoneSearchKeys;
  /** Used only when the record is created. */
  newId: string;
  /** With the words it is found by (nameIndexWords). Required to create a record. */
  name?: { value: string; indexWords: string[] };
  language?: PatientLanguage;
  intakeSummary?: string;
  at: Date;
}

export type UpsertOutcome =
  | { outcome: 'created' | 'updated'; patient: PatientProfile }
  /** No record yet and no name given: nothing was written. */
  | { outcome: 'needs_name' };

/**
 * One clinic's patients, one record per phone. Every method works inside the
 * clinic it is given (keys via the tenant guard); there is no search across
 * clinics. Writes that touch a record and its indexes are atomic.
 */
export interface PatientDirectory {
  upsert(clinicId: ClinicId, write: PatientUpsert): Promise<UpsertOutcome>;
  /** Profile fields only: allergies and notes are not even read. */
  getProfile(clinicId: ClinicId, phone: string): Promise<PatientProfile | undefined>;
  /** Allergies and the newest notes (oldest first); undefined when there is no record. */
  getClinical(clinicId: ClinicId, phone: string): Promise<ClinicalRecord | undefined>;
  /** Patients with a name word starting with `word` (folded), up to `max` distinct records, never clinical. */
  findByNameWord(clinicId: ClinicId, word: string, max: number): Promise<PatientSummary[]>;
  /** Patients whose number matches any part of the plan, up to `max`. */
  findByPhone(clinicId: ClinicId, plan: PhoneSearchPlan, max: number): Promise<PatientSummary[]>;
  /** Replaces the allergy list; returns the list before, or undefined when there is no record (nothing written). */
  setAllergies(clinicId: ClinicId, phone: string, allergies: readonly string[], at: Date): Promise<{ before: string[] } | undefined>;
  /** Appends a note; false when there is no record (nothing written). */
  addClinicalNote(clinicId: ClinicId, phone: string, note: ClinicalNote): Promise<boolean>;
  /** Sets one consent flag; returns the flag before, or undefined when there is no record. */
  setConsent(clinicId: ClinicId, phone: string, kind: ConsentKind, flag: ConsentFlag): Promise<{ before: ConsentFlag } | undefined>;
  /** The phones (E.164, sorted) of this clinic's patients whose `kind` consent is granted now. Never another clinic's. */
  phonesWithConsent(clinicId: ClinicId, kind: ConsentKind): Promise<string[]>;
  /**
   * +1 no-show. With an appointment id the count is idempotent: the same
   * appointment is counted once (`counted: false` on a repeat). Undefined when
   * there is no record.
   */
  incrementNoShows(clinicId: ClinicId, phone: string, options?: { appointmentId?: string; at?: Date }): Promise<{ noShowCount: number; counted: boolean } | undefined>;
}
