import { describe, expect, it } from 'vitest';
import { clinicId } from '@frontdesk/shared-kernel';
import {
  assertBranchDeletable,
  assertCurrencyChangeable,
  buildBranch,
  buildDoctor,
  buildFaqEntry,
  buildService,
  defaultAiSettings,
  validateAiSettings,
  validatePhone,
  type AiSettingsDraft,
  type BranchDraft,
  type CatalogState,
  type ServiceDraft,
} from './catalog';
import { closedAllWeek } from './opening-hours';
import { suspendClinic, resumeClinic, validateClinic, validateProfileFields, type Clinic } from './clinic';

const clinic: Clinic = {
  id: clinicId('nile-dental'),
  name: 'Nile Dental',
  timezone: 'Africa/Cairo',
  defaultLanguage: 'ar',
  currency: 'EGP',
  status: 'active',
  suspension: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

function catalog(overrides: Partial<CatalogState> = {}): CatalogState {
  return { clinic, branches: [], doctors: [], services: [], faq: [], aiSettings: null, revision: 0, ...overrides };
}

const zamalek = { id: 'brn_1', name: 'Zamalek', nameAr: 'الزمالك', address: '12 Brazil St, Zamalek, Cairo', phone: '+20227350000', openingHours: closedAllWeek() };

/** The DomainError a rule throws, so tests can read its code, message and field. */
function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    return error as { code: string; kind: string; message: string; details?: { field?: string } };
  }
  throw new Error('expected a refusal');
}

describe('the clinic profile', () => {
  it('normalises the currency code and keeps the rest', () => {
    expect(validateProfileFields({ name: ' Nile Dental ', timezone: 'Africa/Cairo', defaultLanguage: 'en', currency: ' egp ' })).toEqual({
      name: 'Nile Dental',
      timezone: 'Africa/Cairo',
      defaultLanguage: 'en',
      currency: 'EGP',
    });
  });

  it('explains a bad currency, time zone, language and name', () => {
    const base = { name: 'Nile Dental', timezone: 'Africa/Cairo', defaultLanguage: 'en' as const, currency: 'EGP' };
    expect(refusal(() => validateProfileFields({ ...base, currency: 'pounds' }))).toMatchObject({
      code: 'TENANCY.INVALID_CURRENCY',
      message: '"pounds" is not a currency code: use the three-letter ISO 4217 code, e.g. EGP, SAR, AED or USD',
    });
    expect(refusal(() => validateProfileFields({ ...base, currency: 'ABC' })).code).toBe('TENANCY.INVALID_CURRENCY');
    expect(refusal(() => validateProfileFields({ ...base, timezone: 'Cairo' }))).toMatchObject({
      code: 'TENANCY.INVALID_TIMEZONE',
      message: 'Unknown time zone: "Cairo". Use an IANA time zone name such as Africa/Cairo or Asia/Riyadh',
    });
    expect(refusal(() => validateProfileFields({ ...base, defaultLanguage: 'fr' as never })).code).toBe('TENANCY.INVALID_LANGUAGE');
    expect(refusal(() => validateProfileFields({ ...base, name: 'N' }))).toMatchObject({
      code: 'TENANCY.INVALID_NAME',
      message: 'The clinic name is too short: it needs at least 2 characters',
    });
  });

  it('keeps the whole clinic record valid', () => {
    expect(validateClinic({ ...clinic, currency: 'usd' }).currency).toBe('USD');
  });

  it('suspends an active clinic once and resumes only a suspended one', () => {
    const since = new Date('2026-02-01T00:00:00Z');
    const suspended = suspendClinic(clinic, { reason: ' unpaid invoices ', since, by: 'operator:op_1' });
    expect(suspended).toMatchObject({ status: 'suspended', suspension: { reason: 'unpaid invoices', since, by: 'operator:op_1' } });
    expect(refusal(() => suspendClinic(suspended, { reason: 'again', since, by: 'operator:op_1' }))).toMatchObject({
      code: 'TENANCY.ALREADY_SUSPENDED',
      kind: 'precondition',
    });
    expect(refusal(() => suspendClinic(clinic, { reason: ' ', since, by: 'operator:op_1' })).code).toBe('TENANCY.INVALID_REASON');
    expect(resumeClinic(suspended)).toMatchObject({ status: 'active', suspension: null });
    expect(refusal(() => resumeClinic(clinic)).code).toBe('TENANCY.NOT_SUSPENDED');
  });
});

