import { ClinicCalendar, minutesOf, type LocalMoment } from './clinic-calendar';
import { commonSpelling, foldText, withoutArabicArticles } from './reply-text';
import { skeletonKey } from './transliteration';
import type { ClinicFacts, VerifiedTurn, Weekday } from './verified-turn';

/**
 * The turn's verified data, indexed once per check in the shapes the
 * extractors compare against.
 */

export type BookingKind = 'book' | 'reschedule' | 'cancel';
export type Script = 'latin' | 'arabic';

export interface KnownName {
  /** Folded, lower-case tokens without titles ("Al-Rashid" is two tokens, "al" and "rashid"). */
  tokens: string[];
  /** The tokens without surname particles ("al", "el", "bin", "van"...), unless nothing else is left. */
  bareTokens: string[];
  script: Script;
  /**
   * Whether a transliteration from the other script may match. Catalog entries
   * carry both spellings, so only names given in a single script allow it.
   */
  crossScript: boolean;
}

export interface VerifiedMoment extends LocalMoment {
  /** Set when the moment comes from a successful booking tool call of this turn. */
  bookingKind?: BookingKind;
  fromAppointment: boolean;
}

export interface ServiceFacts {
  /** Folded names, English and Arabic. */
  names: string[];
  /** The names without the Arabic article, as amounts compare them. */
  bareNames: string[];
  /** Words of the names no other service shares ("crown", "طربوش"): enough to say which service is meant. */
  keywords: string[];
  /** Words of the names some other services share, but not all ("تخاطب" in a speech assessment and a speech session): they narrow which services are meant. */
  sharedWords: string[];
  /** The first two words of a name of three or more, when no other service's name has them ("زيارة تقييم" of "زيارة تقييم منزلية"). */
  leadingPhrases: string[];
  /** Price and deposit. */
  amounts: number[];
  /** Price minus deposit: what is left to pay on the day. */
  balance: number;
  currency: string;
}

/** Words too general to identify a service by themselves. */
/** Three-letter English words that name no service ("flu", "eye", "IUD" do). */
const SHORT_ENGLISH_WORDS = new Set(
  'the and for with you your our are was its has had not but all any can may per new old one two six ten day top pre off out via set kit'.split(' '),
);

// Arabic roots are often three letters ("كشف", "سمع"), so Arabic keywords may be; these words name no one service.
const GENERIC_SERVICE_WORDS = new Set(['dental', 'tooth', 'teeth', 'session', 'therapy', 'treatment', 'and', 'with', 'علاج', 'جلسه', 'اسنان', 'الاسنان', 'علي', 'الي', 'مع', 'بعد', 'قبل', 'عند', 'من', 'في', 'عن', 'كل', 'او', 'اول', 'اي',
  // What any service may be called ("the test is 600 QAR" after naming it): not a word of one service.
  'test', 'tests', 'exam', 'examination', 'check', 'checkup', 'check-up', 'scan', 'study', 'assessment', 'review', 'visit', 'sessions', 'جلسات',
  'procedure', 'package', 'screening', 'appointment', 'فحص', 'اختبار', 'تقييم', 'مراجعه', 'زياره', 'باقه',
  // Units of time in a name ("قياس ضغط ٢٤ ساعة") are words of every reply about times.
  'hour', 'hours', 'minute', 'minutes', 'day', 'days', 'week', 'weeks', 'month', 'months', 'ساعه', 'ساعات', 'يوم', 'ايام', 'دقيقه', 'دقائق', 'اسبوع', 'شهر']);

/** "2d", "3d", "4d": two characters that tell services apart. */
const DIMENSION = /^\d[a-z]$/;

export interface OpeningTimes {
  open: number;
  close: number;
}

const TITLE_TOKENS = new Set(['dr', 'dr.', 'doctor', 'د', 'د.', 'دكتور', 'دكتوره', 'الدكتور', 'الدكتوره', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const AMOUNT_KEY = /price|deposit|amount|fee|total|balance|paid|due|remaining|cost/i;
const NAME_KEY = /doctor|branch|service|name|practitioner|therapist|location/i;
const PHONE_LIKE = /^\+?[\d\s().-]{7,20}$/;

/**
 * Particles of Latin-script surnames: "Al-Rashid", "Al Rashid", "El Rashid" and
 * "Rashid" are one surname. "Ben" is left out: it is a given name too.
 */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'van', 'von', 'la', 'le']);

