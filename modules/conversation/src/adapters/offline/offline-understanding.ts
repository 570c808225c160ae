import { toAsciiDigits } from '@frontdesk/shared-kernel';
import type { PatientLanguage } from '../../ports/receptionist-model.port';

/**
 * How the offline receptionist reads a patient message: one normal form
 * (Arabic letter variants folded, diacritics dropped, Arabic-Indic digits
 * made ASCII, lower case, no punctuation), then keyword lists in English and
 * Egyptian Arabic, numbered choices, yes/no, and FAQ matching by word overlap.
 * Pure and deterministic.
 */

const ARABIC_LETTER = /[\u0621-\u064a\u066e-\u06d3]/u;
const LATIN_LETTER = /[a-z]/i;

/** The language a message is written in: any Arabic letter means Arabic, else Latin letters mean English, else null (digits, emoji). */
export function scriptLanguage(message: string): PatientLanguage | null {
  if (ARABIC_LETTER.test(message)) return 'ar';
  if (LATIN_LETTER.test(message)) return 'en';
  return null;
}

const FOLDS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي', 'ء': '' };

/** The normal form every comparison uses: "أيوة ١" -> "ايوه 1", "Book it!!" -> "book it". */
export function normalise(text: string): string {
  return (
    toAsciiDigits(text)
      // Harakat, superscript alef, tatweel.
      .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
      .replace(/[أإآٱةىؤئء]/gu, (c) => FOLDS[c] ?? c)
      .toLowerCase()
      .replace(/['’‘`]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      // "ايوووه", "yesss": letters repeated three times or more count once.
      .replace(/(\p{L})\1{2,}/gu, '$1')
      .trim()
  );
}

export function words(norm: string): string[] {
  return norm.length === 0 ? [] : norm.split(' ');
}

const ARTICLES = ['وال', 'فال', 'بال', 'لل', 'ال'];
const ONE_LETTER_PREFIXES = ['و', 'ف', 'ب', 'ل'];

/** A word without its Arabic article ("والحجز" -> "حجز") or English plural ("prices" -> "price"). */
export function stem(word: string): string {
  if (ARABIC_LETTER.test(word)) {
    const article = ARTICLES.find((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 2);
    return article ? word.slice(article.length) : word;
  }
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Plural and verb endings, so that Egyptian "بتقبلوا" and formal "تقبلون" meet at "تقبل". */
const ARABIC_SUFFIXES = ['ون', 'وا', 'ين', 'ات'];

/**
 * A word, its stem, and for Arabic its forms without a glued conjunction or
 * preposition ("وكشف" -> "كشف") and without a plural or verb ending.
 */
export function wordForms(word: string): string[] {
  const forms = new Set([word, stem(word)]);
  if (ARABIC_LETTER.test(word)) {
    for (const prefix of ONE_LETTER_PREFIXES) {
      if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
      const rest = word.slice(prefix.length);
      forms.add(rest);
      forms.add(stem(rest));
    }
    for (const form of [...forms]) {
      const suffix = ARABIC_SUFFIXES.find((ending) => form.endsWith(ending) && form.length - ending.length >= 3);
      if (suffix) forms.add(form.slice(0, -suffix.length));
    }
  }
  return [...forms];
}

let lastShapes: { norm: string; forms: string[]; padded: string; bare: string } | undefined;

/** A message's word forms, computed once for the dozen keyword lists a turn checks it against. */
function messageShapes(norm: string): { forms: string[]; padded: string; bare: string } {
  if (lastShapes?.norm !== norm) {
    const list = words(norm);
    lastShapes = { norm, forms: list.flatMap(wordForms), padded: ` ${norm} `, bare: ` ${list.map(stem).join(' ')} ` };
  }
  return lastShapes;
}

/**
 * Whether the message holds one of the keywords. A keyword of one word
 * matches a word of the message (or its form without prefix); a trailing `*`
 * matches words starting with it; a keyword of several words matches as a phrase.
 */
export function hasKeyword(norm: string, keywords: readonly string[]): boolean {
  const { forms, padded, bare } = messageShapes(norm);
  return keywords.some((keyword) => {
    if (keyword.includes(' ')) return padded.includes(` ${keyword} `) || bare.includes(` ${keyword} `);
    if (keyword.endsWith('*')) {
      const stem = keyword.slice(0, -1);
      return forms.some((form) => form.startsWith(stem));
    }
    return forms.includes(keyword);
  });
}

/** Keywords as written below, in the normal form messages are compared in ("إلغاء" -> "الغا"); a trailing `*` is kept. */
function normalForms(keywords: readonly string[]): string[] {
  return keywords.map((keyword) => (keyword.endsWith('*') ? `${normalise(keyword.slice(0, -1))}*` : normalise(keyword))).filter((k) => k.length > 0);
}

// ---------------------------------------------------------------- keywords

const HUMAN = normalForms([
  'person', 'human', 'agent', 'staff', 'receptionist', 'representative', 'operator', 'real person', 'customer service',
  'talk to someone', 'speak to someone', 'speak with someone', 'talk to somebody', 'someone from the clinic', 'call me',
  'موظف', 'موظفه', 'حد من العياده', 'حد يكلمني', 'حد يرد', 'اكلم حد', 'اتكلم مع حد', 'بني ادم', 'انسان', 'خدمه العملاء', 'الاستقبال', 'مسوول', 'مسيول',
]);
const EMERGENCY = normalForms([
  'emergency', 'urgent', 'chest pain', 'cant breathe', 'can not breathe', 'difficulty breathing', 'unconscious', 'severe bleeding', 'heavy bleeding',
  'طواري', 'طاري', 'اسعاف', 'نزيف جامد', 'مش قادر اتنفس', 'ضيق في التنفس', 'الم في الصدر', 'وجع في صدري',
]);
const RESCHEDULE = normalForms([
  'reschedule*', 'move', 'moving', 'postpone*', 'change', 'change my appointment', 'another day', 'different day', 'different time', 'another time',
  'اغير*', 'نغير*', 'تغيير', 'تغير', 'غير الميعاد', 'غير المعاد', 'ااجل*', 'اوجل*', 'تاجيل', 'انقل*', 'نقل', 'اقدم', 'تقديم', 'تعديل', 'اعدل*',
]);
const CANCEL = normalForms(['cancel*', 'الغي*', 'الغاء', 'الغا', 'لغي', 'كنسل*', 'اكنسل*', 'يتلغي', 'تلغي', 'نلغي*']);
const MY_APPOINTMENTS = normalForms([
  'my appointment', 'my appointments', 'my booking', 'my bookings', 'upcoming', 'when is my', 'do i have',
  'مواعيدي', 'ميعادي', 'معادي', 'موعدي', 'حجوزاتي', 'حجزي', 'معاداتي',
]);
const BOOK = normalForms(['book*', 'reserve', 'reservation', 'schedule', 'see the doctor', 'see a doctor', 'احجز*', 'حجز', 'نحجز', 'هحجز', 'مواعيد فاضيه']);
/** Words about appointments in general: a wish to book at the start, but no reason to leave a flow that is asking something. */
const BOOK_GENERIC = normalForms(['appointment*', 'slot*', 'available', 'availability', 'ميعاد', 'معاد', 'موعد', 'متاح*']);
const HOURS = normalForms([
  'hours', 'opening', 'open', 'close', 'closing', 'closed', 'timings', 'working hours', 'what time',
  'مواعيد العمل', 'مواعيدكم', 'مواعيد العياده', 'ساعات العمل', 'فاتحين', 'بتفتحوا', 'تفتحوا', 'بتقفلوا', 'تقفلوا', 'شغالين', 'مفتوح*', 'بتشتغلوا',
]);
const PRICES = normalForms(['price*', 'cost*', 'how much', 'fee*', 'charge*', 'سعر', 'اسعار', 'بكام', 'بكم', 'تكلفه', 'كام', 'تمن', 'فلوس']);
const SYMPTOMS = normalForms([
  'pain', 'painful', 'hurt*', 'ache', 'aching', 'toothache', 'headache', 'swollen', 'swelling', 'bleeding', 'fever', 'sick', 'symptom*', 'sore',
  'infection', 'infected', 'medicine', 'medication', 'antibiotic*', 'painkiller*', 'what should i take',
  'وجع*', 'بيوجع*', 'بتوجع*', 'توجع*', 'واجع*', 'موجوع*', 'الم', 'تعبان', 'تعبانه', 'ورم', 'وارم', 'وارمه', 'نزيف', 'بينزف', 'سخونيه', 'حراره', 'صداع', 'مريض', 'التهاب', 'ملتهب*',
  'دوا', 'دواء', 'مسكن', 'مضاد حيوي', 'اخد ايه',
]);
const MENU = normalForms(['menu', 'main menu', 'start over', 'restart', 'back', 'options', 'help', 'القايمه', 'قايمه', 'رجوع', 'ارجع', 'البدايه', 'من الاول', 'مساعده']);
const THANKS = normalForms(['thanks', 'thank you', 'thx', 'ty', 'thank', 'bye', 'goodbye', 'شكرا', 'متشكر', 'متشكره', 'تسلم', 'تسلمي', 'ميرسي', 'مرسي']);
const GREETINGS = normalForms([
  'hi', 'hello', 'hey', 'hiya', 'good morning', 'good afternoon', 'good evening', 'salam', 'assalamu alaikum', 'salam alaikum', 'start',
  'السلام عليكم', 'سلام عليكم', 'سلام', 'السلام', 'اهلا', 'اهلين', 'مرحبا', 'هاي', 'هالو', 'صباح الخير', 'مساء الخير', 'ازيك', 'ازيكم',
]);
const ANY_DOCTOR = normalForms([
  'any', 'anyone', 'any doctor', 'no preference', 'doesnt matter', 'whoever', 'earliest',
  'اي', 'اي دكتور', 'اي حد', 'مش فارق*', 'مش مهم', 'اقرب', 'اقرب ميعاد',
]);

/** What a message is about, most specific first; `null` when no keyword fits. */
export type Topic =
  | 'human'
  | 'emergency'
  | 'reschedule'
  | 'cancel'
  | 'my_appointments'
  | 'book'
  | 'hours'
  | 'prices'
  | 'symptom'
  | 'menu'
  | 'thanks'
  | 'greeting';

/**
 * The topic of a message. `inFlow`: the message answers a step of a flow, so
 * general appointment words ("the appointment on Tuesday") do not make it a new booking.
 */
export function topicOf(norm: string, escalationRules: readonly string[] = [], inFlow = false): Topic | null {
  if (norm.length === 0) return null;
  if (hasKeyword(norm, EMERGENCY)) return 'emergency';
  if (hasKeyword(norm, HUMAN)) return 'human';
  const rules = escalationRules.map(normalisedRule).filter((rule) => rule.length > 0);
  if (rules.some((rule) => ` ${norm} `.includes(` ${rule} `))) return 'human';
  if (hasKeyword(norm, RESCHEDULE)) return 'reschedule';
  if (hasKeyword(norm, CANCEL)) return 'cancel';
  if (hasKeyword(norm, MY_APPOINTMENTS)) return 'my_appointments';
  if (hasKeyword(norm, BOOK) || (!inFlow && hasKeyword(norm, BOOK_GENERIC))) return 'book';
  if (hasKeyword(norm, HOURS)) return 'hours';
  if (hasKeyword(norm, PRICES)) return 'prices';
  if (hasKeyword(norm, SYMPTOMS)) return 'symptom';
  // Navigation words only in short messages: "my back hurts" is not "back".
  if (words(norm).length <= 3 && hasKeyword(norm, MENU)) return 'menu';
  if (hasKeyword(norm, THANKS)) return 'thanks';
  if (hasKeyword(norm, GREETINGS)) return 'greeting';
  return null;
}

/** A clinic's escalation rules, normalised once per rule text. */
const normalisedRule = remembered(normalise);

export function mentionsSymptom(norm: string): boolean {
  return hasKeyword(norm, SYMPTOMS);
}

export function mentionsAnyDoctor(norm: string): boolean {
  return hasKeyword(norm, ANY_DOCTOR);
}

// ---------------------------------------------------------------- choices, yes and no

const CHOICE_FILLER = new Set(normalForms(['number', 'num', 'option', 'choice', 'choose', 'pick', 'please', 'pls', 'plz', 'رقم', 'الرقم', 'اختار', 'اختيار', 'لو', 'سمحت']));
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, zero: 0,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6,
  'الاول': 1, 'اول': 1, 'الثاني': 2, 'التاني': 2, 'الثالث': 3, 'التالت': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6,
  'واحد': 1, 'اتنين': 2, 'اثنين': 2, 'تلاته': 3, 'ثلاثه': 3, 'اربعه': 4, 'خمسه': 5, 'سته': 6, 'صفر': 0,
};

/** A numbered choice: "2", "٢", "2️⃣", "number 2", "رقم ٣", "the second" (as "second"). Null when the message is more than that. */
export function parseChoice(norm: string): number | null {
  const rest = words(norm).filter((w) => !CHOICE_FILLER.has(w) && w !== 'the');
  if (rest.length !== 1) return null;
  const word = rest[0]!;
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return ORDINALS[word] ?? null;
}

const YES_WORDS = new Set(normalForms([
  'yes', 'y', 'yeah', 'yea', 'yep', 'yup', 'ok', 'okay', 'k', 'sure', 'confirm', 'confirmed', 'correct', 'definitely', 'absolutely',
  'نعم', 'ايوه', 'ايوا', 'ايو', 'اه', 'تمام', 'اكيد', 'موافق', 'موافقه', 'ماشي', 'اوكي', 'اوك', 'يلا', 'اكد', 'اكده', 'احجزه', 'احجزهولي',
]));
const YES_PHRASES = normalForms(['go ahead', 'please do', 'do it', 'book it', 'sounds good', 'thats fine', 'that works', 'اه يا ريت', 'يا ريت']);
const NO_WORDS = new Set(normalForms(['no', 'nope', 'nah', 'n', 'not', 'dont', 'لا', 'لاء', 'لأ', 'لاه', 'مش', 'لع']));
const NO_PHRASES = normalForms(['another time', 'different time', 'other time', 'another one', 'ميعاد تاني', 'معاد تاني', 'وقت تاني', 'غير ده', 'حاجه تانيه']);

export function isYes(norm: string): boolean {
  const list = words(norm);
  if (list.length === 0 || list.length > 6 || isNo(norm)) return false;
  return YES_WORDS.has(list[0]!) || YES_PHRASES.some((phrase) => ` ${norm} `.includes(` ${phrase} `));
}

export function isNo(norm: string): boolean {
  const list = words(norm);
  if (list.length === 0) return false;
  return NO_WORDS.has(list[0]!) || NO_PHRASES.some((phrase) => ` ${norm} `.includes(` ${phrase} `));
}

// ---------------------------------------------------------------- catalog names

const TITLE_WORDS = new Set(normalForms(['dr', 'doctor', 'prof', 'mr', 'mrs', 'ms', 'د', 'دكتور', 'دكتوره', 'الدكتور', 'الدكتوره', 'دكتره']));
/** Words too general to say which service is meant. */
const GENERIC_WORDS = new Set(normalForms([
  'dental', 'tooth', 'teeth', 'session', 'therapy', 'treatment', 'consult', 'visit', 'check', 'with', 'and', 'for', 'the', 'new', 'follow',
  'علاج', 'جلسه', 'اسنان', 'كشف', 'متابعه', 'استشاره', 'مع', 'جديد',
]));

/**
 * Catalog names and FAQ questions are read again on every turn; their word
 * forms are kept per text (bounded), so a turn normalises only the message.
 */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 10_000) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

const significantWords = remembered((name: string): string[] =>
  words(normalise(name))
    .filter((w) => !TITLE_WORDS.has(w))
    .map(stem)
    .filter((w) => w.length >= 3 && !TITLE_WORDS.has(w)),
);

/**
 * The one entry the message names: by its whole name (either language), or by
 * a word of its name no other entry shares ("scaling", "العصب", "mona").
 * Null when none or several fit.
 */
export function findNamed<T>(norm: string, entries: readonly T[], namesOf: (entry: T) => string[]): T | null {
  const messageForms = new Set(words(norm).flatMap(wordForms));
  const padded = ` ${words(norm).map(stem).join(' ')} `;
  const wordsOf = entries.map((entry) => namesOf(entry).flatMap(significantWords));
  const byFullName = entries.filter((entry) =>
    namesOf(entry).some((name) => {
      const bare = significantWords(name).join(' ');
      return bare.length > 0 && padded.includes(` ${bare} `);
    }),
  );
  if (byFullName.length === 1) return byFullName[0]!;
  if (byFullName.length > 1) return null;
  const byWord = entries.filter((_, index) =>
    wordsOf[index]!.some(
      (word) => !GENERIC_WORDS.has(word) && messageForms.has(word) && wordsOf.every((other, j) => j === index || !other.includes(word)),
    ),
  );
  return byWord.length === 1 ? byWord[0]! : null;
}

// ---------------------------------------------------------------- FAQ

const STOP_WORDS = new Set(
  normalForms(`a an the is are am was were be been do does did you your yours we our ours us i me my to of in on at for and or can could would will
  shall should what whats when where which who how it its this that these those there here please pls plz hi hello hey any some about
  with have has had get got if so than then also just tell know want need like dont not no yes ok much many
  في من علي عن الي ايه اي هل ممكن عايز عاوز عايزه انا انت انتي حضرتك حضرتكم عندكم عندك عندي كده ده دي دا هو هي لو سمحت يا مع او ولا
  امتي فين ازاي ليه كام ما مش لا اللي بس برضه طيب لكم ليكم لي ليا يعني احنا انتو انتم
  clinic clinics doctor doctors dr عياده العياده عيادتكم دكتور الدكتور`
    .split(/\s+/)
    .filter(Boolean)),
);

function contentForms(norm: string): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const word of words(norm)) {
    if (STOP_WORDS.has(word) || word.length < 2 || /^\d+$/.test(word)) continue;
    const forms = wordForms(word).filter((f) => !STOP_WORDS.has(f));
    const key = stem(word);
    if (forms.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(forms);
  }
  return out;
}

const questionForms = remembered((question: string) => contentForms(normalise(question)));

export interface FaqMatch<T> {
  entry: T;
  /** Mean of the share of the question's words the message has and the share of the message's words the question has (0..1). */
  score: number;
  /** Enough overlap to answer even when the message also has a keyword ("what is your cancellation policy"). */
  strong: boolean;
}

/**
 * The FAQ entry whose question shares most of its words with the message,
 * in the patient's language first. Ties go to the earlier entry.
 */
export function matchFaq<T extends { question: string; language: string }>(norm: string, entries: readonly T[], language: PatientLanguage): FaqMatch<T> | null {
  const messageForms = contentForms(norm);
  const message = new Set(messageForms.flat());
  const messageWords = messageForms.length;
  if (messageWords === 0) return null;
  const ordered = [...entries.filter((e) => e.language === language), ...entries.filter((e) => e.language !== language)];
  let best: FaqMatch<T> | null = null;
  let bestCommon = 0;
  for (const entry of ordered) {
    const question = questionForms(entry.question);
    if (question.length === 0) continue;
    const common = question.filter((forms) => forms.some((form) => message.has(form))).length;
    const score = (common / question.length + Math.min(1, common / messageWords)) / 2;
    if (common === 0 || score < 0.5) continue;
    if (best && (score < best.score || (score === best.score && common <= bestCommon))) continue;
    const strong: boolean = common >= 2 && score >= 0.6;
    best = { entry, score, strong };
    bestCommon = common;
  }
  return best;
}

const textForms = remembered((text: string) => new Set(contentForms(normalise(text)).flat()));

/**
 * FAQ entries ranked for a free-text query (the AI receptionist's clinic_faq
 * tool): by how many of the query's words the question shares, counted twice,
 * plus how many the answer shares. Best first, ties in catalog order; entries
 * sharing no word are left out; at most `limit`. A query without content words
 * ("", "what?") asks for the whole FAQ: every entry, in catalog order.
 */
export function rankFaq<T extends { question: string; answer: string }>(query: string, entries: readonly T[], limit: number): T[] {
  const queryWords = contentForms(normalise(query));
  if (queryWords.length === 0) return [...entries];
  const shared = (text: string) => {
    const forms = textForms(text);
    return queryWords.filter((variants) => variants.some((form) => forms.has(form))).length;
  };
  return entries
    .map((entry, index) => ({ entry, index, score: 2 * shared(entry.question) + shared(entry.answer) }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((ranked) => ranked.entry);
}
