import { parsePhoneNumberFromString, isSupportedCountry } from 'libphonenumber-js/max';
import { InvalidInput, type ClinicId } from '@frontdesk/shared-kernel';
import { toAsciiDigits } from '../domain/patient-search';

/**
 * Patient phone numbers in E.164, parsed with libphonenumber-js and its full
 * ("max") metadata, so numbers are validated against each country's real
 * ranges (Egyptian mobiles are 10/11/12/15 + 8 digits), not only by length.
 */

export interface ParsedPhone {
  /** +201012345678 */
  e164: string;
  /** 1012345678: the number inside its country, without the trunk 0. */
  nationalNumber: string;
  /** 20 */
  countryCallingCode: string;
}

/** Where the default region of a clinic's local numbers comes from (`EG`: 010... means +2010...). */
export interface PhoneRegionSource {
  defaultRegion(clinicId: ClinicId): Promise<string>;
}

/** Every clinic in one region, until the clinic profile carries its country. */
export function fixedPhoneRegion(region: string): PhoneRegionSource {
  if (!isSupportedCountry(region)) throw new TypeError(`Not a supported phone region: ${JSON.stringify(region)}`);
  return { defaultRegion: async () => region };
}

const MAX_RAW_LENGTH = 40;
/** What people type around the digits: spaces (also no-break), dashes, dots, brackets, and bidi marks pasted from Arabic text. */
const DECORATION = /[\s\u00A0\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C().\-\u2010-\u2015\/]/g;

function refuse(raw: string, why: string): InvalidInput {
  const shown = raw.length > MAX_RAW_LENGTH ? `${raw.slice(0, MAX_RAW_LENGTH)}...` : raw;
  return new InvalidInput('SCHEDULING.INVALID_PHONE', `"${shown.trim()}" is not a phone number we can use: ${why}`, { field: 'phone' });
}

/**
 * Parses what staff or a patient typed: `010 1234 5678` (with the region's
 * trunk 0), `+20 10 1234 5678`, `0020 10 1234 5678`, Arabic-Indic digits
 * (`٠١٠١٢٣٤٥٦٧٨`), with spaces, dashes, dots or brackets. Anything else
 * (letters, an extension, a number outside the country's ranges) throws
 * InvalidInput `SCHEDULING.INVALID_PHONE` with `field: 'phone'`.
 */
export function parsePhone(raw: string, defaultRegion: string): ParsedPhone {
  if (!isSupportedCountry(defaultRegion)) throw new TypeError(`Not a supported phone region: ${JSON.stringify(defaultRegion)}`);
  if (typeof raw !== 'string' || raw.trim().length === 0) throw refuse('', 'it is empty');
  if (raw.length > MAX_RAW_LENGTH) throw refuse(raw, 'it is too long');
  const compact = toAsciiDigits(raw).replace(DECORATION, '');
  if (!/^\+?\d+$/.test(compact)) throw refuse(raw, 'use digits only, with an optional + in front (no letters or extensions)');
  // 00 is the international prefix in Egypt and most of the region; libphonenumber only knows it as the default region's IDD.
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const parsed = parsePhoneNumberFromString(international, defaultRegion);
  if (!parsed || parsed.ext || !parsed.isValid()) {
    throw refuse(raw, 'check the digits, or write it with + and the country code, e.g. +20 10 1234 5678');
  }
  return { e164: parsed.number, nationalNumber: parsed.nationalNumber, countryCallingCode: parsed.countryCallingCode };
}

/** E.164 (`+201012345678`) of what was typed; see parsePhone. */
export function normalizePhone(raw: string, defaultRegion: string): string {
  return parsePhone(raw, defaultRegion).e164;
}
