import { LETTER, allMatches, commonSpelling, withoutArabicArticles, type ReplyText, type Span } from './reply-text';
import type { ServiceFacts, VerifiedFacts } from './verified-facts';
import type { Finding } from './verified-turn';

/**
 * Money amounts: a number with a currency (either side, English or Arabic,
 * digits or common number words), or a number right after a price word.
 * An amount must be a price, deposit or balance (price minus deposit) of the
 * service it is said about, or an amount a successful tool returned, in the
 * clinic's currency.
 */

interface AmountMention extends Span {
  value: number;
  /** ISO code, or `$` for an unspecified dollar. */
  currency?: string;
}

/** "1,500", "1500.5", and "60 000" (thousands grouped by spaces, as written in the Maghreb and in French). */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:\.\d+)?`;
/**
 * ISO codes a catalog may use (matched as whole words, lower-cased): the Arab world's currencies and the
 * usual foreign ones. Codes that are also common English words ("try", "all", "top") are left out.
 */
const ISO_CODES = String.raw`egp|gbp|nzd|usd|aed|sar|eur|kwd|bhd|omr|qar|jod|iqd|lyd|tnd|dzd|mad|lbp|syp|yer|sdg|mru|djf|ils|cad|aud|chf|inr|pkr|sgd|hkd|jpy|cny`;
/** Arabic abbreviations as folded (إ → ا): ج.م، د.ك، ر.س، د.ا، ر.ق، ر.ع، د.ب، د.ا. */
const AR_ABBREVIATIONS = String.raw`ل\.\s?س\.?|ل\.\s?ل\.?|ج\.\s?م\.?|د\.\s?ك\.?|ر\.\s?س\.?|د\.\s?ا\.?|ر\.\s?ق\.?|ر\.\s?ع\.?|د\.\s?ب\.?|د\.\s?ا\.?`;
const CURRENCY_BEFORE = String.raw`${ISO_CODES}|l\.e\.?|le|e£|£e|£|nz\$|us\$|kd|jd|bd|qr|sr|ro|dhs|ld|dt|€|\$|₪|₺|nis|${AR_ABBREVIATIONS}`;
// "TRY" and "TL" only after a number: before one, "try" is the verb ("try 2 drops").
const CURRENCY_AFTER = String.raw`${ISO_CODES}|try|tl|₺|\$|€|£|l\.e\.?|le|kd|jd|bd|qr|sr|ro|dhs|ld|dt|egyptian pounds?|sudanese pounds?|pounds?|nz dollars?|us dollars?|dollars?|(?:moroccan |emirati |uae )?dirhams?|(?:kuwaiti |bahraini |jordanian )?dinars?|(?:saudi |qatari |omani )?riyals?|euros?|جنيه استرليني|جنيه(?:ات)?(?:\s+مصري|\s+سوداني)?|${AR_ABBREVIATIONS}|دولار(?:ات)?(?:\s+نيوزيلندي)?|دينار(?:\s+كويتي|\s+بحريني|\s+اردني)?|دنانير|ريال(?:ات)?(?:\s+سعودي|\s+قطري|\s+عماني)?|دراهم|درهم(?:\s+اماراتي|\s+مغربي)?|يورو|ليره(?:\s+لبنانيه|\s+سوريه|\s+تركيه)?|ليرات(?:\s+تركيه)?|(?:lebanese |syrian |turkish )?liras?|اوقيه|اوقيات|ouguiyas?|د\.?\s?ج\.?|da|(?:swiss |djiboutian |djibouti )?francs?|فرنك(?:ات)?(?:\s+جيبوتي|\s+سويسري)?|fdj|shekels?|nis|₪|شيكل(?:ات)?(?:\s+جديد)?|شيقل|شواكل`;

/** "15k", "15 thousand", "١٥ ألف": thousands; "4 million", "٤ مليون": millions. */
const THOUSANDS = String.raw`(?:\s?(k|thousand|الف|الاف|تلاف|million|مليون|ملايين)(?![${LETTER}]))?`;
const WITH_CURRENCY_BEFORE = new RegExp(String.raw`(?<![${LETTER}\d])(${CURRENCY_BEFORE})\s?(${NUMBER})(?![\d])${THOUSANDS}`, 'gu');
/** After an Arabic currency word: the alef of an indefinite accusative ("ديناراً", "جنيهاً") may follow. */
const CURRENCY_END = String.raw`ا?(?![${LETTER}])`;
/** A currency right after a number ("٣٥٠٠٠٠٠ دينار"): the number is a price, however long it is. */
export const CURRENCY_FOLLOWS = new RegExp(String.raw`^\s?(?:${CURRENCY_AFTER})${CURRENCY_END}`, 'u');
const WITH_CURRENCY_AFTER = new RegExp(String.raw`(?<![\d.,])(${NUMBER})${THOUSANDS}\s?(${CURRENCY_AFTER})${CURRENCY_END}`, 'gu');
const AFTER_PRICE_WORD = new RegExp(
  String.raw`(?<![${LETTER}])[وف]?(?:price|prices|priced|cost|costs|fee|fees|deposit|charge|pay|total|balance|سعر[${LETTER}]*|بسعر|تكلف[${LETTER}]*|العربون|عربون|المقدم|مقدم|الرسوم|رسوم)(?:\s+(?:اللي|الي|الذي)\s+(?:دفعت|دفعتي|دفعته|دفعتيه|دفعتوه|دفعتها|دفعتيها))?(?:\s+(?:is|are|of|at|for|just|only|about|around|will be|هو|هي|بتاعه|بتاعها|بس|ب))*\s*ب?(${NUMBER})${THOUSANDS}(?![\d:]|\s*(?:%|am|pm|a\.m|p\.m|minutes?|hours?|days?|weeks?|months?|sessions?|times?|people|دقيقه|ساعه|ساعات|يوم|ايام|جلسات|جلسه|مرات)|\s*(?:${CURRENCY_AFTER}))`,
  'gu',
);

/** Arabic number words as written in prices (folded), colloquial and formal. */
const AR_NUMBER_WORDS: Record<string, number> = {
  'واحد': 1, 'اتنين': 2, 'اثنين': 2, 'تلات': 3, 'تلاته': 3, 'ثلاث': 3, 'ثلاثه': 3, 'اربع': 4, 'اربعه': 4, 'خمس': 5, 'خمسه': 5,
  'ست': 6, 'سته': 6, 'سبع': 7, 'سبعه': 7, 'تمن': 8, 'تمانيه': 8, 'ثمان': 8, 'ثماني': 8, 'ثمانيه': 8, 'تسع': 9, 'تسعه': 9, 'عشر': 10,
  'حداشر': 11, 'احداشر': 11, 'احد عشر': 11, 'اتناشر': 12, 'اثنا عشر': 12, 'اثني عشر': 12, 'تلتاشر': 13, 'ثلاثه عشر': 13, 'ثلاث عشره': 13,
  'اربعتاشر': 14, 'اربعه عشر': 14, 'اربع عشره': 14, 'خمستاشر': 15, 'خمسه عشر': 15, 'خمس عشره': 15, 'ستاشر': 16, 'سته عشر': 16,
  'ست عشره': 16, 'سبعتاشر': 17, 'سبعه عشر': 17, 'سبع عشره': 17, 'تمنتاشر': 18, 'ثمانيه عشر': 18, 'ثماني عشره': 18, 'تسعتاشر': 19,
  'تسعه عشر': 19, 'تسع عشره': 19,
  'عشره': 10, 'عشرين': 20, 'تلاتين': 30, 'ثلاثين': 30, 'اربعين': 40, 'خمسين': 50, 'ستين': 60, 'سبعين': 70,
  'تمانين': 80, 'ثمانين': 80, 'تسعين': 90, 'ميه': 100, 'مائه': 100, 'مئه': 100, 'ميتين': 200, 'متين': 200,
  'مئتين': 200, 'مائتين': 200, 'تلتميه': 300, 'تلاتميه': 300, 'ثلاثمائه': 300, 'ثلثمائه': 300, 'ربعميه': 400,
  'اربعميه': 400, 'اربعمائه': 400, 'خمسميه': 500, 'خمسمائه': 500, 'ستميه': 600, 'ستمائه': 600, 'سبعميه': 700,
  'سبعمائه': 700, 'تمنميه': 800, 'تمانميه': 800, 'ثمانمائه': 800, 'تسعميه': 900, 'تسعمائه': 900, 'الف': 1000,
  'الفين': 2000, 'تلات تلاف': 3000, 'تلاته الاف': 3000, 'ثلاثه الاف': 3000, 'ثلاث الاف': 3000, 'اربع تلاف': 4000,
  'اربعه الاف': 4000, 'اربع الاف': 4000, 'خمس تلاف': 5000, 'خمسه الاف': 5000, 'خمس الاف': 5000,
  'مليون': 1_000_000, 'مليونين': 2_000_000,
};
// "ثلاث مية", "خمس مئة": a unit before the word for a hundred, written apart.
for (const [unit, value] of Object.entries(AR_NUMBER_WORDS)) {
  if (value < 3 || value > 9) continue;
  for (const hundred of ['ميه', 'مئه', 'مائه']) AR_NUMBER_WORDS[`${unit} ${hundred}`] = value * 100;
}
const AR_NUMBER_WORD = Object.keys(AR_NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
/** "ألفين وخمسمية جنيه", "ميه وخمسين", "تلات تلاف ونص" (and a half: 3,500). */
const AR_WORD_AMOUNT = new RegExp(
  String.raw`(?<![${LETTER}])ب?((?:${AR_NUMBER_WORD})(?:\s*و\s?(?:${AR_NUMBER_WORD}|نص))*)\s+(${CURRENCY_AFTER})${CURRENCY_END}`,
  'gu',
);
const AR_NUMBER_PART = new RegExp(String.raw`${AR_NUMBER_WORD}|نص`, 'gu');

function parseArabicWords(phrase: string): number {
  let total = 0;
  let largest = 0;
  for (const [word] of allMatches(AR_NUMBER_PART, phrase)) {
    if (word === 'نص') {
      total += largest / 2;
      continue;
    }
    const value = AR_NUMBER_WORDS[word] ?? 0;
    // "and a half" halves the largest unit: "تلات تلاف ونص" is 3,500, "ميه ونص" 150, "عشرة ونص" 10.5, "مليون ونص" 1,500,000.
    const unit = value >= 1_000_000 ? 1_000_000 : value >= 1000 ? 1000 : value >= 100 ? 100 : 1;
    largest = Math.max(largest, unit);
    total += value;
  }
  return total;
}

const EN_UNITS: Record<string, number> = {
  one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// "a" counts only before "hundred" or "thousand": "we take a DA 2,000 deposit" names no amount of one dinar.
const EN_UNIT_WORDS = Object.keys(EN_UNITS).map((word) => (word === 'a' ? String.raw`a(?=[\s-]+(?:hundred|thousand))` : word)).join('|');
const EN_WORD_AMOUNT = new RegExp(
  String.raw`\b((?:(?:${EN_UNIT_WORDS})(?:[\s-]+(?:hundred|thousand|and))*[\s-]+)+)(${CURRENCY_AFTER})\b`,
  'gu',
);

function parseNumber(raw: string): number {
  return Number(raw.replace(/[,\s]/g, ''));
}

function parseEnglishWords(phrase: string): number {
  let total = 0;
  let current = 0;
  const words = phrase.trim().split(/[\s-]+/);
  for (const [index, word] of words.entries()) {
    if (word === 'and') continue;
    // "a ten-dinar deposit": "a" is the article before a number, one only before "hundred" or "thousand" or alone.
    if (word === 'a' && (EN_UNITS[words[index + 1] ?? ''] ?? 0) > 0) continue;
    if (word === 'hundred') current *= 100;
    else if (word === 'thousand') {
      total += current * 1000;
      current = 0;
    } else current += EN_UNITS[word] ?? 0;
  }
  return total + current;
}

/** Dinars and riyals named without a country: any currency of that name passes. */
const DINARS = new Set(['KWD', 'BHD', 'JOD', 'IQD', 'LYD', 'TND', 'DZD']);
const RIYALS = new Set(['SAR', 'QAR', 'OMR', 'YER']);
/** Currencies a bare "$" can mean (the dirham, AED, also ends in D but is not one). */
const DOLLARS = new Set(['USD', 'NZD', 'AUD', 'CAD', 'SGD', 'HKD']);
const DIRHAMS = new Set(['AED', 'MAD']);
const POUNDS = new Set(['EGP', 'SDG', 'GBP']);
const LIRAS = new Set(['LBP', 'SYP', 'TRY']);
/** A franc of no named country: Djibouti's, Switzerland's, or a CFA or Comorian franc. */
const FRANCS = new Set(['DJF', 'CHF', 'XOF', 'XAF', 'KMF']);

const ISO_CODE = new RegExp(String.raw`^(?:${ISO_CODES})$`);

export function currencyCode(raw: string): string {
  const word = raw.trim().replace(/\s+/g, ' ');
  if (ISO_CODE.test(word)) return word.toUpperCase();
  if (/sterling|استرليني/.test(word)) return 'GBP';
  if (/^(?:l\.?e\.?|e£|£e|egyptian pounds?)$|مصري|ج\. ?م/.test(word)) return 'EGP';
  if (/sudanese|سوداني/.test(word)) return 'SDG';
  // A pound of no named country: Egypt's, Sudan's or sterling.
  if (/^(?:£|pounds?)$|جنيه/.test(word)) return '£';
  if (/ouguiya|اوقي/.test(word)) return 'MRU';
  // "دج", "DA": the Algerian dinar's own shorthands.
  if (/^(?:د\.?\s?ج\.?|da)$/.test(word)) return 'DZD';
  if (/^nz|نيوزيلندي/.test(word)) return 'NZD';
  if (/^(?:us\$|us dollars?)$/.test(word)) return 'USD';
  if (/^kd$|kuwaiti|كويتي|د\. ?ك/.test(word)) return 'KWD';
  if (/^jd$/.test(word)) return 'JOD';
  // "LD" (Libya) and "DT" (Tunisia): the dinars' local shorthands.
  if (/^ld$/.test(word)) return 'LYD';
  if (/^dt$/.test(word)) return 'TND';
  // The local shorthands: BD (Bahrain), QR (Qatar), SR (Saudi Arabia), RO (Oman), Dhs (the Emirates).
  if (/^bd$/.test(word)) return 'BHD';
  if (/^qr$/.test(word)) return 'QAR';
  if (/^sr$/.test(word)) return 'SAR';
  if (/^ro$/.test(word)) return 'OMR';
  if (/bahraini|بحريني|د\. ?ب/.test(word)) return 'BHD';
  if (/jordanian|اردني/.test(word)) return 'JOD';
  if (/dinar|دينار|دنانير/.test(word)) return 'DINAR';
  // "د.إ" (the dirham) and "د.أ" (the Jordanian dinar) fold to the same letters.
  if (/^د\. ?ا\.?$/.test(word)) return 'D.A';
  // "Dhs" and "dirham" are the Emirates' and Morocco's alike.
  if (/emirati|uae|اماراتي/.test(word)) return 'AED';
  if (/moroccan|مغربي/.test(word)) return 'MAD';
  if (/^dhs$|dirham|درهم|دراهم/.test(word)) return 'DIRHAM';
  if (/saudi|سعودي|ر\. ?س/.test(word)) return 'SAR';
  if (/qatari|قطري|ر\. ?ق/.test(word)) return 'QAR';
  if (/omani|عماني|ر\. ?ع/.test(word)) return 'OMR';
  if (/riyal|ريال/.test(word)) return 'RIYAL';
  if (/€|euro|يورو/.test(word)) return 'EUR';
  if (/lebanese|لبناني/.test(word)) return 'LBP';
  if (/syrian|سوري|^ل\. ?س/.test(word)) return 'SYP';
  if (/^ل\. ?ل/.test(word)) return 'LBP';
  if (/^(?:try|tl|₺)$|turkish|تركي/.test(word)) return 'TRY';
  if (/lira|ليره|ليرات/.test(word)) return 'LIRA';
  if (/djibouti|جيبوتي|^fdj$/.test(word)) return 'DJF';
  if (/swiss|سويسري/.test(word)) return 'CHF';
  if (/franc|فرنك/.test(word)) return 'FRANC';
  if (/shekel|^nis$|₪|شيكل|شيقل|شواكل/.test(word)) return 'ILS';
  return '$';
}

/** Digits after the decimal point of a currency's minor unit (ISO 4217); 2 unless listed. */
const MINOR_DIGITS: Record<string, number> = { KWD: 3, BHD: 3, OMR: 3, JOD: 3, IQD: 3, LYD: 3, TND: 3, JPY: 0, KRW: 0 };

/** An amount in major units as an integer count of the currency's minor units (15.5 KWD → 15500 fils). */
export function minorUnits(value: number, currency: string | undefined): number {
  return Math.round(value * 10 ** (MINOR_DIGITS[currency ?? ''] ?? 2));
}

/** "30.000 DA": a dot before exactly three digits groups thousands, unless the currency's minor unit may have three digits ("1.500 KWD"). */
function amountValue(raw: string, currency: string): number {
  const threeDigitMinor = (MINOR_DIGITS[currency] ?? 2) === 3 || currency === 'DINAR' || currency === 'D.A';
  return /^\d{1,3}(?:\.\d{3})+$/.test(raw) && !threeDigitMinor ? Number(raw.replace(/\./g, '')) : parseNumber(raw);
}

function findAmounts(reply: ReplyText): AmountMention[] {
  const { lower } = reply;
  const found: AmountMention[] = [];
  const add = (start: number, end: number, value: number, currency?: string) => {
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push(currency ? { start, end, value, currency } : { start, end, value });
  };
  const times = (multiplier: string | undefined) => (!multiplier ? 1 : /million|مليون|ملايين/.test(multiplier) ? 1_000_000 : 1000);
  for (const m of allMatches(WITH_CURRENCY_BEFORE, lower)) {
    const currency = currencyCode(m[1]!);
    add(m.index, m.index + m[0].length, amountValue(m[2]!, currency) * times(m[3]), currency);
  }
  for (const m of allMatches(WITH_CURRENCY_AFTER, lower)) {
    const currency = currencyCode(m[3]!);
    add(m.index, m.index + m[0].length, amountValue(m[1]!, currency) * times(m[2]), currency);
  }
  for (const m of reply.hasArabic ? allMatches(AR_WORD_AMOUNT, lower) : []) {
    add(m.index, m.index + m[0].length, parseArabicWords(m[1]!), currencyCode(m[2]!));
  }
  for (const m of allMatches(EN_WORD_AMOUNT, lower)) {
    const value = parseEnglishWords(m[1]!);
    if (value > 0) add(m.index, m.index + m[0].length, value, currencyCode(m[2]!));
  }
  for (const m of allMatches(AFTER_PRICE_WORD, lower)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    add(start, m.index + m[0].length, parseNumber(m[1]!) * times(m[2]));
  }
  return found;
}

const NON_WORD = new RegExp(String.raw`[^${LETTER}\d]+`);
/** "The deposit is 15 JOD", "a deposit of SAR 100", "والعربون ١٥ دينار": right before the amount. */
const DEPOSIT_BEFORE = new RegExp(
  String.raw`(?:\b(?:deposits?|down payment|advance payment)|(?<![${LETTER}])[وفبل]?(?:ال)?(?:عربون|مقدم|دفعه مقدمه))(?:\s+(?:is|of|will be|would be|just|only|هو|هيكون|بيكون|يكون|حوالي|بس|قدره|قيمته|بقيمه|بمبلغ|مبلغ))*\s*[:ب]?\s*(?:[^\s\d]{1,4}\s*)?$`,
  'u',
);
/** "a 20 KWD deposit", "١٠٠ ريال عربون": right after the amount and its currency ("٣٥٠ ريال والعربون ١٠٠", "QAR 300, deposit QAR 50": the price). */
const DEPOSIT_AFTER = new RegExp(String.raw`^\s*(?:deposits?\b|down payment\b|(?:ك|ك?ال)?(?:عربون|مقدم)(?![${LETTER}]))`, 'u');
/** What is left to pay after the deposit: "the remaining 500", "الباقي ٥٠٠". */
const REMAINDER_WORDS = String.raw`\b(?:remaining|balance|rest|left to pay|leaving|leaves|the other)\b|(?<![${LETTER}])[وف]?(?:الباقي|باقي|المتبقي|الفرق)(?![${LETTER}])`;
const REMAINDER = new RegExp(REMAINDER_WORDS, 'u');
/** A remainder, or the difference between two amounts the reply states ("the package saves you 500"). */
const BALANCE_WORDS = new RegExp(String.raw`${REMAINDER_WORDS}|\b(?:saves?|saving|savings|cheaper)\b`, 'u');
/** "comes to", "in total", "SAR 350 each", "المجموع", "عن كل موظف": the sentence adds up or multiplies amounts. */
const TOTAL_WORDS = new RegExp(
  String.raw`\b(?:total|totals|in all|altogether|comes? to|came to|adds? up to|makes?|together|combined|overall|both|each|per|apiece|a head|every)\b|(?<![${LETTER}])[وف]?(?:المجموع|مجموع|الاجمالي|اجمالي|بالاجمالي|يعني|يطلع|بيطلع|يصير|بيصير|بصير|تصير|بتصير|يكون|بيكون|لكل|كل|للواحد|الواحد|للشخص|للفرد|معا|سوا|مع بعض|للاثنين|للاتنين|الاثنين|الاتنين|للثنتين|الثنتين|للاثنتين|الاثنتين)(?![${LETTER}])`,
  'u',
);
/** The rate words of TOTAL_WORDS: "per tooth", "each", "لكل جلسة" multiply; they do not add up. */
const RATE_WORDS = new RegExp(String.raw`\b(?:per|each|apiece|a head|every)\b|(?<![${LETTER}])[وف]?(?:لكل|كل|للواحد|الواحد|للشخص|للفرد)(?![${LETTER}])`, 'gu');
/** A rate word right after an amount ("BD 80 each", "٥٠ دينار للجلسة الواحدة"). */
const RATE_AFTER = new RegExp(String.raw`^\s*(?:each|apiece|a head|per\b|a (?:session|visit|tooth|person|child)\b|(?:لكل|للواحد|الواحد|للشخص|للفرد|للجلسه)(?![${LETTER}]))`, 'u');
/** What a count before a noun may not count: times, dates, floors, percentages and money. */
const NOT_COUNTED = String.raw`(?:am|pm|a\.m|p\.m|o'clock|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|st|nd|rd|th|floor|%|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|دقيقه|دقايق|دقائق|ساعه|ساعات|الساعه|يوم|ايام|اسبوع|اسابيع|شهر|شهور|اشهر|سنه|سنين|سنوات|الصبح|الضهر|الظهر|العصر|المغرب|المسا|مساء|مساءا|صباحا|ظهرا|عصرا|بالليل|الدور|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|${CURRENCY_AFTER})`;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2, twice: 2, 'upper and lower': 2 };
// Masculine duals, whose ending a plural shares, counted by name: "للتوأمين", "للاثنين", "الطفلين".
for (const dual of ['توامين', 'التوامين', 'للتوامين', 'للاثنين', 'للاتنين', 'للثنتين', 'للاثنتين', 'الطفلين', 'للطفلين', 'الولدين', 'للولدين', 'البنتين', 'للبنتين', 'الفكين', 'للفكين', 'العينين', 'للعينين']) COUNT_WORDS[dual] = 2;
for (const [word, value] of Object.entries(AR_NUMBER_WORDS)) if (value >= 2 && value <= 20) COUNT_WORDS[word] = value;
/**
 * "For 4 new hires", "لـ١٠ موظفين", "أربع جلسات", "both", "upper and lower", and an Arabic dual ("للركبتين", "جلستين"):
 * how many of something a sentence counts.
 */
const COUNTS = new RegExp(
  String.raw`(?<![\d.,:/])(\d{1,2})(?![\d.,:/])\s*(?!${NOT_COUNTED}(?![${LETTER}]))[${LETTER}]` +
    String.raw`|(?<![${LETTER}])(${Object.keys(COUNT_WORDS).sort((a, b) => b.length - a.length).join('|')})(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])(?![وبلف]?(?:ال|لل)?(?:ساع|سن|دقيق|ليل|مر)تين)[وبلف]?(?:ال|لل)?([\u0621-\u064a]{2,}تين)(?![${LETTER}])`,
  'gu',
);

function countsIn(text: string): number[] {
  const counts = allMatches(COUNTS, text).map((m) => (m[1] ? Number(m[1]) : m[2] ? COUNT_WORDS[m[2]]! : 2));
  return counts.filter((count) => count >= 2);
}

/** Whether some two or more of `values` add up to `target` (a reply states only a handful of amounts). */
function isSumOf(target: number, values: readonly number[]): boolean {
  const items = values.slice(0, 12);
  for (let subset = 1; subset < 1 << items.length; subset++) {
    let sum = 0;
    let size = 0;
    for (let index = 0; index < items.length; index++) {
      if (subset & (1 << index)) {
        sum += items[index]!;
        size++;
      }
    }
    if (size >= 2 && sum === target) return true;
  }
  return false;
}

/**
 * Kinds of visit a reply names with a generic word ("الكشف", "the check-up",
 * "the consultation"). Such a word names a service only when the catalog has
 * exactly one service of that kind ("ميعاد الكشف" with "فحص الأسنان مع الأشعة").
 */
const VISIT_KINDS: { said: RegExp; named: RegExp[]; unit?: boolean }[] = [
  {
    said: new RegExp(String.raw`\b(?:check-?ups?|examinations?|exams?)\b|(?<![${LETTER}])[وبل]?(?:ال)?فحص(?![${LETTER}])`, 'u'),
    named: [/check-?up|exam|كشف|فحص/u],
  },
  // "الكشفية" is the consultation fee: a consultation first, else a check-up.
  { said: new RegExp(String.raw`(?<![${LETTER}])[وبل]?(?:ال)?كشفيه(?![${LETTER}])`, 'u'), named: [/consultation|استشار/u, /check-?up|exam|كشف/u] },
  // "الكشف" is also what a visit to the doctor is called: a check-up first, else a consultation.
  { said: new RegExp(String.raw`(?<![${LETTER}])[وبل]?(?:ال)?كشف(?![${LETTER}])`, 'u'), named: [/check-?up|exam|كشف/u, /consultation|استشار/u] },
  { said: new RegExp(String.raw`\bconsultations?\b|(?<![${LETTER}])[وبل]?(?:ال)?استشار[${LETTER}]*`, 'u'), named: [/consultation|استشار/u] },
  { said: new RegExp(String.raw`\b(?:assessments?|evaluations?)\b|(?<![${LETTER}])[وبل]?(?:ال)?تقييم(?![${LETTER}])`, 'u'), named: [/assessment|evaluation|تقييم/u] },
  { said: /\bscreenings?\b/, named: [/screening/] },
  { said: new RegExp(String.raw`\b(?:packages?|bundles?)\b|(?<![${LETTER}])[وبل]?(?:ال)?باق(?:ه|ات|تها|ته)(?![${LETTER}])`, 'u'), named: [/package|bundle|باقه/u] },
  // "الجلسة الواحدة بـ…", "a session is …": the one single session of the catalog, not a package of sessions.
  {
    // Not a rate ("USD 80 per session", "بالجلسة", "كل جلسة").
    said: new RegExp(String.raw`(?<!\b(?:per|each|every)\s)\bsession\b|(?<![${LETTER}])(?<!كل\s)و?(?:ال)?جلسه(?![${LETTER}])`, 'u'),
    named: [new RegExp(String.raw`^(?!.*(?:package|bundle|course|باقه|كورس)).*(?:\bsession\b|(?<![${LETTER}])جلسه(?![${LETTER}]))`, 'u')],
    // A session is a unit of any treatment: "Microneedling … A session is SAR 700" is a session of the service named before.
    unit: true,
  },
];

interface ServicesNamed {
  /** By full name or by a word only that service's name has. */
  named: ServiceFacts[];
  /** Where in the sentence the first of them is named. */
  firstNamedAt: number;
  /** By words a few services share ("أخصائية التخاطب": the speech assessment and the speech session). */
  narrowed: ServiceFacts[];
  /** By a generic word for a kind of visit, when the catalog has one service of that kind. */
  ofKind: ServiceFacts[];
  /** `ofKind` is by a word for a unit of any treatment ("a session"), not a kind of visit. */
  ofKindIsUnit?: boolean;
  /** Of `named`, those named only after "than" or "instead of": set aside, not what the next sentence is about. */
  setAside?: ServiceFacts[];
}

/** "… works better than a splint", "… instead of the anomaly scan", "بدل الكشف": what follows is set aside. */
const SET_ASIDE = /\b(?:than|instead of|rather than|in place of)\b|(?<![\u0621-\u064a])(?:بدل|بدال|عوض|بدلا من|بدلا عن|عوضا عن)(?![\u0621-\u064a])/u;

const ARABIC_WORD = /^[\u0621-\u064a]+$/u;

/** Short forms staff and patients use for a service's long word ("an echo" for the echocardiogram). */
const SHORT_FORMS: Record<string, readonly string[]> = {
  echocardiogram: ['echo'], echocardiography: ['echo'], electrocardiogram: ['ecg', 'ekg'], ecg: ['ekg'],
  physiotherapy: ['physio'], orthodontic: ['ortho'], orthodontics: ['ortho'], consultation: ['consult'],
};

function abbreviationSaid(words: ReadonlySet<string>, word: string): boolean {
  const forms = SHORT_FORMS[word];
  return forms !== undefined && forms.some((form) => words.has(form));
}

function someWordOneLetterApart(words: ReadonlySet<string>, word: string): boolean {
  for (const said of words) if (oneLetterApart(said, word)) return true;
  return false;
}

/** Equal but for one letter added or dropped anywhere. */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  let index = 0;
  while (index < shorter.length && longer[index] === shorter[index]) index++;
  return longer.slice(index + 1) === shorter.slice(index);
}

