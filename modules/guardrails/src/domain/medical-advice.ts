import {
  AR_CONDITIONS,
  AR_MEDICINES,
  AR_TREATMENTS,
  EN_CONDITIONS,
  EN_MEDICINES,
  EN_TREATMENTS,
} from './medical-lexicon';
import { LETTER, splitClauses, type ReplyText, type Span } from './reply-text';
import type { Finding } from './verified-turn';

/**
 * Medical advice in any wording: a diagnosis, a medicine or dose, or a
 * treatment recommendation. Refusing to advise, deferring to the clinician,
 * repeating what the patient said, and asking a question are not advice, and
 * shield the clause they are in.
 */

/** The patterns of one language; a clause is read with the set(s) of the scripts it contains. */
interface AdviceRules {
  diagnosis: RegExp;
  dose: RegExp;
  medicine: RegExp;
  selfContainedDirective: RegExp;
  directive: RegExp;
  treatment: RegExp;
  bookingTalk: RegExp;
  outcome: RegExp;
  need: RegExp;
  refusal: RegExp;
  deferral: RegExp;
  empathy: RegExp;
  conditional: RegExp;
}

// English clauses are lower case; Arabic ones are folded. Word edges: ASCII letters, or any letter for Arabic.
const EN_L = String.raw`(?<![a-z])`;
const EN_R = String.raw`(?![a-z])`;
const AR_L = String.raw`(?<![${LETTER}])`;
const AR_R = String.raw`(?![${LETTER}])`;
const EN_OUTCOME_VERBS = String.raw`fix|cure|heal|help|ease|relieve|reduce|settle|calm|soothe|sort (?:it |that |this )?out|take care of|resolve|stop|clear (?:it |that )?up|get rid of|make it better|loosen|release|strengthen|improve|speed up|lighten|whiten|remove|treat|protect|numb|kill|dry (?:it |them )?out`;
const EN_PRESENT_OUTCOME_VERBS = String.raw`helps|relieves|reduces|eases|soothes|heals|loosens|works wonders|does the trick|clears (?:it |them |that )?up|clears|fixes|cures|settles|calms|treats|protects`;

