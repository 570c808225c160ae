import { InvalidInput } from '@frontdesk/shared-kernel';
import { PHONE_MAX_RAW_LENGTH, readPhone } from '@frontdesk/shared-kernel/phone';

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

export { fixedPhoneRegion, type PhoneRegionSource } from '@frontdesk/shared-kernel/phone';

const WHY = {
  empty: 'it is empty',
  too_long: 'it is too long',
  not_digits: 'use digits only, with an optional + in front (no letters or extensions)',
  not_a_number: 'check the digits, or write it with + and the country code, e.g. +20 10 1234 5678',
} as const;

function refuse(raw: string, why: string): InvalidInput {
  const shown = raw.length > PHONE_MAX_RAW_LENGTH ? `${raw.slice(0, PHONE_MAX_RAW_LENGTH)}...` : raw;
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
  const reading = readPhone(raw, defaultRegion);
  if (!reading.ok) throw refuse(reading.problem === 'empty' ? '' : raw, WHY[reading.problem]);
  return { e164: reading.e164, nationalNumber: reading.nationalNumber, countryCallingCode: reading.countryCallingCode };
}

/** E.164 (`+201012345678`) of what was typed; see parsePhone. */
export function normalizePhone(raw: string, defaultRegion: string): string {
  return parsePhone(raw, defaultRegion).e164;
}
