import { foldText } from './reply-text';

/**
 * Word lists for finding names. Arabic has no capital letters, so a person's
 * name is recognised by a title before it or by being a given name; English
 * names are capitalised words that are not ordinary vocabulary.
 */

function foldedSet(words: string): Set<string> {
  return new Set(words.split(/\s+/u).filter(Boolean).map(foldText));
}

/** Arabic given names (also used as family names, which in Egypt are usually a father's given name). */
export const ARABIC_GIVEN_NAMES = foldedSet(`
نواف بدر راكان مساعد هزاع ثامر غازي أثير سيد
أمينة أمين
أحمد محمد محمود مصطفى علي عمر خالد طارق حسام حسين حسن إبراهيم إسماعيل يوسف يحيى زكريا عمرو عماد
عصام هشام وائل وليد ياسر ياسين أيمن أسامة شريف شادي رامي رامز سامح سامر سمير سعيد صلاح صابر فتحي
فوزي فاروق فريد فادي فهد فيصل ماجد مجدي مدحت مراد مروان مصطفي معتز منير نبيل نادر ناصر نصر هاني هيثم
حمدي حمادة حازم حاتم حامد حمزة جمال جلال جابر جاد رضا رشاد رفعت رأفت زياد زيد سليم سليمان سيف شوقي
صبري صفوت طه عادل عاطف عبدالله عبدالرحمن عبدالعزيز عبدالحميد عبدالفتاح عثمان عزت علاء عمار غسان
قاسم كمال كريم لؤي ماهر محسن مختار مدحت منصور مهدي مؤمن نبيه نشأت هاشم همام وجدي وحيد يسري يونس أنس
أشرف أكرم أمجد أنور إيهاب باسم باسل بسام بهاء توفيق ثروت جورج بيتر مينا مايكل بيشوي كيرلس أبانوب
رؤوف رمزي سامي شكري عاصم عزيز فكري لطفي مجدي ممدوح نجيب نعيم هادي هلال يسري
فاطمة مريم منى هبة نور سارة سلمى ليلى ياسمين دينا رنا رانيا ريم ريهام شيماء شيرين إيمان إيناس
أسماء آية آمنة أمل أماني بسمة جميلة حنان خديجة داليا دعاء رحاب رشا رحمة زينب سعاد سلوى سماح سمر
سهى سوزان شهد شروق صفاء عائشة عبير عزة علا غادة فرح فريدة لبنى لمياء مها منار منة مي ميار ميرنا
نادية نجلاء ندى نرمين نسرين نهى نهال نيرة هالة هدى هند وفاء ولاء ياسمينة يارا جنى ملك لينا تسنيم
رغدة سندس شهيرة عفاف كريمة ماجدة نجوى هناء نوال رباب حبيبة جيهان إسراء بسنت روان تقى نوران
فراس يزن قيس ليث معاذ مهند نزار رائد عامر صهيب عدي براء أوس غيث بشار وسام جهاد سلطان تركي بندر نايف مشعل
سعود راشد حمد حمدان خليفة مبارك عبيد جاسم طلال أيهم كنان ورد مجد ربيع عمران أنمار يامن زين
رزان لانا تالا جود ريتاج رهف غدير هيا دانة نوف العنود مشاعل حصة لطيفة موضي بشاير أريج سجى ضحى ديما لمى رغد عبلة
منيرة نورة هيفاء عذاري ابتسام انتصار سميرة أميرة نجود وداد بدرية لولوة فوزية نعيمة زكية خلود سمية رقية حليمة عبداللطيف عبدالمحسن متعب
`);

/** Given names that are also everyday words (hope, light, generous, just, beauty, "سيد" mister ..., and the Egyptian "توم", garlic): names only after a title or "يا". */
export const AMBIGUOUS_ARABIC_NAMES = foldedSet(`
سيد نور أمل هدى كريم سعيد جميل منى هبة أمين عادل حسن صابر فاضل شريف نبيل سامي رحمة إيمان سماح أماني
وفاء صفاء هناء فرح ياسمين ملك ندى حنان جمال كمال نصر رضا عزيز سليم هادي هلال منار عزة علا مي مها
تقى جنى سعاد بسمة شكري نجيب فريد ماجد وحيد سلوى سمر شروق علي عمر نادر سيف باسم جاد مختار ماهر توفيق
صلاح شوقي لطفي نعيم فكري رمزي أسماء آية آمنة جميلة دعاء شهد عبير فريدة منة هند ولاء لينا كريمة حبيبة
عفاف شهيرة يحيى سلمى نوال
توم غيث سلطان ورد مجد ربيع جود هيا نوف مشاعل بشاير ضحى زين جهاد وسام مبارك لطيفة دانة أيهم عامر رائد
ابتسام انتصار أميرة وداد
`);

