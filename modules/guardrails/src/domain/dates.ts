import { WEEKDAYS, weekdayOf } from './clinic-calendar';
import { LETTER, allMatches, splitClauses, startingIn, type ReplyText, type Span } from './reply-text';
import { AR_DATE_NAMED_PLACE, DATE_NAMED_LANDMARK, DATE_NAMED_PLACE, findDates, findTimes, isSelfContradictory, type DateMention, type TimeMention } from './temporal-mentions';
import type { VerifiedFacts, VerifiedMoment } from './verified-facts';
import type { Finding, Weekday } from './verified-turn';

/**
 * Dates and times the reply asserts must be verified: a slot, an appointment
 * or a successful tool result on that day at that time, or, in a sentence
 * about opening hours, the clinic's opening and closing times on the days
 * named. Each time is paired with the date nearest before it in its sentence
 * ("tomorrow at 2:30 pm, or on Wednesday at 11 am").
 */

export interface DateCheckOptions {
  /** The moments a sentence may state; a confirmation sentence is held to its tool result. */
  momentsFor(sentence: Span): readonly VerifiedMoment[];
}

// Not "open sandals", "opens up the airways", "يفتح الصدر", "محلول ملحي" (a saline solution): what is open there is no clinic.
const HOURS_CONTEXT =
  new RegExp(String.raw`\b(?:open|opens|reopen|reopens|reopening|opening hours|opening times|close|closes|closed|closing|shut|shuts|working hours|business hours|hours are|(?:will|'ll) be back|(?:subject to|depending on) availability|get back to you|call you back|runs? (?:the|a|our|his|her) (?:\S+ ){0,2}?(?:clinic|clinics|sessions|service|list)|be in touch|(?:call|reach|contact|message|ring|text) us|reply to you|respond to you|(?:we|reception|the (?:phone )?lines?|the phones?|our team)\s+(?:answer|answers|are answered|is answered|are staffed|is staffed)(?:\s+\S+){0,3}?\s+(?:until|till|from|between))\b(?!\s+(?:slot|spot|appointment|sandals?|shoes?|toed|wounds?|sores?|blisters?|mouth|pores|airways?|up\s+(?:the|your|his|her)\s+(?:airways?|chest|lungs?|sinuses|pores|nose)))|(?<![${LETTER}])[وف]?(?:دوام|دوامنا|الدوام|[بل]الدوام|دوامات|فاتحين|فاتحه|فاتح|مفتوح|مفتوحه|حالين|حلين|راناحلين|نحلو|نحلوا|نخدمو|نخدموا|خدامين|محلول(?!\s+(?:ملح|ملحي|مطهر|معقم|فموي|تنظيف|جفاف|الجفاف|لل))|محلوله|محلولين|(?:المركز|العياده|الفرع|عيادتنا|مركزنا)\s+(?:يعمل|تعمل|يشتغل|تشتغل)|(?:ب[نيت]|من|[نيت])(?:فتح(?!\s+(?:ال)?(?:صدر|نفس|شهيه|انف|مسام|جيوب|شعب|رئه|رئتين|مجاري|شرايين|عروق))|قفل|سكر|غلق)|قفلت|سكرت|اقفلت|مقفول|مقفوله|مقفولين|مقفل|مقفله|مغلق|مغلقا|مغلقه|مغلقين|مقفلا|مسكرا|عدم الاستقبال|عدم استقبال|مسكر|مسكره|مسكرين|قافلين|اجازه|مواعيد العمل|مواعيد العياده|مواعيدنا|استقبالكم|استقبالك|نستقبلكم|نستقبلك|بنستقبلكم|بنستقبلك|نستقبل|بنستقبل|ساعات العمل|ساعات الدوام|اوقات العمل|اوقات الدوام|بنشتغل|شغالين|حسب المتاح|حسب التوفر|حسب توفر المواعيد|حسب المواعيد المتاحه|[هبن]?نرد عليك[${LETTER}]*|[هب]?نكلمك[${LETTER}]*|ت?كلمنا|كلمونا|تكلمونا|(?:ت|ا)تصل(?:ي|وا)? (?:بينا|بنا)|(?:ت|ت?ت)واصل(?:ي|وا)? معنا|تراسلنا|راسلنا|[هب]?نتواصل مع[${LETTER}]*|[هب]?نرجعلك[${LETTER}]*)(?![${LETTER}])`, 'u');
