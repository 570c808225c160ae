import { foldText, topLevelAlternatives } from './reply-text';

/**
 * Vocabulary of medical advice, English and folded Arabic. Each list is a
 * regex alternation; the rules in medical-advice.ts decide when a term is
 * advice (a diagnosis, a medicine or dose, a treatment recommendation).
 */

/**
 * The words of a list as one alternation, folded as replies are ("سوائل" is
 * read as "سوايل", "على" as "علي"), so a word written with hamza or alef maqsura
 * still matches.
 */
const alternation = (words: string) =>
  [
    // A word listed twice (or two spellings that fold alike) is kept once, where it first appears: the later copy could
    // never match first, and only makes the patterns longer.
    ...new Set(
      words
        .split('\n')
        .flatMap(topLevelAlternatives)
        .map((word) => foldText(word.trim()))
        .filter(Boolean),
    ),
  ].join('|');

/** Brand and generic medicine names, also read as ordinary capitalised words by the name check. */
export const MEDICINE_NAMES = new Set(
  `triamcinolone kenalog orabase
  miradry meclizine permethrin dimeticone dimethicone
  ocrelizumab ocrevus interferon natalizumab tysabri fingolimod gilenya tecfidera aubagio copaxone mavenclad kesimpta rituximab simethicone nitroglycerin
  epsom fenugreek
  estrogen oestrogen progesterone tibolone adrenaline epinephrine
  ribavirin sofosbuvir sovaldi daclatasvir daklinza harvoni ledipasvir epclusa velpatasvir
  creon pancreatin vyvanse lisdexamfetamine concerta ritalin methylphenidate strattera atomoxetine midazolam buccolam diazepam
  ibuprofen brufen advil nurofen paracetamol acetaminophen panadol tylenol aspirin diclofenac voltaren cataflam
  naproxen amoxicillin augmentin metronidazole flagyl clindamycin azithromycin codeine tramadol prednisolone
  cortisone chlorhexidine corsodyl benzocaine orajel lidocaine antinal hexitol betadine hydrocortisone retinol
  isotretinoin roaccutane fucidin sensodyne colgate listerine parodontax lyrica pregabalin gabapentin neurontin
  omeprazole nexium esomeprazole pantoprazole loratadine claritin cetirizine zyrtec fexofenadine telfast ventolin
  salbutamol strepsils bonjela anbesol calpol solpadeine celebrex celecoxib arcoxia etoricoxib ponstan ketoprofen
  ketofan dexamethasone betamethasone mupirocin bactroban clotrimazole canesten daktarin diazepam valium tizanidine
  sirdalud myolgin norgesic voltarol movelat biofreeze meloxicam mobic
  doxycycline minocycline lymecycline tretinoin adapalene differin hydroquinone tranexamic spironolactone
  progesterone cyclogest utrogestan duphaston dydrogesterone metformin clomid clomiphene letrozole methyldopa
  labetalol nifedipine ondansetron metoclopramide doxylamine cyclizine fluconazole miconazole cephalexin
  cefalexin nitrofurantoin vaseline aquaphor bepanthen sudocrem cerave cetaphil
  otrivin xylometazoline oxymetazoline afrin sterimar physiomer flixonase fluticasone nasonex mometasone beconase budesonide
  montelukast singulair zithromax ciprofloxacin ciprodex ofloxacin tobradex tobramycin gentamicin chloramphenicol artelac
  systane optive hylo lacrilube xalatan latanoprost timolol atropine adol revanin cetal abimol motilium domperidone
  dioralyte rehydran infacol simethicone dentinox desitin nystatin amoxil ferrous feroglobin pregnacare clexane enoxaparin
  heparin dostinex cabergoline provera norethisterone primolut duphalac lactulose gaviscon buscopan hyoscine dalacin
  monistat diflucan congestal comtrex fevadol profinal brufen ketofan deep-heat tigerbalm
  topiramate topamax sumatriptan imigran rizatriptan maxalt propranolol inderal amitriptyline tryptizol valproate depakine
  carbamazepine tegretol levetiracetam keppra lamotrigine lamictal minoxidil regaine finasteride propecia dutasteride avodart
  ketoconazole nizoral selsun clobetasol dermovate betnovate tamsulosin flomax sildenafil viagra tadalafil cialis amlodipine
  bisoprolol concor atorvastatin lipitor rosuvastatin crestor lisinopril losartan cozaar warfarin clopidogrel plavix
  desmopressin minirin ddavp nocutil oxybutynin ditropan imipramine tofranil glycopyrrolate glycopyrronium robinul latanoprost xalatan brimonidine alphagan dorzolamide trusopt pred prednisolone fucicort fucidin fusidic insulin glucophage januvia ozempic semaglutide levothyroxine levothyrox thyroxine eltroxin euthyrox carbimazole neomercazole methimazole propylthiouracil psyllium ispaghula fybogel metamucil mebeverine duspatalin colofac
  lansoprazole rabeprazole pariet ranitidine famotidine loperamide imodium movicol senna bisacodyl dulcolax
  lantus novorapid humalog tresiba mixtard toujeo levemir trulicity victoza
  cerumol otex waxsol earex debrox symbicort seretide pulmicort flixotide montelukast singulair
  opatanol olopatadine zaditen ketotifen visine
  sertraline zoloft lustral escitalopram cipralex lexapro citalopram fluoxetine prozac paroxetine seroxat paxil venlafaxine
  effexor duloxetine cymbalta mirtazapine remeron alprazolam xanax clonazepam rivotril lorazepam ativan buspirone hydroxyzine
  atarax quetiapine seroquel thickenup nutilis hydroxyurea hydroxycarbamide hydrea siklos deferasirox exjade jadenu deferoxamine
  desferal baclofen lioresal solifenacin vesicare oxybutynin ditropan mirabegron betmiga tolterodine detrusitol
  avastin eylea lucentis vabysmo bevacizumab aflibercept ranibizumab faricimab beovu brolucizumab deferiprone ferriprox luspatercept reblozyl
  fluvoxamine luvox clomipramine anafranil zuranolone brexanolone methotrexate sulfasalazine leflunomide arava humira adalimumab enbrel
  etanercept actemra tocilizumab xeljanz tofacitinib olumiant baricitinib rinvoq upadacitinib plaquenil hydroxychloroquine
  tacrolimus prograf advagraf envarsus mycophenolate cellcept myfortic ciclosporin cyclosporine neoral sirolimus rapamune everolimus certican
  azathioprine imuran valganciclovir valcyte septrin co-trimoxazole avamys dymista azelastine terbinafine lamisil itraconazole sporanox
  amorolfine loceryl curanail efinaconazole jublia ciclopirox penlac permethrin lyclear malathion dimeticone hedrin
  zolpidem ambien stilnox zopiclone imovane inositol myo-inositol
  epipen nutramigen phenergan lantus novorapid doliprane xarelto rivaroxaban eliquis apixaban amitriptyline tryptizol elavil methylprednisolone solu-medrol entresto sacubitril furosemide lasix bumetanide torasemide dapagliflozin forxiga empagliflozin jardiance ivabradine digoxin`
    .split(/\s+/)
    .filter(Boolean),
);

export const EN_MEDICINES = alternation(`
triamcinolone(?:[ ]paste)?|kenalog|orabase
ocrelizumab|ocrevus|interferon(?:[ ]beta)?|natalizumab|tysabri|fingolimod|gilenya|dimethyl fumarate|tecfidera|teriflunomide|aubagio|glatiramer|copaxone|cladribine|mavenclad|ofatumumab|kesimpta|rituximab|simethicone|nitroglycerin|gtn spray
(?:vaginal[ ]|topical[ ]|local[ ])?o?estrogen(?:[ ]cream|[ ]gel|[ ]pessar(?:y|ies)|[ ]tablets|[ ]patch(?:es)?)?|progesterone|tibolone|hormone replacement therapy|adrenaline(?:[ ]pens?|[ ]auto-?injectors?)?|epinephrine
ribavirin|sofosbuvir|sovaldi|daclatasvir|daklinza|harvoni|ledipasvir|epclusa|velpatasvir|milk thistle(?:[ ]capsules)?|silymarin
orlistat|minoxidil
risperidone|aripiprazole|methylphenidate|ritalin|coartem|artemether|lumefantrine|quinine|chloroquine|febuxostat|allopurinol|colchicine
isoniazid|rifampi(?:cin|n)|ethambutol|pyrazinamide|rifafour
imiquimod|aldara|efudix|fluorouracil
creon|pancreatin
champix|varenicline|zyban|bupropion|nicotine patch(?:es)?|nicotine gum
levodopa|carbidopa|sinemet|madopar|stalevo|ropinirole|requip|pramipexole|mirapex|rasagiline|azilect|entacapone|amantadine|rivastigmine|donepezil|aricept|memantine|ferinject|venofer|cosmofer|monofer
${[...MEDICINE_NAMES].join('|')}
[a-z]{3,}(?:pril|sartan|olol|statin|prazole|cillin|mycin|cycline|floxacin|conazole|purinol|xaban|gliptin|gliflozin|tidine|triptan|setron|dronate|lukast|azepam|profen|fenac|coxib|traline|oxetine|alopram|ovir|avir|ivir|uvir)
beta-blockers?|beta blockers?|blood thinners?|statins?
retinoids?
sleeping (?:pills?|tablets?)|sleep aids?|melatonin
antibiotics?|painkillers?|pain killers?|pain relievers?|pain relief (?:tablets|medication)|analgesics?
anti-inflammator(?:y|ies)(?: tablets| medication| gel)?|antihistamines?|steroids?|muscle relaxants?
numbing gel|clove oil|medicated mouthwash|antiseptic mouthwash|mouthwash|ointment|heat rub|deep heat|voltaren gel
benzoyl peroxide|salicylic acid|azelaic acid|glycolic acid|niacinamide|hyaluronic acid|vitamin c serum|folic acid|petroleum jelly|iron supplements?|prenatal vitamins?|pessar(?:y|ies)|antifungal(?: cream)?|nasal spray|eye drops|cough syrup|lozenges|antacids?
ear drops|nasal drops|saline (?:spray|drops|rinse|solution)|decongestants?|inhalers?|puffers?|rehydration (?:salts|solution|sachets)|oral rehydration|ors sachets?|gripe water|colic drops|teething gel|nappy cream|diaper cream|barrier cream|fever (?:syrup|medicine|reducer)|suppositor(?:y|ies)|laxatives?|stool softeners?|iron (?:tablets|syrup|drops)|vitamin d drops|artificial tears|lubricating (?:eye )?drops|antibiotic (?:drops|ointment|cream)|steroid (?:drops|cream|spray)|tiger balm|muscle rub
diuretics?|water tablets?
disease-modifying (?:drugs?|therapy|therapies|treatments?|medications?)|dmts?
tongkat ali|(?:korean[ ]|panax[ ])?ginseng|maca(?: root)?|ashwagandha|horny goat weed|l-arginine|saw palmetto|sildenafil|viagra|tadalafil|cialis
lansinoh|lanolin|nipple cream
`);

