import { findUnverifiedAmounts } from './amounts';
import { findConfirmationClaims, type ConfirmationClaim } from './confirmations';
import { findUnverifiedDates } from './dates';
import { scoredSentences, unpackAdviceModel, type AdviceModel } from './advice-model';
import { PACKED_ADVICE_MODEL } from './advice-model.generated';
import { findMedicalAdvice, modelMayFlag } from './medical-advice';
import { findUnverifiedNames } from './names';
import { findUnverifiedPhones } from './phones';
import { clarifyingQuestion, escalationMessage, explicitConfirmationRequest, type ReplyLanguage } from './replacement-messages';
import { LETTER, ReplyText, startingIn, type Span } from './reply-text';
import { findDates } from './temporal-mentions';
import { bookingKindOf, VerifiedFacts, type BookingKind, type VerifiedMoment } from './verified-facts';
import { FINDING_KINDS, type Finding, type VerifiedTurn } from './verified-turn';

export const GUARDRAIL_MODES = ['log', 'enforce'] as const;
/** `log`: findings are recorded and the draft is sent; `enforce`: a reply with findings is replaced. */
export type GuardrailMode = (typeof GUARDRAIL_MODES)[number];

export interface CheckReplyInput {
  /** The model's draft reply. */
  reply: string;
  turn: VerifiedTurn;
  /** The turn's time; relative dates ("tomorrow") are read from it in the clinic timezone. */
  now: Date | string;
  mode: GuardrailMode;
  /** The patient's language; read from the reply's script when absent. */
  language?: ReplyLanguage;
  /** The medical-advice model behind the rules: the shipped one when absent, none when null (rules only). */
  adviceModel?: AdviceModel | null;
}

/** The trained model shipped with the checker (advice-model.generated.ts, from `npm run train:guardrails`). */
export const SHIPPED_ADVICE_MODEL: AdviceModel = unpackAdviceModel(PACKED_ADVICE_MODEL);

export interface GuardrailOutcome {
  /** `block` when there is at least one finding, whatever the mode. */
  verdict: 'allow' | 'block';
  findings: Finding[];
  mode: GuardrailMode;
  language: ReplyLanguage;
  /** What the patient receives: the draft, or in enforce mode the replacement. */
  reply: string;
  replaced: boolean;
  /** Medical advice was stopped: staff should review the conversation. */
  staffReview: boolean;
}

/** Checks a draft reply against what the turn verified. Pure, synchronous, no clock and no I/O. */
export function checkReply(input: CheckReplyInput): GuardrailOutcome {
  const text = new ReplyText(input.reply);
  const now = typeof input.now === 'string' ? new Date(input.now) : input.now;
  const facts = new VerifiedFacts(input.turn, now);
  const claims = findConfirmationClaims(text);

  const findings = [
    ...findUnverifiedNames(text, facts),
    ...findUnverifiedPhones(text, facts),
    ...findUnverifiedDates(text, facts, { momentsFor: (sentence) => momentsFor(sentence, claims, facts) }),
    ...findUnverifiedAmounts(text, facts),
    ...phantomConfirmations(text, claims, facts),
    ...medicalAdvice(text, facts, input.adviceModel === undefined ? SHIPPED_ADVICE_MODEL : input.adviceModel),
  ].sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind));

  const language = input.language ?? (/[\u0600-\u06ff]/u.test(input.reply) ? 'ar' : 'en');
  const base = { findings, mode: input.mode, language };
  if (findings.length === 0) return { ...base, verdict: 'allow', reply: input.reply, replaced: false, staffReview: false };
  if (input.mode === 'log') return { ...base, verdict: 'block', reply: input.reply, replaced: false, staffReview: false };
  const replacement = replacementFor(findings, claims, facts, language);
  return { ...base, verdict: 'block', reply: replacement.reply, replaced: true, staffReview: replacement.staffReview };
}

/**
 * The advice model's probability under which the rules do not read a sentence: the model is that sure it holds no
 * advice. Chosen on held-out rounds (docs/guardrails.md): most sentences of most replies are under it, and no advice
 * the rules caught in them was.
 */
export const RULES_FLOOR = 0.001;

/**
 * The model scores each sentence. The rules read the sentences it does not rule out (RULES_FLOOR); their findings
 * say which clause and why. In a reply they pass, a sentence the model rates as advice is flagged when the rules'
 * reading of it allows (modelMayFlag): the model weighs words, the rules read constructions such as deferrals and
 * test preparation. Without a model the rules read every sentence.
 */
