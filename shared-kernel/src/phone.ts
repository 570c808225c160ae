import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { toAsciiDigits } from './digits';
import type { ClinicId } from './ids';

/**
 * Patients' phone numbers, read one way everywhere (scheduling's patient
 * records, identity's verification): libphonenumber-js with its full ("max")
 * metadata, so numbers are checked against each country's real ranges, and
 * `010 1234 5678`, `+20 10 1234 5678`, `0020 10 1234 5678` and
 * `٠١٠١٢٣٤٥٦٧٨` are one number. A separate entry (`@frontdesk/shared-kernel/phone`)
 * so the metadata never reaches a web bundle.
 */


/** Where the default region of a clinic's local numbers comes from (`EG`: 010... means +2010...). */
export interface PhoneRegionSource {
  defaultRegion(clinicId: ClinicId): Promise<string>;
}

/** Every clinic in one region, until the clinic profile carries its country. */
export function fixedPhoneRegion(region: string): PhoneRegionSource {
  if (!isSupportedCountry(region)) throw new TypeError(`Not a supported phone region: ${JSON.stringify(region)}`);
  return { defaultRegion: async () => region };
}

export const PHONE_MAX_RAW_LENGTH = 40;
/** What people type around the digits: spaces (also no-break), dashes, dots, brackets, slashes and bidi marks pasted from Arabic text. */
const DECORATION = /[\s\u00A0\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C().\-\u2010-\u2015\/]/g;

export type PhoneReading =
  | { ok: true; /** +201012345678 */ e164: string; /** 1012345678: inside its country, without the trunk 0. */ nationalNumber: string; /** 20 */ countryCallingCode: string }
  /** Why it is not a number: callers word their own errors (and decide whether to repeat what was typed). */
  | { ok: false; problem: 'empty' | 'too_long' | 'not_digits' | 'not_a_number' };

/** Reads what a patient or staff typed; letters, an extension or a number outside the country's ranges are `not_a_number`/`not_digits`. */
export function readPhone(raw: string, defaultRegion: string): PhoneReading {
  if (!isSupportedCountry(defaultRegion)) throw new TypeError(`Not a supported phone region: ${JSON.stringify(defaultRegion)}`);
  if (typeof raw !== 'string' || raw.trim().length === 0) return { ok: false, problem: 'empty' };
  if (raw.length > PHONE_MAX_RAW_LENGTH) return { ok: false, problem: 'too_long' };
  const compact = toAsciiDigits(raw).replace(DECORATION, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, problem: 'not_digits' };
  // 00 is the international prefix in Egypt and most of the region; libphonenumber only knows it as the default region's IDD.
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const parsed = parsePhoneNumberFromString(international, defaultRegion);
  if (!parsed || parsed.ext || !parsed.isValid()) return { ok: false, problem: 'not_a_number' };
  return { ok: true, e164: parsed.number, nationalNumber: parsed.nationalNumber, countryCallingCode: parsed.countryCallingCode };
}
