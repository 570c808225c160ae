import { Conflict, PreconditionFailed } from '@frontdesk/shared-kernel';
import { formatMinor, minorUnitDigits, validateLanguage, type Clinic, type ClinicLanguage } from './clinic';
import { validateOpeningHours, type OpeningHours, type OpeningHoursDraft } from './opening-hours';
import { invalid, isWholeNumber, sameText, text } from './rules';

/**
 * The clinic's verified catalog: what scheduling, the AI agent and the
 * guardrails may tell patients. Entities are plain data; the builders below
 * are the only way to make one, so every stored entity met these rules.
 */

export interface Branch {
  id: string;
  name: string;
  nameAr: string;
  address: string;
  /** E.164, e.g. +201001234567. */
  phone: string;
  openingHours: OpeningHours;
}

export interface Doctor {
  id: string;
  name: string;
  nameAr: string;
  specialty: string;
  /** Branches of this clinic the doctor works at; at least one. */
  branchIds: string[];
}

export interface Service {
  id: string;
  name: string;
  nameAr: string;
  durationMinutes: number;
  /** Time kept free after the service (cleaning, notes) before the next booking. */
  bufferMinutes: number;
  /** In minor units of the clinic currency (piastres for EGP). */
  priceMinor: number;
  /** In minor units; null when the service needs no deposit. Never above the price. */
  depositMinor: number | null;
}

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  language: ClinicLanguage;
}

/** What an owner sends to create an entity (and, merged with the stored one, to update it). */
export type BranchDraft = Omit<Branch, 'id' | 'openingHours'> & { openingHours: OpeningHoursDraft };
export type DoctorDraft = Omit<Doctor, 'id'>;
export type ServiceDraft = Omit<Service, 'id' | 'depositMinor'> & { depositMinor?: number | null | undefined };
export type FaqEntryDraft = Omit<FaqEntry, 'id' | 'language'> & { language: string };

export const GUARDRAIL_MODES = ['log', 'enforce'] as const;
export type GuardrailMode = (typeof GUARDRAIL_MODES)[number];
export const HUMAN_REVIEW_MODES = ['all', 'flagged', 'none'] as const;
export type HumanReviewMode = (typeof HUMAN_REVIEW_MODES)[number];

export interface AiSettings {
  /** The name the assistant introduces itself with. */
  personaName: string;
  /** The first message of a conversation, per language. */
  greetings: Record<ClinicLanguage, string>;
  /** Phrases or topics that hand the conversation to a human (e.g. "chest pain", "complaint"). */
  escalationRules: string[];
  /** `log`: guardrail hits are recorded only; `enforce`: the reply is blocked. */
  guardrailMode: GuardrailMode;
  /** Which AI replies staff review: every one, only flagged ones, or none. */
  humanReview: HumanReviewMode;
}

export type AiSettingsDraft = Omit<AiSettings, 'guardrailMode' | 'humanReview'> & { guardrailMode: string; humanReview: string };

/** Everything tenancy knows about one clinic, at one revision. */
export interface CatalogState {
  clinic: Clinic;
  branches: Branch[];
  doctors: Doctor[];
  services: Service[];
  faq: FaqEntry[];
  /** null until an owner saves AI settings: the defaults apply. */
  aiSettings: AiSettings | null;
  /** Increases with every change; writes are compare-and-set on it. */
  revision: number;
}

export const CATALOG_LIMITS = { branches: 50, doctors: 300, services: 300, faq: 300 } as const;

function nameRules(entity: string) {
  return {
    name: { code: 'TENANCY.INVALID_NAME', field: 'name', label: `The ${entity} name`, min: 2, max: 120 },
    nameAr: { code: 'TENANCY.INVALID_ARABIC_NAME', field: 'nameAr', label: `The Arabic ${entity} name`, min: 1, max: 120 },
  };
}

function refuseDuplicate<T extends { id: string }>(
  existing: readonly T[],
  id: string,
  value: string,
  pick: (item: T) => string,
  message: string,
  field: string,
): void {
  if (existing.some((item) => item.id !== id && sameText(pick(item), value))) {
    throw invalid('TENANCY.DUPLICATE_NAME', message, field);
  }
}

const E164 = /^\+[1-9]\d{1,14}$/;

/** E.164 after removing the spaces, dashes, dots and brackets people type. */
export function validatePhone(value: string, field = 'phone'): string {
  const compact = value.replace(/[\s().-]/g, '');
  if (!E164.test(compact)) {
    throw invalid(
      'TENANCY.INVALID_PHONE',
      `"${value}" is not a phone number in international format. Start with + and the country code, then the number, e.g. +20 100 123 4567`,
      field,
    );
  }
  return compact;
}

