import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { InvalidInput } from '@frontdesk/shared-kernel';
import { readPhone } from '@frontdesk/shared-kernel/phone';

export { fixedPhoneRegion, type PhoneRegionSource } from '@frontdesk/shared-kernel/phone';

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
  const reading = readPhone(raw, defaultRegion);
  if (!reading.ok) throw refuse();
  return reading.e164;
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
