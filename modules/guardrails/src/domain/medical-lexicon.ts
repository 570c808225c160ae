/**
 * Vocabulary of medical advice, English and folded Arabic. Each list is a
 * regex alternation; the rules in medical-advice.ts decide when a term is
 * advice (a diagnosis, a medicine or dose, a treatment recommendation).
 */

const alternation = (words: string) =>
  words
    .split('\n')
    .flatMap((line) => line.split('|'))
    .map((word) => word.trim())
    .filter(Boolean)
    .join('|');

/** Brand and generic medicine names, also read as ordinary capitalised words by the name check. */
export const MEDICINE_NAMES = new Set(
  `ibuprofen brufen advil nurofen paracetamol acetaminophen panadol tylenol aspirin diclofenac voltaren cataflam
  naproxen amoxicillin augmentin metronidazole flagyl clindamycin azithromycin codeine tramadol prednisolone
  cortisone chlorhexidine corsodyl benzocaine orajel lidocaine antinal hexitol betadine hydrocortisone retinol
  isotretinoin roaccutane fucidin sensodyne colgate listerine parodontax`
    .split(/\s+/)
    .filter(Boolean),
);

export const EN_MEDICINES = alternation(`
${[...MEDICINE_NAMES].join('|')}
antibiotics?|painkillers?|pain killers?|pain relievers?|pain relief (?:tablets|medication)|analgesics?
anti-inflammator(?:y|ies)(?: tablets| medication| gel)?|antihistamines?|steroids?|muscle relaxants?
numbing gel|clove oil|medicated mouthwash|antiseptic mouthwash|mouthwash|ointment|heat rub|deep heat|voltaren gel
benzoyl peroxide|salicylic acid|antifungal(?: cream)?|nasal spray|eye drops|cough syrup|lozenges|antacids?
`);

export const AR_MEDICINES = alternation(`
بروفين|بروفن|ايبوبروفين|باراسيتامول|بنادول|اسبرين|اسبيرين|كتافلام|كاتافلام|فولتارين|اوجمنتين|اموكسيسيلين|فلاجيل|كلورهيكسيدين|هيكسيتول|انتينال|بيتادين
مضاد حيوي|مضادات حيويه|المضاد الحيوي|مسكن|مسكنات|المسكن|مضاد التهاب|مضادات الالتهاب|مضاد للالتهاب|كورتيزون
غسول|جل مخدر|زيت القرنفل|مرهم|كريم مسكن|مرخي للعضلات|مرخي عضلات|لبوس|حقنه|حقن
`);

/** Conditions a reply might diagnose (symptoms like "pain" or "swelling" are not here: naming them is not diagnosing). */
export const EN_CONDITIONS = alternation(`
abscess(?:ed)?|infection|infected|gingivitis|periodontitis|periodontal disease|gum disease|cavity|cavities|decay|caries
pulpitis|inflamed nerve|nerve (?:inflammation|damage|is inflamed|is dying|is dead)|dead nerve|dying nerve
cracked (?:tooth|filling|crown)|broken (?:filling|crown)|fractured? tooth|impacted|pericoronitis|dry socket
tmj|tmd|bruxism|enamel erosion|erosion|dentin(?:e)? hypersensitivity|sensitivity|receding gums|gum recession|ulcer|cyst
plantar fasciitis|fasciitis|tendinitis|tendonitis|tendinopathy|sprain(?:ed)?|strain(?:ed)?|pulled muscle|pulled hamstring
torn (?:ligament|muscle|meniscus|tendon)|tear|pulled (?:something|a muscle)|twisted (?:it|your ankle|your knee)|rotator cuff|frozen shoulder|sciatica|slipped disc|herniated disc
bulging disc|disc (?:bulge|herniation|prolapse)|pinched nerve|trapped nerve|bursitis|arthritis|osteoarthritis|shin splints
tennis elbow|golfer's elbow|carpal tunnel|whiplash|meniscus tear|runner's knee|patellofemoral|stress fracture|fracture
concussion|dislocation|inflammation|muscle spasm|spasm|migraine|sinusitis|allergy|allergic reaction|nerve pain
wisdom tooth (?:infection|trouble|coming through)|eczema|dermatitis|psoriasis|acne|fungal infection|flu|virus|viral infection|tonsillitis|strep throat|urinary tract infection|uti|it band syndrome|gastritis|food poisoning
`);

export const AR_CONDITIONS = alternation(`
خراج|التهاب|تسوس|سوس|عصب ملتهب|العصب ملتهب|العصب مات|العصب ميت|شرخ|كسر|حشو مكسور|الحشو مكسور|مدفون
جيوب لثويه|انحسار اللثه|حساسيه|شد عضلي|شد في|تمزق|التواء|ملخ|عرق النسا|انزلاق غضروفي|غضروف|ديسك|خشونه
كتف متجمد|تيبس|تشنج|فتق|التهاب اوتار|التهاب وتر|التهاب اللفافه|تآكل|تاكل المينا|صداع نصفي|جيوب انفيه
اكزيما|صدفيه|حب شباب|فطريات|انفلونزا|دور برد|فيروس|عدوي|نزله معويه|التهاب الزور|التهاب اللوز
`);

/** Treatments and home care: what a recommendation recommends. */
export const EN_TREATMENTS = alternation(`
ice(?: pack)?|icing|heat(?: pack)?|hot pack|cold pack|(?:cold|warm|hot) compress|compress|frozen (?:water bottle|peas)
salt ?water|saltwater|warm water|rinse|rinsing|gargle|soft(?:-bristled)? (?:tooth)?brush|floss(?:ing)?|elevat(?:e|ed|ing)
rest(?:ing)?|brace|splint|night ?guard|mouth ?guard|bandage|strapping|taping|crutches|sling
stretch(?:es|ing)?|exercises?|foam roll(?:er|ing)?|tennis ball|massag(?:e|ing)|strengthening|mobility work
root canal(?: treatment)?|filling|crown|extraction|implant|deep clean(?:ing)?|scaling|dry needling|physio(?:therapy)?
surgery|injection|antibiotics?|painkillers?|medication|tablets?|pills?|weight-bearing|putting weight|weight on it
(?:hot|cold|hard|sweet|sugary|spicy|crunchy|sticky|chewy) (?:foods?|drinks?|things)|brush(?:ing)? gently|gentle brushing
moisturi[sz]er|moisturi[sz]ing cream|cream|lotion|sunscreen|(?:sensitivity |fluoride )?toothpaste|(?:whitening )?gel|whitening strips|(?:face )?wash|cleanser|hot bath|warm bath|epsom salts?
shockwave(?: therapy)?|ultrasound therapy|laser therapy|acupuncture|manipulation|orthotics|insoles|cupping|braces|veneers|bridge|dentures
`);

export const AR_TREATMENTS = alternation(`
تلج|ثلج|كمادات|كماده|ميه دافيه|ميه وملح|مية وملح|ماء دافئ|ملح|مضمضه|غرغره|فرشه ناعمه|خيط الاسنان
راحه|ريح|رفع الرجل|ارفع رجلك|رباط|جبيره|دعامه|تمارين|تمرين|اطاله|تدليك|مساج|علاج عصب|علاج العصب
مرطب|معجون|كريم مرطب|كريم موضعي|واقي شمس|الاكل الناشف|الحاجات الساقعه|الحاجات السخنه|السكريات|الحلويات|المجهود|الرياضه|الجري
حشو|حشوه|تركيب|طربوش|خلع|زراعه|تنظيف|جلسات|علاج طبيعي|عمليه|جراحه|ابر|حقن|دوا|دواء|ادويه|برشام|حبوب|اقراص
`);
