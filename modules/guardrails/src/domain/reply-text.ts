import { WORD_LETTERS } from '@frontdesk/shared-kernel';

/**
 * The reply in the forms the checks read: digits made ASCII, Arabic letter
 * variants folded, diacritics and tatweel dropped, with a map back to the
 * original so every finding quotes the words the patient would have read.
 */

/** The letters of the scripts replies are written in, for word edges in patterns (the pattern gate's word letters). */
export const LETTER = WORD_LETTERS;

/**
 * Every match of a global regex, without the copy of the regex that
 * String.prototype.matchAll makes on each call (costly for the long
 * vocabulary patterns). Checks are synchronous, so the shared lastIndex is safe.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    found.push(match);
    if (match[0].length === 0) regex.lastIndex++;
  }
  return found;
}

export interface Span {
  start: number;
  end: number;
}

/** The mentions that start inside a span (a sentence or a clause). */
export function startingIn<T extends Span>(items: readonly T[], span: Span): T[] {
  return items.filter((item) => item.start >= span.start && item.start < span.end);
}

/** Code unit to its folded code unit; 0 drops it. Only the first 0x2030 code units can change. */
const FOLDS = new Uint16Array(0x2030).map((_, code) => code);
const IGNORED = 0;

function fold(from: string, to: string): void {
  FOLDS[from.charCodeAt(0)] = to.charCodeAt(0);
}

for (let digit = 0; digit <= 9; digit++) {
  FOLDS[0x0660 + digit] = 0x30 + digit; // Arabic-Indic digits
  FOLDS[0x06f0 + digit] = 0x30 + digit; // Extended (Persian) digits
}
for (const letter of 'أإآٱ') fold(letter, 'ا');
fold('ة', 'ه');
fold('ى', 'ي');
fold('ؤ', 'و');
fold('ئ', 'ي');
// Gulf and loanword letters: "لچ" is "لك" (to you), "ڤيتامين" is "فيتامين", "پ" and Persian "ک"/"ی" are "ب", "ك", "ي";
// the Iraqi and Gulf "گ" is mostly a spoken "ق" ("توگف" is "توقف").
fold('چ', 'ك');
fold('گ', 'ق');
fold('ڤ', 'ف');
fold('پ', 'ب');
fold('ک', 'ك');
fold('ی', 'ي');
fold('٫', '.');
fold('٬', ',');
fold('’', "'");
fold('‘', "'");
fold('“', '"');
fold('”', '"');
fold('–', '-');
fold('\u00a0', ' ');
fold('\u202f', ' ');
// Harakat, superscript alef, tatweel and bidi/zero-width marks carry no meaning for the checks.
for (let code = 0x064b; code <= 0x065f; code++) FOLDS[code] = IGNORED;
for (const code of [0x0670, 0x0640, 0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e]) {
  FOLDS[code] = IGNORED;
}

/** Characters the fold changes or drops; most English replies have none and skip the per-character pass. */
const NEEDS_FOLDING = /[\u0600-\u06ff\u2018\u2019\u201c\u201d\u2013\u00a0\u202f\u200b-\u200f\u202a-\u202e]/u;

/** Characters that are dropped. */
const HAS_IGNORABLE = /[\u064b-\u065f\u0670\u0640\u061c\u200b-\u200f\u202a-\u202e]/;

interface Folded {
  text: string;
  /** Folded index to original index, with one extra entry for the end. */
  toOriginal: Int32Array;
}

/** Turns folded UTF-16 code units back into a string in one allocation (fromCharCode would spread them into arguments). */
const UTF16 = new TextDecoder('utf-16le');

function foldWithMap(original: string): Folded {
  // Typed arrays sized once: a check runs on every reply, and growing plain arrays is most of what it would allocate here.
  const codes = new Uint16Array(original.length);
  const toOriginal = new Int32Array(original.length + 1);
  let length = 0;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    const folded = code < FOLDS.length ? FOLDS[code]! : code;
    if (folded === IGNORED) continue;
    codes[length] = folded;
    toOriginal[length] = index;
    length++;
  }
  toOriginal[length] = original.length;
  return { text: UTF16.decode(codes.subarray(0, length)), toOriginal: toOriginal.subarray(0, length + 1) };
}