export const AR_MEDICINES = alternation(`
تريامسينولون|التريامسينولون|كيناكورت|الكيناكورت
تيمولول|التيمولول|لاتانوبروست|زالاتان
ديسموبريسين|مينيرين|اوكسيبوتينين
ليفوثيروكس|ليفوثيروكسين|يوثيروكس|التروكسين|الثيروكسين|كاربيمازول|نيوميركازول|بزر قطونه|بذر قطونه|سيليوم|السيليوم|اسيكلوفير|فالاسيكلوفير|زوفيراكس
بيرمثرين|البيرمثرين|بيرميثرين|البيرميثرين|ديميثيكون|الديميثيكون|ملاثيون|الملاثيون
سيميثيكون|سيميتيكون|السيميثيكون|نيتروجلسرين|نيتروجليسرين|النيتروجلسرين|انترفيرون|الانترفيرون|اوكريليزوماب|اوكريفوس
ديكلوفيناك|الديكلوفيناك|ديكلوفيناك صوديوم|ديكلوفيناك بوتاسيوم
استروجين|اوستروجين|الاستروجين|الاوستروجين|بروجسترون|بروجيسترون|البروجسترون|ادرينالين|الادرينالين|ابينفرين|الابينفرين
هيمليبرا|ايميسيزوماب
ثيروكسين|يوثيروكس|ليفوثيروكسين|سيبروهيبتادين|السيبروهيبتادين|سيبروهبتادين|غلوبولين مناعي|الغلوبولين المناعي|جلوبيولين مناعي|انتيكافير|تينوفوفير
مدر بول|مدر للبول|مدرات البول|مدرات بول|مدر البول
اوغمنتين|ريبافيرين|سوفالدي|سوفوسبوفير|هارفوني
مثوتركسات|ميثوتركسات|بيتاميثازون|بيتاميتازون|سيلسبت|سيلسيبت|مايكوفينولات|ميكوفينولات|تاكروليمس|تاكروليموس|بروغراف|بروجراف
مينوكسيديل|المينوكسيديل|اورليستات
فيبوكسوستات|الوبيورينول|الوبيرينول|كولشيسين|كولشيسين|ريسبيريدون|كوارتم|كينين
ايزونيازيد|ايزونيازد|ريفامبيسين|ريفامبين|ايثامبوتول|ايتامبوتول|بيرازيناميد
ايميكويمود|اميكويمود|الدارا
كريون|بندول
شامبيكس|تشامبكس|فارينيكلين|لصقات النيكوتين|لصقه النيكوتين|علكه النيكوتين
حاصرات بيتا|حاصر بيتا|بيتا بلوكر|الستاتين|ستاتين|مميعات الدم
ليفودوبا|الليفودوبا|ليفو دوبا|سينيميت|السينيميت|مادوبار|المادوبار|كاربيدوبا|ريكويب|ميرابكس|ازيلكت|فيرينجكت|فينوفير
اتروبين|الاتروبين|بلاكونيل|البلاكونيل|هيدروكسي كلوروكين|الهيدروكسي كلوروكين|هيدروكسي كلوروكوين|كونكور|الكونكور|بيسوبرولول|ميثوتريكسات|الميثوتريكسات|بريدنيزولون|البريدنيزولون
حمض الساليسيليك|ساليسيليك|دوا السيوله|دواء السيوله|ادويه السيوله|مسيلات الدم|مسيل للدم
سالبوتامول|السالبوتامول|فنتولين|الفنتولين
هيدروكسي يوريا|هيدروكسيوريا|هيدريا|باكلوفين|ليوريسال|سوليفيناسين|فيزيكير|اوكسيبوتينين|ديتروبان|ميرابيجرون|بيتميجا|سيرترالين|زولوفت|لوسترال|اسيتالوبرام|سيبرالكس|سيتالوبرام|فلوكستين|فلوكسيتين|بروزاك|باروكستين|سيروكسات|زاناكس|البرازولام|ريفوتريل|كلونازيبام|بوسبيرون
ميدازولام|بوكولام|ديازيبام|فيفانس|كونسيرتا|ريتالين|ستراتيرا
هيدروكورتيزون|كورتيزون
فيوسيدين|فيوسيدن
ريتينويد|الريتينويد|رواكتان|الرواكتان
منوم|المنوم|منومات|حبوب منومه|حبوب النوم|ميلاتونين|الميلاتونين
روكتان|الروكتان|روكيتان|ايزوتريتينوين|بروفين|بروفن|ايبوبروفين|باراسيتامول|بنادول|اسبرين|اسبيرين|كتافلام|كاتافلام|فولتارين|اوجمنتين|اموكسيسيلين|فلاجيل|كلورهيكسيدين|هيكسيتول|انتينال|بيتادين
مضاد حيوي|مضادات حيويه|المضاد الحيوي|مسكن|مسكنات|المسكن|مضاد التهاب|مضادات الالتهاب|مضاد للالتهاب|كورتيزون
المرخي|ليريكا|بريجابالين|نيورونتين|جابابنتين|اوميبرازول|نكسيوم|فولتارول|سيليبركس|اركوكسيا|ميولجين|نورجيسك|كلاريتين|زيرتك|فنتولين
مرخي العضلات|مرخيات العضلات|مرخي للعضلات|باسط للعضلات|باسط العضلات|مضاد للحساسيه|مضاد الحساسيه
ريتينول|الريتينول|تريتينوين|ادابالين|ديفرين|هيدروكينون|دوكسيسايكلين|دوكسيسيكلين|مينوسايكلين|لوراتادين|سيتريزين|تلفاست|فيكسوفينادين
بروجسترون|البروجسترون|بروجستيرون|البروجستيرون|دوفاستون|سيكلوجست|اوتروجستان|فوليك اسيد|حمض الفوليك|الفوليك|ميتفورمين|كلوميد|فازلين|الفازلين|بيبانثين|
غسول|جل مخدر|زيت القرنفل|مرهم|كريم مسكن|مرخي للعضلات|مرخي عضلات|لبوس|حقنه|حقن
اوتريفين|ادول|ريفانين|سيتال|ابيمول|لانتوس|نوفورابيد|هيومالوج|تريسيبا|ميكستارد|توجيو|ليفيمير|تروليسيتي|فيكتوزا|توبيراميت|توباماكس|سوماتريبتان|بروبرانولول|اندرال|اميتريبتيلين|تريبتيزول|ديباكين|تجريتول|كيبرا|لاميكتال|مينوكسيديل|فيناسترايد|كيتوكونازول|نيزورال|تامسولوسين|فياجرا|سيالس|املوديبين|كونكور|ليبيتور|كريستور|بلافيكس|انسولين|جلوكوفاج|اوزمبيك|التروكسين|يوثيروكس|دوسباتالين|كولوفاك|ايموديوم|موفيكول|دولكولاكس|موتيليوم|كونجستال|كومتركس|بوسكوبان|جافيسكون|فيروجلوبين|كليكسان|هيبارين|اسبوسيد|ديفلوكان|كانستين|دوستينكس|بريمولوت|فيفادول|بروفينال
(?:حبه|حبتين|حبات|حبوب|اقراص|قرص|كبسوله|كبسولات|مكمل|مكملات|شراب|فوار) (?:ال)?(?:حديد|كالسيوم|فيتامين|فيتامينات|ماغنسيوم|زنك|اوميجا|اوميغا|فوليك)|فيتامينات الحمل|فيتامين الحمل|فيتامينات حمل
محلول الجفاف|محلول معالجه الجفاف|محلول الاماهه(?: الفمويه)?|املاح الاماهه|محلول ارواء|محاليل الجفاف|محلول ملحي|شراب كحه|شراب الكحه|شراب للكحه|مرهم عين|مرهم للعين|قطره عين|قطره العين|قطره للعين|قطره ودن|قطره الودن|قطره الاذن|قطره للاذن|بخاخ انف|بخاخ الانف|بخاخ للانف|غسول انف|نقط الانف|نقط انف|خافض حراره|خافض للحراره|ملين|ملينات|دموع صناعيه|تحاميل|مضاد فطريات|مضاد للفطريات|كريم كورتيزون|مرهم مضاد حيوي
وارفارين|الوارفارين|ماريفان|كومادين|الكومادين|سينتروم|اكزارلتو|زاريلتو|اليكويس|ايليكويس|كلوبيدوجريل|بلافيكس
انتريستو|الانتريستو|ساكوبيتريل|فوروسيمايد|الفوروسيمايد|لازكس|اللازكس|ميثيل بريدنيزولون|سولوميدرول|سولو ميدرول|فورسيجا|جارديانس|ديجوكسين
شامبكس|الشامبكس
جليكلازايد|الجليكلازايد|جليكلازيد|الجليكلازيد|دياميكرون|الدياميكرون
اميتريبتيلين|اميتربتيلين|اميتريبتلين|تريبتيزول|حبه المسا|حبه المساء|حبه الصبح|حبه الصباح|حبه الليل|حبه النوم
لانتوس|اللانتوس|نوفورابيد|البازال|بازال|دوليبران|الدوليبران|زاريلتو|الزاريلتو|ريفاروكسابان|الريفاروكسابان|اليكويس|ابيكسابان|الوارفارين|وارفارين|الكورتيزون|كورتيزون
اوڤمونتين|الاوڤمونتين|اوفمونتين|الاوفمونتين|فينرغان|فينيرغان|سيرو فينرغان|ابي بن|الايبي بن
كاربامازيبين|الكاربامازيبين|كاربامازبين|تيجريتول|التيجريتول|تقريتول|ديباكين|الديباكين|فالبروات|الفالبروات|كيبرا|ليفيتيراسيتام|اينوزيتول|الاينوزيتول|انوزيتول
(?:ال)?(?:مغنيزيوم|مغنيسيوم|ماغنيسيوم|ماغنسيوم|ماغنيزيوم)
`);

/** Products applied or taken that are not in the medicine lists: what a frequency ("every night") schedules. */
export const EN_PRODUCTS = alternation(`
denture adhesive|denture cream|denture fixative|dental cement|temporary cement
drops|eye drops|ear drops|cream|gel|lotion|spray|shampoo|nasal spray|saline|inhaler|suppositor(?:y|ies)|lozenges?|chewables?|gummies|powder|ointment|balm|mouthwash|rinse|toothpaste|serum|patch(?:es)?|syrup|moisturi[sz]er|sunscreen|sunblock|spf(?: ?\\d+)?|cleanser|pessar(?:y|ies)|sachets?|tablets?|pills?|capsules?|supplements?|vitamins?|wax|orthodontic wax
pumice stone|nipple shields?|night guard|mouth guard|occlusal splint|eye patch|patching
`);

export const AR_PRODUCTS = alternation(`
صابون|الصابون|صابون اطفال|صابون الاطفال|صابون طبي
لصقه|لصقات|اللصقه
قرص|اقراص|حبوب|كبسوله|كبسولات|برشامه|برشام
قطره|القطره|قطرات|نقط|حبايه|حبايتين|دوا|دواء|ادويه|الدوا|الدواء|الادويه|لبوس|اللبوس|تحاميل|التحاميل|بخاخه|البخاخه|محلول|المحلول|فوار|بودره|البودره|استحلاب|سيروم|السيروم|مرطب|المرطب|واقي شمس|واقي الشمس|جل|الجل|كريم|الكريم|دهان|الدهان|مرهم|المرهم|بخاخ|البخاخ|غسول|الغسول|معجون|المعجون|شراب|الشراب|لزقه|اللزقه|حبوب|الحبوب|اقراص|برشام|كبسولات|فيتامين|مكمل|شمع|الشمع
حبه|الحبه|الحبايه
المثبت الشفاف|مثبت شفاف|المثبت المتحرك|مثبت متحرك|ريتينر
`);