export function isNameParticle(token: string): boolean {
  return NAME_PARTICLES.has(token);
}

/** Tokens without surname particles; the tokens themselves when they are all particles. */
export function withoutParticles(tokens: string[]): string[] {
  if (!tokens.some(isNameParticle)) return tokens;
  const bare = tokens.filter((token) => !isNameParticle(token));
  return bare.length > 0 ? bare : tokens;
}

export function nameTokens(name: string): string[] {
  return foldText(name)
    .split(/[\s\-]+/u)
    // "Meningococcal Vaccine (Nimenrix)": brackets and quotes around a word are not part of it.
    .map((token) => token.replace(/^[(["“]+/u, '').replace(/[.,'")\]”]+$/u, '').replace(/['’]s$/u, ''))
    .filter((token) => token.length > 0 && !TITLE_TOKENS.has(token) && !TITLE_TOKENS.has(`${token}.`));
}

function hyphenatedWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\d-]+/u)
    .filter((word) => /^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u.test(word) && /\p{L}{2}/u.test(word) && word.length >= 5);
}

/** "OT" for "Occupational Therapy Session": the initials of the first two words, as patients shorten a service. */
function acronymsOf(name: string): string[] {
  const words = foldText(name).split(/[^a-z]+/).filter((word) => word.length > 2);
  const initials = words.length >= 2 ? `${words[0]![0]}${words[1]![0]}` : '';
  return initials && !COMMON_TWO_LETTER_WORDS.has(initials) ? [initials] : [];
}

/** Initials that are also everyday words or units, so they name no service. */
const COMMON_TWO_LETTER_WORDS = new Set('in on at is it to an as be by do go he if me my no of or so up us we am pm ok hi id mg ml kg cm mm kd jd bd qr sr le dr st rd tv uk'.split(' '));

/** "الحوامل" and "للحوامل" (the article after "ل") both compare as "حوامل". */
export function withoutArticle(token: string): string {
  return token.length > 4 && (token.startsWith('ال') || token.startsWith('لل')) ? token.slice(2) : token;
}

export function scriptOf(text: string): Script {
  return /[\u0600-\u06ff]/u.test(text) ? 'arabic' : 'latin';
}

export function bookingKindOf(toolName: string): BookingKind | null {
  const name = toolName.toLowerCase();
  if (name.includes('cancel')) return 'cancel';
  if (/reschedul|move|change/.test(name)) return 'reschedule';
  if (/book|create_appointment|reserve/.test(name)) return 'book';
  return null;
}

/** The tokens of an Arabic name with "عبد" joined to or split from the word after it ("عبد الله" ↔ "عبدالله"), if it has one. */
function respacedCompound(tokens: readonly string[]): string[] | null {
  const split = tokens.findIndex((token, at) => token === 'عبد' && tokens[at + 1]?.startsWith('ال'));
  if (split !== -1) return [...tokens.slice(0, split), `عبد${tokens[split + 1]}`, ...tokens.slice(split + 2)];
  const joined = tokens.findIndex((token) => /^عبدال\S{2,}$/u.test(token));
  if (joined !== -1) return [...tokens.slice(0, joined), 'عبد', tokens[joined]!.slice(3), ...tokens.slice(joined + 1)];
  return null;
}

/** Names the turn knows, with the indexes the name check needs; a turn's book extends its clinic's. */
export class NameBook {
  readonly names: KnownName[];
  private readonly arabicTokens = new Set<string>();
  /** Skeletons of every run of tokens of the names known in one script only, by that script. */
  private readonly skeletons: Record<Script, Set<string>> = { latin: new Set(), arabic: new Set() };
  /** Every run of tokens of the Latin names written together ("alrashid", "salmaalrashid"). */
  private readonly joinedRuns = new Set<string>();

  constructor(private readonly parent?: NameBook) {
    this.names = parent ? [...parent.names] : [];
  }