export function buildBranch(id: string, draft: BranchDraft, catalog: CatalogState): Branch {
  const rules = nameRules('branch');
  const name = text(draft.name, rules.name);
  refuseDuplicate(catalog.branches, id, name, (b) => b.name, `There is already a branch named "${name}"; give each branch its own name`, 'name');
  return {
    id,
    name,
    nameAr: text(draft.nameAr, rules.nameAr),
    address: text(draft.address, { code: 'TENANCY.INVALID_ADDRESS', field: 'address', label: 'The address', min: 3, max: 300 }),
    phone: validatePhone(draft.phone),
    openingHours: validateOpeningHours(draft.openingHours),
  };
}

export function buildDoctor(id: string, draft: DoctorDraft, catalog: CatalogState): Doctor {
  const rules = nameRules('doctor');
  const branchIds = [...new Set(draft.branchIds.map((b) => b.trim()))];
  if (branchIds.length === 0) {
    throw invalid('TENANCY.INVALID_BRANCHES', 'Choose at least one branch where the doctor works', 'branchIds');
  }
  const unknown = branchIds.filter((branchId) => !catalog.branches.some((b) => b.id === branchId));
  if (unknown.length > 0) {
    throw invalid(
      'TENANCY.UNKNOWN_BRANCH',
      `${unknown.length === 1 ? 'This branch does' : 'These branches do'} not exist in this clinic: ${unknown.join(', ')}. Choose among the clinic's branches`,
      'branchIds',
    );
  }
  return {
    id,
    name: text(draft.name, rules.name),
    nameAr: text(draft.nameAr, rules.nameAr),
    specialty: text(draft.specialty, { code: 'TENANCY.INVALID_SPECIALTY', field: 'specialty', label: 'The specialty', min: 2, max: 120 }),
    branchIds,
  };
}

export function buildService(id: string, draft: ServiceDraft, catalog: CatalogState): Service {
  const rules = nameRules('service');
  const currency = catalog.clinic.currency;
  const name = text(draft.name, rules.name);
  refuseDuplicate(catalog.services, id, name, (s) => s.name, `There is already a service named "${name}"; give each service its own name`, 'name');
  const { durationMinutes, bufferMinutes, priceMinor } = draft;
  if (!isWholeNumber(durationMinutes) || durationMinutes < 5 || durationMinutes > 480) {
    throw invalid('TENANCY.INVALID_DURATION', `The duration must be a whole number of minutes from 5 to 480, not ${durationMinutes}`, 'durationMinutes');
  }
  if (!isWholeNumber(bufferMinutes) || bufferMinutes < 0 || bufferMinutes > 240) {
    throw invalid('TENANCY.INVALID_BUFFER', `The buffer must be a whole number of minutes from 0 to 240, not ${bufferMinutes}`, 'bufferMinutes');
  }
  const example = 150 * 10 ** minorUnitDigits(currency);
  const unit = `Amounts are whole numbers of the smallest unit of ${currency}: ${example} means ${formatMinor(example, currency)}`;
  if (!isWholeNumber(priceMinor) || priceMinor < 0 || priceMinor > 1_000_000_000) {
    throw invalid('TENANCY.INVALID_PRICE', `The price ${priceMinor} is not valid. ${unit}, and the price can't be negative`, 'priceMinor');
  }
  let depositMinor = draft.depositMinor ?? null;
  if (depositMinor !== null) {
    if (!isWholeNumber(depositMinor) || depositMinor < 0) {
      throw invalid('TENANCY.INVALID_DEPOSIT', `The deposit ${depositMinor} is not valid. ${unit}, and the deposit can't be negative`, 'depositMinor');
    }
    if (depositMinor === 0) depositMinor = null;
  }
  if (depositMinor !== null && depositMinor > priceMinor) {
    throw invalid(
      'TENANCY.DEPOSIT_EXCEEDS_PRICE',
      `The deposit (${formatMinor(depositMinor, currency)}) is more than the price (${formatMinor(priceMinor, currency)}); it can be at most the price`,
      'depositMinor',
    );
  }
  return { id, name, nameAr: text(draft.nameAr, rules.nameAr), durationMinutes, bufferMinutes, priceMinor, depositMinor };
}

export function buildFaqEntry(id: string, draft: FaqEntryDraft, catalog: CatalogState): FaqEntry {
  const language = validateLanguage(draft.language, 'language');
  const question = text(draft.question, { code: 'TENANCY.INVALID_QUESTION', field: 'question', label: 'The question', min: 3, max: 300 });
  refuseDuplicate(
    catalog.faq.filter((f) => f.language === language),
    id,
    question,
    (f) => f.question,
    'This question is already in the FAQ in that language; edit the existing entry instead',
    'question',
  );
  const answer = text(draft.answer, { code: 'TENANCY.INVALID_ANSWER', field: 'answer', label: 'The answer', min: 1, max: 2000 });
  return { id, question, answer, language };
}