function medicalAdvice(text: ReplyText, facts: VerifiedFacts, model: AdviceModel | null): Finding[] {
  const serviceNames = facts.services.flatMap((service) => service.names);
  if (!model) return findMedicalAdvice(text, serviceNames);
  const scored = scoredSentences(model, text);
  const ruledOut = new Set(scored.filter(({ probability }) => probability < RULES_FLOOR).map(({ sentence }) => sentence));
  const byRules = findMedicalAdvice(text, serviceNames, (sentence) => !ruledOut.has(sentence));
  if (byRules.length > 0) return byRules;
  return scored
    .filter(({ sentence, probability }) => probability >= model.threshold && modelMayFlag(text, sentence, probability))
    .map(({ sentence, probability }) => ({
      kind: 'medical_advice' as const,
      excerpt: text.excerpt(sentence),
      reason: `worded like medical advice (model probability ${probability.toFixed(2)})`,
    }));
}

function isSatisfied(kind: ConfirmationClaim['kind'], facts: VerifiedFacts): boolean {
  if (kind === 'any') return facts.succeeded.size > 0;
  // A successful move also books the new time, so "you're booked for Thursday" is true after one.
  return facts.succeeded.has(kind) || (kind === 'book' && facts.succeeded.has('reschedule'));
}

/** Words that report a booking as failed: "للأسف … اتحجز قبل ما نثبته، فالحجز متمّش", "unfortunately the 9 am was taken". */
const FAILURE_REPORT = new RegExp(
  String.raw`\b(?:unfortunately|didn't go through|did not go through|couldn't|could not|wasn't able|was not able|(?:didn't|did not|wouldn't|would not) let (?:me|us)|failed|no longer available|already taken|was taken|got taken)\b|(?<![${LETTER}])(?:للاسف|متمش|ما تمش|ماتمش|ما تم|لم يتم|ما اكتمل|مكملش|فشل|مش متاح|لم يعد متاح[${LETTER}]*|ما عاد متاح[${LETTER}]*)(?![${LETTER}])`,
  'u',
);
const CONTRAST = new RegExp(String.raw`\b(?:but|however|instead)\b|(?<![${LETTER}])(?:بس|لكن|انما|بدل)(?![${LETTER}])`, 'u');

/** After a failed booking tool call, a claim in a sentence that reports the failure, with no "but" between them, is part of that report. */
function reportsFailure(text: ReplyText, claim: ConfirmationClaim): boolean {
  const sentence = text.lower.slice(claim.sentence.start, claim.sentence.end);
  const failure = FAILURE_REPORT.exec(sentence);
  if (!failure) return false;
  const claimAt = claim.start - claim.sentence.start;
  const between = claimAt < failure.index ? sentence.slice(claimAt, failure.index) : sentence.slice(failure.index, claimAt);
  return !CONTRAST.test(between);
}

/** "Both kids are booked", "حجزتلهم كلهم", "تم إلغاء موعديك", "تم حجز جلستين … للتوأم": a claim about two or more appointments ("الاتنين" is also Monday). */
const SEVERAL_BOOKINGS = new RegExp(
  String.raw`\b(?:both|all (?:three|four|of them)|each of (?:them|the)|the two|two appointments|two bookings|two sessions|the twins)\b|(?<![${LETTER}])(?:التنين|كلهم|كلاهما|موعدين|ميعادين|موعديك|ميعاديك|موعديكم|ميعاديكم|الموعدين|الميعادين|جلستين|الجلستين|للتوام|التوام)(?![${LETTER}])`,
  'u',
);

/**
 * A claim of several bookings, moves or cancellations needs as many successful calls of that kind. "Done on both
 * counts: … cancelled, and I've booked …" claims two actions of different kinds, so any two calls back it.
 */
function claimsMoreThanDone(claim: ConfirmationClaim, claims: ConfirmationClaim[], text: ReplyText, facts: VerifiedFacts): boolean {
  if (!SEVERAL_BOOKINGS.test(text.lower.slice(claim.sentence.start, claim.sentence.end))) return false;
  const kindsInSentence = new Set(claims.filter((c) => c.sentence.start === claim.sentence.start && c.kind !== 'any').map((c) => c.kind));
  const anyKind = claim.kind === 'any' || kindsInSentence.size > 1;
  return facts.turn.toolCalls.filter((call) => call.ok && (anyKind ? bookingKindOf(call.name) !== null : bookingKindOf(call.name) === claim.kind)).length < 2;
}

const ADDED = new RegExp(String.raw`\b(?:also|as well|too|plus|in addition|(?:straight|right|just|directly) after|afterwards|after that)\b|(?<![${LETTER}])[و]?(?:كما|كمان|ايضا|بالاضافه|بعده|بعدها)(?![${LETTER}])`, 'u');

/** The Gulf "بعد" (also) right after the verb: "وحجزت بعد لبنتج دانة"; not "بعد الظهر". */
const GULF_ALSO = new RegExp(String.raw`^\s*بعد\s+(?!(?:ال)?(?:ظهر|ضهر|عصر|مغرب|عشا|فطور|غدا|موعد|ميعاد|جلسه|كشف|ساعه|بكره|باكر|شوي)(?![${LETTER}]))`, 'u');