  /** `vocabulary`: words of the name that are ordinary words, compared across scripts only with the words around them ("Women's" of a clinic's name is no "منى"). */
  add(name: string, crossScript: boolean, vocabulary?: ReadonlySet<string>): void {
    const tokens = nameTokens(name);
    if (tokens.length === 0) return;
    const script = scriptOf(name);
    this.names.push({ tokens, bareTokens: script === 'latin' ? withoutParticles(tokens) : tokens, script, crossScript });
    if (script === 'arabic') {
      for (const token of tokens) this.arabicTokens.add(token);
      // "عبد الله" and "عبدالله": a compound given name is written with or without its space.
      const respaced = respacedCompound(tokens);
      if (respaced) {
        this.names.push({ tokens: respaced, bareTokens: respaced, script, crossScript });
        for (const token of respaced) this.arabicTokens.add(token);
      }
    }
    if (script === 'latin') {
      for (let start = 0; start < tokens.length; start++) {
        let run = '';
        for (let end = start; end < tokens.length; end++) this.joinedRuns.add((run += tokens[end]));
      }
    }
    if (!crossScript) return;
    for (let start = 0; start < tokens.length; start++) {
      for (let end = start + 1; end <= tokens.length; end++) {
        if (end === start + 1 && vocabulary?.has(tokens[start]!)) continue;
        const value = skeletonKey(tokens.slice(start, end));
        if (value.length > 0) this.skeletons[script].add(value);
      }
    }
  }

  /** Names from slots, appointments and tool results: usually catalog names, else only known in one script. */
  addUnlessKnown(name: string): void {
    const tokens = nameTokens(name).join(' ');
    if (!this.names.some((known) => known.tokens.join(' ') === tokens)) this.add(name, true);
  }

  /** Whether a run of tokens of a Latin name, written together, is `joined` ("Alrashid" for "Al-Rashid"). */
  hasJoinedRun(joined: string): boolean {
    return this.joinedRuns.has(joined) || (this.parent?.hasJoinedRun(joined) ?? false);
  }

  hasArabicToken(token: string): boolean {
    return this.arabicTokens.has(token) || (this.parent?.hasArabicToken(token) ?? false);
  }

  /** Whether a name known only in `script` has this skeleton. */
  hasSkeleton(script: Script, value: string): boolean {
    return this.skeletons[script].has(value) || (this.parent?.hasSkeleton(script, value) ?? false);
  }
}

/** A branch's own number and its names, folded and in lower case. */
export interface BranchPhone {
  names: string[];
  phone: string;
}

/** What a clinic's catalog says, indexed once per catalog object: catalogs change far less often than turns. */
interface CatalogIndex {
  names: NameBook;
  phones: string[];
  clinicPhones: string[];
  branchPhones: BranchPhone[];
  hours: Map<Weekday, OpeningTimes>;
  services: ServiceFacts[];
  currencies: Set<string>;
  doctorTokens: Set<string>;
}

/** The city a timezone is named after, in Arabic (folded), for the clinics of the region: where the clinic is. */
const TIMEZONE_CITIES: Readonly<Record<string, string>> = {
  'Africa/Cairo': 'القاهرة',
  'Asia/Riyadh': 'الرياض',
  'Asia/Dubai': 'دبي',
  'Asia/Kuwait': 'الكويت',
  'Asia/Qatar': 'الدوحة',
  'Asia/Bahrain': 'المنامة',
  'Asia/Muscat': 'مسقط',
  'Asia/Amman': 'عمان',
  'Asia/Beirut': 'بيروت',
  'Asia/Baghdad': 'بغداد',
  'Asia/Damascus': 'دمشق',
  'Africa/Tripoli': 'طرابلس',
  'Africa/Tunis': 'تونس',
  'Africa/Algiers': 'الجزائر',
  'Africa/Casablanca': 'الدار البيضاء',
  'Africa/Khartoum': 'الخرطوم',
  'Africa/Nouakchott': 'نواكشوط',
  'Asia/Aden': 'عدن',
};

