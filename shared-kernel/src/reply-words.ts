import { toAsciiDigits } from './digits';

/** Tatweel, harakat and Quranic marks, superscript alef, and invisible format characters. */
const IGNORABLE = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200B-\u200F\u061C\u2066-\u2069\uFEFF]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ -> ا
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A patient's one-word answer ("1", "Yes!", «إلغاء», "STOP") in the form the
 * word lists compare against: lower case, ASCII digits, no tatweel or
 * diacritics, one alef, ى as ي, no punctuation or emoji at the edges, single
 * spaces. Serves reminder replies (scheduling) and STOP/START (conversation).
 */
export function normaliseReplyWord(text: string): string {
  return toAsciiDigits(text.normalize('NFC'))
    .replace(IGNORABLE, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .toLowerCase()
    .replace(EDGES, '')
    .replace(/\s+/g, ' ');
}