/** Branches cannot be deleted while doctors work there: a doctor always works somewhere real. */
export function assertBranchDeletable(id: string, catalog: CatalogState): void {
  const doctors = catalog.doctors.filter((d) => d.branchIds.includes(id));
  if (doctors.length > 0) {
    const one = doctors.length === 1;
    throw new Conflict(
      'TENANCY.BRANCH_IN_USE',
      `${doctors.map((d) => d.name).join(', ')} ${one ? 'works' : 'work'} at this branch. Move ${one ? 'them' : 'each of them'} to another branch first`,
      { doctorIds: doctors.map((d) => d.id) },
    );
  }
}

export function assertRoomFor(collection: keyof typeof CATALOG_LIMITS, catalog: CatalogState): void {
  const limit = CATALOG_LIMITS[collection];
  if (catalog[collection].length >= limit) {
    throw new PreconditionFailed('TENANCY.CATALOG_LIMIT', `A clinic can have at most ${limit} ${collection === 'faq' ? 'FAQ entries' : collection}`);
  }
}

/** Prices are in minor units of the currency, so the currency stays while any price or deposit is set. */
export function assertCurrencyChangeable(catalog: CatalogState, currency: string): void {
  if (currency === catalog.clinic.currency) return;
  const priced = catalog.services.filter((s) => s.priceMinor > 0 || s.depositMinor !== null);
  if (priced.length > 0) {
    throw new PreconditionFailed(
      'TENANCY.CURRENCY_IN_USE',
      `Prices are stored in ${catalog.clinic.currency}: set the price and deposit of ${priced.map((s) => s.name).join(', ')} to 0 first, ` +
        'then change the currency and enter the new prices',
    );
  }
}

export function validateAiSettings(draft: AiSettingsDraft): AiSettings {
  const personaName = text(draft.personaName, {
    code: 'TENANCY.INVALID_PERSONA_NAME',
    field: 'personaName',
    label: "The assistant's name",
    min: 1,
    max: 60,
  });
  const greetings = {
    en: text(draft.greetings.en, { code: 'TENANCY.INVALID_GREETING', field: 'greetings.en', label: 'The English greeting', min: 1, max: 500 }),
    ar: text(draft.greetings.ar, { code: 'TENANCY.INVALID_GREETING', field: 'greetings.ar', label: 'The Arabic greeting', min: 1, max: 500 }),
  };
  if (draft.escalationRules.length > 50) {
    throw invalid('TENANCY.INVALID_ESCALATION_RULES', `There are ${draft.escalationRules.length} escalation rules; at most 50 are allowed`, 'escalationRules');
  }
  const escalationRules: string[] = [];
  draft.escalationRules.forEach((rule, index) => {
    const value = text(rule, {
      code: 'TENANCY.INVALID_ESCALATION_RULES',
      field: `escalationRules.${index}`,
      label: `Escalation rule ${index + 1}`,
      min: 2,
      max: 200,
    });
    if (!escalationRules.some((kept) => sameText(kept, value))) escalationRules.push(value);
  });
  if (!(GUARDRAIL_MODES as readonly string[]).includes(draft.guardrailMode)) {
    throw invalid(
      'TENANCY.INVALID_GUARDRAIL_MODE',
      `The guardrail mode must be "log" (record problems only) or "enforce" (block the reply), not "${draft.guardrailMode}"`,
      'guardrailMode',
    );
  }
  if (!(HUMAN_REVIEW_MODES as readonly string[]).includes(draft.humanReview)) {
    throw invalid(
      'TENANCY.INVALID_HUMAN_REVIEW',
      `Human review must be "all", "flagged" (only replies the guardrails flag) or "none", not "${draft.humanReview}"`,
      'humanReview',
    );
  }
  return {
    personaName,
    greetings,
    escalationRules,
    guardrailMode: draft.guardrailMode as GuardrailMode,
    humanReview: draft.humanReview as HumanReviewMode,
  };
}

export const DEFAULT_PERSONA_NAME = 'Nour';

/** What a new clinic starts with: a careful assistant that enforces guardrails and hands emergencies to people. */
export function defaultAiSettings(clinic: Pick<Clinic, 'name'>): AiSettings {
  return {
    personaName: DEFAULT_PERSONA_NAME,
    greetings: {
      en: `Hello! I'm ${DEFAULT_PERSONA_NAME}, the virtual receptionist of ${clinic.name}. How can I help you today?`,
      ar: `أهلاً بك! أنا ${DEFAULT_PERSONA_NAME}، المساعد الافتراضي لـ ${clinic.name}. كيف يمكنني مساعدتك اليوم؟`,
    },
    escalationRules: [
      'emergency',
      'chest pain',
      'difficulty breathing',
      'severe bleeding',
      'complaint',
      'refund',
      'speak to a person',
      'طوارئ',
      'ألم في الصدر',
      'ضيق في التنفس',
      'نزيف',
      'شكوى',
      'استرداد',
      'أريد التحدث مع موظف',
    ],
    guardrailMode: 'enforce',
    humanReview: 'flagged',
  };
}

export function effectiveAiSettings(catalog: Pick<CatalogState, 'clinic' | 'aiSettings'>): AiSettings {
  return catalog.aiSettings ?? defaultAiSettings(catalog.clinic);
}