/** Conditions a reply might diagnose (symptoms like "pain" or "swelling" are not here: naming them is not diagnosing). */
export const EN_CONDITIONS = alternation(`
mini-strokes?|mini strokes?|transient isch(?:a)?emic attack|stroke
kidney stones?|ureteric stones?|ureteral stones?|the stone
hyperemesis(?:[ ]gravidarum)?|fluid behind the ear(?:drum)?|glue ear|middle ear fluid
melasma|chloasma|hyperpigmentation
(?:acute[ ])?angle[- ]closure(?:[ ]glaucoma|[ ]attack)?|glaucoma attack
head lice|lice|nits|leg-length difference|leg length difference|leg length discrepancy
post-exertional malaise|long covid|post-covid(?:[ ]syndrome)?|morton's neuroma|neuromas?|metatarsalgia
lipohypertrophy|lipoatrophy|lipodystrophy
(?:a )?stones? (?:stuck[ ]|lodged[ ]|sitting[ ]|trapped[ ]|caught[ ])?in (?:the|your|his|her) (?:ureters?|kidneys?|bladder|urethra|bile ducts?|gallbladder)
(?:a )?target joint(?:[ ]forming)?|engorgement|pseudostrabismus|pseudo-squint
(?:progressive )?keratoconus|shock loss|late-bloomer(?:[ ]pattern)?|(?:early )?adrenal activity|adrenarche|early puberty|precocious puberty
covid(?:-19)?
(?:ms )?pseudo-relapse|uhthoff's phenomenon|posterior capsule opacification|long covid|post-covid syndrome
malaria|spider veins|thread veins|sickle cell(?:[ ]disease|[ ]an(?:a)?emia|[ ]crisis)?
basal cell carcinoma|bcc|squamous cell carcinoma|actinic keratosis|vaginismus|iron deficiency anaemia|iron deficiency anemia
osgood-schlatter(?:'s)?|sever's disease|growing pains|vesicoureteral reflux|kidney reflux|presbycusis|age-related hearing loss
tb|tuberculosis|latent tb|active tb|contagious|infectious|bleeding disorder|von willebrand(?:[ ]disease)?|haemophilia|hemophilia|fibro|joint bleed
autonomic dysreflexia|dysreflexia|spasticity|pressure sores?|bed ?sores?|insulin resistance|acanthosis(?:[ ]nigricans)?|ingrown (?:toe)?nails?
gallstones|gall stones|stones|biliary colic|gallbladder (?:pain|attack|inflammation)|cholecystitis|delayed growth spurt|constitutional delay|late bloomer|delayed puberty|growth hormone deficiency|short stature
urticaria|chronic (?:spontaneous |inducible )?urticaria|hives|post-viral|anosmia|parosmia|plagiocephaly|flat head syndrome|restless legs(?:[ ]syndrome)?
poor circulation|peripheral arter(?:y|ial) disease|peripheral vascular disease|diabetic foot|ckd|chronic kidney disease|kidney failure|renal failure
stage (?:[1-5]|one|two|three|four|five)[ab]?(?:[ ]ckd|[ ]kidney disease)?
lupus(?:[ ]flare)?|rheumatoid arthritis|sjogren(?:'s|s)?|fibromyalgia|ankylosing spondylitis|disc displacement|displaced disc|anterior disc displacement
dyslexia|dyscalculia|dysgraphia|dyspraxia|ptsd|post-traumatic stress|complicated grief|prolonged grief|panic disorder|social anxiety|separation anxiety|health anxiety|anxiety disorder|generali[sz]ed anxiety|burnout|lactose intolerant|gluten intolerant|neuropathy
parkinson(?:'s|s)?|parkinsonism|alzheimer(?:'s|s)?|crohn(?:'s|s)|hashimoto(?:'s|s)?|bell(?:'s|s) palsy|meniere(?:'s|s)|raynaud(?:'s|s)?|tourette(?:'s|s)?|essential tremor|dystonia|low iron|low ferritin|an(?:a)?emia
anorexia(?: nervosa)?|bulimia(?: nervosa)?|binge eating(?: disorder)?|arfid|eating disorder|ddh|hip dysplasia|developmental dysplasia(?: of the hip)?|club ?foot|talipes|overactive bladder
toe[- ]walking|lens overwear|contact lens overwear|overwear
asthma|cough-variant asthma|viral wheeze|bronchospasm
enlarged (?:adenoids|tonsils)|swollen adenoids|adenoid hypertrophy|tonsil hypertrophy
overactive bladder|urge incontinence
(?:melanin |gum |gingival )?pigmentation|menopause|perimenopause|postpartum depression|postnatal depression|perinatal depression|postpartum anxiety|baby blues|ppd|idiopathic scoliosis|scoliosis
scar tissue|adhesions|(?:ice-?pick|boxcar|rolling|atrophic|hypertrophic|raised|pitted|acne) scars?|keloids?
tongue[- ]tie|tongue-tied|lip[- ]tie|posterior tie
dementia|alzheimer's|alzheimers|normal (?:ageing|aging)|age-related (?:memory loss|decline|forgetfulness)|mild cognitive impairment
crossbite|cross bite|overbite|underbite|open bite|overjet|crowding|autism|autistic|adhd|speech delay|language delay|late talkers?|stutter(?:ing)?|stammer(?:ing)?|lisp|abscess(?:ed)?|infection|infected|gingivitis|periodontitis|periodontal disease|gum disease|cavity|cavities|decay|caries
pulpitis|inflamed nerve|nerve (?:inflammation|damage|is inflamed|is dying|is dead)|dead nerve|dying nerve
cracked (?:tooth|filling|crown)|broken (?:filling|crown)|fractured? tooth|impacted|pericoronitis|dry socket
tmj|tmd|bruxism|enamel erosion|erosion|dentin(?:e)? hypersensitivity|sensitivity|receding gums|gum recession|ulcer|cyst
plantar fasciitis|flat feet|fallen arches|flat-footed|fasciitis|jumper's knee|runner's knee|patellar tendinopathy|tendinitis|tendonitis|tendinopathy|sprain(?:ed)?|strain(?:ed)?|pulled muscle|pulled hamstring
torn (?:ligament|muscle|meniscus|tendon)|tear|pulled (?:something|a muscle)|twisted (?:it|your ankle|your knee)|rotator cuff|frozen shoulder|sciatica|slipped disc|herniated disc
bulging disc|disc (?:bulge|herniation|prolapse)|muscle strain|muscle tension|overuse injury|wear and tear|bruised? (?:rib|bone|heel)|tooth sensitivity|sensitive teeth|mouth ulcer|cold sore|
pinched nerve|trapped nerve|bursitis|arthritis|osteoarthritis|shin splints
tennis elbow|golfer's elbow|carpal tunnel|whiplash|meniscus tear|runner's knee|patellofemoral|stress fracture|fracture
concussion|dislocation|inflammation|muscle spasm|spasm|migraine|sinusitis|allergy|allergies|seasonal allergies|allergic reaction|nerve pain
wisdom tooth (?:infection|trouble|coming through)|muscle knot|knot in (?:the|your) muscle|eczema|dermatitis|psoriasis|acne|fungal infection|flu|virus|viral infection|tonsillitis|strep throat|urinary tract infection|uti|it band syndrome|gastritis|food poisoning
syndrome|disease|skin tags?|ear infection|fluid (?:behind|in) (?:(?:the|his|her|your) )?(?:ear ?drums?|ears?|middle ear)|otitis(?: media| externa)?|middle ear infection|glue ear|swimmer's ear|(?:ear ?)?wax (?:build-?up|impaction|blockage)|impacted wax|blocked ear|eustachian tube (?:dysfunction|problem|blockage)|tinnitus|vertigo|labyrinthitis|deviated septum|nasal polyps?|rhinitis|hay fever|sinus infection|tonsil stones|laryngitis|acid reflux|reflux|gerd
conjunctivitis|pink eye|dry eye(?: syndrome)?|stye|chalazion|blepharitis|cataracts?|glaucoma|lazy eye|amblyopia|short-?sighted(?:ness)?|long-?sighted(?:ness)?|myopia|astigmatism|eye strain|corneal abrasion|scratched cornea
colic|teething|croup|bronchiolitis|hand,? foot and mouth|chickenpox|chicken pox|measles|nappy rash|diaper rash|cradle cap|tummy bug|stomach bug|gastroenteritis|dehydration|constipation|diarrh(?:o)?ea|an(?:a)?emia|iron deficiency|vitamin d deficiency|bronchitis|pneumonia|chest infection|diastasis recti|diastasis|abdominal separation|common cold|head cold|chest cold|a cold(?!\\s+(?:drink|drinks|compress|pack|water|bottle|room|day|morning))|a mild cold|a slight cold|a bad cold|a heavy cold|a little cold|runny nose|sniffles|stuffy nose|blocked nose|hives|urticaria
rosacea|vitiligo|warts?|melanoma|ringworm|athlete's foot|dandruff|alopecia|shingles|cellulitis|impetigo|scabies|head lice|thrush|yeast infection
pcos|polycystic ovar(?:y|ies)|endometriosis|fibroids?|ovarian cyst|miscarriage|ectopic(?: pregnancy)?|pre-?eclampsia|gestational diabetes|placenta pr(?:a)?evia|low-lying placenta|braxton hicks|false labou?r|round ligament pain|pelvic girdle pain|spd|symphysis pubis dysfunction
hernia|fissures?|ha?emorrhoids|piles|anal fistula|osteoporosis|scoliosis|(?:normal )?newborn jaundice|jaundice|receding gums|gum recession|medication[- ]overuse headaches?|cluster headaches?|rebound headaches?|endometriomas?|chocolate cysts?|sensory processing disorder|sensory processing difficulties|absence seizures?|febrile seizures?|epilepsy|seizure disorder|decalcification|white spot lesions?|kidney stones?|(?:a )?stone travelling|ureteric stones?|constitutional delay|delayed puberty|short stature|precocious puberty|early puberty|growth delay|bppv|benign paroxysmal positional vertigo|vestibular neuritis|meniere's(?: disease)?|vestibular migraine|lymph(?:o)?edema|hyperhidrosis|excessive sweating|aphasia|dysphagia|dysarthria|apraxia(?: of speech)?|bed-?wetting|(?:nocturnal )?enuresis|hypertrophic scars?|keloids?|(?:congenital )?torticollis|wry neck|plagiocephaly|flat head syndrome|flat feet|bunions?|gout|(?:[a-z]+-)?(?!(?:dia|pro)gnosis|academia|nostalgia|(?:em|sym|tele|homeo|osteo|naturo)pathy)[a-z]{2,}(?:itis|osis|iasis|tropia|phoria|opia|pathy|algia|plasia|a?emia)|stress incontinence|peri-?implant(?:itis| mucositis)|implant failure|bone loss|allergic conjunctivitis|(?:obstructive )?sleep apn(?:o)?ea|asthma attack|allergic asthma|exercise-induced asthma|copd|emphysema|insomnia|restless legs(?: syndrome)?|narcolepsy|stammer(?:ing)?|stutter(?:ing)?|speech delay|hearing loss|otosclerosis|underactive thyroid|overactive thyroid|hypothyroid|hyperthyroid|insulin resistance|lactose intolerance|lactose intolerant|food intolerance|gluten intolerance|coeliac(?: disease)?|celiac(?: disease)?|h\\.? ?pylori|fatty liver|gallstones?|ha?emorrhoids|piles|anal fissure|crohn's(?: disease)?|colitis|ulcerative colitis|stomach ulcer|peptic ulcer|palpitations|arrhythmia|atrial fibrillation|a-?fib|angina|heart attack|high cholesterol|cholesterol|heart failure|tachycardia|panic attacks?|hypertension|high blood pressure|hypotension|low blood pressure|pre-?diabetes|type 2 diabetes|thyroid (?:problem|issue)|hypothyroidism|hyperthyroidism|kidney infection|prostatitis|enlarged prostate|bph|prostate (?:problem|issue|enlargement)|erectile dysfunction|low testosterone|varicocele|epididymitis|cystitis|bladder infection|overactive bladder|incontinence|urinary retention|dry mouth|gum infection|tooth grinding|ligament (?:tear|injury|sprain)|acl (?:tear|injury|rupture)|torn acl|meniscal tear|heel spur|bone spur|trigger finger|de quervain's|ganglion(?: cyst)?|baker's cyst|water on the knee|cartilage damage|tension(?:-type)? headaches?|kidney stones?|ibs|irritable bowel
(?:wet[ ]|dry[ ])?(?:age[- ]related[ ])?macular degeneration|(?:wet[ ]|dry[ ])?amd|macular (?:o)?edema|macular hole|(?:diabetic[ ])?retinopathy|retinal (?:detachment|tear|vein occlusion)|detached retina|ocd|obsessive[- ]compulsive(?:[ ]disorder)?|(?:checking|contamination|harm|intrusive)[- ](?:type[ ])?ocd|generali[sz]ed anxiety(?:[ ]disorder)?|hip clicks?|clicky hips?|clicking hips?
(?:early[ ]|acute[ ]|chronic[ ])?(?:transplant[ ]|graft[ ]|kidney[ ]|organ[ ])?rejection|ascus|lsil|hsil|cin ?[1-3]|cervical (?:dysplasia|changes|precancer)|abnormal (?:smear|cells|smear result)|hpv(?:[ ]infection)?|high-risk hpv|onychomycosis|fungal nails?|nail fungus|athlete's foot|nits|low sperm count|oligospermia|azoospermia|poor (?:sperm )?motility|developmental coordination disorder
obes(?:e|ity)|overweight|in the obese range|shoulder impingement|impingement(?:[ ]syndrome)?|rotator cuff (?:tear|tendinopathy|tendinitis|tendonitis)|frozen shoulder|tiptoe walking|toe walking|spastic diplegia|chickenpox|chicken pox|impetigo
type (?:1|one) diabetes|intermittent claudication|claudication|peripheral arter(?:y|ial) disease|narrowed arteries|blocked arteries|second-degree burn|third-degree burn|first-degree burn
relapses?|heart failure
freckles?|age spots?|sun spots?|seborrh(?:o)?eic keratos[ie]s|lentig(?:o|ines)|dermatofibromas?|cherry angiomas?|warts?|verrucas?|verrucae
erectile dysfunction|telogen effluvium|androgenetic alopecia|female pattern hair loss|pelvic organ prolapse|bladder prolapse|stress incontinence|diastasis recti
graves'?(?:[ ]disease)?|thyroid eye disease|exophthalmos|pseudogyn(?:a)?ecomastia|gyn(?:a)?ecomastia|physiological tremor
bronchiectasis|non-cf bronchiectasis|chest infections?|bow legs|bow-legged|bowlegs|knock knees|knock-kneed|genu varum|genu valgum|blount's disease|lipoedema|lipedema|bad breath|halitosis|morning breath|tonsil stones|tonsilloliths?|dry mouth|xerostomia|molluscum(?:[ ]contagiosum)?
piles|haemorrhoids?|hemorrhoids?|thrombosed (?:external )?(?:haemorrhoids?|hemorrhoids?|piles)|anal fissures?|anal fistula|svt|supraventricular tachycardia|atrial fibrillation|afib|a-fib|ectopic beats?|ectopics|arrhythmias?|calluses|callus|corns|cracked heels|hard skin|fungal nail infection|nail fungus|onychomycosis|thalassa?emia(?:[ ]trait|[ ]minor|[ ]major)?|iron overload|coeliac(?:[ ]disease)?|celiac(?:[ ]disease)?|gluten intolerance|lactose intolerance|tongue-tie|tongue tie|lip-tie|lip tie|cracked nipples|bruxism|tmj(?:[ ]disorder)?|tmd|squint|lazy eye|amblyopia|strabismus
nodules?|thyroid nodules?|goitre|goiter|multinodular goitre|achalasia|(?:o)?esophageal strictures?|(?:a )?narrowing of the (?:o)?esophagus|eosinophilic (?:o)?esophagitis|stress fractures?|shin splints|medial tibial stress syndrome|crohn's(?:[ ]disease)?|crohns|ulcerative colitis|ibd|dvt|deep vein thrombosis|blood clots?|clots?|stretch marks|striae
duodenal ulcers?|stomach ulcers?|peptic ulcers?|gastritis|h\\. pylori|h pylori|helicobacter(?:[ ]pylori)?
venous insufficiency|chronic venous insufficiency|venous reflux|male pattern baldness|female pattern hair loss|androgenetic alopecia|lymphoedema|lymphedema|lipoedema|lipedema
focal seizures?|absence seizures?|seizures?|poor circulation|insulin resistance
shallow latch|poor latch|bad latch
text neck|tech neck|lateral epicondylitis|medial epicondylitis
`);