// Not "الخميس بنقفل بدري": closing early, or at an hour, is not a closed day.
const CLOSED_STATEMENT = new RegExp(String.raw`\bclosed\b|\bshut\b|\bnot open\b|\bdon't open\b|\b(?:is|are|'re|'s) off\b|\bday off\b|(?<![${LETTER}])[وف]?(?:اجازه|عطله|عطلتنا|اجازتنا|مقفول|مقفوله|مقفولين|مقفل|مقفله|مقفلين|مغلق|مغلقا|مغلقه|مغلقين|مغلقون|مقفلا|مسكرا|عدم الاستقبال|عدم استقبال|قافلين|قفلت|سكرت|اقفلت|[نيت]غلق|نعتذر عن استقبال|نعتذر عن الاستقبال|نعتذر عن عدم العمل|نعتذر عن عدم الدوام|نعتذر عن عدم استقبال|لا نستقبل|ما نستقبل|ما بنستقبل|مش بنستقبل|ب[نيت]قفل|[نيت]قفل|مسكر|مسكره|مسكرين|مسكّرين|سكرانين|بنسكر|مش فاتحين|قافل|قافله)(?![${LETTER}])(?!\s+(?:بدري|بدريه|مبكر|بكير|الساعه|ساعه|[\d٠-٩]))`, 'u');
const ROUTINE_BEFORE = new RegExp(
  String.raw`\b(?:asleep|sleep(?:ing)?|bed(?:time)?|wak(?:e|ing)(?: up)?|woke(?: up)?|eat(?:ing|en)?|drink(?:ing)?|coffee|tea|caffeine|meals?|snacks?|screens?|exercis(?:e|ing))\s+(?:\S+\s+){0,2}?(?:before|after|until|till|past|by|around|since|at)\s*$` +
    // "fast from midnight", "nothing to eat after 10 pm": when a fast before a test starts.
    String.raw`|\b(?:fast(?:ing)?|nothing to eat|nothing by mouth|nil by mouth|no food)\s+(?:\S+\s+){0,2}?(?:from|after|since)\s*$` +
    String.raw`|(?<![${LETTER}])[وف]?(?:نوم|النوم|تنام|انام|تنامي|تنامين|نمت|تصحي|اصحي|صحيت|الاكل|تاكل|القهوه|الشاي|المنبهات)\s+(?:\S+\s+){0,2}?(?:قبل|بعد|لحد|لين)\s*(?:الساعه\s*)?$` +
    String.raw`|(?<![${LETTER}])[وف]?(?:صيام|الصيام|صايم|صايمه|صايمين|تصوم|تصومي|تصوموا|صوم)\s+(?:\S+\s+){0,2}?(?:من|بعد|م)\s*(?:الساعه\s*)?$`,
  'u',
);
const EVERY_DAY = new RegExp(String.raw`\bevery day\b|\bdaily\b|\b7 days\b|\bseven days\b|(?<![${LETTER}])(?:كل يوم|كل الايام|طول الاسبوع)(?![${LETTER}])`, 'u');
const EXCEPT = new RegExp(String.raw`\b(?:except|apart from|but not)\b|(?<![${LETTER}])(?:ما عدا|ماعدا|الا|عدا)(?![${LETTER}])`, 'u');
const NON_LETTERS = new RegExp(String.raw`[^${LETTER}]+`);
const RANGE_CONNECTOR = /^\s*(?:from\s+)?(?:to|through|thru|till|until|-|–|—|الي|لحد|حتي|لغايه|لين|لل|ل)\s*$/u;
/** A day without a time is a claim only where the sentence is about seeing someone ("until Thursday" in advice is not). */
const SCHEDULING =
  new RegExp(String.raw`\b(?:appointments?|slots?|openings?|(?<!feel )free|available|availability|booked|book|booking|session|visit|see you|can see|consultation|assessment|check-up|exam|examination|reminder|scheduled|moved|cancell?ed|with dr|dr\.)\b|\b(?:your|his|her)\s+(?:\S+\s+){0,2}?(?:analysis|test|scan|scaling|cleaning|procedure|surgery|operation|fitting|follow-up|review|x-ray|mri|ultrasound|filling|extraction|injection|infusion|therapy|treatment|biopsy|endoscopy|colonoscopy|screening)\s+(?:is\s+|was\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<![${LETTER}])(?:ميعاد[${LETTER}]*|موعد[${LETTER}]*|فاضي|فاضيه|متاح|متاحه|حجز[${LETTER}]*|جلسه|جلستك|كشف|الكشف|نشوفك|يشوفك|هيشوفك|تشوفك|اتحجز[${LETTER}]*|اتلغ[${LETTER}]*|اتنقل[${LETTER}]*|د)(?![${LETTER}])`, 'u');