/** Folds a text in which nothing is dropped, so every index stays where it is. */
function foldInPlace(original: string): string {
  const codes = new Uint16Array(original.length);
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    codes[index] = code < FOLDS.length ? FOLDS[code]! : code;
  }
  return UTF16.decode(codes);
}

/** Lower case that keeps every index (a few letters, like "İ", grow when lowered: they are kept as written). */
function lowerKeepingIndexes(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    out += lowered.length === char.length ? lowered : char;
  }
  return out;
}

const BRITISH_SPELLING = /programme|centre|paed|haem|anaes|gynaec|oesophag|foet|oedema|(?<=tum|col|behavi|lab|hum)our|isation/g;
const BRITISH_SPELLING_HINT = /mme|ntre|ae|oe|our|isat/;
const AMERICAN_SPELLING: Readonly<Record<string, string>> = {
  programme: 'program',
  centre: 'center',
  paed: 'ped',
  haem: 'hem',
  anaes: 'anes',
  gynaec: 'gynec',
  oesophag: 'esophag',
  foet: 'fet',
  oedema: 'edema',
  our: 'or',
  isation: 'ization',
};

/** "جلسات علاج طبيعي" for "جلسة علاج طبيعي": an Arabic feminine plural compared as its singular (the reply is folded, so ة is ه). */
const ARABIC_FEMININE_PLURAL = /(?<=[\u0621-\u064a]{2})ات(?![\u0621-\u064a])/gu;

/**
 * "12-session programme" for "Rehab Program (12 sessions)": lower-case English with British spellings made
 * American and Arabic feminine plurals made singular, for comparing service names. It only ever drops letters,
 * so positions stay at or before the real ones.
 */
export function commonSpelling(lower: string): string {
  // Most text has none of the spellings; the test is cheaper than a replace that finds nothing.
  const american = BRITISH_SPELLING_HINT.test(lower) ? lower.replace(BRITISH_SPELLING, (british) => AMERICAN_SPELLING[british] ?? british) : lower;
  return american.includes('ات') ? american.replace(ARABIC_FEMININE_PLURAL, 'ه') : american;
}

/** Folds Arabic letters and digits the same way the reply is folded (for catalog names). */
export function foldText(value: string): string {
  const text = NEEDS_FOLDING.test(value) ? foldWithMap(value).text : value;
  return lowerKeepingIndexes(text);
}

/** A pattern's source with its Arabic words folded as replies are ("على" as "علي", "دافئ" as "دافي"): an alternative written otherwise never matches. */
export function foldedSource(source: string): string {
  return source.replace(/[\u0600-\u06ff]+/gu, (word) => foldText(word));
}

/** Currency abbreviations (Arabic folded): a price goes on after them ("٢٥ ر.ع. والعربون ٥ ر.ع."), unless a new sentence opens. */
const CURRENCY_ABBREVIATIONS = new Set(['l.e', 'ر.ع', 'ر.س', 'ر.ق', 'د.ك', 'د.ب', 'د.ا', 'ج.م']);
/** Words before a dot that does not end a sentence; "د." is Dr. and "أ." (folded "ا.") is Mr. or Ms. (أستاذ/أستاذة). */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'vs', 'approx', 'a.m', 'p.m', 'e.g', 'i.e', 'د', 'ا', 'ref',
  ...CURRENCY_ABBREVIATIONS,
]);

export class ReplyText {
  /** Folded text with case kept (capitalisation matters for English names). */
  readonly text: string;
  /** The same text in lower case, index for index. */
  readonly lower: string;
  readonly sentences: Span[];
  /** Whether any Arabic or Latin letters occur: checks skip the other script's patterns. */
  readonly hasArabic: boolean;
  readonly hasLatin: boolean;
  /** Folded index to original index; null when folding changed nothing. */
  private readonly toOriginal: Int32Array | null;

  constructor(readonly original: string) {
    if (!NEEDS_FOLDING.test(original)) {
      this.text = original;
      this.toOriginal = null;
    } else if (!HAS_IGNORABLE.test(original)) {
      // Nothing is dropped, so indexes do not move: fold character for character.
      this.text = foldInPlace(original);
      this.toOriginal = null;
    } else {
      const folded = foldWithMap(original);
      this.text = folded.text;
      this.toOriginal = folded.toOriginal;
    }
    this.lower = lowerKeepingIndexes(this.text);
    this.sentences = splitSentences(this.text);
    this.hasArabic = /[\u0600-\u06ff]/u.test(this.text);
    this.hasLatin = /[A-Za-z]/.test(this.text);
  }