export const AR_CONDITIONS = alternation(`
الثاليل|ثاليل|ثالول|الثالول
تراكم الجير|تراكم تاع الجير|تراكم ديال الجير|تراكم جير|جير متراكم
رمل في الكلي|رمل بالكلي|رمل الكلي|تاخر فالكلام|تاخر في الكلام|تاخر الكلام|تاخر بسيط فالكلام|تاخر بسيط في الكلام|تاخر النطق
اكتئاب|الاكتئاب|اكتئاب خفيف|اكتئاب بسيط|اضطراب القلق|نوبات هلع|نوبات الهلع
النفخه|نفخه|الانتفاخ|انتفاخ|انتفاخ البطن|الغازات
ارتخاء في العضلات|ارتخاء ف العضلات|ارتخاء فالعضلات|ارتخاء العضلات|ارتخاء عضلي|اضطراب ما بعد الصدمه|كرب ما بعد الصدمه
مسمار فالرجل|مسمار في الرجل|مسمار في القدم|مسمار القدم|مسمار الرجل|مسمار لحم|مسمار اللحم|عين السمكه|عين سمكه
ضيق في الوريد|ضيق بالوريد|ضيق الوريد|تضيق الوريد|انسداد الوريد|داء شويرمان|شويرمان|الشد العضلي|شد عضلي|القمل|قمل
الفدعه|فدعه|التوائ|التواء
غرغرينا|الغرغرينا|غنغرينا|الغنغرينا|كوفيد طويل الامد|كوفيد الطويل
الماي الابيض|الماء الابيض|المايه البيضا|الميه البيضا|المياه البيضاء|الساد النووي|ساد نووي|الساد|كتاركت|متلازمه التعب المزمن|التعب المزمن|فيبروميالجيا|الفيبروميالجيا|الالم العضلي الليفي|شمع متراكم|الشمع المتراكم|تراكم الشمع|تراكم شمع|شمع الاذن|شمع في الاذن
كسل فالعين|كسل في العين|حول كاذب|الحول الكاذب|عدم تحمل لاكتوز|عدم تحمل اللاكتوز|حساسيه اللاكتوز|رغوه في البول|زرقه|كدمه
صلع وراثي|الصلع الوراثي|الصلع|صلع|الثعلبه|ثعلبه|حساسيه من الشامبو|صفوريه|الصفوريه
قصور قلب|قصور قلب احتقاني|قصور القلب الاحتقاني|فشل القلب|فشل قلبي
الاصبع الزنادي|اصبع زنادي|الاصبع الزناد|اصبع الزناد|التهاب في عصب التوازن|التهاب عصب التوازن|التهاب العصب الدهليزي
تمزق في المينيسك|تمزق المينيسك|تمزق في الغضروف الهلالي|تمزق الغضروف الهلالي|نزيف انغراس|نزيف الانغراس|قصور في صمامات الاورده|قصور صمامات الاورده|ضعف صمامات الاورده|قصور وريدي|القصور الوريدي|صرع|الصرع|نوبات صرع|نوبه صرع|صرع بؤري|نوبات صرع بؤريه
متلازمه ما بعد الكوفيد|متلازمه ما بعد كورونا|كوفيد طويل|الحموضه|حموضه|الارتجاع|ارتجاع المريء|نقص الحديد
روماتويد|الروماتويد|التهاب المفاصل الروماتويدي|هبوط سكر|هبوط السكر|هبوط في السكر
ظفر منغرز|الظفر منغرز|الظفر المنغرز|منغرز|ظفر غارز|ظفر ناشب|الظفر الناشب
الورم الميلانيني|ورم ميلانيني|ميلانوما|الميلانوما|سرطان الجلد|سرطان الخلايا القاعديه|النقرس|نقرس|تشنج المهبل|فقر الدم|فقر دم|انيميا|الانيميا|تورم في مركز الشبكيه|وذمه الشبكيه
تفاعل تحسسي|التفاعل التحسسي|رد فعل تحسسي|حساسيه من البنسلين
مدمن|مدمنه|مدمن حشيش|مدمن مخدرات|ادمان الحشيش|ادمان حشيش|ادمان المخدرات
ضعف السمع|ضعف سمع|فقدان السمع|نقص السمع|ارتجاع البول|الارتجاع البولي
السل|سل|الدرن|درن|معدي|معدية|معدياً|ناقل للعدوى|نزف داخل المفصل|نزيف في المفصل|فون ويلبراند|الهيموفيليا|هيموفيليا
مقاومة الإنسولين|مقاومة الانسولين|مقاومة انسولين|الشواك الأسود|ظفر غارز|الظفر الغارز|ظفر منغرس
شرى|الشرى|شرى كوليني|ارتيكاريا|الارتيكاريا|حصوة المرارة|حصوات المرارة|حصى المرارة|تسطح الرأس|التسطح|فقدان الشم|متلازمة تململ الساقين
الاكزيما|سن اليأس|انقطاع الطمث
باركنسون|الباركنسون|مرض باركنسون|شلل رعاش|الشلل الرعاش|الزهايمر|انقطاع النفس|انقطاع التنفس|انقطاع نفس|توقف التنفس|انقطاع النفس الانسدادي|فقر دم|فقر الدم|نقص الحديد|نقص حديد|عوز الحديد|جرثومه المعده|جرثومة المعدة
تراكم الشمع|تراكم شمع|شمع الاذن|زوائد جلديه|الزوائد الجلديه|زائده جلديه
قرح قلاعيه|قرحه قلاعيه|القرح القلاعيه|نقص فيتامين|نقص الفيتامين|نقص حديد|نقص الحديد|سلس بول|سلس البول|السلس|ضعف في التوتر العضلي|ضعف التوتر العضلي|نقص التوتر العضلي|هربس|الهربس|هربس شفوي
الحمي الصفراء|حمي صفراء|التيفويد|تيفويد|الكبد الوبائي|التهاب الكبد|الانفلونزا|انفلونزا|الحصبه|حصبه
ارتشاح|الارتشاح|ارتشاح في الشبكيه|اعتلال الشبكيه|جفاف الفم|متلازمه
ناسور|الناسور|ذئبه|الذئبه|الذئبه الحمراء|شق شرجي|الشق الشرجي|شرخ شرجي|الشرخ الشرجي|بواسير|البواسير|الحول|كسل العين|العين الكسوله
فقدان شهيه عصبي|فقدان الشهيه العصبي|شره مرضي|نهم عصبي|اضطراب اكل|اضطرابات اكل|شقيقه|الشقيقه|صداع نصفي|خلع ولادي|القدم الحنفاء|قدم حنفاء
سن الياس|سن اليأس|انقطاع الطمث|انقطاع الدوره|كلف اللثه|تصبغ اللثه
المشي علي اطراف الاصابع|المشي على اطراف الاصابع|المشي علي رؤوس الاصابع
لثغه|اللثغه|لدغه|اللدغه
ربو|الربو|حساسيه صدر|حساسيه الصدر|ازمه ربو
تسطح القدم|تسطح القدمين|تسطح في القدم|القدم المسطحه|فلات فوت
تضخم اللحميه|تضخم اللوز|لحميه متضخمه
فرط نشاط المثانه|مثانه مفرطه النشاط|المثانه العصبيه|سلس بولي
سكري حمل|سكري الحمل|السكري الحملي
ندبه|الندبه|نسيج الندبه|التصاقات|الالتصاقات
دوالي|الدوالي|دوالي بالخصيه|دوالي في الخصيه
ربطه لسان|ربطه اللسان|ربطه في اللسان|ربط اللسان|لسان مربوط|ربطه شفه|ربطه الشفه
خرف|الخرف|زهايمر|الزهايمر|الزهايمر المبكر|ضعف ادراكي|تقدم العمر|تقدم السن|كبر السن|النسيان الطبيعي
عضه معكوسه|عضه مفتوحه|تزاحم الاسنان|بروز الفك|توحد|التوحد|طيف التوحد|فرط الحركه|فرط حركه|تشتت الانتباه|تشتت انتباه|تاخر الكلام|تاخر كلام|تاخر في الكلام|تاخر النطق|تاخر لغوي|تاتاه|التاتاه|لدغه|اللدغه|خراج|اصابه|اصابات|الاصابه|التهاب|تسوس|سوس|عصب ملتهب|العصب ملتهب|العصب مات|العصب ميت|شرخ|كسر|حشو مكسور|الحشو مكسور|مدفون
جيوب لثويه|انحسار اللثه|حساسيه|شد عضلي|شد في|تمزق|التواء|ملخ|عرق النسا|انزلاق غضروفي|غضروف|ديسك|خشونه
كتف متجمد|تيبس|تشنج|فتق|التهاب اوتار|التهاب وتر|التهاب اللفافه|تآكل|تاكل المينا|صداع نصفي|جيوب انفيه
اكزيما|صدفيه|حب شباب|فطريات|انفلونزا|دور برد|فيروس|عدوي|نزله معويه|التهاب الزور|التهاب اللوز
عقده عضليه|عقد عضليه|عصب محشور|عصب مضغوط|انضغاط العصب|ضرس العقل (?:بيطلع|طالع|ملتهب|مدفون|بيزق)|التهاب اوتار|
التهاب الاذن|التهاب الودن|التهاب في الاذن|التهاب في الودن|التهاب الاذن الوسطي|شمع الاذن|شمع في الاذن|شمع في الودن|سده شمعيه|طنين|دوار الحركه|التهاب الجيوب|حساسيه الانف|حساسيه موسميه|حمي القش|لحميه|اللحميه|انحراف الحاجز|ارتجاع|ارتجاع المريء|جرثومه المعده|قولون|القولون|القولون العصبي
التهاب الملتحمه|رمد|جفاف العين|جفاف في العين|شحاذ|شحاذ العين|كاتاراكت|مياه بيضاء|مياه زرقاء|المياه البيضاء|المياه الزرقاء|جلوكوما|كسل العين|كسل في العين|قصر نظر|طول نظر|استجماتيزم|انحراف نظر
مغص الرضع|تسنين|التسنين|نزله برد|برد|البرد|زكام|جديري|جدري مائي|الجديري|حصبه|التهاب رئوي|التهاب شعبي|نزله شعبيه|اسهال|امساك|انيميا|فقر دم|نقص حديد|نقص الحديد|جفاف|طفح|طفح جلدي|التسلخات|تسلخ|تسلخات|ارتكاريا|الارتيكاريا
ثعلبه|حزام ناري|قوباء|قمل|سنطه|سنط|ثالول|ثؤلول|بهاق|ورديه|دمل|دمامل|فطريات القدم|قشره
براكستون هيكس|براكستون|انقباضات كاذبه|طلق كاذب|تكيس|تكيس المبايض|اكياس علي المبايض|كيس علي المبيض|بطانه رحم مهاجره|ورم ليفي|الياف رحميه|ليفه رحميه|تسمم حمل|سكر حمل|سكر الحمل|ضغط الحمل|اجهاض|تهديد بالاجهاض|حمل خارج الرحم|انقباضات كاذبه|طلق كاذب|المشيمه نازله|مشيمه نازله|انزيمات
هشاشه عظام|كسر اجهادي|الحول|حول في العين|كسل عين|كسل العين|كسل في العين|عين كسوله|قصر نظر|طول نظر|الاستجماتيزم|استجماتيزم|انحراف النظر|ضغط عصبي|ضغط نفسي|توتر عصبي|قولون عصبي|عدم تحمل اللاكتوز|حساسيه اللاكتوز|حساسيه الالبان|حساسيه القمح|السيلياك|بواسير|البواسير|شرخ شرجي|دهون علي الكبد|الكبد الدهني|حصوات المراره|حصوه المراره|قرحه المعده|قرحه|خفقان|عدم انتظام ضربات القلب|رجفان اذيني|ذبحه صدريه|جلطه|ازمه قلبيه|كوليسترول|الكوليسترول|ارتفاع الكوليسترول|ضغط عالي|ارتفاع ضغط الدم|هبوط الضغط|هبوط في الضغط|ما قبل السكري|الغده الدرقيه|خمول الغده|خمول في الغده|نشاط الغده|التهاب البروستاتا|تضخم البروستاتا|التهاب المثانه|التهاب المسالك|التهاب مسالك|حصوه|حصوات|حصي في الكلي|ضعف جنسي|ضعف الانتصاب|دوالي الخصيه|سلس البول|نوبه هلع|نوبات هلع|نوبات الهلع|نوبه الهلع|نوبات ذعر|نوبه ذعر|اضطراب الهلع|التهاب لثه|صرير الاسنان|قطع في الرباط|قطع الرباط|قطع في الغضروف|تمزق الغضروف|مسمار كعب|مسمار الكعب|شوكه عظميه|الشوكه العظميه|اصبع الزناد|كيس دهني|كيس زلالي|قدم مسطحه|فلات فوت|التواء الكاحل|فتق|انزلاق
صعر|الصعر|اعتلال شبكيه|اعتلال الشبكيه|اعتلال شبكيه سكري|اعتلال الشبكيه السكري|حصوات|الحصوات|حصوه|الحصوه|حصي الكلي|حصوات الكلي|صفرا|الصفرا|صفار|اليرقان|انسداد رئوي|الانسداد الرئوي|انسداد رئوي مزمن|مشكله في التكامل الحسي|اضطراب التكامل الحسي|اضطراب المعالجه الحسيه|فطريات بسيطه|تاخر نمو|تاخر النمو|تاخر بلوغ|تاخر البلوغ|قصر القامه|قصر قامه|بلوغ مبكر|البلوغ المبكر|تسطح بالقدم|تسطح بالقدمين|وذمه لمفيه|الوذمه اللمفيه|وذمه|الوذمه|دوار الوضعه|صرير الاسنان|طحن الاسنان|جز الاسنان|فرط تعرق|فرط التعرق|التعرق المفرط|تعرق زائد|حبسه|الحبسه|حبسه كلاميه|حبسه تعبيريه|افازيا|عسر البلع|عسر بلع|عسر النطق|تبول لا ?ارادي|التبول اللا ?ارادي|التبول الليلي|ندبه ضخاميه|ضخاميه|جدره|الجدره|كيلويد|صعر خلقي|ميل في الرقبه|ميل الرقبه|تسطح الراس|تسطح في الراس|مرفق لاعب التنس|مرفق لاعب الجولف|كوع لاعب التنس|كوع التنس|مرفق التنس|اجهاد عضلي|اجهاد|كدمه|نقص فيتامين|هشاشه|روماتيزم|نقرس|خشونه الركبه|تقلص عضلي
وسواس قهري|الوسواس القهري|وسواس|الوسواس|وساوس|قلق عام|القلق العام|اضطراب القلق|ضمور بقعي|الضمور البقعي|ضمور الشبكيه|ضمور البقعه|انفصال الشبكيه|اكتئاب ما بعد الولاده|اكتئاب بعد الولاده
سيلياك|حساسيه القمح|حساسيه الجلوتين|حساسيه الجلوتين|رفض الكليه|رفض للكليه|رفض للكلي|حصي|حصي بالمراره|حصي في المراره|عسر قراءه|عسر القراءه|عسر في القراءه|ديسلكسيا|رفض الكلي|رفض العضو|حساسيه الانف|حساسيه موسميه|فطريات الاظافر|فطر الاظافر|فطريات الرجل|الصيبان|صيبان|ضعف الحيوانات المنويه|قله الحيوانات المنويه|قله عدد الحيوانات المنويه|خلايا غير طبيعيه|تغيرات في عنق الرحم|عسر الاداء الحركي|ديسبراكسيا
جدري المي|جدري الماء|الجدري|جديري|الجرب|جرب الجلد|القوباء|قوباء|السمنه|سمنه|الوزن الزايد|زياده الوزن|الشلل الدماغي|شلل دماغي
حرق|حروق|الحرق|حرق من الدرجه الاولي|حرق من الدرجه الثانيه|حرق من الدرجه الثالثه|وارديه|ورديه|الورديه|الحزاز المسطح|حزاز مسطح|السكري من النوع الاول|سكري النوع الاول|العرج المتقطع|انسداد الشرايين|ضيق الشرايين
البلل الليلي|بلل ليلي|بلل الفراش|التبول في الفراش|تبليل الفراش|انتكاسه|الانتكاسه|انتكاسات|الانتكاسات|قصور القلب|فشل القلب|ضعف عضله القلب
ضعف الانتصاب|ضعف انتصاب|الضعف الجنسي|ضعف جنسي|سرعه القذف|القذف المبكر|هبوط المثانه|هبوط بالمثانه|هبوط الرحم|هبوط بالرحم|هبوط الحوض|تساقط الشعر|تساقط شعر
توسع القصبات|توسع في القصبات|توسع الشعب الهوائيه|تقوس الساقين|تقوس الرجلين|تقوس في الرجلين|الركبه الروحاء|تقارب الركبتين|الوذمه الشحميه|الوذمه الدهنيه|الليبيديما|ليبيديما|رائحه الفم|ريحه الفم|ريحه التم|رائحه الفم الكريهه|البخر الفموي|حصى اللوزتين|حصوات اللوزتين|حصي اللوزتين|جفاف الفم|نشفان التم|الرخويه المعديه|المليساء|المليساء المعديه|التهاب الفقار اللاصق
البواسير|بواسير|الباسور|باسور|البواسير الخارجيه|شرخ شرجي|الشرخ الشرجي|شرخ في الشرج|الناسور|ناسور|فطريات الاظافر|فطريات الاظافر|فطر الاظافر|فطريات الظفر|الثلاسيميا|ثلاسيميا|زياده الحديد|حديد زايد|السيلياك|سيلياك|حساسيه القمح|حساسيه الجلوتين|حساسيه الغلوتين|عدم تحمل اللاكتوز|ربط اللسان|اللسان المربوط|لجام اللسان|الحول|كسل العين|العين الكسولة|العين الكسوله|صرير الاسنان|طحن الاسنان|تزييق الاسنان|اضطراب المفصل الصدغي|عدم انتظام ضربات القلب|اضطراب نظم القلب|الرجفان الاذيني|خفقان|الخفقان|تسارع القلب|تشققات الحلمه|تشقق الحلمات|الكالو|مسمار القدم|تشقق الكعب
عقده درقيه|العقده الدرقيه|تينيا|تينيا القدم|قدم الرياضي|فطريات|الفطريات|التهاب في وتر|التهاب وتر|التهاب الوتر|عقيدات علي الاحبال الصوتيه|عقيدات صوتيه|عقيدات الاحبال الصوتيه|زوايد علي الاحبال الصوتيه|تعرق تعويضي|التعرق التعويضي|حول بسيط|حول خفيف|حول كاذب|كيس شوكولاته|كيس دموي|كيس علي المبيض|كيس على المبيض|كيس في المبيض|اكياس علي المبيض|التهاب مجاري بوليه|التهاب مجاري البول|التهاب في المجاري البوليه|سوايل ورا الطبله|سوايل ورا طبله الاذن|سوايل خلف طبله الاذن|سوايل في الاذن الوسطي|تضخم|متضخمه|عقد درقيه|تضخم الغده|تضخم الغده الدرقيه|الغده متضخمه|كسر اجهادي|كسر الاجهاد|كسور الاجهاد|التهاب القولون التقرحي|كرون|داء كرون|مرض كرون|جلطه|الجلطه|جلطه في الرجل|جلطه الساق|تخثر|الخطوط البيضاء|علامات التمدد|تشققات الجلد|السترتش ماركس|تضيق المريء|تضيق في المريء|ارتخاء المريء
جرثومه المعده|جرثومه معده|جرثومه الحلزونيه|الجرثومه الحلزونيه|قرحه المعده|قرحه الاثني عشر|التهاب المعده|حساسيه البيض|حساسيه الحليب|حساسيه الفول السوداني
ليمفوديما|الليمفوديما|ليمفيديما|الليمفيديما|وذمه لمفيه|الوذمه اللمفيه|قصور وريدي|القصور الوريدي|صلع وراثي|الصلع الوراثي
ضعف الدوره الدمويه|ضعف في الدوره الدمويه|ضعفا في الدوره الدمويه|ضعف بالدوره الدمويه|ضعف دوره دمويه|مقاومه الانسولين|مقاومه انسولين|نوبات صرع|صرع|الصرع
صداع عنقودي|الصداع العنقودي|التهاب فالمثانه|التهاب في المثانه|خراج مزمن
داء [^\\s،.]+|متلازمه [^\\s،.]+
اعتلال اعصاب|اعتلال الاعصاب|اعتلال عصبي|اضطراب في المعالجه السمعيه
تشتت انتباه|تشتت الانتباه
`);

