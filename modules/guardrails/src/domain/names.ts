import { AR_CONDITIONS, AR_MEDICINES, AR_PRODUCTS, AR_SYMPTOMS, EN_CONDITIONS, EN_PROCEDURES, EN_SYMPTOMS, MEDICINE_NAMES } from './medical-lexicon';
import {
  AMBIGUOUS_ARABIC_NAMES,
  ARABIC_GIVEN_NAMES,
  ARABIC_NON_NAME_WORDS,
  ARABIC_PLACE_PAIRS,
  ARABIC_PLACES,
  ENGLISH_COMMON_WORDS,
  ENGLISH_GIVEN_NAMES,
  ENGLISH_NON_NAME_CAPITALS,
  FOREIGN_NAMES_IN_ARABIC,
} from './name-lexicon';
import { LETTER, allMatches, foldText, type ReplyText, type Span } from './reply-text';
import { DATE_NAMED_PLACE } from './temporal-mentions';
import { skeletonKey } from './transliteration';
import { isTownOfTimezone, timezoneCity, withoutArticle, withoutParticles, type KnownName, type NameBook, type Script, type VerifiedFacts } from './verified-facts';

import type { Finding } from './verified-turn';

/**
 * Names of people and places the reply asserts (doctors, branches, the
 * patient, anyone else) must be names the turn knows. Matching is exact on
 * folded tokens, so "Dr. Karim Fawzy" does not pass as "Dr. Karim Farouk";
 * only a name the turn holds in a single script is compared by
 * transliteration skeleton (patient "Omar Hassan" addressed as "عمر").
 */

interface NameCandidate extends Span {
  tokens: string[];
  script: Script;
  /** A branch or place: compared with names as written, never by transliteration skeleton (a place is not the patient's surname). */
  place?: boolean;
  /** A place named as where all the branches are ("فرعين في الغردقة:"): a town of the clinic's country, not a branch. */
  area?: boolean;
  /** The articled word after a one-word place ("النخل" of "فرع ينبع النخل"), and where it ends. */
  following?: { word: string; end: number };
}

export function findUnverifiedNames(reply: ReplyText, facts: VerifiedFacts): Finding[] {
  const candidates = [
    ...(reply.hasLatin ? latinCandidates(reply) : []),
    ...(reply.hasArabic ? [...arabicCandidates(reply, facts), ...arabicPlaceCandidates(reply)] : []),
  ];
  const findings: Finding[] = [];
  /** A spelling variant of a candidate, compared as written (no transliteration skeleton). */
  const knownAsWritten = (tokens: string[], script: Script) => isKnownName(tokens, script, facts.names, { viaSkeleton: false });
  for (const found of candidates) {
    // "فرع ينبع النخل" beside the clinic's "ينبع البحر": a word of a longer branch name, and another word after it, is another place.
    const candidate =
      found.following && startsLongerNameOnly(found.tokens, facts.names)
        ? { ...found, tokens: [...found.tokens, found.following.word], end: found.following.end }
        : found;
    // "a branch in Sousse city centre" beside the clinic's "Route de Sousse": a word of a longer name, placed in a town's centre, is another place.
    const partInTownCentre =
      candidate.script === 'latin' &&
      TOWN_CENTRE_AFTER.test(reply.text.slice(candidate.end, candidate.end + 16)) &&
      !facts.names.names.some((name) => name.script === 'latin' && name.tokens.join(' ') === candidate.tokens.join(' '));
    if (!partInTownCentre && isKnownName(candidate.tokens, candidate.script, facts.names, { viaSkeleton: !candidate.place })) continue;
    if (candidate.place && isInClinicName(candidate.tokens, facts.turn.clinic.name)) continue;
    // "عندنا فرعين في الرياض": the city of the clinic's timezone is where the clinic is (not "القاهرة الجديدة", another place).
    // Not "فرع الخرطوم": right after "branch" the city names a branch.
    if (
      candidate.place &&
      candidate.script === 'arabic' &&
      candidate.tokens.length === 1 &&
      withoutArticle(candidate.tokens[0]!) === timezoneCity(facts.turn.timezone) &&
      !BRANCH_RIGHT_BEFORE.test(reply.text.slice(Math.max(0, candidate.start - 8), candidate.start))
    ) {
      continue;
    }
    if (candidate.area && isTownOfTimezone(candidate.tokens.join(' '), facts.turn.timezone)) continue;
    // "two locations in Muscat:": the town all the branches are in, before the list of them, when the clinic's country has it.
    if (
      candidate.script === 'latin' &&
      BRANCHES_IN_BEFORE.test(reply.text.slice(Math.max(0, candidate.start - 40), candidate.start)) &&
      LIST_FOLLOWS.test(reply.text.slice(candidate.end, candidate.end + 4)) &&
      isTownOfTimezone(candidate.tokens.join(' '), facts.turn.timezone)
    ) {
      continue;
    }
    // "We're in Abha with two branches: …", "if you're coming from Khamis Mushait": a town of the clinic's country, where it is or the patient comes from.
    if (candidate.script === 'latin') {
      const town = townStart(reply, candidate, facts.turn.timezone);
      if (town >= 0 && namedAsTownOfClinicOrPatient(reply, town, candidate.end)) continue;
    }
    const [first, ...rest] = candidate.tokens;
    // "Biofeedback Sessions" for the catalog's "Biofeedback Session": a service in the plural.
    if (candidate.script === 'latin' && candidate.tokens.some((t) => /[^s]s$/.test(t)) && knownAsWritten(candidate.tokens.map((t) => t.replace(/([^s])s$/, '$1')), 'latin')) continue;
    // "في فرع بورفؤاد": after "فرع" a place may itself start with the "ب" read as a glued preposition.
    if (candidate.place && candidate.script === 'arabic' && knownAsWritten([`ب${first}`, ...rest], 'arabic')) continue;
    // "المروج والفيصلية": a listed place glued to "و" ("and") is the place without it.
    if (candidate.place && candidate.script === 'arabic' && /^و[^و]/u.test(first!) && knownAsWritten([first!.slice(1), ...rest], 'arabic')) continue;
    if (findings.some((f) => f.excerpt === reply.excerpt(candidate))) continue;
    // "جدّه سالم": a kinship word with a pronoun ("his grandfather"), not the city it folds to ("جدة").
    if (candidate.script === 'arabic' && KINSHIP_WITH_PRONOUN.test(reply.excerpt(candidate).replace(/[\u064B-\u0652]/g, ''))) continue;
    // "your wife Aisha … if Aisha would like a break": someone the reply named as family stays family.
    if (namedAsFamilyEarlier(reply.lower, candidate)) continue;
    // "the Femoston your gynaecologist in Cairo prescribed": where the patient's own doctor is, not a branch.
    if (candidate.script === 'latin' && OWN_DOCTOR_IN_BEFORE.test(reply.text.slice(Math.max(0, candidate.start - 40), candidate.start))) continue;
    // "the referral letter from Dr. Hamed Al Marhoon at Sultan Qaboos Hospital": a doctor of another hospital.
    if (DOCTOR_TITLE_BEFORE.test(reply.text.slice(Math.max(0, candidate.start - 12), candidate.start)) && OTHER_HOSPITAL_AFTER.test(reply.text.slice(candidate.end, candidate.end + 60))) continue;
    findings.push({
      kind: 'unverified_name',
      excerpt: reply.excerpt(candidate),
      reason: 'This name is not a doctor, branch, service or person known to this conversation.',
    });
  }
  return findings;
}

const TOWN_CENTRE_AFTER = /^\s+(?:city|town)\s+cent(?:re|er)\b/i;

const BRANCH_RIGHT_BEFORE = /(?<![\u0621-\u064a])[وبفل]?(?:ال)?فرع\s+$/u;

const OWN_DOCTOR_IN_BEFORE =
  /\b(?:your|his|her|their)\s+(?:[a-z]+\s+)?(?:gp|doctor|dentist|physician|surgeon|specialist|consultant|paediatrician|pediatrician|pharmacist|[a-z]+ologist|[a-z]+iatrician)\s+(?:in|at|from|back in)\s+$/i;

// --- matching -------------------------------------------------------------

/** "فرعين بالدمام" for "Dammam Spine & Joint Centre": the city in the clinic's own name, compared by skeleton. */
const clinicNameSkeletons = new Map<string, string[]>();

function isInClinicName(tokens: string[], clinicName: string): boolean {
  const target = skeletonKey(tokens.map(withoutArticle));
  if (target.length <= 1) return false;
  let skeletons = clinicNameSkeletons.get(clinicName);
  if (!skeletons) {
    const words = clinicName.split(/[^\p{L}]+/u).filter((word) => word.length > 1);
    // One word of the name ("Dammam") or two in a row ("Sidi Bouzid", for "فرع سيدي بوزيد").
    skeletons = [
      ...words.filter((word) => word.length > 2).map((word) => skeletonKey([word])),
      ...words.slice(1).map((word, index) => skeletonKey([words[index]!, word])),
    ];
    if (clinicNameSkeletons.size > 1000) clinicNameSkeletons.clear();
    clinicNameSkeletons.set(clinicName, skeletons);
  }
  return skeletons.includes(target);
}

export function isKnownName(tokens: string[], script: Script, book: NameBook, options: { viaSkeleton?: boolean } = {}): boolean {
  const sameScript = script === 'arabic' ? isKnownArabic(tokens, book) : isKnownLatin(tokens, book);
  if (sameScript) return true;
  if (options.viaSkeleton === false) return false;
  const target = skeletonKey(tokens);
  return target.length > 0 && book.hasSkeleton(script === 'arabic' ? 'latin' : 'arabic', target);
}

/** Whether the Arabic words start a longer known name and are no whole one ("ينبع" of "ينبع البحر"). */
function startsLongerNameOnly(tokens: string[], book: NameBook): boolean {
  const bare = tokens.map(withoutArticle);
  const names = book.names.filter((name) => name.script === 'arabic').map((name) => name.tokens.map(withoutArticle));
  const starts = (name: string[]) => bare.every((token, index) => name[index] === token);
  return names.some((name) => name.length > bare.length && starts(name)) && !names.some((name) => name.length === bare.length && starts(name));
}

function isKnownArabic(tokens: string[], book: NameBook): boolean {
  const bare = tokens.map(withoutArticle);
  return book.names.some((name) => name.script === 'arabic' && isPartOfName(bare, name.tokens.map(withoutArticle)));
}

/**
 * Latin names compare token by token, with surname particles optional
 * ("Dr. Salma Rashid", "Dr. El-Rashid" for Dr. Salma Al-Rashid) and written
 * together or apart ("Alrashid", "Al Rashid", "Al-Rashid").
 */
function isKnownLatin(tokens: string[], book: NameBook): boolean {
  const bare = withoutParticles(tokens);
  const known = book.names.some(
    (name) =>
      name.script === 'latin' &&
      (isPartOfName(tokens, name.tokens) || ((bare !== tokens || name.bareTokens !== name.tokens) && isPartOfName(bare, name.bareTokens))),
  );
  if (known || book.hasJoinedRun(tokens.join(''))) return true;
  // "Forehead Botox" for the service "Botox - forehead lines": the words of one name in another order.
  return tokens.length >= 2 && book.names.some((name) => name.script === 'latin' && tokens.every((token) => name.tokens.includes(token)));
}