  /** The original words behind a span of the folded text. */
  excerpt(span: Span): string {
    if (!this.toOriginal) return this.original.slice(span.start, span.end).trim();
    const start = this.toOriginal[span.start] ?? 0;
    const endIndex = Math.max(span.start, span.end - 1);
    const end = (this.toOriginal[endIndex] ?? this.original.length - 1) + 1;
    return this.original.slice(start, end).trim();
  }

  private readonly clauseCache = new Map<number, Span[]>();

  /** The clauses of one of the reply's sentences (computed once: several checks read them). */
  clausesOf(sentence: Span): Span[] {
    let clauses = this.clauseCache.get(sentence.start);
    if (!clauses) {
      clauses = splitClauses(this.lower, sentence);
      this.clauseCache.set(sentence.start, clauses);
    }
    return clauses;
  }

  /** The clause of `sentence` that holds `position`, or the sentence itself. */
  clauseAt(sentence: Span, position: number): Span {
    return this.clausesOf(sentence).find((c) => position >= c.start && position < c.end) ?? sentence;
  }

  sentenceAt(position: number): Span {
    return this.sentences.find((s) => position >= s.start && position < s.end) ?? { start: 0, end: this.text.length };
  }
}

function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim().length > 0) spans.push({ start, end });
    start = end;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\n') {
      push(index + 1);
      continue;
    }
    if (char === ' ' && endsWithEmojiBeforeCapital(text, index)) {
      push(index);
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '؟') continue;
    const next = text[index + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (char === '.' && continuesAfterAbbreviation(text, index)) continue;
    push(index + 1);
  }
  push(text.length);
  return spans;
}

/** An emoji, with its variation selector if any. */
export const EMOJI = String.raw`\p{Extended_Pictographic}\uFE0F?`;
const TRAILING_EMOJI = new RegExp(`${EMOJI}$`, 'u');
/** ✅, ✔ and ☑. */
const CHECK_MARKS = new Set([0x2705, 0x2714, 0x2611]);

/** "We're closed today 🙂 Our hours are …": an emoji before a capital ends an English sentence as a full stop would, and a check mark an Arabic one. */
function endsWithEmojiBeforeCapital(text: string, spaceIndex: number): boolean {
  const previous = text.charCodeAt(spaceIndex - 1);
  // Only a low surrogate, a variation selector or a symbol block can end an emoji: the regex runs on few spaces.
  if (!((previous >= 0xdc00 && previous <= 0xdfff) || previous === 0xfe0f || (previous >= 0x2190 && previous <= 0x2bff))) return false;
  const next = text.charCodeAt(spaceIndex + 1);
  // "تم حجز موعدك ✅ وبما إنك …": a check mark ends an Arabic sentence too.
  const checkMark = CHECK_MARKS.has(previous) || (previous === 0xfe0f && CHECK_MARKS.has(text.charCodeAt(spaceIndex - 2)));
  // Not before "يا" ("تم ✅ يا مريم"): the name called goes with what was said.
  if (checkMark && next >= 0x0621 && next <= 0x064a) return !/^يا\s/u.test(text.slice(spaceIndex + 1, spaceIndex + 4));
  if (!(next >= 0x41 && next <= 0x5a)) return false;
  return TRAILING_EMOJI.test(text.slice(Math.max(0, spaceIndex - 3), spaceIndex));
}

const TRAILING_WORD = new RegExp(String.raw`([${LETTER}.]+)$`);

/** After a currency abbreviation, a conditional or "also" opens a new sentence ("… ١٠٠ ر.ق. ولو حاب …"); "والعربون" goes on with the price. */
const SENTENCE_OPENER = /^\s+(?:[وف]?(?:لو|اذا|لما|كمان|بس|وبعدين)(?![\u0621-\u064a])|\p{Lu})/u;