/** Treatments and home care: what a recommendation recommends. */
export const EN_TREATMENTS = alternation(`
miradry|posture correctors?|wet combing|nit combs?|lice shampoos?|chemical shampoos?|(?:av[ ]|arteriovenous[ ])?fistula creation|av fistula|av graft|permanent catheter
metatarsal pads?|wider shoes
(?:monofocal|multifocal|trifocal|toric|edof|premium|intraocular)[ ]lens(?:es)?|monofocals|multifocals|fenugreek(?:[ ]tea|[ ]seeds|[ ]capsules)?|moringa|lactation cookies|epsom salts?
bracing|custom brace|back brace|scoliosis brace|night brace|boston brace|orthodontic wax|dental wax|ortho wax
vaping|e-cigarettes?|nicotine replacement(?:[ ]therapy)?|nrt|peritoneal dialysis|ha?emodialysis|cabbage leaves|(?:pressure-relief|pressure relief) cushion
cross-linking|corneal cross-linking|pulmonary rehab(?:ilitation)?|bipap|cpap(?:[ ]machine)?|(?:home )?ventilator(?:[ ]setup)?|fue|dhi|oral typhoid (?:capsules|vaccine)|typhoid (?:injection|vaccine)
pendulum (?:swings|exercises)|finger walks|wall walks|wall crawls|shoulder stretches
(?:rsv|flu|routine|baby|childhood) (?:vaccines?|vaccinations?|jabs?|shots?|immuni[sz]ations?)|rsv (?:antibody|injection)|vaccines|vaccinations
sound therapy|tinnitus retraining therapy|electrical stimulation
mmr|the mmr|mmr vaccine|measles (?:vaccine|dose|jab|shot)|early measles dose|iv iron infusion|biofeedback|dilators|frozen off|freezing it off
detox(?:ification)?(?:[ ]programmes?|[ ]programs?)?|medically supervised withdrawal
nasoalveolar mou?lding|nam|lip taping
sclerotherapy|gluten-free(?:,? casein-free)? diet|casein-free diet|weighted blanket
yag laser|yag(?:[ ]capsulotomy)?|keto diet|ketogenic diet|honey and ginger tea|ginger tea|warm honey
full course|whole course
hearing aids?|behind-the-ear(?:[ ]aids?)?|in-the-ear(?:[ ]aids?)?|in-the-canal(?:[ ]aids?)?|receiver-in-canal(?:[ ]aids?)?|(?:bte|ite|ric)[ ]aids?|cochlear[ ]implants?|icsi|intracytoplasmic sperm injection|embryo transfer|egg freezing
iv fluids|intravenous fluids|a drip|hospital admission|to be admitted|negative pressure(?:[ ]wound)?[ ]therapy|wound vac|vac therapy|hydrotherapy|pool sessions?
prosthes[ie]s|new prosthesis|liner(?:[ ]replacement)?|transfusions?|exchange transfusion|blood transfusion
silicone (?:sheets?|gel|strips|tape|dressings?)|pressure garments?|growth hormone(?:[ ]injections|[ ]therapy|[ ]treatment)?|helmet(?:[ ]therapy)?|cranial (?:orthosis|helmet)|biologic(?:s|[ ]injections)?
feeding tube|ng tube|nasogastric tube|peg tube|dialysis|night splint|thicken(?:ing)?[ ](?:his|her|your|their|the)[ ](?:drinks|fluids|liquids|water)
schroth(?:[ ]sessions?|[ ]exercises|[ ]therapy|[ ]method)?|aba(?:[ ]therapy|[ ]sessions?)?|firmer mattress|hrt|hormone replacement(?: therapy)?
sedation|iv sedation|nitrous oxide|laughing gas|emdr|cbt|cognitive behavio(?:u)?ral therapy|talking therapy|exposure therapy|phonics|coloured overlays?|colored overlays?
iron infusions?|iv iron|intravenous iron|infusions?|iron injections?|(?:soft|hard|contact|rigid|scleral|rgp|gas[- ]permeable|toric) lens(?:es)?|lenses
gum grafts?|bladder (?:re)?training|timed voiding|bone grafts?|bone grafting|sinus lifts?|(?:morning )?sunlight|(?:morning )?sunshine|sun exposure
weighted blankets?|brushing protocol|silver dressings?|antifungal powder
lithotripsy|eswl|shock-?wave (?:lithotripsy|therapy|treatment)|ankle pumps|walking frame|zimmer frame|walker|crutches|shingles vaccine|hpv vaccine|fluoride varnish|varnish
epley(?: manoeuvre| maneuver)?|repositioning (?:manoeuvre|maneuver|session)s?|compression (?:sleeves?|stockings?|garments?|socks|bandag(?:e|es|ing))|night ?guards?
iontophoresis|thickeners?|thickened (?:drinks|fluids|liquids)|thickening (?:powder|agent)
immunotherapy|allergy shots|allergy injections|allergy drops|sublingual (?:drops|tablets)
yellow fever|typhoid|hepatitis a|hepatitis b|rabies|cholera|malaria tablets|malaria pills|antimalarials?|kinesio taping|taping|palatal expander|expander|cpap(?: machine| mask)?|bipap|tea tree oil|tea tree|ice(?: pack)?|icing|heat(?: pack)?|hot pack|cold pack|(?:cold|warm|hot) compress|compress|frozen (?:water bottle|peas)
nasal (?:rinse|irrigation|wash)|oat(?:meal)? baths?|saline(?: rinse| spray| drops| solution)?|steam(?: inhalation)?|humidifier|(?:warm )?olive oil|eye patch|patching|rehydration (?:salts|solution)|electrolytes?|teething (?:ring|gel|toy)|gripe water|(?:cool|lukewarm|tepid) (?:bath|sponge)|sponging|nebuli[sz]er|inhaler|puffer|pelvic floor exercises|kegels?|compression stockings|support belt|maternity belt|tens(?: machine)?|moon boot|walking boot|neck collar
salt ?water|saltwater|warm water|rinse|rinsing|gargle|soft(?:-bristled)? (?:tooth)?brush|floss(?:ing)?|elevat(?:e|ed|ing)
rest(?:ing)?|brace|splint|pavlik harness|harness|ponseti(?: casting| method)?|serial casting|boots and bar|abduction brace|night ?guard|mouth ?guard|retainers?|aligners?|(?:aligner|whitening|bleaching) trays?|elastics|rubber bands|expander|headgear|hearing aids?|glasses|spectacles|bandage|strapping|taping|crutches|sling|(?:plenty|lots) of (?:water|fluids)|fluids
stretch(?:es|ing)?|exercises?|foam roll(?:er|ing)?|tennis ball|massag(?:e|ing)|strengthening|mobility work
root canal(?: treatment)?|filling|crown|extraction|implant|deep clean(?:ing)?|scaling|dry needling|physio(?:therapy)?(?!\\s+(?:will|can|'ll|would|should|may|needs?|is|has)\\b)
surgery|injection|antibiotics?|painkillers?|medication|tablets?|pills?|weight-bearing|putting weight|weight on it
(?:hot|cold|hard|sweet|sugary|spicy|crunchy|sticky|chewy) (?:foods?|drinks?|things)|brush(?:ing)? gently|gentle brushing
moisturi[sz]er|moisturi[sz]ing cream|cream|lotion|sunscreen|(?:sensitivity |fluoride )?toothpaste|(?:whitening )?gel|whitening strips|(?:face )?wash|cleanser|hot bath|warm bath|(?:warm )?sitz baths?|epsom salts?
shockwave(?: therapy)?|ultrasound therapy|laser therapy|acupuncture|manipulation|orthotics|insoles|cupping|braces|veneers|bridge|dentures
gauze|cotton (?:bud|ball|pad|roll|wool)s?|pillow|rolled towel|heating pad|heat pad|hot water bottle|kinesio tape|knee support|support bandage
(?:soft|liquid|cold|bland|mushy) (?:foods?|diet|things)|(?:orange |apple |fruit )?juice|glucose(?: tablets| gel)?|dextrose|sugary drinks?|practi[cs]e|practi[cs]ing|breathing exercises|(?:morning|evening|night|bedtime|daily|pressure|glaucoma) drops|(?:soft )?stress ball|squeeze ball|(?:therapy|hand) putty|(?:slow |deep |belly |box )breathing|(?:glass|cup|mug) of (?:warm )?milk|warm milk|speech exercises|slow speech|easy[- ]onset|nasal breathing|ginger(?: tea| biscuits)?|peppermint tea|chamomile|honey|aloe vera|coconut oil|bed ?rest|dose|dosage|vitamins?(?: [a-z]\\d{0,2})?|multivitamins?|pediasure|supplements?|iron tablets|calcium|magnesium|zinc|omega[- ]?3|fish oil|glucosamine|collagen|melatonin|probiotics?
erp|exposure and response prevention|anti-vegf(?:[ ]injections?)?|eye injections?
double nappy|double nappies|double nappying|double diaper(?:s|ing)?|double diapering
pump|insulin pump|pump therapy|cool (?:running[ ])?water|cold running water|running water|cling ?film
duct tape|duct-tape|aniseed|anise|fennel tea|chamomile tea|oxygen therapy|100% oxygen|high-flow oxygen
biofeedback|pelvic floor (?:exercises|training|physio(?:therapy)?)|kegels?|kegel exercises|sulfate-free shampoo|sulphate-free shampoo
pacifier|dummy|dummies|soother|thumb guard|tongue crib|habit appliance|cold turkey|weaning
spearmint tea|spearmint
foot soaks?|soaking (?:your|his|her|the) (?:feet|foot|hands?|nails?)|pumice stones?
`);