/** "د. منى عادلي" for "د. منى عادل": the word after a known name is a near spelling of its next word. */
function misspellsContinuation(tokens: string[], word: string, known: readonly KnownName[]): boolean {
  // "في", "من": a short function word is never a misspelt surname.
  if (word.length < 3 || ARABIC_NON_NAME_WORDS.has(word)) return false;
  return known.some((name) => {
    if (name.script !== 'arabic') return false;
    for (let offset = 0; offset + tokens.length < name.tokens.length; offset++) {
      if (!tokens.every((token, index) => token === name.tokens[offset + index])) continue;
      const expected = name.tokens[offset + tokens.length]!;
      if (expected !== word && (editDistance(expected, word) <= 2 || sameArticledStart(expected, word))) return true;
    }
    return false;
  });
}

/** "العريض" for "العرادي": the article and the same first two letters, about as long; further apart than two edits. */
function sameArticledStart(expected: string, word: string): boolean {
  return expected.startsWith('ال') && word.startsWith('ال') && word.length >= 5 && expected.slice(2, 4) === word.slice(2, 4) && Math.abs(expected.length - word.length) <= 2;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Words of a name in a row, or its first and last words: "د. محمد حامد" for the catalog's "د. محمد أحمد حامد",
 * a given name and family name with the father's name left out, as names of three or more words are often shortened.
 */
function isPartOfName(part: string[], whole: string[]): boolean {
  if (part.length === 2 && whole.length >= 3 && part[0] === whole[0] && part[1] === whole[whole.length - 1]) return true;
  return isContiguousPart(part, whole);
}

function isContiguousPart(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let offset = 0; offset + part.length <= whole.length; offset++) {
    if (part.every((token, index) => token === whole[offset + index])) return true;
  }
  return false;
}

// --- English --------------------------------------------------------------

/**
 * A Latin word that starts with a capital letter. A word starts at a letter that
 * does not continue an earlier word (letters, apostrophes and hyphens). Only these
 * words can be names; a lower-case word between two of them breaks the run by
 * leaving more than a space between them, so the others are not collected.
 */
