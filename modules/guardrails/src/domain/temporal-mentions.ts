import { addDays, weekdayOf } from './clinic-calendar';
import { LETTER, allMatches, splitClauses, type ReplyText, type Span } from './reply-text';
import type { Weekday } from './verified-turn';

/**
 * Finds the dates and times a reply mentions, in English and Arabic, and
 * resolves them against "today" in the clinic timezone. Times keep every
 * reading the words allow ("4:30" is 04:30 or 16:30), so the checker only
 * flags a time no reading of which is verified.
 */

export interface TimeMention extends Span {
  /** Candidate readings in minutes after midnight. */
  minutes: number[];
  /** A bare number in a range ("from 9 to 5"): a time only where the sentence is about opening hours. */
  bare: boolean;
}

export interface DateMention extends Span {
  weekday?: Weekday;
  month?: number;
  day?: number;
  year?: number;
  /** Resolved calendar date (relative words, or a day and month). */
  date?: string;
  /** "on Sundays", "أيام السبت": a habit, not one date. */
  plural: boolean;
  /** "today": too generic to be a claim on its own. */
  isToday: boolean;
  /** The weekday carried a glued "ل"/"لل" (range end in "من السبت للخميس"). */
  gluedTo: boolean;
}

type Meridiem = 'am' | 'pm' | 'noon' | 'none';

const EN_MERIDIEM = String.raw`(a\.\s?m\.?|am|p\.\s?m\.?|pm)(?![a-z])`;
const AR_MERIDIEM =
  'بعد الضهر|بعد الظهر|قبل الضهر|قبل الظهر|الصبح|الصباح|صباحا|صباح|الفجر|الضهر|الظهر|ظهرا|القايله|الزوال|العصر|عصرا|المغرب|المساء|المسا|مساء|مساءا|مسا|بالليل|باليل|الليل|ليلا|بليل|العشيه|لعشيه|عشيه|دالعشيه|دالليل|دالصباح|دالصبح|ص|م';
/** The Maghrebi "of" between an hour and its part of the day: "٤ ديال العشية", "١٠ متاع الصباح", shortened "3 د العشية" (glued: "٥ دالعشية", in AR_MERIDIEM). */
const AR_OF_WORDS = 'ديال|متاع|نتاع|تاع';
const AR_OF = String.raw`(?:(?:${AR_OF_WORDS}|د)\s+)?`;
/** The same, spelled out: after a spoken hour with the article ("مع الثمنية ديال الليل"), where "الاتنين د العشية" is Monday afternoon. */
const AR_OF_WORD = String.raw`(?:(?:${AR_OF_WORDS})\s+)?`;

const CLOCK_TIME = new RegExp(
  String.raw`(?<![\d:/.])(\d{1,2})(?:(?::|h(?=\d{2}(?!\d)))(\d{2})|\.(\d{2})(?=\s?[ap]\.?\s?m))(?!\d)(?:\s*${EN_MERIDIEM}|\s*${AR_OF}(${AR_MERIDIEM})(?![${LETTER}]))?`,
  'gu',
);
const HOUR_WITH_MERIDIEM = new RegExp(
  String.raw`(?<![\d:/.,])(\d{1,2})(?:\s*(o'clock))?\s*(?:${EN_MERIDIEM}|(?:(?<=\d)|\s)${AR_OF}(${AR_MERIDIEM.replace('|ص|م', '')})(?![${LETTER}]))`,
  'gu',
);
/**
 * A number that counts repetitions ("٨ مرات", "10 reps", "3 sets"). A number
 * with only a part of the day after it, later in the same clause, counts the
 * same thing: "٨ مرات الصبح و٨ بالليل" is eight in the morning and eight at night.
 */
