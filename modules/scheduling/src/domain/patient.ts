import { InvalidInput, roleMay, type ClinicRole } from '@frontdesk/shared-kernel';

/**
 * A clinic's patient: one record per clinic per phone number (E.164). Pure:
 * types, the validation rules and who sees what. Every rule fails as
 * InvalidInput with a stable `SCHEDULING.*` code, a sentence the clinic staff
 * can act on, and `details.field` naming the form field.
 */

export const PATIENT_LANGUAGES = ['ar', 'en'] as const;
export type PatientLanguage = (typeof PATIENT_LANGUAGES)[number];

/** What the patient agreed to. Each flag starts not granted and records when and by whom it last changed. */
export const CONSENT_KINDS = ['reminders', 'whatsapp', 'marketing', 'data_processing'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export interface ConsentFlag {
  granted: boolean;
  /** null: never set (the default, not granted). */
  changedAt: Date | null;
  /** Who recorded the change, as `describeActor` writes it (`staff:usr_1`); null when never set. */
  changedBy: string | null;
}

export type ConsentFlags = Record<ConsentKind, ConsentFlag>;

export interface ClinicalNote {
  id: string;
  text: string;
  /** The staff account that wrote it. */
  authorId: string;
  at: Date;
}

/** Everything staff with `patient.view` may see. */
export interface PatientProfile {
  /** Opaque id (`pat_...`), used in audit records so phone numbers stay out of them. */
  id: string;
  /** E.164, e.g. +201012345678: the record's identity inside the clinic. */
  phone: string;
  name: string;
  language: PatientLanguage;
  intakeSummary: string;
  consent: ConsentFlags;
  noShowCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Only for roles that may `clinical.view` (owner, doctor); never for the AI agent. */
export interface ClinicalRecord {
  allergies: string[];
  /** Oldest first; at most MAX_NOTES_RETURNED of the newest. */
  clinicalNotes: ClinicalNote[];
}

export type Patient = PatientProfile & ClinicalRecord;

export const PATIENT_LIMITS = {
  nameMax: 120,
  intakeSummaryMax: 2000,
  allergiesMax: 50,
  allergyMax: 100,
  noteMax: 4000,
} as const;

/** A read returns the newest notes only; older ones stay stored. */
export const MAX_NOTES_RETURNED = 200;

export function defaultConsent(): ConsentFlags {
  const flags = {} as ConsentFlags;
  for (const kind of CONSENT_KINDS) flags[kind] = { granted: false, changedAt: null, changedBy: null };
  return flags;
}

export function isPatientLanguage(value: unknown): value is PatientLanguage {
  return typeof value === 'string' && (PATIENT_LANGUAGES as readonly string[]).includes(value);
}

export function isConsentKind(value: unknown): value is ConsentKind {
  return typeof value === 'string' && (CONSENT_KINDS as readonly string[]).includes(value);
}

// ------------------------------------------------------------------ validation

function invalid(code: string, message: string, field: string): InvalidInput {
  return new InvalidInput(code, message, { field });
}

/** Length as people count it (code points), not UTF-16 units. */
function charCount(value: string): number {
  return [...value].length;
}

/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Any control character, line breaks included (names are one line). */
const ANY_CONTROL = /[\u0000-\u001F\u007F]/;

/** Trimmed, inner runs of spaces made one, 1-120 characters, one line. */
export function validatePatientName(raw: string, field = 'name'): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw invalid('SCHEDULING.INVALID_PATIENT_NAME', "The patient's name is missing", field);
  if (ANY_CONTROL.test(name)) throw invalid('SCHEDULING.INVALID_PATIENT_NAME', "The patient's name contains characters that cannot be shown", field);
  const length = charCount(name);
  if (length > PATIENT_LIMITS.nameMax) {
    throw invalid(
      'SCHEDULING.INVALID_PATIENT_NAME',
      `The patient's name is too long: ${length} characters, at most ${PATIENT_LIMITS.nameMax}`,
      field,
    );
  }
  return name;
}

export function validatePatientLanguage(raw: string, field = 'language'): PatientLanguage {
  if (!isPatientLanguage(raw)) {
    throw invalid('SCHEDULING.INVALID_LANGUAGE', `"${raw}" is not a language we talk to patients in: use "ar" (Arabic) or "en" (English)`, field);
  }
  return raw;
}

/** Trimmed, up to 2,000 characters; may be empty. */
export function validateIntakeSummary(raw: string, field = 'intakeSummary'): string {
  const summary = raw.trim();
  if (CONTROL.test(summary)) throw invalid('SCHEDULING.INVALID_INTAKE_SUMMARY', 'The intake summary contains characters that cannot be shown', field);
  const length = charCount(summary);
  if (length > PATIENT_LIMITS.intakeSummaryMax) {
    throw invalid(
      'SCHEDULING.INVALID_INTAKE_SUMMARY',
      `The intake summary is too long: ${length} characters, at most ${PATIENT_LIMITS.intakeSummaryMax}`,
      field,
    );
  }
  return summary;
}

/**
 * Each allergy trimmed, one line, 1-100 characters; blank entries (an empty
 * form row) are dropped; repeats (case-insensitive) are kept once; at most 50.
 */
export function validateAllergies(raw: readonly string[], field = 'allergies'): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, index) => {
    const allergy = entry.trim().replace(/\s+/g, ' ');
    if (allergy.length === 0) return;
    if (ANY_CONTROL.test(allergy)) throw invalid('SCHEDULING.INVALID_ALLERGIES', `Allergy ${index + 1} contains characters that cannot be shown`, `${field}.${index}`);
    const length = charCount(allergy);
    if (length > PATIENT_LIMITS.allergyMax) {
      throw invalid(
        'SCHEDULING.INVALID_ALLERGIES',
        `Allergy ${index + 1} is too long: ${length} characters, at most ${PATIENT_LIMITS.allergyMax}. Write details in a clinical note`,
        `${field}.${index}`,
      );
    }
    const folded = allergy.toLocaleLowerCase();
    if (seen.has(folded)) return;
    seen.add(folded);
    out.push(allergy);
  });
  if (out.length > PATIENT_LIMITS.allergiesMax) {
    throw invalid('SCHEDULING.INVALID_ALLERGIES', `Too many allergies: ${out.length}, at most ${PATIENT_LIMITS.allergiesMax}`, field);
  }
  return out;
}