const FOLDED_TIMEZONE_CITIES = new Map(Object.entries(TIMEZONE_CITIES).map(([timezone, city]) => [timezone, withoutArticle(foldText(city))]));

/** Other towns of each timezone's country, where a clinic of that timezone may be ("عندنا فرعين في الغردقة"). */
const TIMEZONE_TOWNS: Readonly<Record<string, string>> = {
  'Africa/Cairo': 'الجيزة الإسكندرية اسكندرية الغردقة المنيا أسيوط سوهاج الأقصر أسوان المنصورة طنطا الزقازيق بورسعيد الإسماعيلية السويس دمياط الفيوم قنا بنها سنورس إبشواي طامية دمنهور العريش مطروح دهب الجونة حلوان المحلة ملوي جرجا سفاجا الطور سيوة الخارجة العبور البحيرة الغربية الدقهلية القليوبية المنوفية الشرقية سيناء الإسماعيلية',
  'Asia/Riyadh': 'جدة الدمام الخبر مكة المدينة تبوك أبها الطائف بريدة حائل جازان نجران الجبيل الأحساء الباحة بيشة القطيف الهفوف المبرز ينبع رابغ عنيزة الخرج سكاكا عرعر القريات الظهران المجمعة الزلفي العلا رفحاء صبيا النماص تنومة القنفذة عسير القصيم الجوف الهدا الشفا صبيا القيصومة',
  'Asia/Dubai': 'أبوظبي الشارقة عجمان العين الفجيرة خورفكان كلباء دبا الرويس حتا',
  'Asia/Kuwait': 'حولي الجهراء الأحمدي الفحيحيل المنقف الفروانية الجابرية الفنطاس الخيران الوفرة المهبولة الرميثية الشويخ السالمية',
  'Asia/Qatar': 'الوكرة الخور الريان لوسيل مسيعيد دخان زكريت',
  'Asia/Bahrain': 'المحرق الرفاع سترة البديع السيف الجفير العدلية الزلاق الجنبية',
  'Asia/Muscat': 'صلالة نزوى صحار عبري الرستاق بركاء بهلاء إبراء خصب الدقم السيب بوشر مطرح القرم الخوير البريمي شناص إزكي سمائل الداخلية الظاهرة الباطنة ظفار مسندم الوسطى المصنعة السويق الخابورة نخل',
  'Asia/Amman': 'إربد الزرقاء العقبة الكرك مادبا جرش عجلون المفرق الطفيلة معان مؤتة الرمثا الرصيفة سحاب الفحيص البتراء',
  'Asia/Beirut': 'صيدا جونية زحلة البترون بعلبك النبطية حلبا عاليه برمانا جبيل زغرتا مرجعيون الهرمل شتورة الكسليك ضبية انطلياس بعبدا الحازمية',
  'Asia/Aden': 'صنعاء المكلا تعز الحديدة ذمار سيئون حضرموت الشحر مأرب',
  'Asia/Baghdad': 'البصرة الموصل أربيل السليمانية دهوك كركوك النجف كربلاء الحلة الناصرية العمارة الكوت الرمادي الفلوجة بعقوبة سامراء الديوانية',
  'Africa/Tunis': 'صفاقس سوسة القيروان بنزرت قابس المنستير نابل قفصة المهدية أريانة',
  'Africa/Casablanca': 'الرباط مراكش فاس مكناس طنجة أكادير وجدة تطوان القنيطرة',
  'Africa/Khartoum': 'امدرمان بورتسودان كسلا القضارف عطبرة',
  'Africa/Nouakchott': 'نواذيبو روصو',
  'Asia/Damascus': 'حلب حمص حماة اللاذقية طرطوس',
  'Africa/Tripoli': 'بنغازي مصراتة',
  'Africa/Algiers': 'وهران قسنطينة عنابة',
};
/** The same towns in English, lower case, each timezone's city first. */
const TIMEZONE_TOWNS_EN: Readonly<Record<string, string>> = {
  'Africa/Cairo': 'cairo,giza,alexandria,hurghada,minya,asyut,sohag,luxor,aswan,mansoura,tanta,zagazig,port said,ismailia,suez,damietta,fayoum,qena,benha,faiyum,fayyum,banha,beni suef,kafr el sheikh,damanhur,shebin el kom,marsa matruh,matruh,el arish,arish,sharm el sheikh,dahab,el gouna,6th of october,sheikh zayed,new cairo,helwan,el mahalla el kubra,mahalla,kom ombo,edfu,mallawi,girga,sinnuris,ibsheway,tamiya,marsa alam,safaga,el tor,siwa,kharga,obour,assiut,el minya,beheira,el beheira,gharbia,dakahlia,sharqia,qalyubia,menoufia,north sinai,south sinai,red sea,new valley,matrouh,sheikh zuweid,bir al abd,rafah,kafr el dawwar,itay el barud,el mahalla,damanhour,abu qurqas,deir mawas,dayr mawas,samalut,maghagha,beni mazar,matay,minya city,el minya city',
  'Asia/Riyadh': 'riyadh,jeddah,dammam,khobar,al khobar,mecca,makkah,medina,madinah,tabuk,abha,taif,buraidah,hail,jazan,najran,jubail,al ahsa,khamis mushait,al soudah,soudah,al baha,baha,bisha,qatif,al qatif,hofuf,al hofuf,mubarraz,yanbu,rabigh,unaizah,al kharj,kharj,sakaka,arar,al qurayyat,qurayyat,hafr al batin,dhahran,al majmaah,zulfi,al ula,alula,rafha,sabya,abu arish,al namas,an namas,tanomah,al qunfudhah,qunfudhah,al khobar,al ahsa,al hassa,asir,aseer,al qassim,qassim,al jouf,jouf,northern borders,eastern province,jazan region,al hada,hada,al shafa,shafa,al jubail,ahad rafidah,samtah,baish,hafar al batin,hafr al-batin,turaif,tarif,al qaisumah,qaisumah,king khalid military city',
  'Asia/Dubai': 'dubai,abu dhabi,sharjah,ajman,al ain,fujairah,ras al khaimah,umm al quwain,khor fakkan,kalba,dibba,ruwais,madinat zayed,hatta,jebel ali,deira,bur dubai,al dhafra,western region',
  'Asia/Kuwait': 'kuwait,kuwait city,hawalli,jahra,al jahra,ahmadi,salmiya,fahaheel,al fahaheel,mangaf,farwaniya,al farwaniya,mubarak al kabeer,sabah al salem,jabriya,fintas,abu halifa,khairan,wafra,mahboula,rumaithiya,salwa,shuwaikh,qurain',
  'Asia/Qatar': 'doha,al wakrah,wakrah,al khor,al rayyan,rayyan,umm salal,al daayen,lusail,dukhan,mesaieed,al shamal,west bay,zekreet,al shahaniya,al wakra,madinat al shamal,umm bab',
  'Asia/Bahrain': 'manama,muharraq,riffa,isa town,hamad town,sitra,budaiya,seef,juffair,adliya,zallaq,saar,janabiya,awali,hidd,al muharraq',
  'Asia/Muscat': 'muscat,salalah,nizwa,sohar,ruwi,sur,ibri,rustaq,al rustaq,barka,bahla,ibra,khasab,duqm,seeb,al seeb,bawshar,muttrah,qurum,al khuwair,buraimi,al buraimi,saham,shinas,izki,samail,sinaw,al sharqiyah,north al sharqiyah,south al sharqiyah,al batinah,north al batinah,south al batinah,al dakhiliyah,al dhahirah,dhofar,musandam,al wusta,al mudhaibi,al kamil,al musanaah,musanaah,al suwaiq,suwaiq,al khaburah,khaburah,nakhal,wadi al maawil,al awabi,bidbid,fanja,quriyat,al amerat,amerat,mabela,al mabelah,al khoudh',
  'Asia/Amman': 'amman,irbid,zarqa,aqaba,salt,karak,al karak,madaba,jerash,ajloun,mafraq,tafilah,maan,ma\'an,mu\'tah,mutah,ramtha,russeifa,sahab,fuheis,petra,wadi musa,al balqa,balqa,zarqa governorate',
  'Asia/Beirut': 'beirut,sidon,saida,byblos,jbeil,tripoli,jounieh,zahle,batroun,tyre,sour,baalbek,nabatieh,halba,aley,broummana,zgharta,bint jbeil,marjayoun,hermel,chtaura,kaslik,dbayeh,antelias,baabda,hazmieh,akkar,mount lebanon,bekaa,north lebanon,south lebanon,keserwan,metn,chouf',
  'Asia/Aden': "aden,sanaa,sana'a,mukalla,al mukalla,taiz,hodeidah,dhamar,seiyun,sayun,hadramout,hadhramaut,al shihr,marib",
  'Asia/Baghdad': 'baghdad,basra,basrah,mosul,erbil,arbil,sulaymaniyah,sulaimani,duhok,dohuk,kirkuk,najaf,karbala,hilla,nasiriyah,amarah,kut,ramadi,fallujah,baqubah,samarra,diwaniyah',
  'Africa/Tunis': 'tunis,sfax,sousse,kairouan,bizerte,gabes,monastir,nabeul,gafsa,mahdia,ariana',
  'Africa/Casablanca': 'casablanca,rabat,marrakech,marrakesh,fes,fez,meknes,tangier,tanger,agadir,oujda,tetouan,kenitra',
  'Africa/Khartoum': 'khartoum,omdurman,khartoum north,port sudan,kassala,wad madani,el obeid,gedaref,atbara',
  'Africa/Nouakchott': 'nouakchott,nouadhibou,rosso',
  'Asia/Damascus': 'damascus,aleppo,homs,hama,latakia,tartus',
  'Africa/Tripoli': 'tripoli,benghazi,misrata',
  'Africa/Algiers': 'algiers,oran,constantine,annaba',
};
const ENGLISH_TIMEZONE_TOWNS = new Map(Object.entries(TIMEZONE_TOWNS_EN).map(([timezone, towns]) => [timezone, new Set(towns.split(','))]));
const FOLDED_TIMEZONE_TOWNS = new Map(
  Object.entries(TIMEZONE_TOWNS).map(([timezone, towns]) => [timezone, new Set(towns.split(' ').map((town) => withoutArticle(foldText(town))))]),
);