const OFFER_TO_LOOK = new RegExp(
  String.raw`\b(?:i can|i could|shall i|should i|want me to|would you like me to|let me|i'll|i will|i'd be happy to)\s+(?:\S+\s+)?(?:look|check|search|find)\b|(?<![${LETTER}])(?:اشوفلك|اشوف لك|ادورلك|ادور لك|ابحثلك|ابحث لك|اشيكلك)(?![${LETTER}])`,
  'u',
);

/** Staff said to be in ("موجودة", "is in from"): what their hours are. */
const STAFF_PRESENT = new RegExp(String.raw`(?<![${LETTER}])(?:موجود|موجوده|موجودين|متواجد|متواجده|متواجدين)(?![${LETTER}])|\b(?:is|are|will be|'s|'ll be)\s+(?:in|here|around|available)\s+(?:from|between)\b`, 'u');

export function findUnverifiedDates(reply: ReplyText, facts: VerifiedFacts, options: DateCheckOptions): Finding[] {
  // "our 6th of October branch", "off 18th November Street" name places.
  const places = [
    ...allMatches(DATE_NAMED_PLACE, reply.text),
    ...allMatches(DATE_NAMED_LANDMARK, reply.text),
    ...(reply.hasArabic ? allMatches(AR_DATE_NAMED_PLACE, reply.lower) : []),
  ].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  // "فرع سوق الجمعة" (Souq Al-Juma, "Friday market"): a weekday inside a branch's own name names the place too.
  for (const name of facts.branchPhones.flatMap((branch) => branch.names)) {
    if (!name.includes(' ')) continue;
    for (let at = reply.lower.indexOf(name); at !== -1; at = reply.lower.indexOf(name, at + name.length)) places.push({ start: at, end: at + name.length });
  }
  const dates = findDates(reply, facts.today.date).filter((d) => !places.some((p) => d.start < p.end && d.end > p.start));
  // "can't fall asleep before 3 am", "no coffee after 4 pm": the time of a habit of the body, not a slot.
  const times = findTimes(reply).filter((time) => !ROUTINE_BEFORE.test(reply.lower.slice(Math.max(0, time.start - 40), time.start)));
  const findings: Finding[] = [];
  const flag = (span: Span, reason: string) => {
    if (!findings.some((f) => f.excerpt === reply.excerpt(span))) findings.push({ kind: 'unverified_date', excerpt: reply.excerpt(span), reason });
  };

  for (const sentence of reply.sentences) {
    const sentenceDates = startingIn(dates, sentence);
    const sentenceText = reply.lower.slice(sentence.start, sentence.end);
    const clockTimes = startingIn(times, sentence).filter((time) => !time.bare);
    // Ranges of days or of clock times ("Monday to Friday 8 am to 7 pm") describe opening hours, not one slot.
    // Only weekdays make a range of opening days: "من بكرة ليوم الاتنين ١٤ ديسمبر" is a move from one date to another.
    const weekdaysOnly = sentenceDates.filter((d) => d.date === undefined);
    // "من ٩ لـ ٢ الظهر": a range may start with a bare hour, as long as one end is a clock time.
    // "الدكتورة بتكون موجودة من ١٠ للـ ١٢": bare hours make a range too when staff are said to be there.
    const staffPresent = STAFF_PRESENT.test(sentenceText);
    const aboutHours = HOURS_CONTEXT.test(sentenceText) || hasRange(reply, weekdaysOnly) || hasRange(reply, startingIn(times, sentence), (a, b) => !a.bare || !b.bare || staffPresent);
    const sentenceTimes = aboutHours ? startingIn(times, sentence) : clockTimes;
    // "I can look for a slot for tomorrow": a day offered to search, not a slot said to exist.
    const aboutScheduling = !OFFER_TO_LOOK.test(sentenceText) && (SCHEDULING.test(sentenceText) || sentenceText.split(NON_LETTERS).some((word) => facts.doctorTokens.has(word)));
    for (const mention of sentenceDates) if (isSelfContradictory(mention)) flag(mention, 'The weekday does not fall on that date.');
    if (aboutHours) {
      for (const problem of hoursProblems(reply, sentence, sentenceDates, sentenceTimes, facts)) flag(problem.span, problem.reason);
    } else {
      for (const claim of pairClaims(reply.lower, sentenceDates, sentenceTimes, aboutScheduling)) {
        if (!isVerifiedClaim(claim, options.momentsFor(sentence), facts, reply.lower)) {
          flag(claimSpan(claim), 'No verified slot, appointment or booking is at this date and time.');
        }
      }
    }
  }
  return findings;
}

