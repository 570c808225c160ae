import { PreconditionFailed, type ClinicId } from '@frontdesk/shared-kernel';
import { invalid, text } from './rules';

export const CLINIC_LANGUAGES = ['en', 'ar'] as const;
export type ClinicLanguage = (typeof CLINIC_LANGUAGES)[number];

export const CLINIC_STATUSES = ['active', 'suspended'] as const;
export type ClinicStatus = (typeof CLINIC_STATUSES)[number];

export const DEFAULT_CURRENCY = 'EGP';

/** Why and since when an operator suspended the clinic. */
export interface Suspension {
  reason: string;
  since: Date;
  /** The operator, as `describeActor` writes it (`operator:op_1`). */
  by: string;
}

export interface Clinic {
  id: ClinicId;
  name: string;
  /** IANA time zone, e.g. Africa/Cairo; opening hours are local to it. */
  timezone: string;
  defaultLanguage: ClinicLanguage;
  /** ISO 4217 code; every price in the catalog is in minor units of it. */
  currency: string;
  status: ClinicStatus;
  /** Set while the clinic is suspended, null otherwise. */
  suspension: Suspension | null;
  createdAt: Date;
}

/** The fields an owner edits on the clinic itself. */
export interface ProfileFields {
  name: string;
  timezone: string;
  defaultLanguage: ClinicLanguage;
  currency: string;
}

export function isValidTimezone(timezone: string): boolean {
  if (timezone.trim() !== timezone || timezone.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

let currencies: ReadonlySet<string> | undefined;

/** ISO 4217 codes in current use, as the runtime's ICU knows them (EGP, SAR, AED, USD, ...). */
export function isIsoCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

const minorDigitsCache = new Map<string, number>();

/** Digits after the decimal point of a currency: 2 for EGP, 3 for KWD, 0 for JPY (from ICU; 2 when unknown). */
export function minorUnitDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

/** Minor units to the major-unit amount: 35000 EGP -> 350. */
export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorUnitDigits(currency);
}

/** "150.00 EGP" for 15000 minor units of EGP: used in messages to owners. */
export function formatMinor(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  return `${(amount / 10 ** digits).toFixed(digits)} ${currency}`;
}

export function validateCurrency(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !isIsoCurrency(code)) {
    throw invalid(
      'TENANCY.INVALID_CURRENCY',
      `"${value}" is not a currency code: use the three-letter ISO 4217 code, e.g. EGP, SAR, AED or USD`,
      'currency',
    );
  }
  return code;
}

export function validateLanguage(value: string, field = 'defaultLanguage'): ClinicLanguage {
  if (!(CLINIC_LANGUAGES as readonly string[]).includes(value)) {
    throw invalid('TENANCY.INVALID_LANGUAGE', `The language must be "en" (English) or "ar" (Arabic), not "${value}"`, field);
  }
  return value as ClinicLanguage;
}

/** The rules the editable profile fields must meet, whoever writes them. */
export function validateProfileFields(fields: ProfileFields): ProfileFields {
  const name = text(fields.name, { code: 'TENANCY.INVALID_NAME', field: 'name', label: 'The clinic name', min: 2, max: 120 });
  if (!isValidTimezone(fields.timezone)) {
    throw invalid(
      'TENANCY.INVALID_TIMEZONE',
      `Unknown time zone: "${fields.timezone}". Use an IANA time zone name such as Africa/Cairo or Asia/Riyadh`,
      'timezone',
    );
  }
  return {
    name,
    timezone: fields.timezone,
    defaultLanguage: validateLanguage(fields.defaultLanguage),
    currency: validateCurrency(fields.currency),
  };
}

/** The rules a whole clinic record must meet. */
export function validateClinic(clinic: Clinic): Clinic {
  return { ...clinic, ...validateProfileFields(clinic) };
}

export function validateSuspensionReason(value: string): string {
  return text(value, { code: 'TENANCY.INVALID_REASON', field: 'reason', label: 'The reason for the suspension', min: 3, max: 500 });
}

export function suspendClinic(clinic: Clinic, suspension: Suspension): Clinic {
  if (clinic.status === 'suspended') {
    throw new PreconditionFailed('TENANCY.ALREADY_SUSPENDED', `Clinic ${clinic.id} is already suspended`);
  }
  return { ...clinic, status: 'suspended', suspension: { ...suspension, reason: validateSuspensionReason(suspension.reason) } };
}

export function resumeClinic(clinic: Clinic): Clinic {
  if (clinic.status !== 'suspended') {
    throw new PreconditionFailed('TENANCY.NOT_SUSPENDED', `Clinic ${clinic.id} is not suspended`);
  }
  return { ...clinic, status: 'active', suspension: null };
}