/** Whether a folded place name is a town of the timezone's country, its city included. */
export function isTownOfTimezone(place: string, timezone: string): boolean {
  if (ENGLISH_TIMEZONE_TOWNS.get(timezone)?.has(place.toLowerCase())) return true;
  const bare = withoutArticle(place);
  return bare === timezoneCity(timezone) || (FOLDED_TIMEZONE_TOWNS.get(timezone)?.has(bare) ?? false);
}

/** The folded, article-less Arabic name of the city of a timezone ("الرياض" -> "رياض"). */
export function timezoneCity(timezone: string): string | undefined {
  return FOLDED_TIMEZONE_CITIES.get(timezone);
}

const catalogIndexes = new WeakMap<ClinicFacts, CatalogIndex>();

function phoneDigits(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? digits : null;
}

/** Words that describe a clinic in its English name: read alone, their consonants would pass Arabic names ("Women" as "منى"). */
const CLINIC_NAME_VOCABULARY = new Set(
  'women women\'s woman men men\'s children children\'s kids family health care medical clinic clinics centre center institute hospital polyclinic specialist specialists and the of for'.split(' '),
);

function indexCatalog(clinic: ClinicFacts): CatalogIndex {
  const cached = catalogIndexes.get(clinic);
  if (cached) return cached;
  const names = new NameBook();
  const doctorTokens = new Set<string>();
  names.add(clinic.name, true, CLINIC_NAME_VOCABULARY);
  for (const doctor of clinic.doctors) {
    names.add(doctor.name, false);
    names.add(doctor.nameAr, false);
    for (const token of [...nameTokens(doctor.name), ...nameTokens(doctor.nameAr)]) if (!isNameParticle(token)) doctorTokens.add(token);
  }
  for (const branch of clinic.branches) {
    names.add(branch.name, false);
    names.add(branch.nameAr, false);
  }
  // "OT" is the initials of "Occupational Therapy …": two letters, kept past the length filter below.
  const acronyms = clinic.services.map((service) => acronymsOf(service.name));
  // "ثلاثي ورباعي الأبعاد": a word with a glued "و" also counts without it.
  const serviceWords = clinic.services.map((service, index) => [
    // "Pre-assessment" is a word as a whole too.
    ...[...nameTokens(service.name), ...nameTokens(service.nameAr), ...hyphenatedWords(service.name)]
      // "بالفيديو" as replies are read ("فيديو"): every glued article and preposition before "ال" goes.
      .map((word) => commonSpelling(withoutArabicArticles(word)))
      .flatMap((word) => (/^و[\u0621-\u064a]{4,}$/u.test(word) ? [word, word.slice(1)] : [word])),
    ...acronyms[index]!,
  ]);
  const foldedNames = clinic.services.map((service) => [foldText(service.name), foldText(service.nameAr)]);
  const bareNamesOf = foldedNames.map((folded) => folded.map((name) => commonSpelling(withoutArabicArticles(name))));
  const services = clinic.services.map((service, index) => {
    names.add(service.name, false);
    names.add(service.nameAr, false);
    const distinctive = [
      ...serviceWords[index]!.filter(
        (word) =>
          (word.length >= 3 && (word.length >= 4 || scriptOf(word) === 'arabic' || !SHORT_ENGLISH_WORDS.has(word)) && !GENERIC_SERVICE_WORDS.has(word)) ||
          // "2D Ultrasound" beside "4D Ultrasound": the dimension names the one service.
          DIMENSION.test(word),
      ),
      ...acronyms[index]!,
    ];
    const sharers = (word: string) => serviceWords.filter((other) => other.includes(word)).length;
    const keywords = distinctive.filter((word) => sharers(word) === 1);
    const sharedWords = distinctive.filter((word) => sharers(word) > 1 && sharers(word) < serviceWords.length);
    const bareNames = bareNamesOf[index]!;
    // "زيارة تقييم" of "زيارة تقييم منزلية": the first two words of a longer name that no other service's name has.
    const leadingPhrases = bareNames
      .map(leadingPhrase)
      .filter((phrase) => phrase.length > 0 && !bareNamesOf.some((other, at) => at !== index && other.some((name) => name.includes(phrase))));
    return {
      names: foldedNames[index]!,
      bareNames,
      keywords,
      sharedWords,
      leadingPhrases,
      amounts: [service.price, service.deposit],
      balance: service.price - service.deposit,
      currency: service.currency.toUpperCase(),
    };
  });
  const clinicPhones = clinic.phones.map(phoneDigits).filter((d): d is string => d !== null);
  const branchPhones = clinic.branches.flatMap((branch) => {
    const phone = phoneDigits(branch.phone);
    // "the Mashaya branch" for "El Mashaya": a name is also said without its article.
    // "the El-Kawthar branch in Sohag" for "El-Kawthar (Sohag)": and without the town in brackets after it.
    const names = [foldText(branch.name), foldText(branch.nameAr)]
      .flatMap((name) => [name, name.replace(/\s*\([^)]*\)\s*$/u, '')])
      .flatMap((name) => [name, name.replace(/^(?:el|al)[ -]|^ال(?=\S{3})/u, '')]);
    return phone ? [{ names: [...new Set(names)].filter((name) => name.length > 0), phone }] : [];
  });
  const index: CatalogIndex = {
    names,
    phones: [...clinicPhones, ...branchPhones.map((branch) => branch.phone)],
    clinicPhones,
    branchPhones,
    hours: new Map(clinic.hours.map((entry) => [entry.day, { open: minutesOf(entry.open), close: minutesOf(entry.close) }])),
    services,
    currencies: new Set(services.map((service) => service.currency)),
    doctorTokens,
  };
  catalogIndexes.set(clinic, index);
  return index;
}