export const AR_TREATMENTS = alternation(`
محلول معالجه الجفاف|محلول معالجه جفاف|محلول الجفاف|محاليل الجفاف|محلول جفاف|محلول الارواء|محلول ارواء
العلاج بحركه العين|علاج بحركه العين|جلسات حركه العين|العلاج المعرفي السلوكي|العلاج السلوكي المعرفي|علاج معرفي سلوكي
ترويض|ترويض النطق|حبوب الملاريا|دواء الملاريا|فازلين|الفازلين
بتر|البتر|ضماد|ضمادات|الضماد|الضمادات|شاش|الشاش
الترويض الطبي|ترويض طبي|الترويض|العدسه المتعدده البؤر|عدسه متعدده البؤر|العدسه الاحاديه|عدسه احاديه البؤر|العدسه الاحاديه البؤر|مضاد حساسيه|مضادات الحساسيه|مضاد الحساسيه
نظاره طبيه|نظارات طبيه|غسيل كلوي|الغسيل الكلوي|غسيل الكلي|جلسه الغسيل|جلسات الغسيل|الماء الدافي|المويه الدافيه
التحفيز الكهربائي|تحفيز كهربائي|البيوفيدباك|بيوفيدباك
زراعه القوقعه|زراعه قوقعه|القوقعه|قوقعه|القوقعه الالكترونيه|قوقعه الكترونيه
جلسات النطق|جلسات نطق|علاج النطق|العلاج الوظيفي|علاج وظيفي|اليود المشع|باليود المشع
العلاج الرباعي|العلاج الثلاثي|علاج رباعي|علاج ثلاثي
تسريب حديد|تسريب الحديد|حديد وريدي|الحديد الوريدي|ابر حديد|ابر الحديد
سحب السموم|برنامج سحب السموم|ازاله السموم|ديتوكس
محاليل|المحاليل|محاليل وريدية|تعليق محاليل|ترميم|الترميم|تلبيسة
خوذه|الخوذه|خوذه علاجيه|لصقات السيليكون|جل السيليكون|شرائح السيليكون|هرمون النمو|ابر هرمون النمو
تكثيف السوائل|سوائل مكثفة|تثقيل السوائل|مكثف السوائل|مكثف القوام
انبوب التغذيه|انبوب تغذيه|انبوب الاكل|انبوب المعده|غسيل كلوي|الغسيل الكلوي|غسيل الكلي|غسيل كلي|ديلزه|الديلزه|غسيل دموي
حديد وريدي|الحديد الوريدي|حقن الحديد|حقنه الحديد|حقنه حديد|ابر الحديد|ابره الحديد|ابره حديد|تسريب الحديد|محلول الحديد|العدسات|عدسات|العدسات اللاصقه|عدسات لاصقه
تكامل حسي|جلسات تكامل حسي|تخدير كلي|التخدير الكلي|تخدير عام|بنج كلي|كمادات ثلج|بخاخ
كم ضاغط|الكم الضاغط|جوارب ضاغطه|الجوارب الضاغطه|ملابس ضاغطه|رباط ضاغط|فرش طبي|فرشه طبيه|نعل طبي|واقي ليلي|واق ليلي|الواقي الليلي|مناوره ايبلي|تمرين ايبلي|كوبايه لبن|كوب حليب
التاين الكهربائي|تاين كهربائي|مكثف السوائل|مكثف القوام|تكثيف السوائل
cpap|bipap|سي باب|سيباب|جهاز التنفس|جهاز السيباب
اطفال الانابيب|الحقن المجهري|حقن مجهري|تجميد البويضات|التجميد|التلقيح الصناعي|تلقيح صناعي
فينير|الفينير|فينيرز|كومبوزيت|الكومبوزيت|لومينير|عدسات الاسنان
علاج وظيفي|العلاج الوظيفي|جلسات العلاج الوظيفي|علاج النطق|تخاطب|جلسات التخاطب|تعديل سلوك
مويه دافيه|مويه دافئه|مويه وملح|مويه بملح|ماء وملح|ماء بملح|ماء دافي|ماء فاتر
علاج مناعي|العلاج المناعي|علاج مناعي تحت اللسان|قطرات تحت اللسان|حقن الحساسيه|ابر الحساسيه|ابر التحسس
طقم|الطقم|طقم التقويم|الريتينر|مثبت التقويم
تلج|ثلج|كمادات|كماده|ميه دافيه|ميه وملح|مية وملح|ماء دافئ|ملح|مضمضه|غرغره|فرشه ناعمه|خيط الاسنان
زيت زيتون|زيت الزيتون|زيت دافي|حمام شوفان|حمام الشوفان|شوفان|بخار|البخار|استنشاق|غسول الانف|ميه بملح|كمادات فاتره|حمام دافي|حمام فاتر|نيبولايزر|جلسه بخار|جلسات بخار|حزام الحمل|جبس|الجبس|عكاز|عكازات|عكازين|كولار|تمارين قاع الحوض|تمارين كيجل|شراب الشعير|كراوية
قص اللجام|قص لجام اللسان|فك اللجام|بطانيه تقيله|بطانيه ثقيله|تمرين التنفس|تمارين التنفس|تمرين تنفس|تمارين تنفس|ماصاج|الماصاج|مساج|راحه|ريح|رفع الرجل|ارفع رجلك|رباط|جبيره|دعامه|تمارين|تمرين|اطاله|تدليك|مساج|علاج عصب|علاج العصب
مرطب|معجون|كريم مرطب|كريم موضعي|واقي شمس|الاكل الناشف|الحاجات الساقعه|الحاجات السخنه|السكريات|الحلويات|المجهود|الرياضه|الجري
تطعيم|التطعيم|تطعيمات|لقاح|اللقاح|لقاحات|حشو|حشوه|تركيب|طربوش|تاج|التاج|تيجان|تلبيسه|خلع|زراعه|تنظيف|ترقيع عظم|ترقيع العظم|ترقيع|رفع الجيب|رفع جيب|زرع عظم|تطعيم عظم|علاج طبيعي|عمليه|جراحه|ابر|حقن|دوا|دواء|دواك|دواكي|دواج|دواه|دواها|دوايك|دوائك|دواءك|ادويه|برشام|حبوب|اقراص
شاش|الشاش|قطنه|قطن|مخده|المخده|مخدتين|مخدات|وساده|خيط|الخيط|جرعه|الجرعه|ميه كتير|مية كتير|مياه كتير|سوائل كتير|حزام|مشد|كوليه|رباط ضاغط|اكل طري|اكل بارد|حاجات بارده|حاجات طريه|شفاطه|الشفاطه
سوائل مكثفه|السوائل المكثفه|مكثف السوائل|علاج هرموني|العلاج الهرموني|علاج بالهرمونات|العلاج بالهرمونات|جهاز توسيع الفك|جهاز توسيع فك|جهاز توسيع|موسع الفك|موسع فك|شاي زنجبيل|زنجبيل|الزنجبيل|شاي الحلبه|شاي حلبه|الحلبه|حلبه|القرفه|قرفه|بالقرفه|الكركم|كركم|فص توم|فص ثوم|توم|ثوم|قرنفل|القرنفل|ينسون|يانسون|بابونج|كراويه|نعناع|عسل|خل التفاح|الصبار|الوفيرا|زيت جوز الهند|راحه تامه|الراحه التامه|مرطب لطيف|
فيتامين(?: د| ب| سي| [a-z]{1,3})?|فيتامينات|مكملات|مكمل غذائي|حديد|كالسيوم|ماغنسيوم|زنك|اوميجا|اوميغا
حفاضتين|حفاضه مزدوجه|حفاضات مزدوجه|حفاضتين فوق بعض
تفتيت|التفتيت|تفتيت الحصي|تفتيت الحصوه|تفتيت بالموجات|منظار الحالب
ينسون|الينسون|يانسون|اليانسون|كراويه|الكراويه|شمر|الشمر|بابونج|البابونج|ميرميه|الميرميه|زنجبيل|الزنجبيل
تمارين كيغل|تمارين كيجل|كيغل|كيجل|تمارين قاع الحوض
السجاير الالكترونيه|سجاير الكترونيه|السيجاره الالكترونيه|الفيب|فيب
الصباط الطبي|صباط طبي|الصبابط الطبيه|الحذاء الطبي|حذاء طبي|الاحذيه الطبيه|النعل الطبي|نعل طبي|النعال الطبيه|الجبيره الليليه|جبيره ليليه
تمارين التمطيط|التمطيط|تمارين التمديد|تمارين الاطاله|تمارين الشد
حميه منخفضه|حميه قليله|حميه خاليه|حميه الفودماب|حميه منخفضه الفودماب
الموجات الصادمه|موجات صادمه|العلاج بالموجات الصادمه|جلسات الموجات الصادمه
`);

// --- clinical context -------------------------------------------------------
// Words that make a clause about the patient's body or care. The advice
// constructions in medical-advice.ts (permission, safety, reassurance, a
// physical instruction, an effect claim) are advice only next to one of these.

/** Body parts that are unambiguous on their own. */
export const EN_BODY_PARTS = alternation(`
liver|gallbladder|pancreas|stomach lining|gut|veins?|arteries|heart
nails?|nail beds?|nail edges?
tonsils?|adenoids?
teeth|tooth|gums?|jaw|tongue|lips?|cheeks?|socket|nerve|molars?|wisdom tooth|enamel|knees?|neck|shoulders?|elbows?|wrists?
ankles?|heels?|calf|calves|hamstrings?|thighs?|shins?|spine|discs?|muscles?|tendons?|ligaments?|joints?|skin|throat|bones?
fingers?|toes?|glutes?|quads?|pelvis|tailbone|womb|uterus|cervix|ovar(?:y|ies)|scalp|pores|lower back|upper back|sciatic nerve|rotator cuff|achilles|it band|posture
eardrums?|ear canals?|middle ear|inner ear|sinus(?:es)?|nasal passages?|nostrils?|nose|tonsils?|adenoids|larynx|vocal cords|eyelids?|eyelashes|cornea|retina|pupils?|tear ducts?
belly button|navel|tummy|bowels?|bladder|kidneys?|lungs?|airways?|breasts?|nipples?|placenta|baby bump|fetus|foetus|pelvic floor|vagina|vaginal|perineum|abdomen|abdominal
kneecaps?|patella|meniscus|acl|mcl|cartilage|ribs?|rib cage|collarbone|clavicle|vertebrae?|sacrum|coccyx|forearms?|biceps|triceps|trapezius|plantar fascia|big toe|toenails?|fingernails?|forehead|eyebrows?|glands?|lymph nodes
fascia
`);

/** Body parts that are also ordinary words ("come back", "head office", "on foot"): only after a possessive or a determiner. */
export const EN_DETERMINED_BODY_PARTS = String.raw`(?:your|my|his|her|their|the|that|this|both|each|either|sore|bad|affected|injured|painful|stiff|swollen|left|right)\s+(?:[a-z]+\s+)?(?:back|head|arms?|hands?|face|chest|core|arch(?:es)?|feet|foot|legs?|hips?|eyes?|ears?|side|stomach)`;

export const EN_SYMPTOMS = alternation(`
gagging|gags
(?:not\\s+)?(?:rolling over|sitting up|crawling|babbling)(?:\\s+yet)?
blisters?|clenching|outbreaks?
inward turn|turning in|crossed eyes?|squint(?:ing)?
heaviness|yellowing|yellow skin|ringing in (?:the|your|his|her|both) ears|ringing ears
stammer(?:ing)?|stutter(?:ing)?|(?:speech )?blocks
put(?:ting)? on weight|weight gain|gaining weight|dry cough|lingering cough
late talk(?:er|ing)|speech delay|delayed speech|(?:start|starts|started|starting) talking|(?:isn't|is not|not) talking yet
low platelets?|platelet count|low haemoglobin|low hemoglobin|low ferritin|low iron
episodes?|night terrors|sleep terrors|nightmares|sleepwalking
spit-?ups?|spitting up|posseting
white patches|pale patches|sunburn|sun damage
(?:heart )?murmurs?|skipped beats?
forgetting (?:names|things|words|appointments)|forgetfulness|memory (?:loss|lapses|problems)|senior moments?
night sweats|hot flushes|hot flashes
pain|painful|aches?|aching|sore(?:ness)?|swelling|swollen|bleeding|bleeds?|sensitivity|sensitive|stiff(?:ness)?|throbbing
numb(?:ness)?|tingling|cramps?|cramping|dizz(?:y|iness)|fever|rash|itch(?:y|ing)?|inflam(?:ed|mation)|bruis(?:e|ed|ing)
tender(?:ness)?|discomfort|hurts?|hurting|clicking|spasms?|headaches?|toothache|backache|infection|infected|pus|weakness|stinging
irritation|irritated|knots?|tightness
spotting|nausea|morning sickness|vomiting|heartburn|discharge|contractions?|period pain|flakes|flaking|peeling|dryness|redness|itchiness
ringing|buzzing|blocked|blockage|snoring|snores?|mucus|phlegm|palpitations|fluttering|racing heart|heart racing|skipped beats?|chest pain|chest tightness|tight chest|high (?:blood pressure|bp)(?: readings?)?|blood pressure (?:readings?|spikes?)|light-?headed(?:ness)?|fainting|thirst|frequent urination|burning when (?:you )?(?:urinate|pee)|blood in (?:the |your )?urine|weak stream|night sweats|indigestion|congestion|congested|stuffy|runny nose|sneez(?:e|es|ing)|cough(?:s|ing)?|sore throat|hoarse(?:ness)?|ear ?ache|earaches|blurry|blurred vision|blurriness|floaters|flashes|watery eyes|itchy eyes|red eyes?|eye pain|light sensitivity|double vision
diarrh(?:o)?ea|constipat(?:ed|ion)|high temperature|a temperature|fussy|fussiness|teething|drooling|hives|wheez(?:e|y|ing)|shortness of breath|breathless(?:ness)?|fatigue|bloat(?:ed|ing)|swollen (?:ankles|feet)|reduced (?:fetal |baby )?movements|baby's movements|kicks|lumps?|limp(?:ing)?|locking|giving way|popping|grinding|pins and needles|burning|shooting pain|radiating|flare-?ups?|flares?|nosebleeds?|cramp
dark spots|pigmentation|melasma|blemishes|breakouts?|pimples?|scars?|scarring|wrinkles|fine lines|stretch marks|hair loss|pores
heal|heals|healing|healed|injury|injuries|injured|wound|stitches|symptoms?|medication|medicines?|prescription|dose|dosage
intrusive thoughts|unwanted thoughts|obsessive thoughts|compulsions|compulsive (?:checking|washing|cleaning)
weak erections|erection problems|erectile (?:problems|difficulties)|low libido|low sex drive|premature ejaculation|eyes crossing|eye crossing|cross-eyed|thinning|hair thinning|thinning hair|hair fall|hair shedding|shedding
shaky|shakiness|sweaty|light-headed|lightheaded
wet nights|night wetting|night-time wetting|bed-?wetting|wetting the bed
difficulty swallowing|trouble swallowing|weight loss|halos|glare
`);