const COUNT = new RegExp(String.raw`(?<![\d:.])\d{1,3}\s*(?:مرات|مره|عدات|عده|تكرار[${LETTER}]*|times|reps?|repetitions|sets|rounds)(?![${LETTER}])`, 'u');
const CLOCK_WORD_BEFORE = new RegExp(String.raw`(?:الساعه|الساعة|at|@|from|until|till|to|من|لحد|لغايه|حتي|الي)\s*$`, 'u');
// Not "the midday sun" or "the midnight feed": a time of day as an adjective.
const NOON_WORDS = /\b(noon|midday|midnight)\b(?!\s+(?:sun|heat|snacks?|meals?|feeds?|naps?|breaks?)\b)/g;
const EN_HOUR_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const EN_HOUR_WORD = Object.keys(EN_HOUR_WORDS).join('|');
/** "half past ten", "quarter to nine", "at ten thirty", "eleven o'clock", "seven in the evening"; not "at two locations", nor an age ("not using words yet at two", "a lisp at four"). */
const EN_WORD_TIME = new RegExp(
  String.raw`\b(?:(half past|quarter past|quarter to)\s+(${EN_HOUR_WORD}|\d{1,2})|(?<!\b(?:yet|still|already|only|even|walking|talking|crawling|words?|sitting|standing|lisp|stutter|stammer|teeth|periods?)\s)(?:at\s+)(${EN_HOUR_WORD})(?:\s+(thirty|fifteen|forty-five|o'clock))?|(${EN_HOUR_WORD})\s+o'clock)\b(?:\s+(in the morning|in the afternoon|in the evening|at night|am|pm))?(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|locations?|branch(?:es)?|clinics?|cent(?:re|er)s?|sites?|places?|sessions?|people|patients|doctors?|floors?|of)\b|\s+and a half\b)`,
  'g',
);
/** Numbers that count something else than the clock ("at 50%", "from 2 to 4 weeks", "٢٠ دقيقه"). */
// "12 to 15 litres a minute": the first number of a range of amounts is no hour either.
const NOT_AN_HOUR = String.raw`(?![\d:]|[.,]\d|[-\s]\d{3}|\s*(?:(?:to|or|-|–)\s*\d{1,3}(?:\.\d+)?\s*)?(?:%|g\b|grams?|kg|kilos?|kilograms?|degrees?|cm|mm|centimet(?:re|er)s?|millimet(?:re|er)s?|mcg|iu\b|units?|tablets?|pills?|capsules?|drops?|puffs?|scoops?|cups?|glass(?:es)?|litres?|liters?|mg|ml|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|egp|le\b|nzd|usd|aed|sar|kwd|bhd|qar|omr|jod|gbp|kd\b|bd\b|jd\b|qr\b|sr\b|ro\b|dhs?\b|riyals?|dinars?|dirhams?|pounds?|dollars?|percent|sessions?|times?|people|patients|branch(?:es)?|locations?|clinics?|sites?|floors?|دقيقه|دقايق|دقائق|ساعه|ساعات|ساعتين|يوم|ايام|اسبوع|اسابيع|شهر|جنيه|دولار|مجم|ملجم|مرات|مره|جلسه|جلسات|ريال|درهم|دينار|دنانير|ليره|حبه|حبات|قرص|اقراص|نقط|كوب|لتر|درجه|درجات|كيلو|سم|ملم))`;
/** What a sentence that gives a bare hour ("at 6") is about when the hour is a time: a visit, a slot, the hours, a day. */
const VISIT_TALK =
  /\b(?:see|seen|sees|come|coming|came|arrive|arriving|be here|book|booked|booking|slots?|appointments?|visits?|sessions?|open|opens|close|closes|closed|free|available|availability|start|starts|begin|begins|ready|call|ring|meet|pick(?:ed)? up|drop(?:ped)? off|how about|what about|works?|dr|doctor|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mornings?|afternoons?|evenings?|noon|am|pm)\b/;