export class VerifiedFacts {
  readonly calendar: ClinicCalendar;
  readonly today: LocalMoment;
  readonly names: NameBook;
  /** Digits only, country code included. */
  readonly phones: string[];
  /** The clinic's own numbers, not a branch's. */
  readonly clinicPhones: readonly string[];
  readonly branchPhones: readonly BranchPhone[];
  readonly moments: VerifiedMoment[] = [];
  readonly hours: ReadonlyMap<Weekday, OpeningTimes>;
  readonly services: readonly ServiceFacts[];
  readonly currencies: ReadonlySet<string>;
  /** Folded name tokens of the clinic's doctors, both scripts. */
  readonly doctorTokens: ReadonlySet<string>;
  /** Amounts stated by successful tool results (prices, deposits, balances). */
  readonly toolAmounts: number[] = [];
  readonly succeeded = new Set<BookingKind>();
  /** Tokens of every number in successful tool results (ids, references) so they are not read as phones. */
  readonly toolNumbers = new Set<string>();
  /** Services named by successful booking results and appointments: what an amount without a service refers to. */
  readonly contextServices: ServiceFacts[] = [];

  constructor(readonly turn: VerifiedTurn, now: Date) {
    this.calendar = new ClinicCalendar(turn.timezone);
    this.today = this.calendar.local(now) ?? { date: '1970-01-01', weekday: 'thu', minutes: 0 };
    const catalog = indexCatalog(turn.clinic);
    this.names = new NameBook(catalog.names);
    this.phones = [...catalog.phones];
    this.clinicPhones = catalog.clinicPhones;
    this.branchPhones = catalog.branchPhones;
    this.hours = catalog.hours;
    this.services = catalog.services;
    this.currencies = catalog.currencies;
    this.doctorTokens = catalog.doctorTokens;

    if (turn.patient) {
      this.names.add(turn.patient.name, true);
      this.addPhone(turn.patient.phone);
    }
    if (turn.assistantName) this.names.add(turn.assistantName, true);

    for (const slot of turn.lastSlots) {
      this.addMoment(slot.start, false);
      if (slot.end) this.addMoment(slot.end, false);
      this.names.addUnlessKnown(slot.doctor);
    }
    for (const appointment of turn.appointments) {
      this.addMoment(appointment.start, true);
      if (appointment.end) this.addMoment(appointment.end, true);
      this.names.addUnlessKnown(appointment.doctor);
      this.addContextService(appointment.service);
    }
    for (const call of turn.toolCalls) {
      if (!call.ok) continue;
      const kind = bookingKindOf(call.name);
      if (kind) this.succeeded.add(kind);
      this.readToolResult(call.result, kind, '');
    }
  }