describe('a branch', () => {
  const draft: BranchDraft = {
    name: ' Maadi ',
    nameAr: 'المعادي',
    address: 'Road 9, Maadi, Cairo',
    phone: '+20 2 2358-0000',
    openingHours: { sat: [{ from: '10:00', to: '22:00' }] },
  };

  it('is trimmed, gets its phone in E.164 and a full week of hours', () => {
    const branch = buildBranch('brn_2', draft, catalog());
    expect(branch).toMatchObject({ id: 'brn_2', name: 'Maadi', phone: '+20223580000' });
    expect(branch.openingHours.sat).toEqual([{ from: '10:00', to: '22:00' }]);
    expect(branch.openingHours.fri).toEqual([]);
  });

  it('needs a phone in international format and says how to write one', () => {
    for (const phone of ['01001234567', '+0201001234567', '+20 100 123 4567 89012', 'call us']) {
      expect(refusal(() => buildBranch('brn_2', { ...draft, phone }, catalog()))).toMatchObject({
        code: 'TENANCY.INVALID_PHONE',
        details: { field: 'phone' },
      });
    }
    expect(refusal(() => validatePhone('01001234567')).message).toBe(
      '"01001234567" is not a phone number in international format. Start with + and the country code, then the number, e.g. +20 100 123 4567',
    );
  });

  it('needs a name, an Arabic name and an address', () => {
    expect(refusal(() => buildBranch('brn_2', { ...draft, name: '  ' }, catalog()))).toMatchObject({
      code: 'TENANCY.INVALID_NAME',
      message: 'The branch name is missing',
    });
    expect(refusal(() => buildBranch('brn_2', { ...draft, nameAr: '' }, catalog()))).toMatchObject({
      code: 'TENANCY.INVALID_ARABIC_NAME',
      message: 'The Arabic branch name is missing',
    });
    expect(refusal(() => buildBranch('brn_2', { ...draft, address: 'x'.repeat(301) }, catalog()))).toMatchObject({
      code: 'TENANCY.INVALID_ADDRESS',
      message: 'The address is too long: 301 characters, at most 300',
    });
  });

  it('has a name no other branch of the clinic has, whatever the case', () => {
    expect(refusal(() => buildBranch('brn_2', { ...draft, name: 'ZAMALEK' }, catalog({ branches: [zamalek] })))).toMatchObject({
      code: 'TENANCY.DUPLICATE_NAME',
      message: 'There is already a branch named "ZAMALEK"; give each branch its own name',
    });
    expect(buildBranch('brn_1', { ...draft, name: 'Zamalek' }, catalog({ branches: [zamalek] })).name).toBe('Zamalek');
  });

  it('cannot be deleted while a doctor works there, and the message names the doctors', () => {
    const doctors = [
      { id: 'doc_1', name: 'Dr. Hana Adel', nameAr: 'د. هناء عادل', specialty: 'Orthodontics', branchIds: ['brn_1'] },
      { id: 'doc_2', name: 'Dr. Omar Said', nameAr: 'د. عمر سعيد', specialty: 'Endodontics', branchIds: ['brn_9'] },
    ];
    expect(refusal(() => assertBranchDeletable('brn_1', catalog({ branches: [zamalek], doctors })))).toMatchObject({
      code: 'TENANCY.BRANCH_IN_USE',
      kind: 'conflict',
      message: 'Dr. Hana Adel works at this branch. Move them to another branch first',
    });
    expect(() => assertBranchDeletable('brn_1', catalog({ branches: [zamalek] }))).not.toThrow();
  });
});

