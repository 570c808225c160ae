import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { InvalidInput, type ClinicId } from '@frontdesk/shared-kernel';
import { toAsciiDigits } from '../domain/patient-identity';

/**
 * Patients' phone numbers in E.164, read the way scheduling reads them
 * (modules/scheduling/src/application/phone.ts; identity may not import
 * scheduling, which sits above it): libphonenumber-js with its full ("max")
 * metadata and the clinic's default region, so `010 1234 5678`,
 * `+20 10 1234 5678`, `0020 10 1234 5678` and `٠١٠١٢٣٤٥٦٧٨` are one number.
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

const MAX_RAW_LENGTH = 40;
/** Spaces (also no-break), dashes, dots, brackets, slashes and bidi marks pasted from Arabic text. */
const DECORATION = /[\s\u00A0\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C().\-\u2010-\u2015\/]/g;

function refuse(): InvalidInput {
  // The number itself is not repeated: error texts end up in logs and on screens.
  return new InvalidInput(
    'IDENTITY.INVALID_PHONE',
    'This is not a phone number we can use: check the digits, or write it with + and the country code, e.g. +20 10 1234 5678',
    { field: 'phone' },
  );
}

/** E.164 of what a patient or a receptionist typed; InvalidInput `IDENTITY.INVALID_PHONE` (field `phone`) otherwise. */
export function normalizePatientPhone(raw: string, defaultRegion: string): string {
  if (!isSupportedCountry(defaultRegion)) throw new TypeError(`Not a supported phone region: ${JSON.stringify(defaultRegion)}`);
  if (typeof raw !== 'string' || raw.trim().length === 0 || raw.length > MAX_RAW_LENGTH) throw refuse();
  const compact = toAsciiDigits(raw).replace(DECORATION, '');
  if (!/^\+?\d+$/.test(compact)) throw refuse();
  // 00 is the international prefix in Egypt and most of the region; libphonenumber only knows it as the default region's IDD.
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  const parsed = parsePhoneNumberFromString(international, defaultRegion);
  if (!parsed || parsed.ext || !parsed.isValid()) throw refuse();
  return parsed.number;
}

/**
 * The E.164 form of an inbound sender: `+201012345678`, or WhatsApp's `wa_id`
 * without the `+`. Null when it is not a valid international number.
 */
export function senderPhone(sender: string): string | null {
  if (typeof sender !== 'string') return null;
  const compact = sender.trim();
  if (!/^\+?\d{6,15}$/.test(compact)) return null;
  const parsed = parsePhoneNumberFromString(compact.startsWith('+') ? compact : `+${compact}`);
  return parsed?.isValid() ? parsed.number : null;
}