  serviceNamed(folded: string): ServiceFacts | undefined {
    return this.services.find((service) => service.names.includes(folded));
  }

  private addPhone(phone: string): void {
    const digits = phoneDigits(phone);
    if (digits) this.phones.push(digits);
  }

  private addMoment(instant: string, fromAppointment: boolean, bookingKind?: BookingKind): void {
    const local = this.calendar.local(instant);
    if (!local) return;
    this.moments.push(bookingKind ? { ...local, fromAppointment, bookingKind } : { ...local, fromAppointment });
  }

  private addContextService(name: string): void {
    const service = this.serviceNamed(foldText(name));
    if (service && !this.contextServices.includes(service)) this.contextServices.push(service);
  }

  private readToolResult(value: unknown, kind: BookingKind | null, key: string): void {
    if (typeof value === 'string') {
      if (ISO_INSTANT.test(value)) this.addMoment(value, false, kind ?? undefined);
      else if (PHONE_LIKE.test(value) && /\d{7}/.test(value.replace(/\D/g, ''))) this.addPhone(value);
      else if (NAME_KEY.test(key)) {
        this.names.addUnlessKnown(value);
        if (kind && /service/i.test(key)) this.addContextService(value);
      }
      for (const number of value.match(/\d+/g) ?? []) this.toolNumbers.add(number);
      return;
    }
    if (typeof value === 'number') {
      if (AMOUNT_KEY.test(key)) this.toolAmounts.push(value);
      this.toolNumbers.add(String(value));
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.readToolResult(item, kind, key);
      return;
    }
    if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) this.readToolResult(child, kind, childKey);
    }
  }
}

/** The first two words of a name of three or more; empty for shorter names. */
function leadingPhrase(name: string): string {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  return words.length >= 3 ? `${words[0]} ${words[1]}` : '';
}