/**
 * "تم حجز فحص فيصل …، وحجزت لجنى بعده", "I've moved it and also booked …": a
 * booking added after another booking or a move is one more booking, so it
 * needs one more successful booking call than the claims before it used.
 */
function addsBooking(claim: ConfirmationClaim, claims: ConfirmationClaim[], text: ReplyText, facts: VerifiedFacts): boolean {
  if (claim.kind !== 'book' || claim.status) return false;
  // "تم! … وكمان ثبّتلك زيارة متابعة": a bare "done" before counts as the first booking.
  const earlier = claims.filter((other) => (other.kind === 'book' || other.kind === 'reschedule' || other.kind === 'any') && other.end <= claim.start);
  const previous = earlier[earlier.length - 1];
  if (!previous) return false;
  const sentence = text.lower.slice(claim.sentence.start, claim.sentence.end);
  const after = sentence.slice(claim.end - claim.sentence.start);
  if (!ADDED.test(text.lower.slice(previous.end, claim.end)) && !ADDED.test(after) && !GULF_ALSO.test(after)) return false;
  const added = 1 + earlier.filter((other) => other !== earlier[0] && other.kind === 'book' && !other.status).length;
  const needed = added + (earlier[0]!.kind === 'reschedule' ? 0 : 1);
  return facts.turn.toolCalls.filter((call) => call.ok && bookingKindOf(call.name) === 'book').length < needed;
}

function unsatisfiedClaims(claims: ConfirmationClaim[], text: ReplyText, facts: VerifiedFacts): ConfirmationClaim[] {
  const hasFailedBooking = facts.turn.toolCalls.some((call) => !call.ok);
  return claims.filter((claim) => {
    if (isSatisfied(claim.kind, facts) && !claimsMoreThanDone(claim, claims, text, facts) && !addsBooking(claim, claims, text, facts)) return false;
    if (hasFailedBooking && reportsFailure(text, claim)) return false;
    // "Your appointment on Wednesday is confirmed" about an appointment the patient already has.
    return !(claim.status && !hasFailedBooking && mentionsExistingAppointment(text, claim.sentence, facts));
  });
}

function phantomConfirmations(text: ReplyText, claims: ConfirmationClaim[], facts: VerifiedFacts): Finding[] {
  return unsatisfiedClaims(claims, text, facts).map((claim) => ({
    kind: 'phantom_confirmation',
    excerpt: text.excerpt(claim.sentence),
    reason:
      claim.kind === 'any'
        ? 'The reply says the request is done, but no booking tool succeeded in this turn.'
        : `The reply says the appointment was ${claim.kind === 'book' ? 'booked' : claim.kind === 'reschedule' ? 'moved' : 'cancelled'}, but no such tool call succeeded in this turn.`,
  }));
}

function mentionsExistingAppointment(text: ReplyText, sentence: Span, facts: VerifiedFacts): boolean {
  const appointmentDates = facts.moments.filter((m) => m.fromAppointment);
  return startingIn(findDates(text, facts.today.date), sentence)
    .some((d) => appointmentDates.some((m) => (d.date ? m.date === d.date : m.weekday === d.weekday)));
}

/** A sentence confirming only successful booking actions may only state those actions' results (or, for moves and cancellations, the old appointment). */
function momentsFor(sentence: Span, claims: ConfirmationClaim[], facts: VerifiedFacts): readonly VerifiedMoment[] {
  const specific = claims.filter((c): c is ConfirmationClaim & { kind: BookingKind } => c.sentence.start === sentence.start && c.kind !== 'any');
  // "I've cancelled Tuesday and booked you for Thursday" with only the cancellation done: the booking is the phantom,
  // and the time it names is checked like any other time, not against the cancellation.
  if (specific.some((c) => !isSatisfied(c.kind, facts))) return facts.moments;
  const kinds = new Set(specific.filter((c) => facts.succeeded.has(c.kind)).map((c) => c.kind));
  if (kinds.size === 0) return facts.moments;
  const held = facts.moments.filter((m) => (m.bookingKind && kinds.has(m.bookingKind)) || (m.fromAppointment && !kinds.has('book')));
  return held.length > 0 ? held : facts.moments;
}

function replacementFor(
  findings: Finding[],
  claims: ConfirmationClaim[],
  facts: VerifiedFacts,
  language: ReplyLanguage,
): { reply: string; staffReview: boolean } {
  if (findings.some((f) => f.kind === 'medical_advice')) return { reply: escalationMessage(language), staffReview: true };
  if (findings.some((f) => f.kind === 'phantom_confirmation')) {
    const kinds = claims.map((c) => c.kind).filter((kind) => !isSatisfied(kind, facts));
    const specific = kinds.find((kind) => kind !== 'any') ?? 'any';
    return { reply: explicitConfirmationRequest(language, specific), staffReview: false };
  }
  const kinds = [...new Set(findings.map((f) => f.kind))];
  return { reply: clarifyingQuestion(language, kinds), staffReview: false };
}
