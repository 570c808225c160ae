import { InvalidInput, toAsciiDigits } from '@frontdesk/shared-kernel';

/**
 * Search keys of a patient and the plan of a search, pure. The Redis adapter
 * stores the keys in sorted-set indexes of the clinic and runs the plan as
 * prefix ranges (ZRANGEBYLEX); see the README's "Patients" section.
 */


/**
 * Case- and diacritic-insensitive form of a name, for Arabic and Latin:
 * compatibility forms decomposed (ﻻ -> لا), marks removed (harakat, é -> e,
 * and the hamza/madda of أ إ آ ؤ ئ), tatweel removed, ٱ -> ا, ى and Persian
 * ی -> ي, ة -> ه, ک -> ك, digits to ASCII, lower case.
 */
export function foldForSearch(text: string): string {
  return toAsciiDigits(
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/\u0640/g, '')
      .replace(/[\u0671-\u0673\u0675]/g, '\u0627')
      .replace(/[\u0649\u06CC]/g, '\u064A')
      .replace(/\u0629/g, '\u0647')
      .replace(/\u06A9/g, '\u0643'),
  ).toLowerCase();
}

/** The folded words of a text: runs of letters and digits. */
export function foldedWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const ARABIC_ARTICLE = '\u0627\u0644'; // ال
/** Index words per name; a longer name is still found by its first words. */
export const MAX_NAME_INDEX_WORDS = 16;

/**
 * The words a name is found by (each as a prefix): its folded words, and for
 * an Arabic word with the article (الرحمن) also the word without it (رحمن).
 */
export function nameIndexWords(name: string): string[] {
  const words = new Set<string>();
  for (const word of foldedWords(name)) {
    words.add(word);
    if (word.startsWith(ARABIC_ARTICLE) && [...word].length >= 4) words.add(word.slice(ARABIC_ARTICLE.length));
  }
  return [...words].slice(0, MAX_NAME_INDEX_WORDS);
}

/** Does every query word start one of the name's index words? */
export function nameMatches(name: string, queryWords: readonly string[]): boolean {
  const words = nameIndexWords(name);
  return queryWords.every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * Where a typed phone fragment may sit in a stored number (all digit strings):
 * - `international`: a prefix of the E.164 digits (`+2010`, `002010` -> `2010`);
 * - `national`: a prefix of the national number (`01012` -> `1012`: the trunk 0 dropped);
 * - `suffix`: the end of the number (`5678`, or a national number typed without its 0).
 */
export interface PhoneSearchPlan {
  international: string[];
  national: string[];
  suffix: string[];
}

export type PatientSearchPlan =
  | { by: 'name'; words: string[] }
  | { by: 'phone'; digits: string; plan: PhoneSearchPlan };

export const MIN_PHONE_SEARCH_DIGITS = 3;
export const MIN_NAME_SEARCH_CHARS = 2;
export const MAX_SEARCH_WORDS = 5;

function refuse(message: string): InvalidInput {
  return new InvalidInput('SCHEDULING.INVALID_PATIENT_SEARCH', message, { field: 'query' });
}

/**
 * One search box: anything with a letter is a name search (every word must
 * start a word of the name), otherwise a phone search over the digits typed
 * (Arabic-Indic digits, spaces, dashes, brackets and a leading + or 00 allowed).
 */
export function planPatientSearch(raw: string): PatientSearchPlan {
  const query = raw.trim();
  if (query.length === 0) throw refuse('Type a name or a phone number to search for');
  if (/\p{L}/u.test(query)) {
    const words = [...new Set(foldedWords(query))];
    if (words.length === 0 || words.join('').length < MIN_NAME_SEARCH_CHARS) {
      throw refuse(`Type at least ${MIN_NAME_SEARCH_CHARS} letters of the name`);
    }
    if (words.length > MAX_SEARCH_WORDS) throw refuse(`Search with at most ${MAX_SEARCH_WORDS} words of the name`);
    return { by: 'name', words };
  }
  const ascii = toAsciiDigits(query).replace(/[\s\u00A0\u200E\u200F\u061C().\-]/g, '');
  if (!/^\+?\d+$/.test(ascii)) throw refuse('Search by name, or by phone number using digits only');
  const digits = ascii.replace(/^\+/, '');
  if (digits.length < MIN_PHONE_SEARCH_DIGITS) throw refuse(`Type at least ${MIN_PHONE_SEARCH_DIGITS} digits of the phone number`);
  if (digits.length > 15 + 2) throw refuse('That is longer than any phone number');
  if (ascii.startsWith('+')) return { by: 'phone', digits, plan: { international: [digits], national: [], suffix: [] } };
  if (digits.startsWith('00')) {
    const international = digits.slice(2);
    if (international.length === 0 || international.startsWith('0')) throw refuse('After 00 comes the country code, e.g. 0020 for Egypt');
    return { by: 'phone', digits, plan: { international: [international], national: [], suffix: [] } };
  }
  if (digits.startsWith('0')) {
    // A national number with its trunk 0 (010 1234 5678 in Egypt); some countries keep the 0 in the national number.
    const withoutTrunk = digits.replace(/^0+/, '');
    const national = withoutTrunk.length > 0 ? [withoutTrunk, digits] : [digits];
    return { by: 'phone', digits, plan: { international: [], national, suffix: [] } };
  }
  return { by: 'phone', digits, plan: { international: [digits], national: [digits], suffix: [digits] } };
}