/** Common non-Arabic given names as they are written in Arabic script. */
export const FOREIGN_NAMES_IN_ARABIC = foldedSet(`
جيمس جون جاك جيك هاري توم توماس ويليام وليام بنجامين دانيال ديفيد مايكل مارك بيتر صموئيل
كريس كريستوفر أليكس أندرو أنتوني ستيفن ستيف روبرت ريتشارد جوزيف جوش ماثيو ماكس ليام نوح
أوليفر إيثان رايان آدم سارة ساره إيما إيميلي إميلي أوليفيا صوفيا صوفي شارلوت أميليا كلوي لوسي
جيسيكا لورا راشيل ريبيكا هانا كيت كاثرين جينيفر ماري ماريا نيكول ميجان كولينز تايلور سميث
بريا راهول أنجالي أروها ماوي سيوني كيرا زوي غريس جريس إيلا أفا إيزابيلا
`);

/** Places a branch could be claimed in (Egypt and the Gulf mostly); only read next to "branch" words. */
export const ARABIC_PLACES = foldedSet(`
الزمالك المهندسين الدقي التجمع الرحاب مدينتي الشروق العبور المقطم حلوان شبرا الهرم فيصل العباسية
المنيل جاردن الجيزة القاهرة الإسكندرية اسكندرية سموحة طنطا المنصورة الزقازيق أسيوط الأقصر أسوان
الغردقة بورسعيد الإسماعيلية السويس دمياط العجمي المعمورة ميامي زايد المعادي
الدوحة دبي الشارقة أبوظبي الرياض جدة الكويت المنامة مسقط عمان بيروت
السيب بوشر الخوير القرم الموج العذيبة مطرح صلالة صحار نزوى حولي السالمية الجابرية الفروانية الفحيحيل الجهراء
المرقاب الملقا النخيل الياسمين النرجس الخبر الدمام الظهران الوعب الغرافة لوسيل الريان البرشاء ديرة جميرا الكرامة
خلدا عبدون الصويفية الشميساني الجبيهة المحرق الرفاع العدلية الجفير
`);

/** Two-word places: the first word alone is not a place ("مدينة", "مصر"). */
export const ARABIC_PLACE_PAIRS = [
  'مدينة نصر',
  'مصر الجديدة',
  'الشيخ زايد',
  'وسط البلد',
  'جاردن سيتي',
  'التجمع الخامس',
  'القاهرة الجديدة',
  'ستة أكتوبر',
  'مدينة السلام',
  'حدائق الأهرام',
  'حدائق القبة',
  'عين شمس',
  'شبرا الخيمة',
  'سيدي جابر',
  'سيدي بشر',
  'دبي مارينا',
  'دبي هيلز',
  'دبي لاند',
  'ديرة دبي',
].map((pair) => foldText(pair).split(' '));

/** Words that follow a title or "branch" without being a name. */
export const ARABIC_NON_NAME_WORDS = foldedSet(`
غادي غاديه غاد
الادويه الاغذيه الاحذيه الاغطيه
مسكر مسكره
باش باه
خاص خاصو خاصه خاصها خاصك خاصني خاصنا خاصهم خصو خصها خصك
هو هي هم اللي الي ده دي دا دول كمان بس برضه برضو فيه في من على علي عن مع عند عندنا عندها عنده ليك ليكي لينا لك
واحد واحده تاني تانيه التاني جديد قريب قريبه الاقرب اقرب بتاعنا بتاعك الرئيسي الرئيسيه نفسه نفسها
هيشوفك هيكشف يقدر تقدر متاح متاحه فاضي فاضيه موجود موجوده يوم الساعه بكره النهارده الصبح
لدينا لديكم لديك لديه لديها
المختص المعالج الاخصائي المسؤول الخاص بتاع اول اخر ممكن لازم اكيد غالبا حاليا دلوقتي ولا او
بعد قبل لحد بدل
عاده دايما دائما طبعا فعلا لسه لسا كلها كلهم
`);