interface MomentClaim {
  date?: DateMention;
  time?: TimeMention;
}

/** "من السبت للأربع": a day glued to its "لل" is the end of a range too. */
function hasRange<T extends Span & { gluedTo?: boolean }>(reply: ReplyText, items: readonly T[], pairs: (a: T, b: T) => boolean = () => true): boolean {
  return items.some((item, index) => {
    const next = items[index + 1];
    return next !== undefined && pairs(item, next) && (next.gluedTo === true || RANGE_CONNECTOR.test(reply.lower.slice(item.end, next.start)));
  });
}

/** What may stand between a time and the date it belongs to: "on", "يوم", a comma, "slot on" ("a 2:15 pm slot on Saturday"). */
/** What may stand between a date and the time it holds: "at", "from", "الساعة", a comma. */
const DATE_BEFORE_TIME = /^\s*(?:,|،)?\s*(?:at|from|around|by|الساعه|ساعه|علي الساعه|في|من)?\s*$/u;
const DATE_AFTER_TIME = /^\s*(?:(?:slot|appointment|opening|session|visit)s?\s+)?(?:on|,|،|يوم)?\s*$/u;
/** The same with no comma: "12:00 tomorrow", "a 2:15 pm slot on Saturday". */
const DATE_RIGHT_AFTER_TIME = /^\s*(?:(?:slot|appointment|opening|session|visit)s?\s+)?(?:on|يوم)?\s*$/u;

const OFFERS_ANOTHER = new RegExp(String.raw`\bor\b|(?<![${LETTER}])(?:او|ولا|والا|وإلا)(?![${LETTER}])`, 'u');

function pairClaims(text: string, dates: DateMention[], times: TimeMention[], aboutScheduling: boolean): MomentClaim[] {
  const usable = dates.filter((d) => !d.plural);
  const claims: MomentClaim[] = [];
  const paired = new Set<DateMention>();
  for (const time of times) {
    const before = usable.filter((d) => d.end <= time.start).pop();
    const next = usable.find((d) => d.start >= time.end);
    // "على ٢:٢٠ العشية مع د. نسرين، ولا غدوة الخميس": a date after "or" is the other option, not this time's date.
    const after = next !== undefined && OFFERS_ANOTHER.test(text.slice(time.end, next.start)) ? undefined : next;
    // "20:00 on Wednesday, or 10:30 on Thursday": a time whose date follows it goes with that date once the one before is taken.
    const dateFollows = after !== undefined && DATE_AFTER_TIME.test(text.slice(time.end, after.start));
    // "I've cancelled Tuesday's session, and Dr. Mai has 12:00 tomorrow": a date right after the time beats one before it that other words keep apart.
    const afterIsTight = after !== undefined && DATE_RIGHT_AFTER_TIME.test(text.slice(time.end, after.start));
    const beforeIsTight = before !== undefined && DATE_BEFORE_TIME.test(text.slice(before.end, time.start));
    const date = afterIsTight && before && !beforeIsTight ? after : before && !(dateFollows && paired.has(before)) ? before : (after ?? before);
    if (date) paired.add(date);
    claims.push(date ? { date, time } : { time });
  }
  if (!aboutScheduling) return claims;
  for (const date of usable) if (!paired.has(date) && !date.isToday) claims.push({ date });
  return claims;
}

function dateMatches(mention: DateMention | undefined, moment: VerifiedMoment): boolean {
  if (!mention) return true;
  if (mention.date) return moment.date === mention.date;
  return mention.weekday === undefined || moment.weekday === mention.weekday;
}