/** Whether the dot at `dotIndex` ends an abbreviation and the sentence goes on after it. */
function continuesAfterAbbreviation(text: string, dotIndex: number): boolean {
  const before = TRAILING_WORD.exec(text.slice(Math.max(0, dotIndex - 8), dotIndex));
  const word = before?.[1]!.toLowerCase();
  if (word === undefined || !ABBREVIATIONS.has(word)) return false;
  return !(CURRENCY_ABBREVIATIONS.has(word) && SENTENCE_OPENER.test(text.slice(dotIndex + 1, dotIndex + 12)));
}

/** The article, with a glued "و", "ب", "ف" or "ك" before it or as "لل" ("والطربوش", "بالليزر", "للتنظيف"). */
const ARABIC_ARTICLE = new RegExp(String.raw`(?<![${LETTER}])(?:[وبفك]?ال|لل)(?=[${LETTER}]{2})`, 'g');

/** Drops the Arabic article from every word ("علاج العصب" -> "علاج عصب"), as service names are compared. */
export function withoutArabicArticles(text: string): string {
  return text.includes('ال') ? text.replace(ARABIC_ARTICLE, '') : text;
}

/** The top-level alternatives of a regular expression's source ("bruis(?:e|ed)|pain" is two, not three). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * The same pattern with neighbouring alternatives that open with the same word-start test written once:
 * "(?<![L])A|(?<![L])B" as "(?<![L])(?:A|B)". The order of the alternatives and what matches are unchanged, but
 * V8 can then skip the alternatives by their first letter; Arabic rules ran about twice as fast.
 */
export function sharedLeads(source: string, leads: readonly string[]): string {
  const out: string[] = [];
  let lead: string | undefined;
  let run: string[] = [];
  const flush = () => {
    if (lead !== undefined) out.push(run.length > 1 ? `${lead}(?:${run.join('|')})` : `${lead}${run[0]}`);
    lead = undefined;
    run = [];
  };
  for (const alternative of topLevelAlternatives(source)) {
    const own = leads.find((candidate) => alternative.startsWith(candidate));
    if (own === undefined || own !== lead) flush();
    if (own === undefined) out.push(alternative);
    else {
      lead = own;
      run.push(alternative.slice(own.length));
    }
  }
  flush();
  return out.join('|');
}

/** Where a clause ends inside a sentence: punctuation, dashes and contrastive words. */
// A spaced dash before a number is a range ("8:30 am – 6:30 pm"), not a break.
// "closed on Friday and open again on Saturday", "we close at 2 pm on Thursdays and we're closed on Friday": what is open again,
// or "we" opening or closing after "and" ("… اليوم الجمعة ونفتح غداً السبت"), starts a clause of its own.
// "بس" is "but", except before a time or a count, where it is "only" ("البسيه بس بالليل").
/** An abbreviation in brackets ("حقنة البلازما (PRP) سعرها …") is part of its clause; other brackets are clauses of their own. */
const CLAUSE_BREAK =
  /,(?!\d{3}\b)|[;،؛—]|\((?![a-z]{2,5}\))|(?<!\([a-z]{2,5})\)|:(?=\s|$)|\s-\s(?!\d)|\s(?:but|however|although|though|whereas|while|because|لكن|لاكن|انما|بينما|لان)(?=\s)|\sبس(?=\s)(?!\s+(?:بالليل|الليل|بالنهار|النهار|الصبح|بالصبح|مره|مرتين|يوم|يومين|ساعه|ساعتين|دقايق|شوي|شويه|[\d٠-٩]))|\sand(?=\s+(?:(?:we're|we are|we'll be)\s+)?(?:open|reopen)s?\s+again\b|\s+(?:we|we're|we are|we'll be)\s+(?:(?:open|reopen)s?|closed|shut)\b)|\s(?=و(?:ب|ه|ح)?ن(?:فتح|رجع|سكر|قفل|غلق|داوم)[\u0621-\u064a]{0,2}(?![\u0621-\u064a]))/giu;

export function splitClauses(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const clauses: Span[] = [];
  let start = 0;
  for (const match of allMatches(CLAUSE_BREAK, body)) {
    const end = match.index;
    if (end > start) clauses.push({ start: sentence.start + start, end: sentence.start + end });
    start = end + match[0].length;
  }
  if (start < body.length) clauses.push({ start: sentence.start + start, end: sentence.end });
  return clauses.filter((c) => text.slice(c.start, c.end).trim().length > 0);
}