describe('a doctor', () => {
  const draft = { name: 'Dr. Hana Adel', nameAr: 'د. هناء عادل', specialty: 'Orthodontics', branchIds: ['brn_1', 'brn_1'] };

  it('works at branches of the clinic, each listed once', () => {
    expect(buildDoctor('doc_1', draft, catalog({ branches: [zamalek] })).branchIds).toEqual(['brn_1']);
  });

  it('is refused at a branch the clinic does not have, naming it', () => {
    expect(refusal(() => buildDoctor('doc_1', { ...draft, branchIds: ['brn_1', 'brn_x'] }, catalog({ branches: [zamalek] })))).toMatchObject({
      code: 'TENANCY.UNKNOWN_BRANCH',
      message: "This branch does not exist in this clinic: brn_x. Choose among the clinic's branches",
      details: { field: 'branchIds' },
    });
  });

  it('works at one branch at least and has a specialty', () => {
    expect(refusal(() => buildDoctor('doc_1', { ...draft, branchIds: [] }, catalog({ branches: [zamalek] })))).toMatchObject({
      code: 'TENANCY.INVALID_BRANCHES',
      message: 'Choose at least one branch where the doctor works',
    });
    expect(refusal(() => buildDoctor('doc_1', { ...draft, specialty: '' }, catalog({ branches: [zamalek] }))).code).toBe('TENANCY.INVALID_SPECIALTY');
  });
});

describe('a service', () => {
  const draft: ServiceDraft = { name: 'Scaling', nameAr: 'تنظيف الجير', durationMinutes: 30, bufferMinutes: 10, priceMinor: 50000, depositMinor: 10000 };

  it('keeps price and deposit in minor units of the clinic currency', () => {
    expect(buildService('svc_1', draft, catalog())).toEqual({ id: 'svc_1', ...draft });
  });

  it('treats a missing or zero deposit as none', () => {
    expect(buildService('svc_1', { ...draft, depositMinor: undefined }, catalog()).depositMinor).toBeNull();
    expect(buildService('svc_1', { ...draft, depositMinor: 0 }, catalog()).depositMinor).toBeNull();
  });

  it('refuses a deposit above the price, showing both amounts in the clinic currency', () => {
    expect(refusal(() => buildService('svc_1', { ...draft, priceMinor: 20000, depositMinor: 25000 }, catalog()))).toMatchObject({
      code: 'TENANCY.DEPOSIT_EXCEEDS_PRICE',
      message: 'The deposit (250.00 EGP) is more than the price (200.00 EGP); it can be at most the price',
      details: { field: 'depositMinor' },
    });
    const kuwait = catalog({ clinic: { ...clinic, currency: 'KWD' } });
    expect(refusal(() => buildService('svc_1', { ...draft, priceMinor: 1000, depositMinor: 1500 }, kuwait)).message).toContain('(1.500 KWD)');
  });

  it('explains that amounts are whole minor units', () => {
    expect(refusal(() => buildService('svc_1', { ...draft, priceMinor: 150.5 }, catalog()))).toMatchObject({
      code: 'TENANCY.INVALID_PRICE',
      message: "The price 150.5 is not valid. Amounts are whole numbers of the smallest unit of EGP: 15000 means 150.00 EGP, and the price can't be negative",
    });
    expect(refusal(() => buildService('svc_1', { ...draft, priceMinor: -1 }, catalog())).code).toBe('TENANCY.INVALID_PRICE');
    expect(refusal(() => buildService('svc_1', { ...draft, depositMinor: -5 }, catalog())).code).toBe('TENANCY.INVALID_DEPOSIT');
  });

  it('lasts 5 to 480 whole minutes with a buffer of 0 to 240', () => {
    expect(refusal(() => buildService('svc_1', { ...draft, durationMinutes: 0 }, catalog()))).toMatchObject({
      code: 'TENANCY.INVALID_DURATION',
      message: 'The duration must be a whole number of minutes from 5 to 480, not 0',
    });
    expect(refusal(() => buildService('svc_1', { ...draft, durationMinutes: 22.5 }, catalog())).code).toBe('TENANCY.INVALID_DURATION');
    expect(refusal(() => buildService('svc_1', { ...draft, bufferMinutes: -5 }, catalog()))).toMatchObject({
      code: 'TENANCY.INVALID_BUFFER',
      message: 'The buffer must be a whole number of minutes from 0 to 240, not -5',
    });
  });

  it('keeps the currency while services carry prices', () => {
    const priced = catalog({ services: [{ id: 'svc_1', ...draft, depositMinor: null }] });
    expect(refusal(() => assertCurrencyChangeable(priced, 'USD'))).toMatchObject({
      code: 'TENANCY.CURRENCY_IN_USE',
      message: 'Prices are stored in EGP: set the price and deposit of Scaling to 0 first, then change the currency and enter the new prices',
    });
    expect(() => assertCurrencyChangeable(priced, 'EGP')).not.toThrow();
    const free = catalog({ services: [{ id: 'svc_1', ...draft, priceMinor: 0, depositMinor: null }] });
    expect(() => assertCurrencyChangeable(free, 'USD')).not.toThrow();
  });
});

