import { CURRENCY_FOLLOWS } from './amounts';
import { allMatches, LETTER, type ReplyText, type Span } from './reply-text';
import type { BranchPhone, VerifiedFacts } from './verified-facts';
import type { Finding } from './verified-turn';

/**
 * Phone numbers: digit runs of 7 to 15 digits, however they are grouped
 * (spaces, dashes, dots, brackets), in ASCII or Arabic-Indic digits.
 * A number matches a verified one written internationally (+20 ...,
 * 0020 ...) or locally with the trunk 0 (010..., 02..., 09...).
 */

// A number never runs over a line break: "… ٠١١٢١٨٤٤١١\n٢. فرع …" is a phone, then a list item.
const PHONE_CANDIDATE = /(?<![\d/:.,-])(?:\+|00)?\(?\d[\d \t\u00a0\u2009\u202f().-]{5,22}\d(?![\d/:]|[.,]\d)/g;
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const MAX_COUNTRY_CODE_DIGITS = 3;
/** Egyptian five-digit hotlines ("19876") only count as numbers where the reply gives them as one. */
const HOTLINE = /(?:hotline|call|ring|dial|الخط الساخن|كلمنا|اتصل|الرقم|رقم)\D{0,12}?(?<!\d)(1\d{4})(?!\d)/giu;

export function findUnverifiedPhones(reply: ReplyText, facts: VerifiedFacts): Finding[] {
  const findings: Finding[] = [];
  for (const match of allMatches(PHONE_CANDIDATE, reply.text)) {
    const raw = match[0].trim();
    if (DATE_LIKE.test(raw) || !hasPhoneGrouping(raw)) continue;
    if (CURRENCY_FOLLOWS.test(reply.lower.slice(match.index + match[0].trimEnd().length))) continue;
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (facts.toolNumbers.has(digits)) continue;
    if (isVerifiedPhone(raw, digits, facts.phones)) {
      const misattributed = otherBranchNamed(reply, match.index, raw, digits, facts);
      if (misattributed) {
        findings.push({
          kind: 'unverified_phone',
          excerpt: reply.excerpt({ start: match.index, end: match.index + match[0].trimEnd().length }),
          reason: `This is another branch's number, not the ${misattributed} branch's.`,
        });
      }
      continue;
    }
    findings.push({
      kind: 'unverified_phone',
      excerpt: reply.excerpt({ start: match.index, end: match.index + match[0].trimEnd().length }),
      reason: 'This phone number is not the clinic’s, a branch’s or the verified patient’s.',
    });
  }
  for (const match of allMatches(HOTLINE, reply.text)) {
    const digits = match[1]!;
    if (facts.phones.includes(digits) || facts.toolNumbers.has(digits)) continue;
    const start = match.index + match[0].lastIndexOf(digits);
    findings.push({
      kind: 'unverified_phone',
      excerpt: reply.excerpt({ start, end: start + digits.length }),
      reason: 'This hotline number is not one of the clinic’s numbers.',
    });
  }
  return findings;
}

/**
 * "رقم فرع عالي هو ١٧٤١٢٣٤٥" where that is the Hamad Town branch's number: a
 * branch's own number given for the branch named last before it in its
 * clause. Returns the name said, or null. The clinic's own numbers reach
 * every branch.
 */
function otherBranchNamed(reply: ReplyText, at: number, raw: string, digits: string, facts: VerifiedFacts): string | null {
  const owners = facts.branchPhones.filter((branch) => isVerifiedPhone(raw, digits, [branch.phone]));
  if (owners.length === 0 || isVerifiedPhone(raw, digits, facts.clinicPhones)) return null;
  const sentence = reply.sentenceAt(at);
  const clause = reply.clauseAt(sentence, at);
  const lead = reply.lower.slice(clause.start, at);
  // Where the branch the number is given for is named: its clause; else, when the clause names none in words of its own ("the Marina
  // branch is …"; "the branch" alone refers back), earlier in the sentence ("a branch in Muharraq too — you can reach them on …"); else,
  // when the clause says "the branch", the sentence before ("Your session is at our Al-Rawdah branch. … the branch number is …").
  const places: Span[] = [{ start: clause.start, end: at }];
  if (!BRANCH_WORD.test(lead.replace(BRANCH_REFERRED_BACK, ' '))) {
    places.push({ start: sentence.start, end: clause.start });
    const previous = REFERS_TO_BRANCH.test(lead) ? previousSentence(reply, sentence) : undefined;
    if (previous) places.push(previous);
  }
  for (const place of places) {
    const named = lastBranchNamed(reply.lower.slice(place.start, place.end), facts);
    if (!named) continue;
    if (owners.includes(named.branch)) return null;
    const start = place.start + named.index;
    return reply.excerpt({ start, end: start + named.name.length });
  }
  return null;
}

function previousSentence(reply: ReplyText, sentence: Span): Span | undefined {
  return reply.sentences.filter((s) => s.end <= sentence.start).pop();
}

function lastBranchNamed(text: string, facts: VerifiedFacts): { branch: BranchPhone; name: string; index: number } | undefined {
  let last: { branch: BranchPhone; name: string; index: number } | undefined;
  for (const branch of facts.branchPhones) {
    for (const name of branch.names) {
      const index = lastMention(text, name);
      if (index > (last?.index ?? -1)) last = { branch, name, index };
    }
  }
  return last;
}

/** "call the branch directly", "اتصل على الفرع مباشرة": the branch already named. */
const BRANCH_REFERRED_BACK = new RegExp(
  String.raw`\b(?:the|that|this|same) branch(?:'s)?\b(?!\s+(?:in|at|on|of)\s+[a-z])|(?<![${LETTER}])(?:[وب]?ال|لل)فرع(?=(?:\s+(?:مباشره|نفسه|على|علي|ع|برقم|رقمه|رقم))*\s*$)`,
  'gu',
);
const REFERS_TO_BRANCH = new RegExp(BRANCH_REFERRED_BACK.source, 'u');
const BRANCH_WORD = new RegExp(String.raw`\bbranch|(?<![${LETTER}])[وبلف]?(?:ال)?(?:فرع|فروع)`, 'u');

const NOT_A_LETTER = new RegExp(String.raw`[^${LETTER}]`, 'u');

/** Where `name` last stands as words of its own in `text` (a glued Arabic "و", "ب", "ل" or "ف" may come before it), or -1. */
function lastMention(text: string, name: string): number {
  let index = text.lastIndexOf(name);
  while (index >= 0) {
    const before = text[index - 1];
    const after = text[index + name.length];
    const startsWord = before === undefined || NOT_A_LETTER.test(before) || (/[وبلف]/u.test(before) && (index < 2 || NOT_A_LETTER.test(text[index - 2]!)));
    if (startsWord && (after === undefined || NOT_A_LETTER.test(after))) return index;
    index = index > 0 ? text.lastIndexOf(name, index - 1) : -1;
  }
  return -1;
}

/** Digit groups of one number are split by one or two separators; wider gaps join separate numbers. */
function hasPhoneGrouping(raw: string): boolean {
  return !/\d[\s().-]{3,}\d/.test(raw);
}

export function isVerifiedPhone(raw: string, digits: string, verified: readonly string[]): boolean {
  const international = raw.startsWith('+') || raw.startsWith('00');
  const number = raw.startsWith('00') ? digits.slice(2) : digits;
  return verified.some((known) => {
    if (known === number) return true;
    if (international) return false;
    // "+96103456789" on file for "03 456 789": a number stored with its trunk 0 after the country code.
    if (number.startsWith('0') && known.endsWith(number) && known.length - number.length <= MAX_COUNTRY_CODE_DIGITS) return true;
    const national = number.replace(/^0/, '');
    if (national.length < 7 || !known.endsWith(national)) return false;
    return known.length - national.length <= MAX_COUNTRY_CODE_DIGITS;
  });
}
