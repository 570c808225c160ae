import { describe, expect, it } from 'vitest';
import { DomainError } from '@frontdesk/shared-kernel';
import {
  defaultConsent,
  mayAccessClinical,
  patientView,
  validateAllergies,
  validateConsentKind,
  validateIntakeSummary,
  validateNoteText,
  validatePatientLanguage,
  validatePatientName,
  type ClinicalRecord,
  type PatientProfile,
} from './patient';

function failureOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('patient rules', () => {
  it('trims names and joins inner spaces; refuses blank, multi-line and over-long names, naming the field', () => {
    expect(validatePatientName('  Hana   Adel ')).toBe('Hana Adel');
    expect(validatePatientName('x'.repeat(120))).toHaveLength(120);
    expect(validatePatientName('هناء\u00A0عادل')).toBe('هناء عادل');
    // Characters as people count them: 120 emoji (240 UTF-16 units) fit.
    expect(validatePatientName('😀'.repeat(120))).toHaveLength(240);
    for (const bad of ['', '   ', 'x'.repeat(121), 'Hana\u0000']) {
      const error = failureOf(() => validatePatientName(bad));
      expect(error.code).toBe('SCHEDULING.INVALID_PATIENT_NAME');
      expect(error.details).toEqual({ field: 'name' });
    }
    expect(failureOf(() => validatePatientName('x'.repeat(121))).message).toBe("The patient's name is too long: 121 characters, at most 120");
  });

  it('accepts ar and en only', () => {
    expect(validatePatientLanguage('ar')).toBe('ar');
    const error = failureOf(() => validatePatientLanguage('fr'));
    expect([error.code, error.details?.field]).toEqual(['SCHEDULING.INVALID_LANGUAGE', 'language']);
  });

  it('keeps intake summaries up to 2,000 characters', () => {
    expect(validateIntakeSummary('  first visit\nback pain ')).toBe('first visit\nback pain');
    expect(failureOf(() => validateIntakeSummary('x'.repeat(2001))).details).toEqual({ field: 'intakeSummary' });
  });

  it('cleans the allergy list: blanks dropped, repeats kept once, each 1-100 characters, at most 50', () => {
    expect(validateAllergies([' Penicillin ', '', 'penicillin', 'بنسلين', '  '])).toEqual(['Penicillin', 'بنسلين']);
    const long = failureOf(() => validateAllergies(['Latex', 'x'.repeat(101)]));
    expect(long.code).toBe('SCHEDULING.INVALID_ALLERGIES');
    expect(long.details).toEqual({ field: 'allergies.1' });
    expect(long.message).toContain('Allergy 2 is too long');
    const many = failureOf(() => validateAllergies(Array.from({ length: 51 }, (_, i) => `allergen ${i}`)));
    expect(many.details).toEqual({ field: 'allergies' });
    expect(validateAllergies(Array.from({ length: 50 }, (_, i) => `allergen ${i}`))).toHaveLength(50);
  });

  it('keeps notes of 1-4,000 characters', () => {
    expect(validateNoteText(' BP 120/80\n ')).toBe('BP 120/80');
    expect(failureOf(() => validateNoteText('   ')).details).toEqual({ field: 'text' });
    expect(failureOf(() => validateNoteText('x'.repeat(4001))).message).toContain('at most 4000');
    expect(validateNoteText('x'.repeat(4000))).toHaveLength(4000);
  });

  it('knows the consent kinds', () => {
    expect(validateConsentKind('whatsapp')).toBe('whatsapp');
    expect(failureOf(() => validateConsentKind('sms')).details).toEqual({ field: 'kind' });
  });
});

describe('who sees clinical data', () => {
  const profile: PatientProfile = {
    id: 'pat_1',
    phone: '+201012345678',
    name: 'Hana',
    language: 'ar',
    intakeSummary: '',
    consent: defaultConsent(),
    noShowCount: 0,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
  };
  const clinical: ClinicalRecord = { allergies: ['Latex'], clinicalNotes: [{ id: 'note_1', text: 'secret', authorId: 'usr_doc', at: new Date(0) }] };

  it('follows the permission matrix, and never lets the AI agent in', () => {
    expect(mayAccessClinical('owner')).toBe(true);
    expect(mayAccessClinical('doctor')).toBe(true);
    expect(mayAccessClinical('receptionist')).toBe(false);
    expect(mayAccessClinical('ai_agent')).toBe(false);
    expect(mayAccessClinical(undefined)).toBe(false);
  });

  it('leaves the clinical keys out (not empty) for other roles, even when handed the data', () => {
    for (const role of ['receptionist', 'ai_agent', undefined] as const) {
      const view = patientView(profile, clinical, role);
      expect('allergies' in view).toBe(false);
      expect('clinicalNotes' in view).toBe(false);
      expect(JSON.stringify(view)).not.toContain('secret');
    }
    expect(patientView(profile, clinical, 'doctor')).toMatchObject({ allergies: ['Latex'], clinicalNotes: [{ id: 'note_1', text: 'secret', at: '1970-01-01T00:00:00.000Z' }] });
  });
});
