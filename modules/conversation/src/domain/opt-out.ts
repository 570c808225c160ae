import { normaliseReplyWord } from '@frontdesk/shared-kernel';
import { languageOf } from './conversation';
import type { Channel } from './inbound-message';
import type { PatientLanguage } from './language';

/**
 * STOP and START: a patient's message that is only an opt-out word stops the
 * clinic's broadcasts (news and offers) to them; a message that is only an
 * opt-in word starts them again. Pure.
 *
 * The whole message must be one of the words below after normalising (case,
 * Arabic letter forms and diacritics, spaces, punctuation and emoji at the
 * edges), so a sentence that contains "stop" is a question for the
 * receptionist, not an instruction:
 * - "STOP", " stop! ", "Stop all", "UNSUBSCRIBE", "توقف", "إلغاء الاشتراك", "ايقاف": opt out.
 * - "START", "Subscribe", "اشتراك", "ابدأ": opt in.
 * - "can I stop my medication?", "stop sending me reminders please", "don't stop": nothing.
 *
 * Deliberately absent: "cancel"/"إلغاء"/"الغاء" alone and "no"/"لا". They are
 * how patients answer an appointment reminder ("2", "cancel"), and reading them
 * as an opt-out would swallow a cancellation.
 */
export type SubscriptionCommand = 'opt_out' | 'opt_in';

const OPT_OUT_WORDS = [
  'stop',
  'stop all',
  'stopall',
  'stop please',
  'please stop',
  'unsubscribe',
  'opt out',
  'optout',
  'opt-out',
  'end',
  'quit',
  // The title of Meta's "Stop promotions" quick-reply button on marketing templates (a tap arrives as its text).
  'stop promotions',
  // Arabic, after normaliseReplyWord(): توقف, وقف, إيقاف/ايقاف, إيقاف الرسائل, إلغاء/الغاء الاشتراك, ستوب (stop in Arabic letters).
  'توقف',
  'وقف',
  'ايقاف',
  'ايقاف الرسائل',
  'ايقاف العروض',
  'ايقاف الترويج',
  'وقف الرسائل',
  'الغاء الاشتراك',
  'الغاء اشتراك',
  'الغي الاشتراك',
  'ستوب',
];

const OPT_IN_WORDS = [
  'start',
  'unstop',
  'subscribe',
  'resume',
  // Arabic, after normaliseReplyWord(): اشتراك, اشترك, ابدأ/ابدا, ستارت.
  'اشتراك',
  'اشترك',
  'ابدا',
  'ستارت',
];

const COMMANDS: ReadonlyMap<string, SubscriptionCommand> = new Map([
  ...OPT_OUT_WORDS.map((w) => [w, 'opt_out'] as const),
  ...OPT_IN_WORDS.map((w) => [w, 'opt_in'] as const),
]);

/** 'opt_out', 'opt_in', or undefined for any message that is not exactly one of the words. */
export function interpretSubscriptionCommand(text: string): SubscriptionCommand | undefined {
  if (text.length > 40) return undefined;
  return COMMANDS.get(normaliseReplyWord(text));
}

/**
 * The address an opt-out is kept under, per clinic: the phone for WhatsApp and
 * for a web chat that verified one (the same person, the same promise),
 * otherwise the channel's own id (Messenger and Instagram page-scoped ids).
 * Undefined for a web chat without a verified phone: there is nobody to
 * remember, and broadcasts never reach such a chat.
 */
export function optOutAddress(channel: Channel, sender: string, verifiedPhone: string | null): string | undefined {
  if (channel === 'whatsapp') return `phone:${sender}`;
  if (channel === 'web') return verifiedPhone ? `phone:${verifiedPhone}` : undefined;
  return `${channel}:${sender}`;
}

/** The opt-out address of a phone (E.164): what a broadcast to that phone checks. */
export function phoneOptOutAddress(phone: string): string {
  return `phone:${phone}`;
}

/**
 * The language to confirm a STOP or START in: Arabic for an Arabic word; for
 * the Latin "STOP" (which Arabic speakers type too, because templates say it)
 * the language of the patient's latest earlier message that has letters;
 * Arabic when there is none.
 */
export function confirmationLanguage(text: string, earlierPatientTexts: readonly string[]): PatientLanguage {
  if (languageOf(text, 'en') === 'ar') return 'ar';
  for (let i = earlierPatientTexts.length - 1; i >= 0; i--) {
    const earlier = earlierPatientTexts[i]!;
    // Same answer whatever the fallback: the message has letters.
    if (languageOf(earlier, 'ar') === languageOf(earlier, 'en')) return languageOf(earlier, 'ar');
  }
  return 'ar';
}
