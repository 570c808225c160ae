import { EMOJI, LETTER, allMatches, splitClauses, type ReplyText, type Span } from './reply-text';
import type { BookingKind } from './verified-facts';

/**
 * Confirmation-shaped language: the reply says a booking was made, moved or
 * cancelled. Offers ("shall I book it?"), conditions ("once it's booked"),
 * futures ("I'll cancel it"), and negations ("it isn't confirmed yet") are
 * not confirmations.
 */

export interface ConfirmationClaim extends Span {
  /** `any`: "Done", "All set" — satisfied by any successful booking tool. */
  kind: BookingKind | 'any';
  /** "Your appointment is confirmed": a status that an existing appointment can also back. */
  status: boolean;
  sentence: Span;
}

interface Pattern {
  kind: ConfirmationClaim['kind'];
  status: boolean;
  regex: RegExp;
}

const ADVERBS = String.raw`(?:\s+(?:just|now|already|successfully|officially|all|gone ahead and|went ahead and|also))*`;
const SENTENCE_START = String.raw`^[^${LETTER}\d]*`;

const PATTERNS: Pattern[] = [
  // English: book
  {
    kind: 'book',
    status: false,
    regex: new RegExp(
      String.raw`\b(?:i|we)(?:'ve|\s+have)?${ADVERBS}\s+(?:booked|re-?booked|reserved|scheduled|secured|confirmed|locked in|pencil+ed|put you down|(?:signed|enrolled|registered) (?:you|him|her|them)(?: up)?|put (?:you|him|her|them|(?:your|the) (?:\S+\s+){0,2}?\S+) (?:in|down)\b|put (?:\S+\s+){1,3}?(?:in|down) (?:for|with|on)\b|got you (?:booked|in|down)|made (?:the|your|an|a) (?:booking|appointment|reservation))\b`,
      'gu',
    ),
  },
  { kind: 'book', status: false, regex: new RegExp(String.raw`\byou(?:'ve|\s+have)${ADVERBS}\s+been${ADVERBS}\s+(?:booked|re-?booked|confirmed|scheduled|reserved|signed up|enrolled|registered)\b`, 'gu') },
  // "You're down for a scan on Wednesday" may describe an appointment the patient already has.
  { kind: 'book', status: true, regex: new RegExp(String.raw`\byou(?:'re|\s+are)${ADVERBS}\s+(?:booked|confirmed|scheduled|reserved|down for|locked in|pencil+ed in)\b`, 'gu') },
  // "You're all set for your test on Saturday" may describe an appointment the patient already has.
  { kind: 'book', status: true, regex: /\byou(?:'re|\s+are)\s+(?:all\s+)?set\s+for\b/gu },
  // "Dr. Lina has you down for Monday at 4:30 pm".
  { kind: 'book', status: true, regex: /\b(?:has|have|'s got|has got|'ve got)\s+you\s+(?:down|booked(?: in)?|pencil+ed in|in)\s+for\b/gu },
  { kind: 'any', status: false, regex: /\byou(?:'re|\s+are)\s+(?:all\s+)?set\b/gu },
  // British "that's you in with Dr. Dina", "you're in for Tuesday".
  { kind: 'book', status: false, regex: /\b(?:that's|that is) (?:you|\S+)(?:\s+all)?\s+(?:in|booked|sorted|down)\b|\byou(?:'re|\s+are)\s+(?:all\s+)?in(?:\s+(?:with|for)\b|\s*(?:[!.]|[—–-]\s|$))/gu },
  {
    kind: 'book',
    status: true,
    regex: new RegExp(String.raw`\b(?:is|are|'s)(?:\s+(?:now|all|officially|still|already|successfully))*\s+(?:booked|confirmed|reserved|scheduled|secured|set(?!\s+(?:by|according to)\b)|locked in)\b(?!\s+(?:up|solid|out)\b)`, 'gu'),
  },
  { kind: 'book', status: false, regex: new RegExp(String.raw`\b(?:has|have|had)${ADVERBS}\s+been${ADVERBS}\s+(?:booked|confirmed|reserved|scheduled|secured)\b`, 'gu') },
  { kind: 'book', status: false, regex: /\b(?:was|were)\s+(?:successfully\s+)?(?:booked|confirmed|reserved)\b/gu },
  { kind: 'book', status: false, regex: new RegExp(String.raw`${SENTENCE_START}(?:all booked|both booked|booked|confirmed|booking confirmed)\b`, 'gu') },
  // Not "it's done by Dr. Aisha and takes 40 minutes": how a test is done.
  { kind: 'any', status: false, regex: new RegExp(String.raw`${SENTENCE_START}(?:all set|all sorted|sorted|(?:all |both |that's |it's |consider it )?done(?!\s+(?:by|under|using|through|in|at|as|over|during|while|here|there|on-?site)\b))\b`, 'gu') },
  { kind: 'book', status: false, regex: /\b(?:booking|appointment|reservation)\s+(?:has\s+)?(?:went|gone|is)\s+through\b/gu },
  { kind: 'book', status: true, regex: /\byou\s+(?:now\s+)?have\s+(?:an?\s+)?(?:appointment|booking|session|slot)\s+(?:with|on|at|for|tomorrow|today)\b/gu },
  // English: reschedule
  {
    kind: 'reschedule',
    status: false,
    regex: new RegExp(
      String.raw`\b(?:i|we)(?:'ve|\s+have)?${ADVERBS}\s+(?:moved|rescheduled|shifted|brought forward|pushed back|(?:changed|switched|updated)(?=[^.!?]{0,40}\b(?:appointment|booking|session|visit|slot|time|it to)\b))`,
      'gu',
    ),
  },
  {
    kind: 'reschedule',
    status: false,
    // Not "a probe is moved over your chest".
    regex: new RegExp(String.raw`\b(?:is|are|'s|(?:has|have)${ADVERBS}\s+been|was|were)${ADVERBS}\s+(?:moved|rescheduled|shifted|changed|brought forward|pushed back)\b(?!\s+(?:over|across|around|along|up and down|gently)\b)`, 'gu'),
  },
  // Not "your son … is now on iron drops": what is now on or at must be a day, a date or a time.
  {
    kind: 'reschedule',
    status: false,
    regex:
      /\b(?:is|are|'s)\s+now\s+(?:on|at|set for|scheduled for|booked for|for)\b(?=(?:\s+\S+){0,3}?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this|next|the\s+\d|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|noon|midday))|\bnow\s+(?:sits|falls)\s+on\b/gu,
  },
  { kind: 'reschedule', status: false, regex: new RegExp(String.raw`${SENTENCE_START}(?:rescheduled|moved)\b`, 'gu') },
  // English: cancel
  {
    kind: 'cancel',
    status: false,
    regex: new RegExp(String.raw`\b(?:i|we)(?:'ve|\s+have)?${ADVERBS}\s+(?:cancell?ed|called off|removed|deleted)\b`, 'gu'),
  },
  {
    kind: 'cancel',
    status: false,
    regex: new RegExp(String.raw`\b(?:is|are|'s|(?:has|have)${ADVERBS}\s+been|was|were)${ADVERBS}\s+(?:cancell?ed|called off|removed)\b`, 'gu'),
  },
  { kind: 'cancel', status: false, regex: new RegExp(String.raw`${SENTENCE_START}cancell?ed\b`, 'gu') },
  // "I've moved your follow-up and cancelled your massage": the second action shares the subject.
  { kind: 'cancel', status: false, regex: /\band\s+(?:also\s+|then\s+)?(?:cancell?ed|called off)\b/gu },
  { kind: 'reschedule', status: false, regex: /\band\s+(?:also\s+|then\s+)?(?:moved|rescheduled)\b/gu },
  // "… and booked you in", "… and booked Dr. Faisal for Sunday"; not "busy and booked up".
  { kind: 'book', status: false, regex: /\band\s+(?:also\s+|then\s+)?(?:booked|reserved)\b(?!\s+(?:up|solid|out)\b)/gu },
  // The action named by a noun and said to be complete: "your cancellation has been processed", "the reschedule is complete".
  {
    kind: 'cancel',
    status: false,
    regex: /\bcancell?ations?(?:\s+(?:for|of)(?:\s+\S+){1,10}?)?\s+(?:is|are|'s|has been|have been|was|were|has|have)\s+(?:now\s+|all\s+|already\s+|successfully\s+)*(?:done|complete|completed|processed|finali[sz]ed|sorted|through|gone through|went through)\b/gu,
  },
  {
    kind: 'reschedule',
    status: false,
    regex: /\b(?:reschedul(?:e|ing)|(?:appointment|booking|time|date) (?:change|move)|change of (?:appointment|time|date))\s+(?:is|'s|has been|was|has)\s+(?:now\s+|all\s+|already\s+|successfully\s+)*(?:done|complete|completed|processed|finali[sz]ed|sorted|through|gone through|went through)\b/gu,
  },
  {
    kind: 'book',
    status: false,
    regex: /\b(?:booking|reservation)\s+(?:is|'s|has been|was)\s+(?:now\s+|all\s+|already\s+|successfully\s+)*(?:done|complete|completed|processed|finali[sz]ed|made)\b/gu,
  },
  // Arabic (folded: أ/إ/آ -> ا, ة -> ه, ى -> ي)
  {
    kind: 'book',
    status: false,
    // The Moroccan "درت ليك الموعد" ("I set you the appointment") and the Iraqi "انحجزلك" ("it got booked for you") book too,
    // as do the Moroccan "واخا، تسجل الموعد ديالك" (it got registered), the Algerian "راهو تحجز" (it has been booked) and the Gulf
    // "صار عندك موعد" (you now have an appointment), and the Maghrebi "رانا سجّلناك" (we have registered you);
    // a bare "انحجز" is someone else taking the slot.
    regex: new RegExp(String.raw`(?<![${LETTER}])[وف]?(?:تم\s+(?:ال)?(?:حجز|تاكيد|تثبيت)|(?:قمت|قمنا)\s+ب(?:ال)?(?:حجز|تاكيد|تثبيت)|اتحجز[${LETTER}]*|انحجز\s*ل(?:ك|كي|ج|كم)(?![${LETTER}])|حجزت[${LETTER}]*|حجزنا[${LETTER}]*|سجلناك|سجلناكي|سجلناكم|سجلتك|سجلتكي|سجلتلك|سجلنالك|حجزنال[${LETTER}]*|اكدت[${LETTER}]*|اكدنا[${LETTER}]*|ثبتت[${LETTER}]*|ثبتنا[${LETTER}]*|ثبتل[${LETTER}]*|ثبت\s+لك[${LETTER}]*|(?:عملت|عملنا|سويت|سوينا)\s*ل?(?:ك|كي|ِك)\s+(?:ال)?(?:حجز|موعد|ميعاد)|(?:درت|درنا)\s*(?:ليك|ليكم|ليكي|لك|ليه|ليها)\s+(?:ال)?(?:حجز|موعد|ميعاد)|(?:ظبط|ضبط)(?:ت|نا)\s*ل(?:ك|كي|كم|ها|ه)?\s+(?:\S+\s+)?(?:ال)?(?:حجز|موعد|ميعاد)|اتاكد[${LETTER}]*|اتثبت[${LETTER}]*|لقد حجز[${LETTER}]*|تاكد\s+(?:(?:ليك|ليكم|ليكي|لك|لكم|ليه|ليها|له|لها)\s+)?(?:ال)?(?:موعد|ميعاد|حجز)[${LETTER}]*|تسجل\s+(?:ليك|ليكم|ليكي|لك|لكم|ليه|ليها|له|لها)\s+(?:ال)?(?:موعد|ميعاد|حجز)[${LETTER}]*|(?<=(?:^|[^\s${LETTER}])\s*[وف]?)تحجز\s*(?:ليك|ليكم|ليكي|لك|لكم)\s+(?:ال)?(?:موعد|ميعاد|حجز)[${LETTER}]*|(?<=(?:^|[^\s${LETTER}])\s*[وف]?)تسجل\s+(?:ال)?(?:موعد|ميعاد|حجز)[${LETTER}]*|(?:راهو|راه|راهي)\s+(?:تحجز|تسجل|تقيد|تاكد|تثبت|اتحجز|انحجز|محجوز|مسجل)[${LETTER}]*|(?:صار|صارلك|صارلج|بقي)\s+(?:عندك|عندكم|عندج|عندكي|لك|لج)\s+(?:ال)?(?:موعد|ميعاد|حجز))`, 'gu'),
  },
  // "موعد الفحص … مؤكد يوم الأحد", "ميعادك … اتسجل عندنا": the appointment said to be booked, confirmed or registered.
  { kind: 'book', status: true, regex: new RegExp(String.raw`(?<![${LETTER}])(?:ال)?(?:ميعاد|موعد|حجز)(?:ك|كم|ه|ها)?(?:\s+\S+){0,8}?\s+(?<!(?:مو|مش|مب|ما|مهو|غير|مهوب)\s)(?:محجوز|موكد|متاكد|مثبت|متثبت|اتثبت)(?![${LETTER}])`, 'gu') },
  { kind: 'book', status: false, regex: new RegExp(String.raw`(?<![${LETTER}])(?:ال)?(?:ميعاد|موعد|حجز)(?:ك|كم|ه|ها)?(?:\s+\S+){0,16}?\s+(?:اتسجل|انسجل|تسجل)(?![${LETTER}])|(?<![${LETTER}])[وف]?سجلت(?:لك|لكم|لك|ك)?\s+(?:ال)?(?:موعد|ميعاد|حجز)` +
      // The Maghrebi "تقيّد ليه الموعد": the appointment got written down for him.
      String.raw`|(?<![${LETTER}])[وف]?(?:تقيد|اتقيد|قيدت|قيدنا)(?:\s*(?:ليه|ليك|ليها|لك|له|لها|ليكم))?\s+(?:ال)?(?:موعد|ميعاد|حجز)`, 'gu') },
  { kind: 'book', status: false, regex: new RegExp(String.raw`(?<![${LETTER}])(?:حجزك|الحجز)\s+(?:تم|اتعمل|خلص)(?![${LETTER}])`, 'gu') },
  // "الإلغاء تم", "تغيير الميعاد خلص": the action as a noun, said to be done.
  {
    kind: 'cancel',
    status: false,
    regex: new RegExp(String.raw`(?<![${LETTER}])(?:ال)?الغاء(?:\s+(?:ال)?(?:حجز|ميعاد|موعد|جلسه)[${LETTER}]*)?\s+(?:تم|اتعمل|خلص|اكتمل)(?![${LETTER}])`, 'gu'),
  },
  {
    kind: 'reschedule',
    status: false,
    regex: new RegExp(String.raw`(?<![${LETTER}])(?:ال)?(?:تغيير|تعديل|نقل|تاجيل)(?:\s+(?:ال)?(?:حجز|ميعاد|موعد|جلسه)[${LETTER}]*)?\s+(?:تم|اتعمل|خلص|اكتمل)(?![${LETTER}])`, 'gu'),
  },
  // "تم ✅", "تم يا مريم" on its own: done, of whatever was asked.
  // Not "تم يا مريم، بنرسل لك التفاصيل": "تم" before a promise of what we will do is "OK".
  {
    kind: 'any',
    status: false,
    regex: new RegExp(
      String.raw`^[^${LETTER}\d]*(?:تمام\s+)?تم(?=\s*[✅!.،,]|\s*$|\s+يا\s)(?!(?:\s+يا(?:\s+[${LETTER}]+){1,3})?\s*[✅!.،,]?\s*و?(?:(?!بنفس)[بهحس]ن[${LETTER}]{2,}|(?:رح|راح|سوف)\s))`,
      'gu',
    ),
  },
  { kind: 'book', status: true, regex: new RegExp(String.raw`(?<![${LETTER}])(?:انت|انتي|حضرتك)\s+(?:كده\s+)?محجوز[${LETTER}]*`, 'gu') },
  {
    kind: 'reschedule',
    status: false,
    regex: new RegExp(String.raw`(?<![${LETTER}])[وف]?(?:تم\s+(?:ال)?(?:نقل|تغيير|تعديل|تاجيل|تقديم)|(?:قمت|قمنا)\s+ب(?:ال)?(?:نقل|تغيير|تعديل|تاجيل|تقديم)|اتنقل[${LETTER}]*|انتقل(?:ت)?\s+(?:ال)?(?:موعد|ميعاد|جلسه|حجز)|اتغير[${LETTER}]*|اتعدل[${LETTER}]*|اتاجل[${LETTER}]*|اجلنا[${LETTER}]*|اجلت\s*ل(?:ك|كي|ج|كم)|اجلتل(?:ك|كي|ج|كم)|نقلت[${LETTER}]*|نقلنا[${LETTER}]*|غيرت[${LETTER}]*|غيرنا[${LETTER}]*|(?:بدلت|بدلنا|تبدل|اتبدل)(?:\s*(?:لك|لكم|ليك|لكي|ليكي))?\s+(?:ال)?(?:موعد|ميعاد|حجز)[${LETTER}]*|اجلت[${LETTER}]*|عدلت[${LETTER}]*|(?:ال)?(?:ميعاد|موعد)(?:ك|كم)?(?:\s+\S+){0,4}?\s+(?:بقي|اصبح|صار)(?=\s+(?:يوم|ليوم|الساعه|ب|في|بكره|بعد|الاحد|الاثنين|الاتنين|الثلاثاء|التلات|الاربعاء|الاربع|الخميس|الجمعه|السبت))|(?:بقي|اصبح|صار)\s+(?:ميعادك|موعدك))`, 'gu'),
  },
  {
    kind: 'cancel',
    status: false,
    regex: new RegExp(String.raw`(?<![${LETTER}])[وف]?(?:تم\s+(?:ال)?الغاء|(?:قمت|قمنا)\s+ب(?:ال)?الغاء|اتلغ[${LETTER}]*|كنسلت[${LETTER}]*|كنسلنا[${LETTER}]*|فسخنا[${LETTER}]*|فسختل(?:ك|كي|كم)|كانسلت[${LETTER}]*|اتكنسل[${LETTER}]*|لغيت[${LETTER}]*|الغيت[${LETTER}]*|لغينا[${LETTER}]*|الغينا[${LETTER}]*|اتشال[${LETTER}]*|تلغ(?:ي|ا|ات)\s+(?:ليك\s+|ليكي\s+|لك\s+)?(?:ال)?(?:موعد|ميعاد|حجز|جلسه|رنديفو)[${LETTER}]*|(?<=(?:^|[^\s${LETTER}])\s*[وف]?|(?:لقد|قد)\s+)الغي\s+(?:ال)?(?:موعد|ميعاد|حجز|جلسه)[${LETTER}]*|شلت(?:لك|لكم|ك)?\s+(?:ال)?(?:موعد|ميعاد|حجز|جلسه)[${LETTER}]*)`, 'gu'),
  },
];

/** Words before the verb, in the same clause, that make it an offer, condition, future or negation ("فما تم الحجز", "ولو حجزتي": a negation or condition may carry a glued "ف" or "و"). */
const BLOCKERS =
  new RegExp(String.raw`\b(?:if|once|when|whenever|after|before|until|unless|as soon as|so that|will|'ll|would|'d|could|can|should|shall|might|may|must|want|wants|let me|not|never|no longer|yet|unable|failed|pending|awaiting|waiting|try|trying|able to|nothing|none|no one)\b|n't\b|(?<![${LETTER}])(?:لو|اذا|لما|اول ما|بعد ما|قبل ما|عشان|علشان|باش|لكي|لحد ما|ممكن|تحب|تحبي|تحبوا|هل|عايز|عايزه|عاوز|محتاج|ينفع|مش|لم|لن|لا|لسه|مفيش|(?<!(?:زي|زى|مثل|متل|حسب)\s)ما|يمكن|نقدر|اقدر|حابب|حابه|هنحاول|بحاول|بغيت|بغيتي|تقدر|تقدري|تنجم|تنجمي|الا|يلا)(?![${LETTER}])|(?<![${LETTER}])[وف](?:ما|لم|لن|مش|لو|اذا|لما)(?![${LETTER}])`, 'u');

const ARABIC_PATTERNS = PATTERNS.filter((pattern) => /[\u0600-\u06ff]/u.test(pattern.regex.source));
const ENGLISH_PATTERNS = PATTERNS.filter((pattern) => !ARABIC_PATTERNS.includes(pattern));
/** Every Arabic pattern contains one of these stems; a sentence without any is skipped. */
const ARABIC_HINT = /حجز|اكد|ثبت|موعد|ميعاد|لغ|كنسل|كانسل|شال|نقل|غير|عدل|اجل|قدم|تم|سجل|قيد/u;
/** Every English pattern contains one of these stems; a sentence without any is skipped. */
const ENGLISH_HINT = /complet|process|finali|book|confirm|reserv|schedul|secur|lock|pencil|put |got you|signed|enrol|regist|made|set|done|sorted|mov|shift|brought|push|chang|switch|updat|cancel|called off|remov|delet|now|through|have|down for|you in|in with|in for|'re in|are in/;

const UP_TO_LAST_EMOJI = new RegExp(String.raw`^[\s\S]*${EMOJI}`, 'u');

/** "سلامتها ما تشوف شر 🙏 تم حجز …": an emoji ends what was said before it, so a negation there does not reach the claim. */
function sinceLastEmoji(text: string): string {
  const upTo = UP_TO_LAST_EMOJI.exec(text);
  return upTo ? text.slice(upTo[0].length) : text;
}

export function findConfirmationClaims(reply: ReplyText): ConfirmationClaim[] {
  const claims: ConfirmationClaim[] = [];
  const { lower } = reply;
  for (const sentence of reply.sentences) {
    const text = lower.slice(sentence.start, sentence.end);
    const patterns = [
      ...(reply.hasLatin && ENGLISH_HINT.test(text) ? ENGLISH_PATTERNS : []),
      ...(reply.hasArabic && ARABIC_HINT.test(text) ? ARABIC_PATTERNS : []),
    ];
    if (patterns.length === 0) continue;
    const clauses = reply.clausesOf(sentence);
    const isQuestion = /[?؟]\s*$/.test(text);
    for (const pattern of patterns) {
      for (const match of allMatches(pattern.regex, text)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        const clause = reply.clauseAt(sentence, start);
        if (isQuestion && clause === clauses[clauses.length - 1]) continue;
        if (BLOCKERS.test(sinceLastEmoji(lower.slice(clause.start, start))) || /^\s+yet\b/.test(lower.slice(end, clause.end))) continue;
        // Egyptian negation wraps the verb: "ما اتحجزش", "متلغاش".
        if (/[\u0600-\u06ff]ش$/u.test(match[0])) continue;
        if (claims.some((c) => start < c.end && end > c.start)) continue;
        // "you're now booked in for Thursday instead": a new state, not the status of an appointment the patient has.
        const status = pattern.status && !/\bnow\b/.test(match[0]);
        claims.push({ start, end, kind: pattern.kind, status, sentence });
      }
    }
  }
  return claims;
}