describe('an FAQ entry', () => {
  it('has a question, an answer and a language, and no twin question in that language', () => {
    const entry = buildFaqEntry('faq_1', { question: 'Do you take insurance?', answer: 'Yes, most major insurers.', language: 'en' }, catalog());
    expect(entry.language).toBe('en');
    const withEntry = catalog({ faq: [entry] });
    expect(refusal(() => buildFaqEntry('faq_2', { question: 'do you take INSURANCE?', answer: 'Yes', language: 'en' }, withEntry)).code).toBe(
      'TENANCY.DUPLICATE_NAME',
    );
    expect(buildFaqEntry('faq_2', { question: 'Do you take insurance?', answer: 'نعم', language: 'ar' }, withEntry).language).toBe('ar');
    expect(refusal(() => buildFaqEntry('faq_2', { question: 'Hi', answer: 'x', language: 'en' }, catalog()))).toMatchObject({
      code: 'TENANCY.INVALID_QUESTION',
      message: 'The question is too short: it needs at least 3 characters',
    });
    expect(refusal(() => buildFaqEntry('faq_2', { question: 'Parking?', answer: ' ', language: 'en' }, catalog())).code).toBe('TENANCY.INVALID_ANSWER');
    expect(refusal(() => buildFaqEntry('faq_2', { question: 'Parking?', answer: 'Yes', language: 'de' }, catalog())).code).toBe('TENANCY.INVALID_LANGUAGE');
  });
});

describe('AI settings', () => {
  const defaults = defaultAiSettings(clinic);

  it('start careful: guardrails enforced, flagged replies reviewed, emergencies escalated, greetings naming the clinic', () => {
    expect(defaults).toMatchObject({ guardrailMode: 'enforce', humanReview: 'flagged', personaName: 'Nour' });
    expect(defaults.greetings.en).toContain('Nile Dental');
    expect(defaults.greetings.ar).toContain('Nile Dental');
    expect(defaults.escalationRules).toEqual(expect.arrayContaining(['emergency', 'chest pain', 'طوارئ']));
    expect(validateAiSettings(defaults)).toEqual(defaults);
  });

  it('drop duplicate escalation rules and explain each refusal', () => {
    const draft: AiSettingsDraft = { ...defaults, escalationRules: ['Refund', ' refund ', 'lawyer'] };
    expect(validateAiSettings(draft).escalationRules).toEqual(['Refund', 'lawyer']);
    expect(refusal(() => validateAiSettings({ ...defaults, escalationRules: ['ok', 'x'] }))).toMatchObject({
      code: 'TENANCY.INVALID_ESCALATION_RULES',
      message: 'Escalation rule 2 is too short: it needs at least 2 characters',
      details: { field: 'escalationRules.1' },
    });
    expect(refusal(() => validateAiSettings({ ...defaults, greetings: { ...defaults.greetings, ar: '' } }))).toMatchObject({
      code: 'TENANCY.INVALID_GREETING',
      message: 'The Arabic greeting is missing',
    });
    expect(refusal(() => validateAiSettings({ ...defaults, personaName: 'x'.repeat(61) })).code).toBe('TENANCY.INVALID_PERSONA_NAME');
    expect(refusal(() => validateAiSettings({ ...defaults, guardrailMode: 'off' })).code).toBe('TENANCY.INVALID_GUARDRAIL_MODE');
    expect(refusal(() => validateAiSettings({ ...defaults, humanReview: 'some' })).code).toBe('TENANCY.INVALID_HUMAN_REVIEW');
  });
});