const AT_HOUR = new RegExp(String.raw`\b(?:at|@)\s+(\d{1,2})(?:\s*o'clock)?${NOT_AN_HOUR}`, 'g');
const RANGE_HOUR = new RegExp(
  String.raw`(?:\b(?:from|to|until|till|between|and)|(?:^|\s)(?:من|لحد|لغايه|حتي|الي|لين|لل|ل|و))\s*(\d{1,2})${NOT_AN_HOUR}`,
  'gu',
);
/** Spoken hours, as folded ("الساعة تمانية", "لحد الخمسة ونص"; the Maghrebi "الثمنية"); ARABIC_HOUR_WORDS reads them. */
const AR_SPOKEN_HOURS = 'واحده|اتنين|اثنين|تلاته|ثلاثه|اربعه|خمسه|سته|سبعه|تمانيه|ثمانيه|تمنيه|ثمنيه|تسعه|عشره|حداشر|احداشر|اتناشر|اثناشر';
/** Modern Standard Arabic hour ordinals, as folded ("الحادية عشرة" … "العاشرة"). */
const AR_ORDINAL_HOURS = 'الحاديه عشره|الثانيه عشره|الواحده|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره';
const AR_HOUR = new RegExp(
  String.raw`الساعه\s*(\d{1,2}|${AR_ORDINAL_HOURS}|${AR_SPOKEN_HOURS})(?::(\d{2}))?(\s*(?:و\s?نص|و\s?ربع|الا ربع|وتلت|والنصف|والربع|الا ربعا|الا الربع|والثلث))?(?:\s+(${AR_MERIDIEM})(?![${LETTER}]))?`,
  'gu',
);
/** A Modern Standard Arabic ordinal hour with a part of the day and no "الساعة": "من العاشرة صباحاً حتى السادسة مساءً". */
const AR_ORDINAL_HOUR = new RegExp(
  String.raw`(?<![${LETTER}])(${AR_ORDINAL_HOURS})(\s*(?:والنصف|والربع|الا ربعا|الا الربع|والثلث))?\s+(${AR_MERIDIEM})(?![${LETTER}])`,
  'gu',
);
/** "لحد الخمسة ونص العصر", "حتى للعشرة ديال الليل": a spoken hour with the article (or "to the") and no "الساعة", read as a time only with a fraction or a part of the day ("الاتنين" alone is Monday). */
const AR_ARTICLED_HOUR = new RegExp(
  String.raw`(?<![${LETTER}])(?:ال|لل)(${AR_SPOKEN_HOURS})(?:(\s*(?:و\s?نص|و\s?ربع|الا ربع|وتلت|والنصف|والربع|الا الربع|والثلث))(?:\s+${AR_OF_WORD}(${AR_MERIDIEM}))?|\s+${AR_OF_WORD}(${AR_MERIDIEM}))(?![${LETTER}])`,
  'gu',
);
const AR_FRACTION_AFTER_HOUR = new RegExp(
  String.raw`(?<![\d:])(\d{1,2})\s*(و\s?نص|و\s?ربع|الا ربع)(?:\s+(${AR_MERIDIEM})(?![${LETTER}]))?`,
  'gu',
);

const ARABIC_HOUR_WORDS: Record<string, number> = {
  'واحده': 1,
  'اتنين': 2,
  'اثنين': 2,
  'تلاته': 3,
  'ثلاثه': 3,
  'اربعه': 4,
  'خمسه': 5,
  'سته': 6,
  'سبعه': 7,
  'تمانيه': 8,
  'ثمانيه': 8,
  // Maghrebi: "مع الثمنية ديال الليل".
  'تمنيه': 8,
  'ثمنيه': 8,
  'تسعه': 9,
  'عشره': 10,
  'حداشر': 11,
  'احداشر': 11,
  'اتناشر': 12,
  'اثناشر': 12,
  // Modern Standard Arabic ordinals: "الساعة الثانية ظهراً".
  'الواحده': 1,
  'الثانيه': 2,
  'الثالثه': 3,
  'الرابعه': 4,
  'الخامسه': 5,
  'السادسه': 6,
  'السابعه': 7,
  'الثامنه': 8,
  'التاسعه': 9,
  'العاشره': 10,
  'الحاديه عشره': 11,
  'الثانيه عشره': 12,
};

/** "tomorrow morning at 7:15", "this evening at 6:30": a part of the day just before a clock time says am or pm. */
const PART_OF_DAY_BEFORE = /\b(morning|afternoon|evening|tonight)\s+(?:at\s+|from\s+)?$/;

function partOfDayBefore(lower: string, position: number): Meridiem {
  const part = PART_OF_DAY_BEFORE.exec(lower.slice(Math.max(0, position - 16), position))?.[1];
  return part === undefined ? 'none' : part === 'morning' ? 'am' : 'pm';
}