/** What a patient may be told to do, stop or go back to. */
export const EN_ACTIVITIES = alternation(`
naps?|napping|daytime naps?|afternoon naps?
(?:gentle|regular|\\d+-minute|\\d+ minute) walks?|walks? after (?:each |every |your )?meals?
walking(?![ -](?:distance|frame|aid|stick|boot|cane))|brisk walks?|daily walks?|evening walks?|morning walks?
fasting|to fast|the fast|ramadan fast|the ramadan fast
screen time|screens|tablet time
jog(?:ging)?|running|gym|work(?:ing)? ?outs?|working out|exercis(?:e|es|ing)|training|sports?|football|soccer|tennis|padel
basketball|swimming|swim|lifting|weights|cycling|yoga|pilates|hiking|smoking|smoke|alcohol|straws?|spitting|chewing|flossing
brushing|sleeping|squats?|lunges?|stretch(?:es|ing)?|heavy lifting|climbing|contact sports|(?:hot|cold|hard|solid|spicy|sticky) (?:foods?|drinks?)
kneeling|bending|weight-bearing|putting weight|(?:anything|something) heavy|heavy (?:bags|things|objects)
lie (?:down|flat)|lying (?:down|flat)|rub(?:bing)?|touch(?:ing)? (?:the area|your face|it)|pick(?:ing)?(?: at)?|scratch(?:ing)?|make-?up|saunas?|steam rooms?|tight underwear|hot showers?
sun exposure|sunbathing|the sun|direct sun(?:light)?|sunlight|tanning|waxing|exfoliat(?:e|ing|ors?)|scrubs?|facials?|bending over|sex|intercourse|long flights?
flying|flights?|air travel|diving|scuba|earbuds|earphones|headphones|cotton buds|q-tips|contact lenses|(?:wearing )?contacts|eye make-?up|rubbing (?:your |their )?eyes|blowing (?:your|their) nose|high heels|swimming pools?|pools
swaddl(?:e|es|ed|ing)|tight swaddling
hot baths|hot showers|hot tubs?|jacuzzis?
dyeing (?:your|her|his) hair|hair dye|bleaching (?:your|her|his) hair|tight hairstyles|tight ponytails
`);

/** Food and drink a patient may be told to avoid for a while (not a clinical word by itself: "coffee in the waiting area"). */
export const EN_DIET = alternation(`
formula|thickened formula|anti-reflux formula|goat(?:'s)? milk|soy milk
nuts|peanuts|tree nuts|eggs|shellfish|seafood|sesame
gluten|casein|gluten-free|casein-free|elimination diet|keto diet|low-carb diet|[a-z]+-free diet
dairy|milk|caffeine|coffee|tea|energy drinks|fatty foods?|processed foods?|red meat|salty foods?|junk food|sushi|raw fish|raw eggs?|soft cheeses?|blue cheese|unpasteuri[sz]ed|liver|p[aâ]t[eé]|deli meats?|cured meats?|high-mercury fish|undercooked|fizzy drinks|soft drinks|sugar|sweets|chocolate|alcohol|spicy food|fried food|salt|nuts|popcorn|(?:white )?bread|(?:white )?rice|pasta|carbs|carbohydrates|biscuits|cakes|protein|red meat
bananas|oranges|tomatoes|potatoes|avocados|spinach|potassium|phosphorus
juice|juices|fizzy drinks|soda|sweets|sugary snacks|drinks|fluids|liquids
lactose-free milk|oats
cheeses?|aged cheeses?|hard cheeses?|red wine|wine|beer|citrus(?: fruits?)?|crisps
onions?|garlic|chickpeas|beans|lentils|legumes|pulses|cabbage|broccoli|cauliflower
apples?|pears?|celery|raw (?:fruit|vegetables|veg)
`);

/** Tests a clinician orders. */
export const EN_TESTS = alternation(`
pulmonary function tests?|pfts?
psa(?:[ ]tests?|[ ]levels?|[ ]readings?)?
visual field (?:tests?|checks?)|field tests?|perimetry|oct (?:scans?|tests?|imaging)|(?:eye )?pressure (?:checks?|tests?)
(?:full )?hormone (?:panel|profile)|(?:yearly|annual|eye|retinal|diabetic eye) (?:screenings?|checks?|exams?)
(?:hearing )?retests?|hearing screens?|hearing screening|newborn screening|t-scores?|bone density (?:scans?|tests?)|dexa(?:[ ]scans?)?
creatinine|egfr|hba1c|a1c|tacrolimus levels?|trough levels?
spirometry|lung function tests?|peak flow
x-rays?|xrays?|scans?|mri|ct scan|home (?:sleep )?tests?|home sleep stud(?:y|ies)|(?:pet-|pet |plain |low-dose )?ct|pet(?:-ct| scan)|ultrasound|blood tests?|blood work|imaging|biopsy|fna|fine needle aspiration|(?:any )?treatment
mammograms?|mammography|breast ultrasound|dmsa(?:[ ]scan)?|mcug|voiding cystourethrogram|urodynamics|urodynamic (?:study|studies|test|testing)|sleep stud(?:y|ies)|polysomnography|iron panel|iron studies|ferritin test|echo|echocardiograms?|ecgs?|ekgs?|holter(?:[ ]monitor)?|stress tests?|exercise tests?|treadmill tests?|eegs?|video eeg|dopplers?(?:[ ]scans?)?
(?:glucose|sugar|hearing|eye|vision|allergy|sleep|pregnancy|urine|stool|thyroid|iron|hormone|kidney function)[ ]tests?
semen analysis|sperm test|(?:sperm[ ])?dna fragmentation(?:[ ]test)?|colposcopy|smear test|pap smear|pap test|hpv test|co-test(?:ing)?|endoscopy|antibody test|ttg(?:[ ]test)?|brain mri|biopsy
tsh|ferritin|thyroid (?:function[ ])?tests?|iron (?:studies|levels?)|mslt|multiple sleep latency test
bronchoscopy|sputum cultures?|sputum tests?|hla-b27(?:[ ]test)?
video monitoring|(?:24-hour |48-hour )?monitoring
`);

/** What makes a treatment safe or not for this patient. */
export const EN_PATIENT_STATES = alternation(`
growth spurts?
preemies|premature babies|prematurity|corrected age|born (?:early|premature(?:ly)?|at \\d+ weeks)|delivery|giving birth|childbirth
pregnan(?:t|cy)|trimesters?|(?:you're|you are|while) expecting|weeks pregnant|breastfeeding|nursing(?!\\s+(?:team|staff|station|homes?|care|assistants?|officers?|sisters?|desk))|diabetic|diabetes|blood pressure|hypertension|blood thinners?|warfarin|heart condition|asthma|allergic|epilep(?:sy|tic)
`);

/** Procedures and services, which a clinical judgement can be about ("whitening is off the table", "a scaling is safe for you"). */
export const EN_PROCEDURES = alternation(`
debridement|wound debridement
whitening|bleaching|scaling|cleaning|polishing|massage|sports massage|shockwave|dry needling|laser|filling|extraction
an(?:a)?esthe(?:tic|sia)|numbing|injection|manipulation|cupping|acupuncture|braces|aligners|implants?|root canal|crown|veneers
physio(?:therapy)?(?!\\s+(?:will|can|'ll|would|should|may|needs?|is|has)\\b)|exercises?|stretching|crutches|splint|brace
(?:chemical )?peels?|microneedling|botox|fillers?|laser hair removal|hydrafacial|facials?|mesotherapy|prp|skin boosters?|ivf|iui
grommets?|(?:ear|ventilation|tympanostomy) tubes|surgery|an operation|operations?|subcision|(?:(?:fractional|laser|co2|erbium) )*resurfacing|sleeve gastrectomy|gastric (?:sleeve|bypass|balloon)|intragastric balloon|bariatric surgery
(?:radiofrequency[ ]|radio-frequency[ ]|rf[ ])?ablation|microvascular decompression|rhizotomy|gamma knife(?: radiosurgery)?|balloon compression|nerve blocks?
(?:surgical[ ]|shave[ ])?excision|cryotherapy|curettage|electrocautery
embolization|embolisation|varicocelectomy|microsurgical repair
vaser(?:[ ]liposuction)?|liposuction|lipo
banding|rubber band ligation|band ligation|frenotomy|tongue-tie release|tongue tie release
`);

export const AR_BODY_PARTS = alternation(`
سنون|سنونه|سنونها|سنونك|سنونو
احبال صوتيه|الاحبال الصوتيه|احبالك الصوتيه|حبال صوتيه|الحبال الصوتيه|حبالك الصوتيه|مينيسك|المينيسك
سن
على جنبه|على جنبها|على جنبك|على جنبو
كبد|الكبد|كبدك|القلب|قلبك|الكلاوي|كلاوي|الكليتين|البنكرياس|المراره|الامعاء|القولون|الرئتين|الغده الدرقيه
اصابع|الاصابع|صوابع|الصوابع|اصبع|الاصبع|صباع|الصباع|السمانه|عضله السمانه|بطه الرجل
اسنان|الاسنان|سنان|سنانك|اسنانك|سنتك|ضرس|ضرسك|الضرس|ضروس|ضروسك|لثه|اللثه|لثتك|الفك|فكك|لسان|لسانك|الشفايف|خدك
عصب|العصب|راسك|الراس|دماغك|ركبه|الركبه|ركبتك|ركبتي|ركبك|الركبتين|ركبتيك|رقبه|الرقبه|رقبتك|كتف|الكتف|كتفك|اكتافك|كوع|الكوع|كوعك|مرفق|المرفق
رسغ|الرسغ|معصم|ايدك|ايديك|صوابعك|صباعك|ورك|الورك|وركك|الوركين|الوركان|وركين|وركيه|وركيها|الحوض|كاحل|الكاحل|كاحلك|رجلك|رجليك|رجله|رجلها|قدم|القدم|قدمك
كعب|الكعب|كعبك|سمانه|عضله|العضله|عضلات|العضلات|عضلاتك|عضم|العضم|عظم|العظم|عظام|العظام|مفصل|المفصل|مفاصل|المفاصل
ديسك|الديسك|فقرات|الفقرات|العمود الفقري|ضهرك|ظهرك|ضهري|ظهري|اسفل الظهر|اسفل الضهر|اعلي الظهر|جلدك|الجلد|جلد|بشرتك|بشرت|البشره
اذن|الاذن|اذنك|اذنيك|الاذنين|ودن|الودن|ودنك|وداني|ودانك|انف|الانف|انفك|مناخير|مناخيرك|المناخير|الجيوب الانفيه|عين|العين|عينك|عينيك|العينين|عيون|عيونك|العيون|جفن|الجفن|جفونك|الجفون|رموش|الرموش|قرنيه|القرنيه|شبكيه|الشبكيه
صدرك|الصدر|الرئه|الرئتين|رئتك|معده|المعده|معدتك|الامعاء|المثانه|مثانه|الثدي|ثديك|الحلمه|المهبل|المشيمه|مشيمه|السره|اللوز|اللوزتين|الحنجره|حنجره|الغدد|الغده|الرباط|الاربطه|الغضاريف|عظم|الترقوه|الساق|ساقك|بطن|البطن|الحوض|قاع الحوض
الزور|الحلق|الرحم|عنق الرحم|المبايض|الجنين|وجهك|وجهج|الوجه|الخد|الخدود|خده|خدها|بشرتج|فروه الراس|ساعد|الساعد|فخدك|فخذك|الوتر|اوتار|الاوتار|الاربطه|الرباط الصليبي|غضروف|الغضروف|جنبك|بطنك
الحيوانات المنويه|حيوانات منويه|السائل المنوي|الخصيه|الخصيتين|خصيه
رقبته|رقبتها|ركبته|ركبتها|معدته|معدتها|لثته|لثتها|مثانته|مثانتها|عضلته|عضلتها
ساق|ساقين|الساق|الساقين|سيقان|ركبتين|الركبتين
رئه|رئتين|الرئتين|رئتيك|رئتيكي|رئتيه|رئتيها|رئتك|رئتج
ظفر|الظفر|اظافر|الاظافر|ظوافر|الظوافر|اظفر
`);