/** "until 8 pm today", "حتى الساعة الرابعة": a time the clinic is there until, which its closing time that day can back. */
const UNTIL_BEFORE = new RegExp(String.raw`(?:\b(?:until|till|open to)|(?<![${LETTER}])(?:حتي|لحد|لغايه|لين))\s+(?:(?:ال)?ساعه\s+)?$`, 'u');

function isVerifiedClaim(claim: MomentClaim, moments: readonly VerifiedMoment[], facts: VerifiedFacts, text: string): boolean {
  const { date, time } = claim;
  if (moments.some((moment) => dateMatches(date, moment) && (!time || time.minutes.includes(moment.minutes)))) return true;
  if (date && time && UNTIL_BEFORE.test(text.slice(Math.max(0, time.start - 16), time.start))) {
    const weekday = weekdayOfMention(date);
    const hours = weekday ? facts.hours.get(weekday) : undefined;
    if (hours && time.minutes.includes(hours.close)) return true;
  }
  // A time with no day, equal to an opening or closing time, is read as one ("we close at 5 pm").
  if (!date && time) return [...facts.hours.values()].some((h) => time.minutes.includes(h.open) || time.minutes.includes(h.close));
  return false;
}

function claimSpan(claim: MomentClaim): Span {
  const spans = [claim.date, claim.time].filter((s): s is DateMention | TimeMention => s !== undefined);
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

// --- opening hours ----------------------------------------------------------

/** Days and the times said about them: "Monday to Thursday 8 am to 8 pm" is one group. */
interface HoursGroup {
  days: Weekday[];
  dayMentions: DateMention[];
  times: TimeMention[];
}

interface HoursClause {
  groups: HoursGroup[];
  /** Days named after "except", or said closed right after them, with where they are named when on their own ("الجمعة إجازة"). */
  closedDays: { day: Weekday; at?: Span }[];
  closed: boolean;
  clause: Span;
}

function weekdayOfMention(mention: DateMention): Weekday | undefined {
  return mention.weekday ?? (mention.date ? weekdayOf(mention.date) : undefined);
}

function expandRange(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  let index = WEEKDAYS.indexOf(from);
  for (let step = 0; step < 7; step++) {
    const day = WEEKDAYS[index % 7]!;
    days.push(day);
    if (day === to) break;
    index++;
  }
  return days;
}

/** "on weekends", "في الويكند": the country's weekend days, a group of days like a range. */
const WEEKEND = new RegExp(String.raw`\b(?:weekends?)\b|(?<![${LETTER}])(?:[وفب]?(?:ال)?ويكند|[وفب]?(?:ال)?ويك اند|[وفب]?نهايه الاسبوع)(?![${LETTER}])`, 'gu');
/** Where the weekend is Saturday and Sunday; elsewhere in the region it is Friday and Saturday. */
const SATURDAY_SUNDAY_WEEKENDS = new Set(['Asia/Beirut', 'Asia/Dubai', 'Africa/Casablanca', 'Africa/Tunis']);

function weekendOf(timezone: string): Weekday[] {
  return SATURDAY_SUNDAY_WEEKENDS.has(timezone) ? ['sat', 'sun'] : ['fri', 'sat'];
}

/** "الجمعة إجازة", "Fridays — the clinic is closed that day": a day said to be closed right after it. */
const CLOSED_RIGHT_AFTER_LIMIT = 32;

function readClause(reply: ReplyText, clause: Span, dates: DateMention[], times: TimeMention[], weekend: readonly Weekday[]): HoursClause {
  const text = reply.lower.slice(clause.start, clause.end);
  const exceptAt = EXCEPT.exec(text);
  const exceptPosition = exceptAt ? clause.start + exceptAt.index : Number.POSITIVE_INFINITY;
  // Whether the sentence states hours before "except" (only looked up for the few clauses that have one).
  const sentenceStart = exceptAt ? (reply.sentences.find((s) => s.start <= clause.start && clause.end <= s.end)?.start ?? clause.start) : clause.start;
  const timesBeforeExcept = exceptAt !== null && times.some((t) => t.end <= exceptPosition && t.start >= sentenceStart);
  // Only in a statement of hours ("on weekends from 9 am to 2 pm"), not "if the weekend suits you better".
  const weekends = allMatches(WEEKEND, text)
    .map((m) => ({ start: clause.start + m.index, end: clause.start + m.index + m[0].length }))
    .filter((w) => times.some((t) => t.start >= w.end && t.start < clause.end));
  const startOf = (item: { day: DateMention } | { time: TimeMention } | { weekend: Span }) => ('day' in item ? item.day.start : 'time' in item ? item.time.start : item.weekend.start);
  const items = [
    ...startingIn(dates, clause).map((d) => ({ day: d })),
    ...startingIn(times, clause).map((t) => ({ time: t })),
    ...weekends.map((w) => ({ weekend: w })),
  ].sort((a, b) => startOf(a) - startOf(b));
  const groups: HoursGroup[] = [];
  const closedDays: HoursClause['closedDays'] = [];
  let group: HoursGroup = { days: [], dayMentions: [], times: [] };
  let last: 'day' | 'time' | null = null;
  let lastTimeEnd = clause.start;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if ('time' in item) {
      if (group.days.length > 0 && group.times.length > 0 && last === 'day') {
        groups.push(group);
        group = { days: [], dayMentions: [], times: [] };
      }
      group.times.push(item.time);
      last = 'time';
      lastTimeEnd = item.time.end;
      continue;
    }
    if ('weekend' in item) {
      if (group.days.length > 0 && group.times.length > 0 && last === 'time') {
        groups.push(group);
        group = { days: [], dayMentions: [], times: [] };
      }
      group.days.push(...weekend);
      last = 'day';
      continue;
    }
    const day = weekdayOfMention(item.day);
    if (!day) continue;
    // "We're closed for tonight", "we've just closed for today": about the hour, not the day.
    const dayWord = reply.lower.slice(item.day.start, item.day.end);
    if (/^(?:tonight|الليله)$/u.test(dayWord) || (dayWord === 'today' && /\bfor\s+$/.test(reply.lower.slice(Math.max(0, item.day.start - 5), item.day.start)))) continue;
    const after = items[index + 1];
    const next = after && 'day' in after ? after.day : undefined;
    const nextDay = next ? weekdayOfMention(next) : undefined;
    // Only weekdays make a range of opening days: "from tomorrow to Saturday 12 December" is a move.
    const isRange =
      next !== undefined && nextDay !== undefined && item.day.date === undefined && next.date === undefined && (RANGE_CONNECTOR.test(reply.lower.slice(item.day.end, next.start)) || next.gluedTo);
    const days = isRange ? expandRange(day, nextDay!) : [day];
    if (isRange) index++;
    const following = items[index + 1];
    // Read past the next mention, so "بنقفل الساعة ٤" is still an hour, but counted only before it.
    // Up to a clause break: "on Saturdays; we're closed on Sundays" says Sunday is closed.
    const afterDay = reply.lower.slice(item.day.end, item.day.end + CLOSED_RIGHT_AFTER_LIMIT + 16).split(/[.!?؟\n;,،]|\s(?:and|but|so|while|whereas)\s/u)[0]!;
    const closedWord = CLOSED_STATEMENT.exec(afterDay);
    const saidClosed = closedWord !== null && closedWord.index < Math.min(following ? startOf(following) - item.day.end : Infinity, CLOSED_RIGHT_AFTER_LIMIT);
    // "إلا يوم الأربعاء منفتح من ١٢ لـ٨": a day after "except" that is given its own times is an exception of hours, not a closed day.
    // Not "كل يوم ما عدا الجمعة من ١٢ لحد ١٠": with no times before "except", the times after it are every other day's.
    const ownTimes = following !== undefined && 'time' in following && !saidClosed && timesBeforeExcept;
    if ((item.day.start > exceptPosition && !ownTimes) || saidClosed) {
      closedDays.push(...days.map((closed) => (saidClosed ? { day: closed, at: item.day } : { day: closed })));
      continue;
    }
    // "we close at 8 pm tonight and we're shut on Friday": a closed day after a time starts its own group.
    const closedBetween = last === 'time' && CLOSED_STATEMENT.test(reply.lower.slice(lastTimeEnd, item.day.start));
    if ((group.days.length > 0 || closedBetween) && group.times.length > 0 && last === 'time') {
      groups.push(group);
      group = { days: [], dayMentions: [], times: [] };
    }
    group.days.push(...days);
    group.dayMentions.push(item.day);
    last = 'day';
  }
  groups.push(group);
  // "every day" in a clause that is not itself about the hours ("put the gel on every day") opens no day.
  if (EVERY_DAY.test(text) && HOURS_CONTEXT.test(text)) {
    for (const g of groups) if (g.days.length === 0) g.days.push(...WEEKDAYS.filter((d) => !closedDays.some((closed) => closed.day === d)));
  }
  return { groups, closedDays, closed: CLOSED_STATEMENT.test(text), clause };
}

