import { normaliseReplyWord } from '@frontdesk/shared-kernel';
/**
 * What a patient's reply to a reminder asks for. The reminder says "reply 1 to
 * confirm, 2 to cancel"; patients answer with the digit (Western or
 * Arabic-Indic), or a word in English or Arabic, however they type it.
 *
 * The whole message must be one of the words below (after normalising); any
 * other text is `undefined`, so the caller asks again or hands it to the
 * assistant. Deliberately strict, because a wrong "cancel" costs a patient
 * their appointment:
 * - "12", "1 2", "1 or 2", "21": undefined (both or neither).
 * - "cancelled?", "confirmed", "is it confirmed": undefined; a report or a
 *   question is not an instruction.
 * - "yes please", "cancel it", "ok thanks": undefined; only the bare words.
 * - "1.", " 1 ", "(1)", "*1*", "1️⃣", "١", "۱", "OK!", "نعم.", "إلغاء؟": accepted;
 *   spaces, punctuation, symbols and emoji around the word are ignored.
 */
export type ReminderReply = 'confirm' | 'cancel';

const CONFIRM_WORDS = [
  '1',
  'confirm',
  'yes',
  'ok',
  'okay',
  // Arabic, after normaliseReplyWord(): تأكيد/تاكيد, أكد/اكد, أؤكد, نعم, تمام, موافق, and the Egyptian ايوه/ايوة.
  'تاكيد',
  'اكد',
  'اؤكد',
  'نعم',
  'تمام',
  'موافق',
  'ايوه',
  'ايوة',
];

const CANCEL_WORDS = [
  '2',
  'cancel',
  'no',
  // Arabic, after normaliseReplyWord(): إلغاء/الغاء/الغا, ألغي/الغي/الغى, لا.
  'الغاء',
  'الغا',
  'الغي',
  'لا',
];

const REPLIES: ReadonlyMap<string, ReminderReply> = new Map([
  ...CONFIRM_WORDS.map((w) => [w, 'confirm'] as const),
  ...CANCEL_WORDS.map((w) => [w, 'cancel'] as const),
]);

/** 'confirm', 'cancel', or undefined when the reply is not one of the accepted words (see above). */
export function interpretReminderReply(text: string): ReminderReply | undefined {
  if (text.length > 64) return undefined;
  return REPLIES.get(normaliseReplyWord(text));
}