/** Common given names in English text, so a lone name opening a sentence ("Nadia will call you") is recognised. */
export const ENGLISH_GIVEN_NAMES = new Set(
  `ahmed ahmad mohamed mohammed muhammad mahmoud mostafa mustafa ali omar umar khaled khalid tarek tariq hassan hussein
  ibrahim ismail youssef yousef yusuf amr hany hani sameh samir said saeed karim kareem tamer sherif ashraf hisham walid
  waleed yasser ayman osama adel magdy hazem hatem hamza ziad mazen nader fady ramy rami mina george peter
  fatma fatima mariam maryam mona heba nour noor sara sarah salma laila layla leila yasmin yasmine dina rana rania reem
  nadia nada noha hala huda hoda aya amira amal iman eman esraa doaa asmaa shaimaa nesma habiba jana malak farida
  james john jack harry tom thomas william ben benjamin daniel david michael mark paul sam chris alex andrew anthony
  steven steve robert richard joseph josh matthew max liam noah luke oliver ethan ryan adam emma emily olivia sophia
  sophie charlotte amelia chloe lucy jessica jess laura rachel rebecca hannah kate katherine jane jennifer mary maria
  anna nicole megan grace ella ava isabella mia zoe priya rahul anjali aroha tane sione`
    .split(/\s+/)
    .filter(Boolean),
);

/** Ordinary English words that start sentences; a capital letter there says nothing about a name. */
export const ENGLISH_COMMON_WORDS = new Set(
  `a about after again all also although always an and any anything are as at be because before best both but by
  can certainly could dear do does done during each either even every everything feel for from further get
  given glad good great happy have he hello her here hey hi his how however i if in is it its just kind
  kindly let lovely many may maybe most my no nope not now of ok okay on once one only or our perfect
  please possibly regarding right see she should since so some sorry still sure thank thanks that the their
  then there these they this those though to today tomorrow unfortunately until we welcome well what when
  where whether which while who why will with would yes yet you your yours absolutely alright awesome
  brilliant definitely excellent fantastic noted understood wonderful also additionally meanwhile otherwise
  note reminder booked confirmed cancelled canceled done bring arrive call text message send try take use
  apply rinse keep avoid rest ice wear remember make check bleeding swelling pain given for thats just
  let's here's there's it's that's we're we've we'll you're you've you'll i'm i've i'll i'd they're they've they'll they'd he's she's he'll she'll we'd you'd don't can't
  won't isn't aren't our your their his her its new next last first second other another each every nothing
  nobody everyone everybody someone somebody anyone anybody none parking payment payments prices full same hope wishing
  morning evening afternoon night whenever wherever whatever whichever whoever unless`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that are not people or places in a clinic chat. */
export const ENGLISH_NON_NAME_CAPITALS = new Set(
  `sunlight sunshine i i'm i've i'll i'd dr doctor mr mrs ms miss prof sir madam dear poor hi hello hey thanks please ok okay
  block building villa flat apartment suite
  english arabic whatsapp sms messenger instagram facebook google maps gmail email visa mastercard amex
  apple pay instapay vodafone cash fawry valu paypal zoom uber careem ramadan eid christmas easter new year
  tabby tamara knet benefit benefitpay mada stc stcpay sadad meeza aman sympl postpay spotii cashew souhoola contact forsa
  halan mogo premium samsung gpay applepay googlepay klarna clearpay afterpay
  clinic clinics branch branches centre center hospital dental dentistry physio physiotherapy team reception
  front desk street st road rd building floor mall tower plaza emergency er icu gp nhs acc
  main mobile landline hotline switchboard fax tel phone telephone
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
  saturdays sundays mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec am pm egp nzd usd aed sar le nz kiwi egyptian pounds dollars
  x-ray x-rays mri ct covid id
  iqama emirates civil passport insurance national bupa tawuniya daman thiqa axa allianz medgulf metlife nextcare
  mednet globemed cigna aetna neuron almadallah
  moh dha doh seha absher nafath tawakkalna sehhaty
  whish omt western union moneygram cashplus zaincash wallet etisalat stc
  cliq efawateercom efawateer jomopay dinarak umniah urpay hyperpay payfort moyasar paytabs geidea paymob thawani omannet
  little baby city umm um abu bu square avenue roundabout mubarak jumu'ah jumuah jummah jumma wifi
  kegel kegels pilates yoga
  invisalign clearcorrect straumann zeiss cerec itero
  africa asia europe america americas australia bali thailand indonesia malaysia singapore india sri lanka maldives
  nepal china japan korea philippines vietnam kenya tanzania zanzibar uganda nigeria ghana ethiopia sudan morocco
  tunisia algeria libya egypt jordan lebanon syria iraq iran turkey saudi arabia uae emirates qatar kuwait bahrain oman
  yemen pakistan bangladesh brazil peru mexico canada usa uk england france germany italy spain greece switzerland
  umrah hajj mecca makkah medina madinah`
    .split(/\s+/)
    .filter(Boolean),
);