const RELATIVE_DAY_END = new RegExp(String.raw`(?:\b(?:today|tomorrow|tonight)|(?<![${LETTER}])(?:النهارده|اليوم|بكره|بكرا|باكر|باجر|غدا))\s*$`, 'u');
/** A clause that is only a weekday and a date ("، Friday 1 January"). */
const DATE_ONLY = new RegExp(
  String.raw`^[\s,،]*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:يوم\s+)?(?:ال)?(?:سبت|احد|اثنين|اتنين|ثلاثاء|تلات|اربعاء|اربع|خميس|جمعه))?[\s,،]*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[${LETTER}a-z]+[\s.!]*$`,
  'u',
);

const SAME_HOURS = new RegExp(String.raw`\b(?:the same(?: hours| times)?|same hours|same times)\b|(?<![${LETTER}])(?:نفس الشي|نفس الشيء|نفس المواعيد|نفس الوقت|نفس الدوام|نفس الاوقات|زي بعض|نفسه)(?![${LETTER}])`, 'u');

const DAY_AS_REASON = new RegExp(
  String.raw`^[\s,،]*(?:(?:as|since|because)\s+(?:it's|it is|today's|today is|tomorrow's|tomorrow is)|(?:as|like)\s+(?:we are|we're)\s+(?:every|each|on)|(?<![${LETTER}])(?:عشان|علشان|لان|كون|لكون)\s+(?:النهارده|اليوم|بكره|بكرا|باجر|بكرة)?)\s`,
  'u',
);