function meridiemOf(word: string | undefined): Meridiem {
  if (!word) return 'none';
  const compact = word.replace(/[\s.]/g, '');
  if (compact === 'am' || /^(الصبح|الصباح|صباحا|صباح|الفجر|ص|قبلالضهر|قبلالظهر|دالصباح|دالصبح)$/.test(compact)) return 'am';
  if (compact === 'pm') return 'pm';
  // The Tunisian "القايلة" is the middle of the day.
  if (/^(الضهر|الظهر|ظهرا|القايله)$/.test(compact)) return 'noon';
  return 'pm';
}

export function readingsOf(hour: number, minute: number, meridiem: Meridiem): number[] {
  if (hour > 24 || minute > 59) return [];
  const at = (h: number) => h * 60 + minute;
  switch (meridiem) {
    case 'am':
      return [at(hour === 12 ? 0 : hour)];
    case 'pm':
      return [at(hour < 12 ? hour + 12 : hour)];
    case 'noon':
      return [at(hour >= 10 && hour <= 12 ? hour : hour < 10 ? hour + 12 : hour)];
    case 'none':
      return hour === 0 || hour >= 12 ? [at(hour)] : [at(hour), at(hour + 12)];
  }
}

function fractionMinutes(fraction: string | undefined): number {
  if (!fraction) return 0;
  if (fraction.includes('نص')) return 30;
  if (fraction.includes('تلت') || fraction.includes('ثلث')) return 20;
  if (fraction.includes('الا')) return -15;
  return 15;
}