/** Trimmed, 1-4,000 characters; line breaks allowed. */
export function validateNoteText(raw: string, field = 'text'): string {
  const text = raw.trim();
  if (text.length === 0) throw invalid('SCHEDULING.INVALID_CLINICAL_NOTE', 'The note is empty', field);
  if (CONTROL.test(text)) throw invalid('SCHEDULING.INVALID_CLINICAL_NOTE', 'The note contains characters that cannot be shown', field);
  const length = charCount(text);
  if (length > PATIENT_LIMITS.noteMax) {
    throw invalid(
      'SCHEDULING.INVALID_CLINICAL_NOTE',
      `The note is too long: ${length} characters, at most ${PATIENT_LIMITS.noteMax}. Split it into two notes`,
      field,
    );
  }
  return text;
}

export function validateConsentKind(raw: string, field = 'kind'): ConsentKind {
  if (!isConsentKind(raw)) {
    throw invalid('SCHEDULING.INVALID_CONSENT', `"${raw}" is not a consent we record: use one of ${CONSENT_KINDS.join(', ')}`, field);
  }
  return raw;
}

// ------------------------------------------------------------------ who sees what

/**
 * May this role read and write allergies and clinical notes? The permission
 * matrix decides (`clinical.view`: owner, doctor), and the AI agent never
 * may, whatever the matrix says.
 */
export function mayAccessClinical(role: ClinicRole | undefined): boolean {
  if (role === undefined || role === 'ai_agent') return false;
  return roleMay(role, 'clinical.view');
}

/** Serialisable views (ISO strings): what the edges return. */
export interface ConsentFlagView {
  granted: boolean;
  changedAt: string | null;
  changedBy: string | null;
}

export interface ClinicalNoteView {
  id: string;
  text: string;
  authorId: string;
  at: string;
}

export interface PatientProfileView {
  id: string;
  phone: string;
  name: string;
  language: PatientLanguage;
  intakeSummary: string;
  consent: Record<ConsentKind, ConsentFlagView>;
  noShowCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A profile view, plus `allergies` and `clinicalNotes` only for roles that may see them: absent, not empty, otherwise. */
export type PatientView = PatientProfileView & { allergies?: string[]; clinicalNotes?: ClinicalNoteView[] };

/** The list row of a search: never clinical. */
export interface PatientSummary {
  id: string;
  phone: string;
  name: string;
  language: PatientLanguage;
  noShowCount: number;
}

export function profileView(patient: PatientProfile): PatientProfileView {
  const consent = {} as Record<ConsentKind, ConsentFlagView>;
  for (const kind of CONSENT_KINDS) {
    const flag = patient.consent[kind];
    consent[kind] = { granted: flag.granted, changedAt: flag.changedAt?.toISOString() ?? null, changedBy: flag.changedBy };
  }
  return {
    id: patient.id,
    phone: patient.phone,
    name: patient.name,
    language: patient.language,
    intakeSummary: patient.intakeSummary,
    consent,
    noShowCount: patient.noShowCount,
    createdAt: patient.createdAt.toISOString(),
    updatedAt: patient.updatedAt.toISOString(),
  };
}

/**
 * The patient as `role` may see it. The clinical fields are copied only when
 * the role may access them and they were read; otherwise the keys are absent.
 */
export function patientView(profile: PatientProfile, clinical: ClinicalRecord | undefined, role: ClinicRole | undefined): PatientView {
  const view: PatientView = profileView(profile);
  if (clinical && mayAccessClinical(role)) {
    view.allergies = [...clinical.allergies];
    view.clinicalNotes = clinical.clinicalNotes.map((note) => ({ id: note.id, text: note.text, authorId: note.authorId, at: note.at.toISOString() }));
  }
  return view;
}