/**
 * Whether every mention of `service`, by full name or by a word of its own, is
 * part of a mention of `longer` ("استئصال اللحمية" by its word "لحمية" inside
 * "استئصال اللوز واللحمية").
 */
function saidOnlyWithin(service: ServiceFacts, longer: ServiceFacts, bare: string): boolean {
  const containers = longer.bareNames.filter((name) => name.length > 0 && bare.includes(name));
  if (containers.length === 0) return false;
  const saysIt = (text: string) => {
    const words = new Set(text.split(NON_WORD));
    return service.bareNames.some((name) => name.length > 0 && text.includes(name)) || service.keywords.some((word) => words.has(word) || someWordOneLetterApart(words, word));
  };
  // Named some other way ("an echo", a leading phrase): not by words inside the longer name.
  if (!saysIt(bare)) return false;
  let rest = bare;
  for (const name of containers) rest = rest.split(name).join(' ');
  return !saysIt(rest);
}

const ARABIC_CURRENCY_WORD = /^(?:دولار|دولارات|دينار|دنانير|ريال|ريالات|جنيه|جنيهات|درهم|دراهم|ليره|ليرات|يورو|شيكل|شيقل|شواكل)$/u;

function servicesNamedIn(text: string, facts: VerifiedFacts): ServicesNamed {
  const bare = commonSpelling(withoutArabicArticles(text));
  // A currency word names no service, even one letter from a service's word ("دولار" and "دوار", dizziness).
  const words = new Set(bare.split(NON_WORD).filter((word) => !ARABIC_CURRENCY_WORD.test(word)));
  // Singular or plural on either side ("underarm laser" names "Laser hair removal - underarms"), and an Arabic
  // word one letter longer or shorter, as colloquial spellings are ("الزرعة" names "زراعة الأسنان").
  const has = (word: string) =>
    (word.includes('-') && bare.includes(word)) ||
    words.has(word) ||
    words.has(`${word}s`) ||
    (word.length > 4 && word.endsWith('s') && words.has(word.slice(0, -1))) ||
    (word.length >= 4 && ARABIC_WORD.test(word) && someWordOneLetterApart(words, word)) ||
    abbreviationSaid(words, word);
  let named = facts.services.filter(
    (service) =>
      service.bareNames.some((name) => name.length > 0 && bare.includes(name)) ||
      service.keywords.some(has) ||
      service.leadingPhrases.some((phrase) => bare.includes(phrase)),
  );
  // "The vasectomy consultation is AED 600": a service whose name is only said inside a longer one's ("Consultation") is not named.
  if (named.length > 1) named = named.filter((service) => !named.some((longer) => longer !== service && saidOnlyWithin(service, longer, bare)));
  // Positions in the article-less text, which only ever drops letters, so they are at or before the real ones.
  const positions = named.flatMap((service) => [...service.bareNames, ...service.keywords].map((word) => (word.length > 0 ? bare.indexOf(word) : -1)));
  const firstNamedAt = Math.min(...positions.filter((at) => at >= 0), Number.POSITIVE_INFINITY);
  const aside = named.length > 1 ? SET_ASIDE.exec(bare) : null;
  const setAside = aside
    ? named.filter((service) => [...service.bareNames, ...service.keywords].every((word) => word.length === 0 || !bare.includes(word) || bare.indexOf(word) > aside.index))
    : [];
  const narrowed = named.length > 0 ? [] : facts.services.filter((service) => service.sharedWords.some(has));
  let ofKind: ServiceFacts[] = [];
  let ofKindIsUnit = false;
  for (const kind of VISIT_KINDS) {
    if (ofKind.length > 0 || !kind.said.test(text)) continue;
    // The first reading that fits any service decides: one service of that kind is named, several are not.
    for (const named of kind.named) {
      const candidates = facts.services.filter((service) => service.names.some((name) => named.test(name)));
      if (candidates.length === 0) continue;
      if (candidates.length === 1) {
        ofKind = candidates;
        ofKindIsUnit = kind.unit === true;
      }
      break;
    }
  }
  return { named, firstNamedAt, narrowed, ofKind, ofKindIsUnit, setAside };
}