const CAPITALISED_WORD = /(?<![a-zA-Z\u00C0-\u024F][a-zA-Z\u00C0-\u024F'\-]*)(?=\p{Lu})[A-Z\u00C0-\u024F][a-zA-Z\u00C0-\u024F'\-]*/gu;
const TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'prof']);
/** Capitalised words with these endings are nouns, not names ("International Certificate of Vaccination"). */
const NOUN_ENDINGS = /(?:tion|sion|ment|ness)$/;
/** Lone opening words with these endings are ordinary words ("Parking is ...", "Payment ..."). */
const WORD_ENDINGS = /(?:ing|tion|sion|ment|ness|ity|ance|ence|ly|ed|ers|ments|ts|able|ible)$/;
/** A symptom or condition, or its plural ("Flares can be tough", "Bunions …"): an ordinary word opening a sentence. */
const ENGLISH_CLINICAL_WORD = new RegExp(String.raw`^(?:${EN_SYMPTOMS}|${EN_CONDITIONS})s?$`);
/** "Youssef's Botox appointment": a procedure right before a booking noun names the kind of visit. */
const ENGLISH_PROCEDURE_WORD = new RegExp(String.raw`^(?:${EN_PROCEDURES})$`);
const BOOKING_NOUN_AFTER = /^\s+(?:appointments?|sessions?|bookings?|visits?)\b/i;
/** "Down syndrome", "Crohn's disease": a name in an eponym is the condition's, not a person's. */
const EPONYM_AFTER = /^(?:['’]s)?\s+(?:syndrome|disease|palsy|sign|phenomenon)\b/i;

interface LatinWord extends Span {
  word: string;
}

/** Capitalised words that may be names; acronyms, single letters and codes are left out, so they break a run too. */
function capitalisedWords(reply: ReplyText): LatinWord[] {
  const words: LatinWord[] = [];
  for (const m of allMatches(CAPITALISED_WORD, reply.text)) {
    const raw = m[0].replace(/['\-]+$/, '');
    // "ID", "MRI", and their plurals "IDs", "MRIs".
    const isAcronym = (raw.length > 1 && raw === raw.toUpperCase()) || /^[A-Z]{2,}s$/.test(raw);
    // A single letter ("3D scan", "Plan B", "Building C") is not a name.
    // "HbA1c", "B12", "D3": a word running into digits is a code, not a name.
    const isLetter = raw.length === 1 || /^\d/.test(reply.text.slice(m.index + raw.length, m.index + raw.length + 1));
    if (isAcronym || isLetter) continue;
    words.push({ start: m.index, end: m.index + raw.length, word: raw.replace(/'s$/i, '').toLowerCase() });
  }
  return words;
}

function latinCandidates(reply: ReplyText): NameCandidate[] {
  const words = capitalisedWords(reply);
  const candidates: NameCandidate[] = [];
  for (const m of allMatches(DATE_NAMED_PLACE, reply.text)) {
    candidates.push({ start: m.index, end: m.index + m[0].length, tokens: m[0].toLowerCase().split(/\s+/), script: 'latin', place: true });
  }
  let index = 0;
  while (index < words.length) {
    const run = [words[index]!];
    while (index + run.length < words.length) {
      const previous = run[run.length - 1]!;
      const next = words[index + run.length]!;
      const gap = reply.text.slice(previous.end, next.start);
      const joined = gap === ' ' || gap === '-' || (TITLES.has(previous.word) && gap === '. ');
      // "Until Dr. Hossam checks …": a title starts a name of its own, whatever capitalised word comes before it.
      if (!joined || (TITLES.has(next.word) && !TITLES.has(previous.word))) break;
      run.push(next);
    }
    index += run.length;
    candidates.push(...namesInRun(reply, run));
  }
  return candidates;
}

function namesInRun(reply: ReplyText, run: LatinWord[]): NameCandidate[] {
  const titled = TITLES.has(run[0]!.word);
  let words = titled ? run.slice(1) : run;
  let atSentenceStart = !titled && isSentenceStart(reply, run[0]!.start);
  // "Honestly Sara, …": an adverb opening the sentence is no part of a name.
  if (atSentenceStart && words.length > 0 && (ENGLISH_COMMON_WORDS.has(words[0]!.word) || (/ly$/.test(words[0]!.word) && !ENGLISH_GIVEN_NAMES.has(words[0]!.word)))) {
    words = words.slice(1);
    atSentenceStart = false;
  }
  if (!titled && words.length > 0 && isLandmarkSite(reply, run[0]!.start)) return [];
  const parts: LatinWord[][] = [[]];
  for (const word of words) {
    // "Wasfi Al-Tal Street", "Al Wakrah Souq": the words before a landmark noun name the landmark, not a clinic person or branch,
    // unless the landmark is where a branch is ("our Zarqa Road branch", "a branch on El Galaa Street").
    // "Banque Misr", "Hotel Jen": the words after a landmark noun are its name too.
    // "Al-Yasmin Medical Building": all of the run before the noun, ordinary words included.
    if (!titled && LANDMARK_NOUNS.has(word.word) && !namesBranchSite(reply, run)) {
      parts.length = 0;
      break;
    }
    const following = reply.text.slice(word.end, word.end + 16);
    const isVocabulary =
      ((ENGLISH_NON_NAME_CAPITALS.has(word.word) || ENGLISH_NON_NAME_CAPITALS.has(word.word.replace(/-/g, ''))) && !(titled && SURNAMES_AFTER_TITLE.has(word.word))) ||
      MEDICINE_NAMES.has(word.word) ||
      NOUN_ENDINGS.test(word.word) ||
      (!titled && (ENGLISH_COMMON_WORDS.has(word.word) || EPONYM_AFTER.test(following) || (ENGLISH_PROCEDURE_WORD.test(word.word) && BOOKING_NOUN_AFTER.test(following))));
    if (isVocabulary) parts.push([]);
    else parts[parts.length - 1]!.push(word);
    // "Noor's Autism Diagnostic Assessment": a possessive ends the name; what follows is hers.
    if (!isVocabulary && /['’]s$/i.test(reply.text.slice(word.start, word.end))) parts.push([]);
  }
  const candidates: NameCandidate[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    const first = part[0]!;
    const last = part[part.length - 1]!;
    if (part.length === 1) {
      // "Parking can be …": an ordinary word opening the sentence, whatever follows it.
      if (atSentenceStart && first === words[0] && (WORD_ENDINGS.test(first.word) || ENGLISH_CLINICAL_WORD.test(first.word)) && !ENGLISH_GIVEN_NAMES.has(first.word)) continue;
      if (!titled && !hasClinicRole(reply, first, run[0]!.start, run[run.length - 1]!.end)) continue;
    }
    // "Al-Rashid" is compared as the tokens "al" and "rashid", as catalog names are split.
    const tokens = part.flatMap((w) => w.word.split('-').filter((token) => token.length > 0));
    candidates.push({ start: first.start, end: last.end, tokens, script: 'latin' });
  }
  if (candidates.length === 0) return candidates;
  // "City Center Doha", "City Centre Deira": the mall chain's name before the city.
  if (!titled && run.some((word, index) => word.word === 'city' && /^cent(?:er|re)$/.test(run[index + 1]?.word ?? ''))) return [];
  // "Oud Metha station", "Tahrir street": a landmark noun after the run, in any case, names a landmark.
  const runEnd = run[run.length - 1]!.end;
  if (!titled && OUTSIDE_PLACE_AFTER.test(reply.text.slice(runEnd, runEnd + 20)) && !namesBranchSite(reply, run)) return [];
  // "insoles … even store-bought ones like Dr. Scholl's", "brands like Straumann and Nobel Biocare": brands given as examples of a product, titled or not.
  const before = reply.text.slice(Math.max(0, run[0]!.start - 60), run[0]!.start).replace(CAPITALISED_LIST_BEFORE, '');
  if (PRODUCT_EXAMPLE.test(before.toLowerCase())) return [];
  // "your mother, Mrs. Aida": an honorific is how the patient's family is named too, a doctor's title is not.
  const familyTitled = !titled || HONORIFICS_OF_FAMILY.has(run[0]!.word);
  return (!titled && isPresentedAsThing(reply, run)) || (familyTitled && isFamilyMember(reply.lower, run[0]!.start)) ? [] : candidates;
}

/** The patient's family ("little Adam", "your son Omar", "بنتك ليلى"): not a doctor, branch or staff member, and not in the turn's facts. */
const FAMILY_BEFORE = new RegExp(
  String.raw`(?:\b(?:little|son|sons|daughter|daughters|baby|child|children|kid|kids|boy|girl|husband|wife|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|granny|aunt|auntie|uncle|cousin|nanny|teacher|class teacher|form teacher|headteacher|head teacher|tutor|niece|nephew|toddler|newborn|twins?)|(?<![${LETTER}])[وبل]?(?:ابنك|ابنكم|ابنج|بنتك|بنتكم|بنتج|طفلك|طفلتك|طفلكم|ولدك|ولدكم|جوزك|زوجك|زوجتك|مراتك|اخوك|اختك|والدتك|والدك|مامتك|باباك|جدته|جدتها|جدتك|جده|جدها|جدك|تيته|معلمته|معلمتها|معلمه|مربيته|مربيتها|المربيه|خالتك|خالته|خالها|خالك|عمتك|عمته|عمها|عمك|اخوه|اخته|اخوها|اختها|امه|امها|ابوه|ابوها|ابنه|ابنها|بنته|بنتها|ولده|زوجها|زوجته|جوزها|مراته|البيبي|بيبي|الصغير|الصغيره|الصغنن|الصغننه|الحلو|الحلوه|الامور|الاموره)),?\s+(?:(?:ال)?استاذه?|مدام|(?:ال)?حاجه?|ام|ابو)?\s*$`,
  'u',
);

const HONORIFICS_OF_FAMILY = new Set(['mr', 'mrs', 'ms', 'miss']);

function isFamilyMember(lower: string, start: number): boolean {
  return FAMILY_BEFORE.test(lower.slice(Math.max(0, start - 24), start));
}

function namedAsFamilyEarlier(lower: string, candidate: Span): boolean {
  const name = lower.slice(candidate.start, candidate.end);
  for (let at = lower.indexOf(name); at >= 0 && at < candidate.start; at = lower.indexOf(name, at + 1)) {
    if (isFamilyMember(lower, at)) return true;
  }
  return false;
}

/** A symptom, condition or product word ("الحساسية", "الأدوية"): shaped like a family name, but none. */
/** "كريم فيوسيدين": a word before a medicine's name is its form (cream), not a person called كريم. */
const ARABIC_MEDICINE_WORD = new RegExp(String.raw`^(?:ال)?(?:${AR_MEDICINES})$`, 'u');
const ARABIC_CLINICAL_WORD = new RegExp(String.raw`^(?:ال)?(?:${AR_SYMPTOMS}|${AR_CONDITIONS}|${AR_PRODUCTS})$`, 'u');
const KINSHIP_WITH_PRONOUN = /^[وبل]?(?:جد|جدت|خال|خالت|عم|عمت|اخو|أخو|اخت|أخت|ام|أم|ابو|أبو|ابن|بنت|ولد|زوج|زوجت|جوز|مرات)(?:ه|ها|هم|ك|كم|ج)$/u;
const DOCTOR_TITLE_BEFORE = new RegExp(String.raw`(?:\b(?:dr|doctor)\.?|(?<![${LETTER}])(?:د|دكتور|الدكتور|دكتوره|الدكتوره)\.?)\s*$`, 'iu');
const OTHER_HOSPITAL_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}'’-]+){0,2}?\s*,?\s*(?:(?:from|at|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Hospital|Medical City|Medical Cent(?:er|re))\b|(?:from|at|in) (?:another|a different|a government|the government|a public) (?:hospital|clinic)\b|(?:من|في|ب)\s*(?:ال)?(?:مستشفي|مستوصف|مدينه الطبيه|مدينه طبيه)(?![${LETTER}]))`,
  'u',
);

/** Words after which a capitalised word is a thing: articles, quantities, verbs of taking (and "switch to", read by SWITCH_TO). */
const THING_BEFORE = new Set(
  `the a an some any your my his her their these those more less one two three four five six take taking took taken use using used
  apply applying stop stopping start starting continue continuing prescribed`.split(/\s+/),
);
const SWITCH_TO = /\bswitch(?:ing|ed)? to\s+$/;
/** "an antihistamine drop like Opatanol", "a softener such as Cerumol": an example of a product is a product. */
const PRODUCT_EXAMPLE = /\b(?:drops?|cream|gel|spray|softener|medicine|medication|tablets?|pills?|antihistamine|painkiller|supplement|toothpaste|mouthwash|shampoo|serum|lotion|ointment|brand|syrup|inhaler|insole|orthotic|product|(?:store|shop)-bought one|over-the-counter one)s? (?:like|such as)\s+$/;
/** The earlier items of a list of capitalised names: "like Straumann and " before "Nobel Biocare". */
const CAPITALISED_LIST_BEFORE = /(?:\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+))+$/u;
/** "pay … by CliQ", "via Whish": in a sentence about paying, the word after is a payment method (unless it is a given name). */
const PAID_BY = new Set(['by', 'via', 'through', 'using']);
const PAYMENT_PRODUCT_ENDS = new Set(['cash', 'pay', 'wallet', 'money']);
const PAYMENT_SENTENCE = /\b(?:pay|paid|paying|payment|deposit|transfer|wallet|settle)\b/;

function sentenceAround(reply: ReplyText, position: number): string {
  const sentence = reply.sentences.find((s) => position >= s.start && position < s.end);
  return sentence ? reply.lower.slice(sentence.start, sentence.end) : '';
}
const PREVIOUS_WORD = /([a-z0-9']+)\s+$/;
const NAME_HEAD_AFTER =
  /^[\s-]+(?:branch(?:es)?|clinic|clinics|cent(?:re|er)|office|location|site|studio|practice|hospital|team|reception|desk|line|appointment|session|visit|slot|booking|consultation|doctor|dentist|physio|therapist|street|road|mall|tower|area)\b/i;
const PRODUCT_AFTER =
  /^\s+(?:\d+(?:\.\d+)?\s?(?:mg|mcg|ml|g|iu)\b|(?:tablets?|pills?|capsules?|caplets?|gel|cream|ointment|spray|drops|syrup|sachets?|patch(?:es)?|toothpaste|mouthwash|lozenges?|plus|extra|forte|frames?|lenses|glasses|sunglasses|brands?|products?|range|kits?|aligners|hearing aids?|toothbrush(?:es)?|formula|insoles)\b|(?:would|will|could|can|is|are|should)\s+be\s+(?:used|injected|applied|prescribed|given)\b)/i;

/**
 * Capitalised words presented as a thing, not as a person or a place: a
 * product led by a medicine or toothpaste brand ("Nurofen Express", "Colgate
 * Sensitive Pro Relief"), a word after an article, a quantity or a verb of taking
 * ("the Zentavia", "two Nurofen", "switch to Zentavia"), or before a product noun
 * or a dose ("Zentavia 75 mg", "Voltarol gel", "Nano Vista frames"), or what is done with it ("Restylane would be used"). A place or team noun after the
 * words keeps them a name ("the Nasr City branch", "your Zamalek appointment").
 */
function isPresentedAsThing(reply: ReplyText, run: LatinWord[]): boolean {
  if (run.some((word) => MEDICINE_NAMES.has(word.word))) return true;
  // "Zain Cash", "Orange Money", "STC Pay": a brand before a payment word is a payment method.
  if (run.length > 1 && PAYMENT_PRODUCT_ENDS.has(run[run.length - 1]!.word)) return true;
  const last = run[run.length - 1]!;
  const after = reply.text.slice(last.end, last.end + 40);
  // "Priya's slot": a possessive is someone's.
  if (/'s$/i.test(reply.text.slice(last.start, last.end))) return false;
  if (PRODUCT_AFTER.test(after)) return true;
  const before = reply.lower.slice(Math.max(0, run[0]!.start - 24), run[0]!.start);
  const previous = PREVIOUS_WORD.exec(before)?.[1];
  const afterThingWord =
    previous !== undefined && (THING_BEFORE.has(previous) || /^\d+$/.test(previous) || SWITCH_TO.test(before) || (PAID_BY.has(previous) && !ENGLISH_GIVEN_NAMES.has(run[0]!.word) && PAYMENT_SENTENCE.test(sentenceAround(reply, run[0]!.start))));
  return afterThingWord && !NAME_HEAD_AFTER.test(after);
}

/**
 * Where a lone untitled name stands as a clinic person or place. Before it, in
 * the same list: "with", "ask for", "in", "at", "our", a role noun ("our physio
 * Kate", "with Anil or Maha", "branches in Salmiya, Jabriya and Hawalli").
 * After it: what staff do or have ("can see you", "is free", "has an
 * opening", "from our front desk", ", our senior physio") or a place noun
 * ("Miami branch"). A name in any other place is someone the patient talks
 * about ("since Salma was born", "Adam's eye exam", "would that work for
 * Yousef?", "أم حمد"): the turn holds no such names, and the rules ask only
 * that clinic people and places be verified.
 */
// A listed place may have a lower-case particle inside its name ("Dam w Farez", "Bab el Louk").
const LIST_ITEMS = String.raw`\s+(?:(?:both|either)\s+)?(?:(?:\p{Lu}[\p{L}'-]*(?:[ -](?:(?:w|wa|el|al|bin|ibn|de|la)[ -])?\p{Lu}[\p{L}'-]*)*|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+\p{Lu}[\p{L}'-]*)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+))*$`;
/** "branches: Maadi, Zamalek and …", "two locations, Jumeirah and …": the places listed after a word for branches. */
const BRANCH_LIST_BEFORE = new RegExp(String.raw`\b(?:branches|locations|clinics|sites)(?:\s+in\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)?\s*[—–:,-]${LIST_ITEMS}`, 'u');
const ROLE_BEFORE = new RegExp(
  String.raw`(?:\b(?:branches|locations|clinics|sites)(?:\s+in\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)*)?\s*[—–:,-]|\b(?:nearest|closest|other|nearby|main|best)\s+branch(?:\s+(?:for|to|near)\s+(?:you|him|her|them))?\s+(?:would be|will be|is|'s)|\b(?:with|ask for|asking for|speak to|speak with|talk to|contact|ring|by|in|at|near|opposite|inside|our|come to|go to|head to|closest to|closer to|nearest to|physio|physiotherapist|therapist|hygienist|dentist|nurse|midwife|optometrist|orthoptist|audiologist|specialist|consultant|surgeon|dietitian|coach|receptionist|coordinator|colleague),?)${LIST_ITEMS}`,
  'u',
);
const ROLE_AFTER =
  /^(?:['’]s\s+(?:(?:first|next|earliest|only|last) (?:opening|slot)s?|openings?|availability|diary|schedule|list)\b|(?:['’]s)?\s+(?:(?:can|could)(?!\s+(?:also\s+)?(?:drive|come with|join|wait with|stay with|pick (?:you|him|her|them) up)\b)|will(?!\s+(?:most likely\s+|probably\s+|likely\s+|definitely\s+)?(?:be\s+(?:scheduled|seen|booked|examined|admitted|operated|called|checked|assessed|treated|referred|fine|ok|okay|better|sedated|asleep)|need)\b)|would|also|covers|works|does|sees(?!\s+(?:dr\b|doctor\b|the\b|our\b|a\b|an\b))|takes|treats|specialises|specializes|leads|runs(?!\s+(?:a\s+)?(?:high\s+|slight\s+|mild\s+|little\s+)?(?:temperature|temp|fever)\b)|handles|from (?:our|the)|at (?:reception|the front desk|the desk)|on reception|is (?:free|available|in(?!\s+(?:(?:a lot of|so much|some|real|bad|terrible)\s+)?(?:pain|discomfort|agony|tears|hospital|school|bed)\b)|off|around|on|our|one|the|a|an|back|here|there|away|busy|fully|booked\s+(?:up|solid|out|all day|until|till|through)|seeing|doing|taking|running|happy|able|working|covering)|has (?!(?:an?|some)\s+(?:fever|temperature|cold|cough|rash|infection|ear infection|sore|headache|tummy ache|stomach ache|high|low|bad|mild|slight|little|fall|hypo)\b)(?:an?|some|one|two|three|\d|slots?|openings?|availability|time|space|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|free|nothing|no|the))\b(?!')|,\s*(?:our|one of our|who)\b|\s*[-–—]\s*(?:our|one of)\b)/i;

// "Al-Rawdah (our newest branch)": the place noun may come in brackets after the name.
const PLACE_HEAD_AFTER = /^(?:[\s-]+|\s*\((?:(?:our|the|a)\s+)?(?:[a-z]+\s+)?)(?:branch(?:es)?|clinic|clinics|cent(?:re|er)|office|location|site|studio|practice)\b/i;
/** Vocabulary that is also a common surname after a title ("Dr. Mostafa Ramadan"). */
const SURNAMES_AFTER_TITLE = new Set(['ramadan', 'eid', 'mubarak']);
/** "a two-minute drive from Kingdom Centre", "next to City Mall", "two buildings after the Banque Misr branch": what is near the clinic is a landmark, not a branch. */
const LANDMARK_BEFORE = /\b(?:(?:minutes?|mins?|walk|drive|metres?|meters?|steps?|km)\s+(?:away\s+)?from|(?:buildings?|doors?|blocks?|shops?|exits?)\s+(?:after|before|past|down from|up from)|next to|across from|behind|beside|close to|near|opposite|past|facing|in front of)\s+(?:the\s+)?$/i;

/** "Royal Hospital", "Tahrir Street", "Wakrah Souq": places outside the clinic. */
const LANDMARK_NOUNS = new Set(
  // "st", "rd", "ave": "on Abdel Salam Aref St."
  'street st road rd avenue ave boulevard highway district gate corniche roundabout circle bridge souq souk market supermarket mall tower towers building complex compound hospital pharmacy bank banque park square plaza station airport university college school mosque church hotel restaurant stadium club library ministry embassy area waterfront beach marina museum castle fort citadel palace'.split(' '),
);
/** "a third branch on Al-Hashmi Street": a branch known by where it is. Not "the Salmiya branch is on …", a known branch's address. */
const BRANCH_SITE_BEFORE = /\b(?:branch(?:es)?|clinics?|cent(?:re|er)s?|office)\s+(?:on|in|at|along|off|near)\s+(?:the\s+)?$|\b(?:move[sd]? to|moving to|opening on)\s+(?:the\s+)?$/i;
/** "our Talkha branch on …", "the Maadi clinic near …": a branch named before its noun; what follows is its address. */
// "our downtown branch on Sultan Hussein Street": a lower-case name too, but not a word that only describes ("our nearest branch on …").
const DESCRIBING_NOT_NAMING = 'our|the|a|an|new|another|first|second|third|fourth|one|other|main|newest|latest|nearest|closest|biggest|largest|only|local|your|that|this';
const NAMED_BEFORE_PLACE_HEAD = new RegExp(
  String.raw`(?:^|\s)(?!(?:${DESCRIBING_NOT_NAMING})\s)\p{L}[\p{L}'’-]*\s+(?:branch(?:es)?|clinics?|cent(?:re|er)s?|office)\s+\S+\s+(?:the\s+)?$`,
  'iu',
);

function namesBranchSite(reply: ReplyText, run: LatinWord[]): boolean {
  const last = run[run.length - 1]!;
  const start = run[0]!.start;
  return PLACE_HEAD_AFTER.test(reply.text.slice(last.end, last.end + 20)) || isBranchSite(reply, start) || BRANCH_LIST_BEFORE.test(reply.text.slice(Math.max(0, start - 80), start));
}

/** "a short walk from Al Majaz Waterfront", "next to the Banque Misr branch": what is near the clinic, unless a branch is there ("our new branch near …"). */
function isLandmarkSite(reply: ReplyText, start: number): boolean {
  return LANDMARK_BEFORE.test(reply.text.slice(Math.max(0, start - 30), start)) && !isBranchSite(reply, start);
}

/** "our Al-Maidan branch in Salt": a branch named with a capital, then its town. Not "a smaller branch in Mussafah", a branch claimed there. */
const CAPITALISED_BRANCH_IN = /(?:^|\s)(?!(?:Our|The|A|An|One|Another|New)\s)\p{Lu}[\p{L}'’-]*\s+branch\s+in\s+$/u;

function isBranchSite(reply: ReplyText, start: number): boolean {
  const before = reply.text.slice(Math.max(0, start - 40), start);
  return BRANCH_SITE_BEFORE.test(before) && !NAMED_BEFORE_PLACE_HEAD.test(before);
}
// "Sheikh Khalifa bin Salman Highway": a name joined by "bin" runs on to the landmark noun.
const OUTSIDE_PLACE_AFTER = new RegExp(String.raw`^(?:\s+(?:bin|ibn|bint)(?:\s+\p{Lu}[\p{L}'’-]*){1,3})?[\s-]+(?:${[...LANDMARK_NOUNS].join('|')})\b`, 'iu');

/** `runStart`, `runEnd`: the capitalised run around the word ("in New Cairo", "the Nasr City branch": "New" and "City" are ordinary words). */
function hasClinicRole(reply: ReplyText, word: LatinWord, runStart: number, runEnd: number): boolean {
  if (runEnd > word.end && PLACE_HEAD_AFTER.test(reply.text.slice(runEnd, runEnd + 20))) return true;
  const after = reply.text.slice(word.end, word.end + 40);
  // "Yassin's appointment", "at Faisal's age": a possessive is someone's, a clinic person or place only by what follows it.
  if (/'s$/i.test(reply.text.slice(word.start, word.end))) return ROLE_AFTER.test(`'s${after}`) || PLACE_HEAD_AFTER.test(after);
  if (/^’s/.test(after)) return ROLE_AFTER.test(after) || PLACE_HEAD_AFTER.test(after.slice(2));
  if (ROLE_AFTER.test(after) || (NAME_HEAD_AFTER.test(after) && !OUTSIDE_PLACE_AFTER.test(after)) || PLACE_HEAD_AFTER.test(after)) return true;
  // "three branches in Alexandria: Smouha, Roushdy and Miami": the place before a colon and a list is the area they are in.
  if (/^\s*:\s*\p{Lu}/u.test(after)) return false;
  // "a third branch on Al-Hashmi Street": where a branch is.
  if (isBranchSite(reply, runStart)) return true;
  const before = reply.text.slice(Math.max(reply.sentenceAt(runStart).start, runStart - 80), runStart);
  // "Our Pearl branch is in Porto Arabia": where a named branch is, its address.
  if (NAMED_BRANCH_IS_IN.test(before) || CAPITALISED_BRANCH_IN.test(before)) return false;
  // A role word at the sentence start is capitalised ("With Anil …", "Our physio …").
  const role = ROLE_BEFORE.exec(before) ?? ROLE_BEFORE.exec(before.toLowerCase());
  if (role === null) return false;
  // "try a few minutes of slow belly breathing with Adam": "with" someone makes a clinic person only where the sentence is about the visit.
  if (/^\s*with\b/i.test(role[0])) {
    const sentence = reply.sentenceAt(runStart);
    return VISIT_TALK.test(reply.lower.slice(sentence.start, sentence.end));
  }
  return true;
}

/** Where the clinic as a whole is, or where the patient comes from, goes or was seen: "we're in", "based in", "coming from", "up at", "told at a hospital in" (not "we have a centre in"). */
const TOWN_OF_CLINIC_OR_PATIENT_BEFORE =
  /\b(?:(?:at|from|by|to)\s+(?:a|an|the|another|his|her|their|your)\s+(?:hospital|clinic|doctor|gp|centre|center|pharmacy|lab|specialist)\s+in|(?:we're|we are|we're all|clinic is|centre is|center is|all (?:of )?our (?:branches|clinics) are|both (?:of our )?branches are)\s+(?:(?:based|located|situated)\s+)?in|(?:based|located|situated) in|here in|(?:coming|come|driving|travel(?:l)?ing|heading)(?: in| down| up| over)? from|from|(?:live|living|staying|stay) in|(?:done|carried out|performed|taken|diagnosed|treated|tested|operated on|scanned|born) (?:back )?in|visiting|up at|views? (?:up )?(?:at|of|from)|anywhere in|outside|around|(?:don't|do not|doesn't|does not|no) (?:have )?(?:a |any )?(?:clinic|branch|branches|clinics|location|locations|centre|center)s? in)\s+(?:the\s+)?$/i;
/** "in Ibra, in North Al Sharqiyah", "based in Arish, North Sinai": the region after the town. */
const REGION_AFTER_TOWN_BEFORE = /\bin \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)*,\s+(?:in\s+)?$/u;
/** Words of administration before a town's name ("Wilayat Al Seeb"). */
const ADMINISTRATIVE_WORDS = new Set(['wilayat', 'wilayah', 'governorate', 'muhafazat', 'province', 'region', 'city']);
/** Places listed before this one ("from Bir al-Abd and …", "in Sabya or …"), each opening with a capital. */
const PLACE_LIST_BEFORE = /(?:\p{Lu}[\p{L}'-]*(?:[ -](?:(?:al|el|ad|ar|as|ash|an|bin|ibn|abu|umm?|de|la)[ -])?\p{Lu}[\p{L}'-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+))+$/u;

/**
 * "We're in Abha with two branches", "if you're coming from Khamis Mushait", "a semen analysis done in Tabuk": the town is
 * where the clinic is, or where the patient comes from or had care before. `start`: where the town's name starts (before the candidate when it has a word the candidate dropped).
 */
function namedAsTownOfClinicOrPatient(reply: ReplyText, start: number, end: number): boolean {
  const before = reply.text.slice(Math.max(reply.sentenceAt(start).start, start - 80), start);
  // "from Al Hada and Al Shafa", "in Sabya or Abu Arish": the places listed before this one are passed over.
  const beforeList = before.replace(/\b(?:even|also|as far as)\s+$/i, '').replace(PLACE_LIST_BEFORE, '');
  return (TOWN_OF_CLINIC_OR_PATIENT_BEFORE.test(beforeList) || REGION_AFTER_TOWN_BEFORE.test(before)) && !PLACE_HEAD_AFTER.test(reply.text.slice(end, end + 24));
}

/**
 * Where a town of the timezone named by the candidate starts: at the candidate, or at the capitalised word
 * before it that the candidate dropped as an ordinary word ("Abu" of "Abu Arish"); -1 when it names none.
 */
function townStart(reply: ReplyText, candidate: NameCandidate, timezone: string): number {
  if (isTownOfTimezone(candidate.tokens.join(' '), timezone)) return candidate.start;
  // "Wilayat Al Seeb", "Governorate of Beheira": an administrative word before the town's name.
  if (candidate.tokens.length > 1 && ADMINISTRATIVE_WORDS.has(candidate.tokens[0]!) && isTownOfTimezone(candidate.tokens.slice(candidate.tokens[1] === 'of' ? 2 : 1).join(' '), timezone)) return candidate.start;
  const from = Math.max(0, candidate.start - 20);
  const previous = /(\p{Lu}[\p{L}'-]*)\s+$/u.exec(reply.text.slice(from, candidate.start));
  if (previous === null || !isTownOfTimezone([previous[1]!.toLowerCase(), ...candidate.tokens].join(' '), timezone)) return -1;
  return from + previous.index;
}

const NAMED_BRANCH_IS_IN = new RegExp(
  String.raw`(?:^|\s)(?!(?:${DESCRIBING_NOT_NAMING})\s)\p{L}[\p{L}'’-]*\s+(?:branch|clinic|cent(?:re|er)|office)\s+(?:is|'s)\s+(?:in|on|at|inside|off|along)\s+(?:the\s+)?$`,
  'iu',
);

/** Words of a sentence about seeing someone at the clinic: booking, times, staff and the visit. */
const VISIT_TALK =
  /\b(?:book|booked|booking|appointments?|sessions?|slots?|openings?|available|availability|free|see|seeing|sees|seen|visits?|consult|consultation|assessment|check-?up|exam|therapy|therapist|nurse|doctor|dr|team|clinic|branch|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|morning|afternoon|evening|speak|talk|call|chat|meet|works?|working|start|starting|appointment|follow-up|scan|test)\b|\d/;

const LETTER_OR_DIGIT = new RegExp(String.raw`[${LETTER}\d]`);

function isSentenceStart(reply: ReplyText, position: number): boolean {
  const sentence = reply.sentenceAt(position);
  const before = reply.text.slice(sentence.start, position);
  return !LETTER_OR_DIGIT.test(before) || /[:"(]\s*$/.test(before);
}

// --- Arabic ---------------------------------------------------------------

/** "د." and its prefixed forms: whatever follows is a doctor's name. */
const ABBREVIATED_TITLES = new Set(['د', 'لد', 'ود', 'بد', 'فد']);
/** "أ." (أستاذ, أستاذة) is a title only with its dot: the bare letter is too common. */
const DOTTED_TITLES = new Set(['ا']);

/** An hour (in digits or a Maghrebi word, folded), maybe with a fraction, right before a word. */
const HOUR_BEFORE =
  /(?:[\d٠-٩]|(?<![\u0621-\u064a])(?:الوحده|الواحده|الجوج|الزوج|التلاته|الثلاثه|الربعه|الاربعه|الخمسه|السته|السبعه|التمنيه|الثمانيه|التسعه|العشره|الحداش|الاطناش|الطناش))(?:\s+(?:ونص|وربع|وثلث|الا ربع|الا ثلث))?\s*$/u;
/** "د. منى", "د منى", "أ. شيخة"; not "فيتامين د". */
function isAbbreviatedTitle(reply: ReplyText, word: ArabicWord): boolean {
  // Most words are neither letter: the context tests below run only for the few that are.
  if (!ABBREVIATED_TITLES.has(word.word) && !DOTTED_TITLES.has(word.word)) return false;
  const after = reply.text.slice(word.end, word.end + 2);
  // "١٬٤٠٠ د.إ. ولو …": the "إ." of the dirham's abbreviation is no title.
  const inCurrency = /(?<![\u0621-\u064a])[دجر]\.\s?$/u.test(reply.lower.slice(Math.max(0, word.start - 3), word.start));
  // "مع 3 د العشية": after an hour, an undotted "د" is the Moroccan "of" (ديال) before the part of the day.
  // "مع ٧ ونص د العشية", "مع الستة د العشية": the hour may end in a fraction of it, or be a word.
  const maghrebiOf = /^\s/u.test(after) && HOUR_BEFORE.test(reply.lower.slice(Math.max(0, word.start - 16), word.start));
  const titled = (ABBREVIATED_TITLES.has(word.word) && /^\.?\s/u.test(after) && !maghrebiOf) || (DOTTED_TITLES.has(word.word) && /^\.\s?/u.test(after) && !inCurrency);
  return titled && !/فيتامين\s*$/u.test(reply.lower.slice(Math.max(0, word.start - 10), word.start));
}
/** A clinician's title, bare or with the article and what may be glued before it ("والأخصائية", "بالدكتور", "للطبيبة"), folded. */
const WORD_TITLES = new Set(
  ['دكتور', 'دكتوره', 'اخصائي', 'اخصائيه', 'معالج', 'معالجه', 'ممرض', 'ممرضه', 'طبيب', 'طبيبه', 'كابتن'].flatMap((title) =>
    ['', 'ال', 'و', 'وال', 'ب', 'بال', 'ل', 'لل', 'ول', 'ف', 'فال'].map((glued) => foldText(`${glued}${title}`)),
  ),
);
/** "Our" after a title, before the name: "الأخصائي تاعنا", "الدكتورة ديالنا", "الطبيب بتاعنا" (folded). */
const TITLE_POSSESSIVES = new Set(['تاعنا', 'ديالنا', 'متاعنا', 'بتاعنا', 'تبعنا', 'حقنا', 'نتاعنا']);
/** Which clinician a title is about, when it is no speciality: "الطبيب السابق", "الدكتورة المعالجة" (folded). */
const WHICH_CLINICIAN = new Set(['السابق', 'السابقه', 'القديم', 'القديمه', 'الاول', 'الاولي', 'المعالج', 'المعالجه', 'المناوب', 'المناوبه', 'الخاص', 'الخاصه', 'التاني', 'الثاني', 'الثانيه', 'التانيه', 'الاخر', 'الاخري', 'اللي', 'الي', 'الذي', 'التي']);
const HONORIFICS = new Set(['يا', 'استاذ', 'استاذه', 'الاستاذ', 'الاستاذه', 'سيد', 'سيده', 'السيد', 'السيده', 'مدام', 'انسه', 'اهلا', 'مرحبا', 'شكرا', 'اهلين', 'ومع', 'مع']);
// And patronymics: "سليم بن علي", "فاطمة بنت أحمد".
const COMPOUND_NAME_STARTS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'بنت']);
/** A parent named by the child: "أم يزن", "أبو فيصل" (folded). */
const KUNYA = new Set(['ام', 'ابو', 'يام', 'يابو']);
const ROYAL_TITLES = new Set(['الملك', 'الملكه', 'الامير', 'الاميره', 'السلطان', 'الشيخ', 'الشيخه']);
/** "مع سارة": the one the patient will be with is a clinic person. */
const WITH = new Set(['مع', 'ومع']);
/** Words before a title after which the titled name is the person the visit is with or at. */
const AFTER_WITH = new Set([...WITH, 'عند', 'وعند', 'لدي', 'ولدي']);
/** After a lone untitled name, what a clinic person is or does: free, has a slot, will see you, works at, on the reception team. */
const ARABIC_ROLE_AFTER = new RegExp(
  String.raw`^\s+(?:(?:[بهح]?[تي]كون|كانت|كان)\s+)?(?:فاضي|فاضيه|متاح|متاحه|متوفر|متوفره|موجود|موجوده|عنده|عندها|عندو|[هبرت]?[يت](?:شوف|كشف|تابع|شتغل|داوم|عمل|سوي|عالج|ستقبل)[${LETTER}]*|هي اللي|هو اللي|من (?:الاستقبال|فريق|قسم|عندنا)|في الاستقبال|بالاستقبال|(?:رح|راح|حت|حي)\s+[يت][${LETTER}]+)(?![${LETTER}])`,
  'u',
);
/** Words shaped like a family name ("ال…ي") that are ordinary adjectives after a name ("د. منى الجاي"). */
const NISBA_ADJECTIVES = new Set(
  'الثاني الحالي الماضي الجاي التالي الطبي الصحي العادي النهائي المبدئي الاساسي الشهري السنوي اليومي الاسبوعي الصباحي المسائي الاولي المجاني الحقيقي الكلي الجزئي الاضافي التاني التخصصي'.split(' '),
);

/** Words ending like a nisba that follow a doctor's name as what the doctor is or does ("د. منى حالياً", "د. كريم فاضي"). */
const NISBA_SHAPED_WORDS = new Set('حالي حاليا تاني ثاني عادي يومي شخصي مجاني فاضي بالتالي ياريت كمالي'.split(' '));

/**
 * "بخاري", "منسي": a nisba without the article. Not a verb ("اتلغى" folds to
 * "اتلغي"; "قوليلي" ends in "to me"; "ادهني" is "apply") or a word a doctor is or does.
 */
/** The article, bare or with a glued "ب", "و", "ف" or "ل" ("البلوشي", "بالرصيفة", "للحداد"). */
const ARTICLED_START = /^(?:ال|بال|وال|فال|لل)/u;
/** Starts of a word that is no name even when it stands after a title: a glued "و", a verb in "ا" and the future "رح"/"راح". */
const CONJUNCTION_OR_VERB_START = /^(?:[او]|رح|راح)/u;
/** The prefixes of derived verb forms ("اتلغى", "انقلب", "استلم"): read as verbs, not family names. */
const DERIVED_VERB_START = /^(?:ات|ان|است)/u;

function isUnarticledNisba(word: string): boolean {
  return (
    word.length >= 4 && /(?:[^ي]|اي)ي$/u.test(word) && !ARTICLED_START.test(word) && !DERIVED_VERB_START.test(word) && !/^ا[^ل][\u0621-\u064a]{2}ي$/u.test(word) && !/(?:يلي|ولي|يني|وني)$/u.test(word) &&
    !NISBA_SHAPED_WORDS.has(word) && !ARABIC_NON_NAME_WORDS.has(word) && !NISBA_ADJECTIVES.has(`ال${word}`) && !ARABIC_ROLE_AFTER.test(` ${word}`)
  );
}

/** Articled words that follow a doctor's given name without being a family name: days, times, roles and words of the visit. */
const AFTER_GIVEN_NAME = new Set(
  `الاحد الاثنين الاتنين الثلاثاء الثلاثا التلات التلاتا الاربعاء الاربعا الخميس الجمعه السبت الساعه الصبح الظهر الضهر العصر المغرب
  المسا المساء الليل الليله اليوم بكره الاسبوع الشهر الجاي الجايه القادم القادمه الماضي الماضيه الاستشاري الاستشاريه الاخصائي
  الاخصائيه الطبيب الطبيبه الدكتور الدكتوره الموعد المواعيد الفرع العياده الجلسه الكشف الحجز الاول الاولي الثاني الثانيه التاني
  التانيه اللي الان الحين الجديد الجديده المختص المختصه المعالج المعالجه السابق السابقه المناوب المناوبه الموجود الموجوده بالفرع
  الاسنان الاطفال العظام النسا النساء الجلديه العيون القلب الباطنه الاعصاب الجراحه التجميل التغذيه`.split(/\s+/),
);

/**
 * What follows a doctor's full name as the subject of a clause: a pronoun, "who", "has". Not a verb or what may follow one
 * ("د. إيمان تنجم تشوفك", "الدكتورة منى بتكون موجودة"), as a verb after the given name is shaped like a surname too.
 */
// And what a doctor does, in the present or future: "د. رانيا الخطيب بتشوفك" for the clinic's د. رانيا خوري.
const SUBJECT_AFTER_NAME = new Set(`هي هو اللي الي عندها عنده عندو بتشوفك بيشوفك بتشوف بيشوف هتشوفك هيشوفك حتشوفك حيشوفك بتكشف بيكشف هتكشف هيكشف`.split(' '));

/** "الحداد", "المرزوق": an articled word after a title and a clinic doctor's given name, read as that name's (other) family name. */
function isArticledSurname(word: string): boolean {
  return word.length >= 5 && word.startsWith('ال') && !word.endsWith('ات') && !AFTER_GIVEN_NAME.has(word) && !ARABIC_NON_NAME_WORDS.has(word) && !NISBA_ADJECTIVES.has(word);
}

/**
 * Words that end a clause after a doctor's first name without being a surname ("مع د. منى باكر."), beyond those isPlainSurname
 * already turns away by their shape or as non-name words ("بكرة", "اليوم", "فاضية").
 */
const NOT_SURNAMES = new Set(`باجر باكر باچر غدوه هلق بعدين فقط متوفر متوفره مشغول مشغوله بنفسه`.split(' '));

/**
 * A word shaped like a plain family name ("حداد", "باعباد"): not a verb said of the doctor ("اتلغى", "قوليلي": a prefix of the
 * passive or a final "ي"; a nisba is read elsewhere) nor a place with a glued preposition ("بالرصيفة").
 */
function isPlainSurname(word: string): boolean {
  return (
    word.length >= 3 &&
    !ARTICLED_START.test(word) &&
    !DERIVED_VERB_START.test(word) &&
    !/[يا]$/u.test(word) &&
    !NOT_SURNAMES.has(word) &&
    !ARABIC_NON_NAME_WORDS.has(word) &&
    !AFTER_GIVEN_NAME.has(`ال${word}`)
  );
}

/**
 * Whether the clause or sentence ends right after `word`, or the words of where and when the visit is follow it ("… باعباد في
 * فرع الشرج"); there not after a verb of the present ("بتكون في", "بتشوفك في").
 */
function endsClauseAfter(reply: ReplyText, word: ArabicWord): boolean {
  const after = reply.lower.slice(word.end, word.end + 8);
  if (/^\s*(?:[.،,!؟?؛;:)]|$)/u.test(after)) return true;
  return /^\s*(?:في|فى|يوم|نهار|الساعه|بفرع|فرع|بالفرع)(?![\u0621-\u064a])/u.test(after) && !PRESENT_VERB_START.test(word.word);
}

/** The prefixes of a verb of the present ("بتكون", "هتشوف", "تبدي"). */
const PRESENT_VERB_START = /^[بهح]?[تين]/u;

/** A family name by its shape: the article and a nisba ending ("البلوشي", "السيابي", "الكواري"). */
/** Whether `next` is shaped like a family name and stands right after `word`, with only a space between. */
function familyNameRightAfter(reply: ReplyText, word: ArabicWord, next: ArabicWord | undefined): boolean {
  // Not "والدكتور هيشوف الحساسية", "وأسماء الأدوية": a clinical word is shaped like a family name too.
  return next !== undefined && isFamilyNameShaped(next.word) && reply.text.slice(word.end, next.start).trim() === '' && !ARABIC_CLINICAL_WORD.test(next.word);
}

function isFamilyNameShaped(word: string): boolean {
  // "مواعيد ريم الجاية": the feminine of an adjective ("الجايه", "الثانيه") is no family name either.
  const adjective = NISBA_ADJECTIVES.has(word) || (word.endsWith('يه') && NISBA_ADJECTIVES.has(word.slice(0, -1)));
  return word.length >= 5 && word.startsWith('ال') && /(?:ي|يه)$/u.test(word) && !adjective && !ARABIC_NON_NAME_WORDS.has(word);
}

interface ArabicWord extends Span {
  word: string;
}

function isGivenName(word: string, includeAmbiguous: boolean): boolean {
  if (FOREIGN_NAMES_IN_ARABIC.has(word)) return includeAmbiguous || !AMBIGUOUS_ARABIC_NAMES.has(word);
  if (!ARABIC_GIVEN_NAMES.has(word)) return false;
  return includeAmbiguous || !AMBIGUOUS_ARABIC_NAMES.has(word);
}

const isAnyGivenName = (word: string) => isGivenName(word, true);
const isUnambiguousGivenName = (word: string) => isGivenName(word, false);

/** "وسارة", "لطارق": a one-letter prefix glued to a name. */
function withoutPrefix(word: string, isName: (w: string) => boolean): string | null {
  if (isName(word)) return word;
  const stripped = word.length > 3 && /^[وفلب]/u.test(word) ? word.slice(1) : null;
  return stripped !== null && isName(stripped) ? stripped : null;
}

/** The runs of Arabic letters (ء to ي) of a text, as /[\u0621-\u064a]+/g finds them, without a match object per word. */
function arabicWords(text: string): ArabicWord[] {
  const words: ArabicWord[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0;
    if (code >= 0x0621 && code <= 0x064a) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      words.push({ start, end: index, word: text.slice(start, index) });
      start = -1;
    }
  }
  return words;
}

function arabicCandidates(reply: ReplyText, facts: VerifiedFacts): NameCandidate[] {
  const words = arabicWords(reply.lower);
  const isKnownToken = (word: string) => facts.names.hasArabicToken(word) || isKnownName([word], 'arabic', facts.names);
  const isGivenOrDoctorName = (word: string) => isAnyGivenName(word) || facts.doctorTokens.has(word);
  const candidates: NameCandidate[] = [];
  let coveredUntil = -1;
  // "يا أم يزن … الممرضة بتكون مع يزن": a child the reply names through a parent's kunya is the patient's family wherever it comes up.
  const kunyaChildren = new Set<string>();
  for (let index = 1; index < words.length; index++) if (KUNYA.has(words[index - 1]!.word)) kunyaChildren.add(words[index]!.word);

  /** `needsRole`: a lone untitled name counts only as a clinic person ("مع سارة", "سارة فاضية بكرة"), not as the child or parent spoken of ("أم حمد", "موعد تالا"). */
  /** `afterWithTitle`: the title comes right after "مع", "عند" or "لدى" ("مع د. نورة …"), where the name cannot be a verb's subject before its object. */
  const extend = (startIndex: number, firstWord: string, needsRole = false, afterTitle = false, afterWithTitle = false) => {
    const tokens = [firstWord];
    let last = words[startIndex]!;
    let index = startIndex + 1;
    while (index < words.length && tokens.length < 3) {
      const next = words[index]!;
      const gap = reply.text.slice(last.end, next.start);
      // "د. خالد النسور\nالكشفية …": a name ends at the end of its line.
      if (gap.trim() !== '' || gap.includes('\n')) break;
      const continuesCompound = COMPOUND_NAME_STARTS.has(tokens[tokens.length - 1]!);
      // "د. رنا حداد": another clinic doctor's surname after a first name continues the name (to a name the clinic does not have).
      const continuesKnown =
        isKnownName([...tokens, next.word], 'arabic', facts.names) || misspellsContinuation(tokens, next.word, facts.names.names) || facts.doctorTokens.has(next.word);
      const isAnotherName = isGivenName(next.word, true) && !ARABIC_NON_NAME_WORDS.has(next.word);
      // "هشام الشريف", "منى الجمال": a given name with the article is a family name.
      const isArticledName = next.word.startsWith('ال') && isGivenName(next.word.slice(2), true);
      // "د. ماجد بخاري" for the clinic's د. ماجد بخش: after a title and a clinic doctor's first name, a nisba is a surname, the wrong one.
      // "مع د. نورة الحداد" for the clinic's د. نورة السيد: or, after "with", an articled word that is no day, time or word of the visit
      // (not "وسيراجع د. رامي القالب", where the word is what the doctor will review).
      // Not "ويا د. زينب تبدي الثلاثاء": a verb of the present before a day or time ("starts Tuesday").
      const verbBeforeDay = PRESENT_VERB_START.test(next.word) && AFTER_GIVEN_NAME.has(words[index + 1]?.word ?? '');
      const isDoctorsOtherSurname =
        afterTitle &&
        tokens.length === 1 &&
        facts.doctorTokens.has(firstWord) &&
        !verbBeforeDay &&
        (isUnarticledNisba(next.word) || (afterWithTitle && isArticledSurname(next.word)));
      // "مع د. مايا حداد." for the clinic's د. مايا سعد: after "with", a title and a clinic doctor's first name, a last word
      // before the sentence or clause ends is the surname.
      const isDoctorsLastSurname =
        afterWithTitle && tokens.length === 1 && facts.doctorTokens.has(firstWord) && endsClauseAfter(reply, next) && isPlainSurname(next.word);
      // "الدكتورة سلمى بنيس هي اللي …" for the clinic's د. سلمى بناني: after a title and a clinic doctor's first name, a surname-shaped word
      // followed by what follows a name as its subject ("هي", "اللي", "عندها") is the surname.
      const following = words[index + 1];
      const isDoctorsSubjectSurname =
        afterTitle &&
        tokens.length === 1 &&
        facts.doctorTokens.has(firstWord) &&
        following !== undefined &&
        reply.text.slice(next.end, following.start).trim() === '' &&
        SUBJECT_AFTER_NAME.has(following.word) &&
        (isPlainSurname(next.word) || isArticledSurname(next.word));
      if (
        !continuesCompound &&
        !continuesKnown &&
        !isAnotherName &&
        !isArticledName &&
        !isFamilyNameShaped(next.word) &&
        !isDoctorsOtherSurname &&
        !isDoctorsLastSurname &&
        !isDoctorsSubjectSurname
      ) {
        break;
      }
      tokens.push(next.word);
      last = next;
      index++;
    }
    const start = words[startIndex]!.start;
    const familyNamed = tokens.length === 1 && kunyaChildren.has(firstWord);
    if (!familyNamed && (!needsRole || tokens.length > 1 || ARABIC_ROLE_AFTER.test(reply.lower.slice(last.end, last.end + 30)))) {
      candidates.push({ start, end: last.end, tokens, script: 'arabic' });
    }
    coveredUntil = last.end;
  };

  for (let index = 0; index < words.length; index++) {
    const current = words[index]!;
    if (current.start < coveredUntil) continue;
    // "والأخصائي تاعنا رضا حمادي": "our" between a title and the name.
    const nameAt = WORD_TITLES.has(current.word) && TITLE_POSSESSIVES.has(words[index + 1]?.word ?? '') ? index + 2 : index + 1;
    const next = words[nameAt];
    const nextWord = next?.word;
    // "فيتامين د": the letter D of a vitamin, not "Dr.".
    const abbreviated = isAbbreviatedTitle(reply, current);
    // "أخصائية العلاج الطبيعي ليلى ناصر", "أخصائية السمع سلمى": the speciality after a title comes before the name.
    // "الطبيب السابق كتبلها كريم …": a title said of the patient's previous or treating doctor names no one after it.
    if (next && nextWord && WORD_TITLES.has(current.word) && WHICH_CLINICIAN.has(nextWord)) continue;
    if (next && nextWord && WORD_TITLES.has(current.word) && nextWord.startsWith('ال') && !isGivenName(nextWord, true)) {
      let after = index + 1;
      while (after < index + 3 && words[after]?.word.startsWith('ال') && !isGivenName(words[after]!.word, true)) after++;
      // "أخصائية العلاج الطبيعي عندنا ريم خليل": "ours" may stand between the speciality and the name.
      if (words[after] && (words[after]!.word === 'عندنا' || TITLE_POSSESSIVES.has(words[after]!.word))) after++;
      // "أخصائية السمع أ. شيخة الحبسية": an abbreviated title may stand between the speciality and the name.
      if (words[after] && isAbbreviatedTitle(reply, words[after]!)) after++;
      const named = words[after];
      // "أخصائية البصريات أمينة راشد": after a title and its speciality, a word before a given or family name starts a name too.
      const following = words[after + 1];
      // Not before "على" ("الممرضة المتابعة لحالتك على رقم العيادة"): a given name that is also a preposition.
      const beforeName =
        following !== undefined &&
        !ARABIC_NON_NAME_WORDS.has(following.word) &&
        (isGivenName(following.word, true) || isFamilyNameShaped(following.word)) &&
        reply.text.slice(named?.end ?? 0, following.start).trim() === '';
      if (named && (isGivenName(named.word, true) || beforeName) && !ARABIC_NON_NAME_WORDS.has(named.word)) {
        extend(after, named.word);
        index = after;
      }
      continue;
    }
    if (next && nextWord && (abbreviated || WORD_TITLES.has(current.word))) {
      // "لينا" is also "to us", "علي" also "on": after "د." they are names.
      if (ARABIC_NON_NAME_WORDS.has(nextWord) && !(abbreviated && isGivenName(nextWord, true))) continue;
      // "الدكتورة خلود الشكيلي": after a title, a word before a family name is a given name even when the lexicon lacks it.
      const afterNext = words[nameAt + 1];
      const beforeFamilyName = familyNameRightAfter(reply, next, afterNext);
      // "الدكتور عبد السلام الفيتوري": a compound given name ("عبد …", "أبو …") after a title.
      const compoundName = COMPOUND_NAME_STARTS.has(nextWord) && afterNext !== undefined && reply.text.slice(next.end, afterNext.start).trim() === '';
      const isName = abbreviated || isGivenName(nextWord, true) || isKnownToken(nextWord) || beforeFamilyName || compoundName;
      // "والدكتورة سلافة بتكون موجودة": a word the lexicon lacks is a name too when what a clinic person is or does follows it,
      // unless it is shaped like a verb or a conjunction ("الدكتورة بتفحص", "الدكتور راح يشوف").
      const unlistedName =
        !isName &&
        reply.text.slice(current.end, next.start).trim() === '' &&
        nextWord.length > 2 &&
        !ARTICLED_START.test(nextWord) &&
        !PRESENT_VERB_START.test(nextWord) &&
        !CONJUNCTION_OR_VERB_START.test(nextWord) &&
        !ARABIC_NON_NAME_WORDS.has(nextWord) &&
        !WHICH_CLINICIAN.has(nextWord) &&
        ARABIC_ROLE_AFTER.test(reply.lower.slice(next.end, next.end + 30));
      if (isName || unlistedName) {
        extend(nameAt, nextWord, false, true, AFTER_WITH.has(words[index - 1]?.word ?? ''));
        index = nameAt;
      }
      continue;
    }
    // "خالته الأستاذة دعاء": an honorific after a family word names the family member.
    // "شكراً سيد يوسف": an honorific after another is a title too, not the given name "سيد".
    if (next && nextWord && HONORIFICS.has(current.word) && !HONORIFICS.has(nextWord) && !isFamilyMember(reply.lower, current.start)) {
      const name = withoutPrefix(nextWord, isAnyGivenName);
      if (name !== null && !isKnownToken(nextWord) && !ARABIC_MEDICINE_WORD.test(words[index + 2]?.word ?? '')) {
        extend(index + 1, name, !WITH.has(current.word));
        index++;
        continue;
      }
    }
    // An ambiguous given name ("سلمى", also "peace") is a name when a family name follows it ("سلمى الحارثي").
    const beforeFamilyName = familyNameRightAfter(reply, current, next);
    // A clinic doctor's first name before another family name ("سالم الهناني" for the clinic's سالم الهنائي) starts a name too.
    const name = withoutPrefix(current.word, beforeFamilyName ? isGivenOrDoctorName : isUnambiguousGivenName);
    const previous = words[index - 1];
    // "مستشفى الملك فيصل", "شارع الأمير سلطان": a royal's name names a hospital or a street.
    const royal = previous !== undefined && ROYAL_TITLES.has(previous.word) && reply.text.slice(previous.end, current.start).trim() === '';
    // "٢٢ شارع فوزي معاذ": a given name right after a landmark noun names the street or building.
    const landmarkNamed = previous !== undefined && isArabicLandmarkNoun(previous.word) && reply.text.slice(previous.end, current.start).trim() === '';
    if (name !== null && !royal && !landmarkNamed && !ARABIC_NON_NAME_WORDS.has(current.word) && !isFamilyMember(reply.lower, current.start)) extend(index, name, true);
  }
  return candidates;
}

/**
 * "فرع سموحة الجديدة": the branch word, its place and the word after it, unless that word starts the next branch ("فرع بالأشرفية وفرع
 * بجونية"). The place may follow "في", the Maghrebi "ف" ("فرع ف السعيدية") or a glued "ب".
 */
/** What may be glued to "فرع": "و", "ب", "وب", "بال", "لل" …. */
const GLUED_TO_BRANCH = String.raw`(?:[وبفل]|وب|بال|وال|فال|لل|وبال)?`;
const BRANCH_WORD = new RegExp(String.raw`(?<![${LETTER}])${GLUED_TO_BRANCH}(?:ال)?فرع(?:نا)?\s+(?:(?:(?:ال)?(?:جديد|تاني|ثاني|ثالث|تالت|اخر|كمان|بعد)\s+)?(?:(?:اللي|الي|الذي|التي)\s+)?(?:(?:في|فى|ف)\s+|ب(?=[${LETTER}]{3})))?([${LETTER}]+)(?:\s+(?!${GLUED_TO_BRANCH}(?:ال)?فرع)([${LETTER}]+))?`, 'gu');
const COMING_FROM = new RegExp(String.raw`(?:^|\s)(?:من صوب|من ناحيه|من جهه|صوب|ناحيه|(?:جاي|جايه|جايين|جاييه|قادم|قادمه|جايي) من)$`, 'u');
const PATIENT_AREA = new RegExp(String.raw`^[وبلف]?(?:منطقت|حي|مدينت|بيت|سكن|عنوان|مكان)(?:ك|كي|كم|ج|كن)$`, 'u');
const NO_BRANCH_AT = new RegExp(String.raw`(?<![${LETTER}])(?:ما عندنا|ماعندنا|ما عندناش|معندناش|مفيش|ما فيش|ما في|مافي|ما فيه|مافيه|ليس لدينا|لا يوجد لدينا|لا يوجد|لا نملك|ما لنا|مالنا)\s+(?:اي\s+)?(?:فرع|فروع)\s*(?:(?:في|فى)\s+|ب)?$`, 'u');
/** "أي فرع", "كل فرع", and "which branch" in the dialects ("واش من فرع", "انهو فرع", "ياتو فرع"): no branch named. */
const ANY_BEFORE = new RegExp(String.raw`(?<![${LETTER}])(?:(?:[لبو]|ول|وب)?(?:اي|كل)|(?:واش|اش|شنو|ايش|وش)\s+من|انهو|انهي|ياتو|ياتي|اياتو)\s+$`, 'u');
const TO_YOURS = new RegExp(String.raw`^ل[${LETTER}]{2,}(?:ك|كي|كم|ج|كن)$`, 'u');
const SHORT_WORD = new RegExp(String.raw`^[${LETTER}]{1,2}$`);
const NEXT_WORD = new RegExp(String.raw`^\s+([${LETTER}]+)`);
/** "فرع سموحة الجديدة": a second word that makes another place of the first. */
const PLACE_MODIFIERS = new Set(['الجديده', 'وسط', 'شمال', 'جنوب', 'شرق', 'غرب', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الجديد', 'القديمه', 'القديم', 'الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه', 'البحري', 'القبلي', 'بحري', 'قبلي', 'الخامس', 'الكبري', 'الصغري']);
/** Modifiers that are also prepositions: "وهران وسط" is a place, "السانية وسط المدينة" a place and where it is (so "شمال المدينة"). */
const PREPOSITION_MODIFIERS = new Set(['وسط', 'شمال', 'جنوب', 'شرق', 'غرب']);
// Not "مدينه": "مدينة نصر" is itself a place name.
const DISTRICT_WORDS = new Set(['حي', 'منطقه', 'شارع', 'ضاحيه', 'مول', 'برج', 'مجمع']);
const LISTED_BRANCH_WORDS = new Set(['فرع', 'وفرع']);
/** "منطقة", "بمنطقة": the word before a district's name in a sentence about branches. */
const DISTRICT_BEFORE = /^[وب]?منطقه$/u;
/** First words of compound place names ("أم باب", "أبو عريش", "بني سويف", "مدينة عيسى"): the name goes on to the next word. */
const COMPOUND_PLACE_STARTS = new Set(['ام', 'ابو', 'بني', 'بير', 'راس', 'عين', 'دير', 'تل', 'كفر', 'بيت', 'ميت', 'مدينه', 'جزيره', 'سيدي', 'مولاي', 'اولاد', 'وادي', 'حاسي']);
const BRANCH_SENTENCE = /فرع|فروع|عياده|عيادتنا|عيادات|مكان|عنوان|مقر/u;
const BRANCHES_NAMED = /فرع|فروع/u;
/**
 * "فرعنا في شارع الهرم", "فرعنا الجديد قرب جامعة المنصورة": a branch known by the landmark it is at.
 * Not "فرع طلخا جنب جامعة المنصورة": a named branch, and the landmark is its address.
 */
const ARABIC_BRANCH_SITE_BEFORE = /فرع(?:نا|ها|كم|ين)?(?:\s+(?:ال)?(?:جديد|تاني|ثاني|ثالث|رابع|اخير)ه?)?\s+(?:(?:في|فى|علي|قرب|جنب|عند|بجوار|بجانب|امام|قدام|ورا|خلف|(?:قريب|بالقرب) من)\s+)?$/u;
const ARABIC_LANDMARK_NOUNS = new Set([
  'جامعه', 'مستشفي', 'ميدان', 'محطه', 'مطار', 'سوق', 'جامع', 'مسجد', 'كوبري', 'جسر', 'دوار', 'مدرسه', 'فندق', 'كورنيش', 'نادي', 'استاد', 'كليه', 'شارع',
  'مول', 'برج', 'سنتر', 'مجمع', 'بنك', 'مبني', 'عماره', 'بنايه', 'هيئه', 'وزاره', 'سفاره', 'كنيسه', 'مكتبه', 'محكمه',
]);
/** How many words before a place a landmark noun can stand and still name it: "مبنى هيئة قناة السويس". */
const LANDMARK_CHAIN = 3;
/** Words that end a landmark's name: a preposition or conjunction starts something else ("جنب المستشفى في السويس"). */
const OUTSIDE_LANDMARK_NAME = new Set(['في', 'فى', 'من', 'الي', 'علي', 'عند', 'قرب', 'جنب', 'بجوار', 'امام', 'قدام', 'ورا', 'خلف', 'و', 'او', 'بين', 'مع']);

/** "شارع", "والمستشفى", "بالمبنى": a landmark noun, with or without a glued letter and the article. */
function isArabicLandmarkNoun(word: string): boolean {
  return ARABIC_LANDMARK_NOUNS.has(word.replace(/^[وبلف]?(?:ال)?/u, ''));
}

/** The landmark noun among the words right before a place, if no preposition comes between them. */
function landmarkNamingPlace(chain: readonly ArabicWord[]): ArabicWord | undefined {
  for (let index = chain.length - 1; index >= 0; index--) {
    const word = chain[index]!;
    if (OUTSIDE_LANDMARK_NAME.has(word.word)) return undefined;
    if (isArabicLandmarkNoun(word.word)) return word;
  }
  return undefined;
}

const BRANCHES_IN_BEFORE = /\b(?:branches|locations|clinics|cent(?:re|er)s|sites)\s+(?:in|across)\s+$/i;
const LIST_FOLLOWS = /^\s*:\s*(?:\n|$)/;

/** "عندنا ثلاث فروع: المروج والفيصلية والسليمانية", "فروع بصيدا وجوارها: شارع رياض الصلح، عبرا، والهلالية": the places listed after a colon. */
/** "فروع", "فروعنا", "فرعين": the word for several branches that opens a list of them. */
const ARABIC_BRANCHES = String.raw`(?<![${LETTER}])(?:[وب]?(?:ال)?فروع(?:نا|ها)?|فرعين|فرعان)`;
const ARABIC_BRANCH_LIST = new RegExp(String.raw`${ARABIC_BRANCHES}(?:\s+[^:\n.؟!]{0,40}?)?\s*:([^\n.؟!]*)`, 'gu');
/** "سوق الوكرة (٤٤٦٣ ١٢٠١)": a bracket after a listed place (its phone, a landmark) is not part of its name. */
const BRACKETED = /\([^)]*\)/g;
/** "ومسيعيد اللي يخدم أهل المنطقة الصناعية": a relative clause after a listed place describes it. */
const RELATIVE_PRONOUNS = new Set(['اللي', 'الي', 'التي', 'الذي']);
const BRANCHES_AREA_BEFORE = /(?:فروع(?:نا)?|فرعين|فرعان)\s+(?:(?:في|فى)\s+)?$/u;
const BRANCHES_AREA_AFTER = /^\s*(?:و(?:جوار|ضواحي)[^\s:]*\s*)?(?::|$)/u;
const LIST_SEPARATOR = new RegExp(String.raw`\s*[،,]\s*|\s+(?=و[${LETTER}]{3})`, 'u');
const DIGIT = /[\d٠-٩]/u;
/** "واحد في سموحة والتاني في ميامي": counting the branches, not naming them. */
const LIST_COUNT_WORDS = new Set(['واحد', 'واحده', 'الاول', 'الاولي', 'التاني', 'الثاني', 'التانيه', 'الثانيه', 'التالت', 'الثالث', 'كلهم', 'كلها']);

/** "عندنا فروع في سوهاج وطهطا وأخميم": the towns the branches are in, each a branch unless a town of the clinic's country. */
const ARABIC_BRANCH_TOWNS = new RegExp(String.raw`${ARABIC_BRANCHES}\s+(?:في|فى)\s+([^\n.؟!:]*)`, 'gu');

function arabicBranchListCandidates(lower: string): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (const m of allMatches(ARABIC_BRANCH_LIST, lower)) candidates.push(...listedPlaces(m, false));
  for (const m of allMatches(ARABIC_BRANCH_TOWNS, lower)) {
    const places = listedPlaces(m, true);
    if (!places.some((place) => candidates.some((c) => c.start === place.start))) candidates.push(...places);
  }
  return candidates;
}

/** The items of such a list, one to three words each, up to the first that is not a place name ("وكلهم شغالين …", "واحد في سموحة"). */
function listedPlaces(m: RegExpExecArray, area: boolean): NameCandidate[] {
  const listed: NameCandidate[] = [];
  const listStart = m.index + m[0].length - m[1]!.length;
  // Blanked, not removed: positions in the list stay positions in the reply.
  const list = m[1]!.replace(BRACKETED, (bracket) => ' '.repeat(bracket.length));
  let offset = 0;
  for (const item of list.split(LIST_SEPARATOR)) {
    const at = listStart + list.indexOf(item, offset);
    offset = at - listStart + item.length;
    const all = arabicWords(item);
    const relative = all.findIndex((w) => RELATIVE_PRONOUNS.has(w.word));
    const words = relative > 0 ? all.slice(0, relative) : all;
    if (words.length === 0) continue;
    if (words.length > 3 || DIGIT.test(item) || words.some((w) => OUTSIDE_LANDMARK_NAME.has(w.word) || LIST_COUNT_WORDS.has(w.word))) break;
    // "شارع رياض الصلح", "فرع أبو الريش": the street or branch word is how the place is written, not part of the branch's name.
    const named = words.length > 1 && (DISTRICT_WORDS.has(words[0]!.word) || LISTED_BRANCH_WORDS.has(words[0]!.word)) ? words.slice(1) : words;
    const tokens = named.map((w) => w.word);
    // "والسليمانية": "and the …" is not part of the name.
    const glued = tokens[0]!.startsWith('وال') ? 1 : 0;
    tokens[0] = tokens[0]!.slice(glued);
    listed.push({ start: at + named[0]!.start + glued, end: at + named[named.length - 1]!.end, tokens, script: 'arabic', place: true, area });
    if (relative > 0) break;
  }
  return listed.length >= 2 ? listed : [];
}

/** Branch and place names: after "فرع", and known place names in sentences about where the clinic is. */
function arabicPlaceCandidates(reply: ReplyText): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  const lower = reply.lower;
  for (const m of allMatches(BRANCH_WORD, lower)) {
    // "التواصل مع الفرع مباشرة": with the article, "the branch" is followed by an adjective or adverb, not its name ("فرع المعادي").
    if (/^[وبفل]?(?:ال|لل)فرع/u.test(m[0]) && !ARABIC_PLACES.has(m[1]!)) continue;
    // "فرع حي الياسمين", "فرع شارع التحلية": the place is the word after the district word.
    const district = DISTRICT_WORDS.has(m[1]!) && m[2] !== undefined && !ARABIC_PLACE_PAIRS.some(([a, b]) => a === m[1] && b === m[2]);
    const first = district ? m[2]! : m[1]!;
    // "فرع أم باب", "فرع مدينة عيسى": the first word of a compound place name takes the word after it.
    const compound = COMPOUND_PLACE_STARTS.has(first) && m[2] !== undefined && !district;
    if (ARABIC_NON_NAME_WORDS.has(first) || first === 'فرع' || (SHORT_WORD.test(first) && !compound)) continue;
    // "أي فرع في مواعيد العمل": any branch, not one named; "أقرب فرع لمنطقتك": "to your area", a preposition and a pronoun.
    if (ANY_BEFORE.test(lower.slice(Math.max(0, m.index - 10), m.index)) || TO_YOURS.test(first)) continue;
    const start = m.index + m[0].lastIndexOf(first, m[0].length - (m[2]?.length ?? 0));
    // "فرعنا الجديد": an adjective right after the branch word, not its name ("فرعنا بالجديدة" is the place).
    if (PLACE_MODIFIERS.has(first) && /فرع(?:نا)?\s+$/u.test(lower.slice(m.index, start))) continue;
    const second = district ? undefined : m[2];
    const modifies =
      second !== undefined && PLACE_MODIFIERS.has(second) && !(PREPOSITION_MODIFIERS.has(second) && /^\s+ال/u.test(lower.slice(m.index + m[0].length)));
    const pairsWithSecond = second !== undefined && (ARABIC_PLACE_PAIRS.some(([a, b]) => a === first && b === second) || modifies);
    const tokens = pairsWithSecond || compound ? [first, second!] : [first];
    // "فرع JLT": a branch written in Latin letters is compared with the Latin names.
    const script = /^[a-z]/.test(first) ? 'latin' : 'arabic';
    const end = start + tokens.join(' ').length;
    // The second word closes the match.
    const following = tokens.length === 1 && second?.startsWith('ال') ? { word: second, end: m.index + m[0].length } : undefined;
    candidates.push({ start, end, tokens, script, place: true, ...(following ? { following } : {}) });
  }
  candidates.push(...arabicBranchListCandidates(lower));
  for (const sentence of reply.sentences) {
    const text = lower.slice(sentence.start, sentence.end);
    if (!BRANCH_SENTENCE.test(text)) continue;
    const aboutBranches = BRANCHES_NAMED.test(text);
    const recent: ArabicWord[] = [];
    for (const found of arabicWords(text)) {
      const before = recent[recent.length - 1];
      const chain = recent.slice();
      recent.push(found);
      if (recent.length > LANDMARK_CHAIN) recent.shift();
      const start = sentence.start + found.start;
      if (candidates.some((c) => start < c.end && sentence.start + found.end > c.start)) continue;
      // "واحد في الروضة والثاني في حي السلامة": where the branches are, a neighbourhood is a place whatever its name.
      // "فرع في الدوحة بمنطقة الخليج الغربي": or an articled name after "منطقة".
      const afterDistrictWord = before?.word === 'حي' || (DISTRICT_BEFORE.test(before?.word ?? '') && found.word.startsWith('ال') && !NISBA_ADJECTIVES.has(found.word));
      if (aboutBranches && afterDistrictWord && !ARABIC_NON_NAME_WORDS.has(found.word) && !SHORT_WORD.test(found.word)) {
        candidates.push({ start, end: sentence.start + found.end, tokens: [found.word], script: 'arabic', place: true });
        continue;
      }
      const word = withoutPrefix(found.word, (w) => ARABIC_PLACES.has(w) || ARABIC_PLACE_PAIRS.some(([a]) => a === w));
      if (word === null) continue;
      // "أقرب فرع لمنطقتك حولي": the patient's own area, named after "your area"; "من صوب ديرة", "جاي من الشارقة": where the patient comes from.
      if (before !== undefined && (PATIENT_AREA.test(before.word) || COMING_FROM.test(chain.slice(-2).map((w) => w.word).join(' ')))) continue;
      // "عندنا فرعين في الغردقة:": the town all the branches are in, before the list of them.
      const area = BRANCHES_AREA_BEFORE.test(text.slice(Math.max(0, found.start - 30), found.start)) && BRANCHES_AREA_AFTER.test(text.slice(found.end));
      // "بالقرب من جامعة الزقازيق", "مبنى هيئة قناة السويس": a place in a landmark's name, unless a branch is there ("فرعنا في شارع الهرم").
      const landmark = landmarkNamingPlace(chain);
      if (landmark !== undefined && !ARABIC_BRANCH_SITE_BEFORE.test(text.slice(Math.max(0, landmark.start - 40), landmark.start))) continue;
      // "فحص فيصل" is Faisal's check-up: a place that is also a given name is a place only after "في" or a glued letter ("بفيصل", "وفيصل").
      if (isGivenName(word, true) && word === found.word && !/(?:في|فى)\s+$/u.test(text.slice(0, found.start))) continue;
      const following = NEXT_WORD.exec(text.slice(found.end));
      const pair = ARABIC_PLACE_PAIRS.find(([a, b]) => a === word && b === following?.[1]);
      if (!pair && !ARABIC_PLACES.has(word)) continue;
      const tokens = pair ? [pair[0]!, pair[1]!] : [word];
      const end = pair ? sentence.start + found.end + following![0].length : sentence.start + found.end;
      candidates.push({ start, end, tokens, script: 'arabic', place: true, area });
    }
  }
  // "ما عندنا فرع في مدينة نصر": a branch the clinic says it does not have, however the place was found.
  return candidates.filter((c) => !NO_BRANCH_AT.test(lower.slice(Math.max(0, c.start - 30), c.start)));
}