export function findTimes(reply: ReplyText): TimeMention[] {
  const lower = reply.lower;
  const mentions: TimeMention[] = [];
  const taken: Span[] = [];
  const add = (start: number, end: number, minutes: number[], bare = false) => {
    if (minutes.length === 0 || taken.some((t) => start < t.end && end > t.start)) return;
    taken.push({ start, end });
    mentions.push({ start, end, minutes, bare });
  };

  const arabic = reply.hasArabic;
  const english = reply.hasLatin;
  for (const m of arabic ? allMatches(AR_HOUR, lower) : []) {
    const raw = m[1]!;
    const hour = ARABIC_HOUR_WORDS[raw] ?? Number(raw);
    const base = readingsOf(hour, Number(m[2] ?? 0), meridiemOf(m[4]));
    const shift = fractionMinutes(m[3]);
    add(m.index, m.index + m[0].length, base.map((value) => value + shift));
  }
  for (const m of arabic ? allMatches(AR_ARTICLED_HOUR, lower) : []) {
    const base = readingsOf(ARABIC_HOUR_WORDS[m[1]!]!, 0, meridiemOf(m[3] ?? m[4]));
    const shift = fractionMinutes(m[2]);
    add(m.index, m.index + m[0].length, base.map((value) => value + shift));
  }
  for (const m of arabic ? allMatches(AR_ORDINAL_HOUR, lower) : []) {
    const base = readingsOf(ARABIC_HOUR_WORDS[m[1]!]!, 0, meridiemOf(m[3]));
    const shift = fractionMinutes(m[2]);
    add(m.index, m.index + m[0].length, base.map((value) => value + shift));
  }
  for (const m of allMatches(CLOCK_TIME, lower)) {
    const said = m[4] ?? m[5];
    const meridiem = said ? meridiemOf(said) : partOfDayBefore(lower, m.index);
    add(m.index, m.index + m[0].length, readingsOf(Number(m[1]), Number(m[2] ?? m[3]), meridiem));
  }
  for (const m of arabic ? allMatches(AR_FRACTION_AFTER_HOUR, lower) : []) {
    const shift = fractionMinutes(m[2]);
    add(m.index, m.index + m[0].length, readingsOf(Number(m[1]), 0, meridiemOf(m[3])).map((value) => value + shift));
  }
  for (const m of allMatches(HOUR_WITH_MERIDIEM, lower)) {
    if (m[4] !== undefined && countsRepetitions(reply, m.index)) continue;
    add(m.index, m.index + m[0].length, readingsOf(Number(m[1]), 0, meridiemOf(m[3] ?? m[4])));
  }
  for (const m of english ? allMatches(NOON_WORDS, lower) : []) {
    add(m.index, m.index + m[0].length, [m[1] === 'midnight' ? 0 : 720]);
  }
  for (const m of english ? allMatches(EN_WORD_TIME, lower) : []) {
    const [, relation, relativeHour, atHour, atMinutes, clockHour, partOfDay] = m;
    const hourWord = relativeHour ?? atHour ?? clockHour!;
    const hour = EN_HOUR_WORDS[hourWord] ?? Number(hourWord);
    const minute = relation === 'half past' ? 30 : relation === 'quarter past' ? 15 : atMinutes === 'thirty' ? 30 : atMinutes === 'fifteen' ? 15 : atMinutes === 'forty-five' ? 45 : 0;
    const meridiem: Meridiem = !partOfDay ? 'none' : partOfDay === 'am' || partOfDay === 'in the morning' ? 'am' : 'pm';
    const readings = relation === 'quarter to' ? readingsOf(hour - 1, 45, meridiem) : readingsOf(hour, minute, meridiem);
    add(m.index, m.index + m[0].length, readings);
  }
  for (const m of english ? allMatches(AT_HOUR, lower) : []) {
    // "Sucking her thumb at 6 is what's pushing her teeth forward": a bare number after "at" is an age unless the sentence is about a visit.
    const sentence = reply.sentenceAt(m.index);
    if (!m[0].includes("o'clock") && !VISIT_TALK.test(lower.slice(sentence.start, sentence.end))) continue;
    const start = m.index + m[0].indexOf(m[1]!, 2);
    add(start, start + m[1]!.length, readingsOf(Number(m[1]), 0, 'none'));
  }
  for (const m of allMatches(RANGE_HOUR, lower)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    add(start, start + m[1]!.length, readingsOf(Number(m[1]), 0, 'none'), true);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** An hour with a part of the day after a count of repetitions in its clause, and no clock word before it. */
function countsRepetitions(reply: ReplyText, position: number): boolean {
  const lower = reply.lower;
  if (CLOCK_WORD_BEFORE.test(lower.slice(Math.max(0, position - 12), position))) return false;
  const clause = reply.clausesOf(reply.sentenceAt(position)).find((c) => position >= c.start && position < c.end);
  return clause !== undefined && COUNT.test(lower.slice(clause.start, position));
}

const EN_WEEKDAYS: Record<string, Weekday> = {
  sunday: 'sun',
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
};
const EN_WEEKDAY_ABBREVIATIONS: Record<string, Weekday> = {
  Sun: 'sun',
  Mon: 'mon',
  Tue: 'tue',
  Tues: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Thur: 'thu',
  Thurs: 'thu',
  Fri: 'fri',
  Sat: 'sat',
};
const AR_WEEKDAYS: Record<string, Weekday> = {
  'احد': 'sun',
  'حد': 'sun',
  'اثنين': 'mon',
  'اتنين': 'mon',
  'ثلاثاء': 'tue',
  'ثلاثا': 'tue',
  'تلات': 'tue',
  'تلاتاء': 'tue',
  // Levantine "التلاتا", without the hamza.
  'تلاتا': 'tue',
  'اربعاء': 'wed',
  // Levantine "الأربعا", without the hamza.
  'اربعا': 'wed',
  'اربع': 'wed',
  'خميس': 'thu',
  'جمعه': 'fri',
  'سبت': 'sat',
};
/** These also mean "someone", "two", "three", "four": only a weekday after "يوم", or before a date or "الساعه". */
const AMBIGUOUS_AR_WEEKDAYS = new Set(['حد', 'اثنين', 'اتنين', 'تلات', 'اربع']);

const EN_MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const AR_MONTHS: Record<string, number> = {
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'ابريل': 4, 'مايو': 5, 'يونيو': 6, 'يوليو': 7, 'اغسطس': 8,
  'سبتمبر': 9, 'اكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12, 'كانون الثاني': 1, 'كانون التاني': 1, 'شباط': 2, 'اذار': 3,
  'نيسان': 4, 'ايار': 5, 'حزيران': 6, 'تموز': 7, 'اب': 8, 'ايلول': 9, 'تشرين الاول': 10,
  'تشرين الثاني': 11, 'تشرين التاني': 11, 'كانون الاول': 12,
  // Morocco's, and Algeria's and Tunisia's, from the French.
  'ماي': 5, 'يوليوز': 7, 'غشت': 8, 'شتنبر': 9, 'نونبر': 11, 'دجنبر': 12,
  'جانفي': 1, 'فيفري': 2, 'افريل': 4, 'جوان': 6, 'جويليه': 7, 'اوت': 8,
};

const EN_MONTH_NAMES = Object.keys(EN_MONTHS).sort((a, b) => b.length - a.length).join('|');
const AR_MONTH_NAMES = Object.keys(AR_MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY_AND_MONTH = String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${EN_MONTH_NAMES})\b`;
/** A place named after a date ("our 6th of October branch"): read as a place, not as a date or nothing. */
export const DATE_NAMED_PLACE = new RegExp(String.raw`${DAY_AND_MONTH}(?=\s+(?:branch|city|clinic|cent(?:re|er))\b)`, 'gi');
/** "just off 18th November Street", "6th of October Bridge": a landmark named after a date is no date. */
export const DATE_NAMED_LANDMARK = new RegExp(String.raw`${DAY_AND_MONTH}(?=\s+(?:street|st\b|road|avenue|bridge|square|corridor|axis|highway|roundabout)\b)`, 'gi');
/** "فرع ٦ أكتوبر", "مدينة 6 أكتوبر", "شارع ٢٦ يوليو", "كوبري ٦ أكتوبر": the same in Arabic, matched in the folded text. */
export const AR_DATE_NAMED_PLACE = new RegExp(
  String.raw`(?<=(?:فرع|فرعنا|مدينه|شارع|كوبري|كبري|محور|ميدان|جسر|طريق)\s+)[\d٠-٩]{1,2}\s+(?:${AR_MONTH_NAMES})(?![${LETTER}])`, 'gu');
const EN_WEEKDAY = /\b(sun|mon|tues|wednes|thurs|fri|satur)days?\b/g;
const EN_WEEKDAY_ABBREVIATION = /\b(Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\b\.?(?=\s*[\d,])/g;
const EN_DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(${EN_MONTH_NAMES})\b\.?(?:,?\s+(\d{4}))?`, 'g');
const AR_DAY_MONTH = new RegExp(String.raw`(?<![${LETTER}])(\d{1,2})\s*(${AR_MONTH_NAMES})(?![${LETTER}])(?:\s+(\d{4}))?`, 'gu');
const MONTH_DAY = new RegExp(String.raw`\b(${EN_MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![:\d])(?:,?\s+(\d{4}))?`, 'g');
/** "the 25th": this month's, or next month's when this month's is well past. Not "the 3rd floor" or "the 2nd session": an ordinal before a noun counts that thing. */
const DAY_OF_MONTH = new RegExp(
  String.raw`\bthe (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|floors?|stor(?:e)?y|level|time|session|visit|week|month|year|dose|row|gate|entrance|door|room|building|block|street|exit|place|cycle|trimester|grade|child|baby|tooth|molar|option|slot|attempt|shot|injection|appointment|treatment|round|stage|degree)\b)`,
  'g',
);
/** "يوم ٢٤": a day of the month after "يوم", read like "the 24th". */
const AR_DAY_OF_MONTH = new RegExp(String.raw`(?<![${LETTER}])يوم\s+(\d{1,2})(?![\d:])(?!\s*(?:${AR_MONTH_NAMES}))`, 'gu');
const NUMERIC_DATE = /(?<![\d.:/])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?)(?![\d:/])/g;
/** Not "the day after your scan": a day after another event is no date of its own. */
// Not "the next day we're open is Saturday": the next opening day, named after it.
const THE_DAY_AFTER = /\b(?:the day after|the following day|the next day)\b(?!\s+(?:tomorrow|that|this|your|the|his|her|their|our|a|an|we(?:'re| are)|(?:the )?clinic is|(?:we|the clinic) (?:open|reopen)s?)\b)/g;
const EN_RELATIVE = /\b(the day after tomorrow|day after tomorrow|tomorrow|today|tonight|this (?:morning|afternoon|evening))\b/g;
const AR_RELATIVE = new RegExp(String.raw`(?<![${LETTER}])(?:[وف]|ل|[وف]ل)?(بعد بكره|بعد بكرا|بعد غدا|بعد غد|بعد باكر|بعد باجر|بعد باچر|عقب باكر|عقب باجر|عقب باچر|عقب بكره|بكره|بكرا|غدا|باكر|باجر|باچر|النهارده|الليله|(?<!نفس\s)اليوم(?=\s+(?:الساعه|الصبح|بالليل|العصر|بعد)))(?![${LETTER}])`, 'gu');
const AR_WEEKDAY = new RegExp(
  // "نهار الإثنين": the Maghrebi word for day, as "يوم".
  String.raw`(?<![${LETTER}])([وف]?(?:يوم|ليوم|نهار|ايام|كل)\s+)?([وفب]?)(ال|لل)(${Object.keys(AR_WEEKDAYS).sort((a, b) => b.length - a.length).join('|')})(?![${LETTER}])(\s*(?:\d|(?:علي\s+|على\s+)?الساعه(?![${LETTER}])))?`,
  'gu',
);

export function findDates(reply: ReplyText, today: string): DateMention[] {
  const { lower, text } = reply;
  const mentions: DateMention[] = [];
  const arabic = reply.hasArabic;
  const english = reply.hasLatin;
  // One object shape for every mention keeps the code that reads them monomorphic.
  const add = (m: RegExpExecArray, fields: Partial<DateMention>, end = m.index + m[0].length) => {
    mentions.push({
      start: m.index,
      end,
      weekday: fields.weekday,
      month: fields.month,
      day: fields.day,
      year: fields.year,
      date: fields.date,
      plural: fields.plural ?? false,
      isToday: fields.isToday ?? false,
      gluedTo: fields.gluedTo ?? false,
    });
  };
  const addDayOfYear = (m: RegExpExecArray, month: number | undefined, day: number, year: string | undefined) => {
    if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) return;
    add(m, resolveDayAndMonth(month, day, year, today));
  };

  for (const m of english ? allMatches(EN_WEEKDAY, lower) : []) {
    // "Saturdays", "on Saturday mornings": a weekday that recurs, not one date.
    const recurring = /^\s+(?:mornings|afternoons|evenings|nights)\b/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 12));
    add(m, { weekday: EN_WEEKDAYS[`${m[1]}day`], plural: m[0].endsWith('days') || recurring });
  }
  for (const m of english ? allMatches(EN_WEEKDAY_ABBREVIATION, text) : []) {
    add(m, { weekday: EN_WEEKDAY_ABBREVIATIONS[m[1]!] });
  }
  for (const m of arabic ? allMatches(AR_WEEKDAY, lower) : []) {
    const dayWord = m[1];
    const article = m[3];
    const name = m[4]!;
    const dateOrTimeAfter = m[5];
    if (AMBIGUOUS_AR_WEEKDAYS.has(name) && !dayWord && !dateOrTimeAfter && article !== 'لل') continue;
    const plural = dayWord !== undefined && (dayWord.includes('ايام') || dayWord.includes('كل'));
    const gluedTo = article === 'لل' || (dayWord?.includes('ليوم') ?? false);
    add(m, { weekday: AR_WEEKDAYS[name], plural, gluedTo }, m.index + m[0].length - (dateOrTimeAfter?.length ?? 0));
  }
  for (const m of english ? allMatches(EN_DAY_MONTH, lower) : []) addDayOfYear(m, EN_MONTHS[m[2]!], Number(m[1]), m[3]);
  for (const m of arabic ? allMatches(AR_DAY_MONTH, lower) : []) addDayOfYear(m, AR_MONTHS[m[2]!], Number(m[1]), m[3]);
  for (const m of english ? allMatches(MONTH_DAY, lower) : []) {
    if (m[1] === 'may' && text[m.index] !== 'M') continue;
    addDayOfYear(m, EN_MONTHS[m[1]!], Number(m[2]), m[3]);
  }
  for (const m of allMatches(NUMERIC_DATE, lower)) {
    if (m[1]) addDayOfYear(m, Number(m[2]), Number(m[3]), m[1]);
    else addDayOfYear(m, Number(m[5]), Number(m[4]), m[6]);
  }
  for (const m of [...(english ? allMatches(DAY_OF_MONTH, lower) : []), ...(arabic ? allMatches(AR_DAY_OF_MONTH, lower) : [])]) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const thisMonth = `${today.slice(0, 8)}${String(day).padStart(2, '0')}`;
    add(m, { date: thisMonth >= addDays(today, -7) ? thisMonth : addDays(firstOfNextMonth(today), day - 1) });
  }
  for (const m of english ? allMatches(EN_RELATIVE, lower) : []) {
    const offset = m[1]!.includes('day after') ? 2 : m[1] === 'tomorrow' ? 1 : 0;
    add(m, { date: addDays(today, offset), isToday: offset === 0 });
  }
  // "… tomorrow, Monday 7 December, … or Dr. Sameer has the day after at 8": the day after the date said before it.
  for (const m of english ? allMatches(THE_DAY_AFTER, lower) : []) {
    let previous: DateMention | undefined;
    for (const mention of mentions) if (mention.end <= m.index && mention.date !== undefined && (!previous || mention.end > previous.end)) previous = mention;
    if (previous?.date !== undefined) add(m, { date: addDays(previous.date, 1) });
  }
  for (const m of arabic ? allMatches(AR_RELATIVE, lower) : []) {
    const word = m[1]!;
    // "الانتفاخ بإجر وحدة" (in one leg): folded, it spells the Gulf "باجر" (tomorrow), which is never written with a hamza.
    if (word.endsWith('اجر') && reply.excerpt({ start: m.index, end: m.index + m[0].length }).includes('إ')) continue;
    const offset = word.startsWith('بعد') || word.startsWith('عقب') ? 2 : word.includes('بكر') || word.includes('غدا') || /^با[كجچ]ر$/u.test(word) ? 1 : 0;
    add(m, { date: addDays(today, offset), isToday: offset === 0 });
  }
  return mergeAdjacent(mentions.sort((a, b) => a.start - b.start), lower);
}