export const AR_SYMPTOMS = alternation(`
شامه|الشامه|شامات|الشامات|حراره|الحراره|سخونيه|السخونيه|طقطقه|الطقطقه|طقطيق|الطقطيق|الخطوط المتموجه
نعاس|النعاس|خمول|الخمول|نسيان|النسيان|بزاق|البزاق|دم في البزاق|ضيق النفس|ضيق بالنفس|الضيق بالنفس|الضيق في النفس|ضيق تنفس|ضيق في التنفس|اسهال دهني|الاسهال الدهني|ارق|الارق
كوابيس|الكوابيس|فزع ليلي|الفزع الليلي
هبات|الهبات|هبات ساخنه|الهبات الساخنه|التعرق الليلي|تعرق ليلي|عوارض
رجفه|الرجفه|رجفان|الرجفان|الرعشه|رعاش|تجمد|التجمد|تيبس|التيبس
تاخير الدوره|تاخر الدوره|انقطاع الدوره|عدم انتظام الدوره|الدوره متاخره
تساقط|التساقط|تساقط الشعر|تساقط شعر
لغط|لغط بالقلب|لغط في القلب|نفخه بالقلب|نفخه في القلب
مشكله البلع|صعوبه البلع|صعوبه في البلع|البلع|الشرقه|شرقه|وجع|الوجع|الم|الالم|الام|اوجاع|ورم|الورم|تورم|التورم|انتفاخ|نزيف|النزيف|دم|الدم|حساسيه|الحساسيه|تنميل|خدر|تيبس|تشنج
سخونيه|حراره|صداع|دوخه|حكه|احمرار|حموريه|الحموريه|نفخه|النفخه|المشي بالنوم|المشي اثناء النوم|المشي في النوم|تلعثم|التلعثم|تاتاه|التاتاه|كدمه|زرقان|تقلص|طقطقه|طرقعه|فرقعه|التهاب|الالتهاب|صديد|وخز|لسعه|الاعراض|اعراض|بتنزف|بينزف|تنزف
غثيان|الغثيان|ترجيع|الترجيع|استفراغ|الاستفراغ|تقيؤ|تنقيط|التنقيط|افرازات|الافرازات|حرقان|حموضه|الحموضه|مغص|المغص|تقلصات|طلق
هرش|الهرش|تقشر|التقشر|قشور|القشور|جفاف|الجفاف|بقع|البقع|كلف|الكلف|تصبغات|التصبغات|نمش|النمش|حبوب الوجه|رؤوس سوداء|الرؤوس السوداء|تجاعيد|التجاعيد|هالات|الهالات|ندبات|الندبات|اثار الحبوب|المسام|تساقط الشعر
طنين|الطنين|صفير|زنه|الحول|شخير|الشخير|خفقان|الخفقان|سرعه ضربات القلب|ضربات القلب|وجع صدر|وجع في الصدر|الم في الصدر|الم الصدر|ضيق في الصدر|ارتفاع الضغط|ارتفاع ضغط|الضغط عالي|الضغط مرتفع|الضغط العالي|هبوط|عطش|كثره التبول|حرقان في البول|حرقه في البول|حرقه البول|دم في البول|تقطير|انسداد|الانسداد|زكام|الزكام|رشح|الرشح|سيلان|عطس|العطس|كحه|الكحه|سعال|السعال|بلغم|البلغم|كتمه|ضيق تنفس|ضيق في التنفس|نهجان|بحه|البحه|احتقان|الاحتقان|زغلله|الزغلله|غباش|رؤيه مزدوجه|عماص|العماص|دموع|حرقان في العين
اسهال|الاسهال|امساك|الامساك|قيء|القيء|نفخه|النفخه|غازات|الغازات|نزول دم|تورم القدمين|حركه الجنين|ركلات|قله الحركه|عرج|العرج|طفح|الطفح|تشقق|تشققات|التشققات|تسلخ|التسلخ|تسلخات|حراره عاليه|سخونه|السخونه|تقلصات|رعشه|الرعشه
افكار مزعجه|الافكار المزعجه|افكار وسواسيه|الافكار الوسواسيه|افكار متطفله|الافكار المتطفله|افكار دخيله
تعرق|التعرق|تعرق بالليل|التعرق بالليل|العرق الزايد|عرق زايد
نزف|النزف|نزف بسيط
الانتصاب|انتصاب
مص الصباع|مص الاصبع|مص الابهام|مص الاصابع|مص الصوابع
ضيق التنفس|ضيق تنفس|ضيق نفس|ضيق في التنفس|نوبات ضيق التنفس|النعاس|نعاس
نفخ|النفخ|نفخه|النفخه
براز|البراز
عناد|العناد|نوبات غضب|نوبات الغضب
`);

export const AR_ACTIVITIES = alternation(`
التلفزه|التلفزيون|تلفزيون|التلفاز
المشي السريع|مشي سريع|المشي|مشي
رياضه|الرياضه|جري|الجري|كوره|الكوره|جيم|الجيم|تمرين|تمارين|التمارين|سباحه|السباحه|الشيل|التقيل|تدخين|التدخين|سجاير|السجاير
الشيشه|شفاطه|الشفاطه|مصاصه|المصاصه|مضغ|المضغ|النوم|تلعب|تلعبي|تجري|تسبح|تسبحي|تتمرن|تتمريني|تدخن|رفع الاثقال|اثقال|يوجا|بيلاتس
حاجه تقيله|حاجات تقيله|اي حاجه تقيله|شيء ثقيل|اي شيء ثقيل|الاشياء الثقيله|شي ثقيل|شي تقيل|اغراض ثقيله|الاغراض الثقيله|الشمس|للشمس|بالشمس|الساونا|المكياج|مكياج|الميكب|ميكب|تقشير|التقشير|حك|الحك|هرش|فرك|الفرك|تلمس|تلمسي|الجماع|المشي الكتير|الوقوف الكتير
السفر|سفر|الطيران|طيران|الغطس|غطس|سماعات|السماعات|سماعه|سماعات الاذن|اعواد القطن|عود القطن|العدسات|عدسات|العدسات اللاصقه|اللنسز|لنسز|فرك العين|فرك عينك|تفرك|تفركي|الكعب العالي|كعب عالي|السلالم|حمامات السباحه|البيسين|البسين
تقميط|التقميط|قمط|لف الرجلين|لف رجليها|لف رجليه
الاستحمام بالماء الساخن|الاستحمام بمياه ساخنه|الاستحمام بمي سخنه|الحمام الساخن|الجاكوزي|جاكوزي
الكحول|كحول|المشروبات الكحوليه|القيلوله|قيلوله|السهر
شاشات|الشاشات|شاشه|الشاشه|تلفون|التلفون|الجوال|موبايل|الموبايل|المدرسه
المشي حافي|المشي حافيا|تمشي حافي|تمشي حافيه|تمشين حافيه
`);

export const AR_DIET = alternation(`
الروبيان|روبيان|الجمبري|جمبري|القريدس|قريدس
عصير|العصير|تمر|التمر|تمرات
الصيام المتقطع|صيام متقطع|الصيام|الصوم|العشا|العشاء
الرضاعه الصناعيه|رضاعه صناعيه|الحليب الصناعي|حليب صناعي|الفورمولا
دايت|الدايت|رجيم|الرجيم|ريجيم|الريجيم
الاكل الصلب|اكل صلب|الطعام الصلب|زيت زيتونه|زيت الزيتون|ملعقه زيت
الزعتر|زعتر|اللحم الاحمر|لحم احمر|السبانخ|الماكله الحاره|الماكله
حاجه حلوه|شي حلو|حلويات|الحلويات
الجبنه|جبنه|اللبنه|لبنه|حليب الماعز|حليب ماعز|حليب الصويا
الملحه|ملحه|الاناناس|اناناس|البابايا|بابايا|الباباي
بيض|البيض|بيض مخبوز|البيض المسلوق
الموز|البرتقال|الطماطم|البطاطس|البوتاسيوم|الفوسفور|الالبان|البان|اللبن|الحليب|الملح|ملح|الاكل الحار|الاكل الحارق|الحار|الحاجات الحاره|البهارات|الدهون|الاطعمه الدسمه|الاكل الدسم|المنبهات|مشروبات الطاقه|المشروبات الغازيه|الغازيات|النشويات|الموالح|اللحوم الحمراء|الوجبات السريعه|السوشي|سوشي|الاجبان الطريه|الجبن الطري|الجبنه الطريه|جبنه طريه|اللحمه النيه|لحمه نيه|الكبده|كبده|البيض النيء|اللحم النيء|القهوه|قهوه|الشاي|الكافيين|السكر|السكريات|سكريات|الحلويات|المقليات|الحوادق|المخللات|الحاجات الحراقه|الاكل الحراق|المكسرات|الفشار|المياه الغازيه|الحاجه الساقعه|الخبز|العيش|الرز|الحلو|اكل مهروس|الاكل المهروس|مهروس|الاكل القاسي|اكل قاسي|الاكل الناشف|التمر|تمر|الخضار|خضار|الخضروات|خضروات|السبانخ|سبانخ|العدس|عدس|الموز|موز|البرتقال|برتقال|البندوره|بندوره|الطماطم|طماطم|البطاطس|البطاطا|البقوليات|بقوليات|الجبنه الطريه|جبنه طريه|اللحمه النيه|لحمه نيه|الفواكه|فواكه|الفاكهه|فاكهه|البروتين|بروتين|الالياف|السمك|اللحوم
منبهات|كافيين
نظام غذايي خالي من الغلوتين|نظام غذايي خالي من الجلوتين|الغلوتين|غلوتين|الجلوتين|جلوتين
حميه|الحميه|حميه منخفضه الفودماب|الفودماب|فودماب|السكر السريع
حوت|الحوت|شطه|الشطه|مخللات|علك|العلك|ملح|الملح|ملحه|الملحه|ماكله مالحه|الماكله المالحه
لبن|اللبن
`);

export const AR_TESTS = alternation(`
راديو|الراديو
فحص الكثافه|فحص كثافه العظام|كثافه العظام|قياس كثافه العظام
اشعه|الاشعه|اشعه مقطعيه|علاج|العلاج|اي علاج|تحاليل|التحاليل|تحليل|رنين|الرنين|سونار|السونار|مقطعيه|بانوراما
تقييم سمعي|تقييم السمع|فحص سمع|فحص السمع|اختبار سمع|اختبار السمع|تخطيط سمع|تخطيط السمع|ديناميكية التبول|دراسة ديناميكية|تخطيط المثانة|هولتر|الهولتر|ايكو|الايكو|رسم قلب|رسم القلب|رسم مخ|رسم المخ|اختبار الجهد|اختبار جهد|دوبلر|الدوبلر
المسحه|مسحه عنق الرحم|الفحص المزدوج|فحص الحليمي|تحليل السائل المنوي|تحليل السائل|منظار|المنظار|تحليل الاجسام المضاده|تحليل السيلياك|خزعه|الخزعه
اختبار|الاختبار|اختبارات|اختبار النوم|دراسه النوم|تخطيط النوم|تحليل الغده|تحليل الحديد|مخزون الحديد
تنظير|التنظير|تنظير القصبات|زرع البلغم|فحص وظائف الرئه|وظايف الرئه|صوره اشعه|صوره الاشعه|صوره راديو
خزعه|الخزعه|ايكو|الايكو|تقييم البلع|دراسه البلع
تخطيط دماغ|تخطيط الدماغ|تخطيط المخ|رسم المخ|رسم الدماغ|رسم مخ|تخطيط دماغ بالفيديو
`);

export const AR_PATIENT_STATES = alternation(`
حامل|الحمل|حملك|الشهور الاولي|الاشهر الاولي|الثلث الاول|الثلث الاخير|رضاعه|الرضاعه|بترضعي|مرضعه|السكر|السكري|ضغط الدم|الضغط|سيوله|مسيل|القلب|الربو
لحالتك|لحالته|لحالتها|لحالتج|لحالتكم
بعد الولاده|ما بعد الولاده|النفاس|نفاس|هرمونات|الهرمونات
`);

export const AR_PROCEDURES = alternation(`
ميزو|الميزو|جلسات الميزو
تبييض|التبييض|تنظيف|التنظيف|حشو|الحشو|خلع|الخلع|تركيب|زراعه|الزراعه|مساج|المساج|ليزر|الليزر|بنج|البنج|مخدر|تخدير
حقن|ابر|الابر|موجات تصادميه|تقشير|التقشير|بوتوكس|البوتوكس|فيلر|الفيلر|ميزوثيرابي|بلازما|الهيدرافيشل|هيدرافيشل|تقويم|علاج عصب|علاج العصب|جلسات|علاج طبيعي|العلاج الطبيعي|التمارين|تمارين
تكميم|التكميم|تكميم المعده|تحويل المسار|بالون المعده|البالون|السبليت|صنفره|الصنفره|فراكشنال|الفراكشنال
اطفال الانابيب|اطفال انابيب|الحقن المجهري|حقن مجهري|التلقيح الصناعي|تلقيح صناعي|التلقيح الاصطناعي|تلقيح اصطناعي|تجميد البويضات
الكي بالتردد الحراري|كي بالتردد الحراري|التردد الحراري|تخفيف الضغط عن العصب|عمليه تخفيف الضغط|جاما نايف|الغاما نايف|حقن العصب
شفط الشمع|شفط شمع|شفط الاذن|غسيل الاذن|غسيل اذن|تنظيف الاذن بالمجهر
الفيزر|فيزر|شفط الدهون|الاستئصال|استئصال الغده
`);

/** Foods avoided in pregnancy or after a procedure: advice to avoid them needs no time limit. */
export const EN_RISKY_FOODS = alternation(`
tuna|swordfish|king mackerel
sushi|raw fish|raw eggs?|soft cheeses?|blue cheese|unpasteuri[sz]ed (?:milk|cheese|dairy)|liver|p[aâ]t[eé]|deli meats?|cured meats?|high-mercury fish|undercooked (?:meat|eggs|fish)
`);

export const AR_RISKY_FOODS = alternation(`
التونه|تونه|سمك التونه|تونا|التونا
السوشي|سوشي|الاجبان الطريه|الجبن الطري|اجبان طريه|الكبده|كبده|البيض النيء|بيض نيء|اللحم النيء|لحم نيء|الحليب غير المبستر|حليب غير مبستر
`);