function currencyMatches(said: string | undefined, services: readonly ServiceFacts[], facts: VerifiedFacts): boolean {
  if (!said) return true;
  const currencies = services.length > 0 ? services.map((s) => s.currency) : [...facts.currencies];
  if (currencies.length === 0) return true;
  return currencies.some(
    (currency) =>
      currency === said ||
      (said === '$' && DOLLARS.has(currency)) ||
      (said === '£' && POUNDS.has(currency)) ||
      (said === 'DINAR' && DINARS.has(currency)) ||
      (said === 'RIYAL' && RIYALS.has(currency)) ||
      (said === 'DIRHAM' && DIRHAMS.has(currency)) ||
      (said === 'LIRA' && LIRAS.has(currency)) ||
      (said === 'FRANC' && FRANCS.has(currency)) ||
      (said === 'D.A' && (currency === 'AED' || currency === 'JOD')),
  );
}

function bracketedAfter(reply: ReplyText, sentence: Span, position: number, facts: VerifiedFacts): ServiceFacts[] {
  const lead = reply.lower.slice(Math.max(sentence.start, position - 40), position);
  if (!/\(\s*$/.test(lead)) return [];
  const found = servicesNamedIn(lead, facts);
  // "follow-up consultations after pancreatitis or gallbladder problems (SDG 25,000)": the service may be named further back,
  // since the bracket before or the sentence's start, than the words a condition shares with another service.
  const from = Math.max(sentence.start, reply.lower.lastIndexOf(')', position - 2) + 1);
  if (from < position - 40) {
    const wider = servicesNamedIn(reply.lower.slice(from, position), facts);
    if (wider.named.length > found.named.length) return wider.named;
  }
  return found.named.length > 0 ? found.named : found.ofKind;
}

const NO_SERVICES: ServicesNamed = { named: [], firstNamedAt: Number.POSITIVE_INFINITY, narrowed: [], ofKind: [] };

const FOR_AFTER = new RegExp(String.raw`^\s*(?:deposit\s+)?(?:for|of)\s+(?:the|your|a|an|each)\b|^\s*(?:لل|علي ال|على ال|عن ال)[${LETTER}]`, 'u');

const FOR_NAME_AFTER = /^\s*(?:deposit\s+)?(?:for|of)\s+[a-z]/;

/** The amount before `amount` in `clause`, if any. */
function previousAmountInClause(amount: AmountMention, amounts: readonly AmountMention[], clause: Span): AmountMention | undefined {
  let previous: AmountMention | undefined;
  for (const other of amounts) if (other.end <= amount.start && other.start >= clause.start && (!previous || other.end > previous.end)) previous = other;
  return previous;
}

/** The services named (or narrowed to) between the amount and an earlier amount in its clause; none without one. */
function phraseSincePreviousAmount(
  reply: ReplyText,
  sentence: Span,
  amount: AmountMention,
  amounts: readonly AmountMention[],
  servicesIn: (span: Span) => ServicesNamed,
  discussed: () => ServiceFacts[],
): ServicesNamed {
  const clause = reply.clauseAt(sentence, amount.start);
  // "a 100 SAR deposit for the consultation and 50 SAR for the test": an amount that says what it is for, after it, is for that.
  const lead = reply.lower.slice(amount.end, amount.end + 12);
  const withArticle = FOR_AFTER.test(lead);
  if (withArticle || FOR_NAME_AFTER.test(lead)) {
    const next = amounts.find((other) => other.start >= amount.end && other.start < clause.end);
    const found = servicesIn({ start: amount.end, end: next?.start ?? clause.end });
    // "… for the test" names no service of its own: any service the reply has named so far.
    if (withArticle) return { ...NO_SERVICES, named: found.named.length > 0 ? found.named : found.ofKind.length > 0 ? found.ofKind : discussed() };
    // "… and 50 SAR for speech therapy": without an article, only a service named right there.
    if (found.named.length > 0) return { ...NO_SERVICES, named: found.named };
  }
  const previous = previousAmountInClause(amount, amounts, clause);
  return previous ? servicesIn({ start: previous.end, end: amount.start }) : NO_SERVICES;
}

/** The services the amount's own clause names, or narrows to, when the sentence has several clauses. */
function clauseServices(
  reply: ReplyText,
  sentence: Span,
  position: number,
  servicesIn: (span: Span) => ServicesNamed,
): { named: ServiceFacts[]; narrowed: ServiceFacts[]; ofKind: ServiceFacts[]; ofKindIsUnit?: boolean; namedOnlyAfter?: boolean } {
  const clause = reply.clauseAt(sentence, position);
  const found = servicesIn(clause);
  const { ofKind, ofKindIsUnit } = found;
  // `ofKind`: the generic word of the amount's own clause, or of the sentence when it is one clause.
  if (clause.start === sentence.start && clause.end === sentence.end) return { named: [], narrowed: [], ofKind, ofKindIsUnit };
  if (found.named.length > 0) return { named: found.named, narrowed: [], ofKind, ofKindIsUnit, namedOnlyAfter: found.firstNamedAt > position - clause.start };
  // "…، والتقييم الأولي بـ 500 جنيه": the clause's generic word for the one service of its kind.
  return { named: [], narrowed: found.narrowed.length > 0 ? found.narrowed : ofKind, ofKind, ofKindIsUnit };
}

const OUTSIDE_COST = new RegExp(
  String.raw`\b(?:parking|car park|garage|valet|taxi|cab|uber|careem|bus|metro|train|tram|toll|petrol|fuel|fare)\b|(?<![${LETTER}])[وبلف]?(?:ال)?(?:مواقف|موقف|بارك(?:ي)?ن[${LETTER}]*|ركنه|اجره|توصيله|جراج|كراج|فاليه|تاكسي|اوبر|كريم|مترو|باص|اتوبيس|بنزين)(?![${LETTER}])`,
  'u',
);

export function findUnverifiedAmounts(reply: ReplyText, facts: VerifiedFacts): Finding[] {
  const findings: Finding[] = [];
  const { lower } = reply;
  // Sentences and clauses are read once each, however many amounts they hold.
  const bySpan = new Map<string, ServicesNamed>();
  const servicesIn = (span: Span) => {
    const key = `${span.start}:${span.end}`;
    let services = bySpan.get(key);
    if (!services) {
      services = servicesNamedIn(lower.slice(span.start, span.end), facts);
      bySpan.set(key, services);
    }
    return services;
  };
  const servicesOfSentence = (index: number) => {
    const sentence = reply.sentences[index];
    return sentence ? servicesIn(sentence) : NO_SERVICES;
  };
  /** The services the sentences before this one name: what the reply is about so far. */
  const namedBefore = (index: number) => [
    ...new Set(
      reply.sentences.slice(0, Math.max(0, index)).flatMap((_, at) => {
        const { named, setAside = [] } = servicesOfSentence(at);
        return named.filter((service) => !setAside.includes(service));
      }),
    ),
  ];
  const checked: {
    amount: AmountMention;
    sentence: Span;
    pool: readonly ServiceFacts[];
    /** The services the reply is about here; empty when the pool is the whole catalog for want of any. */
    discussed: readonly ServiceFacts[];
    currency: string | undefined;
    verified: boolean;
    mentionsBalance: boolean;
  }[] = [];
  const amounts = findAmounts(reply);
  for (const amount of amounts) {
    const sentenceIndex = reply.sentences.findIndex((s) => amount.start >= s.start && amount.start < s.end);
    const sentence = reply.sentences[sentenceIndex] ?? { start: 0, end: lower.length };
    // The service of this sentence, else the one the sentence before named, else a generic word's, else the booked or appointed one.
    const here = servicesOfSentence(sentenceIndex);
    let services: readonly ServiceFacts[] = here.named;
    // "سعره ٩٥٠ ريال …، وإذا حابة بحجزلك استشارة": an amount before the sentence names a service may be the one named before.
    // "An overnight sleep study … The study is EGP 3,500 …, and the consultation is EGP 600": or one named sentences before.
    if (services.length > 0 && amount.start - sentence.start < here.firstNamedAt) services = [...services, ...namedBefore(sentenceIndex)];
    // "Ceramic braces are EGP 28,000 …, and metal braces are EGP 22,000": a clause that names its own service prices that one;
    // "…، وبعد التقييم كل جلسة علاج نطق بـ25 ر.ع": else it may narrow to a service the sentence does not name.
    const ownClause = clauseServices(reply, sentence, amount.start, servicesIn);
    // "street parking along the Corniche is usually EGP 10–15": what something outside the clinic costs, said since the amount before it.
    const clause = reply.clauseAt(sentence, amount.start);
    // "a paid car park (around SAR 10 per hour)": the words before the bracket say what it is.
    const inBracket = /\(\s*$/.test(lower.slice(Math.max(sentence.start, clause.start - 3), clause.start));
    const costClauseStart = inBracket ? reply.clauseAt(sentence, Math.max(sentence.start, lower.lastIndexOf('(', clause.start) - 1)).start : clause.start;
    const costFrom = previousAmountInClause(amount, amounts, { start: costClauseStart, end: clause.end })?.end ?? costClauseStart;
    if (OUTSIDE_COST.test(lower.slice(costFrom, amount.start)) && servicesIn({ start: costFrom, end: amount.start }).named.length === 0) continue;
    // "… at a check-up (JOD 15)": an amount in brackets prices the service named just before it.
    const bracketed = bracketedAfter(reply, sentence, amount.start, facts);
    // "الاستشارة الجراحية بـ٣٥ ريال وسونار الغدة بـ٢٥ ريال": after another amount in the clause, the words since it name this one's service.
    const phrase = phraseSincePreviousAmount(reply, sentence, amount, amounts, servicesIn, () => [
      ...servicesOfSentence(sentenceIndex - 1).named,
      ...here.named,
    ]);
    if (bracketed.length > 0) services = bracketed;
    else if (phrase.named.length > 0) services = phrase.named;
    else if (phrase.narrowed.length > 0) services = [...ownClause.named, ...phrase.narrowed];
    // "LASIK is SAR 6,500, and a SAR 1,500 deposit holds your surgery date": a service word after the amount may refer back to the one named before.
    else if (ownClause.named.length > 0) services = ownClause.namedOnlyAfter ? [...new Set([...ownClause.named, ...here.named])] : ownClause.named;
    else if (services.length > 0) services = [...services, ...ownClause.narrowed];
    // "The vaccine itself is EGP 1,800" after the rotavirus vaccine: a shared word refers back to the service named or booked.
    if (services.length === 0 && here.narrowed.length > 0) {
      const earlier = [...servicesOfSentence(sentenceIndex - 1).named, ...facts.contextServices];
      const referred = here.narrowed.filter((service) => earlier.includes(service));
      services = referred.length > 0 ? referred : here.narrowed;
    }
    // "… Fluoride varnish is EGP 450. A check-up is 300 EGP.": a generic word in the amount's own clause comes before the sentence before.
    // "Microneedling is … A session is SAR 700": a session of the service named before, or the catalog's one session.
    if (services.length === 0) services = ownClause.ofKindIsUnit ? [...namedBefore(sentenceIndex), ...ownClause.ofKind] : ownClause.ofKind;
    // "ولو تبي باقة الثمان جلسات، سعرها ١٦٠٠ ريال" after the single session was priced: the package, or the service named before.
    // "A VNG test records … that's the doctor's call during the consultation. Price: EGP 1,200": any service named in the sentences before.
    if (services.length === 0) services = [...namedBefore(sentenceIndex), ...here.ofKind];
    if (services.length === 0) services = facts.contextServices;
    // The service booked or appointed in this turn may be what a deposit is about, whatever else the sentence names ("your family ID card").
    else if (facts.contextServices.length > 0) services = [...new Set([...services, ...facts.contextServices])];
    const pool = services.length > 0 ? services : facts.services;
    const mentionsBalance = BALANCE_WORDS.test(lower.slice(sentence.start, sentence.end));
    // "At 20,000 IQD a session it's the cheaper option" is not the 30,000 session less its 10,000 deposit: only a remainder is.
    const mentionsRemainder = mentionsBalance && REMAINDER.test(lower.slice(sentence.start, sentence.end));
    // An amount called a deposit must be a deposit, not another amount of the services ("The deposit is 15 JOD" where 15 is only a price,
    // "… والعربون ٨٥ ريال" where 85 is the price of a service sharing the programme's words).
    const depositOnly = saysDeposit(sentence, clause, amount, amounts);
    // Compared in the minor units of the service's currency, so 15.5, 15.50 and 15.500 KWD are one amount.
    const currency = pool[0]?.currency ?? amount.currency;
    const verified =
      pool.some((service) => {
        const said = minorUnits(amount.value, service.currency);
        const amounts = service.amounts.map((value) => minorUnits(value, service.currency));
        if (depositOnly) return amounts[1] === said;
        return amounts.includes(said) || (mentionsRemainder && amounts[0]! - amounts[1]! === said);
      }) || facts.toolAmounts.some((value) => minorUnits(value, currency) === minorUnits(amount.value, currency));
    checked.push({ amount, sentence, pool, discussed: services, currency, verified, mentionsBalance });
  }
  // A total, a per-item multiple or a balance worked out from amounts that are verified: "SAR 1,400 (SAR 350 each)" for 4 hires,
  // "60 KWD and 25 KWD … comes to 85 KWD", "1,800 EGP … a 500 EGP deposit, leaving EGP 1,300"; an amount worked out counts for the next.
  const stated = checked.filter((c) => c.verified);
  // The services whose price or deposit the reply states: their other amounts may be added up too ("والعربون للاثنين ١٥ ريال").
  const priced = new Set(
    stated.flatMap((c) => c.pool.filter((service) => service.amounts.some((value) => minorUnits(value, service.currency) === minorUnits(c.amount.value, service.currency)))),
  );
  for (const entry of checked) {
    const { amount, sentence, pool, discussed, currency, verified, mentionsBalance } = entry;
    const derived = !verified && isWorkedOut(amount, sentence, discussed, currency, mentionsBalance);
    if (derived) stated.push(entry);
    if ((verified || derived) && currencyMatches(amount.currency, pool, facts)) continue;
    findings.push({
      kind: 'unverified_amount',
      excerpt: reply.excerpt(amount),
      reason: verified || derived
        ? 'The amount is in a different currency from the clinic’s.'
        : 'This amount is not a verified price or deposit for the service discussed.',
    });
  }
  return findings;

  /** Whether the words right before the amount (since the amount before it in its clause), or the word right after it, call it a deposit. */
  function saysDeposit(sentence: Span, clause: Span, amount: AmountMention, all: readonly AmountMention[]): boolean {
    const from = previousAmountInClause(amount, all, clause)?.end ?? clause.start;
    // "… بـ ١٢٫٥٠٠ د.ك. العربون ٥ دنانير": after the dot of a currency abbreviation, the deposit word starts the next sentence;
    // a deposit word on the next line is not this amount's (the word after is read up to the sentence's end).
    const endsWithDot = reply.lower[amount.end - 1] === '.';
    return DEPOSIT_BEFORE.test(reply.lower.slice(from, amount.start)) || (!endsWithDot && DEPOSIT_AFTER.test(reply.lower.slice(amount.end, Math.min(amount.end + 24, sentence.end))));
  }

  /** `discussed`: only services the reply names or has booked, never the whole catalog, whose sums would pass almost any amount. */
  function isWorkedOut(amount: AmountMention, sentence: Span, discussed: readonly ServiceFacts[], currency: string | undefined, mentionsBalance: boolean): boolean {
    const text = lower.slice(sentence.start, sentence.end);
    const target = minorUnits(amount.value, currency);
    const known = stated.filter((c) => c.currency === currency).map((c) => minorUnits(c.amount.value, currency));
    if (mentionsBalance && known.some((a) => known.some((b) => a - b === target))) return true;
    // The amount's own clause says it adds up or multiplies ("… a JD 50 deposit, and the full 10 sessions come to JD 150": not the deposit).
    const clause = reply.clauseAt(sentence, amount.start);
    const clauseText = lower.slice(clause.start, clause.end);
    if (!TOTAL_WORDS.test(clauseText)) return false;
    // "45 KWD per tooth": a rate multiplies; only a word of adding up makes the amount a sum.
    if (TOTAL_WORDS.test(clauseText.replace(RATE_WORDS, ' '))) {
      if (isSumOf(target, known)) return true;
      // "The deposits add up to QAR 350": the same amount (price or deposit) of several services discussed.
      const sameCurrency = [...new Set([...discussed, ...priced])].filter((s) => s.currency === currency);
      for (const kind of [0, 1]) if (isSumOf(target, sameCurrency.map((s) => minorUnits(s.amounts[kind] ?? 0, currency)))) return true;
    }
    // "Ten single sessions would come to QAR 3,500" beside the 10-session package: a service sharing a name word with one discussed.
    const related = facts.services.filter((s) => s.currency === currency && discussed.some((p) => p === s || p.sharedWords.some((word) => s.sharedWords.includes(word))));
    const perItem = [...known, ...related.flatMap((s) => s.amounts.map((value) => minorUnits(value, currency)))];
    // "four sessions at BD 80 each": an amount followed by its rate word is the price of one, not a multiple.
    if (RATE_AFTER.test(lower.slice(amount.end, Math.min(amount.end + 16, sentence.end)))) return false;
    return countsIn(text).some((count) => perItem.some((value) => value * count === target));
  }
}