function firstOfNextMonth(today: string): string {
  // Seven days after the 28th is always in the next month.
  return `${addDays(`${today.slice(0, 8)}28`, 7).slice(0, 8)}01`;
}

/** A day and month without a year means the nearest such date, looking a little back and mostly ahead. */
function resolveDayAndMonth(month: number, day: number, year: string | undefined, today: string): Partial<DateMention> {
  const pad = (value: number) => String(value).padStart(2, '0');
  const thisYear = Number(today.slice(0, 4));
  const candidates = year ? [Number(year.length === 2 ? `20${year}` : year)] : [thisYear - 1, thisYear, thisYear + 1];
  const dates = candidates.map((y) => `${y}-${pad(month)}-${pad(day)}`);
  const cutoff = addDays(today, -60);
  const date = dates.find((candidate) => candidate >= cutoff) ?? dates[dates.length - 1]!;
  return { month, day, date, year: Number(date.slice(0, 4)) };
}

/** "Tuesday 24 November", "الثلاثاء ٢٤ نوفمبر": one date said twice; their agreement is checked. */
function mergeAdjacent(mentions: DateMention[], lower: string): DateMention[] {
  const merged: DateMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    // A weekday with a glued "ل" ("من بكرة ليوم الاتنين") ends a move or a range: it is another day, not the same one said twice.
    if (previous && !mention.gluedTo && /^[\s,،]*(?:the\s+)?$/.test(lower.slice(previous.end, mention.start)) && canMerge(previous, mention)) {
      merged[merged.length - 1] = {
        start: previous.start,
        end: mention.end,
        weekday: previous.weekday ?? mention.weekday,
        month: previous.month ?? mention.month,
        day: previous.day ?? mention.day,
        year: previous.year ?? mention.year,
        date: previous.date ?? mention.date,
        plural: previous.plural || mention.plural,
        isToday: previous.isToday && mention.isToday,
        gluedTo: previous.gluedTo,
      };
      continue;
    }
    if (previous && mention.start < previous.end) continue;
    merged.push(mention);
  }
  return merged;
}

function canMerge(a: DateMention, b: DateMention): boolean {
  const aHasDate = a.date !== undefined;
  const bHasDate = b.date !== undefined;
  return (a.weekday !== undefined && !aHasDate && bHasDate) || (b.weekday !== undefined && !bHasDate && aHasDate);
}

/** Whether a mention's own parts disagree ("Tuesday 25 November" when the 25th is a Wednesday). */
export function isSelfContradictory(mention: DateMention): boolean {
  return mention.weekday !== undefined && mention.date !== undefined && weekdayOf(mention.date) !== mention.weekday;
}
