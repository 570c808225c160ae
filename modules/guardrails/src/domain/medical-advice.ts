import { gated, type GatedPattern } from '@frontdesk/shared-kernel';
import {
  AR_ACTIVITIES,
  AR_BODY_PARTS,
  AR_CONDITIONS,
  AR_DIET,
  AR_MEDICINES,
  AR_PATIENT_STATES,
  AR_PROCEDURES,
  AR_PRODUCTS,
  AR_RISKY_FOODS,
  AR_SYMPTOMS,
  AR_TESTS,
  AR_TREATMENTS,
  EN_ACTIVITIES,
  EN_BODY_PARTS,
  EN_CONDITIONS,
  EN_DETERMINED_BODY_PARTS,
  EN_DIET,
  EN_MEDICINES,
  EN_PATIENT_STATES,
  EN_PROCEDURES,
  EN_PRODUCTS,
  EN_RISKY_FOODS,
  EN_SYMPTOMS,
  EN_TESTS,
  EN_TREATMENTS,
} from './medical-lexicon';
import { foldedSource, LETTER, sharedLeads, splitClauses, type ReplyText, type Span } from './reply-text';
import { scriptOf } from './verified-facts';
import type { Finding } from './verified-turn';

/**
 * Medical advice in any wording: a diagnosis, a medicine or dose, or a
 * treatment recommendation. Refusing to advise, deferring to the clinician,
 * repeating what the patient said, and asking a question are not advice, and
 * shield the clause they are in.
 *
 * Two kinds of rules. Vocabulary rules name a condition, medicine, dose or
 * treatment in an advice frame ("sounds like an abscess", "take ibuprofen").
 * Construction rules recognise the shape of advice (a permission, a safety
 * judgement, a reassurance, an instruction to move the body, a claim of what
 * something does to the body) and count only in a clinical clause: one that
 * names a body part, symptom, condition, medicine, treatment or activity.
 */

/** "Many patients find that cutting down on screen time … helps with eye strain": whatever is found to help. */
const MANY_FIND_HELPS =
  gated(/\b(?:(?:many|most|lots|a lot|plenty|some)(?: of)?(?: our| my)? (?:patients|people|clients|mums|mothers|moms|women|ladies|parents|families|athletes|runners|kids|children|[a-z]{3,}(?:ers|ists|ents))\b.{0,60}?|(?:most|many)(?: of them| people)? )\bfind\b.{0,160}?\b(?:helpful|useful|clears? (?:it |this |that |them )?up|helps?|eases?|relieves?|works?|makes? a (?:big |real )?difference|takes? the edge off|settles?|calms?|soothes?|does (?:wonders|the trick)|sorts? (?:it|this|that|things) out|stops? (?:it|this|that|the)|fix(?:es)? (?:it|this|that)|cuts? down|reduces?|prevents?|brings? (?:\S+ ){1,3}?down)\b/);

/** "A lot of our kidney patients cut back on bananas", "plenty of our runners with shin splints switch to …": what many patients keep off or switch to (saysHelpful, with a food or something clinical). */
const MANY_CUT_BACK =
  gated(/\b(?:many|most|lots|a lot|plenty)(?: of)?(?: our| my)? (?:[a-z-]+ )?(?:patients|people|clients|mums|mothers|women|parents|families|athletes|runners)\s+(?:\S+\s+){0,4}?(?:cut (?:back|down) on|cut out|avoid|limit|stop (?:eating|drinking)|switch to|swap|give up|skip|swear by)\b/);

/** "كثير من المراجعين", "كتير سيدات": many of the clinic's patients, or people, as the subject of what follows. */
const AR_MANY_PATIENTS = String.raw`(?<![${LETTER}])[و]?(?:كثير|كتير|اغلب|معظم|ناس كثير|ناس كتير)\s+(?:من\s+)?(?:ال)?(?:مراجعين|مرضي|مريضات|مراجعات|ناس|امهات|اهالي|مرضانا|مراجعينا|سيدات|ستات|نساء)\s+(?:\S+\s+){0,3}?`;
/** "بيجرّبوا": they try. */
const AR_THEY_TRY = String.raw`[بي]?[يت]?جرب(?:ون|وا)`;

/** "كثير من المراجعين يلاحظون تحسن إذا تمضمضوا بماء وملح": what many patients notice helps. */
const AR_MANY_FIND_HELPS = rule(
  String.raw`${AR_MANY_PATIENTS}(?:${AR_THEY_TRY}\s+(?:\S+\s+){0,12}?[وف]?(?:[بي]?[يت]?فرق|[بي]?[يت]?فيد|[بي]?[يت]?ريح)[${LETTER}]*|[يب]?[يت]?(?:لاحظون|لاحظوا|حسون|حسوا|لقون|لاقوا|لاقو|لاقون|ستفيدون|ستفيدوا|رتاحون|رتاحوا)|لاحظوا|استفادوا|ارتاحوا)(?![${LETTER}])`,
  'u',
);

/** "أغلب الناس بحالتك بحتاجوا جلستين", "أغلب اللي عندهم دهون على الكبد مثلك يتحسنون": what people like the patient need or get. */
const AR_PEOPLE_LIKE_YOU = rule(
  String.raw`(?<![${LETTER}])[و]?(?:كثير|كتير|اغلب|معظم|غالبيه)\s+(?:من\s+)?(?:ال)?(?:ناس|مرضي|مراجعين|مراجعات|مريضات|حالات|سيدات|ستات|نساء|اللي|الي|الذين|من)\s+(?:\S+\s+){0,6}?[بل]?(?:حالتك|حالتج|حالتكم|وضعك|وضعج|مثلك|مثلج|مثلكم|متلك|متلج|زيك|زيج|زي حالتك|نفس حالتك|بنفس حالتك|في حالتك|عمرك|عمرج|سنك|(?:مثل|زي|متل)\s+(?:اللي|الي|ما)\s+(?:و?صفت|ذكرت|قلت)[${LETTER}]*)\s+(?:\S+\s+){0,2}?[وف]?(?:[بيتهسن]{0,3}|رح\s+ي|راح\s+ي)(?:حتاج|تحسن|ستفيد|رتاح|تعالج|شف|خف|نزل|طلع|كون السبب)[${LETTER}]*` +
    // "أغلب اللي عندهم ألم تحت الأصابع يرتاحون بالحذاء الواسع": what most people with a complaint get.
    String.raw`|(?<![${LETTER}])[و]?(?:كثير|كتير|اغلب|معظم)\s+(?:من\s+)?(?:اللي|الي|الذين)\s+(?:عندهم|عندهن|لديهم|يعانون من)\s+(?:\S+\s+){1,5}?[وف]?[بيت]{0,2}(?:رتاح|تحسن|خف|ستفيد)[${LETTER}]*` +
    // "الحالات اللي زي حالتك بتتحسن جداً بالموجات": what cases like the patient's get, without "many".
    String.raw`|(?<![${LETTER}])[و]?(?:ال)?حالات\s+(?:(?:اللي|الي|التي)\s+)?(?:زي|مثل|متل|شبه|تشبه|بتشبه)\s+(?:حالتك|حالتج|حالتكم|حالته|حالتها)\s+(?:\S+\s+)?[وف]?(?:[بيتهسن]{0,3}|رح\s+[يت]|راح\s+[يت])(?:حتاج|تحسن|ستفيد|رتاح|تعالج|شف|خف)[${LETTER}]*`,
  'u',
);

/** "كتير سيدات بيجرّبوا …": what many try, said to help in a later clause (findsHelpful). */
const AR_MANY_TRY = rule(String.raw`${AR_MANY_PATIENTS}${AR_THEY_TRY}`, 'u');

/**
 * A rule's pattern behind a gate (shared-kernel pattern-gate): its regex runs only on a clause that holds the strings it
 * cannot match without, as most rules fail on most clauses.
 */
function rule(source: string, flags?: string): GatedPattern {
  return gated(pattern(source, flags));
}

/** A regex with its Arabic folded as replies are and its alternatives' shared word-start tests written once (sharedLeads). */
function pattern(source: string, flags?: string): RegExp {
  return new RegExp(sharedLeads(foldedSource(source), [String.raw`(?<![${LETTER}])`, String.raw`(?<![a-z])`, String.raw`\b`]), flags);
}

/** What a rule needs of a pattern: a test. */
interface Pattern {
  test(text: string): boolean;
}

/**
 * A plain regex written inside a combinator, behind a gate like the rules built with rule(): combinators run their
 * parts on every clause, and most parts fail on most clauses.
 */
function gatedPart<T extends Pattern>(part: T): T {
  return (part instanceof RegExp && !part.global && !part.sticky ? gated(part) : part) as T;
}

/** A pattern that matches when any of its parts does. */
function anyOf(...given: Pattern[]): Pattern {
  const parts = given.map(gatedPart);
  return {
    test: (text) => {
      // A loop, not parts.some(): no closure per call, as the clinical test runs several times for every clause.
      for (const part of parts) if (part.test(text)) return true;
      return false;
    },
  };
}

/** What a rule needs of a pattern it reads the position of: the first match. */
interface Finder extends Pattern {
  exec(text: string): RegExpExecArray | null;
}

/** The earliest match among several patterns: one alternation of them would grow past the size V8 compiles natively. */
function earliestOf(...given: Finder[]): Finder {
  const parts = given.map(gatedPart);
  const exec = (text: string) => {
    let earliest: RegExpExecArray | null = null;
    for (const part of parts) {
      const match = part.exec(text);
      if (match !== null && (earliest === null || match.index < earliest.index)) earliest = match;
    }
    return earliest;
  };
  return {
    exec,
    // Whether any part matches needs no positions: the first part that matches answers.
    test: (text) => {
      for (const part of parts) if (part.test(text)) return true;
      return false;
    },
  };
}

/** `found`, with `before` somewhere in the text before it: the rare words are looked for first. */
function after(beforePart: Pattern, foundPart: Finder): Pattern {
  const [before, found] = [gatedPart(beforePart), gatedPart(foundPart)];
  return {
    test: (text) => {
      const match = found.exec(text);
      return match !== null && before.test(text.slice(0, match.index));
    },
  };
}

/** `pattern`, tried only when the cheap `hint` of its rare words matches: most clauses never get past the hint. */
function given(hintPart: Pattern, patternPart: Pattern): Pattern {
  const [hint, pattern] = [gatedPart(hintPart), gatedPart(patternPart)];
  return { test: (text) => hint.test(text) && pattern.test(text) };
}

/** `lead`, then `rest` (anchored with ^) right after it: the rare words are looked for first. */
function followedBy(leadPart: Finder, restPart: Pattern): Pattern {
  const [lead, rest] = [gatedPart(leadPart), gatedPart(restPart)];
  return {
    test: (text) => {
      const match = lead.exec(text);
      return match !== null && rest.test(text.slice(match.index + match[0].length));
    },
  };
}

/** The patterns of one language; a clause is read with the set(s) of the scripts it contains. */
interface AdviceRules {
  diagnosis: Pattern;
  /** A hedged or framed diagnosis ("الظاهر إنها", "is known as"): empathy words around it do not make it a quotation. */
  hedgedDiagnosis: Pattern;
  dose: Finder;
  /** A frequency without a unit ("every night", "كل ليلة", "قبل النوم"): a schedule next to a product or an application verb. */
  frequency: Finder;
  /** Products applied or taken (medicines, drops, creams, gels, sprays): what a frequency can schedule. */
  product: Finder;
  /** Verbs of applying something to the body ("apply", "rub", "حطي", "ادهني"), not "apply online". */
  application: Finder;
  /** A regex of its own: onlyMedicines derives a global copy. */
  medicine: GatedPattern;
  selfContainedDirective: Finder;
  /** "When you feel an attack coming on", "لما تجيك النوبة": a symptom coming, then (actsOnSymptom) what to do about it. */
  symptomComes: Finder;
  symptomAction: Finder;
  /**
   * "go for the EGP 700 one instead", "اعملي العادي بداله", "a hip X-ray is the better test for Yousef", "an ultrasound isn't
   * really useful any more": one test or treatment chosen over another, or judged the better one or of no use (with one named, and no slot talk).
   */
  choiceOfCare: Finder;
  /** A home-care imperative joined mid-clause ("… and rinse with salt water"): advice unless someone else is the subject. */
  chainedDirective: Finder;
  /** A subject before a chained verb that makes it a description ("the hygienist will polish and rinse"). */
  describedSubject: Finder;
  directive: Finder;
  treatment: Finder;
  /** Tests and scans: what a patient is advised to have when a directive says they should ("you should have an FNA biopsy"). */
  test: Finder;
  /** What the clinic does (laser, Botox, a filling): kept off on advice ("I'd hold off on the Botox"). */
  procedure: Finder;
  /** Habits, food and drink: what advice can be about besides care ("avoid hot baths", "a gluten-free diet"). */
  lifestyle: Finder;
  bookingTalk: Finder;
  /** Several patterns: one alternation of all of them grows past what V8 compiles to native code and runs about 100 times slower. */
  outcome: Pattern;
  /** A clause that is only a predicate of effect ("…, should help things settle"): its subject is earlier in the sentence. */
  bareOutcome: Finder;
  /** What something does to the body: an effect verb followed by a body part, symptom or condition. */
  effect: Finder;
  /** A clinician as the subject of an effect ("Dr. Mona will fix the tooth"): a statement about the visit. */
  clinicianSubject: Finder;
  need: Pattern;
  /** Permission to do, stop, resume or skip something ("you should be fine to", "تقدر توقف"). */
  permission: Finder;
  /** "No need for", "ما تحتاج": a judgement that a treatment or test is not needed. */
  noNeed: Finder;
  /** Errands after a permission or "no need": "no need to bring", "مش محتاج تجيب". */
  logistics: Finder;
  /** A safety or suitability judgement, or a reassurance ("perfectly safe for you", "عادي جدًا", "nothing serious", "it usually fades"). */
  judgement: Finder;
  /** Bare safety words and comparisons ("safe", "better than", "احسن حاجة ل"): a judgement unless the clause is about booking. */
  weakJudgement: Finder;
  /** Pregnancy, breastfeeding, diabetes...: what a treatment's suitability depends on. */
  patientState: Finder;
  /** What is said about a treatment next to a patient state: "can", "avoid", "تقدر", "ممنوع". */
  stateJudgement: Finder;
  /** An instruction to place, hold or move the body, at the start of a clause. */
  physical: Finder;
  bodyPart: Finder;
  /** A hedge and a symptom attributed to a cause: "يبدو إن الألم من الضرس", "sounds like the pain is coming from your jaw". */
  hedgedCause: Pattern;
  /** A need stated for the patient: "your condition needs …", "fluoride varnish is exactly what he needs", "حالتك محتاجة …". */
  statedNeed: Pattern;
  /** A need judged from the patient's results: "based on your X-ray, you'll need …", "حسب الأشعة هتحتاج …". */
  judgedNeed: Pattern;
  /** A hedged "just": "the swelling is probably just fluid build-up", "غالباً ده مجرد شد عضلي"; advice where the clause or the one before is clinical. */
  hedgedExplanation: Finder;
  /** Anything clinical a construction rule needs next to it. */
  clinical: Pattern;
  /** Clinical words, tests included: what "no need for" can be about. */
  clinicalOrTest: Pattern;
  refusal: Finder;
  deferral: Finder;
  /** Sending the patient to the emergency department, whatever the condition before it: not advice. */
  emergency: Finder;
  /** A strong reassurance ("completely normal", "طبيعي تماماً"): advice even after "if you notice …". */
  reassurance: Finder;
  empathy: Finder;
  conditional: Finder;
  /** "whether … or not", "ولا لأ": the clause asks, it does not assert. */
  openQuestion: Finder;
  /** Keeping off something until the problem heals ("hold off on flying until it clears up"): advice whatever is avoided. */
  untilHealed: Finder;
  /** Keeping off something until the visit ("يفضل ألا تستخدم السماعات حتى موعدك"): advice when the clause or the one before is clinical. */
  untilVisit: Finder;
  /** The clinic selling or stocking a product ("we sell the drops at both branches"): naming it there is not prescribing it. */
  retail: Finder;
  /** Bringing one's own medicine to the visit ("please bring his inhalers"): an errand, not a medicine named for the patient. */
  bringAlong: Finder;
  /** Stopping, resuming or giving "it" ("stop them for now", "وقفيه ورجعي كمليه"): advice when a medicine or product is named in the clause or the one before. */
  itDirective: Finder;
  /** Changing what the patient eats or drinks ("cut back on coffee", "بتقليل الملح", "الإكثار من السوائل"): advice by itself. */
  dietChange: Finder;
  /** Changing "them" ("cut down on them", "قللي منهم"): diet advice when food or drink is named in the clause or the one before. */
  dietByPronoun: Finder;
  diet: Finder;
  /** Stopping, pausing or keeping on taking something, named or not ("stop taking the topiramate", "تتوقف عن تناول …"): advice by itself. */
  stopTaking: Finder;
  /** Telling the patient they need not see a doctor ("no need to see a doctor for that", "لا حاجة لمراجعة الطبيب"). */
  noDoctorNeeded: Finder;
}

/** A language's rules with every plain regex among them behind a gate too (the patterns built with rule() already are). */
function gateLiterals(rules: AdviceRules): AdviceRules {
  const gatedRules: Record<string, unknown> = { ...rules };
  for (const [name, value] of Object.entries(rules)) gatedRules[name] = gatedPart(value as Pattern);
  return gatedRules as unknown as AdviceRules;
}

// English clauses are lower case; Arabic ones are folded. Word edges: ASCII letters, or any letter for Arabic.
const EN_L = String.raw`(?<![a-z])`;
const EN_R = String.raw`(?![a-z])`;
const AR_L = String.raw`(?<![${LETTER}])`;
const AR_R = String.raw`(?![${LETTER}])`;
/** After an Arabic noun: the alef of an indefinite accusative ("التهاباً", "ألماً") or a plural "ات" ("تكيسات") may follow. */
/** "غالباً", "على الأرجح": the hedges before what the patient has or will need. */
const AR_LIKELY = 'غالبا|في الغالب|على الاغلب|علي الاغلب|الارجح|على الارجح|علي الارجح';
/** What a patient "needs" that is an errand, not care: a booking, a payment, a consultation or a follow-up. */
const AR_ERRAND_NEEDS = 'موعد|ميعاد|حجز|تحجز|تدفع|دفع|عربون|استشاره|كشف|متابعه';
/** A clause that opens with a hedge ("probably …", "غالباً …"): it may put down the symptom of the clause before. */
const HEDGE_OPENING = rule(
  String.raw`^\s*(?:(?:and|so)\s+)?(?:probably|most likely|likely|usually)\b|^\s*[وف]?(?:${AR_LIKELY}|الغالب)(?![${LETTER}])`,
  'u',
);
/** Openers that hedge on what the patient described ("from what you describe", "من كلامك"), for the hedged diagnoses and HEDGE_CLAUSE. */
const EN_DESCRIBED_HEDGE = String.raw`(?:from|going by|based on|judging (?:by|from)) what you(?:'ve| have)? (?:describe|described|say|said|mention|mentioned|told (?:us|me))`;
const AR_DESCRIBED_HEDGE = '[وف]?(?:من كلام(?:ك|كي|ج|كم)|من وصف(?:ك|كي|ج|كم)|حسب كلام(?:ك|كي|ج|كم)|حسب وصف(?:ك|كي|ج|كم)|من اللي بتقوله|من اللي بتوصفه|من اللي تقوله|علي حساب (?:واش|اللي|لي|ما) (?:قلتي|قلت|قلتو|وصفتي|وصفت))';
/** A clause that is only a hedge on what the patient described ("From what you describe,", "من كلامك،"): the next clause is what it frames. */
const HEDGE_CLAUSE = rule(
  String.raw`^\s*(?:(?:and|so|but)\s+)?${EN_DESCRIBED_HEDGE}\s*$` + String.raw`|^\s*[وف]?(?:على\s+|علي\s+)?(?:${AR_DESCRIBED_HEDGE})\s*$`,
  'u',
);
const AR_NOUN_R = String.raw`(?:ا|ات)?${AR_R}`;
const EN_OUTCOME_VERBS = String.raw`clear (?:it|them)(?! up)|fix|cure|heal|dissolve|break up|help|ease|soften|take the edge off|relieve|reduce|settle|calm|soothe|sort (?:it |that |this )?out|take care of|resolve|stop|clear (?:it |that )?up|get rid of|make it better|loosen|release|strengthen|improve|speed up|lighten|whiten|remove|treat|protect|numb|kill|dry (?:it |them )?out|fill (?:in )?(?:the |any |those |some )?(?:nutritional )?gaps`;
const EN_PRESENT_OUTCOME_VERBS = String.raw`(?:usually|often|generally|normally|typically) (?:clear|help|relieve|reduce|ease|soothe|heal|fix|cure|settle|calm|treat)|helps|fills (?:in )?(?:the |any |those |some )?(?:nutritional )?gaps|relieves|reduces|eases|soothes|heals|loosens|works wonders|does the trick|clears (?:it |them |that )?up|clears|fixes|cures|settles|calms|treats|protects|(?:really |often |usually |can |do )?(?:help|relieve|ease|soothe|work wonders|do the trick|make a (?:big |real |huge )?difference)(?: a lot| a great deal| loads)?`;

const EN_BODY = String.raw`${EN_L}(?:${EN_BODY_PARTS})${EN_R}|\b${EN_DETERMINED_BODY_PARTS}${EN_R}`;
/**
 * A clause is clinical when it names a body part or a word of the lexicon. Two patterns tried in turn, not one
 * alternation: past about 20,000 characters V8 stops compiling a regex to native code, and the check slows by a tenth.
 */
const EN_BODY_PATTERN = rule(EN_BODY);
// Two patterns tried in turn: as one alternation the lexicon grew past the size V8 compiles to native code.
const EN_LEXICON_PATTERN = anyOf(
  rule(String.raw`${EN_L}(?:${EN_SYMPTOMS}|${EN_CONDITIONS}|${EN_PATIENT_STATES})${EN_R}`),
  rule(String.raw`${EN_L}(?:${EN_MEDICINES}|${EN_TREATMENTS}|${EN_ACTIVITIES}|${EN_PROCEDURES})${EN_R}`),
);
/** Verbs of what a treatment, position or habit does to the body. */
const EN_EFFECT_VERBS = String.raw`takes? (?:(?:a lot of|most of|some of|much of) )?(?:the |some |all the )?(?:pressure|strain|load|weight|stress) off|taking (?:(?:a lot of|most of|some of|much of) )?(?:the |some )?(?:pressure|strain|load|weight|stress) off|sorts? (?:out|it out)|weakens?|loosens?|dissolves?|breaks? up|strengthens?|relieves?|eases?|releases?|unloads?|decompress(?:es)?|realigns?|settles?|calms?|soothes?|heals?|fix(?:es)?|cures?|reduces?|protects?|opens? up|helps? (?:to )?(?:open(?: up)?|clear|loosen|relax|mask|drown out)|frees? up|shrinks?|drains?|numbs?|relax(?:es)?|(?<!(?:n't|not|never) )stops?|dr(?:y|ies)(?=(?:\s+\S+){1,3}?\s+out\b)|desensiti[sz]es?|(?:much |far |a lot )?(?:(?:kinder|gentler) (?:to|on)|(?:easier|harder|tougher) on)|(?:kind|gentle|hard|tough) on|bad for|damaging to|harmful to`;

/** Physical instructions: what the patient is told to do with their body. */
const EN_PHYSICAL_VERBS = String.raw`moisturi[sz]e|moisturi[sz]ing|sleep|sleeping|lie|lying|sit|sitting|stand|standing|put|putting|place|placing|hold|holding|keep|keeping|press|pressing|rub|rubbing|bend|bending|lift|lifting|raise|raising|tuck|tucking|squeeze|squeezing|push|pushing|pull|pulling|roll|rolling|tilt|tilting|point|pointing|support|supporting|straighten|straightening|flex|flexing|rotate|rotating|turn|turning|move|moving|stretch|stretching|massage|massaging|elevate|elevating|rest|resting|bite|biting|clench|clenching|curl|curling|squat|squatting|brace|bracing|draw|drawing`;

/** Telling the patient to keep off something: "avoid", "hold off on", "I wouldn't", "best not to". */
const EN_RESTRICTION = String.raw`\b(?:avoid|avoiding|hold off|holding off|stay off|stay away from|keep off|keep (?:him|her|them|the baby) (?:off|away from)|lay off|skip|don't|do not|try not to|better not|best not to|i'd not|i wouldn't|i would not|you shouldn't|you should not|please no|no more)\b`;

/** Another doctor's words or care, restated ("your GP said", "his paediatrician thinks", "her dentist prescribed"). */
const EN_DOCTOR_SAID = String.raw`(?:your|his|her|their|the) (?:gp|doctor|dentist|physio|paediatrician|pediatrician|specialist|surgeon|consultant|pharmacist|pharmacy|[a-z]+ologist|[a-z]+iatrician) (?:\S+ ){0,8}?(?:told|said|says|mentioned|thinks|thought|suspects|suspected|diagnosed|prescribed|recommended|started|gave)`;

/** Specialists a patient may be sent to, or told they need not see. */
const EN_SPECIALISTS = String.raw`psychiatrist|psychologist|surgeon|specialist|neurologist|cardiologist|dermatologist|endocrinologist|rheumatologist|urologist|gastroenterologist|nephrologist|internist|allergist|ophthalmologist|gyn(?:a)?ecologist|haematologist|hematologist|andrologist`;

const ENGLISH: AdviceRules = gateLiterals({
  // Two patterns tried in turn: as one alternation it grows past the size V8 compiles to native code.
  diagnosis: anyOf(
    // "is just your lungs clearing themselves": a symptom explained as the body doing something.
    rule(String.raw`\b(?:is|are|'s)\s+(?:just|simply|only)\s+(?:your|his|her|their|the)\s+(?:${EN_BODY_PARTS})\s+[a-z]+ing\b`),
    // "Your T-score of -2.8 puts you firmly in the osteoporosis range".
    rule(String.raw`\bputs?\s+(?:you|him|her|them)\s+(?:firmly\s+|squarely\s+|clearly\s+|right\s+|well\s+)?(?:in|into|within)\s+(?:the\s+)?(?:${EN_CONDITIONS})\s+(?:range|category|zone|bracket)\b`),
    rule(
      String.raw`${EN_L}(?:sounds? like|sounds as if|looks like|seems like|(?:sounds?|looks|seems) (?:a lot|very much|rather|quite|a bit|exactly|just|more) like|seems to be|appears to be|that's|that is|this is|it's|it is|could (?:well |easily |also |just |actually |really |possibly |even )?be|might (?:well |also |just |actually |really |possibly |even )?be|may (?:well |also |just |actually |really |possibly |even )?be|probably|likely|most likely|(?:very |highly |quite )?unlikely to be|almost certainly|almost always|nearly always|in most cases|definitely|clearly|usually|often|typically|commonly|means?|indicates?|suggests?|points? to|signs? of|symptoms? of|caused by|due to|falls? (?:into|within|in the range of)|counts? as|(?:is|are) (?:classed|classified) as|you (?:probably |likely |may |might |could |most likely )?(?:have|'ve got|have got))${EN_R}(?:\s+\S+){0,5}?\s+(?:an?\s+|the\s+|some\s+|just\s+)?(?:${EN_CONDITIONS})${EN_R}`,
    ),
    rule(
      // "sounds more like everyday stress than anything serious", "it's probably just stress from work rather than anything serious":
      // the patient's complaint put down as something minor.
      String.raw`\b(?:(?:sounds?|looks|seems)\s+(?:\S+\s+){0,2}?like|(?:is|'s|are)\s+(?:probably|most likely|likely|almost certainly)(?:\s+just)?)\s+(?:\S+\s+){1,4}?(?:than|rather than)\s+anything\s+(?:more\s+)?(?:serious|sinister|worrying|dangerous)\b` +
      // "That pain is classic plantar fasciitis": a condition right after the verb "to be".
      // "'s" as "is" after a pronoun, not a possessive ("our children's allergy specialist").
      String.raw`|\b(?:is|are|(?:it|that|this|he|she|there)'s)\s+(?:usually\s+|often\s+|mostly\s+)?(?:an?\s+|the\s+)?(?:classic|typical|textbook|clearly|obviously|definitely|probably|likely|just|only|simply)?\s*(?:an?\s+)?(?:(?:small|mild|slight|minor)\s+)?(?:${EN_CONDITIONS})${EN_R}` +
      // "Forgetting where you've put your keys is a normal part of getting older".
      String.raw`|\b(?:is|are)\s+(?:just\s+|simply\s+|only\s+)?(?:a\s+|an\s+)?(?:completely\s+|perfectly\s+|totally\s+|very\s+)?(?:(?:normal|natural|common|expected)\s+)?part of\s+(?:getting older|ageing|aging|growing up|pregnancy|being pregnant|healing|recovery|the recovery|the healing process|menopause|puberty)\b` +
      // Reassurance about a symptom is a clinical judgement too: "some sensitivity is normal after whitening".
      String.raw`|\b(?:normal|common|expected|nothing to worry about)\b(?:\s+\S+){0,4}?\s+(?:after|with|following)\s+(?:an?\s+|the\s+|your\s+)?(?:filling|extraction|session|treatment|whitening|procedure|scaling|root canal|massage|injury)\b` +
      String.raw`|${EN_L}(?:${EN_SYMPTOMS})${EN_R}(?:\s+\S+){0,3}?\s+(?:is|are)\s+(?:most\s+|very\s+|quite\s+)?(?:[a-z]+ly\s+|quite\s+|very\s+|so\s+|just\s+)?(?:normal|common|expected|nothing to worry about|innocent|harmless|benign)\b`,
    ),
    rule(
      // "Daily green sputum and repeated chest infections are very typical of bronchiectasis": signs said to be a condition's own.
      String.raw`\b(?:is|are|'s|'re)\s+(?:very\s+|really\s+|quite\s+|pretty\s+|so\s+)?(?:typical|classic|characteristic|textbook|a classic sign|classic signs|a hallmark|hallmarks)\s+of\s+(?:an?\s+|the\s+)?(?:early\s+)?(?:${EN_CONDITIONS})${EN_R}`,
    ),
    // "Seeing halos around lights is common with early glaucoma": a sign said to go with a condition (a pattern of its own, for size).
    rule(
      String.raw`\b(?:is|are|'s|'re)\s+(?:very\s+|really\s+|quite\s+|pretty\s+|so\s+)?(?:(?:common|usual|normal|expected)\s+(?:with|in)\s+|(?:a\s+)?(?:classic|typical|textbook)\s+)(?:an?\s+|the\s+)?(?:early\s+|mild\s+)?(?:${EN_CONDITIONS})${EN_R}`,
    ),
  ),
  // Two patterns tried in turn, each under the size V8 compiles natively.
  hedgedDiagnosis: anyOf(
    // "It sounds like you're dealing with generalised anxiety disorder": a condition the patient seems to have, not only a hard time.
    rule(String.raw`\b(?:sounds?|looks|seems)\s+(?:to me\s+)?like\s+(?:you're|you are|you've been|he's|she's|they're|he is|she is)\s+(?:dealing with|suffering from|experiencing|going through|having|living with|struggling with|showing signs of)\s+(?:an?\s+|some\s+|the\s+)?(?:${EN_CONDITIONS})${EN_R}`),
    rule(
      String.raw`${EN_L}(?:${EN_DESCRIBED_HEDGE}|i think|i suspect|i'd (?:say|guess)|my guess is|what you(?:'re| are) describing|(?:is|are) (?:often |usually |commonly |generally )?(?:known|called|referred to) as|(?:is|are) what(?:'s| is) (?:called|known as)|consistent with|in keeping with|a classic sign of|classic signs of)${EN_R}(?:\s+\S+){0,6}?\s+(?:an?\s+|the\s+|some\s+|just\s+)?(?:${EN_CONDITIONS})${EN_R}`,
    ),
    rule(
      // "A burning tongue like you describe is most likely burning mouth syndrome": what the patient describes, named with a hedge.
      String.raw`\b(?:like|as|what|that|the (?:symptoms?|signs?|pain|problem))\s+you(?:'ve| have)?\s+(?:describe|described|are describing|'re describing)\s+(?:\S+\s+){0,2}?(?:is|are|sounds?|looks?)\s+(?:most likely|probably|likely|very likely|almost certainly|(?:a lot |very much |exactly )?like)\s+(?!(?:something|a question|one for|best|worth)\b)[a-z]` +
      // "Youssef may well have a sensory processing disorder".
      String.raw`|\b(?:may|might|could)\s+(?:well\s+|possibly\s+|actually\s+)?(?:have|be suffering from|be dealing with)\s+(?:an?\s+|some\s+)?(?:${EN_CONDITIONS})${EN_R}` +
      // "A reading of 62 means your sugar is low": a result read as a level that is too low, too high or normal.
      String.raw`|\b(?:means?|shows?|indicates?|suggests?)\s+(?:that\s+)?(?:your|his|her|the)\s+(?:blood\s+)?(?:sugar|glucose|pressure|iron|ferritin|vitamin d|cholesterol|thyroid|tsh|hormones?|levels?|count|ha?emoglobin|oxygen|sats)\s+(?:levels?\s+)?(?:is|are|was|were)\s+(?:too\s+|very\s+|a bit\s+|quite\s+|slightly\s+|dangerously\s+)?(?:low|high|normal|fine|elevated|raised|borderline|ok|okay)\b` +
      // "A level of 16 at five days old is definitely high enough for phototherapy": a result judged high, low or normal.
      String.raw`|\b(?:level|reading|result|count|score)s?\s+of\s+[\d.]+\b(?!\s+(?:floors?|minutes?|hours?|days?|weeks?|people|patients|sessions?|steps?|metres?|meters?|km)\b)(?:\s+\S+){0,5}?\s+(?:is|are|'s)\s+(?:definitely\s+|probably\s+|clearly\s+|certainly\s+)?(?:too\s+|very\s+|quite\s+)?(?:high|low|normal|elevated|borderline|dangerous)\b` +
      // "… usually points to a mild oral-motor delay": a hedged pointer to something wrong, whatever its name.
      String.raw`|\b(?:usually|probably|often|most likely|likely|typically)\s+(?:points?|suggests?|indicates?)\s+(?:to\s+)?(?:an?\s+|some\s+)(?:[a-z-]+\s+){0,3}?(?:delay|disorder|infection|deficiency|weakness|inflammation|intolerance|allergy|dysfunction|imbalance)\b` +
      // "A fasting sugar of 118 usually means you're pre-diabetic": a result read as what the patient is or has.
      String.raw`|\b(?:reading|result|level|score|sugar|glucose|pressure|count|test)s?\s+(?:of\s+[\d.\/]+\s+)?(?:\S+\s+){0,2}?(?:usually\s+|probably\s+|likely\s+|normally\s+|often\s+)?(?:means?|shows?|indicates?|suggests?)\s+(?:that\s+)?(?:you're|you are|he's|she's|he is|she is|you have|he has|she has|you've got)\s+(?!(?:all\s+)?(?:to|set|booked|confirmed|due|welcome|ready|free|good to go|an? (?:appointment|slot|booking|visit))\b)[a-z]` +
      // "… so that's probably what you have": what the patient has, pointed back to with a hedge.
      String.raw`|\b(?:that's|that is|this is|it's|it is)\s+(?:probably|likely|most likely|almost certainly)\s+what\s+(?:you|he|she|they)(?:'ve| have| has)?\s+(?:got|have|has)\b` +
      // "you probably have a problem with the oil glands": a hedged "you have" before a word for something wrong, whatever it is.
      String.raw`|\b(?:you|he|she|they)(?:'ve)?\s+(?:probably|likely|most likely|may|might)\s+(?:have|has|got)\s+(?:an?\s+|some\s+)(?:[a-z]+\s+){0,2}?(?:problem|issue|condition|infection|inflammation|imbalance|deficiency|dysfunction|disorder|blockage|weakness|tear|injury|strain|irritation)s?\b`,
    ),
  ),
  // Not a quantity sold ("one 1 ml syringe of filler is 9000 EGP").
  // "just put in two drops next time": a number of doses in words, told to the patient (not "we put two drops in your eyes").
  dose: /(?:^\s*|\b(?:just|then|and|please|so)\s+)(?:put in|use|instil|take|apply|give (?:him|her|them))\s+(?:one|two|three|four|five|a couple of|an extra)\s+(?:extra\s+)?(?:drops|tablets|pills|capsules|puffs)\b|\b(?:halv(?:e|ing)|doubl(?:e|ing)|quarter(?:ing)?)\s+(?:your|his|her|their|the)\s+(?:usual\s+|daily\s+|current\s+|normal\s+)?(?:dose|dosage|amount|intake)\b|\b(?:give|take|have)\s+(?:(?:him|her|them)\s+)?(?:a|an)\s+(?:double|extra|half)\s+dose\b|\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|milligrams?|micrograms?|tablets?|pills?|capsules?|drops|iu)\b(?!\s+(?:syringes?|vials?|ampoules?|bottles?|tubes?|packs?|boxes?)\b)|\b\d+(?:\.\d+)?\s?(?:g|grams?)\s+(?:a|per|each|every)\s+(?:day|night)\b|\b(?:\d+|one|two|three|half a)\s+(?:teaspoons?|tsp|tablespoons?|tbsp|spoonfuls?|scoops?)\b|\b\d+(?:\s*(?:to|-|–)\s*\d+)?\s?(?:litres?|liters?|l)\s*(?:a|per|\/)\s*(?:minute|min)\b|\bevery (?:\d+|two|three|four|six|eight|twelve|few|couple of) hours\b|\b(?:once|twice|three times|four times|\d+ times|(?:one|two|three|four|\d+) (?:or|to) (?:two|three|four|five|\d+) times) (?:a|per|every) day\b|\b(?:one|two|\d|half an?) (?:tablets?|pills?|capsules?)\b|\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty)\s+(?:reps|repetitions|at a time)\b|\bsets? of (?:\d+|five|eight|ten|twelve|fifteen|twenty)\b|\b(?:\d+|five|ten|fifteen|twenty|thirty) minutes? (?:of (?:\S+ ){1,3}?)?(?:a day|each day|every (?:day|morning|evening|night)|daily|twice a day)\b|\b(?:once|twice|\d+ times|(?:two|three|four|five|six|ten) times) (?:an|every|per) hour\b|\b\d+\s?units?\s+(?:is|are|should be|would be|will be)\s+(?:usually\s+|normally\s+|probably\s+|typically\s+)?(?:plenty|enough|sufficient|about right|what you need)\b|\b(?:need|needs|take|takes|require|requires)\s+(?:about\s+|around\s+|roughly\s+)?\d+\s?units\b|\b\d+(?:\.\d+)?\s?(?:g|grams?)\s+of\b|\b\d+\s+hours?\s+(?:a|per|each)\s+day\b|\b(?:\d+|one|two|three|four|five|six)(?:\s+(?:to|or)\s+(?:\d+|two|three|four|five|six))?\s+(?:meals|snacks|feeds|bottles)\b(?:\s+\S+){0,5}?\s+(?:a|per|each)\s+day\b|\b(?:\d+|one|two|three|four|half a)\s+(?:level\s+|heaped\s+)?scoops?\b|\b(?:breathe|breathing|inhale|inhaling|exhale|exhaling)\s+(?:(?:in|out)\s+)?(?:slowly\s+|deeply\s+)?for\s+(?:\d+|two|three|four|five|six|seven|eight|ten)\s+(?:seconds|counts)\b/,
  frequency:
    /\b(?:every|each) (?:night|morning|evening|day)\b|\bnightly\b|(?<!\b(?:up|awake|[ap]\.?m\.?|o'clock|\d)\s?)\bat night\b|\b(?:a few|several|a couple of|two or three|three or four) times (?:a|per|every) day\b|\b(?:once|twice|three times|\d+ times|(?:one|two|three|\d+) (?:or|to) (?:two|three|four|\d+) times) (?:a|per|every) week\b|\b(?:before|at) bed(?:time)?\b|\bafter (?:meals|every meal|each meal|brushing)\b|\b(?:once|twice|three times|\d+ times) daily\b|\bmorning and (?:night|evening)\b|\bon an empty stomach\b|\bfirst thing in the morning\b|\bbefore (?:breakfast|meals)\b/,
  product: rule(String.raw`${EN_L}(?:${EN_MEDICINES}|${EN_PRODUCTS})${EN_R}`),
  application: /\b(?:put|putting|apply|applying|rub|rubbing|dab|dabbing|spray|spraying|smear|massage|drop|insert|swab|paint|use (?:it|them|this|that))\b(?!\s+(?:online|for|to (?:us|the clinic|our)|through|via|by (?:phone|email)|here|now|in person))/,
  medicine: rule(String.raw`${EN_L}(?:${EN_MEDICINES})${EN_R}`),
  chainedDirective: /\b(?:and|then)\s+(?:then\s+|just\s+|gently\s+)?(?:ice|rinse|gargle|soak|compress|swab|dab|rub)\s+(?:with|it|them|the area|the spot|your|gently|twice|every|afterwards)\b/,
  describedSubject: /\b(?:we|we'll|i|i'll|will|'ll|would|can|could|does|do|did|during|includes?|dr\.?|doctor|dentist|physio|physiotherapist|therapist|hygienist|specialist|surgeon|orthodontist|clinician|team|she|he|they)\b/,
  // Home-care verbs that are a treatment by themselves: "ice it", "rinse with ...", "don't chew on it".
  selfContainedDirective: rule(
    // "avoid swaddling her legs straight", "carry her on your hip with her legs spread apart", "a small fan on her face", "sit in warm water": handling or positioning the body.
    String.raw`\b(?:avoid|don't|do not|never|try not to|stop)\s+(?:swaddling|carrying|lifting|holding|pulling|straightening|bending)\s+(?:her|his|their|your|the baby's)\s+(?:legs?|hips?|knees?|arms?|neck|head|back)\b|\bcarry\s+(?:her|him|them|the baby|your baby)\s+(?:on|in|with)\s+(?:\S+\s+){0,4}?(?:hip|legs?)\b|\b(?:a|the)\s+(?:small\s+|handheld\s+|hand-held\s+|little\s+)?fan\s+(?:on|towards|at|near)\s+(?:her|his|their|your)\s+face\b|\bsit(?:ting)?\s+in\s+(?:a\s+)?(?:warm|lukewarm|hot)\s+(?:water|bath)\b|` +
      String.raw`\b(?:stay off (?:it|your (?:foot|feet|leg|ankle|knee))|keep (?:it|the \w+|your \w+) (?:raised|elevated|up|still|immobili[sz]ed|iced|covered|dry|clean|bandaged|strapped|taped|dressed)|(?:don't|do not|try not to|never) (?:pop|burst|squeeze|pick at|pick|drain|lance) (?:it|them|the \w+|any \w+))\b|^\s*(?:and\s+|so\s+|then\s+|just\s+|please\s+|also\s+)*(?:(?:ice|rinse|gargle|elevate|stretch|massage|floss|compress|soak)\s+(?:your|it|the|with|for|twice|every|gently|regularly|daily)|(?:don't|do not|try not to|avoid|stop)\s+(?:chewing|chew|eating hard|biting|bite|running|run|lifting|lift|putting weight|put weight|exercising|training|bending|smoking|smoke|(?:eat|eating|drink|drinking)(?:\s+or\s+(?:eat|eating|drink|drinking))?\s+(?:anything\s+)?(?:hot|cold|dark|hard|sweet|sugary|spicy|crunchy|sticky)))\b` +
      // Aftercare: "no alcohol or hot drinks for 24 hours", "stick to soft food".
      String.raw`|^\s*(?:and\s+|so\s+|then\s+|also\s+|but\s+|try\s+)*no\s+(?:[a-z]+\s+){0,2}?(?:${EN_ACTIVITIES}|${EN_DIET})${EN_R}(?!\s+(?:is\s+|are\s+)?(?:required|needed|necessary))(?:\s+\S+){0,5}?\s+(?:for|until|till|before bed(?:time)?)${EN_R}` +
      // "Avoid the gym for a week", "stay away from dairy until Friday".
      String.raw`|\b(?:avoid|avoiding|skip|stay away from|stay out of|keep out of|cut out|hold off on|lay off|keep off)\s+(?:\S+\s+){0,2}?(?:${EN_ACTIVITIES}|${EN_DIET})${EN_R}(?:\s+\S+){0,4}?\s+(?:for|until|till)${EN_R}` +
      // "don't bathe him every day", "لا تحممينه كل يوم": how often to bathe or wash the patient.
      String.raw`|\b(?:don't|do not|no need to|try not to|avoid)\s+(?:bath(?:e|ing)|wash(?:ing)?|shower(?:ing)?)\s+(?:him|her|them|the baby|your (?:son|daughter|baby|child))\s+(?:every day|daily|more than|too often)\b` +
      String.raw`|\b(?:avoid|avoiding|skip|stay away from|cut out|hold off on|lay off|keep off|don't|do not|try not to|never)\s+(?:\S+\s+){0,2}?(?:${EN_ACTIVITIES}|${EN_DIET})${EN_R}(?:\s+\S+){0,6}?\s+(?:for|until|till|while (?:you're|you are) (?:pregnant|expecting|breastfeeding|nursing)|during (?:your |the )?(?:pregnancy|trimester))${EN_R}` +
      // Foods avoided in pregnancy or after a procedure, with or without a time: "stay away from sushi".
      String.raw`|\b(?:avoid|avoiding|skip|stay away from|steer clear of|cut out|don't eat|do not eat|no)\s+(?:\S+\s+){0,2}?(?:${EN_RISKY_FOODS})${EN_R}` +
      // Bed rest and raised legs: "stay in bed", "bed rest", "with your feet raised".
      String.raw`|\b(?:stay|staying|rest|resting|remain|keep to)\s+(?:in|on)\s+(?:bed|the (?:sofa|couch))\b|\bbed ?rest\b|\b(?:your\s+)?(?:feet|legs)\s+(?:up|raised|elevated)\b` +
      String.raw`|\b(?:stick to|go back to|keep to)\s+(?:a\s+|only\s+)?(?:soft|cold|cool|liquid|bland|lukewarm|mushy)${EN_R}|\b(?:only|just)\s+(?:eat|drink|have)\s+(?:soft|cold|cool|liquid|bland|lukewarm)${EN_R}`,
  ),
  symptomComes:
    /\bwhen(?:ever)?\s+(?:you|he|she|they)\s+(?:feel|get|have|notice|start to feel)\s+(?:\S+\s+){0,3}?(?:attacks?|episodes?|flare-?ups?|spells?|panic|cramps?|headaches?|migraines?|dizz(?:y|iness)|vertigo|pain|palpitations|wheez(?:e|ing)|cough(?:ing)?(?: fits?)?)\b/,
  symptomAction: /^(?:\s+\S+){0,3}?[\s,]+(?:then\s+|just\s+)?(?:try|take|use|sit|lie|breathe|drink|focus|count|press|hold)\b/,
  choiceOfCare:
    /\b(?:go for|opt for|stick with|stick to|choose|pick|get|do|have)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,3}?(?:one|test|scan|option|treatment)\s+instead\b|\b(?:need|needs|go for|opt for)\s+(?:an?\s+|the\s+)?(?:\S+\s+){1,4}?(?:rather than|instead of)\s+(?:an?\s+|the\s+)?(?:\S+\s+){0,2}?(?:one|ones)\b|\b(?:is|'s|are|would be|will be)\s+(?:probably\s+|usually\s+|really\s+|definitely\s+|generally\s+)?(?:the|a|much|far)\s+(?:better|best|right|more useful|more accurate|ideal|preferred|safer|gentler)\s+(?:test|scan|option|choice|treatment|approach|first step)\s+(?:for|than)\b|\b(?:isn't|is not|aren't|are not|won't be|wouldn't be|is no longer)\s+(?:really\s+|very\s+|that\s+|much\s+|particularly\s+)?(?:useful|helpful|worth doing)\b/,
  // Imperatives at the start of a clause, and suggestions anywhere in it.
  directive:
    /^\s*(?:and\s+|so\s+|then\s+|just\s+|please\s+|also\s+|meanwhile\s+|honestly,?\s+|if i (?:were|was) you,?\s+|if it (?:were|was) me,?\s+)*(?:(?:i'd|i would)\s+(?:personally\s+|honestly\s+|really\s+)?)?(?:hold off on|put off|go easy on|take(?!-)|use|apply|bathe|cover|coat|comb|push|press|rinse|gargle|ice|put|place|hold|keep|rest|elevate|avoid|stop|stretch|massage|roll|brush|floss|switch to|try|wear|do|soak|start|continue|get|bite|chew|stick to|drink|eat|cut (?:[a-z]+\s+){0,2}?(?:down|back)|increase|reduce|lower|double|halve|taper|swap to|change to|have (?:a|an|one|two|three|some|half a|a small|a full)\s+(?:glass|cup|spoon|spoonful|teaspoon|tablespoon|handful|piece|bowl|sip|mouthful)s? of)\b|\b(?:you should|(?<!\b(?:whether|if|ask|asks|asking|wonder|wondering)\s)(?<!\bask(?:s|ed|ing)?\s+(?:us\s+|me\s+)?(?:what|how|which|when)\s)(?:he|she|they) should|you'd better|you need to|you must|you'll want to|it's best to|best to|make sure (?:to|you)|i'd (?:recommend|suggest|advise)|(?:i'd|i would) (?:start with|go with|go for|go straight for|go straight to|opt for|stick with|skip)|i (?:would )?(?:recommend|suggest|advise)|we (?:recommend|suggest|advise)|my advice|the best thing|(?<!\b(?:you'd|you would|you|you're|you are|he'd|she'd|they'd)\s+(?:like|love|want|wanted|hoping|hope|keen|planning)\s+to\s+)try|consider|(?:recommends|advises|suggests|wants you to|would like you to)(?: that)?(?: you)?(?: to)?|it helps to|it would help to|it might help to|you (?:can|could) (?:take|use|try|apply|put)|(?:many|most|lots|a lot|plenty|some)(?: of)?(?: our| my)? (?:patients|people|clients|mums|mothers|moms|women|parents|athletes|runners)(?: [a-z'-]+){0,6}? (?:find|say|swear by|get relief from|do well with|benefit from|like to|tend to|skip|stop|pause|hold off on|cut out|take|use))\b/,
  treatment: rule(String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_MEDICINES})${EN_R}`),
  // Not the lexicon's "treatment", listed with the tests for what is not needed.
  test: rule(String.raw`${EN_L}(?!(?:any )?treatment)(?:${EN_TESTS})${EN_R}`),
  procedure: rule(String.raw`${EN_L}(?:${EN_PROCEDURES})${EN_R}`),
  lifestyle: rule(String.raw`${EN_L}(?:${EN_ACTIVITIES}|${EN_DIET})${EN_R}`),
  bookingTalk: /\b(?:book|booking|schedule|appointment|slot|session|consultation|visit|price|cost)\b/,
  outcome: anyOf(
    // "results are guaranteed", "it's guaranteed to work": a result promised (not "we can't guarantee results").
    /\b(?:results?|outcomes?)\s+(?:are|is)\s+(?:100%\s+)?guaranteed\b|(?<!\b(?:no|not|can't|cannot|never)\s+(?:\S+\s+)?)\bguaranteed\s+(?:results?|to\s+(?:work|fix|cure|stop|clear|heal|regrow|grow\s+back))\b/,
    // "Ginger is good for nausea", "honey's great for a cough": something judged good for a symptom, a condition or the body.
    rule(
      String.raw`\b(?:(?:is|are|'s|works)\s+(?:really\s+|very\s+|so\s+|especially\s+|particularly\s+|also\s+|supposed to be\s+)?(?:good|great|excellent|helpful|beneficial|brilliant|effective|wonderful|amazing)|works?\s+(?:really\s+|very\s+|so\s+|extremely\s+)?well)\s+for\s+(?:[a-z]+ing\s+(?:out\s+|down\s+|up\s+)?)?(?:a\s+|an\s+|the\s+|your\s+|his\s+|her\s+|their\s+|any\s+)?(?:${EN_SYMPTOMS}|${EN_CONDITIONS}|immunity|(?:the\s+)?immune system|${EN_BODY_PARTS})${EN_R}`,
    ),
    // "that will keep the curve from getting worse": a step promised to stop a problem progressing.
    /\b(?:keeps?|stops?|prevents?)\s+(?:the|your|her|his|their|it|them)\b(?:\s+\S+){0,2}?\s+from\s+(?:getting worse|progressing|worsening|spreading|coming back)\b/,
    // "sun exposure is what makes vitiligo spread": what causes or worsens a condition, put as fact.
    given(
      /\bwhat\s+(?:makes?|causes?|triggers?|sets? off|worsens?)\b/,
      rule(
        String.raw`\b(?:is|are|'s)\s+(?:exactly\s+|usually\s+|often\s+|probably\s+|really\s+|actually\s+)?what\s+(?:makes?|causes?|triggers?|sets? off|worsens?)\s+(?:the\s+|your\s+|his\s+|her\s+|their\s+)?(?:${EN_CONDITIONS}|${EN_SYMPTOMS})${EN_R}`,
      ),
    ),
    // "Grade 2 piles respond really well to banding": how a condition answers a treatment.
    rule(String.raw`\b(?:respond|responds|responded)\s+(?:really\s+|very\s+|so\s+|extremely\s+|particularly\s+)?well\s+to\s+(?:an?\s+|the\s+|some\s+)?(?:\S+\s+)?(?:${EN_TREATMENTS}|${EN_PROCEDURES}|${EN_MEDICINES})${EN_R}`),
    // "… that usually helps a fissure settle": whatever "that" is, said to heal a condition or symptom.
    followedBy(
      /\b(?:that|this|it|which|these|those)\s+(?:usually\s+|often\s+|really\s+|generally\s+|should\s+|will\s+|can\s+|normally\s+)?helps?\s/,
      rule(String.raw`^(?:a\s+|an\s+|the\s+|your\s+|his\s+|her\s+)?(?:${EN_CONDITIONS}|${EN_SYMPTOMS})${EN_R}\s+(?:to\s+)?(?:settle|heal|calm|clear|go|ease|improve|recover|close|subside|shrink|fade)`),
    ),
    // A treatment or a condition, then what it will do: two patterns, as one alternation grew near the size V8 compiles to native code.
    ...[`${EN_TREATMENTS}|${EN_MEDICINES}`, EN_CONDITIONS].map((subject) =>
      rule(String.raw`${EN_L}(?:${subject})\b(?:\s+\S+){0,7}?\s+(?:will|'ll|should|can|would|might|may)\s+(?:really\s+|usually\s+|definitely\s+|also\s+)?(?:${EN_OUTCOME_VERBS})\b`),
    ),
    // "tea tree oil on the spots at night usually calms them": the effect may come a few words after the treatment.
    // Not "a favourite toy or tablet helps keep little ones busy".
    rule(String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_MEDICINES})\b(?:\s+\S+){0,8}?\s+(?:${EN_PRESENT_OUTCOME_VERBS})\b(?!\s+(?:to\s+)?(?:keep\s+(?:\S+\s+){1,2}?(?:busy|entertained|occupied|distracted|happy|settled|calm|still|relaxed)|(?:\S+\s+){0,2}?(?:settle|relax|calm down|sit still|stay still|pass the time|feel at home))\b)`),
    // "A lukewarm shower before bed … usually help a lot with night sweats": home care said to help a symptom (not a clinician or the team).
    rule(String.raw`(?<!\b(?:dr\.?|doctor|team|physio|nurse|she|he|we|they|who)(?:\s+\S+){0,3}\s+)\b(?:usually|often|really|generally|tends? to)\s+helps?\s+(?:a lot\s+|a bit\s+|loads\s+|a great deal\s+)?with\s+(?:the\s+|your\s+|her\s+|his\s+)?(?:${EN_SYMPTOMS})${EN_R}`),
    // "a weighted blanket at bedtime and a few minutes of brushing each morning usually help calm children like him".
    after(rule(String.raw`${EN_L}(?:${EN_TREATMENTS})${EN_R}`), /\b(?:usually|often|really|generally)\s+helps?\s+(?:to\s+)?(?:calm|settle|soothe|relax|regulate)\b/),
    // "… and honestly it works wonders for shin splints": the treatment named before, as a pronoun.
    rule(String.raw`\b(?:it|this|that|they)\s+(?:really\s+|honestly\s+|usually\s+)?(?:works? wonders|does wonders|works? really well|works? great)\s+(?:for|on|with)\s+(?:\S+\s+){0,2}?(?:${EN_SYMPTOMS}|${EN_CONDITIONS})${EN_R}`),
    // A procedure promised to fix a condition: "a chemical peel will clear those dark spots".
    rule(String.raw`${EN_L}(?:${EN_PROCEDURES}|${EN_PRODUCTS})${EN_R}(?:\s+\S+){0,4}?\s+(?:will|'ll|should|can|would|is going to)\s+(?:really\s+|definitely\s+|usually\s+|help\s+(?:to\s+)?)?(?:${EN_OUTCOME_VERBS}|clear|fade|even out|tighten|smooth(?: out)?|shrink|minimi[sz]e|erase|brighten|get rid of)\s+(?:\S+\s+){0,3}?(?:${EN_SYMPTOMS}|${EN_CONDITIONS})${EN_R}`),
    // "microneedling will give you much better results than a chemical peel": which treatment works better for the patient.
    // The rare words are looked for first.
    after(
      rule(String.raw`${EN_L}(?:${EN_PROCEDURES}|${EN_TREATMENTS})${EN_R}(?:\s+\S+){0,3}?\s+$`),
      /\b(?:will|would|'ll|'d|should|is going to|usually|tends? to)\s+(?:give|get)\s+(?:you|him|her|them)\s+(?:much\s+|far\s+|a lot\s+|way\s+|the\s+)?(?:better|best|faster|quicker|longer-lasting|more lasting)\s+(?:results?|improvement|outcomes?)\b/,
    ),
    // "a depigmentation session should sort it out": a session or treatment of whatever name promised to fix the problem.
    rule(String.raw`\b(?:session|sessions|treatment|treatments|course|procedure|injection|shot|cream|gel|drops)\s+(?:\S+\s+){0,3}?(?:should|will|'ll|would|can|is going to)\s+(?:really\s+|definitely\s+|usually\s+)?(?:sort (?:it |that |this |them )?out|fix (?:it|that|this|them)|cure|clear (?:it |that |this |them )?up|get rid of|fade|lighten|resolve|heal)\b`),
    // What a treatment will not do for the patient, and which one suits them: "subcision won't do much for them",
    // "fractional CO2 resurfacing would be the better option for you". The rare words are looked for first.
    after(
      rule(String.raw`${EN_L}(?:${EN_PROCEDURES}|${EN_TREATMENTS})${EN_R}(?:\s+\S+){0,3}?\s+$`),
      /\b(?:won't|will not|wouldn't|would not|isn't going to|is not going to|doesn't|does not|can't|cannot)\s+(?:really\s+|actually\s+)?(?:do (?:much|a lot|anything)|help|work|be enough)\b/,
    ),
    after(
      rule(String.raw`${EN_L}(?:${EN_PROCEDURES}|${EN_TREATMENTS})${EN_R}(?:\s+\S+){0,5}?\s+$`),
      /\b(?:would be|will be|is|might be|may be)\s+(?:the\s+|a\s+)?(?:much\s+)?(?:better|best|right|ideal|most suitable|safer|safest|more suitable)\s+(?:option|choice|treatment|approach|fit|route)\s+for\s+(?:you|him|her|them|your|his|their)\b/,
    ),
  ),
  bareOutcome: rule(
    // "… a warm glass of milk — it usually helps anxious kids settle": or a pronoun standing for it.
    String.raw`^\s*(?:and\s+|so\s+)?(?:(?:it|this|that|they|these|both)\s+)?(?:should|will|would|can|could|may|might|is going to|usually|often|really|generally|tends? to)\s+(?:really\s+|also\s+|usually\s+|definitely\s+|probably\s+)?(?:${EN_OUTCOME_VERBS}|helps|eases|relieves|settles|calms|soothes)\b`,
  ),
  effect: earliestOf(
    rule(String.raw`${EN_L}(?:${EN_EFFECT_VERBS})${EN_R}(?:\s+\S+){0,4}?\s+(?:${EN_BODY})`),
    // Symptoms and conditions in two patterns: as one they grew past the size V8 compiles natively.
    rule(
      String.raw`${EN_L}(?:${EN_EFFECT_VERBS})${EN_R}(?:\s+\S+){0,4}?\s+${EN_L}(?:${EN_SYMPTOMS})${EN_R}` +
        String.raw`|\b(?:bring|brings|bringing|get|gets|keep|keeps)\s+(?:the |your |that |this |any )?(?:${EN_SYMPTOMS})\s+down\b`,
    ),
    rule(String.raw`${EN_L}(?:${EN_EFFECT_VERBS})${EN_R}(?:\s+\S+){0,4}?\s+${EN_L}(?:${EN_CONDITIONS})${EN_R}`),
  ),
  clinicianSubject: /\b(?:dr\.?|doctor|dentist|physio|physiotherapist|therapist|hygienist|specialist|surgeon|orthodontist|clinician|team|she|he|they)\b/,
  // Several patterns tried in turn: as one alternation they grew past the size V8 compiles to native code.
  need: anyOf(
    // "surgery shouldn't be needed": a treatment, procedure or test judged unnecessary.
    given(
      /\bbe\s+(?:needed|necessary|required)\b/,
      rule(
        String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_PROCEDURES}|${EN_TESTS})${EN_R}\s+(?:shouldn't|should not|won't|will not|wouldn't|would not|probably won't)\s+be\s+(?:needed|necessary|required)\b`,
      ),
    ),
    // "a yearly screening is all you'll need", "sound therapy is exactly what you need".
    given(
      /\b(?:all|what)\s+\S/,
      rule(
        String.raw`${EN_L}(?:${EN_TESTS}|${EN_TREATMENTS}|${EN_PROCEDURES})${EN_R}\s+(?:is|are|'s|would be|will be|should be)\s+(?:probably\s+|likely\s+|really\s+|exactly\s+)?(?:all|what)\s+(?:you|he|she|they|(?:\S+\s+){1,4}?like yours)(?:'ll| will| would|'d)?\s+(?:need|needs|want)\b`,
      ),
    ),
    // "the intensive programme is probably a better fit for you than weekly sessions", "with hair like yours you'll probably need around 6–8 sessions".
    /\b(?:better|best|right)\s+(?:fit|option|choice)\s+for\s+(?:you|him|her|them)\s+than\s+(?:\S+\s+){0,2}?(?:sessions?|therapy|treatments?|programmes?|programs?|surgery|injections?|medication|tablets|exercises)\b|\byou(?:'ll| will|'d| would)?\s+(?:probably|likely|most likely)\s+need\s+(?:around\s+|about\s+|roughly\s+|approximately\s+|at least\s+)?\d+(?:\s*[–-]\s*\d+)?\s+(?:\S+\s+){0,3}?(?:sessions?|treatments?|injections?|rounds?)\b/,
    // "you'd probably get the most out of our Biofeedback Sessions rather than electrical stimulation": which treatment suits the patient.
    rule(
      String.raw`\b(?:you|he|she|they|[a-z]+(?= will| would|'ll|'d))(?:'d| would|'ll| will)?\s+(?:probably\s+|likely\s+|definitely\s+|really\s+)?(?:get the most out of|benefit (?:most |more |a lot |greatly )?from|do (?:best|better) with)\s+(?:\S+\s+){0,4}?(?:${EN_TREATMENTS}|${EN_PROCEDURES}|sessions?|therapy|treatment|stimulation)${EN_R}`,
    ),
    rule(
      // "you'd be a great candidate for the gastric balloon".
      String.raw`\b(?:you|he|she|they)(?:'d| would|'re| are|'s| is|'ll| will)?\s+(?:be\s+)?(?:(?:almost certainly|most likely|probably|likely|definitely|certainly|clearly)\s+)?(?:a|an|the)\s+(?:really\s+|very\s+|much\s+)?(?:great|good|ideal|perfect|suitable|excellent|strong|prime|likely|better|stronger|best)?\s*candidates?\s+for\b|` +
      String.raw`(?<!\b(?:told|said|think|thinks|thought|wonder|wondering|asked|asking|whether|if)\s)\b(?:you|he|she|they)(?:'ll| will|'d| would| may| might| could)?(?: most likely| probably| likely| definitely| certainly| almost certainly| really| honestly| actually| absolutely)? needs? (?:a |an |some |the |to have (?:a |an |the )?|to get (?:a |an |the )?|to start (?:a |an |the )?|to take )?(?:new |course of )?(?:${EN_TREATMENTS}|${EN_PROCEDURES}|${EN_MEDICINES})\b`,
    ),
    rule(
      // "It might be worth keeping your weight off it, icing it …": home care put as what would be worth doing.
      String.raw`\b(?:(?:might|may|would|could)\s+(?:well\s+)?be|it's|it is)\s+(?:(?:really|definitely|well)\s+)?(?:worth|a good idea|wise|sensible|best)\s+(?:to\s+)?[a-z]+(?:\s+\S+){0,5}?\s+(?:(?:${EN_TREATMENTS})|(?:${EN_MEDICINES})|(?:${EN_BODY_PARTS})|(?:${EN_DIET})|(?:${EN_TESTS})|(?:${EN_SPECIALISTS})|weight)${EN_R}`,
    ),
    rule(
      // "the sensible next step would be an ultrasound-guided FNA biopsy rather than waiting".
      String.raw`\b(?:the|your)\s+(?:sensible|best|right|logical|obvious|safest|recommended|natural)?\s*next step\s+(?:would be|is|will be|should be)\s+(?:(?!to\s+(?:book|schedule|arrange|reserve|pay)\b)\S+\s+){0,3}?(?:${EN_TREATMENTS}|${EN_PROCEDURES}|${EN_TESTS})${EN_R}`,
    ),
    rule(
      // "lithotripsy is probably what you'll need".
      // "a class 2 compression stocking is usually what's needed".
      String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_PROCEDURES})${EN_R}\s+(?:is|are|would be|'s)\s+(?:probably\s+|likely\s+|most likely\s+|definitely\s+|usually\s+|often\s+|typically\s+|generally\s+|normally\s+)?(?:what|all)(?:\s+(?:you|he|she|they)(?:'ll| will| would|'d)?\s+need\b|(?:'s|\s+is)\s+(?:needed|required|called for)\b|\s+(?:sorts?|fix(?:es)?|settles?|helps?|works?)\s+(?:it|this|that|them)\b)`,
    ),
    // Two patterns: as one they grew near the size V8 compiles natively.
    rule(
      // "Receding gums like the ones you describe usually need a gum graft", "many kids end up needing grommets".
      String.raw`\b(?:(?:usually|often|generally|typically|normally|almost always|definitely|clearly|certainly)\s+needs?|(?:end|ends|wind|winds)\s+up\s+needing)\s+(?:an?\s+|some\s+)?(?:${EN_TREATMENTS}|${EN_PROCEDURES})${EN_R}` +
      // "the tonsils need to come out".
      // "Salma will most likely need her adenoids removed".
      String.raw`|\b(?:will|'ll)\s+(?:most likely|probably|likely|almost certainly)\s+need\s+(?:his|her|their|your|the)\s+(?:${EN_BODY_PARTS})\s+(?:removed|taken out|out|operated on)\b` +
      String.raw`|\b(?:the|his|her|your|their)\s+(?:${EN_BODY_PARTS})\s+(?:will\s+|would\s+|may\s+|might\s+)?(?:probably\s+|likely\s+|definitely\s+)?needs?\s+(?:to\s+)?(?:come out|be (?:removed|taken out|pulled|extracted)|removing|taking out|pulling)\b`,
    ),
    rule(
      // "you'll definitely want yellow fever and typhoid".
      String.raw`\byou(?:'ll| will)\s+(?:definitely |probably |certainly |likely )?(?:want|need)\s+(?:the\s+|a\s+|an\s+)?(?:${EN_TREATMENTS})${EN_R}` +
      // How many sessions until the problem goes: "you'll probably need six sessions before the pain settles".
      String.raw`|\b(?:you|he|she|they)(?:'ll| will)?(?: most likely| probably| likely)? need\s+(?:\S+\s+){0,4}?(?:before|until|till)\s+(?:the|your|his|her|it|that)\s+(?:\S+\s+)?(?:goes away|settles|heals|clears up|improves|gets better|eases)\b`,
    ),
    // "you'll most likely need the full 12-session package before you can start running again", "most patients like you end up needing …".
    /\b(?:you|he|she|they)(?:'ll| will)?\s+(?:most likely|probably|likely|almost certainly)\s+need\s+(?:\S+\s+){0,5}?(?:before|until|till)\s+(?:you|he|she|they)\s+(?:can|could|are able to|'re able to|is able to)\b|\b(?:most|many|a lot of|lots of)\s+(?:of\s+(?:our\s+)?)?(?:patients|people|clients|women|men|kids|children|adults|couples|parents|mums|mothers|teens|teenagers|athletes|runners|players|smokers)\s+(?:\S+\s+){0,4}?(?:like\s+(?:you|yours|him|her|his|hers|them|theirs)|as\s+\S+\s+as\s+(?:yours|his|hers)|in (?:your|that|this|the same|a similar) (?:situation|position|case|shoes))\s+(?:\S+\s+){0,2}?(?:need|needing|require|requiring|get better|improve|do well|do (?:much |far |a lot )?better|respond|move on to|go on to|end up (?:with|needing|having)|switch to|opt for|go for)\b(?!\s+(?:(?:the|a|an|our|your|to)\s+)?(?:\S+\s+)?(?:slots?|appointments?|times?|bookings?|branch(?:es)?|days?|mornings?|evenings?|afternoons?|weekends?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|payments?|deposits?|online|book)\b)/,
    // "you'll most likely need an ultrasound-guided biopsy": a hedged need, whatever the treatment (not an hour, a booking or paperwork).
    /\b(?:you|he|she|they)(?:'ll| will|'d| would)?\s+(?:most likely|probably|likely|almost certainly)\s+(?:only\s+|just\s+|really\s+)?(?:needs?|ends? up needing|requires?)\s+(?!(?:(?:an?|the|some)\s+)?(?:\d|our\s+(?!(?:\S+\s+){0,4}?(?:therapy|programme|program|treatment|surgery|procedure|sessions?)\b)|(?:to|about|around|roughly|your|more|less|extra|hour|minute|appointment|booking|slot|consultation|deposit|referral|letter|copy|form|id|receipt|reminder|follow-up|check-up|confirmation|parking|lift|ride|time|next|earliest|first|same|morning|afternoon|evening)s?\b))(?:an?\s+|the\s+|some\s+|our\s+(?=(?:\S+\s+){0,4}?(?:therapy|programme|program|treatment|surgery|procedure|sessions?)\b))?[a-z][a-z-]+/,
    // "your son will most likely need around 12 Schroth sessions": how much treatment someone will need, whoever they are.
    /\b(?:will|'ll|would|'d)\s+(?:most likely|probably|likely|almost certainly)\s+need\s+(?:around\s+|about\s+|roughly\s+|at least\s+)?\d+(?:\s*(?:to|-|–)\s*\d+)?\s+(?:\S+\s+){0,3}?(?:sessions?|treatments?|injections?|rounds?|visits)\b/,
    // "after a trigger finger release most people need around 6 to 8 hand therapy sessions": how much treatment people need.
    /\b(?:most|many)\s+(?:people|patients|kids|children|adults|women|men|teens|teenagers|athletes|runners|players|smokers)\s+(?:\S+\s+){0,4}?(?:need|require|end up needing)\s+(?:around\s+|about\s+|roughly\s+|at least\s+|between\s+)?(?:\d+|two|three|four|five|six|eight|ten|a few|several)(?:\s*(?:to|-|–|or|and)\s*(?:\d+|three|four|five|six|eight|ten|twelve))?\s+(?:\S+\s+){0,3}?(?:sessions?|treatments?|injections?|rounds?|visits)\b/,
    // "the medical facial cleansing is a better fit than the chemical peel": one treatment preferred to another for the patient.
    /\b(?:better|best)\s+(?:fit|option|choice|bet)\s+than\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,2}?(?:peels?|sessions?|therapy|treatments?|injections?|surgery|medication|laser|creams?|tablets|drops)\b/,
    // "a regular 2D scan should be fine for you instead of the anomaly scan": one test or treatment put in place of another.
    rule(
      String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_PROCEDURES}|${EN_TESTS})${EN_R}\s+(?:should|would|will|'ll|'d)\s+be\s+(?:fine|enough|ok|okay|sufficient|plenty|all you need)\s+(?:for\s+(?:you|him|her|them)\s+)?(?:instead of|rather than|in place of)\b`,
    ),
    // "robotic gait training will get you much further than regular physio sessions": one treatment put above another.
    /\b(?:will|would|'ll|'d|should|could)\s+(?:probably\s+|definitely\s+|likely\s+|honestly\s+)?get (?:you|him|her|them) (?:much |a lot |far |a bit )?(?:further|better results|more benefit)\s+than\b/,
    // "most of our fibro patients get a lot more out of hydrotherapy than the injections".
    /\b(?:get|gets|got)\s+(?:a lot |much |far |a bit |a little )?more out of\s+(?:\S+\s+){1,4}?than\b/,
    // "we wouldn't try to put it back": the clinic's own treatment decision, said for the patient's case.
    /\bwe\s+(?:usually\s+|normally\s+|generally\s+)?(?:wouldn't|would not|won't|don't|do not)\s+(?:usually\s+|normally\s+)?(?:try to\s+)?(?:put (?:it|them) back|replant|re-?implant|save (?:it|them)|extract (?:it|them)|pull (?:it|them)|operate|fill (?:it|them))\b/,
    // "a few Schroth sessions should be enough": how much treatment will do.
    /\b(?:a few|a couple of|some|\d+|two|three|four|five|six|eight|ten)\s+(?:\S+\s+)?(?:sessions?|treatments?|injections?|visits of)\s+(?:should|will|would|might|may)\s+be\s+(?:enough|sufficient|plenty)\b/,
    // "it's probably better to push his vaccine back by a week": whether to delay care, judged for the patient.
    /\b(?:better|best|safer|wiser|advisable)\s+(?:to|if (?:you|we|he|she))\s+(?:push|postpone|delay|hold off(?: on)?|put off|wait (?:with|on)|skip|move)\s+(?:\S+\s+){0,3}?(?:vaccines?|vaccinations?|jabs?|shots?|doses?|injections?|boosters?|surgery|operation|procedure|treatment|medication|immuni[sz]ations?)\b/,
  ),
  permission:
    /\b(?:(?:you|he|she|they)\s+(?:could|can|should|may)\s+(?:probably\s+|likely\s+|safely\s+)?(?:ease|get|go|head)\s+back\s+(?:in)?to|(?:most|many)\s+(?:people|patients)\s+(?:are|'re)\s+(?:usually\s+|generally\s+)?(?:fine|ok|okay|safe|able|good)\s+to|(?:there's|there is|it's|it is)\s+no harm\s+(?:in\s+)?(?:trying|doing|starting|giving|putting)|(?:you|he|she|they)(?:'ll| will)?\s+(?:should|ought to)\s+be\s+(?:fine|ok|okay|good|safe|alright|able)\s+to|you(?:'ll| will)\s+(?:already\s+|soon\s+)?be\s+able\s+to|you(?:'re| are)\s+(?:fine|ok|okay|good|safe|alright|cleared|free)\s+to|(?:it's|it is|it should be|it'd be|it would be|that's|that is)\s+(?:perfectly\s+|completely\s+|totally\s+)?(?:fine|ok|okay|safe|alright)\s+(?:for you\s+)?to|(?:you|he|she|they)\s+(?:can|could|may)\s+(?:now\s+|safely\s+|already\s+|just\s+|still\s+|probably\s+|likely\s+)?(?:go back to|get back to|return to|resume|restart|start|stop|skip|carry on|continue|keep|eat|drink|brush|floss|exercise|train|swim|play|shower|lift|chew|sleep|take off|remove|ditch|drop|come off|put weight|walk on|cut (?:it |them )?(?:down|back|out)|leave|wear|go without|take (?:it |them )?out)|feel free to (?:eat|drink|exercise|train|run|swim|play|brush|floss|shower|lift|chew))\b/,
  // "Flat feet in kids usually don't need surgery": a hedged prognosis of need, whoever its subject.
  noNeed: /\b(?:(?:there's|there is)\s+)?no need (?:for|to)\b|\bno (?:rush|hurry) (?:for|to (?:get|have|do|start))\b|\b(?:doesn't|does not|won't|will not)\s+(?:really\s+|even\s+)?need\b|\b(?:isn't|is not|aren't|are not)\s+(?:something|anything)\s+(?:you|he|she|they)(?:'ll| will)?\s+need\b|\b(?:you|he|she|they)\s+(?:probably\s+|likely\s+|most likely\s+|honestly\s+|really\s+|actually\s+)?(?:don't|do not|doesn't|does not|won't|no longer|wouldn't)\s+(?:really\s+|actually\s+|even\s+)?(?:need|have to)\b|\b(?:doesn't|does not|don't|do not)\s+(?:sound|look|seem)\s+(?:\S+\s+){0,3}?enough to need\b|\b(?:doesn't|does not)\s+(?:sound|look|seem)\s+like\s+(?:you|he|she|they)\s+(?:really\s+)?needs?\b|\b(?:usually|often|normally|typically|generally|mostly|probably|likely|rarely)\s+(?:don't|do not|doesn't|does not|won't|will not|wouldn't)\s+(?:really\s+|even\s+)?need\b|\bno longer need\b/,
  logistics:
    /^\s*(?:to\s+)?(?:bring|send|book|booking|pay|paying|call|come|arrive|go (?:to|elsewhere|anywhere|somewhere)|travel|drive|fill|register|wait|worry|cancel|reschedule|print|email|message|text|contact|confirm|park|check in|an? (?:appointment|booking|deposit|referral|form))\b/,
  // Three patterns tried in turn: the middle one holds the treatment lexicon, so its own gate keeps it from running on
  // clauses that only have "is" or "are" in common with the others.
  judgement: earliestOf(
    rule(
      String.raw`\b(?:safe|unsafe|not safe|harmless|risky|dangerous|off the table|out of the question|not recommended|contraindicated|not advisable|inadvisable|a no-go|not suitable|unsuitable|suitable)\s+(?:for you|for your|for the baby|during (?:your |the )?(?:pregnancy|trimester|breastfeeding)|while (?:you're |you are )?(?:pregnant|breastfeeding|nursing|on)|in (?:your|the) (?:first|second|third) trimester|in pregnancy|when (?:you're )?pregnant|with (?:your|a|an)\s)` +
      String.raw`|\b(?:is|are|'s|'re|would be|should be|isn't|aren't|is not|are not|'re not)\s+(?:[a-z]+ly\s+)?(?:safe|unsafe|harmless|off the table|out of the question|contraindicated|not advisable|inadvisable|not recommended|a no-go|risky|dangerous)\b` +
      // "missing the hearing retest isn't a big deal".
      String.raw`|\b(?:isn't|is not|'s not|wouldn't be|would not be|won't be)\s+(?:really\s+|such\s+)?a\s+(?:big|huge)\s+deal\b` +
      // "laser isn't a good idea for a mole on the face".
      String.raw`|\b(?:isn't|is not|aren't|are not|wouldn't be|would not be)\s+(?:really\s+)?a\s+(?:good|great|wise|sensible)\s+idea\b`,
    ),
    rule(
      // "iontophoresis is usually the better first step before botox": which treatment suits the patient.
      String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_PROCEDURES})${EN_R}\s+(?:is|are|would|'d|will|'ll)\s+(?:[a-z]+ly\s+)?(?:(?:be\s+)?(?:[a-z]+ly\s+)?(?:the|a|an|your)\s+(?:(?:much\s+|far\s+)?(?:better|best|right|ideal|safest|preferred|sensible|smarter|good|wise|only)\s+(?:first\s+|next\s+)?|next\s+|first\s+)(?:step|option|choice|bet|approach|treatment|place to start|idea|fix|solution|way forward)|suit (?:you|him|her|them) (?:better|best|more)|(?:the|your)\s+(?:best\s+)?way to go)\b`,
    ),
    rule(
      // "it's probably safest to keep him on the walker": the safest way to manage the body.
      String.raw`\b(?:it's|it is|it'd be|it would be)\s+(?:probably\s+|definitely\s+|usually\s+|generally\s+)?(?:safest|safer|best|wisest|wiser|better)\s+to\s+(?:keep|avoid|stop|use|wear|rest|stay|hold off|take|give|thicken|feed|sit|prop|elevate|ice|cover|soak)\b` +
      // "it's best she stops carrying her school bag on one shoulder": what is best for the patient to do.
      String.raw`|\b(?:it's|it is|it'd be|it would be)\s+(?:probably\s+|definitely\s+)?(?:best|better|safest|wisest)\s+(?:if\s+)?(?:she|he|you|they)\s+(?:stops?|avoids?|skips?|keeps?|rests?|wears?|takes?|uses?|doesn't|does not|don't|do not)\b` +
      // "a faint smell around the wound is usually just part of normal healing".
      String.raw`|\b(?:is|are|'s)\s+(?:[a-z]+ly\s+)?(?:just\s+)?(?:a\s+)?(?:normal\s+)?part of (?:the\s+)?(?:normal\s+)?(?:healing|recovery|the healing process|getting better)\b` +
      // "A mild cold is usually no reason to delay his jabs".
      String.raw`|\b(?:is|are|'s)\s+(?:[a-z]+ly\s+)?no reason to\s+(?:delay|postpone|cancel|skip|stop|miss|put off|hold off)\b` +
      // "stuttering at his age is usually a normal phase".
      String.raw`|\b(?:is|are|'s)\s+(?:[a-z]+ly\s+)?(?:just\s+)?(?:a|an)\s+(?:normal|natural|passing|temporary|developmental)\s+(?:phase|stage)\b` +
      // "scleral lenses are fine to sleep in".
      String.raw`|\b(?:is|are|'re)\s+(?:[a-z]+ly\s+)?(?:fine|ok|okay|safe|alright)\s+to\s+(?:sleep|swim|shower|bathe|nap)\s+(?:in|with)\b` +
      // "most thyroid nodules picked up on ultrasound are benign", "usually just needs watching".
      String.raw`|\b(?:most|the vast majority of|nearly all|almost all)\s+(?:\S+\s+){1,7}?(?:are|turn out to be)\s+(?:benign|harmless|non-cancerous|not cancerous)\b|\b(?:usually|often|probably|likely)\s+(?:just\s+|only\s+)?needs?\s+(?:watching|monitoring|to be watched|to be monitored)\b|\b(?:is|are|'re)\s+(?:[a-z]+ly\s+)?(?:fine|ok|okay|safe|alright)\s+to\s+(?:sleep|swim|shower|bathe|nap)\s+(?:in|with)\b` +
      String.raw`|\bnothing (?:serious|to worry about|to be concerned about|major|sinister)\b|\b(?:isn't|is not|'s not|aren't|are not)\s+(?:really\s+)?anything\s+(?:serious|to worry about)\b|\b(?:shouldn't|should not|won't|will not) (?:be|cause) (?:a problem|anything serious|an issue|any (?:problems?|issues?|harm))\b|\bmore harm than good\b|\b(?:can|could|may) safely\b` +
      String.raw`|\b(?:is|are|'s) (?:perfectly |completely |totally |quite |very |pretty |fairly )?(?:normal|expected|harmless|nothing serious)\b|\byou(?:'ll| will| should) be (?:fine|ok|okay|alright)\b` +
      // What something will not do to the treatment: "it won't affect your treatment", "won't slow your recovery".
      String.raw`|\b(?:won't|will not|shouldn't|should not|doesn't|does not|wouldn't|would not|isn't going to|is not going to)\s+(?:really\s+|negatively\s+)?(?:affect|harm|hurt|damage|slow(?: down)?|delay|set back|interfere with|undo|ruin|compromise)\s+(?:your|the)\s+(?:[a-z]+\s+)?(?:treatment|results?|healing|recovery|progress|teeth|tooth|implant|filling|braces|aligners|gums)\b(?!\s+(?:plan|price|cost|schedule|booking|appointment))` +
      // "Common in the first trimester", "normal after a peel": a symptom judged by the state or procedure.
      String.raw`|\b(?:normal|common|expected|usual|typical)\s+(?:\S+\s+){0,4}?(?:in|during|after|with|following|at)\s+(?:an?\s+|the\s+|your\s+)?(?:(?:first|second|third|early|late|last)\s+)?(?:${EN_PATIENT_STATES}|${EN_PROCEDURES}|weeks|months)${EN_R}` +
      // Self-resolution: "goes away on its own", "clears up by itself".
      // "should correct itself without therapy", "is just a phase": a problem said to sort itself out.
      String.raw`|\b(?:should|will|'ll|usually|often|normally)\s+(?:correct|sort|right|resolve)\s+(?:itself|themselves)\b|\bis just a phase\b` +
      String.raw`|\b(?:go(?:es)? away|pass(?:es)?|clears?(?: up)?|settles?(?: down)?|heals?|fading|healing|settling|improving|resolving|clearing up|comes? back|returns?|resolves?|fades?|stops?|gets? better|wears? off|disappears?|calms? down|catch(?:es)? up|grows? out of it)\s+(?:on (?:its|their|his|her) own|by (?:itself|themselves|himself|herself)|naturally)\b` +
      // What a symptom will do by itself: "it'll heal", "the numbness usually wears off".
      // Not reminders or messages that "will stop".
      String.raw`|(?<!\b(?:reminders?|texts?|messages?|calls?|e-?mails?|notifications?|payments?)(?:\s+\S+){0,3}\s+)(?<!\b(?:i|we)\s?)\b(?:will|'ll|should|usually|normally|typically|often|generally|tends? to)\s+(?:[a-z]+\s+)?(?:go away|goes away|fades?|settles?(?: down)?|pass(?:es)?|clears? up|eases? off|calms? down|resolves?|heals?|improves?|disappears?|subsides?|wears? off|stops?)\b`,
    ),
  ),
  // "… so it isn't an emergency": a symptom judged not urgent.
  weakJudgement:
    /\bso (?:it|this|that)\s+(?:isn't|is not|'s not)\s+(?:an emergency|urgent)\b|\b(?:it's|it is|that's|that is)\s+(?:usually|probably|generally|most likely|likely)\s+nothing to worry about\b|\bso there(?:'s| is)\s+nothing to worry about\b|\b(?:safe|unsafe|safely|harmful|harmless|risky|dangerous|off the table|out of the question|contraindicated|not advisable|inadvisable|not recommended|a no-go)\b|\bi (?:wouldn't|would not|won't) worry\b|\b(?:better|worse|best)\s+(?:(?:long-term|short-term|long term|overall)\s+)?(?:option\s+|choice\s+|solution\s+)?(?:than|for)\b|\bthe (?:best|better) (?:thing|position|way|exercise|treatment|option|choice)\b/,
  patientState: rule(String.raw`${EN_L}(?:${EN_PATIENT_STATES})${EN_R}`),
  stateJudgement: /\b(?:safe|safely|fine|ok|okay|avoid|can (?:have|get|do|take|use|start)|shouldn't|should not|not allowed|better not)\b/,
  physical: rule(
    String.raw`^\s*(?:and\s+|so\s+|then\s+|just\s+|please\s+|also\s+|gently\s+|meanwhile\s+)*(?:(?:try|keep|start|avoid|stop|practi[sc]e)\s+)?(?:${EN_PHYSICAL_VERBS})\b(?!\s+(?:bringing|sending|coming|booking|calling|attending)\b)`,
  ),
  bodyPart: rule(EN_BODY),
  clinical: anyOf(EN_BODY_PATTERN, EN_LEXICON_PATTERN),
  clinicalOrTest: anyOf(EN_BODY_PATTERN, EN_LEXICON_PATTERN, rule(String.raw`${EN_L}(?:${EN_TESTS})${EN_R}`)),
  // The need is looked for first: "from" and "based on" are common, a need after a test word is rare.
  judgedNeed: after(
    /\b(?:based on|going by|looking at|judging by|given|from)\s+(?:\S+\s+){0,6}?(?:x-?rays?|scans?|results?|reports?|photos?|pictures?|readings?|images?|tests?|depths|measurements)\b/,
    /\b(?:you|he|she|they)(?:'ll| will| would)?\s+(?:definitely\s+|probably\s+|most likely\s+)?(?:only\s+|just\s+)?need\b(?!\s+to\s+(?:book|bring|pay|come|fill|call|arrive))/,
  ),
  statedNeed: anyOf(
    // "the right treatment for your condition is laser ablation": the treatment said to suit the patient.
    /\bthe\s+(?:right|best|most suitable|suitable|ideal|appropriate)\s+treatment\s+for\s+(?:you|your\s+(?:condition|case|veins|knee|back|skin|hair|son|daughter|child|baby))\s+(?:is|would be|will be)\b/,
    // "… is the best option for your knee arthritis": a treatment judged best for the patient's condition.
    followedBy(
      /\b(?:is|are|'s)\s+(?:the\s+)?(?:best|most suitable|right|ideal)\s+(?:option\s+|choice\s+|treatment\s+)?for\s+(?:your|his|her|their)\s+/,
      rule(String.raw`^(?:\S+\s+)?(?:${EN_CONDITIONS}|${EN_SYMPTOMS})${EN_R}`),
    ),
    // "Malak will need a Pavlik harness": a treatment the patient will need, said as a fact.
    followedBy(/(?:\bwill|'ll)\s+(?:definitely\s+|certainly\s+|also\s+)?need\s+/, rule(String.raw`^(?:an?\s+|the\s+|some\s+|a course of\s+)?(?:${EN_TREATMENTS}|${EN_PROCEDURES})${EN_R}`)),
    /\b(?:your|his|her|their)\s+(?:condition|case|situation|symptoms?)\s+(?:really\s+|definitely\s+|clearly\s+|probably\s+)?(?:needs?|requires?|calls? for)\b/,
    after(rule(String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_MEDICINES})${EN_R}`), /\b(?:is|are)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+(?:you|he|she|they|your\s+\S+)\s+needs?\b/),
    // "it sounds like she may need an endoscopy": a test or treatment the patient seems to need.
    followedBy(
      /\b(?:sounds|looks|seems) like (?:you|he|she|they|(?:your|his|her) \S+)(?: (?:may|might|will|would|could|probably|likely))? needs?\s+/,
      rule(String.raw`^(?:an?\s+|the\s+|some\s+)?(?:\S+\s+)?(?:${EN_TESTS}|${EN_TREATMENTS}|${EN_PROCEDURES})${EN_R}`),
    ),
    // "regular physio sessions should be enough", "surgery isn't really needed": a treatment judged enough, or not needed.
    rule(
      String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_PROCEDURES}|${EN_TESTS})(?:\s+(?:sessions?|treatments?|courses?))?${EN_R}\s+(?:really\s+|probably\s+|honestly\s+)?(?:(?:should|would|will|'ll)\s+(?:probably\s+|likely\s+|definitely\s+)?be\s+(?:enough|plenty|sufficient|all (?:you|he|she|they) needs?)\b|(?:isn't|is not|aren't|are not|won't be|wouldn't be)\s+(?:really\s+|actually\s+|even\s+|strictly\s+)?(?:needed|necessary|required)\b)`,
    ),
    // "see a paediatric neurologist to rule out anything serious": sent to a specialist (not "see our neurologist, Dr. …").
    rule(String.raw`(?:^\s*(?:and\s+|also\s+|so\s+|then\s+|please\s+)*|\b(?:you should|you need to|you'd better|best to|i'd)\s+)(?:see|visit|consult)\s+an?\s+(?:\S+\s+)?(?:${EN_SPECIALISTS})\b`),
  ),
  hedgedExplanation: /\b(?:is|are|'s|'re)\s+(?:probably|likely|most likely|very likely|almost certainly|usually|often|typically|normally|generally)\s+(?:just|only|simply|nothing more than)\b/,
  hedgedCause: anyOf(
    // A symptom put down to a cause: two patterns (conditions; procedures, treatments and body parts), as one alternation grew near
    // the size V8 compiles to native code.
    ...[EN_CONDITIONS, `${EN_PROCEDURES}|${EN_TREATMENTS}|${EN_BODY_PARTS}`].map((cause) =>
      rule(
        String.raw`${EN_L}(?:sounds? like|sounds as if|looks like|seems like|it seems|seems to be|probably|most likely|likely|i think|i suspect|my guess is|chances are)${EN_R}(?:\s+\S+){0,3}?\s+(?:${EN_SYMPTOMS})${EN_R}(?:\s+\S+){0,2}?\s+(?:from|caused by|due to|because of|brought on by|triggered by)\s+(?:(?:${EN_BODY})|(?:an?\s+|the\s+|your\s+)?(?:${cause})${EN_R}|(?:too much|too little|not enough|a lack of|lack of|all the|stress|anxiety|dehydration|caffeine|coffee|(?:low|high) (?:blood )?(?:sugar|pressure|iron)|your (?:diet|posture|medication|medicine|pills?|tablets?))\b)`,
      ),
    ),
    // "most people turn out to be lactose intolerant", "is classic diabetic peripheral neuropathy": a condition after a frame, adjectives between.
    // "is a classic sign that your heart failure is getting worse": a sign read as the condition.
    // Two patterns, as one alternation grew near the size V8 compiles to native code.
    rule(String.raw`\b(?:turns?|turned|turning)\s+out\s+to\s+(?:be|have)\s+(?:\S+\s+){0,2}?(?:${EN_CONDITIONS})${EN_R}`),
    rule(String.raw`\b(?:is|are|'s)\s+(?:an?\s+|the\s+)?(?:classic|typical|textbook|clearly|obviously|definitely|probably|likely|almost certainly|most likely|very likely|certainly|almost always|usually|just|simply)\s+(?:an?\s+)?(?:(?:sign|symptom|signal|indication)s?\s+(?:that|of)\s+(?:your|his|her|their|the)\s+|(?:[a-z-]+\s+){0,2})(?:${EN_CONDITIONS})${EN_R}`),
    // "Heavy periods are a very common cause of low iron": what the patient's symptom is usually put down to.
    rule(
      String.raw`\b(?:is|are|'s)\s+(?:a\s+|the\s+)?(?:very\s+|really\s+|quite\s+|pretty\s+)?(?:common|usual|typical|frequent|classic|likely|main|most common|probable|well-known|big)\s+(?:cause|reason|trigger)s?\s+(?:of|for|behind)\s+(?:\S+\s+){0,2}?(?:${EN_CONDITIONS}|${EN_SYMPTOMS})${EN_R}`,
    ),
    // "The dizziness is probably from low blood sugar": the symptom first, then the hedge and the cause.
    rule(
      String.raw`${EN_L}(?:${EN_SYMPTOMS})${EN_R}(?:\s+\S+){0,4}?\s+(?:(?:is|are|'s)\s+)?(?:probably|most likely|likely|usually)\s+(?:just\s+)?(?:from|caused by|due to|down to|because of)\s+(?:(?:low|high) (?:blood )?(?:sugar|pressure|iron)|not eating|skipping meals|too much|too little|not enough|a lack of|lack of|stress|anxiety|dehydration|caffeine|tiredness|fatigue|your\s+\S+)`,
    ),
  ),
  refusal:
    /\b(?:i|we)(?:'m|'re| am| are)?\s+(?:really\s+|afraid\s+i\s+)?(?:can't|cannot|can not|won't|don't|do not|not able to|unable to|not allowed to|not qualified to|shouldn't|am not able to|'m not able to)\b[^.;]*\b(?:advi[cs]e|diagnos|recommend|prescri|suggest|comment|medical|medication|medicine|doses?|interpret|adjust|(?:say|tell you|tell)(?:\s+(?:over|by|on|via|here|from|in|this|chat|text|message|the|phone)){0,3}\s+(?:what|which|whether|if|why|how))/,
  deferral:
    /\b(?!(?:you|i|we|it|this|that)\b)[a-z]+\s+(?:will|can|'ll|would|is going to|needs to|should|may)\s+(?:[a-z]+\s+){0,2}?(?:assess|examine|evaluate|diagnose|decide|determine|check|look at|review|advise|recommend|prescribe|discuss|confirm|tell you(?! (?:much |a lot |far )?more (?:than|about)| the same\b)|explain|see what)\b|\bin person\b|\b(?:at|during) (?:your|the) (?:appointment|visit|consultation|assessment|session|exam|examination)\b|\bafter (?:examining|the exam|an exam|the examination|assessing|the assessment)\b|\b(?:up to|for) (?:the|your) (?:doctor|dentist|physio|physiotherapist|therapist|specialist|clinician|hygienist|surgeon|gp)\b|\ba question for\b|\b(?:something|a decision|a call)\s+(?:that\s+)?(?:the|your)\s+(?:doctor|dentist|physio|physiotherapist|therapist|specialist|clinician|hygienist|surgeon|gp|consultant)s?\s+(?:will\s+|can\s+|would\s+)?(?:decides?|makes?|determines?|judges?)\b|\b(?:doctor|dentist|physio|physiotherapist|therapist|clinician)'s (?:call|decision|judgement)\b/,
  emergency:
    /\b(?:go|head|get|come|call|ring|rush|take yourself)\s+(?:\S+\s+){0,3}?(?:emergency|a&e|er|casualty|urgent care|hospital|ambulance|999|911|112|997)\b|\b(?:nearest|closest) (?:emergency|a&e|er|hospital)\b/,
  reassurance: /\b(?:is|'s|are)\s+(?:perfectly|completely|totally|entirely|absolutely|quite|very|really)\s+(?:normal|common|expected)\b|\bnothing to (?:worry|panic|be (?:worried|alarmed|scared|concerned)) about\b/,
  // "I've noted that your GP told you it's mild scoliosis": what someone else said, restated.
  empathy: new RegExp(String.raw`\b(?:sorry|i understand|i hear (?:you|that)|you mentioned|you said|(?:thanks|thank you) for (?:telling|letting) (?:us|me)|you told (?:us|me)|you described|(?:i(?:'ve| have)? )?(?:got|received) your (?:note|message)|you're dealing with|dealing with|you've been having|you have been having|to hear|you asked|you're asking|you were asking|you wondered|you're wondering|you're weighing(?: up)?|you're considering|you're thinking about|i get it|i've noted|noted that|(?:that|this|it) sounds (?:like )?(?:a |an )?(?:really |very |so |quite )?(?:tiring|hard|difficult|rough|exhausting|frustrating|painful|worrying|stressful|uncomfortable|miserable|upsetting)|${EN_DOCTOR_SAID})\b`),
  // Not "if I were you": that is advice, not a condition.
  conditional: /^\s*(?:and\s+)?(?:if(?!\s+(?:i\s+(?:were|was)\s+you|it\s+(?:were|was)\s+me)\b)|in case|should you|whether|unless|once)\b/,
  // "If you'd like to stop the pills, …": the patient's wish, put as a condition.
  openQuestion:
    /\bwhether\b|\bor not\b|\b(?:your question|you asked|you're asking|you are asking) about\b|\bif you(?:'d| would)?\s+(?:like|want|wish|prefer|plan|decide|choose)\s+to\b|\bif you(?:'re| are)\s+(?:thinking|planning|hoping)\s+(?:of|about|to)\b/,
  bringAlong: /\b(?:bring|bringing|pack|carry)\b|\bhave\s+(?:\S+\s+){1,10}?ready\b/,
  retail: /\b(?:we|the clinic|our (?:pharmacy|reception|shop|branches?))\s+(?:also\s+|do\s+|don't\s+|only\s+)?(?:sell|stock|carry|sells|stocks|carries)\b|\b(?:sold|available|on sale|in stock)\s+(?:at|in|from)\s+(?:the\s+|our\s+|both\s+|all\s+)?(?:reception|pharmacy|branch(?:es)?|clinic|shop|front desk)\b/,
  stopTaking: rule(
    String.raw`\b(?:stop|stopping|pause|pausing|quit|come off|coming off|keep|carry on|continue|resume|restart|skip|double|halve)\s+(?:taking|applying|giving (?:him|her|them|it))\b(?!\s+(?:photos|pictures|videos|calls|notes|bookings|appointments|payments|messages|the stairs|the lift|the elevator|a seat|your seat|a number|a ticket|part)\b)` +
      // "stop the muscle relaxant if it's making you drowsy", "carry on with your spironolactone": stopping or keeping to a named
      // medicine, whatever condition follows.
      String.raw`|\b(?:stop|stopping|pause|quit|come off|skip|halve|double|carry on with|keep going with|go on with|continue with|stay on)\s+(?:the|your|his|her|their)\s+(?:(?:current|usual|normal|regular|same|daily|prescribed)\s+)?(?:${EN_MEDICINES}|(?:\S+\s+)?(?:injections|jabs|shots|drops|tablets|pills|medication|medicine|inhalers?|patches|dose|doses|dosage))${EN_R}`,
  ),
  noDoctorNeeded: rule(
    String.raw`\b(?:no need to|you (?:don't|do not|won't|wouldn't) (?:really |actually |even )?need to|there's no need to|it's not necessary to|no point in)\s+(?:see|seeing|visit|visiting|come in|coming in|go to|going to)\s+(?:a |the |your )?(?:doctor|dentist|gp|clinic|specialist|er|emergency|hospital|physio)\b(?!\s+(?:today|now)\b[^.]*\b(?:appointment|booked|booking)\b)` +
    // A child who will "catch up on his own" or "grow out of it" needs no clinician either.
    String.raw`|\b(?:catch(?:es)? up|grows? out of (?:it|them))\s+(?:on (?:his|her|their) own|by (?:himself|herself|themselves)|naturally|eventually)\b|\bgrows? out of (?:it|them)\b|\bno need to wait for (?:the|a|your)\s+(?:\S+\s+)?(?:visit|appointment|check|check-up|clearance|review|assessment)\b|\b(?:sorts?|sort) (?:itself|themselves) out\b|\bgrows? back (?:on (?:its|their) own|by itself|naturally)\b`,
  ),
  dietChange: rule(
    // "swapping white rice for brown", "keeping dates to one or two a day", "try cutting his screen time right down".
    // "keep Youssef eating normal bread and pasta until his antibody test": a food kept up.
    String.raw`\bkeep(?:ing)?\s+(?:\S+\s+)?(?:eating|drinking|having)\s+(?:\S+\s+){0,2}?(?:${EN_DIET})${EN_R}|` +
    // "thicken his water and juice with a little starch": thickening what a patient drinks.
    String.raw`\bthicken(?:ing)?\s+(?:(?:his|her|their|your|the|all)\s+)?(?:drinks|liquids|fluids|water|juice|tea|milk|soup)\b|` +
    // "I'd switch him to lactose-free milk", "switching her over to oat milk": a food or drink swapped in.
    String.raw`\bswitch(?:ing)?\s+(?:him|her|them|you|yourself|the baby|your (?:son|daughter|child|baby))\s+(?:over\s+)?to\s+(?:\S+\s+){0,2}?(?:${EN_DIET})${EN_R}|` +
      // "move him from the preterm formula to a regular one".
      String.raw`\b(?:move|moving|switch|switching|change|changing|take|taking)\s+(?:him|her|them|the baby|your (?:son|daughter|child|baby))\s+(?:off|from)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\S+\s+){0,2}?(?:${EN_DIET})${EN_R}(?:\s+\S+){0,2}?\s+(?:to|onto)\b|` +
    String.raw`\btry\s+(?:cutting|reducing|limiting)\s+(?:\S+\s+){0,2}?(?:${EN_DIET}|${EN_ACTIVITIES})${EN_R}|` +
    String.raw`\b(?:swap(?:ping)?|switch(?:ing)?|replac(?:e|ing))\s+(?:the\s+|your\s+|her\s+|his\s+)?(?:\S+\s+){0,1}?(?:${EN_DIET})${EN_R}(?:\s+\S+){0,2}?\s+(?:for|with)\b|\bkeep(?:ing)?\s+(?:\S+\s+){0,1}?(?:${EN_DIET}|dates)\s+(?:to|under|below)\s+(?:one|two|three|a|\d)\b(?:\s+\S+){0,3}?\s+(?:a|per)\s+day\b|` +
    String.raw`\b(?:cut(?:ting)? (?:right |way |well )?(?:back on|down on|out)|reduc(?:e|ing)|limit(?:ing)?|avoid(?:ing)?|steer(?:ing)? clear of|stay(?:ing)? away from|keep(?:ing)? off|keep(?:ing)?\s+(?:him|her|them|you|yourself|the baby|your (?:son|daughter|child|baby|kids?|children))\s+(?:off|away from)|drink(?:ing)? (?:more|plenty of|lots of|extra)|increas(?:e|ing) (?:your )?)\s+(?:the\s+|your\s+|any\s+|all\s+)?(?:\S+\s+){0,2}?(?:${EN_DIET}|water|fluids|fibre|fiber)${EN_R}|` +
    // "cutting sugar out of your diet": a food cut out, named before "out".
    String.raw`\bcut(?:ting)?\s+(?:\S+\s+){1,2}?out\s+of\s+(?:your|his|her|their|the)\s+diet\b|` +
    // "drink less than 1.5 litres of fluid a day": an amount to drink each day.
    String.raw`\bdrink(?:ing)?\s+(?:\S+\s+){0,4}?(?:litres?|liters?|glasses|cups|bottles)\b(?:\s+\S+){0,3}?\s+(?:a|per|each|every)\s+day\b|` +
    // "Have her eat 3 dates when she wakes up": someone made to eat or drink a counted amount.
    String.raw`\b(?:have|make)\s+(?:him|her|them)\s+(?:eat|drink|have)\s+(?:\d+|one|two|three|four|five|half a)\s|` +
    // "add more fibre and water to your diet", "eat more fibre".
    String.raw`\b(?:add(?:ing)?|eat(?:ing)?|get(?:ting)?|includ(?:e|ing))\s+(?:more|plenty of|lots of|extra)\s+(?:\S+\s+){0,2}?(?:${EN_DIET}|water|fluids|fib(?:re|er)|vegetables|veg|fruit|roughage|bran|prunes)${EN_R}|\badd(?:ing)?\s+(?:\S+\s+){1,4}?to\s+(?:your|his|her|their|the)\s+(?:diet|meals|food)\b`,
  ),
  dietByPronoun:
    /\b(?:cut(?:ting)? (?:back on|down on|out)|reduc(?:e|ing)|limit(?:ing)?|avoid(?:ing)?|steer(?:ing)? clear of|stay(?:ing)? away from|keep(?:ing)? off|go easy on)\s+(?:them|it|those|these)\b/,
  diet: rule(String.raw`\b(?:${EN_DIET})${EN_R}`),
  itDirective:
    /\b(?:stop|pause|keep|carry on|continue|resume|restart|go back to|cut down|double|halve|skip|reduce|taper|lower|wean (?:him|her|them|yourself) off)\s+(?:taking\s+|using\s+|giving\s+(?:him\s+|her\s+)?|applying\s+)?(?:it|them|the (?:drops|cream|tablets|pills|syrup|medicine|medication|antibiotics?|spray|inhaler|supplements?|vitamins?))\b(?!\s+(?:to|with)\s+(?:us|the clinic|reception|your appointment))|\b(?:stop|pause|keep|carry on|continue|resume|restart|go back to|skip)\s+(?:taking|using|applying|putting in)\s+(?:your|his|her|their)\s+(?:eye\s+)?(?:drops|cream|tablets|pills|syrup|medicine|medication|antibiotics?|spray|inhaler|supplements?|vitamins?|patches|gel|ointment)\b|\bgive (?:him|her|them|the baby|your (?:son|daughter|child|baby)) (?:some|a|the|another)\b/,
  // "You should wear it whenever you're on your feet until the fracture has healed": wearing something until then, too.
  untilHealed: rule(
    String.raw`(?:${EN_RESTRICTION}|\b(?:wear|keep wearing)\s+(?:it|them|the\s+\S+|your\s+\S+|his\s+\S+|her\s+\S+)\b)(?:\s+\S+){0,8}?\s+(?:until|till|untill)\s+(?:(?:it|they|that|this|things|(?:the|your)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:has\s+|have\s+|is\s+|are\s+|fully\s+|completely\s+)*(?:clears?(?: up)?|cleared(?: up)?|heals?|healed|settles?(?: down)?|settled|resolves?|resolved|goes? (?:down|away)|gone (?:down|away)|subsides?|subsided|improves?|improved|gets? better|calms? down|better|gone|closes?|closed|knit(?:s|ted)?)|you(?:'re| are| feel| have)\s+(?:\S+\s+)?(?:better|healed|recovered|fully recovered))${EN_R}` +
      // "stop football so the heel doesn't get more inflamed": or so that it does not get worse.
      String.raw`|${EN_RESTRICTION}(?:\s+\S+){0,8}?\s+so(?: that)?\s+(?:it|they|the\s+\S+|your\s+\S+|his\s+\S+|her\s+\S+)\s+(?:doesn't|does not|won't|will not|don't|do not)\s+(?:get (?:any )?(?:worse|infected|more inflamed)|worsen|spread|flare(?: up)?|swell(?: up)?|reopen|bleed)${EN_R}`,
  ),
  untilVisit: rule(
    String.raw`${EN_RESTRICTION}(?:\s+\S+){0,8}?\s+(?:until|till|before)\s+(?:your|the|her|his)\s+(?:appointment|visit|consultation|check-?up|review|exam|examination|assessment|eeg|mri|x-?ray|sleep study|emg|nerve conduction study)${EN_R}`,
  ),
});

// "رقبته", "بطنها", "ظهرك": a part of the body with a possessive ending too.
// "ساقيها", "ركبتيه": a dual with a possessive ending; "فالظهر": the Maghrebi "in" glued to the article.
const AR_BODY = String.raw`${AR_L}(?:[وبلف]|بال|وال|فال|لل|ال)?(?:${AR_BODY_PARTS})(?:ي?(?:ه|ها|هم|ك|كي|ج|كم)|و)?${AR_R}`;
const AR_BODY_PATTERN = rule(AR_BODY, 'u');
// "هالوجع", "هالأفكار المزعجة": the demonstrative "this" glued to the article, as in Levantine and Gulf speech.
const AR_LEXICON_LEAD = String.raw`${AR_L}(?:[وبلف]|بال|وال|فال|لل|ال|[وب]?هال|[وب]?ه(?=ال))?`;
// Two patterns tried in turn, each under the size V8 compiles natively.
const AR_LEXICON_PATTERN = anyOf(
  rule(String.raw`${AR_LEXICON_LEAD}(?:${AR_SYMPTOMS}|${AR_CONDITIONS})${AR_NOUN_R}`, 'u'),
  rule(String.raw`${AR_LEXICON_LEAD}(?:${AR_MEDICINES}|${AR_TREATMENTS}|${AR_ACTIVITIES}|${AR_PROCEDURES}|${AR_PATIENT_STATES})${AR_NOUN_R}`, 'u'),
);
/** A glued preposition or article before a condition: "بالتهاب", "للديسك". */
const AR_GLUED = String.raw`(?:[وبلكف]|بال|وال|لل|فال|ال)?`;
/** Stems of the verbs that say what something does to the body ("يريح", "بيخفف", "هيقوي"). */
const AR_EFFECT_STEMS = 'ريح|خفف|قوي|ضعف|فك|فرق|رخي|عالج|حسن|شد|سكن|هدي|قلل|ظبط|ساعد|رفع|زود|بري|شفي|صلح|نحي|ذوب';
/** With a future or habitual prefix the stems also take "remove", "stop", "prevent" and "reduce" ("هيشيل", "كينقص"). */
const AR_EFFECT_VERBS = String.raw`[تيب]?(?:${AR_EFFECT_STEMS})|(?:هي|هت|بي|بت|حي|حت|سي|ست|كي|كت)(?:${AR_EFFECT_STEMS}|شيل|وقف|منع|نقص)|(?<=(?:غادي|غاد|راح|رح)\s)[يت](?:نقص|${AR_EFFECT_STEMS})` +
  // "سيخلّص طفلك من حساسية الغبار": rid someone of something.
  String.raw`|(?:[تيب]|هي|هت|بي|بت|حي|حت|سي|ست)?خلص(?:ك|كي|ج|كم|ه|ها|هم)?\s+(?:\S+\s+)?من`;
/** A glued "and" or "so" before an imperative ("وحط", "فارفع"), but not the nouns "وضع" (a condition) and "فخد" (a thigh). */
const AR_AND = String.raw`(?:[وف](?!ضع|خد|خذ))?`;
/** Verbs of stopping a medicine ("توقف", "وقّفي", "بطّل", the Maghrebi "حبّس"). */
const AR_STOP = String.raw`ت?توقف|توقفي|تتوقفي|اوقف|اوقفي|ت?بطل|بطلي|تبطلي|ايقاف|توقيف|ت?حبس|حبسي`;
/** "This" said of what the patient has ("الحكة هاذي حساسية"), in the dialects and MSA. */
const AR_THIS = '(?:هاذي|هذي|هاي|دي|ده|هذا|هاد|هادي|هذه)';
/** "Only from" ("غير من العيا", "بس من الحر"): a symptom put down to one harmless cause. */
const AR_ONLY_FROM = String.raw`(?:غير|بس|فقط|مجرد)\s+من`;
/** "تعتبر طبيعية": a value or symptom judged normal. */
const AR_JUDGED_NORMAL = String.raw`(?:تعتبر|يعتبر|بتعتبر|بيعتبر)\s+(?:طبيعيه|طبيعي|عاديه|عادي)`;
const AR_PHYSICAL_VERBS = String.raw`نعسي|نعسيه|نعسيها|نعسو|غطي|غطيه|غطيها|غطوا|رطب|رطبي|رطبوا|اغسل|اغسلي|اغسلوا|اغسلوه|حطوه|حطوها|حطوا|رقد|رقدي|رقده|رقديه|رقدوه|رقدونه|نيمه|نيميه|نيموه|نوموه|نام|نامي|نم|اقعد|اقعدي|اتمدد|اتمددي|استلقي|اثني|مد|مدي|لف|لفي|حرك|حركي|اضغط|اضغطي|افرك|افركي|عض|عضي|ارفع|ارفعي|حط|حطي|ضع|ضعي|خلي|دلك|دلكي|اسند|اسندي|ريح|ريحي|ثبت|ثبتي|اطوي|فرد|فردي|مدد|مددي|هز|هزي|شد|شدي`;

/** "ولين ذاك الوقت", "لحد الموعد", "وفي الوقت الحالي": until the visit, or meanwhile, before an imperative. */
const AR_UNTIL_THEN = String.raw`[و]?(?:(?:الي|حتي|ل)\s*حين\s+ذلك|حتي ذلك الحين|(?:لين|لحد|لحين|الين|لغايه|حتي|الي)\s+(?:(?:ذاك|ذلك|هذاك|داك|هداك|ده|هذا|هاد)\s+(?:الوقت|اليوم|الحين)|الموعد|موعدك|موعدج|موعده|موعدها|الميعاد|ميعادك|الزياره)|(?:بالوقت|في الوقت) الحالي|حاليا|في الاثناء|بالاثناء)`;
/** "بلاش", "تجنب", "يفضل ألا", "متستخدميش", "لا تستعمل": keeping off something. */
/** "البسيه بس بالليل لين يرتاح سنج": wearing or keeping something until the problem settles. */
const AR_WEAR_OR_KEEP = String.raw`^\s*[وف]?(?:البس|البسي|البسيه|البسيها|البسه|البسها|لبسي|ارتدي|ارتديه|ارتديها|خليه|خليها|خلوه|خلوها|كملي عليه|كمل عليه|استمري عليه|استمر عليه)(?![${LETTER}])`;
const AR_RESTRICTION = String.raw`${AR_L}(?:[وف]?(?:بلاش|شيل|شيلي|شيلوا|اقلع|اقلعي|اقلعوا|وقف|وقفي|وقفوا|اوقف|اوقفي|اوقفوا|تجنب|تجنبي|تجنبوا|اتجنب|اتجنبي|ابعد عن|ابعدي عن|ابعدوا عن|ابتعد عن|ابتعدي عن|ابتعدوا عن|امتنع عن|امتنعي عن|امتنعوا عن|ممنوع|يمنع)|(?:يفضل|يستحسن|الافضل|من الافضل|ننصح|ننصحك|انصحك|بنصحك|يرجي|الاحسن)\s+(?:ب?عدم|الا|ان لا|ما|انك ما|انك لا|متت?[${LETTER}]+)|[وف]?(?:لا|ما)\s+ت[${LETTER}]+|مت[${LETTER}]+ش|ما\s*ت[${LETTER}]+ش)${AR_R}`;

/** Sent to a specialist by speciality, not to a doctor by name: "أنصحك تراجع طبيب جلدية", "الأحسن تكشف عند دكتور رمد". */
const AR_SPECIALIST_REFERRAL = String.raw`${AR_L}[وف]?(?:انصحك|انصحج|بنصحك|ننصحك|الافضل|الاحسن|يفضل|لازم|لازمك)\s+(?:انك\s+|ان\s+)?(?:ت|ي)?(?:راجع|شوف|روح|كشف|زور|عرض|تعرض)[${LETTER}]*\s+(?:(?:عند|على|علي|ل|لل)\s*)?(?:نفسك\s+(?:على|علي)\s+)?(?:ال)?(?:طبيب|دكتور|اخصائي|استشاري)\s+(?:ال)?(?:جلديه|جلد|رمد|عيون|قلب|اعصاب|مخ واعصاب|باطنه|باطنيه|نسا|نسائيه|اطفال|عظام|انف واذن|انف|اسنان|نفسي|نفسيه|مسالك|كلي|غدد|جراحه|روماتيزم|دم|اورام)${AR_R}`;
const SPECIALIST_REFERRAL = rule(AR_SPECIALIST_REFERRAL, 'u');

/** "… من يومين", "… منذ سنوات": how long the patient has had it, which makes "عندك إسهال" their history said back, not a diagnosis. */
const AR_FOR_HOW_LONG = String.raw`(?:من|منذ|صارله|صارلها|صارلك)\s+(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|سنه|سنتين|سنين|سنوات|فتره|مده|زمان|[\d]+)(?![${LETTER}])`;

const ARABIC: AdviceRules = gateLiterals({
  diagnosis: anyOf(
    rule(
      // "ده طبيعي بعد الحشو", "الوجع ده عادي": reassurance about a symptom.
      String.raw`${AR_L}(?:طبيعي|طبيعيه|عادي)\s+(?:بعد|مع)\s+(?:ال)?(?:حشو|خلع|جلسه|تبييض|علاج|تنظيف|عمليه|تقويم|تركيب|زراعه|دعامه|جبيره|تمارين|مساج)|${AR_L}(?:ه|هال|ال|و|وال|فال)?(?:${AR_SYMPTOMS})(?:\s+\S+){0,3}?\s+(?<!(?:مش|مو|غير|ليس|مهو)\s)(?:راه[وي]?\s+)?(?:طبيعي|طبيعيه|طبيعيين|طبيعيات|عادي|عاديين|شائع|شايع|متوقع|متوقعه)${AR_R}|` +
        // "عادي الحساسية بعد الحشوة": the reassurance before the symptom.
        String.raw`${AR_L}(?:طبيعي|طبيعيه|عادي)\s+(?:\S+\s+)?(?:ه|هال|ال|و|وال)?(?:${AR_SYMPTOMS})${AR_NOUN_R}|` +
        String.raw`${AR_L}(?:احتمال|اكيد|معناه|لديك|لديكي|لديكم|عندج|عندكم|معك|معكي|تعاني من|تعانين من|تعاني|تعانين|مصاب|مصابه|اصبت|اصبتي|معناها|يعني|بيدل علي|يدل علي|علامه علي|من اعراض|سببه|عندك|حضرتك عندك|ده|دي|دا|دول)${AR_R}(?:\s+\S+){0,2}?\s+(?:${AR_CONDITIONS})${AR_NOUN_R}(?!\s+${AR_FOR_HOW_LONG})`,
      'u',
    ),
    // "هذي نوبات هلع": a Gulf or Levantine "this is" right before the condition.
    rule(String.raw`${AR_L}(?:هذا|هذي|هذه|هاي|هاد|هيدا|هيدي)\s+(?:(?:${AR_LIKELY})\s+)?(?:${AR_CONDITIONS})${AR_NOUN_R}`, 'u'),
    // "فطريات الأظافر ما فيه شك", "حصى في الكلى أكيد": a condition, then a word of certainty.
    rule(String.raw`${AR_L}(?:${AR_CONDITIONS})${AR_NOUN_R}\s+(?:ما فيه شك|ما في شك|مافي شك|مافيه شك|بلا شك|بدون شك|لا شك|من غير شك|اكيد|اكيده|اكيدا|100)(?![${LETTER}])`, 'u'),
  ),
  // Hedges and frames of a diagnosis: "الظاهر إن عندك شد عضلي", "يبدو إنه التهاب", "بيتعرف بكوع التنس".
  // Two patterns tried in turn, each under the size V8 compiles natively.
  hedgedDiagnosis: anyOf(
    // "هاي أعراض الإصبع الزنادي", "الأعراض هاذي متاع تكيّس المبايض": what the patient has, called the symptoms or signs of a condition.
    rule(
      String.raw`${AR_L}[وف]?(?:(?:هاي|هذي|هذه|هاذي|هادي|دي|ديه|هدول|هذول|هاذو|هذا|هاد|ده)\s+(?:هي\s+)?(?:ال)?(?:اعراض|علامات)|(?:ال)?(?:اعراض|علامات)\s+(?:هاي|هذي|هذه|هاذي|هادي|دي|هدول|هذول|هاذو)\s+(?:متاع|تاع|نتاع|ديال|بتاع|حق|تبع|تبع|هي|هيا))\s+(?:\S+\s+)?${AR_GLUED}(?:${AR_CONDITIONS})${AR_R}`,
      'u',
    ),
    // "هادا كسل فالعين واضح": a condition named as plainly what it is.
    followedBy(
      rule(String.raw`${AR_L}[وف]?(?:هادا|هذا|هاد|ده|دا|هذي|هاذي|هادي|هاي)\s+`, 'u'),
      rule(String.raw`^${AR_GLUED}(?:${AR_CONDITIONS})\s+(?:واضح|واضحه|اكيد|باين|باينه)${AR_R}`, 'u'),
    ),
    // "الحكة هاذي حساسية": a symptom said to be a condition (two patterns, as one holds the conditions twice).
    given(
      new RegExp(String.raw`${AR_THIS}\s`, 'u'),
      followedBy(
        rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_SYMPTOMS})(?:ي?(?:ه|ها|ك|كي|ج))?\s+${AR_THIS}\s+(?:هي\s+)?`, 'u'),
        rule(String.raw`^${AR_GLUED}(?:${AR_CONDITIONS})${AR_R}`, 'u'),
      ),
    ),
    // "الصفورية فالعينين غير من العيا": a symptom or condition said to come only from tiredness, heat or stress.
    given(
      new RegExp(String.raw`${AR_ONLY_FROM}\s`, 'u'),
      rule(
        String.raw`${AR_L}${AR_GLUED}(?:${AR_SYMPTOMS}|${AR_CONDITIONS})(?:ي?(?:ه|ها|ك|كي|ج))?\s+(?:\S+\s+){0,3}?${AR_ONLY_FROM}\s+(?:ال)?(?:عيا|تعب|ارهاق|حر|برد|سهر|قلق|توتر|ستريس)${AR_R}`,
        'u',
      ),
    ),
    // "الورم والتيبّس … اللي تذكره هو روماتويد": what the patient describes, said to be a condition.
    followedBy(
      rule(String.raw`${AR_L}(?:اللي|الي|التي|الذي)\s+(?:عم\s+|قاعد\s+)?(?:[بت]|بت)?(?:وصف|توصف|تصف|يصف|ذكر|تذكر|ذكرت|تذكري|تحكي|تقول|تقولي|حكيت|قلت)[${LETTER}]*\s+(?:\S+\s+){0,2}?(?:هو|هي|هذا|هذه|ده|دي|هاد|هيدا)\s+(?:اسمه\s+|اسمها\s+)?`, 'u'),
      rule(String.raw`^${AR_GLUED}(?:${AR_CONDITIONS})${AR_R}`, 'u'),
    ),
    rule(
      String.raw`${AR_L}(?:غالبا|في الغالب|الغالب|على الاغلب|علي الاغلب|الاغلب|الارجح|اغلب الظن|غالب الظن|عاده (?:تكون|يكون|بتكون|بيكون)|يرجح|يرجح ان|واضحه?(?:\s+ان[${LETTER}]*)?|الواضح ان[${LETTER}]*|الواضح|من الواضح|باين ان[${LETTER}]*|باينه|باين عليه|باين|يبان|تبان|يبانلي|يبالي|يبانلك|يبين ان[${LETTER}]*|يبين(?:\s+لي|\s+ليا|لي)\s+ان[${LETTER}]*|شكله|شكلها|شكلك|شكلو|شكلا|يبدو|تبدو|يشبه|بيشبه|تشبه|بتشبه|يبدو ان[${LETTER}]*|على ما يبدو|الظاهر|ظاهر|من كلامك|حسب كلامك|من وصفك|من اللي بتقوله|من اللي بتوصفه|يعرف|بيتعرف|يسمي|بيتسمي|يطلق عليه|معروف|ممكن يكون|ممكن تكون|تنجم تكون|ينجم يكون|تنجم يكون|اظن|بظن|اعتقد|بعتقد|اتوقع|في رايي|من المرجح|المرجح|مرجح|بتدل علي|بيدل علي|تدل علي|يدل علي|بتشير الي|بيشير الي|تشير الي|يشير الي)${AR_R}(?:\s+\S+){0,6}?\s+${AR_GLUED}(?:${AR_CONDITIONS})${AR_NOUN_R}`,
      'u',
    ),
    rule(
      // "من كلامك غالباً عندك خلل في الغدد الدهنية": a hedge before "you have" frames a diagnosis, whatever follows.
      String.raw`${AR_L}(?:${AR_DESCRIBED_HEDGE}|وفقا لما ذكرت[${LETTER}]*|بناء علي ما ذكرت[${LETTER}]*|يرجح|${AR_LIKELY}|يبدو|بيبدو|الظاهر|واضح ان|واضح انه|واضح انها|باين ان)\s+(?:\S+\s+){0,2}?(?:عندك|عندج|عنده|عندها|انك عندك|ان عندك|انه عنده|انها عندها|لديك|لديكي|لديه|لديها|تعاني من|يعاني من|تعانين من|بتعاني من|بيعاني من)\s+(?!(?:موعد|ميعاد|حجز|جلسه|جلسات|اشتراك|باقه|فرصه|وقت|استفسار|سؤال)${AR_R})[${LETTER}]{3,}` +
      // "على حسب وصفك هذا فشل كلوي مزمن": what "this" is, from the patient's description.
      String.raw`|${AR_L}(?:${AR_DESCRIBED_HEDGE})\s+(?:يا\s+\S+\s+)?(?:هذا|هذي|ده|دي|هاد|هيدا|هيدي)\s+(?!(?:موعد|ميعاد|حجز|الموعد|الميعاد|سعر|العرض|الفرع|رقم)${AR_R})[${LETTER}]{3,}` +
      // "الأعراض اللي بتوصفها دي غالباً ارتشاح في مركز الإبصار": what the patient describes, named with a hedge.
      String.raw`|${AR_L}(?:اللي|الي|ما)\s+(?:\S+\s+)?(?:[بت]|بت|ت)?(?:وصف|توصف|تصف|يصف)[${LETTER}]*\s+(?:\S+\s+){0,8}?(?:${AR_LIKELY}|يبدو|بيبدو|شكله|شكلها)\s+(?:هو\s+|هي\s+|انه\s+|انها\s+|من\s+)?(?!(?:محتاج|يحتاج|تحتاج|محتاجه|لازم|موعد|ميعاد|كشف|الدكتور|الطبيب)${AR_R})[${LETTER}]{3,}` +
      // "… فغالباً هذا اللي عندج": what the patient has, pointed back to with a hedge.
      String.raw`|${AR_L}[وف]?(?:${AR_LIKELY}|يمكن)\s+(?:هذا|هذي|ده|دي|هو|هي|هاد|هيدا)\s+(?:اللي|الي)\s+(?:عندك|عندج|عنده|عندها|فيك|فيج|بيك|تعاني منه|تعانين منه)${AR_R}` +
      // "الشرخ اللي عندك صار مزمن": the patient's condition said to have become chronic.
      String.raw`|${AR_L}(?:صار|صارت|اصبح|اصبحت|بقي|بقت|تحول|تحولت)\s+(?:\S+\s+)?(?:مزمن|مزمنه)${AR_R}` +
      // "نسبة ١٦ عالية": a result judged high, low or normal.
      String.raw`|${AR_L}(?:نسبه|مستوي|قرايه|قراءه|نتيجه)\s+(?:\S+\s+)?[\d.]+(?:\s+\S+){0,4}?\s+(?:عالي|عاليه|واطي|واطيه|مرتفع|مرتفعه|منخفض|منخفضه)${AR_R}` +
      // "الكحة مع الأكل غالباً بتدل على تأخر": a hedged pointer to something wrong.
      String.raw`|${AR_L}(?:${AR_LIKELY}|عاده)\s+(?:[بيت]+دل|يدل|تدل|بيشير|بتشير|يشير|تشير)\s+(?:علي|الي)\s+(?:وجود\s+)?(?:تاخر|اضطراب|مشكله|التهاب|ضعف|نقص|حساسيه|عدوي)${AR_R}` +
      // "نتيجة السكر دي معناها إنك عندك مقدمات سكر": a result read as what the patient has.
      String.raw`|${AR_L}(?:قرايه|قراءه|القرايه|القراءه|نتيجه|النتيجه|تحليل|التحليل|نسبه|مستوي|رقم)[${LETTER}]*\s+(?:\S+\s+){0,3}?(?:معناه|معناها|يعني|بيدل|يدل|تدل|بتدل)\s+(?:علي\s+)?(?:ان|انك|انه|انها)\s+(?:عندك|عنده|عندها|عندج|مصاب|مصابه)\s+(?!(?:ال)?(?:ميعاد|موعد|حجز|كشف|متابعه|جلسه|مواعيد)${AR_R})[${LETTER}]` +
      // "القراية دي معناها إن السكر نازل": a result read as a level.
      String.raw`|${AR_L}(?:معناه|معناها|يعني|بيدل|يدل|تدل|بتدل)\s+(?:علي\s+)?(?:ان\s+)?(?:ال)?(?:سكر|ضغط|حديد|غده|فيتامين د|كوليسترول|هرمون[${LETTER}]*|نسبه[${LETTER}]*|مستوي[${LETTER}]*|اكسجين)\s+(?:\S+\s+){0,2}?(?:واطي|واطيه|نازل|نازله|عالي|عاليه|مرتفع|مرتفعه|منخفض|منخفضه|طبيعي|طبيعيه|قليل|قليله|ناقص|ناقصه)${AR_R}`,
      'u',
    ),
  ),
  // One pattern per shape, tried in turn: each gets its own gate, so a clause runs only the shapes whose words it has.
  dose: earliestOf(
    rule(String.raw`\d+\s?(?:مجم|ملجم|مج|ملغ|ملغم|مغ|ميكروغرام|مل|مللي|ملي|قرص|اقراص|حبه|حبات|كبسوله)${AR_R}|\d+\s?(?:جرام|غرام|جم|غم)\s+(?:من\s+)?(?:ال)?(?:سكر|جلوكوز|ملح|بروتين|الياف|كربوهيدرات)|\d+\s+ساع(?:ه|ات)\s+(?:في|ف|ب)\s*(?:ال)?(?:يوم|نهار)${AR_R}|${AR_L}كل\s+(?:\d+\s+)?(?:ساعتين|ساعات|ساعه)${AR_R}|${AR_L}(?:مرتين|مره|مره واحده|مره وحده|\d+\s+مرات|(?:تلات|تلاته|تلت|ثلاث|ثلاثه|اربع|اربعه|جوج|زوج)\s+(?:مرات|د المرات))\s+(?:(?:في|فى)\s*|ب|ف)?(?:اليوم|النهار|الليل)${AR_R}`, 'u'),
    // "قسّمي الجرعة نصين", "نص الجرعة": the dose split or halved.
    rule(String.raw`${AR_L}[وف]?(?:قسم|قسمي|قسموا|نص|نصي|نصف|تقسيم|اقسم|اقسمي)\s+(?:ال)?(?:جرعه|جرعات|الجرعه|دوز)${AR_R}|${AR_L}(?:ال)?جرعه\s+(?:علي\s+)?(?:نصين|نصفين|جزئين|جزاين)${AR_R}`, 'u'),
    // "عطيه ١٥ غرام ديال السكر السريع": an amount in grams given.
    rule(String.raw`${AR_L}[وف]?(?:عطيه|عطيها|اعطيه|اعطيها|اعطه|خذ|خذي|خد|خدي|خود|خودي)\s+\d+(?:[.,]\d+)?\s?(?:جرام|غرام|جم|غم)${AR_R}`, 'u'),
    // "١ جرام في اليوم": grams a day; "٣ ملاعق صغيرة": spoonfuls.
    rule(String.raw`\d+\s?(?:ملعقه|ملاعق|معلقه|معالق)${AR_R}`, 'u'),
    // "وعطوه ملعقة عسل": a spoonful or a cup of a remedy or drink given.
    rule(String.raw`${AR_L}[وف]?(?:ت|ي)?(?:عطي|عطيه|عطيها|عطيهم|عطوه|عطوها|عطوهم|اعطي|اعطيه|اعطيها|اعطوه|اعطوها|اديله|اديلها|اسقيه|اسقيها|اسقوه|اسقوها)\s+(?:\S+\s+)?(?:ملعقه|معلقه|كوب|كاس|فنجان)\s+(?:\S+\s+)?(?:${AR_DIET}|${AR_TREATMENTS})${AR_NOUN_R}`, 'u'),
    // "المشي السريع ٣٠ دقيقة يومياً": minutes of an activity a day.
    rule(String.raw`${AR_GLUED}(?:${AR_ACTIVITIES})${AR_NOUN_R}(?:\s+\S+){0,2}?\s+\d+\s?(?:دقيقه|دقايق|دقائق)\s+(?:في اليوم|باليوم|يوميا|كل يوم)${AR_R}`, 'u'),
    rule(String.raw`\d+(?:[.,]\d+)?\s?(?:جرام|غرام|جم|غم)\s+(?:في اليوم|باليوم|يوميا|كل يوم)${AR_R}`, 'u'),
    // "ألا يتجاوز نبضك ١٢٠ نبضة": a heart-rate target is a dose of exercise.
    rule(String.raw`\d+\s*(?:نبضه|نبضات)${AR_R}`, 'u'),
    // "شهيق ٤ ثواني": a breathing count.
    rule(String.raw`${AR_L}(?:شهيق|زفير|تنفس|اتنفس|نفس)[${LETTER}]*\s+(?:\S+\s+)?\d+\s*(?:ثواني|ثانيه|ثوان|عدات)${AR_R}`, 'u'),
    // "لازم تاخذ الثانية بعد شهر": when to take the next dose is a schedule.
    rule(String.raw`${AR_L}(?:لازم|يجب|ضروري|لازم\s+انك)\s+(?:ت|تا)?(?:اخذ|اخد|خذ|خد)[${LETTER}]*\s+(?:ال)?(?:جرعه\s+)?(?:الثانيه|التانيه|الثالثه|التالته|الجرعه|جرعه)\s+(?:\S+\s+)?بعد\s+(?:شهر|شهرين|اسبوع|اسبوعين|يوم|يومين|سنه|\d+\s+(?:شهور|اشهر|ايام|اسابيع))${AR_R}`, 'u'),
    // "نقطة واحدة في العين", "شي ٢ ليتر مي باليوم", "قطرة أتروبين ١٪": drops, litres a day and strengths are doses too.
    rule(String.raw`${AR_L}(?:نقطه واحده|نقطه وحده|نقطتين|\d+\s*نقط(?:ات)?)${AR_R}|\d+(?:[.,]\d+)?\s*(?:لتر|ليتر|لترات|كوب|اكواب|كاسات)\s+(?:\S+\s+){0,2}?(?:(?:في|فى)\s*|ب|كل\s+)(?:ال)?يوم${AR_R}|${AR_L}(?:قطره|قطرات|نقط|كريم|مرهم|جل|بخاخ|غسول|محلول)\s+\S+\s+\d+(?:[.,]\d+)?\s*[٪%]|${AR_L}(?:مرتين|مره|\d+\s+مرات|(?:تلات|تلاته|ثلاث|ثلاثه|تلت|اربع|اربعه|خمس|خمسه)\s+مرات)\s+(?:يوميا|باليوم|بالنهار|كل يوم)${AR_R}`, 'u'),
    // Units of vitamins ("١٠ آلاف وحدة") and repetitions by part of day ("٨ مرات الصبح").
    rule(String.raw`\d+\s*(?:الف\s+)?(?:وحده|وحدات)(?:\s+دوليه)?${AR_R}|${AR_L}(?:وحدتين|وحده واحده)${AR_R}|${AR_L}كل\s+(?:\d+|يومين|تلات|ثلاث|ثلاثه|تلاته|اربع|اربعه)\s+(?:ايام|يوم)${AR_R}|${AR_L}[وف]?(?:[بهح]?[يتن]|رح\s+[يتن]|ا)?(?:زود|زيد|قلل|نقص|نزل|رفع|غير|ضاعف)(?:ي|ون|وا|ين)?\s+(?:(?:لك|لج|ليك|لكي|له|لها|ليه|ليها)\s+)?(?:ال)?جرع(?:ه|ات|تك|ته|تها)${AR_R}|${AR_L}[لبو]?(?:(?:نص|نصف|ربع)\s+(?:حبايه|حبه|قرص|كبسوله)|حبايتين|حبتين|قرصين|كبسولتين|بختين|بخه واحده|(?:تلات|ثلاث|اربع)\s+بخات|جرعتين\s+(?:مع بعض|سوا|سوي|في نفس الوقت|ورا بعض|مره وحده|بنفس النهار|بنفس اليوم|في نفس اليوم|في يوم واحد)|جرعه مضاعفه|(?:حبايه|حبه|قرص|كبسوله)\s+واحد(?:ه)?)${AR_R}|\d+\s*(?:مرات|مره|عدات|تكرار[${LETTER}]*)\s+(?:(?:في|فى|كل)\s+)?(?:الصبح|الصباح|بالليل|الليل|المسا|الساعه|اليوم|يوميا)${AR_R}`, 'u'),
  ),
  frequency: rule(
    String.raw`${AR_L}(?:كل\s+(?:ليله|يوم|صباح|صبح|مسا|مساء|ليله قبل النوم)|(?:كذا|كم|عده|كام|مرتين او|مرتين ولا)\s+(?:مره|مرات|تلات مرات|ثلاث مرات)\s+(?:في\s+|ب|ف)?(?:اليوم|النهار)|(?:مرتين|مره|مرات)\s+(?:في\s+|ب|ف)(?:اليوم|النهار)|علي الريق|على الريق|علي معده فاضيه|علي معده خاويه|قبل الفطور|قبل الافطار|قبل الفطار|قبل النوم|قبل ما تنام[${LETTER}]*|يوميا|الصبح وبالليل|الصبح والمسا|صباحا ومساء|بعد كل اكله|بعد الاكل)${AR_R}`,
    'u',
  ),
  product: rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_MEDICINES}|${AR_PRODUCTS})${AR_R}`, 'u'),
  application: rule(
    String.raw`${AR_L}${AR_AND}(?:حط|حطي|تحط|تحطي|ادهن|ادهني|تدهن|تدهني|دهن|دهني|دهنيه|دهنيها|دهنيلو|دهنيله|دهنيلها|افرك|افركي|امسح|امسحي|ضع|ضعي|نقط|نقطي|رش|رشي|دلك|دلكي|استخدم|استخدمي|استعمل|استعملي|جرب|جربي)(?:ه|ها|هم|يه|يها|يهم|وه|وها)?${AR_R}`,
    'u',
  ),
  medicine: rule(String.raw`${AR_L}(?:${AR_MEDICINES})${AR_R}`, 'u'),
  chainedDirective: rule(
    String.raw`${AR_L}(?:و|ف|وبعدين|بعدين|ثم|وبعد كده)\s*(?:اتمضمض|اتمضمضي|مضمض|مضمضي|تمضمض|غرغر|غرغري|اغسل|اغسلي|ادهن|ادهني)${AR_R}`,
    'u',
  ),
  describedSubject: rule(
    String.raw`${AR_L}(?:الدكتور|الدكتوره|دكتور|دكتوره|د|الطبيب|الطبيبه|الاخصائي|الاخصائيه|المعالج|المعالجه|احنا|نحن|هن[${LETTER}]+|بن[${LETTER}]+|بي[${LETTER}]+|بت[${LETTER}]+)${AR_R}`,
    'u',
  ),
  // Egyptian negative imperatives: "متاكلش على الناحية دي", "متشربش حاجة سخنة".
  selfContainedDirective: rule(
    // "… أدق من دراسة الأشعة، لذلك أنصحك به": advising the patient to have what the clause named.
    String.raw`${AR_L}[وف]?(?:انصحك|انصحكي|ننصحك|ننصحكي|اوصيك|نوصيك|انصح|ننصح)\s+(?:ب|بال)?(?:ه|ها|يه|يها|هم)${AR_R}|` +
    // "أن تنقع قدمك بالماء الدافئ": a part of the body soaked in water.
    String.raw`(?<![${LETTER}])[وف]?(?:ت|ي)?(?:نقع|انقع)(?:ي|ين|و|وا)?\s+(?:\S+\s+)?(?:قدم|رجل|ايد|يد|اصبع|صباع|كف)[${LETTER}]*\s+(?:ب|في|ف)\s*(?:ال)?(?:ماء|مي|مويه|ميه|مياه)(?![${LETTER}])|` +
    String.raw`(?<![${LETTER}])مت(?:اكل|مضغ|جري|شيل|لعب|تمرن|دوس|حرك|شرب|دخن)[${LETTER}]*ش(?![${LETTER}])|(?<![${LETTER}])[وف]?(?:اقعد|اقعدي|اقعدو|اجلس|اجلسي|اقعدوا)\s+(?:في|ف|جوه|داخل)\s+(?:ال)?(?:مويه|ميه|مياه|ماء|موية|حمام|بانيو)\s+(?:دافيه|دافئه|دافي|دافئ|فاتر|فاتره|سخنه|دافيه)|(?<![${LETTER}])[وف]?حط(?:ي|و|وا|ولها|وله|يلها|يله|لها|له)?\s+(?:\S+\s+){0,2}?مروحه\s+(?:\S+\s+){0,2}?(?:علي|قدام|عند)\s+(?:وجه|وش)[${LETTER}]*|(?<![${LETTER}])[وف]?(?:ما\s*|لا\s+)ت(?:شيل|رفع|حمل|هز)[${LETTER}]*\s+(?:اي\s+)?(?:حاجه|شي|شيء|حاجات|اشياء|وزن|اوزان)\s+(?:تقيل|ثقيل|اثقل|اتقل)[${LETTER}]*|(?<![${LETTER}])(?:ريح|ريحي|ارفع|ارفعي)\s+(?:رجلك|رجليك|ايدك|كتفك|ضهرك|ركبتك|دراعك|الرجل)(?![${LETTER}])` +
      // Aftercare diet: "كلي حاجات طرية", "اشرب حاجة ساقعة", "خليك على الأكل البارد".
      String.raw`|${AR_L}(?:كلي|كول|اشرب|اشربي|تاكل|تاكلي|تشرب|تشربي|خليك علي|خليكي علي|خليك على|خليكي على|التزم ب|التزمي ب|خليه ياكل|خليها تاكل|خلوه ياكل|خلوها تاكل|خليه يشرب|خلوه يشرب)\s*(?:\S+\s+){0,2}?(?:بارد|بارده|طري|طريه|ساقع|ساقعه|لين|لينه|سائل|سوائل|فاتر|فاتره|مهروس|مهروسه|مطحون|مطحونه)${AR_R}|${AR_L}[وف]?كل\s+(?:حاجات|اكل|اكلات)\s+(?:\S+\s+)?(?:بارد|بارده|طري|طريه|ساقع|ساقعه|لين|لينه|سايل|سايله|فاتر|فاتره)${AR_R}` +
      // "لا تحممينه كل يوم": how often to bathe or wash the patient.
      String.raw`|${AR_L}[وف]?(?:لا|ما)\s+ت?(?:حمم|غسل|سبح)[${LETTER}]*\s+(?:كل يوم|يوميا|كثير|كتير|اكثر من)${AR_R}` +
      // Prohibitions for a time: "ممنوع التدخين لمدة يومين".
      String.raw`|${AR_L}[وف]?(?:ممنوع|بلاش|ابعد عن|ابعدي عن|امتنع عن|امتنعي عن|تجنب|تجنبي|اتجنب|اتجنبي|لا ت[${LETTER}]+|ما\s*ت[${LETTER}]+ش|مت[${LETTER}]+ش)\s+(?:\S+\s+){0,3}?(?:${AR_ACTIVITIES}|${AR_DIET})${AR_R}(?:\s+\S+){0,3}?\s+(?:لمده|لحد|لين|الين|لحين|حتي|طول|خلال|اثناء|ل\s?\d|\d|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|سيمانه|سيمانات|شهر|ساعه|ساعتين|ساعات|النهارده|الليله)` +
      // A daily routine for the patient: "خلّيه يعدّ بصوت عالي ويمشي على خطوط لاصقة كل يوم" (not coming, calling or paying).
      String.raw`|${AR_L}[وف]?(?:خليه|خليها|خليهم|خلوه|خلوها)\s+[يت](?!(?:جي|جو|حضر|تصل|كلم|دفع|حجز|راجع|روح|ستني|ستنا|جيب|بعت)[${LETTER}]*)[${LETTER}]{2,}(?:\s+\S+){0,8}?\s+(?:كل يوم|يوميا|كل صباح|كل ليله|مرتين باليوم|مرتين في اليوم)${AR_R}` +
      // Bed rest: "خليكي في السرير", "ارتاحي بالفراش", "راحة تامة".
      String.raw`|${AR_L}${AR_AND}(?:خلي[${LETTER}]*|خل[كج]|ابق[${LETTER}]*|ظل[${LETTER}]*|ضل[${LETTER}]*|الزم[${LETTER}]*|ارتاح[${LETTER}]*|ترتاح[${LETTER}]*|اتمدد[${LETTER}]*|تمدد[${LETTER}]*|نام[${LETTER}]*|استلق[${LETTER}]*|ريح[${LETTER}]*)\s+(?:\S+\s+){0,2}?(?:[بف]?ال|في ال|علي ال|على ال|ع ال)?(?:فراش|سرير)${AR_R}|${AR_L}(?:ال)?راحه\s+(?:ال)?تامه${AR_R}` +
      // Foods avoided in pregnancy: "ابعدي عن السوشي".
      String.raw`|${AR_L}(?:ابعد|ابعدي|ابتعد|ابتعدي|تجنب|تجنبي|اتجنب|اتجنبي|بتجنب|بالابتعاد|بلاش|ممنوع|لا تاكل[${LETTER}]*|ما تاكل[${LETTER}]*|متاكلي?ش)\s+(?:عن\s+)?(?:\S+\s+){0,2}?(?:${AR_RISKY_FOODS})${AR_R}`,
    'u',
  ),
  symptomComes: rule(
    String.raw`${AR_L}(?:عند\s+(?:الشعور|الاحساس|حدوث|ظهور)\s+ب?|(?:لما|لمن|اول ما|كل ما|كلما|وقت ما|عندما|ملي|مللي|فاش)\s+(?:[تي]?(?:جيك|جيج|جيكي|جيه|جيها)|جاتك|جاك|جتك|[بت]?تحس(?:ي|ين)?\s+ب|حسيت(?:ي)?\s+ب))\s*(?:ال)?(?:نوبه|نوبات|ازمه|دوخه|دوار|صداع|كحه|خفقان|ضيق|الم|وجع|هبه|تقلص)${AR_R}`,
    'u',
  ),
  choiceOfCare: rule(
    String.raw`${AR_L}[وف]?(?:روح|روحي|خد|خدي|خذ|خذي|اعمل|اعملي|سوي|اختار|اختاري|احجز|احجزي|تعمل|تعملي|تاخد|تاخدي|تاخذ|تسوي|تروح|تختار)\s+(?:\S+\s+){0,5}?(?:بدل|بداله|بدالها|بدله|بدلها|عوضه|عوضها)${AR_R}` +
      // "الأشعة هي أنسب فحص ليوسف", "السونار ما عاد يفيد بهالعمر": a test or treatment judged the better one, or of no use.
      String.raw`|${AR_L}(?:هي\s+|هو\s+)?(?:افضل|احسن|انسب)\s+(?:فحص|اختيار|خيار|علاج|حل)\s+(?:ل|في\s+حاله)|${AR_L}(?:ما\s+عاد|ماعاد|ما\s+بعد|مش|ما|مو|مب|مهوش|مش\s+هيبقي)\s+(?:[بي]?يفيد|[بت]?تفيد|مفيد|مفيده|نافع|نافعه|[بي]?ينفع|[بت]?تنفع)${AR_R}`,
    'u',
  ),
  symptomAction: rule(
    String.raw`^(?:\s+\S+){0,2}?[\s،:]+[وف]?(?:جرب|جربي|حاول|حاولي|خذ|خذي|خد|خدي|اشرب|اشربي|اقعد|اقعدي|اجلس|اجلسي|تنفس|تنفسي|ركز|ركزي|تمدد|تمددي|اضغط|اضغطي|بقي|ابقي|بقا|خليك|خليكي|نعس|نعسي|حط|حطي)${AR_R}`,
    'u',
  ),
  directive: rule(
    String.raw`${AR_L}${AR_AND}(?:مت(?:وقف|اخد)[${LETTER}]*ش|ما\s+ت(?:حبس|وقف)[${LETTER}]*ش|يفيد انك|بيفيد انك|يساعد انك|بيساعد انك|ينفع انك|بينفع انك|خلوه|خلوها|خليه|خليها|حطيه|حطيها|حطه|حطله|حطلها|حطيله|حطيلها|حطها|ضعه|ضعها|ضعيه|ضعيها|استخدميه|استخدميها|استخدمه|استخدمها|وقف|وقفي|اوقف|اوقفي|بطل|بطلي|انقع|انقعي|نقع|نقعي|اغمر|اغمري|خد|خدي|خذ|خذي|خذها|خذه|خديها|خديه|خدها|خده|تاخد|تاخدي|استخدم|استخدمي|استعمل|استعملي|اعمل|اعملي|دير|ديري|ديرو|سو|اتبع|اتبعي|خود|خودي|عطيه|عطيها|حط|حطي|سوي|سويلو|سويله|سويلها|ضع|ضعي|ارتاح|ارتاحي|ريح|ريحي|بلاش|ابعد عن|امتنع|تجنب|اتجنب|مضمض|اغسل|اشرب|جرب|جربي|الافضل|الاحسن|لازم تعمل|لازم تعملي|لازم تسوي|لازم تسوين|لازم تاخد|لازم تحط|لازم تبطل|لازم تبطلي|لازم توقف|لازم توقفي|لازم تترك|لازم تتركي|لازم تقلل|لازم تقللي|لازم تخفف|لازم تخففي|لازم تمتنع عن|لازم تتجنب|ياريت تاخد|ياريت تعمل|ياريت تبطل|ياريت تبطلي|ياريت توقف|ياريت توقفي|ياريت تقلل|ياريت تقللي|ياريت تبعد|ياريت تبعدي|ياريت تمتنع|ياريت تمتنعي|حطولو|حطولها|حطيلو|ننصحك|ننصحكم|ننصحكن|نصيحتي|انصحك|انصحكم|بنصحك|بنصحكم|بننصحكم|انصح|ينصحك|ينصحكي|بينصحك|بينصحكي|تنصحك|تنصحكي|بتنصحك|بتنصحكي|يوصيك|بيوصيك|توصيك|بتوصيك|يوصي|بيوصي|توصي|بتوصي|تنصح|بتنصح|بينصح|اعطي|اعطيه|اعطيها|عطيه|عطيها|عطيهم|ادي|اديله|اديلها|باعطاء|اعطاء|ننصح|بننصح|نوصي|بنوصي|تاخذ|تاخذي|اتمضمض|اتمضمضي|مضمضي|غرغر|غرغري|اغسلي|ادهن|ادهني|يستحسن|حاول|داوم|خلي|ارفع|اربط|البس|زود|زودي|قلل|قللي|وقف|وقفي|بطل|بطلي|كمل|كملي|يفضل|من الافضل|ينصح|التزم|التزمي|ارتدي|البسي|استمر|استمري|خفف|خففي|نقصي|نقصو|نقصوا|نقص(?=\s+(?:من\s|[${LETTER}]+(?:ك|كي|ج|كم)(?![${LETTER}])))|(?:كتير|كثير|معظم|اغلب|غالبيه|ناس كتير)\s+(?:من\s+)?(?:ال)?(?:اهالي|مرضي|مرضانا|المرضي|ناس|امهات|ستات|الستات|اباء|عملاء|مراجعين|مراجعينا|مرضانا)\s+(?:\S+\s+){0,3}?[وف]?(?:بيلاقوا|بيلاقو|يلاقوا|يلاقو|يجدون|بيحسوا|بيشوفوا|لاحظوا|بيقولوا|يقولون|وجدوا|بيستفيدوا|يستفيدون|بيرتاحوا|يرتاحون)|عض|عضي|نزل|نزلي|اشربي|كلي|اضرب|اضربي|اضربوا|اضربو|خوذ|خوذي|خوذو|لف|لفي|حطوا|حطو|استعملوا|استعملو|استخدموا|استخدمو|احسن لك|احسنلك|افضل لك|خاصك|خاصكي|خصك|خاصكم)${AR_R}`,
    'u',
  ),
  treatment: rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_TREATMENTS}|${AR_MEDICINES})${AR_NOUN_R}`, 'u'),
  test: rule(String.raw`${AR_L}${AR_GLUED}(?!(?:اي\s+)?(?:ال)?علاج)(?:${AR_TESTS})${AR_NOUN_R}`, 'u'),
  procedure: rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_PROCEDURES})${AR_NOUN_R}`, 'u'),
  lifestyle: rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_ACTIVITIES}|${AR_DIET})${AR_R}`, 'u'),
  bookingTalk: /حجز|احجز|ميعاد|موعد|كشف|سعر|باقه|اشتراك/u,
  outcome: anyOf(
    // "النتيجة مضمونة", "نتائجها مضمونة ١٠٠٪": a result promised (not "النتيجة مش مضمونة").
    rule(String.raw`${AR_L}[وف]?(?:ال)?(?:نتيجه|نتايج|نتيجت)[${LETTER}]{0,3}\s+(?:(?!مش|غير|مو|ليست|ليس|ما)\S+\s+)?(?:مضمونه|مضمون|اكيده|مؤكده|موكده)${AR_R}`, 'u'),
    // "الحبة السوداء زينة للمناعة", "اليانسون مفيد للمغص": something judged good for a symptom, a condition or the body.
    rule(
      String.raw`${AR_L}(?:مفيد|مفيده|زين|زينه|كويس|كويسه|ممتاز|ممتازه|نافع|نافعه|منيح|منيحه|فعال|فعاله|بيفيد|يفيد|تفيد|بتفيد)\s+(?:جدا\s+|كثير\s+|كتير\s+|وايد\s+|مره\s+|بزاف\s+|برشا\s+)?(?:(?:ل|لل)|(?:في|ف|مع)\s+(?:ال)?)(?:${AR_SYMPTOMS}|${AR_CONDITIONS}|مناعه|${AR_BODY_PARTS})(?:ي?(?:ه|ها|هم|ك|كي|ج|كم)|و)?${AR_R}`,
      'u',
    ),
    // "ولبّسيها خفيف عشان تنزل الحرارة": a step taken so that a symptom eases; "بنتك أكيد محمية طالما أخذت جرعة وحدة": protection promised by a dose.
    rule(
      String.raw`${AR_L}(?:عشان|علشان|لكي|كي|باش|حتي)\s+(?:[يت]|بت|بي)?(?:نزل|خف|روح|هدا|هدي|قل|ريح|صغر)[${LETTER}]*\s+(?:\S+\s+)?${AR_GLUED}(?:${AR_SYMPTOMS}|${AR_BODY_PARTS})${AR_NOUN_R}` +
        String.raw`|${AR_L}(?:محمي|محميه|محميين)\s+(?:\S+\s+){0,3}?(?:طالما|مادام|ما دام|بعد|لانه|لانها)\s+(?:\S+\s+){0,2}?${AR_GLUED}(?:جرعه|تطعيم|لقاح|طعم)${AR_NOUN_R}`,
      'u',
    ),
    // "وثلاثة جلسات يكفيو باش يتنحاو الآثار": a number of sessions promised to be enough to clear the problem.
    rule(
      String.raw`${AR_L}(?:جلسات|جلستين|جلسه|حقن|حقنتين|ابر)\s+(?:\S+\s+)?(?:يكفيو|يكفوا|يكفو|تكفي|يكفي|بتكفي|بيكفوا|كافيه|كافيين|كفايه)\s+(?:باش|عشان|علشان|لكي|حتي|حتى|ل)\s+\S`,
      'u',
    ),
    // "وده بيساعد الشرخ إنه يلتئم": whatever "this" is, said to help a condition or symptom.
    followedBy(
      rule(String.raw`${AR_L}[وف]?(?:ده|دي|هذا|هذي|هاد|هيدا|هيدي)\s+(?:بيساعد|يساعد|هيساعد|بتساعد|تساعد|هتساعد|رح يساعد|راح يساعد)\s`, 'u'),
      rule(String.raw`^${AR_GLUED}(?:${AR_CONDITIONS}|${AR_SYMPTOMS})${AR_NOUN_R}`, 'u'),
    ),
    // Three patterns tried in turn: as one alternation they grew near the size V8 compiles to native code.
    rule(String.raw`${AR_L}(?:وده|ده|دي|ودي)?\s*(?:هيهدي|هتهدي|بيهدي|يهدي|هيريح|هيريحك|بيريح|هيخفف|بيخفف|يخفف|هيشفي|هيعالج|بيعالج|هيحل|هتخف|هيخف|هيقلل|بيقلل|هيصلح|هيظبط|هيفيدك|بيفيد|ح(?:يهدي|تهدي|يريح|يريحك|يخفف|يشفي|يعالج|يحل|تخف|يخف|يقلل|يصلح|يفيدك)|(?:هي|هت|بي|بت)(?:فك|رخي|قوي)[${LETTER}]{0,3})${AR_R}`, 'u'),
    // "عادةً ما يساعد النوم على مرتبة صلبة … في تخفيف ألم أسفل الظهر": what helps relieve a symptom.
    // "وايد يساعدون على تنظيف الكبد من الدهون": or what it does to a part of the body.
    rule(String.raw`${AR_L}[وف]?(?:يساعد|بيساعد|تساعد|بتساعد|يفيد|بيفيد|تفيد|بتفيد)(?:ون|وا)?${AR_R}(?:\s+\S+){0,10}?\s+(?:في|ع|على|علي)\s+(?:ال)?(?:تخفيف|تقليل|تحسين|علاج|تهدئه|تفتيت|نزول|تنزيل|اذابه|منع|تنظيف|تقويه|حمايه|تنشيط)\s+(?:من\s+)?(?:\S+\s+)?(?:${AR_GLUED}(?:${AR_SYMPTOMS}|${AR_CONDITIONS})${AR_NOUN_R}|${AR_BODY})`, 'u'),
    // A procedure or product promised to fix a condition: "التقشير هيشيل البقع".
    rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_PROCEDURES}|${AR_PRODUCTS})${AR_R}(?:\s+\S+){0,3}?\s+(?:هي|هت|سي|ست|بي|بت)(?:شيل|فتح|وحد|نضف|خفي|زيل|عالج|صفي|نعم|شد|خفف|قلل|ريح)[${LETTER}]{0,3}\s+(?:\S+\s+){0,2}?${AR_GLUED}(?:${AR_SYMPTOMS}|${AR_CONDITIONS})${AR_NOUN_R}`, 'u'),
    // "الإكزيما دي بتهدى لو بطّلتي الصابون": a condition promised to settle if the patient does something.
    rule(
      String.raw`${AR_L}${AR_GLUED}(?:${AR_CONDITIONS}|${AR_SYMPTOMS})${AR_NOUN_R}(?:\s+\S+){0,2}?\s+(?:بت|هت|رح\s*ت|راح\s*ت|بي|هي|رح\s*ي|ح|ت|ي)(?:هدا|هدي|روح|خف|تحسن|قل|زول|ختفي|طيب)[${LETTER}]{0,2}\s+(?:(?:لو|اذا|لما|مع)\s|بال(?:راحه|ثلج|كمادات|علاج|دوا|وقت)|خلال\s)`,
      'u',
    ),
    // What a treatment will not do, and which one suits the patient: "الصنفرة ما راح تفيد معاها", "الفراكشنال هو الخيار الأنسب لك".
    after(
      rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_PROCEDURES}|${AR_TREATMENTS})${AR_NOUN_R}(?:\s+\S+){0,3}?\s+$`, 'u'),
      rule(String.raw`${AR_L}(?:مش|ما|مو|لن|مب|مهب)\s+(?:(?:راح|رح|حي|هي|بي)\s*)?[يت]?(?:فيد|نفع|ساعد|جيب نتيجه|زبط|ضبط)[${LETTER}]{0,3}${AR_R}`, 'u'),
    ),
    after(
      rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_PROCEDURES}|${AR_TREATMENTS})${AR_NOUN_R}(?:\s+\S+){0,3}?\s+$`, 'u'),
      rule(String.raw`${AR_L}(?:هو\s+|هي\s+)?(?:الخيار|الحل|العلاج|الاختيار)\s+(?:الافضل|الاحسن|الانسب|المناسب)\s+(?:ليك|لك|لكي|ليكي|لج|له|لها|ليه|ليها|لحالتك|لحالتها|لحالته|لبشرتك)${AR_R}`, 'u'),
    ),
  ),
  bareOutcome: rule(
    String.raw`^\s*[وف]?(?:(?:ده|دي|هذا|هذي|هاد|هيدا)\s+)?(?:(?:هي|هت|بي|بت|حي|حت|سي|ست)|(?:راح|رح)\s+[يت]|[يت])(?:ساعد|ريح|خفف|هدي|سكن|فرق|حسن|فيد|قلل)[${LETTER}]{0,3}${AR_R}`,
    'u',
  ),
  // "الوضعية دي بتريح الركبة", "التمرين ده بيقوي عضلات الضهر".
  effect: rule(
    // "بيصلّحوا تضخم الغدة", "تنحّيلو الحكة": the verb may carry the plural or "for him".
    String.raw`${AR_L}[وف]?(?:${AR_EFFECT_VERBS})(?:وا|و|ون|لو|له|لها|لك|ليك)?${AR_R}(?:\s+\S+){0,3}?\s+(?:مع\s+|علي\s+|على\s+|من\s+)?(?:${AR_BODY}|${AR_L}${AR_GLUED}(?:${AR_SYMPTOMS}|${AR_CONDITIONS})${AR_NOUN_R})`,
    'u',
  ),
  clinicianSubject: rule(String.raw`${AR_L}(?:الدكتور|الدكتوره|دكتور|دكتوره|د|الطبيب|الطبيبه|الاخصائي|الاخصائيه|المعالج|المعالجه)${AR_R}`, 'u'),
  // "محتاج علاج عصب", and "لازم يتخلع": the tooth or the patient needs a procedure.
  need: anyOf(
    // "فالخطوة المناسبة لها هي زراعة القوقعة": the step the patient should take next, a treatment, procedure or test.
    rule(
      String.raw`${AR_L}[وف]?(?:(?:ال)?خطوه\s+(?:ال)?(?:مناسبه|تاليه|جايه|صح|صحيحه|افضل|احسن|طبيعيه|منطقيه|اولي|اولانيه|قادمه)|(?:انسب|افضل|احسن)\s+(?:علاج|حل|خيار))\s+(?:\S+\s+)?(?:هو|هي|هتكون|حتكون|راح تكون|رح تكون|ستكون|تكون)\s+${AR_GLUED}(?:${AR_TREATMENTS}|${AR_PROCEDURES}|${AR_TESTS})${AR_NOUN_R}`,
      'u',
    ),
    // "ابدأ حبوب الملاريا من هسي": start a treatment. Folded, "ابدأ" is also "أبداً" (never), so the treatment must follow at once.
    followedBy(rule(String.raw`${AR_L}[وف]?(?:ابدا|ابدي|ابدايي)\s`, 'u'), rule(String.raw`^${AR_GLUED}(?:${AR_TREATMENTS}|${AR_MEDICINES})${AR_NOUN_R}`, 'u')),
    // "وتحتاج حالتك إلى ثلاث جلسات أسبوعياً": what the patient's case needs, counted in sessions or named as a treatment.
    rule(
      String.raw`${AR_L}[وف]?(?:(?:ت|بت|هت|حت)?حتاج\s+(?:حالتك|حالته|حالتها|حالتكم|بشرتك|بشرته|بشرتها)|(?:حالتك|حالته|حالتها|حالتكم|بشرتك|بشرته|بشرتها)\s+(?:ت|بت|هت|حت)?حتاج)\s+(?:الي|الى|ل)?\s*(?:[\d٠-٩]+|ثلاث|تلات|اربع|خمس|ست|سبع|ثمان|تمن|عشر|جلسه|جلسات|جلستين|علاج|عمليه|جراحه)`,
      'u',
    ),
    // "فأنت بحاجة إلى جلسة تسريب حديد", "ويلزمك عشرة جلسات": the MSA "بحاجة إلى" before a treatment, and the Maghrebi "يلزمك" before sessions.
    // A pattern of its own, as it holds two lexicons.
    rule(String.raw`${AR_L}[وف]?(?:انت|انتي|حضرتك|انتا|ابنك|بنتك|ابنج|بنتج|طفلك|طفلج|ولدك|ولدج|اكيد|غالبا)\s+(?:اكيد\s+|غالبا\s+)?بحاجه\s+(?:ماسه\s+)?(?:الي\s+|ل)(?:\S+\s+)?(?:${AR_TREATMENTS}|${AR_PROCEDURES})${AR_NOUN_R}|${AR_L}[وف]?(?:يلزمك|يلزمكي|تلزمك|يلزمها|يلزمه|يلزمو)\s+(?:[\d٠-٩]+\s+|(?:جوج|زوز|تلات|ثلاث|اربع|خمس|ست|سبع|ثمن|تسع|عشر)[${LETTER}]*\s+)?(?:جلس|حصص|حقن|ابر)[${LETTER}]*`, 'u'),
    rule(
    // "وغالباً ستحتاج إلى تعديل الحاجز": a hedge before what the patient will need, whatever it is (not a booking, a payment or a consultation).
    // "ستحتاجين على الأرجح إلى جلستين", "وغالباً هتحتاجي ٦ جلسات": the hedge after the verb, or a count of sessions.
    String.raw`${AR_L}[وف]?(?:${AR_LIKELY})\s+(?:انك\s+|انه\s+|انها\s+)?[وف]?(?:ستحتاج|هتحتاج|حتحتاج|رح تحتاج|راح تحتاج|بتحتاج|تحتاج|محتاج|محتاجه|يحتاج|سيحتاج|هيحتاج|بيحتاج)(?:ي|ين|ون)?\s+(?:الي\s+)?(?!(?:الي|${AR_ERRAND_NEEDS}|تحويل|ورقه|تقرير)(?:ي|ين|وا|ون|و)?${AR_R})(?:[${LETTER}]{3,}|\d+\s+(?:جلس|حقن|ابر|مرات|شهور|اشهر|اسابيع))|` +
    String.raw`${AR_L}[وف]?(?:ستحتاج|هتحتاج|حتحتاج|بتحتاج|تحتاج|يحتاج|سيحتاج|هيحتاج|بيحتاج)(?:ي|ين|ون)?\s+(?:${AR_LIKELY})\s+(?:الي\s+)?(?!(?:الي|${AR_ERRAND_NEEDS}|تحويل|ورقه|تقرير)(?:ي|ين|وا|ون|و)?${AR_R})(?:[${LETTER}]{3,}|\d)|` +
    // "وفي الحالات دي بيبقى العلاج عادةً حقن داخل العين": the usual treatment of the patient's case.
    String.raw`${AR_L}(?:بيبقي|بيكون|يكون|هيكون)?\s*[وف]?العلاج\s+(?:المناسب\s+)?(?:عاده|غالبا|في الغالب|بيكون|هيكون|يكون)\s+(?!(?:في|عند|مع|بعد|قبل)${AR_R})[${LETTER}]{3,}|` +
    // "إنت محتاج الأكريليك الصلب": what the patient needs, said of them outright (not an errand: "حضرتك محتاج الموعد").
    String.raw`${AR_L}[وف]?(?:انت|انتي|حضرتك|انتا)\s+(?:محتاج|محتاجه|هتحتاج|هتحتاجي|حتحتاج|بتحتاج|بتحتاجي|تحتاج|تحتاجي|تحتاجين)\s+(?:الي\s+|ل)?ال(?!(?:${AR_ERRAND_NEEDS}|تحويل|ورقه|تقرير|هويه|بطاقه)${AR_R})[${LETTER}]{3,}|` +
    // Whether to delay care, judged for the patient: "الأحسن نأجل التطعيم أسبوع".
    String.raw`${AR_L}(?:الافضل|الاحسن|احسن|افضل|يفضل|من الافضل|من الاحسن|اسلم|الاسلم)\s+(?:انك\s+|ان\s+)?[نتي]?(?:اجل|اخر|وقف|استني|ستني|ستنا)[${LETTER}]{0,3}\s+(?:\S+\s+){0,2}?${AR_GLUED}(?:تطعيم|طعم|لقاح|حقنه|الحقنه|جرعه|عمليه|جراحه)${AR_NOUN_R}`,
      'u',
    ),
    // The same need, second half: one pattern grew past the size V8 compiles to native code.
    rule(
    // Whether a treatment is worth it, or which one is better: "السنة اللبنية مش مستاهلة علاج عصب", "والخلع غالباً أحسن".
    String.raw`${AR_L}(?:مستاهل|مستاهله|مستاهلين|تستاهل|يستاهل|تستاهلش|يستاهلش)\s+(?:\S+\s+)?(?:${AR_TREATMENTS}|${AR_PROCEDURES})${AR_R}|` +
    String.raw`${AR_L}[وف]?(?:ال)?(?:${AR_PROCEDURES})(?:\s+\S+){0,2}?\s+(?:غالبا\s+|اكيد\s+|برايي\s+)?(?:احسن|افضل|انسب|اوفر)${AR_R}|` +
    // How many sessions until the problem goes: "ستحتاج إلى ست جلسات حتى يزول الألم".
    // "وستحتاج على الأرجح إلى ثلاث جلسات ليزر": how many sessions of a treatment the patient needs (not "تحتاج تحجز جلستين").
    String.raw`${AR_L}[وف]?(?:ستحتاج|هتحتاج|حتحتاج|رح تحتاج|راح تحتاج|بتحتاج|يحتاج|هيحتاج|سيحتاج|محتاج|محتاجه|محتاجين)(?:ي|ين)?\s+(?:(?!ت?حجز|تدفع|موعد|ميعاد)\S+\s+){0,4}?(?:جلسات|جلستين|جلسه|كورس)\s+(?:(?:${AR_TREATMENTS}|${AR_PROCEDURES})${AR_R}|[a-z]{2,}\b)|` +
    String.raw`${AR_L}(?:ستحتاج|هتحتاج|حتحتاج|رح تحتاج|تحتاج|محتاج)[${LETTER}]*\s+(?:\S+\s+){0,4}?(?:حتي|لحد ما|لين|لحين|الين|لغايه ما)\s+[يت]?(?:زول|خف|روح|ختفي|تحسن|هدا|هدي|طيب)${AR_R}|` +
    // "الأرجح أنكِ ستحتاجين إلى أطفال الأنابيب": the treatment the patient will need.
    String.raw`${AR_L}[وف]?(?:ستحتاج|هتحتاج|حتحتاج|رح تحتاج|راح تحتاج|بتحتاج)(?:ي|ين)?\s+(?:الي\s+)?(?:${AR_PROCEDURES})${AR_R}|` +
    String.raw`${AR_L}(?<!(?:مش|ما|مو|مب|مهو|لا)\s)[وف]?(?:محتاج|محتاجه|محتاجين|هتحتاج|هتحتاجي|تحتاجي|تحتاجين|تحتاج|بتحتاج|يحتاج|بيحتاج|هيحتاج|لازمك|لازمها|لازمه|يلزمك|بيلزمك|تلزمك|بتلزمك|يلزمه|بيلزمه|يبيله|يبيلها|يبيلك|يبيلج|يبغاله|يبغالها|يبغالك|تبيله|تبيلها|يبي له|يبغي له|بده|بدها|بدو|بدهن)\s+(?:(?!ت?حجز|تدفع|موعد|ميعاد|تجيب|تحضر|تبعت|ترسل)\S+\s+){0,3}?(?:${AR_TREATMENTS}|${AR_TESTS})${AR_R}` +
      // "أنصحك تراجع طبيب جلدية", "الأحسن تكشف عند دكتور رمد": sent to a specialist (not to a doctor by name).
      String.raw`|${AR_SPECIALIST_REFERRAL}` +
      // "يفضّل تبدأي بجلستين في الأسبوع": how often to have sessions, advised.
      String.raw`|${AR_L}[وف]?(?:يفضل|يستحسن|الافضل|الاحسن|انصحك|بنصحك)\s+(?:ان\s+|انك\s+)?(?:ت|ي)?(?:بد|ابد|عمل|سوي|اخذ|اخد|حضر)[${LETTER}]*\s+(?:ب)?(?:جلستين|جلسه|جلسات|\S+\s+جلسات)\s+(?:في|ب|كل)\s*(?:ال)?(?:اسبوع|شهر)${AR_R}` +
      String.raw`|${AR_L}(?:لازم|محتاج|محتاجه|هيحتاج|هتحتاج|يحتاج|بده|بدها|بدو)\s+(?:[${LETTER}]*(?:يتخلع|تتخلع|يتحشي|تتحشي|يتركب|يتعالج|يتشال|يتسحب|يتنظف|تتنظف|يتخيط|تتخيط|يتعقم|تتعقم|يتجبس|تتجبس|تخلعه|تحشيه|خلع|حشو|زراعه|جراحه|عمليه))${AR_R}`,
      'u',
    ),
  ),
  // "تقدر تبطل", "تقدري ترجعي الجيم", "ممكن توقفي": permission to stop, resume or do.
  permission: rule(
    String.raw`${AR_L}(?<!(?:ما|مش|مو|لا|عم|مانك|مانت)\s)[وف]?(?:تقدر|تقدري|تقدروا|تقدرين|هتقدر|هتقدري|حتقدر|حتقدري|بتقدر|بتقدري|تنجم|تنجمي|تنجمو|فيك|فيكي|فيكن|فيكم|ممكن|ينفع|يمكنك|تستطيع|تستطيعي|مسموح(?:\s+لك|\s+ليك)?|براحتك|عادي|ما فيه مشكله|ما في مشكله|مافي مشكله|مفيش مشكله|ما فيش مشكله|لا مشكله|ما في مانع|مافي مانع)\s+(?:[${LETTER}]+\s+)?ت?(?:اجل|اجلي|اخر|اخري|فوت|فوتي|العوده|الرجوع|عود|عودي|رجعين|وقفين|كملين|بطلين|رجع|رجعي|وقف|وقفي|بطل|بطلي|كمل|كملي|ضل|ضلي|ظل|ظلي|بقي|بقي|فضل|فضلي|اكل|اكلي|شرب|شربي|لعب|لعبي|جري|تمرن|تمرني|سبح|سبحي|شيل|شيلي|فرش|فرشي|نام|نامي|مضغ|مضغي|بدا|بدئي|سيب|سيبي|قلع|قلعي|استغني|مارس|مارسي|دوس|دوسي|حرك|حركي|جرب|جربي|جربين|حط|حطي|حطين|استخدم|استخدمي|استعمل|استعملي|لبس|لبسي|لبسين|نحي|نحيو|حبس|حبسي)(?:ون|وا)?(?:ه|ها|هم|يه|يها|ينه|ينها|له|لها|يله|يلها|و)?${AR_R}|${AR_L}[وف]?(?:يمكنك|يمكنكي|بامكانك|بامكانكي|باستطاعتك|تستطيع|تستطيعين|ستستطيع|ستستطيعين|ستتمكن|ستتمكنين|سوف تتمكن|سوف تتمكنين|سيمكنك|تتمكن|تتمكنين|لا مانع من|لا باس من|لا باس ب)${AR_R}`,
    'u',
  ),
  noNeed: rule(
    String.raw`${AR_L}(?:[وف]?(?:ما|مش|مو|لا|مانت|ماكش|ماكيش|ماشي|ماهي|ماهو|مهوش|مهيش)\s*(?:تحتاج|تحتاجي|تحتاجين|محتاج|محتاجه|هتحتاج|هتحتاجي|يحتاج|بيحتاج|بدها|بدو|بده|بدك|بدكن|بتحتاج|بتحتاجي|بتحتاجين|(?:رح|راح)\s+تحتاج(?:ي|ين)?|تستدعي|يستدعي|تتطلب|يتطلب|ضروري|لازم)(?:ه|ها|و)?ش?|[وف]?(?:مفيش داعي|مافيش داعي|ما في داعي|مافي داعي|ما له داعي|ماله داعي|مالوش داعي|ملوش داعي|ما لها داعي|مالها داعي|لا داعي|لا حاجه|ملوش لازمه|مالوش لازمه|مالهاش لازمه|ملهاش لازمه|ما يلزم))${AR_R}` +
      // The Tunisian "needs" is "يستحق": "ولدك ما يستحقش صورة أشعة", "ما عادش تستحقّو".
      String.raw`|${AR_L}[وف]?(?:ما|مش|موش)\s+(?:عادش\s+|عاد\s+)?(?:ت|ي)ستحق(?:و|ي|ها|ه|هم)?ش?${AR_R}` +
      // "ما يلزمهاش قلم أدرينالين": the Tunisian "does not need".
      String.raw`|${AR_L}[وف]?(?:ما|مش|موش)\s*(?:ت|ي)لزم(?:ه|ها|هم|و|ك|كم)?ش${AR_R}`,
    'u',
  ),
  logistics: rule(
    String.raw`^\s*(?:[وف]?(?:ت|ي|ن)?(?:جيب|جيبي|بعت|بعتي|حجز|حجزي|دفع|دفعي|كلم|كلمي|يجي|جي|قلق|قلقي|ستني|استني|طبع|ملا|اكد|لغي|سجل|حضر|حضري|حكي|سال|سالي|تكلم|تكلمي|تحدث|تحدثي|ستفسر|ستفسري|تواصل|تواصلي)|(?:من\s+)?(?:ل|لل|ب)?(?:قلق|حجز|عربون|دفع|احضار|ارسال|الدفع|الحضور|الحجز|الاتصال|التواصل|القلق|الحديث|التحدث|الكلام|السؤال|الاستفسار|القياده|السواقه|السياقه)|[تي]?(?:سوق|سوقي|قود|قودي))${AR_R}`,
    'u',
  ),
  // Three patterns tried in turn: the middle one holds the medicine lexicon, so its own gate keeps it from running on
  // clauses that only share "طبيعي" or "عادي" with the others.
  judgement: earliestOf(
    rule(
      // "عيونك سليمة": a body part judged healthy.
      String.raw`${AR_L}(?:سليم|سليمه|سليمين)${AR_R}|` +
      String.raw`${AR_L}(?:امن|مش امن|غير امن|خطر|خطير|ممنوع|مش مسموح|مسموح|مناسب|مش مناسب|غير مناسب)\s+(?:ليك|ليكي|لك|لكي|عليك|عليكي|للحامل|للحوامل|(?:في|مع|اثناء)\s+(?:ال)?(?:حمل|رضاعه|سكر|ضغط))${AR_R}` +
      // "تطعيم الحمى الصفراء ما يناسبچ في هالفترة": whether it suits the patient, as a verb.
      // Not "أي وقت يناسبج": a time that suits the patient.
      String.raw`|${AR_L}(?<!(?:وقت|الوقت|موعد|ميعاد|يوم|ساعه|اللي|الي)\s)(?:ما|مش|مو|لا|ما\s+راح)?\s*(?:[بي]|بي|هي|ت|بت|هت)?(?:يناسب|ناسب)(?:ك|كي|ج|كم|ه|ها)${AR_R}` +
      // "جلسات الميزو هي الأنسب ليكي": which treatment suits the patient best.
      String.raw`|${AR_L}[وف]?(?:الانسب|الافضل|الاحسن|انسب|افضل|احسن)\s+(?:(?:شي|شيء|حاجه|اشي)\s+)?(?:ليك|ليكي|لك|لكي|لج|الج|ليج|ليكم|لكم|الك|الكم|الكن|الها|اله|الو|له|لها|لهم|الهم|لحالتك|لحالتكم|لحالته|لحالتها|لوضعك|لبشرتك|لشعرك|لحالات|لحاله|لعلاج|لمشكله|لمشاكل)${AR_R}` +
      String.raw`|${AR_L}(?:امر طبيعي|شيء طبيعي|شي طبيعي|حاجه طبيعيه|امر عادي|شي عادي|حاجه عاديه|مرحله طبيعيه|مرحله عاديه|مرحله مؤقته|مرحله وتعدي|مرحله وبتعدي|امر شايع|شي شايع|شيء شايع|امر منتشر|من تلقاء نفس(?:ه|ها|هم)|تلقائيا|ما فيه شي|ما فيه شيء|مافيه شي|ما في شي|مافي شي|مفيش حاجه|ما فيش حاجه|مافيش حاجه|مش حاجه خطيره|مش خطير|مش خطيره|ماشي خطير|ماشي خطيره|ماشي حاجه خطيره|لا يدعو للقلق|هيروح لوحده|هتروح لوحدها|هيخف لوحده|هتخف لوحدها|بيروح لوحده|[وف]?(?:[بهح]?[يت]|(?:رح|راح|غادي)\s+[يت]|ك[يت])(?:طيب|روح|خف|تحسن|لم|دوز|فوت|عدي|زول|برا|بري)(?:وا|و)?\s+(?:لحال(?:و|ه|ها|هن|هم)|ب?ل?وحد(?:ه|و|ها|هم|هن)|بروح(?:ه|و|ها)|برا(?:هو|ها|هم|هن))|(?:طبيعي|طبيعيه|طبيعيين|عادي|عاديه)\s+(?:جدا|خالص|تماما|بزاف|برشا|كتير|كثير|مي[هه] [فب]الميه|100)|نورمال\s+و\S*\s+(?:وحد|لوحد|بوحد)(?:ه|ها|و|هم)|(?:ما في|مافي|مفيش|ما فيش|مافيش|لا|ملوش|مالوش)\s+داعي\s+(?:للقلق|للخوف|تقلق[${LETTER}]*|تخاف[${LETTER}]*))${AR_R}` +
      // "الواقي الجاهز آمن تستخدمه": safe for the patient to use; "ومش محتاج قلق": nothing to worry about.
      String.raw`|${AR_L}(?:مش|ما|مو)\s+(?:محتاج|محتاجه|يحتاج|تحتاج|يستاهل|مستاهل|يستدعي)\s+(?:اي\s+)?(?:قلق|خوف)${AR_R}` +
      // "عادي الركبة تنتفخ شوي بعد جلسة العلاج الطبيعي": a symptom judged normal after a session or procedure.
      String.raw`|${AR_L}(?:طبيعي|طبيعيه|عادي|عاديه|متوقع|متوقعه)\s+(?:\S+\s+){0,4}?(?:بعد|مع)\s+(?:ال)?(?:تركيب|جلسه|جلسات|جلسه العلاج|العلاج|عمليه|العمليه|الحقن|حقنه|الابره|ابره|التمارين|الخلع|خلع|التنظيف|الليزر|ليزر|التقشير|الجراحه|التطعيم|تطعيم)${AR_R}` +
      // "ارتفاع إنزيمات الكبد لديك بسيط": the patient's condition judged mild.
      String.raw`|${AR_L}(?:لديك|لديكي|عندك|عندكم|عنده|عندها|لديه|لديها)\s+(?:بسيط|بسيطه|خفيف|خفيفه|طفيف|طفيفه)${AR_R}`,
      'u',
    ),
    rule(
      // "الكدمات البسيطة هذي طبيعية مع الوارفارين": a symptom judged normal with a medicine.
      String.raw`${AR_L}(?:طبيعي|طبيعيه|عادي|عاديه|متوقع|متوقعه)\s+(?:جدا\s+)?(?:مع|من)\s+${AR_GLUED}(?:${AR_MEDICINES})${AR_R}`,
      'u',
    ),
    rule(
      // "طبيعي بالشهور الأولى", "عادي بعد التقشير": a symptom judged by the state or procedure.
      String.raw`${AR_L}(?:طبيعي|طبيعيه|عادي|شائع|شايع|منتشر)\s+(?:جدا\s+|تماما\s+|كثير\s+)?(?:(?:في|فى|خلال|اثناء|مع|بعد)\s+)?(?:بال|ب|ال|لل)?(?:شهور|اشهر|اسابيع|حمل|ثلث|مرحله|تقشير|ليزر|بوتوكس|فيلر|حقن|ولاده|عمر|سن|بلوغ|مراهقه)${AR_R}` +
      // What a symptom will do by itself: "بتروح عادة في يومين", "هيقف".
      String.raw`|${AR_L}[وف]?(?:ه|ب|ح)?[يت](?:روح|خف|ختفي|هدا|هدي|طيب|زول|تحسن|نزل|طلع|بطل(?:ه|ها|و)?)\s+(?:بروح|لوحد|لحال|من نفس|بنفس)(?:ه|ها|هم|و)${AR_R}` +
      // "بيرجع لحالو", "هيرجع طبيعي": back to normal by itself.
      String.raw`|${AR_L}[وف]?(?:رح\s+|راح\s+)?(?:ه|ب|ح|س)?[يت]رجع\s+(?:لحال(?:ه|ها|و)|لوحد(?:ه|ها|و)|بروح(?:ه|ها|و)|طبيعي|طبيعيه|زي ما كان|زي ما كانت|لطبيعت(?:ه|ها|و))${AR_R}` +
      // What a symptom will do within a time: "تروح خلال كم يوم", "رح يخف بعد يومين", "سيزول خلال أسبوع".
      String.raw`|${AR_L}[وف]?(?:رح\s+|راح\s+|ح)?(?:ه|ب|س)?[يت](?:روح|خف|زول|ختفي|هدا|هدي|تحسن|طيب)\s+(?:خلال|في خلال|فى خلال|في|بعد|مع|بعد\s+مرور)\s+(?:\S+\s+)?(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|ساعات|ساعه|ساعتين|شهر|وقت|الوقت|كم|كام|فتره)${AR_R}` +
      // What something will not do to the treatment: "مش هيأثر على العلاج", "لن يؤثر على النتيجة".
      String.raw`|${AR_L}(?:مش|ما|مو|لن|لا|مهو)\s*(?:راح\s+|رح\s+)?(?:ه|ب|ح)?[يت]?(?:اثر|وثر|ضر|عطل|اخر|بوظ)\s+(?:علي|على|ع)\s+(?:ال)?(?:علاج|نتيجه|نتايج|نتائج|التئام|شفا|تقويم|زراعه|حشو|سنانك|اسنانك|سنانها|اسنانها|سنانه|اسنانه|لثتك|تعافي|خطه العلاج)${AR_R}` +
      // Not "عينه بتروح لجوه" (turns inwards) or "بتروح للدكتور": going somewhere.
      String.raw`|${AR_L}(?<!(?:مش|ما|مو|لا|مهو)\s)[و]?(?:بتروح|هتروح|هيروح|بيروح|هيخف|هتخف|بيخف|بتخف|هيقف|بيقف|هتقف|بتقف|هيختفي|بيختفي|هتختفي|بتختفي|هيهدا|بيهدا|هتهدا|بتهدا)${AR_R}(?!\s+(?:لجوه|لجوا|لبره|لبرا|لفوق|لتحت|الي|علي|ع|عند|للدكتور|للدكتوره|للطبيب|للعياده|للمستشفي)${AR_R})`,
      'u',
    ),
  ),
  weakJudgement: rule(
    String.raw`${AR_L}(?:امن|مش امن|غير امن|خطر|خطير|مضر|ضار|${AR_JUDGED_NORMAL}|احسن حاجه|افضل حاجه|احسن وضعيه|افضل وضعيه|(?:احسن|افضل|اسوا)\s+(?:(?:لك|لكي|لج|ليك|ليكي|الك|الج|له|لها)\s+)?(?:بكتير\s+|بكثير\s+|كتير\s+|بمراحل\s+)?من)${AR_R}`,
    'u',
  ),
  patientState: rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_PATIENT_STATES})${AR_R}`, 'u'),
  stateJudgement: rule(String.raw`${AR_L}(?:تقدر|تقدري|ينفع|ممكن|عادي|امن|مسموح|ممنوع|تتجنب|تتجنبي|بلاش|يفضل|الافضل|يجوز|بيجوز|جايز)${AR_R}`, 'u'),
  physical: rule(
    // "وبعدها رطبي جلده": or after "and then".
    String.raw`^\s*(?:${AR_UNTIL_THEN}\s+|[وف]?(?:بعدها|بعدين|بعد كده|بعد كدا|من بعد|بالعكس|بل)\s+)?${AR_AND}(?:(?:حاول|حاولي|جرب|جربي|ياريت|يا ريت|لازم|يستحسن|الافضل|يفضل)\s+)?${AR_AND}ت?(?:${AR_PHYSICAL_VERBS})${AR_R}`,
    'u',
  ),
  bodyPart: rule(AR_BODY, 'u'),
  clinical: anyOf(AR_BODY_PATTERN, AR_LEXICON_PATTERN),
  clinicalOrTest: anyOf(AR_BODY_PATTERN, AR_LEXICON_PATTERN, rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_TESTS})${AR_R}`, 'u')),
  // Two patterns tried in turn: as one alternation it grows past the size V8 compiles to native code.
  judgedNeed: after(
    rule(String.raw`${AR_L}(?:بناء علي|بناء على|حسب|علي حسب|من)\s+(?:\S+\s+){0,4}?(?:ال)?(?:اشعه|تحاليل|تحليل|نتيجه|صور|صوره|تقرير|قياسات|فحص)${AR_R}`, 'u'),
    rule(String.raw`${AR_L}(?:هتحتاج|حتحتاج|ستحتاج|بتحتاج|تحتاج|محتاج|محتاجه|هيحتاج|يحتاج|سيحتاج)[${LETTER}]*\s+(?!(?:الي\s+)?(?:${AR_ERRAND_NEEDS})${AR_R})`, 'u'),
  ),
  statedNeed: anyOf(
    // "العلاج المناسب لحالتك هو الكي بالليزر": the treatment said to suit the patient's condition.
    rule(String.raw`${AR_L}[وف]?(?:ال)?علاج\s+(?:ال)?(?:مناسب|انسب|افضل|احسن|امثل|صح|صحيح)\s+(?:ل|لي|ليك|لك|ل?حالتك|ل?حالتج|ل?حالته|ل?حالتها|في حالتك|في حالتج|لوضعك|لطفلك|لبنتك|لابنك)\s+(?:هو|هي|هيكون|حيكون|رح يكون|سيكون|يكون)${AR_R}`, 'u'),
    // "حقن الهيالورونيك هي الأنسب لخشونة الركبة عندك": a treatment judged best for the patient's condition.
    followedBy(
      rule(String.raw`${AR_L}[وف]?(?:الانسب|الافضل|الاحسن|انسب|افضل|احسن)\s+(?=ل)`, 'u'),
      rule(String.raw`^(?:ل|لل)(?:${AR_CONDITIONS}|${AR_SYMPTOMS})${AR_NOUN_R}`, 'u'),
    ),
    followedBy(
      rule(String.raw`${AR_L}[وف]?(?:هيحتاج|هتحتاج|حيحتاج|حتحتاج|سيحتاج|ستحتاج|راح يحتاج|رح يحتاج|رح تحتاج|راح تحتاج)(?:ي|ين|و|ون)?\s+`, 'u'),
      rule(String.raw`^${AR_GLUED}(?:${AR_TREATMENTS}|${AR_PROCEDURES})${AR_NOUN_R}`, 'u'),
    ),
    // "بحالتك رح تحتاج تقريباً ٦ جلسات": what the patient's case will need (not a booking or a payment).
    rule(String.raw`${AR_L}(?:بحالتك|بحالتج|في حالتك|بوضعك|بحالته|بحالتها|لحالتك)\s+(?:\S+\s+){0,2}?(?:رح\s+|راح\s+|ح|ه|س|ب)?[تي]حتاج(?:ي|ين|و|ون)?\s+(?:الي\s+)?(?!(?:الي|${AR_ERRAND_NEEDS}|تحويل|ورقه|تقرير)(?:ي|ين|وا|ون|و)?${AR_R})`, 'u'),
    // "برنامج العلاج السلوكي ممتاز لحالتك": a treatment judged good for the patient's case.
    rule(String.raw`${AR_L}(?:ممتاز|ممتازه|مناسب|مناسبه|مفيد|مفيده|منيح|منيحه|زين|زينه|كويس|كويسه|فعال|فعاله|مثالي|مثاليه)\s+(?:جدا\s+|كثير\s+|كتير\s+|وايد\s+|مره\s+)?(?:لحالتك|لحالتج|لحالته|لحالتها|لوضعك|لوضعج|لمشكلتك|لمشكلتج)${AR_R}`, 'u'),
    // "ننصحك بإجراء اختبار التنفس", "الأحسن تبلّشي بالعين الأضعف": a test or procedure, or where on the body to start, recommended.
    rule(
      String.raw`${AR_L}[وف]?(?:ننصحك|انصحك|بنصحك|ننصح|انصح|نوصيك|اوصيك|نوصي|بنوصي|بنصح|يفضل|الافضل|الاحسن|من الافضل)\s+(?:(?:ليك|ليكي|لك|لكي|لج|الج|ليج|ليكم|لكم)\s+)?(?:انك\s+|ان\s+)?(?:ب)?(?:اجراء|عمل|تعمل|تعملي|تسوي|تسوين|تجري|تجريه|تعمليه|تسويه)\s+(?:\S+\s+)?${AR_GLUED}(?:${AR_TESTS}|${AR_PROCEDURES}|${AR_TREATMENTS}|اختبار|منظار|فحص|رسم)${AR_R}` +
        String.raw`|${AR_L}[وف]?(?:الاحسن|الافضل|احسن|افضل|يفضل|الاسلم|من الافضل|من الاحسن)\s+(?:انك\s+)?(?:ت[${LETTER}]{2,}|اراحه|راحه|تثبيت|رفع|ثني|تحريك)\s+(?:\S+\s+)?${AR_BODY}`,
      'u',
    ),
    rule(
      String.raw`${AR_L}[وف]?(?:حالتك|حالته|حالتها|حالتج|وضعك|وضعه|وضعها|وضعج)\s+(?:\S+\s+)?(?:محتاج|محتاجه|تحتاج|بتحتاج|هتحتاج|حتحتاج|يحتاج|بيحتاج|يلزمها|لازمها|تتطلب|بتتطلب|تستدعي|يستدعي|بتستدعي|بيستدعي)\s+(?:الي\s+)?(?!(?:الي|${AR_ERRAND_NEEDS}|تحويل|ورقه|تقرير|تقييم|الدكتور|دكتور)${AR_R})`,
      'u',
    ),
    after(
      rule(String.raw`${AR_L}[وبلكف]?(?:ال)?(?:${AR_TREATMENTS}|${AR_MEDICINES})${AR_R}`, 'u'),
      rule(String.raw`\s(?:هو|هي|ده|دي|هذا|هذي)\s+(?:اللي|الي)\s+(?:محتاجه|محتاجها|محتاجاه|محتاجاها|محتاجينه|يحتاجه|تحتاجه|بيحتاجه|بتحتاجه)${AR_R}`, 'u'),
    ),
  ),
  hedgedExplanation: rule(
    String.raw`${AR_L}[وف]?(?:${AR_LIKELY}|اكيد|عاده|عادتا|عادة)\s+(?:(?:ده|دي|هذا|هذي|هاد|هيدا|هو|هي|انه|انها)\s+)?(?:مجرد|بس)\s` +
      // "غالباً هذي بداية فقدان شهية": a hedge before "this is the start / a sign of".
      String.raw`|${AR_L}[وف]?(?:${AR_LIKELY}|يمكن|ممكن)\s+(?:ان\s+)?(?:ده|دي|هذا|هذي|هاد|هيدا|هيدي)\s+(?:بدايه|علامه|علامات|اعراض|عرض)${AR_R}` +
      // "هذي علامة واضحة إن قصور القلب عندك زاد": a sign read as what the patient has, without a hedge.
      String.raw`|${AR_L}[وف]?(?:ده|دي|هذا|هذي|هاد|هيدا|هيدي)\s+(?:علامه|علامات|دليل|مؤشر)\s+(?:\S+\s+)?(?:ان|علي ان)${AR_R}` +
      // "والواضح إن ده تليف بسيط": what "this" is, judged from what the patient sent.
      String.raw`|${AR_L}[وف]?(?:ال)?(?:واضح|باين|ظاهر)\s+ان\s+(?:ده|دي|هذا|هذي|هاد|هيدا)\s+(?!(?:ميعاد|موعد|حجز|الحجز|عرض|سعر|فرع)${AR_R})`,
    'u',
  ),
  hedgedCause: anyOf(
    rule(
      // "هيدا الخفقان غالباً من التوتر والقهوة": the symptom first, then the hedge and a cause of daily life.
      // "الطرقعة دي غالباً من المفصل", "الألم الممتد إلى الساق غالباً ناتج عن ضغط على العصب": or a part of the body, or a condition.
      String.raw`${AR_L}${AR_GLUED}(?:${AR_SYMPTOMS})${AR_R}(?:\s+\S+){0,4}?\s+(?:غالبا|الغالب|على الاغلب|علي الاغلب|الارجح|اكيد|يمكن|ممكن|احتمال|عاده|عادتا|في العاده|غير|مجرد)\s+(?:\S+\s+)?(?:من|بسبب|(?:ناتج|ناتجه|نابع|نابعه)\s+(?:عن|من))\s+(?:[وبل]?(?:ال)?(?:توتر|قلق|ضغط|ارهاق|تعب|سهر|قهوه|كافيين|منبهات|جفاف|برد|اكل|حمل|رضاعه|ستريس|سترس|مشد|حزام|جبيره|شنطه|حقيبه|مخده|كرسي|نظاره|جزمه|حذاء)${AR_R}|[وبل]?(?:ال)?(?:قله|نقص|هبوط|انخفاض|ارتفاع)\s|(?:\S+\s+){0,2}?${AR_BODY}|${AR_L}${AR_GLUED}(?:${AR_CONDITIONS})${AR_R})`,
      'u',
    ),
    rule(
      String.raw`${AR_L}(?:يبدو|يبان|يبين|باين|شكل[${LETTER}]{0,2}|الظاهر|غالبا|الغالب|على الاغلب|علي الاغلب|الارجح|اكيد|اظن|اعتقد|اتوقع)(?:\s+ان[${LETTER}]{0,2})?(?:\s+\S+){0,2}?\s+${AR_GLUED}(?:${AR_SYMPTOMS})(?:\s+\S+){0,3}?\s+(?:من|بسبب|سببه|سببها|جاي من|جايه من|جاي م|(?:ناتج|ناتجه|نابع|نابعه)\s+(?:عن|من))\s+(?:${AR_BODY}|(?:ال)?(?:افراط|الافراط|كثره|قله|نقص|هبوط|انخفاض|ارتفاع)\s)`,
      'u',
    ),
    // The same hedge and cause, a condition, procedure, treatment or medicine: two patterns in turn, each under the size V8 compiles natively.
    followedBy(
      rule(String.raw`${AR_L}(?:يبدو|يبان|يبين|باين|شكل[${LETTER}]{0,2}|الظاهر|غالبا|الغالب|على الاغلب|علي الاغلب|الارجح|اكيد|اظن|اعتقد|اتوقع)(?:\s+ان[${LETTER}]{0,2})?(?:\s+\S+){0,2}?\s+${AR_GLUED}(?:${AR_SYMPTOMS})(?:\s+\S+){0,2}?\s+(?:من|بسبب|سببه|سببها|جاي من|جايه من|جاي م|(?:ناتج|ناتجه|نابع|نابعه)\s+(?:عن|من))\s+`, 'u'),
      anyOf(rule(String.raw`^${AR_GLUED}(?:${AR_CONDITIONS}|${AR_PROCEDURES})${AR_R}`, 'u'), rule(String.raw`^${AR_GLUED}(?:${AR_TREATMENTS}|${AR_MEDICINES})${AR_R}`, 'u')),
    ),
    // "الطنين البتحس بيهو دا غالباً من حبوب الملاريا": a symptom put down to a medicine.
    // Two patterns, each under the size V8 compiles natively.
    followedBy(
      rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_SYMPTOMS})${AR_R}(?:\s+\S+){0,3}?\s+(?:غالبا|الغالب|على الاغلب|علي الاغلب|الارجح|اكيد|يمكن|ممكن|احتمال)\s+(?:\S+\s+)?(?:من|بسبب|(?:ناتج|ناتجه|نابع|نابعه)\s+(?:عن|من))\s+`, 'u'),
      rule(String.raw`^${AR_GLUED}(?:حبوب|حبه|اقراص|دوا|دواء|ادويه|ابر|حقن|${AR_MEDICINES})${AR_R}`, 'u'),
    ),
    // "فهي على الأرجح سبب أعراضك": something named as the likely cause of the patient's symptoms.
    rule(
      String.raw`${AR_L}(?:${AR_LIKELY}|يمكن|ممكن|اكيد|غالب الظن)\s+(?:هي\s+|هو\s+|ده\s+|دي\s+|هذا\s+|هذي\s+|هيدا\s+)?(?:ال)?(?:سبب|اسباب)\s+(?:ال)?(?:اعراض|الم|وجع|تعب|مشكله|دوخه|صداع|حموضه|حرقان|ارق|رجفه|نزيف|كحه|سعال)[${LETTER}]*` +
        String.raw`|${AR_L}(?:هي|هو|ده|دي|هذا|هذي|هيدا)\s+(?:ال)?(?:سبب|اسباب)\s+(?:ال)?(?:اعراض|الم|وجع|تعب|مشكله|دوخه|صداع|حموضه|حرقان|ارق|رجفه)[${LETTER}]*\s+(?:${AR_LIKELY}|اكيد)${AR_R}`,
      'u',
    ),
    // "ده غالباً بسبب ضيق في الفك العلوي": what "this" is put down to, a part of the body.
    rule(String.raw`${AR_L}(?:ده|دي|هذا|هذي|هاد|هيدا|هيدي)\s+(?:غالبا|الغالب|على الاغلب|علي الاغلب|الارجح|اكيد|يمكن|ممكن)\s+(?:بسبب|من|سببه|سببها|ناتج عن|ناتجه عن)\s+(?:\S+\s+){0,3}?${AR_BODY}`, 'u'),
  ),
  refusal: rule(
    String.raw`(?<![${LETTER}])[وف]?(?:ما فيني|مافيني|ما فيي|مافيي|ما فينا|مافينا|ما نجمش|منجمش|ما نجموش|ما بقدر|مابقدر|ما منقدر|ما بنقدر|ما بيصير|ما بصير|مش رح اقدر|ما رح اقدر|ما اقدر اعطيك|ما يصير|ما اگدر|مقدرش|ماقدرش|مش هقدر|مش مسموح|مينفعش|ما ينفعش|لا استطيع|لا يمكنني|لا نستطيع|لا يمكننا|ليس بامكاننا|ليس بوسعنا|ما نستطيع|ما بنقدر|مش بنقدر|مش هنقدر|ما نقدر نوصف|لا نصف|ما نوصف|مش بنوصف|ما بنوصف|لا اقدر|مش من حقي|مش مختص|مش بقدر|ماينفعش|ما اقدر|ما اقدرش|ما نقدر|ما نقدرش|مانقدرش|لا نقدر|مش دكتور|مش دكتوره|لست طبيب|لست طبيبه|(?:مش|مو|ليس|ليست)\s+(?:حاجه|شي|شيء|امر|موضوع)\s+(?:انا\s+)?(?:اقدر|نقدر|بقدر|بنقدر|ينفع|يصح|يمكنني|استطيع|اگدر)|مش من اختصاصي|ليس من اختصاصي|مو من اختصاصي)(?![${LETTER}])`,
    'u',
  ),
  deferral: rule(
    String.raw`(?<![${LETTER}])[وف]?(?:هيحدد|هيشوف|هيقيم|هيكشف|هيقرر|هيقولك|هيفحص|هيوصف|هيشخص|هتحدد|هتشوف|هتقيم|هتكشف|هتقرر|يحدد|يقيم|يكشف|يقرر|يفحص|يشخص|تحدد|تقيم|تكشف|تقرر|بيحدد|بيقرر|بيقيم|بتحدد|بتقرر|بتقيم|قرار|يرجع لل?(?:دكتور|طبيب|اخصائي|معالج))(?:ه|ها|هم)?(?![${LETTER}])(?!\s+(?:ال)?(?:فرق|نتيجه|نتايج|نتائج|تحسن))|بعد الكشف|في الكشف|وقت الكشف|بعد الفحص|(?:قبل ما|قبل لا|قبل ان|بلا ما)\s+(?:ت|تـ)?(?:سال|سالي|سقسي|سقسا|ستشير|ستشيري|شاور|شاوري|كلم|كلمي|راجع|راجعي)[${LETTER}]*\s+(?:\S+\s+)?(?:د|دكتور|دكتوره|الدكتور|الدكتوره|الطبيب|الطبيبه|طبيب|طبيبه|طبيبك|دكتورك)(?![${LETTER}])|(?:بعد|لما)\s+(?:ما\s+)?(?:يشوف|تشوف|يكشف|تكشف|يفحص|تفحص)`,
    'u',
  ),
  emergency: rule(
    String.raw`${AR_L}(?:[وف]?(?:روح|روحي|روحوا|اذهب|اذهبي|توجه|توجهي|راجع|راجعي|اتصل|اتصلي|كلم|كلمي|اطلب|اطلبي|تروح|تروحي|تتوجه|تتوجهي)\s+(?:\S+\s+){0,3}?(?:ل|لل|ال|علي|على|ب)?(?:طوارئ|الطوارئ|طواري|الطواري|اسعاف|الاسعاف|مستشفي|المستشفي|اقرب مستشفي)|(?:اقرب|أقرب)\s+(?:طوارئ|طواري|مستشفي))${AR_R}`,
    'u',
  ),
  // "نسبة الهيموجلوبين ٧ تعتبر طبيعية عند …": a value or symptom judged normal.
  reassurance: rule(String.raw`${AR_L}(?:(?:طبيعي|طبيعيه|عادي)\s+(?:جدا|خالص|تماما|بزاف|برشا|كتير|كثير|100)|${AR_JUDGED_NORMAL})${AR_R}`, 'u'),
  // "من كلامك" ("from what you say") frames a diagnosis; "كلامك" alone repeats the patient.
  empathy: rule(String.raw`(?<![${LETTER}])(?:افهم|اتفهم|نتفهم|متفهم|متفهمين|فاهم|فاهمه|فهمت|فهمنا|فهمتك|فهمتج|بتقول|بتقولي|ذكرت(?:و|ه|ها|ي|يه|يها|وه|وها)?|قلت|قولت|[و]?سالت|[و]?سالتي|[و]?سالتني|بتسال|بتسالي|تسال|تسالي|(?<!من |حسب )كلام(?:ك|كي|ج|كم)|سلامتك|سلامه|معلش|اسف|اسفين|(?:وصلتني|وصلتنا|وصلني|وصلنا|استلمت|استلمنا)\s+(?:ملاحظتك|ملاحظتج|ملاحظتكم|رسالتك|رسالتج|رسالتكم))(?![${LETTER}])`, 'u'),
  conditional: rule(String.raw`(?<![${LETTER}])[وف]?(?:لو(?!\s+سمحت)|اذا|في حاله|ان كان)(?![${LETTER}])`, 'u'),
  // "أما سؤالك عن إيقاف بخاخ الأنف": the patient's question, restated.
  // "وتسألين عن قطرة الأتروبين": what the patient asks about, restated.
  // "أما أيّ الفحوصات أنسب لحالتك، وهل تحتاج إلى التنظير، …": which is best, and whether, asked, not answered.
  // "الدكتور رح يحكيلك إذا فيك توقفها": whether, after a verb of telling or finding out; "إذا بتحب توقف الحبوب": the patient's wish.
  openQuestion: rule(String.raw`${AR_L}(?:(?:[${LETTER}]*(?:قلك|قولك|قلج|قولج|حكيلك|حكيلج|خبرك|خبرج)|[${LETTER}]*(?:يعرف|تعرف|نعرف|يشوف|نشوف|يتاكد|نتاكد|يقرر|تقرر|يحدد|تحدد|يوضح لك|توضح لك))\s+(?:اذا|ان كان)|[وف]?(?:اذا|لو)\s+(?:كنت\s+|كنتي\s+)?(?:بتحب|بتحبي|حابب|حابه|حاب|بدك|بدكي|تبي|تبين|تبغي|تبغين|تريد|تريدين|ترغب|ترغبين|عايز|عايزه|عاوز|عاوزه|بغيتي|بغيت|تحب|تحبي|تحبين)\s+(?:ان\s+)?[تن][${LETTER}]+|ولا لا|ولا لاء|ام لا|او لا|[وف]?هل|[وف]?واش(?!\s+(?:قلتي|قلت|قلتو|وصفتي|وصفت))|[وف]?اي\s+ال\S+\s+(?:\S+\s+)?(?:انسب|افضل|احسن|اصلح)|(?:سوالك|سوالج|استفسارك)\s+(?:عن|بخصوص|حول)|[وف]?(?:ت|بت)?سال(?:ين|ي|ون|وا|ت|تي)?\s+(?:عن|بخصوص|حول))${AR_R}`, 'u'),
  // "خد الأقراص اللي بتاخدها معاك للكشف": taking something along is bringing it.
  bringAlong: rule(
    String.raw`${AR_L}[وف]?(?:جيب|جيبي|جيبوا|هات|هاتي|تجيب|تجيبي|تجيبوا|احضر|احضري|احضار|اجلب|اجلبي|تحضر|تحضري)${AR_R}|${AR_L}[وف]?(?:خد|خدي|خذ|خذي|تاخد|تاخدي|تاخذ|تاخذي)\s+(?:\S+\s+){0,4}?(?:معاك|معاكي|معك|معكي|معاكم|معكم|معاه|معاها|معه|معها)${AR_R}`,
    'u',
  ),
  retail: rule(String.raw`${AR_L}(?:بنبيع|نبيع|يباع|بيتباع|متوفر|متوفره|متاح|متاحه|موجود|موجوده)\s+(?:\S+\s+){0,3}?(?:في|ف|عند|ب)\s*(?:ال)?(?:استقبال|صيدليه|فرع|فروع|فرعين|عياده|عيادتنا)${AR_R}`, 'u'),
  // Three patterns, the earliest match kept: as one alternation they grew past the size V8 compiles natively.
  stopTaking: earliestOf(
    // "كمّل على قطرة الضغط", "خليك على الدوا", "وقفي على الكريم": keep to or leave off a product.
    rule(
      String.raw`${AR_L}[وف]?(?:كمل|كملي|استمر|استمري|خليك|خليكي|داوم|داومي|ضل|ضلي|ظل|ظلي|وقف|وقفي|بطل|بطلي|ب?الاستمرار|ب?المداومه)\s+(?:على|علي|ع|في)\s+(?:\S+\s+)?${AR_GLUED}(?:${AR_MEDICINES}|${AR_PRODUCTS})${AR_NOUN_R}`,
      'u',
    ),
    rule(
      String.raw`${AR_L}[وفب]?(?:ت?توقف|توقفي|تتوقفي|التوقف|ايقاف|اوقف|اوقفي|توقيف|ت?بطل|بطلي|تبطلي|ت?كمل|كملي|تكملي|الاستمرار|استمر|استمري|تستمر|تستمري)\s+(?:عن\s+|في\s+|على\s+|علي\s+)?(?:تناول|اخذ|أخذ|استعمال|استخدام|اخد)${AR_R}|` +
      // "ياريت توقف الأسبرين قبلها بيومين", "وقّفي الكونكور": stopping a named medicine.
      String.raw`${AR_L}[وف]?(?:${AR_STOP}|حبسو|حبسوا)\s+(?:(?:حبوب|حبه|اقراص|دوا|دواء|شراب|ابر|حقن)\s+)?${AR_GLUED}(?:${AR_MEDICINES})${AR_NOUN_R}|` +
      // "وحبس البخاخ ديالك ٢٤ ساعة قبل الفحص": stopping an inhaler or the medicine, named or not.
      String.raw`${AR_L}[وف]?(?:وقف|وقفي|اوقف|اوقفي|بطل|بطلي|حبس|حبسي|ايقاف)\s+(?:ال)?(?:بخاخ|بخاخه|دوا|دواء|انسولين)(?:ك|ي)?${AR_R}|` +
      // "ونرجو إيقاف حبوب منع الحمل قبل الموعد بأسبوع": stopping the contraceptive pill.
      String.raw`${AR_L}[وف]?(?:${AR_STOP})\s+(?:ال)?(?:حبوب|حبه|اقراص)\s+منع\s+(?:ال)?حمل${AR_R}|` +
      // "لا توقف الدوا حتى لو حسيت بدوخة": told not to stop a medicine, named or not.
      String.raw`${AR_L}[وف]?(?:لا|ما)\s+(?:ت?توقف|توقفي|ت?قطع|قطعي|ت?بطل|بطلي)\s+${AR_GLUED}(?:دوا|دواء|ادويه|علاج|حبوب|حبه|اقراص|ابر|انسولين)${AR_NOUN_R}`,
      'u',
    ),
    rule(
      // "إذا طلعت عندك مقاومة الأنسولين لازمك تبدا الميتفورمين": having to start or take a named medicine, even behind "إذا".
      String.raw`${AR_L}[وف]?(?:لازمك|لازم|لازمج|لازمه|لازمها|يجب|يلزمك|محتاج|محتاجه)\s+(?:عليك\s+|انك\s+)?(?:ت|ي)(?:بدا|بدئي|بدي|اخذ|اخد|اخذي|اخدي|ستعمل|ستخدم)\s+(?:\S+\s+)?${AR_GLUED}(?:${AR_MEDICINES})${AR_NOUN_R}|` +
      // "عادي تعطيه شراب بنادول": giving a named medicine, even behind "إذا".
      String.raw`${AR_L}[وف]?(?:ت|ي)?(?:عطي|عطيه|عطيها|عطيهم|اعطي|اعطيه|اعطيها|ادي|اديه|اديها|اديله|اديلها|تديه|تديها|تديله|تديلها)\s+(?:\S+\s+){0,2}?${AR_GLUED}(?:${AR_MEDICINES})${AR_NOUN_R}|` +
      // "لا تاخذ حبة الضغط الليلة", "متاخديش الدوا": not taking a medicine.
      String.raw`${AR_L}[وف]?(?:(?:لا|ما)\s+(?:تاخذ|تاخد|تاخذي|تاخدي|تاخذين|تاخدين|تتناول|تتناولي|تتناولين)|متاخد(?:ي)?ش|ماتاخد(?:ي)?ش|ما\s*تاخذ(?:ي)?ش|ما\s*تاخد(?:ي)?ش)\s+(?:\S+\s+)?(?:ال)?(?:حبه|حبوب|حبايه|دوا|دواء|علاج|جرعه|${AR_MEDICINES})${AR_R}`,
      'u',
    ),
  ),
  noDoctorNeeded: rule(
    // Verbs in any person: "ما تحتاجون تراجعون دكتور", "مفيش داعي تكلمي الدكتورة".
    String.raw`${AR_L}[وف]?(?:لا حاجه|ما في حاجه|مافي حاجه|لا داعي|ما في داعي|مافي داعي|مفيش داعي|مافيش داعي|ما فيش داعي|ما فماش داعي|مافماش داعي|مش محتاج|مش محتاجه|مش محتاجين|ما تحتاج(?:ي|ين|ون|وا)?|ما يحتاج(?:ون|وا)?|ماله داعي|مالوش لازمه|لا يلزم)\s+(?:ل|ان\s+|انك\s+|ت)?(?:مراجعه|الاتصال|اتصال|(?:ت|ي)?(?:راجع|زور|شوف|روح|جي|جيب|كلم|تصل|سال)(?:ي|ين|ون|وا|و)?(?:ه|ها|هم)?|الذهاب|الكشف|كشف)\s*(?:لل|ل|ال|عند\s+|عند\s+ال|علي\s+|على\s+|ب\s*|بال)?(?:طبيب|الطبيب|دكتور|الدكتور|دكتوره|الدكتوره|الطبيبه|الطوارئ|طوارئ|المستشفي)${AR_R}`,
    'u',
  ),
  // Two patterns in turn: as one alternation it grew near the size V8 compiles to native code.
  dietChange: earliestOf(
    rule(
      // "بتنصح الحوامل ياكلوا تمر": what a clinician habitually tells patients to eat is diet advice too.
      String.raw`${AR_L}[وف]?(?:ب|بت|بي|بن|ت|ي|ن|كت|كي)?(?:نصح|وصي)[${LETTER}]*\s+(?:\S+\s+){0,3}?(?:ما\s+|لا\s+)?[${LETTER}]*(?:اكل|شرب|كثر|قلل)[${LETTER}]*\s+(?:من\s+)?(?:\S+\s+){0,1}?[وف]?(?:${AR_DIET})${AR_R}|` +
      String.raw`${AR_L}[وف]?(?:[يت]|بي|بت)(?:كثر|قلل|خفف|بعد|بتعد|متنع|جنب)[${LETTER}]{0,3}\s+(?:من\s+|عن\s+)?(?:\S+\s+){0,1}?[وف]?(?:${AR_DIET})${AR_R}|` +
      String.raw`${AR_L}[وف]?ب?(?:ال)?(?:وقف|وقفي|وقفوا|اوقف|اوقفي|بطل|بطلي|بطلوا|ايقاف|كتر|كتري|كترو|كتروا|كثر|كثري|تقليل|قلل|قللي|قللوا|خفف|خففي|خففوا|تخفيف|ابتعاد|ابتعد|ابتعدي|ابعد|ابعدي|امتناع|امتنع|امتنعي|تجنب|تجنبي|اكثار|اكثر|اكثري|زياده|زود|زودي|اشرب|اشربي|شرب)\s+(?:من\s+|عن\s+|في\s+)?(?:\S+\s+){0,1}?[وف]?(?:${AR_DIET}|(?:ال)?سوائل|(?:ال)?مياه|(?:ال)?مي|(?:ال)?ماي|(?:ال)?ميه|(?:ال)?الياف)${AR_R}|` +
      // "بعّديه عن الجبنة", "بدّليلو لحليب الماعز": a child kept away from a food, or switched to another.
      String.raw`${AR_L}[وف]?(?:بعد|ابعد)(?:ي|و|وا)?(?:ه|ها|هم|يه|يها|يهم|وه|وها)?\s+(?:عن|على|علي)\s+(?:\S+\s+){0,1}?[وف]?(?:${AR_DIET})${AR_R}|` +
      String.raw`${AR_L}[وف]?(?:بدل|بدلي|بدلو|بدلوا|غير|غيري)(?:يلو|يله|يلها|له|لها|لو|ليه|ليها)?\s+(?:ل|لل|الى|الي|على|علي)\s*(?:${AR_DIET})${AR_R}|` +
      // "كول حاجة حلوة فيسع": eat something sweet.
      String.raw`${AR_L}[وف]?(?:كول|كولي|كولو|كل|كلي|كلوا|اشرب|اشربي|اشربوا)\s+(?:شي\s+)?(?:حاجه|شي|شيء|حبه|قطعه|كاس|كوب)\s+(?:حلوه|حلو|مسكره|فيها سكر|سكر)${AR_R}`,
      'u',
    ),
    rule(
      // "نقّص من القهوة والملحة": the Maghrebi "reduce", only before "من" ("نقص الحديد" is a deficiency).
      String.raw`${AR_L}[وف]?(?:نقص|نقصي|نقصو|نقصوا)\s+من\s+(?:\S+\s+){0,1}?[وف]?(?:${AR_DIET})${AR_R}|` +
      // "خثّروا الموية والعصير بشوية نشا": thickening what a patient drinks.
      String.raw`${AR_L}[وف]?(?:خثر|خثري|خثرو|خثروا|كثف|كثفي|كثفوا|ثخن|ثخني|ثخنوا)\s+(?:له\s+|لها\s+|ليه\s+|ليها\s+)?(?:ال)?(?:مويه|مي|ماء|مياه|ميه|عصير|سوائل|مشروبات|حليب|شوربه)${AR_R}|` +
      // "خلطو بالنشا باش يولي ثقيل": mixed with a thickener.
      String.raw`${AR_L}[وف]?(?:خلط|خلطي|خلطو|خلطوا|اخلط|اخلطي|اخلطوا)(?:ه|ها|يه|يها|وه|وها)?\s+(?:\S+\s+)?ب(?:ال)?(?:نشا|نشاء|مكثف|مثخن|مسحوق التكثيف)${AR_R}|` +
      // "واشرب أقل من لتر ونص ماي في اليوم": an amount to drink each day.
      String.raw`${AR_L}[وف]?(?:اشرب|اشربي|اشربوا|تشرب|تشربي|تشربين|شرب|يشرب)\s+(?:\S+\s+){0,5}?(?:لتر|لترين|ليتر|ليترين|كاسات|كاسه|اكواب|كوب|كوبايات)(?:\s+\S+){0,3}?\s+(?:في اليوم|باليوم|يوميا|كل يوم|في النهار|بالنهار)${AR_R}|` +
      // "خلوها تاكل ٣ تمرات": have someone eat or drink a counted amount.
      String.raw`${AR_L}[وف]?(?:خلي|خلو|خليه|خليها|خلوه|خلوها|خليهم|خلوهم)\s+(?:[يت]اكل|[يت]شرب|ياكلوا|يشربوا)[${LETTER}]*\s+(?:\d+|نص|ربع|حبه|كوب|كاسه|ملعقه)${AR_R}|` +
      // "خلي عنش الشاي والقهوة", "وبلاش منبّهات بعد العصر", "واكلي تمر ودبس وسبانخ وايد", "اشرب كل يوم الصبح كوب ماي": what to leave, eat more of, or have daily.
      String.raw`${AR_L}[وف]?(?:خلي عنك|خلي عنش|خلي عنج|خلي عنكم|خلك من|خليك من|خليك بعيد عن|خليكي بعيده عن|بلاش)\s+(?:\S+\s+)?[وف]?(?:ال)?(?:${AR_DIET})${AR_R}|` +
      String.raw`${AR_L}[وف]?(?:كلي|اكلي|كلوا|اشرب|اشربي|اشربوا|تاكلي|تشربي)\s+(?:\S+\s+){0,4}?[وف]?(?:${AR_DIET})${AR_R}(?:\s+\S+){0,4}?\s+(?:اكتر|اكثر|كتير|كثير|وايد|واجد|بزياده|زياده|كل يوم|يوميا)${AR_R}|` +
      String.raw`${AR_L}[وف]?(?:اشرب|اشربي|اشربوا|شرب|شربي|شربو|كلي|اكلي|كلوا|تشرب|تشربي|تاكل|تاكلي|ت?عطي(?:ه|ها|نه|نها|هم)|اعطي(?:ه|ها|هم))\s+(?:\S+\s+){0,8}?(?:كل يوم|يوميا|كل صباح|كل صبح|كل ليله|علي الريق|قبل النوم|قبل ما (?:تنعس|تنام)(?:ي|ين)?|مرتين باليوم|مرتين في اليوم|(?:بعد|مورا|من بعد|قبل)\s+(?:ال)?(?:اكل|ماكله|وجبات|وجبه|فطور|عشا|غدا))${AR_R}|` +
      // "كول الماكلة بلا ملحة", "كولي الحوت مرتين فالسيمانة": eating without salt or sugar, or a food so many times a week.
      String.raw`${AR_L}[وف]?(?:كول|كولي|كولو|كل|كلي|كلوا|اكلي|تاكل|تاكلي)\s+(?:\S+\s+){0,2}?(?:بلا|بدون|من غير|من دون)\s+(?:ال)?(?:ملح|ملحه|سكر|زيت|دهون|دسم)${AR_R}|` +
      String.raw`${AR_L}[وف]?(?:كول|كولي|كولو|كل|كلي|كلوا|اكلي|شرب|شربي|اشرب|اشربي)\s+(?:\S+\s+){1,3}?(?:مرتين|مره|(?:تلات|ثلاث|اربع|خمس|[\d]+)\s+مرات)\s+(?:في|ف|بال|فال|في ال)\s*(?:ال)?(?:اسبوع|سيمانه|جمعه|يوم|نهار)${AR_R}|` +
      // "تشيلي لبن البقر من أكله", "وتبدّليه بلبن صويا": a food taken out of what someone eats, or swapped for another.
      String.raw`${AR_L}[وف]?(?:شيل|شيلي|شيلو|تشيل|تشيلي|شيلوا)\s+(?:\S+\s+){0,3}?من\s+(?:ال)?(?:اكل|اكله|اكلها|اكلك|اكلو|غذا|غذايه|غذاها|اكلهم)${AR_R}|` +
      String.raw`${AR_L}[وف]?(?:ت?بدل|ت?بدلي|بدلو|بدلوا)(?:ه|ها|يه|يها|وه|وها)\s+ب(?:ال)?(?:${AR_DIET})${AR_R}|` +
      // "غيّري الحليب لحليب مضاد للمغص": a food switched for another.
      String.raw`${AR_L}[وف]?(?:غير|غيري|غيرو|غيروا|بدل|بدلي|بدلو)\s+(?:ال)?(?:حليب|لبن|رضعه|رضاعه|اكل|فورمولا|شامبو)\s+(?:ل|لل|الي|ب|بشي)\s*(?:ال)?[${LETTER}]{3,}${AR_R}|` +
      // "كل ألياف أكتر": eat or drink something more.
      String.raw`${AR_L}[وف]?(?:كل|كلي|كلوا|اشرب|اشربي|اشربوا|خلي[${LETTER}]*\s+ياكل|تاكل|تاكلي|تشرب|تشربي)\s+(?:${AR_DIET}|(?:ال)?الياف|(?:ال)?خضار|(?:ال)?فاكهه|(?:ال)?سوائل|(?:ال)?مياه|(?:ال)?ميه|(?:ال)?مي)\s+(?:اكتر|اكثر|كتير|بزياده)${AR_R}`,
      'u',
    ),
  ),
  dietByPronoun: rule(
    String.raw`${AR_L}[وف]?(?:قلل|قللي|قللوا|خفف|خففي|خففوا|ابعد|ابعدي|ابتعد|ابتعدي|امتنع|امتنعي|تجنب|تجنبي|اتجنب|اتجنبي|بطل|بطلي)\s+(?:من|عن)(?:ه|ها|هم|هن|هما)${AR_R}|${AR_L}[وف]?(?:تجنب|تجنبي|اتجنب|اتجنبي)(?:ه|ها|هم|يه|يها|يهم)${AR_R}`,
    'u',
  ),
  diet: rule(String.raw`${AR_L}[وبل]?(?:${AR_DIET})${AR_R}`, 'u'),
  itDirective: rule(
    // "خليك على القديم يومين زيادة" about a new aligner set: keep to the previous one.
    String.raw`${AR_L}[وف]?(?:خليك|خليكي|خلوه|كمل|كملي)\s+(?:على|علي|ع)\s+(?:ال)?(?:قديم|قديمه|سابق|سابقه|اول)${AR_R}|` +
    String.raw`${AR_L}[وف]?ت?(?:وقف|وقفي|اوقف|اوقفي|بطل|بطلي|كمل|كملي|رجع|رجعي|ارجع|ارجعي|استمر|استمري|قلل|قللي|زود|زودي|اعطي|ادي|اديل|اعط|خلي)(?:ه|ها|يه|يها|وه|وها|هم|يهم|ها|و|ينه|ينها)${AR_R}|` +
    // "كمّلي عليها عادي": go on with it.
    String.raw`${AR_L}[وف]?(?:كمل|كملي|كملو|كملوا|استمر|استمري|داوم|داومي)\s+(?:(?:علي|على)|بي|ب)(?:ه|ها|هم)${AR_R}|` +
    // "فالأفضل أن تتوقف عنه فوراً" after a medicine: stopping it, with "عن".
    String.raw`${AR_L}[وف]?(?:ت?توقف|توقفي|تتوقفي|تتوقفين|ت?بطل|بطلي|تبطلي|تبطلين|امتنع|امتنعي|تمتنع|تمتنعي)\s+عن(?:ه|ها|هم)${AR_R}|${AR_L}[وف]?(?:اعطيه|اعطيها|اديله|اديلها|اعطه|اعطها)${AR_R}`,
    'u',
  ),
  untilHealed: rule(
    String.raw`(?:${AR_RESTRICTION}|${AR_WEAR_OR_KEEP})(?:\s+\S+){0,7}?\s+(?:لحد ما|لحدي ما|لحين|لين ما|لين|الين|لغايه ما|لحتي|حتي|ل ما|لما)\s+(?:\S+\s+)?(?:[يتس]?[يت]?(?:خف|خفي|روح|هدا|هدي|زول|شفي|شفى|لتئم|لتيم|تحسن|تحسني|تعافي|تعافى|بطل|وقف|نشف|طيب|ختفي)|[يت]رتاح[${LETTER}]*)${AR_R}` +
      // "وقفوا الجري عشان ما يزيد الالتهاب": or so that it does not get worse.
      String.raw`|${AR_RESTRICTION}(?:\s+\S+){0,7}?\s+(?:عشان|علشان|حتي|لكي|كي|باش|لان|لئلا)\s+(?:ما|لا|مي?|ميت)\s*(?:[يت]|بي|بت)(?:زيد|زيدش|سوء|تفاقم|لتهب|ورم|نتشر|تعب|لتهب|نفصل|نكسر|نخلع|طيح|قع)[${LETTER}]*` +
      String.raw`|${AR_RESTRICTION}(?:\s+\S+){0,7}?\s+(?:عشان|علشان|لكي|كي|باش)\s+(?:\S+\s+)?(?:[يت]|بي|بت)(?:ثبت|لتئم|لتيم|لحم|نجح|طيب|تعافي)[${LETTER}]*`,
    'u',
  ),
  untilVisit: rule(
    // "خلوه لين يشوفه د. فهد": or kept as it is until the doctor sees it.
    String.raw`(?:${AR_RESTRICTION}|${AR_WEAR_OR_KEEP})(?:\s+\S+){0,7}?\s+(?:لحد|لحين|لين|الين|لغايه|لحتي|حتي|قبل|الي حين|الى حين)\s+(?:ال|ما\s+)?(?:موعدك|ميعادك|موعد|ميعاد|كشف|زيارتك|زياره|جلستك|جلسه|فحص|يشوفك|يشوفه|يشوفها|تشوف|تشوفي|تشوفه|تشوفها)${AR_R}`,
    'u',
  ),
});

const CONTRAST = gated(/\b(?:but|however)\b|لكن|بس|انما/u);
/** "لا أستطيع تقديم استشارة طبية، ولكن …": a clause that opens with a contrast ends the refusal before it. */
const CONTRAST_OPENING = gated(/^\s*(?:but|however)\b|^\s*[وف]?(?:لكن|انما)(?![\u0621-\u064a])/u);

/**
 * `serviceNames`: the catalog's services, folded. A medicine word inside one
 * ("Insulin pump training", "Vitamin D injection") names what the clinic
 * offers, not a medicine for the patient. `mayHoldAdvice`: the sentences to
 * read (the others are still read as context: "earlier", the next sentence's refusal).
 */
export function findMedicalAdvice(reply: ReplyText, serviceNames: readonly string[] = [], mayHoldAdvice: (sentence: Span) => boolean = () => true): Finding[] {
  const findings: Finding[] = [];
  const blankable = blankableNames(serviceNames);
  const wholeNames = blankableNames(serviceNames, false);
  const { lower } = reply;
  for (const [sentenceIndex, sentence] of reply.sentences.entries()) {
    if (!mayHoldAdvice(sentence)) continue;
    const clauses = reply.clausesOf(sentence);
    const isQuestion = /[?؟]\s*$/.test(lower.slice(sentence.start, sentence.end));
    const sentenceBefore = reply.sentences[sentenceIndex - 1];
    const previousSentence = sentenceBefore ? lower.slice(sentenceBefore.start, sentenceBefore.end) : '';
    let refusing = false;
    for (let index = 0; index < clauses.length; index++) {
      const clause = clauses[index]!;
      const text = lower.slice(clause.start, clause.end);
      const rules = rulesFor(text);
      const previous = clauses[index - 1];
      if (previous && (CONTRAST.test(lower.slice(previous.end, clause.start)) || CONTRAST_OPENING.test(text))) refusing = false;
      if (anyRule(rules, 'refusal', text)) refusing = true;
      if (refusing || defers(rules, text)) continue;
      const earlier = lower.slice(sentence.start, clause.start);
      // "I understand you'd like to stop your ibuprofen, but I can't advise on that": the patient's wish, restated before a refusal.
      // "I'm sorry you've had heartburn for weeks, and that the omeprazole you bought hasn't helped": "and that" goes on with the same sympathy.
      // "I hear you: the hoarseness has lasted over a month …": what follows the colon is what was heard.
      const saidAfterColon = previous !== undefined && /^\s*:/.test(lower.slice(previous.end, clause.start));
      const empathic = rules.some(
        (set) => set.empathy.test(text) || ((AND_THAT_OPENING.test(text) || saidAfterColon) && set.empathy.test(earlier)),
      );
      if (empathic && (refusesLater(lower, clauses, index) || refusesNext(reply, sentence))) continue;
      // Sending the patient to the emergency department is not advice, whatever the condition before it; a medicine or dose next to it still is.
      // ("there's no need to go to the hospital" sends the patient nowhere.)
      if (anyRule(rules, 'emergency', text) && !anyRule(rules, 'medicine', text) && !anyRule(rules, 'dose', text) && !anyRule(rules, 'noDoctorNeeded', text)) continue;
      // "If the pain is very strong or you can't move your arm, go to the nearest emergency department": the condition of a redirection
      // (not "إذا زاد الألم خذي حبتين بنادول، وإذا ما خف اتصلي على الطوارئ": a medicine or dose in it is still advice).
      const next = clauses[index + 1];
      if (next && anyRule(rules, 'conditional', text) && !anyRule(rules, 'medicine', text) && !anyRule(rules, 'dose', text)) {
        const nextText = lower.slice(next.start, next.end);
        if (anyRule(rulesFor(nextText), 'emergency', nextText)) continue;
      }
      if (isQuestion && index === clauses.length - 1) continue;
      const before = previous ? lower.slice(previous.start, previous.end) : '';
      const withoutServices = withoutNames(text, blankable);
      let reason: string | null = null;
      for (const r of rules) {
        reason = adviceIn(text, r, before, withoutServices, earlier, wholeNames, previousSentence);
        if (reason !== null) break;
      }
      if (reason) findings.push({ kind: 'medical_advice', excerpt: reply.excerpt(trimmed(lower, clause)), reason });
    }
  }
  return findings;
}

/** "… until Dr. Mona can examine you", "لحد ما د. أحمد يكشف عليك": the visit bounds the advice in time; it does not defer to it. */
const UNTIL_BEFORE = rule(String.raw`(?:\b(?:until|till)|(?<![${LETTER}])(?:لحد|لحين|لين|الين|حتي|لغايه|الي حين|الي ان))\s+(?:\S+\s+){0,3}$`, 'u');

function defers(rules: readonly AdviceRules[], text: string): boolean {
  for (const set of rules) {
    const deferral = set.deferral.exec(text);
    // "الأحسن تكشف عند دكتور رمد": a specialist the patient is sent to is a referral, not the visit deferred to.
    if (deferral && !UNTIL_BEFORE.test(text.slice(Math.max(0, deferral.index - 30), deferral.index)) && !SPECIALIST_REFERRAL.test(text)) return true;
  }
  return false;
}

/** "I understand your GP started you on tamsulosin … I'm not able to advise on medication": a refusal opening the next sentence. */
function refusesNext(reply: ReplyText, sentence: Span): boolean {
  const next = reply.sentences.find((s) => s.start >= sentence.end);
  if (!next) return false;
  const text = reply.lower.slice(next.start, next.end);
  return anyRule(rulesFor(text), 'refusal', text);
}

function refusesLater(lower: string, clauses: readonly Span[], index: number): boolean {
  for (const later of clauses.slice(index + 1)) {
    const text = lower.slice(later.start, later.end);
    if (anyRule(rulesFor(text), 'refusal', text)) return true;
  }
  return false;
}

/** Whether one language's rule of this name matches (a loop, not a closure per call: this runs for every clause of every reply). */
function anyRule(rules: readonly AdviceRules[], name: 'refusal' | 'deferral' | 'emergency' | 'medicine' | 'dose' | 'conditional' | 'noDoctorNeeded', text: string): boolean {
  for (const set of rules) if (set[name].test(text)) return true;
  return false;
}

const ONLY_ENGLISH = [ENGLISH];
const ONLY_ARABIC = [ARABIC];
const BOTH = [ENGLISH, ARABIC];

const LIST_CONTINUATION = gated(/^\s*(?:and\s+)?(?:your|his|her|their|a list|any|all|including|such as)\b/);

function rulesFor(text: string): AdviceRules[] {
  const arabic = /[\u0600-\u06ff]/u.test(text);
  const latin = /[a-z]/.test(text);
  return arabic && latin ? BOTH : arabic ? ONLY_ARABIC : ONLY_ENGLISH;
}

/**
 * The clause with each catalog service name blanked out (same length, so
 * nothing else moves). An Arabic name matches with or without the article on
 * each word ("حقنة الكورتيزون للركبة" for the catalog's "حقنة كورتيزون للركبة").
 */
const blankableCache = new Map<string, readonly string[]>();

/**
 * The catalog's service names and their shortened forms (or, with `shortened` false, the whole names only), longest first across
 * all services, so one service's shortened name does not cut into another's full name. Once per catalog.
 */
function blankableNames(names: readonly string[], shortened = true): readonly string[] {
  const key = `${shortened ? 's' : 'w'}\u0000${names.join('\u0000')}`;
  let all = blankableCache.get(key);
  if (!all) {
    all = (shortened ? names.flatMap(shortenedNames) : [...names]).sort((a, b) => b.length - a.length);
    if (blankableCache.size > 1000) blankableCache.clear();
    blankableCache.set(key, all);
  }
  return all;
}

/** `names`: from blankableNames. */
function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    if (name.length <= 3) continue;
    if (out.includes(name)) out = out.split(name).join(' '.repeat(name.length));
    else if (scriptOf(name) === 'arabic') {
      const { firstWord, pattern } = arabicNamePattern(name);
      // Only a clause with the name's first word (without its article) can hold the name: most clauses skip the regex.
      if (out.includes(firstWord)) out = out.replace(pattern, (found) => ' '.repeat(found.length));
    }
  }
  return out;
}

const shortenedNameCache = new Map<string, readonly string[]>();

/**
 * A service named in part: "cortisone injection" for "Cortisone Knee Injection", "حقنة البلازما" for
 * "حقنة البلازما الغنية بالصفائح للركبة". The name, its leading words, and in English the name without one of
 * its later words; never fewer than two words.
 */
function shortenedNames(name: string): readonly string[] {
  let names = shortenedNameCache.get(name);
  if (!names) {
    const words = name.split(/\s+/).filter((word) => word.length > 0);
    const variants = new Set([name]);
    for (let length = words.length - 1; length >= 2; length--) variants.add(words.slice(0, length).join(' '));
    // The first word stays: "knee injection" is every injection's, "cortisone injection" only one.
    if (scriptOf(name) !== 'arabic' && words.length >= 3) for (let skip = 1; skip < words.length; skip++) variants.add(words.filter((_, at) => at !== skip).join(' '));
    names = [...variants].sort((a, b) => b.length - a.length);
    if (shortenedNameCache.size > 1000) shortenedNameCache.clear();
    shortenedNameCache.set(name, names);
  }
  return names;
}

const arabicNamePatterns = new Map<string, { firstWord: string; pattern: RegExp }>();

function arabicNamePattern(name: string): { firstWord: string; pattern: RegExp } {
  let entry = arabicNamePatterns.get(name);
  if (!entry) {
    const words = name.split(/\s+/).map((word) => (word.length > 4 && word.startsWith('ال') ? word.slice(2) : word));
    // "جلسات حقن البوتوكس" for the catalog's "جلسة حقن البوتوكس": a word ending in ta marbuta (folded to ه) also in its feminine plural.
    const stems = words.map((word) => (word.length > 3 && word.endsWith('ه') ? word.slice(0, -1) : word));
    const escaped = words.map((word, at) => `(?:ال)?${stems[at]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${stems[at] === word ? '' : '(?:ه|ات)'}`);
    entry = { firstWord: stems[0]!, pattern: pattern(escaped.join('\\s+'), 'gu') };
    if (arabicNamePatterns.size > 1000) arabicNamePatterns.clear();
    arabicNamePatterns.set(name, entry);
  }
  return entry;
}

/**
 * `before`: the previous clause of the sentence, which a short reassurance ("nothing to worry about") can be about.
 * `withoutServices`: the clause with catalog service names blanked, for the rules that a medicine named, or an effect claimed, is advice.
 * `earlier`: all of the sentence before the clause.
 * `wholeServiceNames`: the catalog's whole service names, longest first, blanked for the diagnosis rules.
 * `previousSentence`: the sentence before, where a test the clause prepares for may be named.
 */
/** "وإلى ذلك الحين": a clause that is only a time limit; and a clause that opens with a restriction. */
const UNTIL_THEN_ALONE = rule(String.raw`^\s*[وف]?${AR_UNTIL_THEN}\s*$`, 'u');
const RESTRICTION_OPENING = rule(String.raw`^\s*${AR_RESTRICTION}`, 'u');
/** "your lip filler (1 ml)": a clause that is only an amount, in brackets after what is booked. */
const ONLY_A_QUANTITY = gated(/^\s*[\d.,]+\s*(?:ml|mg|cc|units?|مل|ملي|وحده|وحدات)\s*$/u);

function adviceIn(
  text: string,
  rules: AdviceRules,
  before: string,
  withoutServices: string = text,
  earlier: string = '',
  wholeServiceNames: readonly string[] = [],
  previousSentence = '',
): string | null {
  const conditional = rules.conditional.test(text);
  // "A lot of patients ask what they should eat before surgery": what others ask is a question, not the reply's advice.
  const open = rules.openQuestion.test(text) || OTHERS_ASK_ABOUT.test(text);
  const asking = conditional || open;
  // "your GP said it might be …", "دكتور الأطفال قالكم ممكن يكون عنده …": another doctor's words, restated, are not the reply's diagnosis.
  // Tested last, as it runs only once a diagnosis rule has matched.
  // "It's needed at the Tongue-Tie Assessment": a condition inside a catalog service's whole name is the service, not a diagnosis.
  // "فهمت إنو صار معك خفقان ونقص بالوزن": what the patient has, said back.
  // The service names are blanked only once the clause reads as a diagnosis: most clauses never do.
  if (
    !asking &&
    !rules.empathy.test(text) &&
    !SAID_BACK_OPENING.test(text) &&
    !PRACTICE_DESCRIBED.test(text) &&
    rules.diagnosis.test(text) &&
    rules.diagnosis.test(withoutNames(text, wholeServiceNames)) &&
    !ANOTHER_DOCTOR_SAID.test(text)
  ) {
    return 'The reply suggests a diagnosis.';
  }
  if (!asking && (rules.hedgedDiagnosis.test(text) || PREDICTED_RESULT.test(text)) && !ANOTHER_DOCTOR_SAID.test(text)) return 'The reply suggests a diagnosis.';
  // "From what you describe, your husband has Broca's aphasia": the hedge is a clause of its own, before the one that names the condition.
  if (!asking && HEDGE_CLAUSE.test(before) && rules.hedgedDiagnosis.test(`${before} ${text}`)) return 'The reply suggests a diagnosis.';
  // "الكوبري الزيركون ٣ وحدات بـ١٨٠٠٠ جنيه": a quantity with a price is what is sold, not a dose.
  // "you've been taking Glucophage 500 mg since October": the patient's own dose, said back, is not one given.
  // "فهمت منك إن عبدالله عمره ٦ سنوات، وما يدخل الحمام إلا مرة كل ٤ أيام": a clause joined by "and" to what the patient said, said back, is said back too.
  // (Tested last: most clauses never get past the dose rule.)
  if (
    assertsOutsideQuestion(text, rules.dose, rules) &&
    !PRICE.test(text) &&
    !ONLY_A_QUANTITY.test(text) &&
    !PATIENT_REPORTED_USE.test(text) &&
    !(AND_OPENING.test(text) && SAID_BACK_OPENING.test(earlier) && !rules.medicine.test(text))
  ) {
    return 'The reply gives a dose or schedule for a medicine or treatment.';
  }
  // "… للدوخة اللي تجيها الصبح، غالباً من قلة الأكل": a clause that opens with the hedge puts down the symptom of the clause before.
  if (!asking && (rules.hedgedCause.test(text) || (HEDGE_OPENING.test(text) && rules.hedgedCause.test(`${before} ${text}`)))) return 'The reply suggests a diagnosis.';
  // "I saw the x-ray you sent, and it's clear this is …": a test the patient sent makes the clause clinical too.
  if (!asking && rules.statedNeed.test(text)) return 'The reply recommends a treatment.';
  if (!asking && rules.hedgedExplanation.test(text) && (clinicalNearby(text, rules, before) || rules.clinicalOrTest.test(before) || rules.bodyPart.test(earlier) || rules.clinical.test(earlier))) {
    return 'The reply suggests a diagnosis.';
  }
  // "Based on the pocket depths on your X-ray report, you'll need …": a need judged from the patient's results.
  if (!asking && rules.judgedNeed.test(`${earlier}${text}`)) return 'The reply recommends a treatment.';
  if (schedulesProduct(text, rules, before) && !PATIENT_REPORTED_USE.test(text)) return 'The reply gives a dose or schedule for a medicine or treatment.';
  // "Please bring your glasses, your ID and a list of any eye drops you use": the errand goes on after a comma.
  const errand = rules.bringAlong.test(text) || (LIST_CONTINUATION.test(text) && rules.bringAlong.test(earlier));
  if (
    !conditional &&
    assertsOutsideQuestion(withoutServices, rules.medicine, rules) &&
    !rules.retail.test(text) &&
    !errand &&
    !offersAsService(withoutServices, rules) &&
    !PATIENT_REPORTED_USE.test(text) &&
    !OTHERS_ASK_ABOUT.test(text) &&
    !PRACTICE_DESCRIBED.test(text) &&
    !namesWithoutGiving(text, before, withoutServices, rules) &&
    !avoidedBeforeTest(text, before) &&
    // "the pharmacist gave you permethrin cream": a medicine another clinician gave, restated.
    !ANOTHER_DOCTOR_SAID.test(text)
  ) {
    return 'The reply names a medicine for the patient.';
  }
  // "For your lung function test …, don't smoke on the day": what to avoid before a test is preparation.
  // "For your overnight sleep study on Wednesday, …. On the day itself, please avoid coffee": the test may be named in the sentence before.
  const onTheDayOfTest = (ON_THE_DAY.test(text) || ON_THE_DAY.test(earlier)) && (rules.test.test(earlier) || BEFORE_TEST.test(earlier) || BEFORE_TEST.test(previousSentence));
  const avoidedForTest = AVOIDED_FOR_TEST.test(text) && (BEFORE_TEST.test(text) || TIMED_BEFORE_VISIT.test(text) || BEFORE_TEST.test(before) || FOR_ASSESSMENT.test(before) || onTheDayOfTest);
  if (!avoidedForTest && !GROOMED_FOR_VISIT.test(text) && (rules.selfContainedDirective.test(text) || (!errand && directsTreatment(text, rules) && !PATIENT_REPORTED_USE.test(text)) || chainsDirective(text, rules, before) || actsOnSymptom(text, rules, before))) {
    return 'The reply recommends a treatment.';
  }
  if (!conditional && !open && PHARMACY_PURCHASE.test(text)) return 'The reply recommends a product from a pharmacy.';
  if (hastensHealing(text) || SLOWS_PROGRESSION.test(text)) return 'The reply promises what a treatment will do.';
  if (!asking && SYMPTOM_MEANS.test(text) && (clinicalNearby(text, rules, before) || rules.bodyPart.test(text))) return 'The reply suggests a diagnosis.';
  if (!asking && SOUNDS_LIKE_CHANGED.test(text) && rules.bodyPart.test(text)) return 'The reply suggests a diagnosis.';
  if (!asking && (HEALING_SIGN.test(text) || NORMAL_TO_FEEL.test(text))) return 'The reply judges whether something is safe or normal for the patient.';
  if (!conditional && AR_ADVISED_TO.test(text)) return 'The reply recommends a treatment.';
  if (!asking && HEDGED_STATE.test(text)) return 'The reply suggests a diagnosis.';
  if (!asking && CONDITION_NAMED.test(text) && clinicalNearby(text, rules, before)) return 'The reply suggests a diagnosis.';
  if (!asking && JUST_A_FORMALITY.test(text) && clinicalNearby(text, rules, before)) return 'The reply judges whether something is safe or normal for the patient.';
  if (!asking && RISK_OR_RESULT.test(text) && clinicalNearby(text, rules, before)) return 'The reply promises what a treatment will do.';
  if (!asking && BEST_TREATMENT.test(text)) return 'The reply tells the patient which treatment they need.';
  if (!conditional && TIMED_DOSE.test(text)) return 'The reply gives a dose or schedule for a medicine or treatment.';
  if (!conditional && WEAR_TOLD.test(text)) return 'The reply tells the patient how to take or use a treatment.';
  if (!conditional && AR_GOES_OR_HELPS.test(text)) return 'The reply promises what a treatment will do.';
  if (!asking && MAKES_EASIER.test(text) && clinicalNearby(text, rules, before)) return 'The reply promises what a treatment will do.';
  if (!asking && HEDGED_IS.test(text) && clinicalNearby(text, rules, before)) return 'The reply suggests a diagnosis.';
  if (!asking && ((MEANS_THAT.test(text) && rules.clinical.test(text)) || RESULTS_SHOW.test(text) || JUST_A_CONDITION.test(text) || MAYBE_HAS_CONDITION.test(text))) return 'The reply suggests a diagnosis.';
  if (!asking && RECOMMENDS_ITEM.test(text)) return 'The reply recommends a treatment.';
  if (!asking && (NAMED_AS_NEEDED.test(text) || AR_GULF_NEEDS.test(text))) return 'The reply tells the patient which treatment they need.';
  if (!conditional && (KEEPS_LEVEL.test(text) || COUNTED_EXERCISE_OR_METHOD.test(text) || AR_NOT_LETTING.test(text) || AR_AFTER_PROCEDURE_KEEP_OFF.test(text))) return 'The reply recommends a treatment.';
  if (!asking && NOT_SERIOUS.test(text) && rules.clinical.test(text)) return 'The reply judges whether something is safe or normal for the patient.';
  if (!asking && AR_ITS_TREATMENT.test(text) && clinicalNearby(text, rules, before)) return 'The reply tells the patient which treatment they need.';
  if (!asking && AR_IT_IS_A_CONDITION.test(text)) return 'The reply suggests a diagnosis.';
  if (!asking && AR_THAT_WAY_BETTER.test(text) && clinicalNearby(text, rules, before)) return 'The reply promises what a treatment will do.';
  // "They settle on their own": a pronoun may carry the symptom over from the sentence before (not "the reminder goes away on its own").
  const resolves = RESOLVES_ON_ITS_OWN.test(text) && (clinicalNearby(text, rules, before) || PRONOUN_SUBJECT.test(text));
  if (!asking && (resolves || ((SLOWS_DOWN.test(text) || AR_RELIEVES_YOU.test(text)) && clinicalNearby(text, rules, before)))) return 'The reply promises what a treatment will do.';
  if (!asking && (CARE_NOT_NEEDED.test(text) || CANDIDATE_FOR.test(text) || AR_NEEDS_SESSIONS.test(text) || (AR_BEST_WAY.test(text) && clinicalNearby(text, rules, before)))) return 'The reply tells the patient which treatment they need.';
  if (!asking && SIGN_OF.test(text) && (rules.clinical.test(text) || MODAL_SIGN_OF.test(text))) return 'The reply suggests a diagnosis.';
  if (!asking && (WORKS_WELL_FOR.test(text) || (AR_GOOD_FOR.test(text) && rules.clinical.test(text)))) return 'The reply recommends a treatment.';
  if (!asking && SUITS_THE_PATIENT.test(text) && (rules.lifestyle.test(text) || rules.treatment.test(text)) && !SLOT_WORDS.test(text)) return 'The reply recommends a treatment.';
  if (!asking && BRINGS_MEASURE_DOWN.test(text) && !rules.clinicianSubject.test(text)) return 'The reply promises what a treatment will do.';
  if (!conditional && AR_WEAR_HOURS.test(text)) return 'The reply tells the patient how to take or use a treatment.';
  if (!conditional && (ROUTINE_TOLD.test(text) || AR_FOOD_BY_KIND.test(text) || SO_IT_DOES_NOT_RETURN.test(text))) return 'The reply recommends a treatment.';
  if (!conditional && ROUTINE_OPENING.test(text) && rules.lifestyle.test(text) && rules.frequency.test(text)) return 'The reply recommends a treatment.';
  if (!asking && AR_CONSUME_MEASURED.test(text)) return 'The reply tells the patient what to eat or drink.';
  if (!conditional && QUIT_SMOKING.test(text)) return 'The reply tells the patient what to keep off.';
  if (!asking && (NEEDS_OUT.test(text) || AR_CONDITION_NEEDS_SESSIONS.test(text))) return 'The reply tells the patient which treatment they need.';
  if (!conditional && CHAINED_POSITION.test(text) && rules.directive.test(text) && !rules.clinicianSubject.test(text)) return 'The reply tells the patient how to position or move their body.';
  if (!conditional && AR_PUFFS.test(text)) return 'The reply gives a dose or schedule for a medicine or treatment.';
  if (!conditional && REFIT_WITH.test(text) && !rules.clinicianSubject.test(text)) return 'The reply tells the patient how to take or use a treatment.';
  if (!asking && PROBABLY_JUST_ORDINARY.test(text)) return 'The reply suggests a diagnosis.';
  if (!conditional && EN_KEEP_OFF_OPENING.test(text) && EN_ACTIVITY.test(text) && !PREPARATION_TIMING.test(`${before} ${text}`)) return 'The reply tells the patient what to keep off.';
  if (!asking && habitHelpsCondition(text, rules)) return 'The reply promises what a treatment will do.';
  if (!conditional && AR_REDUCE_MEDICINE.test(text)) return 'The reply gives a dose or schedule for a medicine or treatment.';
  if (!asking && (LIKE_THIS_NEEDS.test(text) || CONDITION_USUALLY_NEEDS.test(text)) && (rules.treatment.test(text) || rules.product.test(text) || rules.procedure.test(text) || rules.medicine.test(text))) return 'The reply tells the patient which treatment they need.';
  if (!asking && (LIFTS_OR_CALMS.test(text) || (AR_GOES_BY_ITSELF.test(text) && (clinicalNearby(text, rules, before) || (HEDGED_MINOR.test(text) && !ADMINISTRATIVE.test(text)))))) return 'The reply promises what a treatment will do.';
  if (!asking && (HABITUALLY_RECOMMENDS.test(text) || CHOOSE_OVER.test(text))) return 'The reply recommends a treatment.';
  if (!asking && NORMAL_PHASE.test(text)) return 'The reply judges whether something is safe or normal for the patient.';
  if (!conditional && ((AR_NEG_IMPERATIVE.test(text) && rules.bodyPart.test(text)) || keepsOffForClinicalReason(text, rules))) return 'The reply tells the patient what to keep off.';
  if (!asking && AR_SO_BODY_NOT_HARMED.test(text) && rules.bodyPart.test(text)) return 'The reply recommends a treatment.';
  if (!asking && conditionNeedsTreatment(text, rules)) return 'The reply tells the patient which treatment they need.';
  if (!asking && AR_NO_NEED_TO_BOOK.test(text) && clinicalNearby(text, rules, before)) return 'The reply tells the patient they need not see a clinician.';
  // "وإلى ذلك الحين، تجنّب العلكة": the time limit may be a clause of its own, before the restriction.
  if (rules === ARABIC && UNTIL_THEN_ALONE.test(before) && RESTRICTION_OPENING.test(text) && (rules.diet.test(text) || clinicalNearby(text, rules, before))) {
    return 'The reply tells the patient to keep off something until the problem heals or the visit.';
  }
  if (ASK_TO_CHANGE.test(text) && namesMedicineNearby(text, rules, before)) return 'The reply tells the patient to stop, resume or give a medicine.';
  if (!conditional && AR_MUST_EXERCISE.test(text)) return 'The reply recommends a treatment.';
  if (AR_UNTIL_VISIT_KEEP_OFF.test(text) && (rules.diet.test(text) || AR_EAT_OR_CHEW.test(text) || clinicalNearby(text, rules, before))) {
    return 'The reply tells the patient to keep off something until the problem heals or the visit.';
  }
  if (!asking && TREATMENT_FORETOLD.test(text)) return 'The reply tells the patient which treatment they need.';
  if (!asking && TRIGGERED_BY.test(text) && clinicalNearby(text, rules, before)) return 'The reply suggests a diagnosis.';
  if (!conditional && (FOOD_TRIED.test(text) || (AR_RECOVERY_AND_WATER.test(text) && !AR_WATER_BEFORE_SCAN.test(text)))) return 'The reply recommends a treatment.';
  if (PROMISES_NO_PAIN.test(text) && [text, before, earlier].some((part) => rules.procedure.test(part) || rules.treatment.test(part))) {
    return 'The reply promises what a treatment will do.';
  }
  // "فاشربي مية قبل الموعد بساعة", "don't eat for 8 hours before the test": eating or drinking to prepare for a visit or test.
  // "For your sleep study on Wednesday, please avoid caffeine after midday": the test may be named in the clause before.
  const preparing = BEFORE_TEST.test(text) || TIMED_BEFORE_VISIT.test(text) || AR_WATER_BEFORE_SCAN.test(text) || (AVOIDED_FOR_TEST.test(text) && (BEFORE_TEST.test(before) || FOR_ASSESSMENT.test(before) || onTheDayOfTest));
  if (!preparing && (rules.dietChange.test(text) || (rules.dietByPronoun.test(text) && [text, before].some((part) => rules.diet.test(part))))) {
    return 'The reply tells the patient what to eat or drink.';
  }
  if (findsHelpful(text, rules, before, earlier)) return 'The reply recommends a treatment.';
  // "نزّلوا تطبيق تمارين نطق، بيعطي نفس النتيجة": the care weighed may be in the clause before.
  // "بدك تعرف إذا البخاخ أحسن من الحبوب": a comparison asked about is no advice.
  if (!open && COMPARES_CARE.test(text) && [text, before].some((part) => rules.clinical.test(part) || rules.treatment.test(part) || rules.procedure.test(part) || rules.product.test(part) || rules.test.test(part))) {
    return 'The reply recommends a treatment.';
  }
  if (rules === ARABIC && AR_PEOPLE_LIKE_YOU.test(text)) return 'The reply tells the patient what people in their situation need.';
  if (assertsOutsideQuestion(text, rules.stopTaking, rules)) return 'The reply tells the patient to stop, resume or give a medicine.';
  if (rules.noDoctorNeeded.test(text)) return 'The reply tells the patient they need not see a clinician.';
  // "وبغيتي تعرفي واش تكملو": whether to go on with it, asked.
  if (!open && rules.itDirective.test(text) && namesMedicineNearby(text, rules, before)) return 'The reply tells the patient to stop, resume or give a medicine.';
  if (!conditional && (rules.untilHealed.test(text) || (rules.untilVisit.test(text) && clinicalNearby(text, rules, before) && !avoidedBeforeTest(text, before) && !preparing))) {
    return 'The reply tells the patient to keep off something until the problem heals or the visit.';
  }
  // "فهمت إن البروفين اللي تاخذينه ما عاد يخفف الألم": what the patient said their medicine does, restated.
  if (rules.outcome.test(text) && !PATIENT_REPORTED_USE.test(text)) return 'The reply promises what a treatment will do.';
  // "A warm compress on your lower back …, and skipping heavy lifting, should help things settle": the treatment is the subject, clauses earlier.
  if (rules.bareOutcome.test(text) && rules.treatment.test(earlier)) return 'The reply promises what a treatment will do.';
  // A service's own name ("جلسة شد الفقرات", spinal traction) says what the clinic offers, not what it does to the body.
  if (claimsEffect(withoutServices, rules) && !PATIENT_REPORTED_USE.test(text)) return 'The reply says what a treatment, position or habit does to the body.';
  if (!asking && rules.need.test(text) && !SAID_BACK_OPENING.test(text)) return 'The reply tells the patient which treatment they need.';
  // "With Osgood-Schlatter like your son's, most kids do really well with a few weeks of physiotherapy": what works for most, said of a condition.
  if (!asking && MOST_DO_WELL.test(text) && (rules.clinical.test(text) || rules.clinical.test(earlier))) return 'The reply tells the patient which treatment they need.';
  if (!asking && MOST_CATCH_UP.test(text)) return 'The reply judges whether something is safe or normal for the patient.';
  if (!asking && rules.choiceOfCare.test(text) && !SLOT_TALK.test(text) && (rules.clinicalOrTest.test(text) || rules.clinicalOrTest.test(earlier))) {
    return 'The reply tells the patient which treatment they need.';
  }
  if (!open) {
    if (permits(text, rules, before)) return 'The reply tells the patient what they can do, stop or skip.';
    if (!conditional && judges(text, rules, before) && !SAID_BACK_OPENING.test(text)) return 'The reply judges whether something is safe or normal for the patient.';
    // "If you notice light bleeding after the smear, that is completely normal": the condition does not make it a question.
    if (conditional && rules.reassurance.test(text) && (rules.clinical.test(text) || rules.clinical.test(before))) {
      return 'The reply judges whether something is safe or normal for the patient.';
    }
  }
  if (rules.physical.test(text) && rules.bodyPart.test(text)) return 'The reply tells the patient how to position or move their body.';
  return null;
}

/** "she usually sees children with anaemia", "الدكتور بيشوف الأطفال اللي عندهم ربو": whom a clinician treats, not what the patient has. */
const PRACTICE_DESCRIBED = rule(
  String.raw`\b(?:sees|treats|looks after|specialises in|specializes in|works with|cares for)\s+(?:\S+\s+){0,2}?(?:children|kids|patients|people|adults|women|men|babies|teenagers|athletes|families)\s+(?:with|who have)\b` +
    // "Dr. Majed is our specialist for PCOS and insulin resistance": what a clinician of the clinic sees.
    String.raw`|\b(?:is|'s|are)\s+(?:our|the clinic's|the centre's|the center's)\s+(?:\S+\s+)?(?:specialists?|consultants?|experts?|leads?)\s+(?:for|in|on)\b` +
    String.raw`|(?<![${LETTER}])(?:[بي]?يشوف|بتشوف|تشوف|[بي]?يعالج|بتعالج|تعالج|[بي]?يتابع|بتتابع|تتابع)\s+(?:ال)?(?:اطفال|مرضي|ناس|حالات|سيدات|ستات)\s+(?:اللي\s+|الي\s+)?(?:عندهم|عندها|مع|بيعانوا من|يعانون من)(?![${LETTER}])`,
  'u',
);

/** A clause that opens with "and". */
const AND_OPENING = gated(/^\s*(?:and\b|و)/u);
const AND_THAT_OPENING = gated(new RegExp(String.raw`^\s*(?:and\s+that\b|و(?:ان|انك|انه|انها|انو)(?![${LETTER}]))`, 'u'));

/** "فالأرجح أن تكون النتيجة إيجابية", "the test will most likely come back positive": a result foretold is a diagnosis before the test. */
const PREDICTED_RESULT = rule(
  String.raw`\b(?:results?|tests?|scans?|biopsy|x-rays?|swabs?|cultures?|levels?)\s+(?:will|'ll|is going to|are going to|would)\s+(?:most likely|probably|likely|almost certainly|definitely|very likely)\s+(?:be|come back|show|turn out)\s+(?:\S+\s+)?(?:positive|negative|normal|abnormal|high|raised|low)\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:${AR_LIKELY}|اكيد|متاكد ان)\s+(?:ان\s+)?(?:\S+\s+)?(?:تكون|تطلع|رح تطلع|راح تطلع|هتطلع|بتطلع|ستكون|ستظهر|تظهر)\s+(?:ال)?(?:نتيجه|نتايج)[${LETTER}]*\s+(?:\S+\s+)?(?:ايجابيه|سلبيه|موجبه|سالبه|طبيعيه|سليمه|مرتفعه|عاليه|منخفضه)(?![${LETTER}])`,
  'u',
);

/** "pop it with a clean needle so it heals faster", "حطي عليها كريم عشان تطيب أسرع": what to do for it to heal sooner. */
const HASTENS_HEALING = rule(
  String.raw`\b(?:so(?: that)?|helps?|helping|makes?|lets?)\s+(?:it|they|them|the\s+\S+|your\s+\S+|his\s+\S+|her\s+\S+)\s+(?:heals?|clears?(?: up)?|settles?|recovers?|dries?(?: out)?|goes? away|fades?|gets? better)\s+(?:faster|quicker|more quickly|sooner)\b` +
    String.raw`|(?<![${LETTER}])(?:عشان|علشان|حتي|لحتي|لكي|كي|باش|[${LETTER}]{0,3}ساعد[${LETTER}]{0,3}|[${LETTER}]{0,3}خلي[${LETTER}]{0,3})\s+(?:\S+\s+)?(?:يطيب|تطيب|يخف|تخف|يلتيم|تلتيم|يشفي|تشفي|ينشف|تنشف|يبرا|تبرا|يبري|تبري)\s+(?:\S+\s+)?(?:اسرع|بسرعه|بشكل اسرع|قوام|بسرعة)(?![${LETTER}])`,
  'u',
);
/** "the baby won't feel any pain", "وما يحس فيها الطفل بأي ألم": a procedure promised painless (with a procedure or treatment named near it). */
const PROMISES_NO_PAIN = rule(
  String.raw`\b(?:won't|will not|wouldn't|doesn't|does not|shouldn't|should not)\s+(?:feel|have|experience)\s+(?:(?:any|much)\s+(?:pain|discomfort)|a thing|pain|discomfort)\b|\b(?:won't|will not|doesn't|does not|shouldn't)\s+hurt\b|\b(?:completely|totally|virtually|entirely)\s+painless\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:ما|مش|مو|لن)\s+(?:رح\s+|راح\s+|ح)?(?:[يت]|بي|بت|هي|هت)(?:حس|شعر)(?:ي|ون|و)?\s+(?:\S+\s+){0,2}?(?:ب|باي|بأي|بشي)?\s*(?:اي\s+)?(?:الم|وجع|شي)(?![${LETTER}])|(?<![${LETTER}])[وف]?(?:ما|مش|مو)\s+(?:رح\s+|راح\s+)?(?:[بيته]|بت|بي)?(?:وجع|الم)(?:ه|ها|ش|وش)?\s+(?:ابدا|خالص|نهائيا|بالمره)(?![${LETTER}])`,
  'u',
);
/**
 * "pick up some over-the-counter arch supports from the pharmacy", "اشتري كريم مرطب من الصيدلية": something to buy at a pharmacy
 * is a product recommended for the patient (not a prescription, report or result collected there, and not the clinic's own pharmacy).
 */
const PHARMACY_PURCHASE = rule(
  String.raw`\b(?:pick up|grab|buy|get|purchase)\s+(?!(?:your|his|her|their|the)\s+(?:prescription|results?|reports?|referral|letter|forms?|invoice|receipt)\b)(?:\S+\s+){1,5}?(?:from|at)\s+(?:the|a|any|your)\s+(?:local\s+|nearest\s+)?(?:pharmacy|chemist|chemist's|drugstore)\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:اشتري|اشتر|اشتروا|جيب|جيبي|جيبوا|هات|هاتي|خذ|خذي|خد|خدي|تشتري|تجيب|تجيبي|تاخذ|تاخذي|تاخد|تاخدي)\s+(?!(?:ال)?(?:روشته|وصفه|فاتوره|تقرير|نتيجه|نتايج|نتائج)(?![${LETTER}]))(?:\S+\s+){1,5}?(?:من|م)\s+(?:اي\s+)?(?:ال)?صيدليه(?!\s+(?:العياده|المركز|عندنا|اللي عندنا|تبعنا|بتاعتنا|ديالنا))(?![${LETTER}])`,
  'u',
);
/** A clinician or the clinic before it: what the visit does ("Dr. Sara dresses the wound so it heals faster"). */
const CLINICIAN_BEFORE = gated(/\b(?:dr\.?|doctor|nurse|team|clinic|we|she|he)\b|(?<![\u0621-\u064a])(?:د\.|الدكتور|الدكتوره|الطبيب|الطبيبه|الممرضه|الفريق|العياده)(?![\u0621-\u064a])/u);

function hastensHealing(text: string): boolean {
  const match = HASTENS_HEALING.exec(text);
  return match !== null && !CLINICIAN_BEFORE.test(text.slice(0, match.index));
}

const ANOTHER_DOCTOR_SAID = rule(
  String.raw`\b${EN_DOCTOR_SAID}\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:ال)?(?:دكتور|دكتوره|طبيب|طبيبه|دكتورك|دكتورها|طبيبك)\s+(?:\S+\s+)?(?:قال|قالت|قالك|قالكم|قالكو|قاللك|قالج|قالتلك|قالتلكم|قالتلج|قالها|قالهم|قاله|شك|شاكك|شخص|شخصه|شخصها|شخصك)(?![${LETTER}])`,
  'u',
);

/**
 * A judgement about the patient's body or care: safety, suitability,
 * reassurance, what a symptom will do. It needs something clinical in its
 * clause or the clause before ("a bit of gum irritation, nothing to worry
 * about"); bare safety words and comparisons do not count in booking talk
 * ("the morning slot is better for you").
 */
/** "والخوف من علاج العصب شي طبيعي", "being nervous about the procedure is normal": the feeling is judged normal, not the body. */
const FEAR_OF = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:ال)?(?:خوف|قلق|توتر|رهبه)\s+(?:من|قبل)\s|\b(?:fear|nervousness|anxiety|nerves|being (?:nervous|scared|anxious|worried)|feeling (?:nervous|scared|anxious|worried))\s+(?:of|about|before)\s` +
    // "وهذا شعور طبيعي جداً", "that's a completely normal feeling": the feeling is judged, not the body.
    String.raw`|(?<![${LETTER}])(?:شعور|احساس)\s+(?:طبيعي|عادي|مفهوم)|\b(?:normal|natural|understandable)\s+(?:feeling|reaction)\b|\bnormal to feel\b`,
  'u',
);

/** "it's safe for you to keep using it", "الواقي الجاهز آمن تستخدمه": something judged safe for the patient to use, whatever it is. */
const SAFE_TO_USE = rule(
  String.raw`\b(?:is|are|'s|'re|should be|would be)\s+(?:[a-z]+ly\s+)?safe\s+(?:for\s+(?:you|him|her|them)\s+)?to\s+(?:keep\s+)?(?:use|using|take|taking|wear|wearing|apply|applying|carry on)\b` +
    String.raw`|(?<![${LETTER}])(?:امن|امنه|مش امن|غير امن|خطر|خطير)\s+(?:انك\s+|ان\s+)?(?:ت|ي)(?:ستخدم|ستعمل|اخد|اخذ|لبس|حط|كمل|اكل|شرب|نام)[${LETTER}]*`,
  'u',
);
/**
 * "a creatinine of 1.3 is within the normal range", "only slightly above normal", "النتيجة ضمن المعدل الطبيعي": a result read for the
 * patient, whatever the test is called.
 */
const RESULT_IN_RANGE = rule(
  String.raw`\b(?:is|are|'s|was|were)\s+(?:[a-z]+ly\s+|well\s+|still\s+)?(?:within|in)\s+(?:the\s+)?normal\s+(?:range|limits)\b` +
    // "Your latest results look stable": the patient's results read and judged.
    String.raw`|\b(?:your|his|her|their)\s+(?:(?:latest|recent|last|new|blood|test|scan|lab|kidney|liver|thyroid|sugar)\s+)*(?:results?|bloods?|levels?|readings?|numbers|labs|scans?|x-?rays?|reports?)\s+(?:all\s+)?(?:look|looks|looked|are|is|seem|seems|came back)\s+(?:really\s+|very\s+|perfectly\s+|completely\s+|quite\s+)?(?:stable|normal|fine|good|great|reassuring|okay|ok|clear|healthy|excellent)\b` +
    String.raw`|\b(?:is|are|'s|was|were)\s+(?:only\s+|just\s+)?(?:slightly|a (?:little|bit|touch)|marginally|mildly|barely)\s+(?:above|below|over|under|outside)\s+(?:the\s+)?normal\b` +
    String.raw`|(?<![${LETTER}])(?:ضمن|في|داخل)\s+(?:ال)?(?:معدل|معدلات|حدود|نطاق|المعدل|الحدود|النطاق)\s+(?:ال)?طبيعي(?:ه)?(?![${LETTER}])|(?<![${LETTER}])(?:اعلي|اعلى|فوق|اقل|تحت|ادني|ادنى)\s+(?:من\s+)?(?:ال)?(?:طبيعي|معدل الطبيعي|المعدل الطبيعي)\s+(?:ب|بشوي|بشويه|بشوية|بقليل|شوي|شويه|شوية|بسيط|بشكل بسيط)(?![${LETTER}])` +
    // "نسبة الأكسجين ٩٣٪ طبيعية": a measured value, with its number, judged.
    String.raw`|(?<![${LETTER}])(?:نسبه|مستوي|قراءه|معدل|نتيجه|تحليل)\s+(?:ال)?[${LETTER}]+\s+(?:\S+\s+)?[\d][\d.,]*\s*(?:%|٪|ملغ|مجم|ملي)?\s+(?:طبيعيه|طبيعي|عاديه|عادي|منخفضه|مرتفعه|عاليه|ممتازه|كويسه|مقبوله|زينه|منيحه|مليحه)(?![${LETTER}])`,
  'u',
);
/**
 * "usually just means your stomach is still adjusting", "غالباً معناه إن المفصل …": what a symptom means, with something clinical
 * in the clause or the one before.
 */
/** "It sounds like your teeth have shifted (because you stopped wearing your retainer)": what has happened to the body, hedged. */
const SOUNDS_LIKE_CHANGED = rule(
  String.raw`\b(?:sounds|looks|seems)\s+(?:like|as if|as though)\s+(?:your|his|her|their|the)\s+(?:\S+\s+){0,2}?(?:has|have|had|is|are|'s|'re)\s+(?:probably\s+|likely\s+|just\s+|slightly\s+|a bit\s+)?(?:shifted|moved|slipped|worn|cracked|broken|chipped|loosened|loose|infected|inflamed|swollen|irritated|damaged|dislocated|twisted|torn|pulled|strained|bruised|blocked|narrowed|weakened|relapsed|collapsed|drifted|tilted|rotated)\b`,
);

const SYMPTOM_MEANS = rule(
  String.raw`\b(?:usually|probably|most likely|likely|often|typically|normally|generally|just|simply|only)\s+(?:just\s+|only\s+)?means?\s+(?:that\s+)?(?:your|his|her|their|the|it's|it is|she's|he's|you're|you are)\b` +
    String.raw`|(?<![${LETTER}])(?:غالبا|عاده|في الغالب|علي الاغلب|الارجح)\s+(?:\S+\s+)?(?:معناه|معناها|يعني|بيعني|يدل علي|بيدل علي|تدل علي|بتدل علي)(?![${LETTER}])`,
  'u',
);
/** "helps slow the progression of the curve", "يساعد على إبطاء تطور الانحناء": a treatment or habit said to slow a condition. */
const SLOWS_PROGRESSION = rule(
  String.raw`\b(?:helps?|helping|will|can|should|to)\s+(?:\S+\s+)?(?:slow|slows|halt|halts|stop|stops)\s+(?:down\s+)?(?:the\s+|its\s+|their\s+)?(?:progression|progress|worsening|deterioration)\b` +
    String.raw`|(?<![${LETTER}])[${LETTER}]{0,3}(?:ساعد|يفيد|بيفيد)[${LETTER}]{0,3}\s+(?:\S+\s+){0,2}?(?:علي|في|ع)\s+(?:ابطاء|ايقاف|وقف|منع|تاخير)\s+(?:ال)?(?:تطور|تقدم|تدهور|زياده|تفاقم)(?![${LETTER}])`,
  'u',
);
/** "the itching is a sign that it's healing well", "الهرش ده علامة إنه بيلم كويس": a symptom read as healing. */
const HEALING_SIGN = rule(
  String.raw`\b(?:a|an|the|usually a|just a)\s+(?:good\s+|normal\s+|healthy\s+|positive\s+)?sign\s+(?:that\s+)?(?:it's|it is|the\s+\S+\s+(?:is|are)|you're|you are|he's|she's|things are)\s+(?:\S+\s+)?(?:healing|getting better|improving|recovering|settling|closing)\b` +
    String.raw`|(?<![${LETTER}])(?:علامه|دليل|موشر|اشاره)\s+(?:\S+\s+)?(?:علي\s+)?(?:ان|انه|انها|انو|بان|بانه)?\s*(?:\S+\s+)?(?:[بي]?يلم|[بت]?تلم|[بي]?يطيب|[بت]?تطيب|[بي]?يتحسن|[بت]?تتحسن|[بي]?يخف|[بت]?تخف|[بي]?يلتيم|[بت]?تلتيم|شفا|الشفا|التيام|الالتيام|التحسن|تحسن)(?![${LETTER}])`,
  'u',
);
/**
 * "ننصح ابنك بالتوقف عن حمل الحقيبة على كتف واحد": advising the patient to stop, avoid or do something of care (not to book,
 * come early or bring something).
 */
const AR_ADVISED_TO = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:الافضل|الاحسن|يفضل|احسن شي)\s+(?:انك\s+|ان\s+)?(?:ت|ي)(?:بلش|بدا|بدي|بتدي|ستعمل|ستخدم)[${LETTER}]*\s+ب(?:ال)?(?!(?:حجز|موعد|ميعاد|كشف|استشاره|زياره|دفع|تسجيل)(?![${LETTER}]))[${LETTER}]{3,}|(?<![${LETTER}])[وف]?(?:ننصح|انصح|ننصحك|انصحك|بنصحك|بننصحك|ننصحكم|نوصي|نوصيك|اوصيك|ينصح|ينصحك|يوصي)(?:\s+\S+)?\s+ب(?:ال)?(?:توقف|ايقاف|وقف|ترك|امتناع|ابتعاد|تجنب|تقليل|نوم|راحه|استخدام|استعمال|شرب|اكل|تناول|لبس|ارتداء|وضع|تمارين|رياضه|مشي|كمادات|ثلج|تغيير|زياده|الاكثار|بدء|ادخال|اعطاء|تقديم)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[وف]?(?:ننصح|انصح|ننصحك|انصحك|بنصحك|بننصحك|ننصحكم|نوصي|نوصيك|ينصح|ينصحك|يوصي)(?:\s+\S+)?\s+ب(?:ثلاث|تلات|اربع|خمس|ست|سبع|ثمان|تمن|عشر|[\d]+|عده|كم)[${LETTER}]*\s+(?:جلسات|جلسه)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[وف]?(?:ب|بي|بت|بن|ي|ت|ن)?(?:نصح|وصي)(?:ك|كم|ها|هم)?\s+(?:(?:ال)?كل\s+|الجميع\s+|(?:ال)?مرضي\s+|(?:ال)?ناس\s+|مرضاه\s+|مرضاها\s+)?(?:ان\s+|انهم\s+)?[يت](?:لبس|ستعمل|ستخدم|نام|حط|دهن|اخد|اخذ|تمرن|رتد)[${LETTER}]*`,
  'u',
);
/** "طبيعي تحسي بضيق نفس خفيف", "it's normal to feel some tightness": a symptom judged normal to feel. */
const NORMAL_TO_FEEL = rule(
  String.raw`\b(?:normal|common|usual)\s+for\s+(?:a|your|his|her)\s+(?:baby's|babies'|child's|toddler's|newborn's|kid's)\s+[a-z]+\s+to\b|\b(?:it's|it is|that's|that is)\s+(?:[a-z]+ly\s+|quite\s+|very\s+)?(?:normal|common|expected|usual)\s+to\s+(?:feel|have|get|notice|see)\s+(?:a\s+(?:bit|little)\s+of\s+|some\s+|a\s+|mild\s+|slight\s+)*(?:${EN_SYMPTOMS})\b` +
    String.raw`|(?<![${LETTER}])(?:طبيعي|عادي|متوقع)\s+(?:ان(?:ك|كي)?\s+)?(?:ت|ي)(?:حس|شعر|لاحظ)[${LETTER}]*\s+(?:ب|بال|ان)?(?:${AR_SYMPTOMS})(?![${LETTER}])`,
  'u',
);
/** "he'll most likely just freeze it off", "الدكتور غالباً رح يوصفلك …": the treatment the clinician will choose, foretold. */
const TREATMENT_FORETOLD = rule(
  String.raw`\b(?:he|she|they|the doctor|the dentist|the surgeon|dr\.?\s+[a-z]+)(?:'ll|\s+will)\s+(?:most likely|probably|likely|almost certainly|definitely)\s+(?:just\s+)?(?:freeze|burn|cut|remove|laser|inject|prescribe|put (?:you|him|her) on|start (?:you|him|her) on|give (?:you|him|her) (?:a|an|some)|drain|stitch|operate)\b` +
    String.raw`|(?<![${LETTER}])(?:الدكتور|الدكتوره|الطبيب|الطبيبه|د)\.?\s+(?:\S+\s+){0,2}?(?:غالبا|علي الاغلب|الارجح|اكيد|اكيدا)\s+(?:رح\s+|راح\s+|ه|ح|س|بي|بت|غادي\s+)?(?:ي|ت)?(?:وصف|شيل|كوي|عطي|حقن|قطع|جمد|فتح)[${LETTER}]*`,
  'u',
);
/** "is most likely being triggered by dairy": what sets off a symptom or condition, judged (with something clinical nearby). */
const TRIGGERED_BY = rule(
  String.raw`\b(?:is|are|'s)\s+(?:most likely|probably|likely|almost certainly|definitely)\s+(?:being\s+)?(?:triggered|caused|set off|brought on|aggravated|made worse)\s+by\b`,
);
/** "try giving him a little boiled egg at home", "جرّبي طعميه كمية صغيرة من البيض": a food to try on the patient, as an allergy test at home. */
const FOOD_TRIED = rule(
  String.raw`\b(?:try\s+)?(?:giving|give|feed|feeding|offer|offering|introduce|introducing)\s+(?:him|her|them|the baby|your (?:son|daughter|child|baby))\s+(?:\S+\s+){0,6}?(?:eggs?|peanuts?|peanut butter|milk|dairy|fish|wheat|nuts?|sesame|shellfish)\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:جربي|جرب|جربوا|حاولي)?\s*(?:طعمي|طعميه|طعميها|طعموه|اطعمي|اطعميه|اعطيه|عطيه|اعطيها|عطيها|اعطوه|عطوه)\s+(?:\S+\s+){0,4}?(?:من\s+)?(?:ال)?(?:بيض|حليب|فول سوداني|سمك|قمح|مكسرات|سمسم|لبن|جوز)(?![${LETTER}])`,
  'u',
);
/** "اشربي مي كتير قبلها بساعة وتعالي والمثانة مليانة": water before a scan, with its timing or a full bladder, prepares for it. */
const AR_WATER_BEFORE_SCAN = rule(String.raw`(?<![${LETTER}])(?:قبلها|قبله|قبل\s+(?:ال)?(?:موعد|ميعاد|فحص|سونار|ايكو|اشعه|تحليل)[${LETTER}]*)\s+(?:\S+\s+)?ب(?:ساعه|ساعتين|نص ساعه|[\d٠-٩]+)|(?<![${LETTER}])(?:المثانه|مثانتك|مثانتها)\s+(?:مليانه|ممتليه|مليانه)(?![${LETTER}])`, 'u');
/** "وده هيسرّع رجوع الحركة", "خليه يشرب مي كتير": speeding up recovery; drinking plenty as advice. */
const AR_RECOVERY_AND_WATER = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:ه|ح|س|بي|بت|رح\s+ي|راح\s+ي|رح\s+ت|راح\s+ت)?[يت]?سرع\s+(?:من\s+)?(?:ال)?(?:شفا|تعافي|التيام|رجوع|تحسن|رجعه|استرجاع)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[وف]?(?:خلي|خليه|خليها|خلوه|خلوها|خله|خلها|اشرب|اشربي|اشربوا|تشرب|تشربي)\s+(?:[يت]شرب[${LETTER}]*\s+)?(?:مي|ميه|مويه|ماء|ماي|سوايل|الما|ما)\s+(?:\S+\s+)?(?:كتير|كثير|بكثره|زياده|بزاف|برشا|وايد)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[وف]?(?:اشرب|اشربي|اشربوا|شرب|شربي|شربو|تشرب|تشربي|عطيه|عطيها|اعطيه|اعطيها|عطيهم)\s+(?:بزاف|برشا|كتير|كثير|وايد|ياسر)\s+(?:ديال|د|من|متاع|تاع)\s+(?:ال)?(?:ما|مي|ماء|مويه|ميه|سوايل|سوائل)(?![${LETTER}])`,
  'u',
);
/** "It sounds like your lining was just a bit thin", "يبدو إن الغشاء رقيق": the state of the patient's body, hedged. */
const HEDGED_STATE = rule(
  String.raw`\b(?:sounds|looks|seems)\s+(?:like|as if)\s+(?:your|his|her|their)\s+(?:\S+\s+){0,2}?(?:have|has)\s+(?:grown\s+back|flared\s+up|come\s+back(?!\s+to\b))\b|\b(?:sounds|looks|seems)\s+(?:like|as if)\s+(?:your|his|her|their)\s+(?:\S+\s+){0,2}?(?:was|were|is|are|has been|have been|had)\s+(?:just\s+)?(?:a (?:bit|little)\s+|slightly\s+|too\s+|quite\s+|very\s+|rather\s+)?(?:thin|thick|low|high|weak|inflamed|irritated|swollen|blocked|tight|loose|dry|slow|raised|enlarged|infected|underactive|overactive)\b` +
    String.raw`|(?<![${LETTER}])(?:يبدو|يبان|شكل[${LETTER}]{0,2}|الظاهر)\s+(?:ان|انه|انها|انو)?\s*(?:ال)?\S+\s+(?:\S+\s+)?(?:كان\s+|كانت\s+)?(?:رقيق|رقيقه|ضعيف|ضعيفه|ملتهب|ملتهبه|منخفض|منخفضه|مرتفع|مرتفعه|متضخم|متضخمه|مسدود|مسدوده|ناشف|ناشفه|جاف|جافه|كسلان|كسلانه)(?![${LETTER}])`,
  'u',
);
/** "this is called Osgood-Schlatter", "الحالة دي اسمها تلعثم": what the patient has, named. */
const CONDITION_NAMED = rule(
  String.raw`\b(?:this|that|it|what (?:you|he|she) (?:has|have))\s+(?:is|'s)\s+(?:called|known as)\s+|(?<![${LETTER}])(?:الحاله|حالتك|حالته|حالتها|ده|دي|هذا|هذي|هاد|هادي)\s+(?:\S+\s+)?(?:اسمها|اسمه|اسمو|بيسموها|بيسموه|يسموها|يسموه|تسمي|يسمي)(?![${LETTER}])` +
    // "usually comes from the ulnar nerve": a symptom's source.
    String.raw`|\b(?:usually|often|probably|most likely|typically)\s+(?:comes?|stems?)\s+from\s+(?:the|your|a|an)\s+`,
  'u',
);
/** "it's really just a formality": a test or step judged not to matter. */
const JUST_A_FORMALITY = rule(String.raw`\b(?:is|'s)\s+(?:really\s+|probably\s+|usually\s+)?just\s+a\s+formality\b`);
/** "otherwise it's much more likely to fail", "والليزر يجيب معاهم نتيجة مليحة بزاف": the risk or result of a treatment foretold. */
const RISK_OR_RESULT = rule(
  String.raw`\b(?:otherwise|or else)\s+(?:it|the\s+\S+|your\s+\S+)(?:'s|\s+is|'ll|\s+will)\s+(?:be\s+)?(?:much\s+|far\s+|a lot\s+)?(?:more\s+)?likely\s+to\s+(?:fail|get infected|come loose|reopen|bleed|scar)\b` +
    String.raw`|\b(?:gives?|get|gets)\s+(?:really\s+|very\s+)?(?:great|excellent|brilliant|amazing|very good|really good)\s+results\s+(?:with|for|on)\s+(?:them|those|these|that|this|your)\b` +
    String.raw`|(?<![${LETTER}])(?:[يت]جيب|[يت]عطي|بي?عطي|بتعطي|بتجيب|كيعطي|كتعطي|كيجيب|كتجيب)\s+(?:\S+\s+){0,2}?نتيج(?:ه|ات)\s+(?:مليحه|ممتازه|حلوه|كويسه|رايعه|مضمونه|زوينه|باهيه)(?![${LETTER}])`,
  'u',
);
/** "that's honestly the best treatment", "هذا أحسن علاج": what was just said, named the treatment to follow. */
const BEST_TREATMENT = rule(
  String.raw`\b(?:that's|that is|this is|it's|it is)\s+(?:honestly\s+|really\s+|actually\s+|usually\s+|probably\s+)?(?:the\s+)?(?:best|only|right)\s+(?:treatment|medicine|cure|therapy|remedy)\b|(?<![${LETTER}])(?:هذا|هذي|ده|دي|هاد|هادا|هادي|هيدا)\s+(?:\S+\s+)?(?:احسن|افضل|اسرع)\s+(?:علاج|دوا|دواء)(?![${LETTER}])`,
  'u',
);
/** "give yourself your usual prophylaxis dose the morning before": a dose timed around the visit. */
const TIMED_DOSE = rule(
  String.raw`\b(?:give yourself|take)\s+(?:your\s+)?(?:usual\s+|normal\s+|regular\s+|prophylaxis\s+|prophylactic\s+|extra\s+)*(?:dose|injection|infusion|shot)\b(?:\s+\S+){0,4}?\s+(?:before|after|on)\b`,
);
/** "wear it full-time for a week": how long an appliance is worn. */
const WEAR_TOLD = rule(String.raw`\bwear\s+(?:it|them|the\s+\S+|your\s+\S+)\s+(?:full[- ]time|all the time|day and night|every night|overnight)\b`);
/** "بعد كم جلسة رح يخف لحاله", "غادي تمشي بوحدها", "هادشي غادي يعاون بزاف": a problem said to go by itself, or a treatment to help a lot. */
const AR_GOES_OR_HELPS = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:غادي|غاد|رح|راح)\s+(?:[يت]مشي|[يت]روح|[يت]خف|[يت]برا|[يت]تصلح|[يت]تعدل|[يت]تحسن|[يت]ختفي|[يت]زول)\s+(?:بوحد(?:ها|و|ه)|بروح(?:ها|و|ه)|لحال(?:ها|و|ه))(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])(?:هادشي|هذا|هذي|ده|دي)\s+(?:غادي|رح|راح)\s+[يت](?:عاون|ساعد|نفع)[${LETTER}]*(?:\s+\S+)?\s+(?:بزاف|برشا|كتير|كثير|وايد)(?![${LETTER}])`,
  'u',
);
/** "it makes latching much easier": what something makes easier, beside something clinical. */
const MAKES_EASIER = rule(String.raw`\bmakes?\s+(?:\S+\s+){0,2}?(?:much|a lot|far|so much)\s+easier\b`);
/**
 * "A resting heart rate of 110 after COVID is most likely POTS", "a nodule that size is almost always benign", "is almost always a
 * side effect of your antidepressant": what the patient has, named with a hedge (beside something clinical).
 */
const HEDGED_IS = rule(
  String.raw`\b(?:is|are|'s)\s+(?:most likely|almost certainly|almost always|nearly always|very likely|very probably|probably)\s+(?:just\s+)?(?:benign|harmless|nothing serious|(?:an?\s+)?(?:side effects?|(?:allergic\s+)?reaction)\b|(?:an?\s+)?(?!(?:ready|available|done|free|full|busy|booked|open|closed|best|worth|quick|short|needed|necessary|required|covered|included|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|yes|no)\b)[a-z]{2,12}\s*[.!]?\s*$)`,
);
/** "usually mean there's a stool blockage", "وجود إفرازات ذات رائحة يعني أن الالتهاب تحوّل إلى خراج": a symptom read as what it means. */
const MEANS_THAT = rule(
  String.raw`\b(?:usually|probably|most likely|likely|often|typically|normally|generally)\s+means?\s+(?:that\s+)?(?:there(?:'s|\s+is|\s+are)|you(?:'ve|\s+have)|(?:he|she)\s+has)\b` +
    String.raw`|(?<![${LETTER}])(?:يعني|معناه|معناها|بيعني|كيعني|كتعني|كيعنيو|يدل|بيدل|تدل|بتدل|يدل علي|بيدل علي|تدل علي|بتدل علي)\s+(?:غالبا\s+|في الغالب\s+|عاده\s+)?(?:ان|انه|انها|انو|انك|انكي|بان|بلي)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])(?:معناه|معناها|يعني|بيعني)\s+(?:في|فيه|فيها|عندك|عنده|عندها)\s+(?:ضغط|التهاب|مشكله|نقص|خلل|عدوي|جرثومه|التهابات)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])(?:يدل|بيدل|تدل|بتدل|يدلان|تدلان|يشير|بيشير|تشير|بتشير)\s+(?:علي الارجح\s+|غالبا\s+|في الغالب\s+)?(?:علي|الي)\s+(?:وجود|عدم|نقص|التهاب|ارتفاع|انخفاض|ضعف|مشكله|خلل|زياده|اضطراب)(?![${LETTER}])`,
  'u',
);
/** "your results show you have …", "تشير نتائج تحليلك إلى حصى": a test result read as a finding. */
const RESULTS_SHOW = rule(
  String.raw`\b(?:results?|tests?|scan|x-?rays?|bloods?|ultrasound|report|readings?|levels?|swab|biopsy)\s+(?:clearly\s+|already\s+)?(?:shows?|showed|indicates?|indicated|suggests?|suggested|points?\s+to|pointed\s+to|confirms?|confirmed)\s+(?:that\s+)?(?:you(?:'ve|\s+have|\s+had)|(?:he|she)(?:'s|\s+has|\s+had)|there(?:'s|\s+is|\s+are|\s+was)|an?\s+(?!appointment|slot|booking|visit)|(?:mild|moderate|severe|early)\b)` +
    String.raw`|(?<![${LETTER}])(?:تشير|يشير|بتشير|بيشير|تدل|يدل|بتدل|بيدل|تبين|يبين|بتبين|بيبين|توضح|يوضح|تظهر|يظهر|بتظهر|بيظهر)\s+(?:ال)?(?:نتايج|نتيجه|تحاليل|تحليل|اشعه|سونار|صوره|فحوصات|فحص|خزعه|عينه)[${LETTER}]*(?:\s+\S+)?\s+(?:الي|علي|ان|انه|انها|انك|بوجود|وجود)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])(?:ال)?(?:نتايج|نتيجه|تحاليل|تحليل|اشعه|سونار|فحوصات|خزعه)[${LETTER}]*(?:\s+\S+)?\s+(?:بت|بي|ت|ي)(?:شير|دل|بين|وضح|ظهر)\s+(?:الي|علي|ان|انه|انها|انك|بوجود|وجود)(?![${LETTER}])`,
  'u',
);
/** "I'd recommend a posture-corrector vest and a lumbar cushion": an item recommended for the patient (not a visit or a slot). */
const RECOMMENDS_ITEM = rule(
  String.raw`\b(?:i'd|i would|we'd|we would|i|we)\s+(?:strongly\s+|really\s+|also\s+|definitely\s+)?recommend\s+(?:getting\s+|using\s+|buying\s+|trying\s+|wearing\s+)?(?:(?:\S+\s+){0,3}?(?:food|foods|diet|drinks|meals|liquids|fluids)\b|(?:a|an|some)\s+(?!(?:\S+\s+){0,2}?(?:appointments?|consultations?|visits?|slots?|sessions?|check-?ups?|assessments?|reviews?|follow-?ups?|bookings?|calls?|times?|days?|mornings?|afternoons?|evenings?|branch(?:es)?|doctors?|dentists?|specialists?|weekday|weekend|look|chat|word)\b)[a-z])`,
);
/** "ask your GP to switch you to a different one", "اطلب من دكتورك يغيّر لك الدوا": a change of medicine, to be asked for. */
const ASK_TO_CHANGE = rule(
  String.raw`\bask\s+(?:your|the|his|her)\s+(?:gp|doctor|pharmacist|psychiatrist|specialist|prescriber|consultant|[a-z]+ologist)\s+(?:to|if\s+(?:you|he|she)\s+can|whether\s+(?:you|he|she)\s+can)\s+(?:switch|change|swap|stop|reduce|lower|increase|raise|adjust|prescribe|put\s+(?:you|him|her)\s+on|give\s+(?:you|him|her))\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:اطلب|اطلبي|اسال|اسالي|قول|قولي)\s+(?:من\s+|ل)?(?:ال)?(?:دكتور|طبيب|صيدلي)[${LETTER}]*\s+(?:انه\s+|ان\s+)?(?:ي|ت)(?:غير|بدل|وقف|قلل|نزل|زود|وصف|كتب)[${LETTER}]*`,
  'u',
);
/** "لازم يسوي سباحة ثلاث مرات بالأسبوع", "خاصو يدير تمارين": exercise or a daily routine that someone must keep (any person). */
const AR_MUST_EXERCISE = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:لازم|لازمه|لازمها|لازمك|خاصك|خاصو|خاصه|خاصها|خصك|خصو|خصها|يجب|ضروري|يفضل|الافضل)\s+(?:ان\s+)?[يت](?:سوي|عمل|دير|مارس|لعب)[${LETTER}]*\s+(?:\S+\s+)?(?:ال)?(?:تمارين|تمرين|رياضه|سباحه|مشي|جري|يوجا)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[وف]?(?:لازم|لازمه|لازمها|لازمك|خاصك|خاصو|خاصه|خاصها|خصك|خصو|خصها|يجب|ضروري)\s+(?:ان\s+)?[يت](?:مشي|سبح|تمرن|تمدد|نام|عاود)[${LETTER}]*\s+(?:\S+\s+){0,4}?(?:كل يوم|يوميا|كل نهار|مرتين|مرات|ساعه|ساعتين|دقيقه|دقايق|دقائق)(?![${LETTER}])` +
    // Maghrebi "خاصك تشرب …": must, with an act of care.
    String.raw`|(?<![${LETTER}])[وف]?(?:خاصك|خاصكي|خصك|خاصو|خاصها|خاصكم|خصكم)\s+[تي](?:شرب|اكل|اخد|اخذ|حط|نعس|نام|رتاح|بعد|قلل|نقص|كثر|بدا|وقف|دهن|لبس|ستعمل)[${LETTER}]*`,
  'u',
);
/** "ولين يجي موعدك لا تاكل علك", "ولحد الميعاد بلاش شطة": something kept off until the visit, the visit named first. */
const AR_UNTIL_VISIT_KEEP_OFF = rule(
  String.raw`(?<![${LETTER}])[و]?(?:لين|لحد|لحين|الين|لغايه|حتي|الي حين)\s+(?:ما\s+)?(?:[يت]?ي?جي\s+|يوصل\s+|يحين\s+)?(?:ال)?(?:موعد|ميعاد|زياره|كشف)[${LETTER}]*\s+(?:\S+\s+)?${AR_RESTRICTION}` +
    String.raw`|^\s*[وف]?${AR_UNTIL_THEN}\s+(?:\S+\s+)?${AR_RESTRICTION}`,
  'u',
);
/** A condition right at the start of what follows a lead: one compiled pattern for the leads below. */
const CONDITION_AT_START = rule(String.raw`^${AR_GLUED}(?:${AR_CONDITIONS})(?![${LETTER}])`, 'u');
/** "يمكن عنده فرط حركة": maybe the patient has a condition. */
const MAYBE_HAS_CONDITION = followedBy(
  rule(String.raw`(?<![${LETTER}])[وف]?(?:يمكن|ممكن|احتمال|يجوز|بلكي|يمكن انه|يمكن انو|يمكن انها)\s+(?:عنده|عندها|عندك|عندج|عندكم|فيه|فيها|فيك|معه|معها|معك)\s+`, 'u'),
  CONDITION_AT_START,
);
/** "هادشي غير التهاب فالمثانة": what the patient has, said to be just a condition. */
const JUST_A_CONDITION = followedBy(
  rule(String.raw`(?<![${LETTER}])[وف]?(?:هادشي|هذا|هاد|ده|دا|هذي|هاذي|هادي|هاي|دي)\s+(?:غير|مجرد)\s+`, 'u'),
  CONDITION_AT_START,
);
const AR_EAT_OR_CHEW = gated(/(?<![\u0621-\u064a])(?:تاكل|تاكلي|تشرب|تشربي|تمضغ|تمضغي|تعلك|تعلكي|ياكل|يشرب|يمضغ)(?![\u0621-\u064a])/u);
/**
 * "that's definitely the procedure you need", "Ice-pick scars like yours need fractional laser", "ginger capsules are a good natural
 * remedy for the nausea", "are worth trying until then", "try the rugby-ball hold": a treatment named as the one to have.
 */
const NAMED_AS_NEEDED = rule(
  String.raw`\b(?:that's|that is|this is|it's|it is)\s+(?:definitely\s+|exactly\s+|probably\s+|clearly\s+|really\s+)?(?:the|what)\s+(?:(?:procedure|treatment|operation|surgery|medicine|medication|thing|option|one)\s+)?(?:you|he|she|they|your (?:son|daughter|child|baby))\s+(?:really\s+)?needs?\b` +
    String.raw`|\b(?:like|such as)\s+(?:yours|his|hers|your (?:son's|daughter's|child's|baby's))\s+(?:usually\s+|really\s+|typically\s+|generally\s+)?(?:need|needs|require|requires|respond (?:best|better|well) to|do (?:best|better|well) with)\b` +
    String.raw`|\b(?:is|are|'s|'re)\s+(?:a|an)\s+(?:(?:really|very)\s+)?(?:good|great|excellent|effective|safe|gentle|simple|easy|proven|reliable)(?:\s+(?:natural|home|herbal))?\s+(?:remedy|treatment|cure|fix)\s+for\s+(?:the|your|his|her|this|that|it|them|those|these)\b` +
    String.raw`|\b(?:is|are|'s|'re)\s+(?:really\s+|definitely\s+|well\s+|probably\s+)?worth\s+(?:a\s+try|trying|a\s+go|using|taking)\b` +
    String.raw`|\btry\s+(?:the\s+|a\s+)?(?:\S+\s+){0,2}?(?:hold|holds|position|positions|pose|technique)\b`,
);
/** "وتبي لها إعادة", "يبيله خلع": the Gulf "needs", of a treatment or procedure. */
const AR_GULF_NEEDS = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:تبي|يبي|تبغي|يبغي|تبا|يبا)\s*(?:لها|له|لك|لج|ل[${LETTER}]+)\s+(?:${AR_GLUED}(?:${AR_TREATMENTS}|${AR_PROCEDURES})|(?:ال)?(?:اعاده|خلع|حشو|تركيب|عمليه|جراحه|تنظيف|تقويم)(?![${LETTER}]))`,
  'u',
);
/**
 * "will help keep your sugar down", "Keep your blood sugar below 150 until then": a level of the body to be kept, or a habit said to keep it.
 */
const KEEPS_LEVEL = rule(
  String.raw`\b(?:helps?|helping|will help|should help|can help)\s+(?:to\s+)?(?:keep|bring|get)\s+(?:your|his|her|the)\s+(?:blood\s+)?(?:sugar|sugars|glucose|pressure|cholesterol|weight|heart rate|levels?|reflux|acid)\s+(?:\S+\s+)?(?:down|up|under control|in range|stable|steady|normal|low)\b` +
    String.raw`|\bkeep\s+(?:your|his|her)\s+(?:blood\s+)?(?:sugar|sugars|glucose|pressure|cholesterol|weight|heart rate|levels?)\s+(?:below|under|above|over|between|at|around)\b`,
);
/** "Do 10 chin tucks every hour", "use controlled crying", "drop the night feed": exercises counted, or a method of care to follow. */
const COUNTED_EXERCISE_OR_METHOD = rule(
  String.raw`\bdo\s+(?:\d+|two|three|four|five|six|eight|ten|fifteen|twenty|a few|some)\s+(?:\S+\s+){0,2}?(?:tucks|stretches|reps|squeezes|exercises|raises|rolls|curls|bridges|squats|lunges|press-?ups|push-?ups|sit-?ups|breaths)\b` +
    String.raw`|\b(?:use|try|start)\s+(?:controlled crying|sleep training|the ferber method|cry it out|gradual retreat)\b|\bdrop\s+(?:the|his|her|a)\s+(?:night|evening|late|dream)\s+feeds?\b`,
);
/** "Coughing up a little blood with reflux isn't serious": a symptom judged harmless (with something clinical in the clause). */
const NOT_SERIOUS = rule(String.raw`\b(?:is not|isn't|aren't|are not|'s not)\s+(?:anything\s+)?(?:serious|dangerous|worrying|harmful|a concern|cause for concern)\b`);
/** "الهبّات الساخنة دي علاجها الهرمونات التعويضية": a condition's treatment, named. */
const AR_ITS_TREATMENT = rule(String.raw`(?<![${LETTER}])[وف]?(?:علاجها|علاجه|علاجو|دواها|دواه|علاجهم)\s+(?:هو\s+|هي\s+)?(?:ال)?[${LETTER}]{3,}`, 'u');
/** "ما تخليهش يتفرج فالتلفون": not letting the child do an everyday activity. */
const AR_NOT_LETTING = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:ما|لا)\s+(?:تخلي|تخليه|تخليها|تخليهم|تخلو|تخلوه)(?:ش)?\s+[يت][${LETTER}]+\s+(?:\S+\s+)?(?:[وبفل]|فال|بال|وال|ال)?(?:${AR_ACTIVITIES})(?![${LETTER}])`,
  'u',
);
/** "وبعد الخلع لا تدخن": what to keep off after a procedure (not "لا تتردد", "لا تنسى"). */
const AR_AFTER_PROCEDURE_KEEP_OFF = rule(
  String.raw`(?<![${LETTER}])[وف]?بعد\s+(?:ال)?(?:خلع|عمليه|حقنه|جلسه|زراعه|حشو|تنظيف|ليزر|تبييض|تركيب)[${LETTER}]*\s+(?:\S+\s+){0,2}?[وف]?(?:لا|ما)\s+ت(?!(?:تردد|نسي|نسى|قلق|خاف|زعل)[${LETTER}]*)[${LETTER}]+`,
  'u',
);
/** "هاد الشي راه ارتجاع المعدة", "راه غير حساسية": the Maghrebi "it is", before a condition. */
const AR_IT_IS_A_CONDITION = followedBy(
  rule(String.raw`(?<![${LETTER}])[وف]?(?:راه|راهو|راهي|راهم)\s+(?:غير\s+|غي\s+)?`, 'u'),
  CONDITION_AT_START,
);
/** "هكا الارتجاع ينقص", "كده الوجع هيخف": that way, the symptom goes down (with something clinical nearby). */
const AR_THAT_WAY_BETTER = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:هكا|هكذا|هيك|بهيك|كده|كدا|بكده|بكدا|بهالطريقه)\s+(?:\S+\s+){0,2}?(?:غادي\s+|رح\s+|راح\s+|ح|ه|بي|بت)?[يت]?(?:نقص|خف|قل|روح|هدا|هدي|تحسن|خفف)(?![${LETTER}])`,
  'u',
);
/**
 * "most of these heads round out on their own", "They settle on their own within a few weeks": a problem said to resolve by itself.
 */
const RESOLVES_ON_ITS_OWN = rule(
  String.raw`\b(?:round|rounds|clear|clears|settle|settles|resolve|resolves|heal|heals|fade|fades|improve|improves|correct|corrects|straighten|straightens|shrink|shrinks|close|closes|disappear|disappears|go|goes|sort|sorts|get|gets)\s+(?:itself\s+|themselves\s+)?(?:out\s+|up\s+|down\s+|away\s+|better\s+)?on\s+(?:their|its|his|her)\s+own\b` +
    // "Most kids with a small squint outgrow it".
    String.raw`|\boutgrows?\s+(?:it|them|this|that)\b`,
);
/** "a helmet usually isn't needed", "you won't need another scope for 3 to 5 years": a treatment or test judged unneeded. */
const CARE_NOT_NEEDED = rule(
  String.raw`\b(?:a|the|another|any)\s+(?:\S+\s+)?(?:helmet|brace|splint|surgery|operation|cast|scan|scope|x-ray|antibiotics?|treatment|medication|injection|filling|crown|biopsy|endoscopy|colonoscopy)\s+(?:usually\s+|probably\s+|really\s+)?(?:isn't|is not|won't be|will not be)\s+(?:really\s+)?(?:needed|necessary|required)\b` +
    String.raw`|\byou\s+(?:won't|will not|don't|do not)\s+need\s+(?:another|a|any)\s+(?:\S+\s+)?(?:scope|scan|test|biopsy|endoscopy|colonoscopy|x-ray|mri|surgery|operation|injection|filling)\s+for\b` +
    // "Honestly, you don't need the cystoscopy": a test or procedure the patient asked about, called unnecessary (not "you don't need an appointment for the x-ray").
    String.raw`|\byou\s+(?:really\s+|honestly\s+)?(?:won't|will not|don't|do not)\s+(?:really\s+|actually\s+)?need\s+(?:the|that|this|an?|any)\s+(?:(?!(?:for|before|to|with|at|on)\b)\S+\s+){0,3}?(?:scope|scan|tests?|panel|biopsy|endoscopy|colonoscopy|cystoscopy|gastroscopy|x-rays?|mri|ct|ultrasound|mammogram|surgery|operation|injections?|filling|procedure|screening|cytology|bloods|blood work|root canal|extraction|crown|brace|splint|antibiotics?|medication)\b(?!\s+(?:appointment|booking|referral|form|slot)s?\b)`,
);
/** "can be a sign of a narrowing in the oesophagus": a symptom read as a sign of something (with something clinical in the clause). */
const SIGN_OF = rule(String.raw`\b(?:can|could|may|might|is|are|is often|is usually|are often|are usually)\s+(?:be\s+)?(?:a|an)\s+(?:\S+\s+)?(?:sign|symptom|signal|indication|warning sign)\s+of\b`);
const PRONOUN_SUBJECT = gated(/^\s*(?:and\s+|so\s+)?(?:they|these|those|it|this|that|most of them|most of these)\b/);
/** "… can be a sign of …": with a modal, a sign read off whatever comes before it. */
const MODAL_SIGN_OF = gated(/\b(?:can|could|may|might)\s+be\s+(?:a|an)\s+(?:\S+\s+)?(?:sign|symptom|warning sign)\s+of\b/);
/** "she's a clear candidate for surgery": the patient judged fit for a treatment. */
const CANDIDATE_FOR = rule(String.raw`\b(?:a|an)\s+(?:clear|good|ideal|perfect|obvious|strong|definite|great|excellent)\s+candidate\s+for\b`);
/** "A memory-foam pillow works really well for babies his age": a product said to work for people like the patient. */
const WORKS_WELL_FOR = rule(
  String.raw`\b(?:pillows?|cushions?|mattress(?:es)?|braces?|splints?|insoles?|shoes|pads?|tape|wraps?|bandages?|supports?|collars?|helmets?|guards?|humidifiers?|sprays?|creams?|gels?|drops|oils?|tablets?|capsules?|supplements?)\s+(?:\S+\s+){0,2}?(?:works?|worked)\s+(?:really\s+|very\s+|so\s+)?well\s+(?:for|with|on)\b`,
);
/** "Intermittent fasting on a 16:8 schedule would suit you well", "swimming would be really good for him": a habit or treatment judged right for the patient. */
const SUITS_THE_PATIENT = rule(
  String.raw`\b(?:would|will|should|could|might|may|'d|'ll)\s+(?:really\s+|probably\s+|definitely\s+|also\s+)?(?:suit\s+(?:you|him|her|them)|be\s+(?:(?:really|very|especially|particularly|so)\s+)?(?:good|great|ideal|perfect|helpful|beneficial)\s+for\s+(?:you|him|her|them)\b(?!\s+to\s+(?:book|come|call|bring|arrive|pay)))`,
);
/** What suits a patient that is a booking, not care ("the Tuesday slot would suit you"). */
const SLOT_WORDS = gated(/\b(?:slots?|appointments?|times?|timing|dates?|days?|branch|branches|mornings?|afternoons?|evenings?|openings?)\b/);
/** "A brisk walk after dinner will help bring those readings down", "can help lower your blood sugar": a habit said to bring a measure down. */
const BRINGS_MEASURE_DOWN = rule(
  String.raw`\b(?:will|would|should|can|could|may|might|helps?|usually)\s+(?:help\s+(?:to\s+)?)?(?:(?:bring|get|keep)\s+(?:\S+\s+){0,3}?(?:readings?|levels?|sugars?|numbers?|pressure|weight|cholesterol|glucose|a1c|hba1c|bp|the scale)\s+down|(?:lower|reduce|drop)\s+(?:your|his|her|those|these|the)\s+(?:\S+\s+){0,2}?(?:readings?|levels?|sugars?|numbers?|pressure|weight|cholesterol|glucose|a1c|hba1c|bp))\b`,
);
/** "can slow your cataract down": a condition said to be slowed. */
const SLOWS_DOWN = rule(String.raw`\b(?:can|will|could|may|might|helps?|should)\s+(?:to\s+)?slow\s+(?:your|his|her|the)\s+(?:\S+\s+)?\S+\s+down\b`);
/** "بتريحك خالص", "يعاونوك بزاف على تململ الساقين": a treatment said to relieve or help the patient. */
const AR_RELIEVES_YOU = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:ه|ح|بي|بت|رح\s+|راح\s+|غادي\s+)?[يت](?:ريح|خفف|فيد|ساعد|عاون)(?:ك|كي|ج|كم|وك|وكي|وكم)\s+(?:(?:خالص|كتير|كثير|تماما|وايد|بزاف|برشا|جدا|مره)(?![${LETTER}])|(?:\S+\s+)?(?:علي|في|ف)\s+)`,
  'u',
);
/** "تحتاجين ثلاث جلسات", "محتاج ٤ جلسات": a course of sessions the patient is told they need. */
const AR_NEEDS_SESSIONS = rule(
  String.raw`(?<![${LETTER}])(?<!(?:مش|ما|مو|لا|مب)\s)[وف]?(?:تحتاج|تحتاجين|تحتاجي|محتاج|محتاجه|يحتاج|بتحتاج|بتحتاجي|هتحتاج|هتحتاجي)\s+(?:ل)?(?:[\d]+|ثلاث|تلات|اربع|خمس|ست|سبع|عشر|كم|عده)\s*(?:جلسات|جلسه)(?![${LETTER}])|(?<![${LETTER}])(?:تحتاج|تحتاجين|محتاج|محتاجه|يحتاج)\s+جلستين(?![${LETTER}])`,
  'u',
);
/** "وايد زين لتنظيف الكبد", "مفيد للمعدة": something said to be good for a part of the body or a condition (clinical in the clause). */
const AR_GOOD_FOR = rule(
  String.raw`(?<![${LETTER}])(?:زين|مفيد|مفيده|منيح|منيحه|كويس|كويسه|نافع|نافعه|ممتاز|ممتازه)\s+(?:جدا\s+|كتير\s+|وايد\s+|بزاف\s+)?(?:ل|لل)[${LETTER}]{3,}`,
  'u',
);
/** "التخدير الكلي هو الحل الأأمن ليه": a treatment named the best or safest way. */
const AR_BEST_WAY = rule(
  String.raw`(?<![${LETTER}])(?:هو|هي)\s+(?:ال)?(?:حل|خيار|علاج|اختيار)\s+(?:ال)?(?:افضل|احسن|امن|اامن|انسب|الوحيد|امثل|اسلم)(?![${LETTER}])` +
    // The Tunisian "خير حل ليك هو …": the best solution for you is.
    String.raw`|(?<![${LETTER}])(?:خير|احسن|افضل|انسب)\s+(?:حل|خيار|علاج|اختيار)\s+(?:ليك|ليكي|لك|لكي|ليه|ليها|لج|الك)(?![${LETTER}])`,
  'u',
);
/** "يجب أن يرتدي الطفل الخوذة ٢٣ ساعة يومياً": hours a day to wear something. */
const AR_WEAR_HOURS = rule(
  String.raw`(?<![${LETTER}])(?:[يت](?:رتدي|لبس)|البس|البسي|ارتدي|ارتديه|ارتديها)[${LETTER}]*\s+(?:\S+\s+){0,3}?[\d]+\s+(?:ساعه|ساعات)\s+(?:يوميا|في اليوم|باليوم|كل يوم|بالنهار)(?![${LETTER}])`,
  'u',
);
/**
 * "make sure he goes to bed early every night", "get him swimming for an hour every day", "limit screen time to one hour", "put him
 * in time-out", "امش نص ساعة كل يوم", "دير المشي نص ساعة كل نهار": a routine of care, told.
 */
const ROUTINE_TOLD = rule(
  String.raw`\bmake sure\s+(?:he|she|they|you|your (?:son|daughter|child|baby))\s+(?:\S+\s+){0,5}?(?:every (?:night|day|morning|evening)|each (?:night|day)|daily|nightly)\b` +
    String.raw`|\bget\s+(?:him|her|them|yourself)\s+[a-z]+ing\b(?:\s+\S+){0,6}?\s+(?:every day|daily|each day|a day|a week|every morning|every evening)\b` +
    String.raw`|\b(?:limit|cut down|cut back on|reduce)\s+(?:his\s+|her\s+|their\s+|your\s+|the\s+)?(?:screen time|screens|naps?)\b|\bput\s+(?:him|her|them)\s+in\s+(?:a\s+)?time-?out\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:امش|امشي|امشوا|اسبح|اسبحي|دير|ديري|ديرو|اعمل|اعملي|سوي|مارس|مارسي)\s+(?:ال)?(?:مشي|رياضه|تمارين|سباحه|جري|يوجا|\S+\s+(?:ساعه|ساعتين|دقيقه|دقايق))(?:\s+\S+){0,4}?\s+(?:كل يوم|يوميا|كل نهار|كل صباح|في اليوم|باليوم)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[وف]?(?:امش|امشي|امشوا|اسبح|اسبحي)\s+(?:نص|ربع|\S+)\s+(?:ساعه|ساعتين|دقيقه|دقايق)`,
  'u',
);
/** "Try brisk walking after dinner every day", "do yoga twice a week", "you could try … every day": an imperative or a suggestion that opens a clause; with a habit and how often, a routine to keep. */
const ROUTINE_OPENING = gated(/^\s*(?:and\s+|so\s+|just\s+)?(?:(?:you|he|she|they)\s+(?:could|can|might|should)\s+(?:also\s+)?)?(?:try|do|go|start|keep up|get into|take up|aim for|make time for)\b/);
/**
 * "اشرب نص كوباية عصير", "شرب شوية ديال الزنجبيل", "دير شي كاس ديال اللويزة": something to drink or eat, by the glass or the
 * spoonful (not water, which a scan may need).
 */
const AR_CONSUME_MEASURED = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:اشرب|اشربي|اشربوا|شرب|شربي|شربو|كل|كلي|كول|كولي|دير|ديري|ديرو)\s+(?:شي\s+|واحد\s+|وحده\s+)?(?:(?:نص|ربع|[\d٠-٩]+)\s+)?(?:كوبايه|كوب|كاس|كاسه|فنجان|فنجانين|ملعقه|معلقه|تمرات|حبات|شويه)(?:\s+(?:ديال|د|من))?(?!\s+(?:ال)?(?:ما|ماء|ميه|مي|مويه|مياه)(?![${LETTER}]))\s+(?:ال)?[${LETTER}]{3,}`,
  'u',
);
/** "Pressure sores like this usually need daily dressing with …": what a condition like the patient's needs, with a treatment named. */
const LIKE_THIS_NEEDS = rule(
  String.raw`\b(?:like (?:this|that|yours|these|those|his|hers)|of this (?:kind|type|size|sort))\s+(?:usually\s+|often\s+|typically\s+|normally\s+|generally\s+|mostly\s+|almost always\s+)?needs?\b`,
);
/** "Flat feet in toddlers usually just need arch-support insoles": what a condition named before it usually needs. */
const CONDITION_USUALLY_NEEDS = after(
  rule(String.raw`${EN_L}(?:${EN_CONDITIONS})${EN_R}`),
  rule(String.raw`\b(?:usually|often|typically|normally|generally|mostly|almost always)\s+(?:just\s+|only\s+)?needs?\b`),
);
/** "نقّص الدوا ديالك للنص": the Maghrebi "reduce", of the medicine, its dose or its pills (not "نقص فيتامين د", a deficiency). */
const AR_REDUCE_MEDICINE = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:نقص|نقصي|نقصو|نقصوا)\s+(?:من\s+)?(?:ال)?(?:دوا|دواء|ادويه|جرعه|حبوب|حبه|حبايه|اقراص|قرص|انسولين)(?![${LETTER}])`,
  'u',
);
/** "A gentle walk after each meal … should help with the constipation": a habit, food or treatment before it said to help a symptom or condition. */
const HELPS_WITH_CONDITION = rule(
  String.raw`\b(?:should|will|would|can|could|may|might|usually|often|really)\s+help\s+(?:with\s+|ease\s+|relieve\s+|settle\s+)?(?:the\s+|your\s+|his\s+|her\s+|their\s+)?(?:${EN_SYMPTOMS}|${EN_CONDITIONS})${EN_R}`,
);
function habitHelpsCondition(text: string, rules: AdviceRules): boolean {
  const match = HELPS_WITH_CONDITION.exec(text);
  if (match === null) return false;
  const subject = text.slice(0, match.index);
  return (rules.lifestyle.test(subject) || rules.diet.test(subject) || rules.treatment.test(subject) || rules.product.test(subject)) && !rules.clinicianSubject.test(subject);
}
/** "Please quit smoking before the implant", "بطّل السجاير", "ياريت تبطّل سجاير": giving up or cutting down smoking. */
const QUIT_SMOKING = rule(
  String.raw`\b(?:stop|quit|give up|cut (?:down|back) on|cut out)\s+(?:smoking|cigarettes|vaping|the cigarettes|shisha)\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:بطل|بطلي|تبطل|تبطلي|وقف|وقفي|توقف|توقفي|اترك|اتركي|تترك|تتركي|قلل|قللي|تقلل|تقللي|خفف|خففي|تخفف|تخففي)\s+(?:من\s+|عن\s+)?(?:ال)?(?:سجاير|سجائر|تدخين|دخان|شيشه|معسل)(?![${LETTER}])`,
  'u',
);
/** "Try to avoid hot tubs, saunas and tight underwear": a clause that opens by keeping the patient off something; with a habit named, advice. */
const EN_KEEP_OFF_OPENING = gated(/^\s*(?:and\s+|so\s+|also\s+|please\s+)?(?:try to\s+|best to\s+|you should\s+)?(?:avoid|stay away from|keep away from|stay off|steer clear of|give up|cut out)\b/);
/** "it's probably just normal exam stress": the patient's complaint put down to something ordinary. */
const PROBABLY_JUST_ORDINARY = rule(
  String.raw`\b(?:it's|it is|that's|that is|this is|he's|she's|they're)\s+(?:probably|most likely|likely|almost certainly|very likely)\s+just\s+(?:normal|ordinary|everyday|regular|typical|simple|mild|a bit of)\s+(?:\S+\s+)?(?:stress|nerves|tiredness|fatigue|worry|worries|anxiety|growing pains|teething|hormones|wear and tear|ageing|aging|fussiness|tension|strain|exhaustion)\b`,
);
/** A habit (not food or drink, which have rules of their own) named in English. */
const EN_ACTIVITY = rule(String.raw`${EN_L}(?:${EN_ACTIVITIES})${EN_R}`);
/** "… for 24 hours beforehand", "on the day of the study", "the day before so the test reflects your usual hearing": keeping off something to prepare for a test or visit. */
const PREPARATION_TIMING = rule(String.raw`\b(?:beforehand|on the day|the day of|the (?:day|night|morning|evening) before|that day|the morning of|before (?:the|your|his|her) (?:test|study|scan|procedure|appointment|visit|session|assessment)|so (?:that )?(?:the|your) (?:test|results?|scan|reading|readings|study) (?:reflects?|is|are|comes?|stays?))\b`);
/** "You'll need that wisdom tooth out": a part of the body the patient is told must come out. */
const NEEDS_OUT = rule(String.raw`\b(?:you|he|she|they)(?:'ll| will| would|'d)?\s+(?:definitely\s+|probably\s+|likely\s+)?need\s+(?:that|the|your|his|her|their|those|these|both)\s+(?:\S+\s+){0,2}?(?:tooth|teeth|tonsils|adenoids|appendix|gallbladder|mole|cyst|lump|nail|toenail|stone|stones|implant|crown|filling|cast|stitches)\s+(?:out|removed|taken out|pulled|extracted|off)\b` +
  // "that tooth will need to come out".
  String.raw`|\b(?:that|the|your|his|her|this)\s+(?:\S+\s+)?(?:tooth|teeth|tonsils|adenoids|appendix|gallbladder|mole|cyst|nail|toenail)\s+(?:will\s+|would\s+|probably\s+|definitely\s+)*(?:need|needs|has|have)\s+to\s+(?:come\s+out|be\s+(?:taken\s+out|removed|extracted|pulled))\b`);
/** "You can press it back on with a dab of denture adhesive": refitting something that came off, at home, with what to use. */
const REFIT_WITH = rule(String.raw`\b(?:press|push|stick|glue|put|pop|fix|slide)\s+(?:it|them|the\s+\S+)\s+back\s+(?:on|in|into place)\s+with\b`);
/** "زيد السيمبيكورت لزوز بخات الصبح": puffs of an inhaler counted, in the dialects ("زوز", "جوج" are two). */
const AR_PUFFS = rule(String.raw`(?<![${LETTER}])(?:ل)?(?:زوز|جوج|زوج|[\d٠-٩]+|وحده|تلاته|ثلاث|ثلاثه|تلات)\s+(?:بخات|بخه|بخاخات)(?![${LETTER}])|(?<![${LETTER}])(?:بختين|بخه واحده)(?![${LETTER}])`, 'u');
/** "Drink something cold and sweet and lie on your left side": lying, sitting or resting a certain way, joined mid-clause to an instruction. */
const CHAINED_POSITION = rule(String.raw`\band\s+(?:then\s+)?(?:lie|sit|sleep|rest)\s+(?:down\s+)?(?:on|with|propped)\s+(?:your|his|her|their)\s+(?:left|right|back|side|front|tummy|stomach|head|legs?|feet)\b`);
/** "الثآليل اللي في يد ولدك تحتاج جلسات تبريد": a condition said to need a course of sessions or a treatment. */
const AR_CONDITION_NEEDS_SESSIONS = after(
  rule(String.raw`${AR_L}${AR_GLUED}(?:${AR_CONDITIONS})(?![${LETTER}])`, 'u'),
  rule(String.raw`(?<![${LETTER}])(?:تحتاج|يحتاج|بتحتاج|بيحتاج|محتاجه|محتاج|تبيلها|يبيلها|تبيله|يبيله)\s+(?:الي\s+|ل)?(?:جلسات|جلستين|كورس|عمليه|استئصال|ازاله|كي|تبريد)(?![${LETTER}])`, 'u'),
);
/** "it really lifts your mood", "really helps toddlers calm down": an effect on how the patient feels or behaves. */
const LIFTS_OR_CALMS = rule(
  String.raw`\b(?:lifts?|boosts?|improves?)\s+(?:your|his|her|their)\s+mood\b|\b(?:really\s+|often\s+|usually\s+)?helps?\s+(?:toddlers|babies|children|kids|you|him|her|them|people)\s+(?:to\s+)?(?:calm down|sleep better|fall asleep|focus|wind down)\b`,
);
/** "usually recommends a whey protein shake instead of breakfast": what a clinician habitually recommends (not a visit). */
const HABITUALLY_RECOMMENDS = rule(
  String.raw`\b(?:usually|often|always|generally|typically)\s+recommends?\s+(?:a|an|some)\s+(?!(?:\S+\s+){0,2}?(?:appointments?|consultations?|visits?|slots?|sessions?|check-?ups?|assessments?|reviews?|follow-?ups?|bookings?)\b)[a-z]`,
);
/** "you should go straight for the partial nail removal rather than waiting": one care chosen over another. */
const CHOOSE_OVER = rule(
  String.raw`\b(?:should|better|best to|i'd)\s+(?:\S+\s+)?(?:go (?:straight )?for|opt for|choose|pick|go with)\s+(?:the|a|an)\s+\S+(?:\s+\S+){0,3}?\s+(?:rather than|instead of|over)\b`,
);
/** "avoid tight shoes so it doesn't come back": a restriction so the problem does not return. */
const SO_IT_DOES_NOT_RETURN = rule(
  String.raw`\b(?:avoid|stop|don't|do not|keep|wear|cut)\b(?:\s+\S+){0,8}?\s+so\s+(?:that\s+)?(?:it|they|the\s+\S+)\s+(?:doesn't|don't|won't|does not|will not)\s+(?:come back|return|recur|get worse|spread|flare(?: up)?|grow back in)\b`,
);
/** "are just a normal phase": a behaviour or symptom judged a normal stage. */
const NORMAL_PHASE = rule(String.raw`\b(?:is|are|'s)\s+(?:just\s+|completely\s+|perfectly\s+|totally\s+)?(?:a\s+)?(?:normal|common|typical)\s+(?:phase|stage|part of (?:growing up|development|recovery|healing))\b`);
/** "ما تقطعش الظفر من الجناب": the Maghrebi "don't" before a part of the body (not "don't worry", "don't forget"). */
const AR_NEG_IMPERATIVE = rule(String.raw`(?<![${LETTER}])[وف]?(?:ما\s*ت|مت)(?:قطع|قص|حك|هرش|فرك|لمس|ضغط|عصر|فقع|نتف|حرك|نام|رقد|دعك)[${LETTER}]*ش(?![${LETTER}])`, 'u');
/** "ولا ترفعش الأثقال … حيت كيطلعو ضغط العين": a restriction with a clinical reason (not "لا تنسين … عشان الدكتورة تطالعها"). */
const AR_KEEP_OFF_BECAUSE = rule(String.raw`(?![وف]?(?:لا|ما)\s+ت(?:نس|تردد|تاخر|قلق|خاف)[${LETTER}]*)${AR_RESTRICTION}(?:\s+\S+){1,6}?\s+(?:حيت|لان|لانه|لانها|لانهم|عشان|علشان)(?![${LETTER}])`, 'u');
/** "… حتى لا تتأثر الوركان", "باش ما يتعوجش الضهر": so that a part of the body is not harmed (with the part named). */
const AR_SO_BODY_NOT_HARMED = rule(
  String.raw`(?<![${LETTER}])(?:حتي لا|كي لا|لكي لا|لئلا|عشان ما|علشان ما|باش ما|باش مت|باش م)\s*(?:ت|ي)(?:تاثر|تضرر|تاذي|تعب|تعوج|تنحرف|وجع|لتهب|تلتهب|تشوه|نضغط|تضغط|تحمل|تسوس|سوس)[${LETTER}]*`,
  'u',
);
function keepsOffForClinicalReason(text: string, rules: AdviceRules): boolean {
  const match = AR_KEEP_OFF_BECAUSE.exec(text);
  return match !== null && rules.clinical.test(text.slice(match.index + match[0].length));
}
/** "تحتاج حالتك على الأرجح إلى …", "حالتك بتحتاج", the Gulf "حالتج تبي": the patient's condition said to need something. */
const AR_CONDITION_NEEDS = rule(String.raw`(?<![${LETTER}])(?:تحتاج|يحتاج|بتحتاج|تتطلب|تستدعي|محتاجه)\s+حالت(?:ك|ه|ها|كم|ج)(?![${LETTER}])|(?<![${LETTER}])حالت(?:ك|ه|ها|كم|ج)\s+(?:\S+\s+)?(?:تحتاج|بتحتاج|محتاجه|تتطلب|تستدعي|تبي|تبغي|تبا)(?![${LETTER}])`, 'u');
/** What the patient's condition needs is a treatment, not "كشف", "تقييم" or a booking (which defer to the clinician). */
const VISIT_WORDS = gated(/(?<![\u0621-\u064a])(?:ال)?(?:كشف|تقييم|حجز|موعد|ميعاد|استشاره|مراجعه|زياره)(?![\u0621-\u064a])/u);
function conditionNeedsTreatment(text: string, rules: AdviceRules): boolean {
  const match = AR_CONDITION_NEEDS.exec(text);
  if (match === null) return false;
  const rest = text.slice(match.index + match[0].length);
  return (rules.treatment.test(rest) || rules.procedure.test(rest)) && !VISIT_WORDS.test(rest);
}
/** "ابعد عن الأكل السخن والبارد", "وامضغ عالجهة التانية": aftercare of food by its temperature or texture, and chewing on one side. */
const AR_FOOD_BY_KIND = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:ابعد|ابعدي|ابتعد|ابتعدي|تجنب|تجنبي|بلاش|امتنع|امتنعي)\s+(?:عن\s+)?(?:ال)?(?:اكل|اكلات|مشروبات|حاجات|اطعمه|الاكل|المشروبات)\s+(?:ال)?(?:سخن|ساخن|ساخنه|حار|حاره|بارد|بارده|ساقع|ساقعه|حلو|قاسي|قاسيه|ناشف|ناشفه|لزج|لزجه)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[وف]?(?:امضغ|امضغي|امضغوا|اعلك)\s+(?:علي|على|عال|ع|في|بال|من)\s*(?:ال)?(?:جهه|ناحيه|جنب|طرف|جانب)\s+(?:ال)?(?:تانيه|ثانيه|اخري|سليمه|تاني|ثاني)(?![${LETTER}])`,
  'u',
);
/** "وبتروح لحالها بعد كم أسبوع": a problem said to go by itself (any prefix of the verb). */
const AR_GOES_BY_ITSELF = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:بت|بي|رح\s+ت|رح\s+ي|راح\s+ت|راح\s+ي|ه|ح|ت|ي)(?:روح|خف|زول|ختفي|مشي|تحسن|طيب)\s+(?:لحال|بحال|بوحد|بروح)(?:ها|و|ه|هم)(?![${LETTER}])`,
  'u',
);
/** "غالباً الموضوع بسيط": what the patient has judged probably minor, so that going by itself is said of it. */
const HEDGED_MINOR = rule(String.raw`(?<![${LETTER}])(?:${AR_LIKELY}|يمكن|اكيد|عادة|عاده)\s+(?:\S+\s+){0,2}?(?:بسيط|بسيطه|مش خطير|مو خطير|ما يخوف|مش مقلق|عادي)(?![${LETTER}])`, 'u');
/** "ما في داعي تاخدي موعد هلّق", "مش لازم تيجي" after something clinical: no need to book or come in, judged from what the patient has. */
const AR_NO_NEED_TO_BOOK = rule(
  String.raw`(?<![${LETTER}])[وف]?(?:ما في داعي|مافي داعي|لا داعي|مفيش داعي|ما فيش داعي|ما في حاجه|لا حاجه|مش لازم)\s+(?:ل|ان|انك|ت)?(?:اخد|اخذ|تاخد|تاخدي|تاخذ|تاخذي|حجز|تحجز|تحجزي)[${LETTER}]*\s+(?:ال)?(?:موعد|ميعاد)(?![${LETTER}])` +
    // "مش لازم تيجي", "ماكاينش لاش تجي": no need to come in at all.
    String.raw`|(?<![${LETTER}])[وف]?(?:ما في داعي|مافي داعي|لا داعي|مفيش داعي|ما فيش داعي|مش لازم|مش محتاج|مش محتاجه|ما يحتاج|ما تحتاج|ماكاينش لاش|ما كاينش لاش|ما كاين لاش)\s+(?:انك\s+|ان\s+)?(?:تيجي|تيجو|تجي|تجين|تجيني|تيجوا|تنزل|تنزلي)(?![${LETTER}])`,
  'u',
);
/** What a patient may use that is not care: the website, the payment page, the car park. */
const SITE_OR_PREMISES = gated(/\b(?:online|website|site|page|app|link|portal|payment|card|parking|car park|lift|elevator|wi-?fi)\b|(?<![\u0621-\u064a])(?:الموقع|اللينك|الرابط|التطبيق|الدفع|البطاقه|الكرت|الباركنج|الموقف|المصعد|الاسانسير)(?![\u0621-\u064a])/u);
/** The judgement word not a doctor's name after a title ("د. سليم": "سليم" also means sound, "د. أمين" safe). */
function judgedOutsideNames(text: string, judgement: Finder): boolean {
  const found = judgement.exec(text);
  return found !== null && !TITLE_BEFORE.test(text.slice(Math.max(0, found.index - 12), found.index));
}

const TITLE_BEFORE = gated(new RegExp(String.raw`(?:\bdr\.?|(?<![${LETTER}])(?:د\.?|دكتور|دكتوره|الدكتور|الدكتوره))\s*$`, 'u'));

function judges(text: string, rules: AdviceRules, before: string): boolean {
  if (FEAR_OF.test(text)) return false;
  if (NOT_CANCER.test(text)) return true;
  // "هاديك غير زرقة عادية، ما يستاهلش تجي": no need to come in, said of a symptom.
  if (COMING_IN_NOT_NEEDED.test(text) && (rules.clinical.test(text) || rules.clinical.test(before))) return true;
  if (NORMAL_FOR_AGE.test(text) || RESULT_IN_RANGE.test(text) || (rules === ARABIC && AR_NORMAL_WITH.test(text))) return true;
  // "a pelvic X-ray is completely safe for a 4-year-old": a test judged safe is a judgement too.
  if (judgedOutsideNames(text, rules.judgement) && (rules.clinicalOrTest.test(text) || rules.clinical.test(before))) return true;
  if (rules.bookingTalk.test(text)) return false;
  if (SAFE_TO_USE.test(text) && !SITE_OR_PREMISES.test(text)) return true;
  if (judgedOutsideNames(text, rules.weakJudgement) && (rules.clinical.test(text) || rules.clinical.test(before))) return true;
  if (rules.patientState.test(text) && rules.stateJudgement.test(text)) return true;
  // "بما أنكِ حامل، فلا يجوز لكِ أخذ لقاح الحمى الصفراء", "Since you're pregnant, you shouldn't have the vaccine": the state in the clause before.
  // The treatment rule holds the medicines too.
  return rules.patientState.test(before) && rules.stateJudgement.test(text) && (rules.treatment.test(text) || rules.procedure.test(text));
}

/** "الحزاز المسطح ما يتحولش لسرطان", "it won't turn into cancer": a condition judged harmless for good. */
const NOT_CANCER = rule(
  String.raw`\b(?:won't|will not|doesn't|does not|never|can't|cannot|rarely)\s+(?:ever\s+)?(?:turns?|becomes?|develops?|progress(?:es)?)\s+(?:in)?to\s+(?:a\s+)?(?:cancer|cancerous|malignant)\b` +
    String.raw`|(?<![${LETTER}])[وف]?(?:ما|مش|لا|مو|مب|ماهوش)\s*(?:[يت]|بي|بت|هي|هت)?(?:تحول|يتحول|نقلب|تقلب|صير|صير)[${LETTER}]{0,3}\s+(?:ل|الي|الى|ل\s)?\s*(?:ال)?(?:سرطان|ورم خبيث|خبيث)(?![${LETTER}])`,
  'u',
);

const COMING_IN_NOT_NEEDED = rule(
  String.raw`(?<![${LETTER}])(?:ما يستاهلش|ما يستاهل|ماشي ضروري|مش ضروري|مو ضروري|موش ضروري|ما في داعي|مافي داعي|مفيش داعي|لا داعي)\s+(?:انك\s+)?(?:ت|ي)(?:جي|جين|جو|يجي)(?![${LETTER}])`,
  'u',
);

/** "That's normal at his age", "دا عادي في العمر دا": a behaviour or symptom judged normal for the child's age. */
const NORMAL_FOR_AGE = rule(
  String.raw`\b(?:normal|common|typical|expected|usual|nothing to worry about|nothing serious|fine|okay|ok)\s+(?:at|for)\s+(?:his|her|their|your|this|that|your child's|your son's|your daughter's|a child's|kids? (?:his|her|their))\s+age\b` +
    // "normal until the age of ten", "شي طبيعي لين عمر عشر سنين".
    String.raw`|\b(?:normal|common|typical|expected|usual)\s+(?:up\s+)?(?:to|until|till|before)\s+(?:the\s+)?age\b|(?<![${LETTER}])(?:طبيعي|طبيعيه|عادي|عاديه)\s+(?:جدا\s+)?بالنسبه\s+(?:ل|لل)(?:عمر|سن)(?:ه|ها|ك|كي|ج|هم)?(?![${LETTER}])|(?<![${LETTER}])(?:طبيعي|طبيعيه|عادي|عاديه)\s+(?:جدا\s+)?(?:لين|لحد|حتي|لغايه|قبل)\s+(?:ال)?(?:عمر|سن)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])(?:طبيعي|طبيعيه|طبيعيين|عادي|عاديه|عاديين)\s+(?:جدا\s+|خالص\s+|وايد\s+|بزاف\s+|برشا\s+)?(?:في|ب)\s*(?:هذا\s+|هاد\s+|ده\s+|دا\s+|هذه\s+|هاي\s+|هال)?(?:ال)?(?:عمر|سن)(?:ه|ها|هم|و)?(?![${LETTER}])`,
  'u',
);

/** "عادي مع تكيّس المبايض", "طبيعي بعد فك الجبس": normal with a condition or state, or after a procedure (not "كشف عادي مع د. …"). */
const AR_NORMAL_WITH = rule(
  String.raw`${AR_L}(?:طبيعي|طبيعيه|عادي|عاديه)\s+(?:جدا\s+|وايد\s+|بزاف\s+)?(?:مع|بعد|خلال|اثناء|وقت)\s+${AR_GLUED}(?:${AR_CONDITIONS}|${AR_PATIENT_STATES}|${AR_PROCEDURES})${AR_NOUN_R}` +
    // "زيادة ١٥ كيلو في الحمل طبيعية": the state first, then the judgement.
    String.raw`|${AR_L}(?:في|خلال|اثناء|وقت|مع)\s+${AR_GLUED}(?:${AR_PATIENT_STATES})${AR_NOUN_R}\s+(?:\S+\s+)?(?:طبيعي|طبيعيه|عادي|عاديه)${AR_R}`,
  'u',
);

/** A price in the clause: "حقن البوتوكس للصداع النصفي بـ ٢٢٠٠ ريال", "Botox for migraine is SAR 2,200". */
const PRICE = rule(
  String.raw`[\d٠-٩][\d٠-٩٬,.]*(?:\s*(?:الف|الاف|مليون|ملايين))?\s*(?:ريال|جنيه|دينار|دنانير|درهم|دولار|ر\.\s?س|ج\.\s?م|د\.\s?[كابإ]|ر\.\s?[عق])|[$€£]\s?\d|\b(?:sar|egp|aed|kwd|bhd|omr|qar|jod|usd|eur|gbp|le|dhs?|kd|bd|jd|qr|sr|ro|lyd|ld|dzd|da|tnd|dt|mad|iqd|lbp|sdg|syp|ils|nis)\s?\d|\d[\d,.]*\s?(?:sar|egp|aed|kwd|bhd|omr|qar|jod|usd|le|dhs?|kd|bd|jd|qr|sr|lyd|ld|dzd|da|tnd|dt|mad|iqd|lbp|sdg|syp|ils|nis|riyals?|pounds?|dinars?|dirhams?|dollars?|shekels?)\b`,
  'u',
);
/** "موعد حقن العصب", "your injection appointment": a medicine word right after a booking noun names the booked service. */
const BOOKED_BEFORE = rule(String.raw`(?:(?<![${LETTER}])(?:موعد|ميعاد|حجز|جلسه|جلسات)(?:ك|كم|ها|ه)?|\b(?:appointment|booking|session)s?\s+(?:for|of))\s+(?:ال)?$`, 'u');

/** "your cortisone injection has been moved", "حقنة الكورتيزون اتأجلت": what happened to the booking is said of it. */
const BOOKED_AFTER = rule(
  String.raw`^(?:\s+\S+){0,2}?(?:\s+with\s+(?:dr\.?\s+|doctor\s+)?\S+(?:\s+\S+)?)?\s+(?:(?:has|have)\s+been|is|are|was|were|'s been|'s)\s+(?:now\s+|all\s+|also\s+)?(?:moved|booked|cancell?ed|rescheduled|confirmed|scheduled|set|pencilled|penciled|on)\b|^(?:\s+\S+)?\s+(?:appointment|session|slot|booking|visit|class|training)s?\b|^(?:\s+\S+){0,2}?\s+(?:ات|ان|تم\s+)(?:نقل|غير|اجل|لغي|حجز|اكد)[${LETTER}]*`,
  'u',
);

/**
 * A medicine word in a price quote, right after a booking noun, or before
 * what happened to the booking names a service the clinic offers, in the
 * patient's words rather than the catalog's ("حقن العصب القذالي" for "حقن
 * إحصار العصب القذالي", "your cortisone injection" for "Knee corticosteroid
 * injection").
 */
function offersAsService(text: string, rules: AdviceRules): boolean {
  if (PRICE.test(text)) return true;
  const medicine = rules.medicine.exec(text);
  if (medicine === null) return false;
  return (
    BOOKED_BEFORE.test(text.slice(Math.max(0, medicine.index - 20), medicine.index)) ||
    BOOKED_AFTER.test(text.slice(medicine.index + medicine[0].length, medicine.index + medicine[0].length + 60)) ||
    PROCEDURE_USES_BEFORE.test(text.slice(Math.max(0, medicine.index - 60), medicine.index)) ||
    PERFORMED_BY_BEFORE.test(text.slice(Math.max(0, medicine.index - 40), medicine.index))
  );
}

/** "د. مرتضى هو اللي يسوي حقن الشبكية عدنا", "د. سامر هو المسؤول عن حقن العمود الفقري", "Dr. Ali is the one who gives the injections": which clinician performs the service. */
const PERFORMED_BY_BEFORE = rule(
  String.raw`\bwho\s+(?:does|gives|performs|administers|carries out)\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?$|(?<![${LETTER}])(?:هو|هي)\s+(?:اللي|الي|الذي|التي|من)\s+(?:ي|ت|بي|بت)?(?:سوي|عمل|جري|عطي|قوم\s+ب)[${LETTER}]*\s+(?:ال)?$|(?<![${LETTER}])(?:هو|هي)\s+(?:ال)?(?:مسوول|مسووله|مسيول|مسيوله|مختص|مختصه)\s+(?:عن|ب)\s*(?:ال)?$|\b(?:is|'s)\s+(?:in charge of|responsible for)\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?$|\b(?:the doctor|the nurse|the team|the optometrist|we|she|he)\s+(?:has to\s+|have to\s+|needs to\s+|will\s+)?(?:wait for|puts? in|uses?|applies|gives?)\s+(?:the\s+|some\s+)?$`,
  'u',
);

/** "that" after a verb of saying or noting, in the dialects: "إنك", the Levantine "إنو", the Moroccan "بلي". */
const AR_THAT = '(?:ان|انك|انكي|انج|انه|انها|انو|بلي)';

/**
 * "Thanks for letting me know you're already using a Symbicort inhaler", "منيح إنك خبّرتنا إنك عم تاخد دوا مميّع للدم":
 * the patient's own medicine, as they told it, is not prescribed by saying it back.
 */
/** "A lot of patients ask about ear drops", "ناس كتير بيسألوا عن القطرة": a medicine others ask about is named, not given. */
const OTHERS_ASK_ABOUT = rule(
  String.raw`\b(?:patients|people|parents|mums|moms|families|clients|many|lots|a lot|some|most)\b(?:\s+\S+){0,3}?\s+(?:often\s+|usually\s+|sometimes\s+|also\s+)?ask(?:s|ed)?\s+(?:us\s+|me\s+)?(?:about|for|whether|if|what|how|which|when)\b|(?<![${LETTER}])(?:بيسالوا|يسالوا|يسالون|بيسالون|يستفسرون|بيستفسروا|يستفسروا)\s+(?:كتير\s+|كثير\s+|دايما\s+|دائما\s+)?عن(?![${LETTER}])`,
  'u',
);
const PATIENT_REPORTED_USE = rule(
  String.raw`\b(?:letting (?:me|us) know|for telling (?:me|us)|you(?:'ve| have)? (?:mentioned|told (?:me|us)|said|let (?:me|us) know)|(?:i've|i have|we've|we have) noted(?: down)?)\s+(?:(?:about\s+)?(?:\S+\s+){1,10}?and\s+)?(?:that\s+)?(?:(?:you're|you are|you've been|you have been|he's|she's|he is|she is|(?:(?:your|his|her)\s+)?\S+\s+(?:is|has been))\s+(?:already\s+|currently\s+|still\s+)?(?:using|taking|on)|(?:you|he|she|they)\s+(?:already\s+|currently\s+|still\s+|regularly\s+)?(?:take|takes|use|uses))\b` +
    // "Just so I've got it right: you've been taking half a Xanax most nights": what the patient has been doing, said back.
    String.raw`|^\s*(?:and\s+|so\s+)?you(?:'ve| have) been (?:taking|using)\b` +
    // "I've noted that your periods …, and that you're currently taking iron tablets": what was noted, the clause after.
    // "You mentioned you're 9 weeks pregnant, …, and are taking folic acid": the rest of what was said back, with or without its subject.
    String.raw`|^\s*and\s+(?:that\s+)?(?:you(?:'re| are| have been|'ve been)\s+|are\s+|have been\s+)(?:already\s+|currently\s+|still\s+)?(?:using|taking|on)\b` +
    // "Since he's already on risperidone, …": a medicine the patient is already on, as the reason for what follows.
    String.raw`|^\s*(?:since|as|because|given that)\s+(?:you(?:'re| are)|he(?:'s| is)|she(?:'s| is)|they(?:'re| are))\s+(?:already|currently|still)\s+(?:on|taking|using)\b` +
    // "سجّلت إنه ابنك بياخد أموكسيسيلين", "تقول إنك تاخذ هيدروكسي كلوروكين": what the patient said and the reply noted or said back.
    String.raw`|(?:(?<![${LETTER}])(?:فهمت|فهمنا|عرفت|عرفنا|خبرتنا|خبرتينا|خبرتني|خبرتيني|اخبرتنا|اخبرتني|قلتلنا|قلتيلنا|قلتلي|قلتيلي|قلت|قلتي|تقول|تقولي|تقولين|بتقول|بتقولي|بتقولين|ذكرت|ذكرتي|حكيتلنا|حكيتيلنا|حكيتلي|بلغتنا|سجلت|سجلنا|دونت|دونا|اخدت علم|اخذت علم)\s+(?:منك\s+|منكي\s+|منج\s+|ملاحظه\s+)?(?:ب)?|^\s*و)${AR_THAT}\s+(?:(?!(?:لازم|لازمك|لازمج|يجب|ضروري|المفروض|مفروض|خاصك|خاصج|خصك|خصج)\s)\S+\s+){0,2}?(?:عم\s+)?(?:[بتد]|بت|دت)?(?:تاخد|تاخذ|تاخدي|تاخذين|ياخد|ياخذ|اخد|اخذ|تستعمل|تستخدم|يستعمل|يستخدم|ستعمل|ستخدم|ماخد|ماخذ|ماخده|ماخذه|على)(?:ه|ها|هم)?(?![${LETTER}])` +
    // "عم تستعمل ليسترين مرتين باليوم", "دتاخذ أزيثرومايسين": the Levantine and Iraqi "you are taking", what the patient does, said back.
    String.raw`|^\s*و?(?:(?:انت|انتي)\s+)?(?:عم\s+|د)(?:تاخد|تاخذ|تاخدي|تاخذي|تاخذين|تستعمل|تستعملي|تستعملين|تستخدم|تستخدمي|تستخدمين)(?:ه|ها|هم)?(?![${LETTER}])`,
  'u',
);

/**
 * What names a medicine without giving it: one the patient named or is using, said back ("You mentioned bisoprolol",
 * "the nasal spray she's been using", "علب الأدوية اللي ذكرتيها"), or a clinician's remit ("Dr. Sameer, who handles our diuretic
 * adjustments", "د. عمر اللي بيتابع أدوية القلب").
 */
const NAMES_WITHOUT_GIVING = rule(
  String.raw`^\s*(?:and\s+|as\s+)?you(?:'ve| have)?\s+(?:mentioned|listed|named)\b|^\s*(?:and\s+)?(?:any|your|all|other)\s+questions?\s+(?:about|on|regarding)\b|\b(?:you|he|she|they)(?:'ve|'s| have| has)\s+been\s+(?:using|taking|on|given|prescribed)\b` +
    String.raw`|\bwho\s+(?:handles|manages|runs|oversees|leads|looks after|takes care of|is in charge of|specialises in|specializes in)\b` +
    // "… because you missed two doses of your amlodipine", "the pain came back after you stopped the Buscopan": what the patient did
    // with their own medicine, said back.
    String.raw`|\b(?:(?:after|since|when|because|before)\s+you\s+(?:stopped|started|finished|came off)|you\s+(?:missed|forgot|skipped|ran out of))\s+(?:\S+\s+){0,3}?(?:your|the)\b` +
    // "your questions about the steroids you're taking": what the patient is on, said back.
    String.raw`|\b(?:the|your|his|her)\s+(?:\S+\s+){0,3}?(?:you're|you are|he's|she's|they're)\s+(?:currently\s+|already\s+|still\s+)?(?:taking|using)\b` +
    // "… especially while you're on bisoprolol.": what the patient is on, a clause of nothing more (not "Since you're on insulin, …").
    String.raw`|^\s*(?:you're|you are|he's|she's|he is|she is|they're|they are)\s+(?:already\s+|currently\s+|still\s+)?on\s+(?:\S+\s+){0,3}?\S+[.!]?\s*$` +
    // "your son is now on iron drops": what the patient is already on, stated.
    String.raw`|\b(?:your|his|her)\s+\S+\s+(?:is|'s)\s+(?:now\s+|currently\s+|already\s+|still\s+)?on\b` +
    String.raw`|(?<![${LETTER}])(?:ذكرتي|ذكرتيلي|ذكرتلي|ذكرتلنا|ذكرتيلنا|ذكرتولي|قلتيلي|قلتلي|قلتلنا|قلتيلنا|ذكرتيها|ذكرتيهم|ذكرتها|ذكرتهم|ذكرتوها)(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])(?:اللي|الي|الذي|التي)\s+(?:[بي]|بي|ت|بت)?(?:تابع|شرف|تولي)(?![${LETTER}])`,
  'u',
);

/**
 * "تطلب العيادة قبل هذا التحليل عدم استخدام غسول الفم", "please don't use mouthwash or mints on the day of the breath test": a product
 * not to be used before a test is how to prepare for it. Only "use", "apply" or "wear": a medicine stopped or not taken is still advice.
 */
const AVOIDS_USING = rule(
  String.raw`\b(?:don't|do not|not to|avoid|refrain from|without)\s+(?:use|using|apply|applying|wear|wearing)\b|(?<![${LETTER}])(?:عدم|بدون|بلا|ما|لا)\s+(?:استخدام|استعمال|تستخدم|تستعمل|تستخدمي|تستعملي|تستخدمين|تستعملين|تحط|تحطي)(?![${LETTER}])`,
  'u',
);
const AVOIDED_FOR_TEST = gated(/\b(?:don't|do not|avoid|no|try not to)\s+(?:smok(?:e|ing)|caffeine|coffee|tea|exercis(?:e|ing)|alcohol|heavy meals?|a heavy meal|eat(?:ing)?|drink(?:ing)?|nap(?:ping)?|(?:solid\s+|clear\s+)?(?:food|fluids|liquids|drinks))\b/);
const ON_THE_DAY = gated(/\bon the day\b/);
/** "For your balance assessment on Thursday, please avoid coffee …": food or drink kept off for an assessment too (not a medicine: "pausing it … before your assessment" is advice). */
const FOR_ASSESSMENT = gated(/\b(?:for|before|ahead of)\s+(?:the|your|this)\s+(?:\S+\s+){0,2}?(?:assessment|evaluation|mapping|audiogram)\b/);
/** "please brush and floss thoroughly before you come in", "keep soft contact lenses out for the full week before the scan": getting ready for the visit is preparation, not care. */
const GROOMED_FOR_VISIT =
  gated(/\b(?:brush|floss|clean|wash|shower|shave|remove|(?:keep|leave|take)\s+(?:your\s+)?(?:soft\s+|hard\s+|rigid\s+)?(?:contact\s+)?(?:lenses|contacts)\s+out|(?:stop|avoid)\s+wearing\s+(?:your\s+)?(?:soft\s+|hard\s+|rigid\s+)?(?:contact\s+)?(?:lenses|contacts))\b[^.;]*\bbefore\s+(?:you\s+come\s+in|coming\s+in|(?:your|the)\s+(?:\S+\s+)?(?:appointment|visit|fitting|session|procedure|consultation|scan|test|mapping|assessment|surgery))\b/);
const BEFORE_TEST = rule(
  String.raw`\b(?:before|ahead of|on the day of|the morning of|for|to prepare for)\s+(?:the|your|this)\s+(?:\S+\s+){0,2}?(?:test|scan|analysis|measurement|mammogram|x-ray|ultrasound|study)\b|(?<![${LETTER}])(?:قبل|يوم|استعدادا ل|تحضيرا ل|للتحضير ل|للاستعداد ل)\s*(?:هذا\s+|هاد\s+|هيدا\s+)?(?:ال)?(?:تحليل|فحص|اختبار|اشعه|تصوير|سونار)(?![${LETTER}])`,
  'u',
);

/** "an hour before your appointment", "قبل الموعد بساعة": a set time before the visit. */
const TIMED_BEFORE_VISIT = rule(
  String.raw`\b(?:an?|one|two|three|half an|the|\d+)\s+(?:hours?|minutes?)\s+before\s+(?:(?:the|your|his|her)\s+(?:\S+\s+)?)?(?:appointment|visit|scan|test|ultrasound|x-ray|surgery|operation|procedure|anaesthetic|anesthetic|sedation|endoscopy|scope)\b` +
    String.raw`|(?<![${LETTER}])قبل\s+(?:ال)?(?:موعد|فحص|تحليل|سونار|اشعه|زياره)[${LETTER}]*\s+(?:\S+\s+)?ب(?:ساعه|ساعتين|نص ساعه|[\d]+)(?![${LETTER}])` +
    // "لمدة ثلاث ساعات قبل الموعد": the time first.
    String.raw`|(?<![${LETTER}])(?:ساعه|ساعتين|نص ساعه|(?:[\d]+|تلات|ثلاث|اربع|خمس|ست)\s+(?:ساعات|ساعه))\s+قبل\s+(?:ال)?(?:موعد|ميعاد|فحص|تحليل|سونار|اشعه|زياره|عمليه|جلسه)`,
  'u',
);

/**
 * Whether the model may flag a sentence of the reply that it rates as advice (at `probability`, at or above the model's
 * threshold). Not when the rules read it as deferring to the clinician or refusing ("the doctor will decide when …"),
 * as restating the patient's symptoms with empathy before a refusal ("That sounds like a tiring few days, with sore
 * nipples … I can't give medical advice over chat"), or as preparing for a test or visit ("Before your scan on
 * Wednesday, drink a litre of water", "قبل الموعد بساعة"). Otherwise, a sentence that names something clinical (a body
 * part, symptom, condition, medicine, product, treatment, test or lifestyle term) may be flagged at the model's threshold; one
 * that names nothing clinical only when the model is nearly sure (the sleeve "than the balloon", "a brisk walk after each
 * meal") and it is not about paperwork, booking, waiting or paying, where a hedge ("you'll most likely need your ID
 * card") is what the model would be weighing, nor empathy alone ("It sounds like you're dealing with a lot right now").
 */
export function modelMayFlag(reply: ReplyText, sentence: Span, probability: number): boolean {
  const text = reply.lower.slice(sentence.start, sentence.end);
  const rules = rulesFor(text);
  if (anyRule(rules, 'refusal', text) || defers(rules, text)) return false;
  if (rules.some((set) => set.empathy.test(text)) && refusesNext(reply, sentence)) return false;
  if (BEFORE_TEST.test(text) || TIMED_BEFORE_VISIT.test(text)) return false;
  const clinical = rules.some(
    (set) => set.bodyPart.test(text) || set.clinical.test(text) || set.product.test(text) || set.treatment.test(text) || set.lifestyle.test(text) || set.test.test(text),
  );
  if (clinical) return true;
  return probability >= NEARLY_SURE && !ADMINISTRATIVE.test(text) && !PRICE.test(text) && !rules.some((set) => set.bringAlong.test(text) || set.empathy.test(text));
}

/** How sure the model must be of a sentence that names nothing clinical (chosen on held-out rounds; docs/guardrails.md). */
const NEARLY_SURE = 0.95;

/** Paperwork, booking, waiting and paying: what a sentence with no clinical word is about when it is logistics. */
const ADMINISTRATIVE = rule(
  String.raw`\b(?:forms?|signatures?|sign|id|card|registration|register|referral|letter|insurers?|insurance|payment|pay|receipt|invoice|parking|wait|waiting|queue|booking|book|reception|paperwork|documents?)\b` +
    String.raw`|(?<![${LETTER}])(?:[وبلف]|بال|وال|فال|لل|ال)?(?:حجز|انتظار|تسجيل|استماره|بطاقه|هويه|تامين|تحويل|دفع|فاتوره|ايصال|موقف|مواقف|استقبال|اوراق|ورقه)(?![${LETTER}])`,
  'u',
);

/** The test may be named in the clause before ("Before the breath test, please don't use mouthwash"). */
function avoidedBeforeTest(text: string, before: string): boolean {
  return AVOIDS_USING.test(text) && (BEFORE_TEST.test(text) || BEFORE_TEST.test(before));
}

const GLOBAL_MEDICINE = new Map<GatedPattern, RegExp>();

/** "spironolactone and dapagliflozin)": a clause of nothing but medicine names, the rest of a list said back. */
function onlyMedicines(text: string, rules: AdviceRules): boolean {
  let medicines = GLOBAL_MEDICINE.get(rules.medicine);
  if (!medicines) GLOBAL_MEDICINE.set(rules.medicine, (medicines = new RegExp(rules.medicine.source, `${rules.medicine.flags}g`)));
  // "والبيسوبرولول": a glued "and" and article are left out, as the lists hold the bare names.
  const bare = text.replace(/(^|\s)و?ال(?=[\u0621-\u064a])/gu, '$1');
  const rest = bare.replace(medicines, ' ');
  return rest !== bare && rest.split(/[\s,.()&]+/).every((word) => word === '' || word === 'and' || word === 'or');
}

/** "فهمت إنك صرت تتعب … وتحتاج مخدتين عشان تنام", "I understand you need two pillows": what the patient said, said back. */
const SAID_BACK_OPENING = rule(
  String.raw`^\s*(?:and\s+)?(?:i\s+understand|i\s+hear|i\s+see|i've\s+noted|i\s+have\s+noted|you\s+(?:mentioned|said|told\s+(?:me|us)))\s+(?:that\s+)?(?:you|he|she|your|his|her)\b` +
    String.raw`|^\s*[وف]?(?:فهمت|فهمنا|عرفت|عرفنا|سجلت|سجلنا|قلتيلي|قلتلي|قلتلنا|قلتيلنا|ذكرتي|ذكرتيلي|ذكرتلي|حكيتلي|حكيتيلي|خبرتني|خبرتيني|خبرتنا|خبرتينا)\s+(?:من\s+(?:كلامك|رسالتك)\s+|منك\s+|منكي\s+|منج\s+|عليك\s+|عليكي\s+|عليكم\s+)?(?:ب)?${AR_THAT}(?![${LETTER}])`,
  'u',
);

/** A clause with no subject of its own, going on from the clause before ("…, is now on iron drops"). */
const SUBJECT_GOES_ON = gated(/^\s*(?:and\s+)?(?:is|was|are|were|has|had|has been|have been)\b/);

/**
 * Whether the clause names a medicine without giving it: said back, in its own words or as the rest of a list or a
 * subject said back in the clause before ("I understand your son was born early, is now on iron drops …"), or as a
 * clinician's remit.
 */
function namesWithoutGiving(text: string, before: string, withoutServices: string, rules: AdviceRules): boolean {
  return (
    NAMES_WITHOUT_GIVING.test(text) ||
    SAID_BACK_OPENING.test(text) ||
    (SUBJECT_GOES_ON.test(text) && SAID_BACK_OPENING.test(before)) ||
    // "you're on ocrelizumab (Ocrevus) infusions": a brand in brackets after the patient's own medicine, said back.
    (onlyMedicines(withoutServices, rules) && (NAMES_WITHOUT_GIVING.test(before) || PATIENT_REPORTED_USE.test(before))) ||
    // "واش خير ليك، الكورتيزون ولا الليزر": the options of the question in the clause before.
    (rules.openQuestion.test(before) && OPTIONS_ONLY.test(text))
  );
}

const OPTIONS_ONLY = gated(/^\s*(?:\S+\s+){1,3}?(?:ولا|او|or)\s+(?:\S+\s*){1,3}$/u);

/** "physio will do more for your walking than a new drug", "العلاج الطبيعي رح يفيدك أكثر من تغيير الدوا": one care weighed against another. */
const COMPARES_CARE = rule(
  String.raw`\b(?:will|would|'ll|could|can|should|does|do)\s+(?:probably\s+|likely\s+|definitely\s+|honestly\s+|really\s+)?(?:do|help)\s+(?:much\s+|far\s+|a lot\s+|way\s+|a great deal\s+)?(?:more|better)\s+(?:for|with)\s+(?:your|his|her|their|the)\s+\S+(?:\s+\S+){0,2}?\s+than\b` +
    // "dry needling releases the trigger point much faster than massage", "will do the same job as a custom splint".
    String.raw`|\b(?:much|far|a lot|way)\s+(?:faster|quicker|more quickly|more effectively)\s+than\b|\b(?:do|does|will do|would do)\s+(?:exactly\s+|pretty much\s+|basically\s+)?the\s+same\s+job\s+as\b` +
    // "walking will do your heart more good than cycling", "much safer than going to a gym".
    String.raw`|\b(?:will|would|'ll|does|do)\s+(?:\S+\s+){0,2}?(?:much\s+|far\s+|a lot\s+)?more good than\b|\b(?:is|are|'s)\s+(?:(?:much|far|a lot|way|generally|usually)\s+)?(?:safer|riskier|gentler)\s+than\b` +
    // "physiotherapy will help far more than any change to his medication".
    String.raw`|\b(?:will|would|'ll|could|can|should|does|do)\s+(?:probably\s+|likely\s+|definitely\s+|honestly\s+|really\s+)?(?:do|help)\s+(?:much\s+|far\s+|a lot\s+|way\s+|a great deal\s+)?more\s+than\b` +
    // "a PET-CT would tell you more than another plain CT", "steam … works almost as well for loosening the phlegm".
    String.raw`|\b(?:will|would|'ll|'d|could|can)\s+(?:probably\s+|likely\s+|definitely\s+|honestly\s+|really\s+)?(?:tell|show)\s+(?:you|us|him|her|them|the doctor)\s+(?:much\s+|far\s+|a lot\s+|a great deal\s+)?more\s+than\b|\bworks?\s+(?:almost|nearly|just|about|pretty much)\s+as\s+well\b` +
    // "That lingering dry cough should ease with warm honey": a symptom said to settle with a remedy (not "with time").
    String.raw`|\b(?:should|will|'ll|would)\s+(?:ease|settle|clear(?: up)?|improve|calm(?: down)?|heal|get better)\s+with\s+(?!time\b)` +
    // "you really want the allergy skin prick test rather than spirometry": one test or treatment urged over another.
    String.raw`|\byou (?:really|honestly|definitely|probably) (?:want|need) (?:the|a|an)\s+(?:\S+\s+){1,5}?rather than\b` +
    // "has a much lower recurrence rate than sclerotherapy", "the home test is just as accurate as the lab study", "the RSV shot matters more than".
    // "a BiPAP will do a much better job than a CPAP", "protect just as well as the injection".
    String.raw`|\bdo(?:es)?\s+(?:a\s+)?(?:much\s+|far\s+|way\s+)?better\s+job\s+than\b|\b(?:protects?|helps?|performs?)\s+(?:almost|nearly|just|about|pretty much)\s+as\s+well\s+as\b` +
    // "what you really need is a pressure-relief cushion", "a better fit than", "vaping is a great first step".
    String.raw`|\bwhat\s+(?:you|he|she|they)\s+(?:really|actually|honestly)\s+needs?\s+is\b|\b(?:a\s+)?better\s+fit\s+than\b|\b(?:is|are|'s|would be)\s+(?:a|the)\s+(?:great|good|sensible|smart|best|right)\s+first\s+step\b` +
    String.raw`|\bmatters?\s+(?:much\s+|far\s+|a lot\s+|way\s+)?more\s+than\b|\b(?:is|are|'s)\s+(?:much\s+|far\s+|a lot\s+|way\s+)?more\s+important\s+than\b` +
    String.raw`|\b(?:has|have)\s+(?:a\s+)?(?:much\s+|far\s+|way\s+|a lot\s+)?(?:lower|higher|better|worse)\s+(?:recurrence|success|complication|relapse|failure|cure)\s+rates?\s+than\b` +
    String.raw`|\b(?:is|are|'s)\s+(?:just\s+|every bit\s+|about\s+|pretty much\s+|almost\s+)?as\s+(?:accurate|reliable|effective|safe|good)\s+as\b` +
    // "a keto diet would get results faster than our family programme".
    String.raw`|\b(?:get|gets|give|gives)\s+(?:you\s+)?results\s+(?:faster|quicker|sooner)\s+than\b` +
    // "ICSI will give you much better chances than IUI".
    String.raw`|\b(?:is|are|'s)\s+(?:usually\s+|probably\s+|generally\s+|honestly\s+)?(?:enough|plenty|sufficient)\s+without\b` +
    String.raw`|\b(?:give|gives|offer|offers)\s+(?:(?:you|him|her|them|couples|patients)\s+)?(?:much\s+|far\s+|a lot\s+|way\s+)?(?:better|higher)\s+(?:chances?|odds|results|success(?:\s+rates?)?)\s+than\b` +
    String.raw`|\b(?:is|are|'s)\s+(?:(?:honestly|really|much|far|a lot|generally|usually)\s+)*(?:less|more)\s+(?:invasive|painful|risky|effective|harmful|accurate|reliable)\s+than\b|\bworks?\s+(?:much\s+|far\s+|a lot\s+|way\s+)?(?:faster|better|quicker)\s+than\b|\bis\s+(?:usually\s+|honestly\s+|probably\s+|generally\s+)?(?:enough|plenty|sufficient)\s+for\s+(?:most|many)\b|(?<![${LETTER}])(?:رح\s+|راح\s+)?(?:[بيتهح]|بي|بت|هي|هت)?(?:فيد|ساعد|نفع)(?:ك|كي|ج|كم|ه|ها)?\s+(?:\S+\s+)?(?:اكثر|اكتر|احسن|افضل)\s+من(?![${LETTER}])|(?<![${LETTER}])(?:اقل|اكثر|اكتر)\s+(?:ضررا|ضرر|خطوره|خطرا|خطر|الما|الم|فعاليه|فاعليه|فايده|نجاعه)\s+(?:بكثير\s+|بكتير\s+)?من(?![${LETTER}])` +
    // "العلاج البايولوجي أحسن بهواية من الكورتيزون", "تقييم البلع بالمنظار أدق من دراسة الأشعة": better by far, or more precise, than another.
    String.raw`|(?<![${LETTER}])(?:احسن|افضل|اقوي|انجع|ادق)\s+(?:بهوايه|بواجد|وايد|بزاف|برشا|بكثير|بكتير)\s+من(?![${LETTER}])|(?<![${LETTER}])(?:ادق|انفع|اسلم)\s+من(?![${LETTER}])|(?<![${LETTER}])(?:احسن|افضل|انسب|اقوي|انجع|ادق)\s+و(?:احسن|افضل|اسلم|اقوي|انجع|ادق|اسهل|اسرع|اريح|اوفر)\s+(?:\S+\s+)?من(?![${LETTER}])|(?<![${LETTER}])(?:احسن|افضل|انسب|اقوي|انجع|خير)\s+(?:لك\s+|لكي\s+|ليك\s+)?من\s+(?:ال)?(?:علاج|دواء|دوا|حبوب|ابر|حقن|جلسات|عمليه|جراحه)(?![${LETTER}])` +
    // "الفيبوكسوستات أحسن لك من الألوبيورينول": better for the patient than something else, beside a treatment.
    String.raw`|(?<![${LETTER}])(?:احسن|افضل|انسب|خير|حسن|انفع|اسلم|انجع)\s*(?:لك|لكي|ليك|لج|له|لها|ليه|ليها|ل(?:ابن|بنت|ولد|طفل)[${LETTER}]*)\s+من(?![${LETTER}])` +
    // "الهمس أريح لأحبالك الصوتية من الكلام العادي": easier on the body than something else.
    String.raw`|(?<![${LETTER}])(?:اريح|اخف|ارحم)\s+(?:ل|علي|على)\s*(?:\S+\s+){1,2}?من(?![${LETTER}])` +
    // "تطبيق تمارين نطق بالبيت بيعطي نفس النتيجة": another care said to do just as well.
    String.raw`|(?<![${LETTER}])[وف]?(?:[بته]?[يت]عطي|[بته]?[يت]جيب|[بته]?[يت]دي)(?:وا|و)?\s+نفس\s+(?:ال)?(?:نتيجه|نتايج|مفعول|فايده|فعاليه)(?![${LETTER}])` +
    String.raw`|\b(?:gives?|gets?|has|have)\s+(?:you\s+)?(?:exactly\s+|pretty much\s+|basically\s+)?the\s+same\s+(?:results?|effect|benefit)\s+as\b`,
  'u',
);

/** "a procedure that uses special eye drops and UV light", "جلسة بتستخدم قطرة …": what a procedure is made of, described. */
const PROCEDURE_USES_BEFORE = rule(
  String.raw`\b(?:procedure|treatment|test|technique|therapy|scan|session)\s+(?:that|which|where)\s+(?:\S+\s+){0,2}?(?:uses?|involves?|combines?|applies)\s+(?:\S+\s+){0,3}?$|(?<![${LETTER}])(?:اجراء|عمليه|جلسه|تقنيه|فحص)\s+(?:\S+\s+)?(?:بيستخدم|يستخدم|تستخدم|بتستخدم|يعتمد علي|بيعتمد علي|يتم فيه|يتم فيها)\s+(?:\S+\s+){0,3}?$`,
  'u',
);

/** A match that is not inside an open question before it ("worried about whether she should keep taking her blood thinner"). */
function assertsOutsideQuestion(text: string, construction: Finder, rules: AdviceRules): boolean {
  const match = construction.exec(text);
  if (!match) return false;
  const question = rules.openQuestion.exec(text);
  return question === null || question.index > match.index;
}

function namesMedicineNearby(text: string, rules: AdviceRules, before: string): boolean {
  return [text, before].some((part) => rules.medicine.test(part) || rules.product.test(part) || rules.treatment.test(part));
}

/** A body part, symptom, condition or medicine in the clause or the one before: what makes a restriction about the body. */
function clinicalNearby(text: string, rules: AdviceRules, before: string): boolean {
  return rules.bodyPart.test(text) || rules.bodyPart.test(before) || rules.clinical.test(text) || rules.clinical.test(before);
}

/** "هي اللي رح تاخد القياسات وتركّب المشد": a verb after "she is the one who" describes what staff do; it directs no one. */
const STAFF_SUBJECT_BEFORE = rule(String.raw`(?<![${LETTER}])(?:هي|هو|هم)\s+(?:اللي|الي|التي|الذي)\s+(?:\S+\s+){0,2}$`, 'u');

/** Verbs of keeping off something ("hold off on", "بلاش"): with them a procedure, not only a home treatment, is what is kept off. */
const KEEP_OFF = rule(String.raw`\b(?:avoid|hold off on|put off|go easy on|skip|stop|delay|postpone)\b|(?<![${LETTER}])(?:بلاش|تجنب|تجنبي|اجل|اجلي|وقف|وقفي|ابعد عن|ابعدي عن)(?![${LETTER}])`, 'u');

/** A directive followed by a treatment; booking talk between them ("you should book a scaling") is not a recommendation to treat. */
/** Directives to use, have or do something (not "keep your drops in the fridge", "كمّل باقي الجلسات"); or to keep off it. */
const USE_OR_DO = gated(/\b(?:use|apply|try|take|do|get|have|start|hold off on|put off|avoid|skip|stop)\b|(?<![\u0621-\u064a])[وف]?(?:استعمل|استعملي|استخدم|استخدمي|دير|ديري|ديرو|سو|سوي|اعمل|اعملي|جرب|جربي|حط|حطي|خد|خدي|خذ|خذي|خود|خودي|ادهن|ادهني|وقف|وقفي|بطل|بطلي)(?![\u0621-\u064a])/u);
function directsTreatment(text: string, rules: AdviceRules): boolean {
  const directive = rules.directive.exec(text);
  if (!directive || STAFF_SUBJECT_BEFORE.test(text.slice(0, directive.index))) return false;
  const after = text.slice(directive.index + directive[0].length);
  // "I'd hold off on the Botox for now": a procedure kept off is advice too.
  // Not "stop by the clinic for a filling".
  // "استعملي الكريم", "ديري جلسات الليزر": a product to use or a procedure to have, told outright (not "it helps to come without make-up").
  const toUseOrHave =
    USE_OR_DO.test(directive[0]) && !rules.logistics.test(after) && !(KEEP_OFF.test(directive[0]) && /^\s+(?:by|in|off|at|over)\b/.test(after));
  // "you should definitely have an FNA biopsy": a test the patient is told they should have (not "get your X-ray report").
  const treatment =
    rules.treatment.exec(after) ??
    (toUseOrHave ? (rules.product.exec(after) ?? rules.procedure.exec(after)) : null) ??
    (ADVISING.test(directive[0]) ? (rules.test.exec(after) ?? rules.procedure.exec(after) ?? adviceOnHabit(text, after, rules)) : null);
  return treatment !== null && !rules.bookingTalk.test(after.slice(0, treatment.index));
}

/**
 * "we advise you to avoid hot baths", "ننصحك بتجنب الاستحمام بالماء الساخن": advice about a habit, food or drink, but not
 * the patient's question said back ("بالنسبة لسؤالك إذا لازم توقفي الحليب").
 */
function adviceOnHabit(text: string, after: string, rules: AdviceRules): RegExpExecArray | null {
  return rules.openQuestion.test(text) || rules.conditional.test(text) ? null : rules.lifestyle.exec(after);
}

/** A directive that advises, rather than asks for an errand: "you should", "I'd recommend", "لازم", "يفضل". */
const ADVISING = rule(String.raw`\b(?:should|need to|must|recommend|suggest|advise|better|best to|go straight for|opt for)\b|(?<![${LETTER}])(?:لازم|يفضل|يستحسن|الافضل|الاحسن|انصح|انصحك|بنصحك|ننصح|ننصحك|ننصحكم|بننصحك|نوصي|نوصيك|ينصح|ينصحك)(?![${LETTER}])`, 'u');

/**
 * A frequency with a product ("the drops every night", "الكريم كل ليلة"),
 * with a verb of applying something in a clinical clause ("rub it on the gum
 * before bed"), or with a treatment and a body part ("olive oil in the ear at
 * night"). A frequency alone ("open every day") or "apply online" is not.
 */
function schedulesProduct(text: string, rules: AdviceRules, before: string): boolean {
  if (!rules.frequency.test(text)) return false;
  // "… a vitamin C cream; use it every morning": the product may be named in the clause before.
  // "a warm compress on your lower back a few times a day": a home treatment on the body, scheduled.
  return rules.product.test(text) || (rules.application.test(text) && (rules.clinical.test(text) || rules.product.test(before))) || (rules.treatment.test(text) && rules.bodyPart.test(text));
}

/** "When you feel an attack coming on, try …": what to do when a symptom comes, in the clause or right after the clause that says it. */
function actsOnSymptom(text: string, rules: AdviceRules, before: string): boolean {
  const comes = rules.symptomComes.exec(text);
  if (comes) return rules.symptomAction.test(text.slice(comes.index + comes[0].length));
  return rules.symptomComes.test(before) && rules.symptomAction.test(` ${text}`);
}

/**
 * "… and rinse with salt water afterwards", unless a clinician, "we" or a
 * modal before it, in the clause or the one before ("our hygienist will
 * scale, polish and rinse"), makes it a description of the visit.
 */
function chainsDirective(text: string, rules: AdviceRules, before: string): boolean {
  const chained = rules.chainedDirective.exec(text);
  return chained !== null && !rules.describedSubject.test(text.slice(0, chained.index)) && !rules.describedSubject.test(before);
}

/**
 * "Many parents find a gluten-free, casein-free diet really helps with
 * behaviour": what many patients find helps, about the body or a diet. The
 * list may run over a comma, so the clause before is read with it.
 */
/** `earlier`: all of the sentence before the clause. */
function findsHelpful(text: string, rules: AdviceRules, before: string, earlier: string): boolean {
  if (saysHelpful(text, rules)) return true;
  // "If the Vyvanse is keeping you up at night, many patients find that taking it earlier helps": what "it" is, said just before.
  if ((MANY_FIND_HELPS.test(text) || AR_MANY_FIND_HELPS.test(text)) && rules.medicine.test(before)) return true;
  // "كتير سيدات بيجرّبوا زيت زهرة الربيع للهبّات، وبيفرق معهن": what many try, said to help in the clause after.
  if (before !== '' && /\bfind\b/.test(before) && saysHelpful(`${before}, ${text}`, rules)) return true;
  return AR_MANY_TRY.test(earlier) && saysHelpful(`${earlier} ${text}`, rules);
}

function saysHelpful(part: string, rules: AdviceRules): boolean {
  const many = MANY_FIND_HELPS.test(part) || AR_MANY_FIND_HELPS.test(part) || MANY_CUT_BACK.test(part);
  return many && (rules.clinical.test(part) || rules.diet.test(part));
}

/** "That stretch takes the strain off your lower back", unless a clinician does it ("Dr. Mona will fix the tooth"). */
function claimsEffect(text: string, rules: AdviceRules): boolean {
  const effect = rules.effect.exec(text);
  if (effect === null) return false;
  const before = text.slice(0, effect.index);
  // "جلسة شد الفقرات": after "session" the verb is a noun naming the session, not a claim.
  // "يا أستاذة هدى": after a vocative or title the word is a name ("هدى" folds to the verb "هدي").
  // "a procedure that uses … UV light to strengthen the cornea": what a procedure does in general, not to "your" cornea.
  if (PROCEDURE_DESCRIBED.test(before) && !YOURS.test(text.slice(effect.index))) return false;
  // "وتبي تعرفي إذا الحزام بيصلّح وركها": whether it does, asked.
  return !rules.clinicianSubject.test(before) && !SESSION_OF.test(before) && !VOCATIVE_BEFORE.test(before) && !ASKED_WHETHER_BEFORE.test(before);
}

const ASKED_WHETHER_BEFORE = rule(
  String.raw`\b(?:know|wondering|wonder|wondered|ask|asked|asking|sure)\s+(?:whether|if)\s+(?:\S+\s+){0,3}$|(?<![${LETTER}])[${LETTER}]*(?:عرف|سال|تاكد)[${LETTER}]*\s+(?:اذا|ان كان|هل|لو)\s+(?:\S+\s+){0,3}$`,
  'u',
);

const PROCEDURE_DESCRIBED = gated(/\b(?:procedure|treatment|test|technique|therapy|scan|session|injection|device|method)s?\s+(?:that|which|where)\b/);
const YOURS = gated(/\b(?:your|you)\b/);

const VOCATIVE_BEFORE = rule(String.raw`(?<![${LETTER}])(?:يا|استاذ|استاذه|مدام|انسه|ام|ابو)\s+$`, 'u');

const SESSION_OF = rule(String.raw`(?<![${LETTER}])[وبلف]?(?:ال)?جلس(?:ه|ات|تين|ت[كه]|تها)\s+$`, 'u');

/**
 * Permission to do, stop or resume something clinical ("you should be fine to
 * start jogging", "تقدر توقف الحبوب"), or a judgement that a treatment or test
 * is not needed ("no need to wear the brace", "ما تحتاج أشعة"). Errands ("no
 * need to bring anything") and booking talk ("you can keep your appointment")
 * are not advice.
 */
const FASTING_NEXT = gated(/^\s*(?:to\s+)?(?:fast|fasting)\b|^\s*(?:لل|ل|ال)?(?:صيام|صوم)(?![\u0621-\u064a])/u);
function permits(text: string, rules: AdviceRules, before: string): boolean {
  for (const [construction, clinical] of [
    [rules.permission, rules.clinical],
    [rules.noNeed, rules.clinicalOrTest],
  ] as const) {
    const match = construction.exec(text);
    if (!match) continue;
    const rest = text.slice(match.index + match[0].length);
    // "لا حاجة للصيام", "no need to fast": fasting is how a test is prepared for, not care.
    if (construction === rules.noNeed && FASTING_NEXT.test(rest)) continue;
    // "لازم تكوني صايمة من الليل، وفيكي تشربي مي عادي": water allowed during a fast for a test is part of that preparation.
    if (construction === rules.permission && ONLY_WATER.test(rest) && FASTING.test(before)) continue;
    // Booking talk makes it an errand ("you can start your physio sessions once you book"), unless it only says until when ("… لحد موعدك").
    if (rules.logistics.test(rest) || rules.bookingTalk.test(text.replace(UNTIL_THE_VISIT, ''))) continue;
    // "ما فيه مشكلة تكملون تعطونه بيض مخبوز": permission to eat or give a food is advice too.
    // "you can probably skip the glucose test": a test may be what is skipped.
    const skipped = construction === rules.permission && SKIP.test(match[0]) ? rules.clinicalOrTest : clinical;
    if (skipped.test(rest) || (construction === rules.permission && rules.diet.test(rest))) return true;
    // "you probably don't need a psychiatrist just yet", "ما في داعي ولادك يعملوا فحص": whether a specialist or a test is needed at all.
    if (construction === rules.noNeed && SPECIALIST_OR_TEST.test(rest)) return true;
    // "دامك ما تحس بالخفقان … ما تحتاجه", "since your ECG was normal, you don't need one": what is not needed was named before.
    if (construction === rules.noNeed && NEEDED_BEFORE.test(`${match[0]}${rest}`) && (clinical.test(text.slice(0, match.index)) || clinical.test(before))) return true;
    // "إذا كان المثبت يسبب لك ألماً، يمكنك التوقف عن ارتدائه": what may be stopped is named in the clause before.
    if (construction === rules.permission && rules.clinical.test(before)) return true;
  }
  return false;
}

const FASTING = gated(/\b(?:fast|fasting|fasted|nil by mouth)\b|(?<![\u0621-\u064a])(?:صايم|صايمه|صايمين|صيام|صوم|الصيام|الصوم)(?![\u0621-\u064a])/u);
const ONLY_WATER = /^\s*(?:\S+\s+){0,2}?(?:plain\s+)?(?:water|مي|ميه|مويه|ماء|المي|الميه|المويه|الماء)(?:\s+(?:عادي|only|بس|فقط|as normal|as usual))?\s*[.!]?\s*$/u;

/** Skipping or putting off: what is skipped may be a test ("you can probably skip the glucose test", "تقدر تأجل فحص الشبكية"). */
const SKIP = gated(/\b(?:skip|go without|put off|postpone)\b|(?<![\u0621-\u064a])ت?(?:اجل|اجلي|اخر|اخري|فوت|فوتي)(?![\u0621-\u064a])/u);

const MOST_DO_WELL =
  gated(/\b(?:most|many)\s+(?:of\s+(?:our\s+|the\s+)?)?(?:new\s+|young\s+|older\s+)?(?:kids|children|babies|infants|toddlers|people|patients|adults|women|men|mums|moms|mothers|teens|athletes)\s+(?:\S+\s+){0,10}?(?:(?:do|get on|respond)\s+(?:really\s+|very\s+|pretty\s+|so\s+)?(?:well|nicely|brilliantly)|(?:start\s+|begin\s+)?(?:feeling|to feel|feel)\s+(?:much\s+|a lot\s+|a bit\s+)?better|improve|recover|clear up|get better|settle(?: down)?|see (?:a |an )?(?:big |real |huge |great |noticeable )?(?:improvement|difference))\s+(?:with|on|after|in|within|when|once)\b|\b(?:most|many)\s+(?:players|athletes|runners|people|patients|kids|children)\s+(?:\S+\s+){0,3}?(?:get|go|are)\s+back\s+(?:to|on)\s+(?:\S+\s+){0,6}?(?:after|within)\b/);
/** "Most babies born around 32 weeks catch up fully by two": a child's development foretold, with or without a clinical word. */
const MOST_CATCH_UP = gated(/\b(?:most|many)\s+(?:babies|kids|children|toddlers|preemies)\s+(?:\S+\s+){0,6}?catch(?:es)?\s+up\b/);

/** A slot, a day or a branch: what a choice "instead" is about when it is a booking. */
const SLOT_TALK = rule(
  String.raw`\b(?:slots?|appointments?|times?|am|pm|mornings?|afternoons?|evenings?|days?|branch|dr|doctor|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b|\d:\d|(?<![${LETTER}])(?:ال)?(?:موعد|ميعاد|ساعه|يوم|صبح|مسا|فرع|دكتور|دكتوره|بكره|بكرا)(?![${LETTER}])`,
  'u',
);

/** "ما تحتاجه", "don't need it", "… isn't something you need": the thing not needed is named before. */
const NEEDED_BEFORE = rule(String.raw`(?:ه|ها|و)(?![${LETTER}])|(?:ما\s*ل|مال|مل)(?:ه|ها|وش)\s+داعي|\bneed\s+(?:it|one|them|that)\b|^(?:isn't|is not|aren't|are not)\b`, 'u');

/** A specialist right after "don't need" (not a referral to one, or seeing one first), or a test done ("ولادك يعملوا فحص"). */
const SPECIALIST_OR_TEST = rule(
  String.raw`^\s*(?:to\s+(?:see|visit)\s+)?(?:an?\s+|the\s+)?(?:${EN_SPECIALISTS})\b(?!\s+(?:referral|letter|note|first|beforehand|before)\b)` +
    String.raw`|^\s*(?:الي\s+|ل|لل)?(?:ال)?(?:(?:طبيب|دكتور)\s+(?:ال)?(?:نفسي|نفساني)|جراح|طبيب نفسي)(?![${LETTER}])` +
    String.raw`|^\s*(?:\S+\s+)?(?:[يت]|ت)?(?:عمل|سوي|جري|عاود|عيد)(?:وا|و|ي|ون|ين)?\s+(?:ال)?(?:فحص|تحليل|تحاليل)(?![${LETTER}])|^\s*(?:ل|لل)?(?:ال)?(?:فحص|تحليل|تحاليل)(?:\s+(?:هسي|هسه|الحين|حاليا|دلوقتي|الان|توا))?[\s.!؟?]*$|^\s*(?:for\s+\S+\s+)?to\s+(?:get|be)\s+tested\b`,
  'u',
);

const UNTIL_THE_VISIT = pattern(
  String.raw`\b(?:until|till|up to|before)\s+(?:your|the|her|his)\s+(?:appointment|visit|session|consultation)\b|(?<![${LETTER}])(?:لحد|لحين|لين|الين|لغايه|حتي|قبل)\s+(?:ال)?(?:موعد|ميعاد|جلس|كشف|زيار)[${LETTER}]*`,
  'gu',
);

function trimmed(lower: string, span: Span): Span {
  const text = lower.slice(span.start, span.end);
  const lead = text.length - text.trimStart().length;
  return { start: span.start + lead, end: span.start + text.trimEnd().length };
}
