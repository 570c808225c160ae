/**
 * Transliteration skeletons: a name written in Arabic and the same name in
 * Latin letters reduce to the same consonant classes.
 */

const ARABIC_SKELETON: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'g', 'خ': 'x', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'c', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'g', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l',
  'م': 'm', 'ن': 'n',
};

/** The skeleton key of a one-word name with no consonants at all ("Aya", "آية"): such names match each other across scripts. */
export const VOWELS_ONLY = '~';

/** The cross-script key of a run of name tokens; empty when it has no consonants and is more than one word. */
export function skeletonKey(tokens: readonly string[]): string {
  const value = skeleton(tokens.join(''));
  return value.length > 0 || tokens.length !== 1 ? value : VOWELS_ONLY;
}

/** Consonants only, in classes both scripts share: "Youssef" and "يوسف" are both "sf". */
export function skeleton(word: string): string {
  if (/[\u0600-\u06ff]/u.test(word)) {
    let out = '';
    for (const char of word) out += ARABIC_SKELETON[char] ?? '';
    return out;
  }
  return word
    .toLowerCase()
    .replace(/(.)\1/g, '$1')
    .replace(/sh|ch/g, 'c')
    .replace(/kh/g, 'x')
    .replace(/gh/g, 'g')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/[qk]/g, 'k')
    .replace(/j/g, 'g')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/[^bcdfgklmnrstxz]/g, '');
}