const ENGLISH: AdviceRules = {
  diagnosis: new RegExp(
    String.raw`${EN_L}(?:sounds? like|sounds as if|looks like|seems like|seems to be|appears to be|that's|that is|this is|it's|it is|could be|might be|may be|probably|likely|most likely|almost certainly|definitely|clearly|usually|often|typically|commonly|means?|indicates?|suggests?|points? to|signs? of|symptoms? of|caused by|due to|you (?:probably |likely |may |might |could |most likely )?(?:have|'ve got|have got))${EN_R}(?:\s+\S+){0,5}?\s+(?:an?\s+|the\s+|some\s+|just\s+)?(?:${EN_CONDITIONS})${EN_R}` +
      // "That pain is classic plantar fasciitis": a condition right after the verb "to be".
      String.raw`|\b(?:is|are|'s)\s+(?:an?\s+|the\s+)?(?:classic|typical|textbook|clearly|obviously|definitely|probably|likely|just|only|simply)?\s*(?:an?\s+)?(?:${EN_CONDITIONS})${EN_R}` +
      // Reassurance about a symptom is a clinical judgement too: "some sensitivity is normal after whitening".
      String.raw`|\b(?:normal|common|expected|nothing to worry about)\b(?:\s+\S+){0,4}?\s+(?:after|with|following)\s+(?:an?\s+|the\s+|your\s+)?(?:filling|extraction|session|treatment|whitening|procedure|scaling|root canal|massage|injury)\b` +
      String.raw`|\b(?:pain|sensitivity|swelling|soreness|bleeding|ache|aching|stiffness|discomfort)\b(?:\s+\S+){0,3}?\s+(?:is|are)\s+(?:completely |perfectly |quite |very )?(?:normal|common|expected|nothing to worry about)\b`,
  ),
  dose: /\b\d+(?:\.\d+)?\s?(?:mg|mcg|ml|milligrams?|tablets?|pills?|capsules?|drops)\b|\bevery (?:\d+|two|three|four|six|eight|twelve|few|couple of) hours\b|\b(?:once|twice|three times|four times|\d+ times) (?:a|per|every) day\b|\b(?:one|two|\d) (?:tablets?|pills?|capsules?)\b/,
  medicine: new RegExp(String.raw`${EN_L}(?:${EN_MEDICINES})${EN_R}`),
  // Home-care verbs that are a treatment by themselves: "ice it", "rinse with ...", "don't chew on it".
  selfContainedDirective:
    /\b(?:stay off (?:it|your (?:foot|feet|leg|ankle|knee))|keep (?:it|the \w+|your \w+) (?:raised|elevated|up|still|immobili[sz]ed|iced))\b|^\s*(?:and\s+|so\s+|then\s+|just\s+|please\s+|also\s+)*(?:(?:ice|rinse|gargle|elevate|stretch|massage|floss|compress|soak)\s+(?:your|it|the|with|for|twice|every|gently|regularly|daily)|(?:don't|do not|try not to|avoid|stop)\s+(?:chewing|chew|eating hard|biting|bite|running|run|lifting|lift|putting weight|put weight|exercising|training|bending|smoking|smoke|(?:eat|eating|drink|drinking)(?:\s+or\s+(?:eat|eating|drink|drinking))?\s+(?:anything\s+)?(?:hot|cold|dark|hard|sweet|sugary|spicy|crunchy|sticky)))\b/,
  // Imperatives at the start of a clause, and suggestions anywhere in it.
  directive:
    /^\s*(?:and\s+|so\s+|then\s+|just\s+|please\s+|also\s+|meanwhile\s+)*(?:take|use|apply|rinse|gargle|ice|put|place|hold|keep|rest|elevate|avoid|stop|stretch|massage|roll|brush|floss|switch to|try|wear|do|soak|start|continue|get)\b|\b(?:you should|you'd better|you need to|you must|you'll want to|it's best to|best to|make sure (?:to|you)|i'd (?:recommend|suggest|advise)|i (?:would )?(?:recommend|suggest|advise)|we (?:recommend|suggest|advise)|my advice|the best thing|try|consider|it helps to|it would help to|it might help to|you (?:can|could) (?:take|use|try|apply|put))\b/,
  treatment: new RegExp(String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_MEDICINES})${EN_R}`),
  bookingTalk: /\b(?:book|booking|schedule|appointment|slot|session|consultation|visit|price|cost)\b/,
  outcome: new RegExp(
    String.raw`${EN_L}(?:${EN_TREATMENTS}|${EN_MEDICINES}|${EN_CONDITIONS})\b(?:\s+\S+){0,7}?\s+(?:will|'ll|should|can|would|might|may)\s+(?:really\s+|usually\s+|definitely\s+)?(?:${EN_OUTCOME_VERBS})\b|${EN_L}(?:${EN_TREATMENTS}|${EN_MEDICINES})\b(?:\s+\S+){0,3}?\s+(?:${EN_PRESENT_OUTCOME_VERBS})\b`,
  ),
  need: new RegExp(
    String.raw`\byou(?:'ll| will|'d| would| may| might| could)?(?: most likely| probably| likely| definitely| certainly| almost certainly)? need (?:a |an |some |to have (?:a |an )?|to get (?:a |an )?|to start (?:a |an )?)?(?:new |course of )?(?:${EN_TREATMENTS})\b`,
  ),
  refusal:
    /\b(?:i|we)(?:'m|'re| am| are)?\s+(?:really\s+|afraid\s+i\s+)?(?:can't|cannot|can not|won't|don't|do not|not able to|unable to|not allowed to|not qualified to|shouldn't|am not able to|'m not able to)\b[^.;]*\b(?:advi[cs]e|diagnos|recommend|prescri|suggest|comment|medical|(?:say|tell you) (?:what|whether|if|why))/,
  deferral:
    /\b(?!(?:you|i|we|it|this|that)\b)[a-z]+\s+(?:will|can|'ll|would|is going to|needs to|should|may)\s+(?:[a-z]+\s+){0,2}?(?:assess|examine|evaluate|diagnose|decide|determine|check|look at|review|advise|recommend|prescribe|discuss|confirm|tell you|explain|see what)\b|\bin person\b|\b(?:at|during) (?:your|the) (?:appointment|visit|consultation|assessment|session|exam|examination)\b|\bafter (?:examining|the exam|an exam|the examination|assessing|the assessment)\b/,
  empathy: /\b(?:sorry|i understand|you mentioned|you said|you described|you're dealing with|dealing with|you've been having|you have been having|to hear)\b/,
  conditional: /^\s*(?:and\s+)?(?:if|in case|should you|whether|unless)\b/,
};

const ARABIC: AdviceRules = {
  diagnosis: new RegExp(
    // "ده طبيعي بعد الحشو", "الوجع ده عادي": reassurance about a symptom.
    String.raw`${AR_L}(?:طبيعي|طبيعيه|عادي)\s+(?:بعد|مع)\s+(?:ال)?(?:حشو|خلع|جلسه|تبييض|علاج|تنظيف|عمليه)|${AR_L}(?:الوجع|الالم|الحساسيه|الورم|النزيف|التورم)(?:\s+\S+){0,2}?\s+(?:طبيعي|طبيعيه|عادي)${AR_R}|` +
      String.raw`${AR_L}(?:غالبا|واضح ان[${LETTER}]*|شكله|شكلها|شكلك|باين ان[${LETTER}]*|باين عليه|يبدو ان[${LETTER}]*|ممكن يكون|ممكن تكون|احتمال|اكيد|معناه|معناها|يعني|بيدل علي|يدل علي|علامه علي|من اعراض|سببه|عندك|حضرتك عندك|ده|دي|دا|دول)${AR_R}(?:\s+\S+){0,2}?\s+(?:${AR_CONDITIONS})${AR_R}`,
    'u',
  ),
  dose: new RegExp(
    String.raw`\d+\s?(?:مجم|ملجم|مج|مل|مللي|ملي|قرص|اقراص|حبه|حبات|كبسوله)${AR_R}|${AR_L}كل\s+(?:\d+\s+)?(?:ساعتين|ساعات|ساعه)${AR_R}|${AR_L}(?:مرتين|مره|\d+\s+مرات|تلات مرات|تلت مرات)\s+(?:في|فى)?\s*اليوم${AR_R}|${AR_L}(?:مرتين|مره|\d+\s+مرات)\s+يوميا${AR_R}`,
    'u',
  ),
  medicine: new RegExp(String.raw`${AR_L}(?:${AR_MEDICINES})${AR_R}`, 'u'),
  // Egyptian negative imperatives: "متاكلش على الناحية دي", "متشربش حاجة سخنة".
  selfContainedDirective: new RegExp(
    String.raw`(?<![${LETTER}])مت(?:اكل|مضغ|جري|شيل|لعب|تمرن|دوس|حرك|شرب|دخن)[${LETTER}]*ش(?![${LETTER}])|(?<![${LETTER}])(?:ريح|ريحي|ارفع|ارفعي)\s+(?:رجلك|رجليك|ايدك|كتفك|ضهرك|ركبتك|دراعك|الرجل)(?![${LETTER}])`,
    'u',
  ),
  directive: new RegExp(
    String.raw`${AR_L}(?:خد|خدي|خذ|خذي|تاخد|تاخدي|استخدم|استخدمي|استعمل|استعملي|اعمل|اعملي|حط|حطي|ضع|ضعي|ارتاح|ارتاحي|ريح|ريحي|بلاش|ابعد عن|امتنع|تجنب|اتجنب|مضمض|اغسل|اشرب|جرب|جربي|الافضل|الاحسن|لازم تعمل|لازم تاخد|لازم تحط|ياريت تاخد|ياريت تعمل|ننصحك|انصحك|بنصحك|انصح|يستحسن|حاول|داوم|خلي|ارفع|اربط|البس)${AR_R}`,
    'u',
  ),
  treatment: new RegExp(String.raw`${AR_L}(?:${AR_TREATMENTS}|${AR_MEDICINES})${AR_R}`, 'u'),
  bookingTalk: /حجز|احجز|ميعاد|موعد|كشف|سعر/u,
  outcome: new RegExp(
    String.raw`${AR_L}(?:وده|ده|دي|ودي)?\s*(?:هيهدي|هتهدي|بيهدي|يهدي|هيريح|هيريحك|بيريح|هيخفف|بيخفف|يخفف|هيشفي|هيعالج|بيعالج|هيحل|هتخف|هيخف|هيقلل|بيقلل|هيصلح|هيظبط|هيفيدك|بيفيد)${AR_R}`,
    'u',
  ),
  // "محتاج علاج عصب", and "لازم يتخلع": the tooth or the patient needs a procedure.
  need: new RegExp(
    String.raw`${AR_L}(?:محتاج|محتاجه|محتاجين|هتحتاج|هتحتاجي|تحتاج|لازمك|لازمها|لازمه)\s+(?:\S+\s+)?(?:${AR_TREATMENTS})${AR_R}|${AR_L}(?:لازم|محتاج|محتاجه|هيحتاج|هتحتاج|يحتاج)\s+(?:[${LETTER}]*(?:يتخلع|تتخلع|يتحشي|تتحشي|يتركب|يتعالج|يتشال|يتسحب|تخلعه|تحشيه|خلع|حشو|زراعه|جراحه|عمليه))${AR_R}`,
    'u',
  ),
  refusal: new RegExp(String.raw`(?<![${LETTER}])(?:مقدرش|ماقدرش|مش هقدر|مش مسموح|مينفعش|ما ينفعش|لا استطيع|لا يمكنني|لا اقدر|مش من حقي|مش مختص|مش بقدر|ماينفعش)(?![${LETTER}])`, 'u'),
  deferral:
    new RegExp(String.raw`(?<![${LETTER}])(?:هيحدد|هيشوف|هيقيم|هيكشف|هيقرر|هيقولك|هيفحص|هيوصف|هيشخص|هتحدد|هتشوف|هتقيم|هتكشف|هتقرر|يحدد|يقيم|يكشف|يقرر|يفحص|يشخص|تحدد|تقيم|تكشف|تقرر)(?![${LETTER}])|بعد الكشف|في الكشف|وقت الكشف|بعد الفحص`, 'u'),
  empathy: new RegExp(String.raw`(?<![${LETTER}])(?:افهم|فاهم|فاهمه|بتقول|بتقولي|ذكرت|قلت|قولت|كلامك|سلامتك|سلامه|معلش|اسف|اسفين)(?![${LETTER}])`, 'u'),
  conditional: new RegExp(String.raw`(?<![${LETTER}])(?:لو(?!\s+سمحت)|اذا|في حاله|ان كان)(?![${LETTER}])`, 'u'),
};

const CONTRAST = /\b(?:but|however)\b|لكن|بس|انما/u;

export function findMedicalAdvice(reply: ReplyText): Finding[] {
  const findings: Finding[] = [];
  const { lower } = reply;
  for (const sentence of reply.sentences) {
    const clauses = splitClauses(lower, sentence);
    const isQuestion = /[?؟]\s*$/.test(lower.slice(sentence.start, sentence.end));
    let refusing = false;
    for (const [index, clause] of clauses.entries()) {
      const text = lower.slice(clause.start, clause.end);
      const rules = rulesFor(text);
      const previous = clauses[index - 1];
      if (previous && CONTRAST.test(lower.slice(previous.end, clause.start))) refusing = false;
      if (rules.some((r) => r.refusal.test(text))) refusing = true;
      if (refusing || rules.some((r) => r.deferral.test(text))) continue;
      if (isQuestion && index === clauses.length - 1) continue;
      const reason = rules.map((r) => adviceIn(text, r)).find((found) => found !== null);
      if (reason) findings.push({ kind: 'medical_advice', excerpt: reply.excerpt(trimmed(lower, clause)), reason });
    }
  }
  return findings;
}

const ONLY_ENGLISH = [ENGLISH];
const ONLY_ARABIC = [ARABIC];
const BOTH = [ENGLISH, ARABIC];

function rulesFor(text: string): AdviceRules[] {
  const arabic = /[\u0600-\u06ff]/u.test(text);
  const latin = /[a-z]/.test(text);
  return arabic && latin ? BOTH : arabic ? ONLY_ARABIC : ONLY_ENGLISH;
}

function adviceIn(text: string, rules: AdviceRules): string | null {
  const conditional = rules.conditional.test(text);
  if (!conditional && !rules.empathy.test(text) && rules.diagnosis.test(text)) return 'The reply suggests a diagnosis.';
  if (rules.dose.test(text)) return 'The reply gives a dose or schedule for a medicine or treatment.';
  if (!conditional && rules.medicine.test(text)) return 'The reply names a medicine for the patient.';
  if (rules.selfContainedDirective.test(text) || directsTreatment(text, rules)) return 'The reply recommends a treatment.';
  if (rules.outcome.test(text)) return 'The reply promises what a treatment will do.';
  if (!conditional && rules.need.test(text)) return 'The reply tells the patient which treatment they need.';
  return null;
}

/** A directive followed by a treatment; booking talk between them ("you should book a scaling") is not a recommendation to treat. */
function directsTreatment(text: string, rules: AdviceRules): boolean {
  const directive = rules.directive.exec(text);
  if (!directive) return false;
  const after = text.slice(directive.index + directive[0].length);
  const treatment = rules.treatment.exec(after);
  return treatment !== null && !rules.bookingTalk.test(after.slice(0, treatment.index));
}

function trimmed(lower: string, span: Span): Span {
  const text = lower.slice(span.start, span.end);
  const lead = text.length - text.trimStart().length;
  return { start: span.start + lead, end: span.start + text.trimEnd().length };
}