/** "…, when we're closed", "…، اللي بنكون فيه مقفولين": a clause that says the day named before it is a closed one. */
const CLOSED_WHEN = new RegExp(
  String.raw`^[\s,،]*(?:(?:when|on which|which is when|a day)\s+(?:we're|we are|the clinic is|the centre is|the center is|we're always|we are always)\s+(?:closed|shut)\b|(?<![${LETTER}])[و]?(?:اللي|الي|وهو يوم)\s+(?:\S+\s+){0,2}?(?:مقفولين|مسكرين|مغلقين|قافلين|مغلق|مقفول|مسكر|اجازه|عطله)(?![${LETTER}]))`,
  'u',
);

/** A label of a few words before a colon ("- الجمعة", "Friday", "Thursday hours"). */
function isShortLabel(text: string): boolean {
  return text.trim().split(/\s+/).length <= 4;
}

function hoursProblems(
  reply: ReplyText,
  sentence: Span,
  dates: DateMention[],
  times: TimeMention[],
  facts: VerifiedFacts,
): { span: Span; reason: string }[] {
  // A parenthesised day ("closed today (Friday)") belongs to the clause it explains.
  const spans = reply.clausesOf(sentence).reduce<Span[]>((merged, clause) => {
    const previous = merged[merged.length - 1];
    if (previous && /^\s*\(/.test(reply.lower.slice(previous.end, clause.end))) merged[merged.length - 1] = { start: previous.start, end: reply.lower.indexOf(')', clause.start) + 1 || clause.end };
    // "closed today, as it's Friday": the day the clause before is on, named as its reason.
    else if (previous && DAY_AS_REASON.test(reply.lower.slice(previous.end, clause.end))) merged[merged.length - 1] = { start: previous.start, end: clause.end };
    // "- الجمعة: إجازة", "Friday: closed": a label and its value are one statement.
    // Not a whole sentence before the colon ("From Sunday we're back to our usual hours: …"), whose day does not label what follows.
    else if (previous && /^\s*:\s*$/.test(reply.lower.slice(previous.end, clause.start)) && isShortLabel(reply.lower.slice(previous.start, previous.end))) {
      merged[merged.length - 1] = { start: previous.start, end: clause.end };
    }
    // "Tomorrow is Friday, when we're closed": what follows says the day before is closed.
    else if (previous && CLOSED_WHEN.test(reply.lower.slice(previous.end, clause.end))) merged[merged.length - 1] = { start: previous.start, end: clause.end };
    // "closed tomorrow, Friday 1 January": the date after a relative day restates it.
    else if (previous && RELATIVE_DAY_END.test(reply.lower.slice(previous.start, previous.end)) && DATE_ONLY.test(reply.lower.slice(previous.end, clause.end))) {
      merged[merged.length - 1] = { start: previous.start, end: clause.end };
    } else merged.push(clause);
    return merged;
  }, []);
  const weekend = weekendOf(facts.turn.timezone);
  const clauses = spans.map((clause) => readClause(reply, clause, dates, times, weekend));
  // "…، والخميس بعد نفس الشي": days said to keep the same hours as the clause before take its times.
  for (const [index, clause] of clauses.entries()) {
    if (index === 0 || !SAME_HOURS.test(reply.lower.slice(clause.clause.start, clause.clause.end))) continue;
    const lent = clauses[index - 1]!.groups.findLast((g) => g.times.length > 0)?.times;
    if (lent) for (const group of clause.groups) if (group.days.length > 0 && group.times.length === 0) group.times = [...lent];
  }
  const problems: { span: Span; reason: string }[] = [];
  const isOpen = (day: Weekday) => facts.hours.has(day);
  for (const [index, clause] of clauses.entries()) {
    for (const group of clause.groups) {
      const mentionOf = (day: Weekday) => group.dayMentions.find((m) => weekdayOfMention(m) === day) ?? clause.clause;
      const saysClosed = clause.closed && group.times.length === 0;
      for (const day of group.days) {
        if (saysClosed && isOpen(day)) problems.push({ span: mentionOf(day), reason: 'The clinic is open on this day.' });
        if (!saysClosed && !isOpen(day)) problems.push({ span: mentionOf(day), reason: 'The clinic is closed on this day.' });
      }
      if (group.times.length === 0) continue;
      // "Monday to Friday … to 6 pm, with a late opening until 8 pm on Thursdays": a day given its own times is an exception to the range.
      const excepted = new Set(clauses.flatMap((c) => c.groups).filter((g) => g !== group && g.times.length > 0).flatMap((g) => g.days));
      const ranged = group.days.length > group.dayMentions.length ? group.days.filter((day) => !excepted.has(day)) : group.days;
      const own = ranged.length > 0 ? ranged : group.days.length > 0 ? group.days : undefined;
      // Days may come from either neighbouring clause; the time must fit the days of one of them.
      const readings = own ? [own] : borrowedDays(clauses, index);
      for (const time of group.times) {
        const matchesDay = (day: Weekday) => {
          const hours = facts.hours.get(day)!;
          return time.minutes.includes(hours.open) || time.minutes.includes(hours.close);
        };
        const fits = (days: readonly Weekday[] | undefined) => {
          const openDays = (days ?? [...facts.hours.keys()]).filter(isOpen);
          const fitsHours = days ? openDays.length > 0 && openDays.every(matchesDay) : openDays.some(matchesDay);
          return fitsHours || facts.moments.some((m) => time.minutes.includes(m.minutes) && (!days || days.includes(m.weekday)));
        };
        if (!(readings.length > 0 ? readings.some(fits) : fits(undefined))) {
          problems.push({ span: time, reason: 'This is not an opening or closing time of the clinic on those days.' });
        }
      }
    }
    for (const { day, at } of clause.closedDays) {
      if (isOpen(day)) problems.push({ span: at ?? clause.clause, reason: 'The clinic is open on this day.' });
    }
  }
  return problems;
}

/**
 * "We're open from 9 am to 9 pm, Saturday to Thursday", "As today is Thursday,
 * we close at 4 pm": times and days can sit in the clause after or before.
 */
function borrowedDays(clauses: HoursClause[], index: number): Weekday[][] {
  // A clause that says closed ("…, 4 to 9 pm, and we're closed on Fridays") lends no days to times.
  // "open again tomorrow, Thursday, from 9 am to 9 pm": clauses with no day or time of their own are passed over.
  const lent = (step: 1 | -1) => {
    for (let at = index + step; at >= 0 && at < clauses.length; at += step) {
      const clause = clauses[at]!;
      if (clause.closed) return undefined;
      const days = clause.groups.find((g) => g.days.length > 0 && g.times.length === 0)?.days;
      if (days || clause.groups.some((g) => g.days.length > 0 || g.times.length > 0)) return days;
    }
    return undefined;
  };
  return [lent(1), lent(-1)].filter((days): days is Weekday[] => days !== undefined);
}
