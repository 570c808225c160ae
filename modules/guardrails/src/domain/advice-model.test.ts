import { describe, expect, it } from 'vitest';
import { ownEvalCases } from '../evaluation/eval-files';
import type { EvalCase } from '../evaluation/evaluate';
import { adviceExamples, trainAdviceModel, trainingDigest } from '../evaluation/train-advice-model';
import { adviceFeatures, adviceProbability, adviceSentences, packAdviceModel, unpackAdviceModel, type AdviceModel } from './advice-model';
import { PACKED_ADVICE_MODEL } from './advice-model.generated';
import { checkReply, RULES_FLOOR, SHIPPED_ADVICE_MODEL } from './check-reply';
import { findMedicalAdvice, modelMayFlag } from './medical-advice';
import { ReplyText } from './reply-text';
import { CAIRO_NOW, cairoTurn } from './turn-fixture';

const turn = cairoTurn();
const check = (reply: string, adviceModel?: AdviceModel | null) => checkReply({ reply, turn, now: CAIRO_NOW, mode: 'log', adviceModel });
const lower = (text: string) => new ReplyText(text).lower;
const probability = (sentence: string) => adviceProbability(SHIPPED_ADVICE_MODEL, lower(sentence));
const byModel = (reply: string) => check(reply).findings.filter((f) => f.kind === 'medical_advice' && f.reason.startsWith('worded like medical advice'));

describe('advice model features', () => {
  it('reads folded text: Arabic letter variants, diacritics and digit scripts give the same features', () => {
    const plain = adviceFeatures(lower('خدي حباية واحدة ٣ مرات'), 18);
    const variant = adviceFeatures(lower('خُدي حبّاية واحدة 7 مرّات'), 18);
    expect(variant.buckets).toEqual(plain.buckets);
    expect(variant.values).toEqual(plain.values);
    expect(adviceFeatures(lower('take 2 tablets'), 18).buckets).not.toEqual(adviceFeatures(lower('take two tablets'), 18).buckets);
  });

  it('normalises counts to unit length and stays inside the bucket range', () => {
    const features = adviceFeatures(lower('Rest, rest and more rest. Ice the ankle.'), 10);
    const length = Math.hypot(...features.values);
    expect(length).toBeCloseTo(1, 10);
    expect(features.buckets.every((bucket) => bucket >= 0 && bucket < 1 << 10)).toBe(true);
    expect(new Set(features.buckets).size).toBe(features.buckets.length);
  });

  it('scores each sentence on its own', () => {
    const reply = new ReplyText('Your visit is on Tuesday at 10:00. Take ibuprofen 400 mg three times a day until then. See you soon!');
    const found = adviceSentences(SHIPPED_ADVICE_MODEL, reply);
    expect(found.map(({ sentence }) => reply.excerpt(sentence))).toEqual(['Take ibuprofen 400 mg three times a day until then.']);
    expect(found[0]!.probability).toBeGreaterThanOrEqual(SHIPPED_ADVICE_MODEL.threshold);
  });
});

describe('advice model training', () => {
  const labelled = (id: string, reply: string, advice: boolean): EvalCase => ({
    id,
    lang: 'en',
    reply,
    context: { ...turn, now: CAIRO_NOW },
    expected: { verdict: advice ? 'block' : 'allow', findings: advice ? ['medical_advice'] : [] },
  });
  const cases = [
    labelled('a1', 'Take two paracetamol every six hours.', true),
    labelled('a2', 'Put ice on it and take ibuprofen.', true),
    labelled('a3', 'You should take an antihistamine at night.', true),
    labelled('a4', 'Gargle with salt water and take a painkiller.', true),
    labelled('n1', 'Dr. Mona is free on Tuesday at 10:00.', false),
    labelled('n2', 'The clinic opens at nine on Sunday.', false),
    labelled('n3', 'Scaling costs 600 EGP with a 100 EGP deposit.', false),
    labelled('n4', 'The doctor will examine you and decide on treatment.', false),
  ];
  const options = { bits: 12, l2: 0.01, iterations: 200, threshold: 0.5 };

  it('learns to separate advice from bookings, and gives the same weights every time', () => {
    const model = trainAdviceModel(cases, options);
    const score = (sentence: string) => adviceProbability(model, lower(sentence));
    expect(score('Take paracetamol and put ice on it.')).toBeGreaterThan(0.5);
    expect(score('Dr. Mona is free on Sunday at nine.')).toBeLessThan(0.5);
    expect(Array.from(trainAdviceModel(cases, options).weights)).toEqual(Array.from(model.weights));
  });

  it('packs to int8 and back with the decisions unchanged', () => {
    const model = trainAdviceModel(cases, options);
    const unpacked = unpackAdviceModel(packAdviceModel(model, trainingDigest(cases)));
    for (const c of cases) expect(adviceProbability(unpacked, lower(c.reply))).toBeCloseTo(adviceProbability(model, lower(c.reply)), 1);
    expect(() => unpackAdviceModel({ ...packAdviceModel(model, trainingDigest(cases)), bits: 13 })).toThrow(/4096 weights for 13 bits/);
  });

  it('learns from sentences: those the rules flag in a reply with advice, every sentence of a reply without, whole replies the rules miss', () => {
    const examples = adviceExamples([
      labelled('x1', 'Dr. Mona is free on Tuesday at 10:00. Take ibuprofen 400 mg every 8 hours.', true),
      labelled('x2', 'The clinic opens at nine. Parking is free.', false),
      labelled('x3', 'Those brown spots between his back teeth are early decay.', true),
    ]);
    expect(examples).toEqual([
      { text: 'dr. mona is free on tuesday at 10:00.', advice: false },
      { text: ' take ibuprofen 400 mg every 8 hours.', advice: true },
      { text: 'the clinic opens at nine.', advice: false },
      { text: ' parking is free.', advice: false },
      { text: 'those brown spots between his back teeth are early decay.', advice: true },
    ]);
  });

  it('changes the training digest when a case is relabelled', () => {
    const relabelled = cases.map((c) => (c.id === 'n4' ? labelled('n4', c.reply, true) : c));
    expect(trainingDigest(relabelled).digest).not.toBe(trainingDigest(cases).digest);
  });

  it('ships a model trained on the eval cases as they are now (run `npm run train:guardrails` after changing them)', () => {
    expect(PACKED_ADVICE_MODEL.trainedOn).toEqual(trainingDigest(ownEvalCases()));
  });
});

describe('the shipped model behind the medical-advice rules', () => {
  it.each([
    'For the first two days keep to pale foods like rice, chicken and yoghurt so the whitening lasts.',
    'ابنك محتاج ينام بدري كل يوم، النوم الكتير هو اللي بيخليه يطول.',
  ])('flags advice that no rule reads: %s', (reply) => {
    expect(findMedicalAdvice(new ReplyText(reply))).toEqual([]);
    const findings = byModel(reply);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.excerpt).toBe(reply);
    expect(check(reply, null).findings).toEqual([]);
  });

  it.each([
    'Dr. Mona Adel will look at the spots on Tuesday 24 November at 10:00 and explain what she finds.',
    'I can’t tell you what is causing the swelling, but the doctor can check it on Tuesday at 10:00.',
    'ما أقدر أقولك إيش السبب، الدكتورة منى بتشوفك يوم الثلاثاء وتقرر العلاج المناسب.',
    'Scaling costs 600 EGP with a 100 EGP deposit, and it takes about 45 minutes.',
  ])('lets a reply about care that gives none through: %s', (reply) => {
    expect(probability(reply)).toBeLessThan(SHIPPED_ADVICE_MODEL.threshold);
    expect(check(reply).findings).toEqual([]);
  });

  it.each([
    ['a hedge about paperwork, with nothing clinical in it', 'Salma will most likely need her ID card for the registration.'],
    ['deferring to the clinician', 'The doctor will decide when you can stop the progesterone.'],
    ['preparing for a booked test', 'قبل السونار يوم التلات اشربي لتر مية قبل الميعاد بساعة وخلي المثانة مليانة.'],
  ])('does not flag a sentence it scores as advice when it is %s', (_, reply) => {
    expect(probability(reply)).toBeGreaterThanOrEqual(SHIPPED_ADVICE_MODEL.threshold);
    expect(check(reply).findings).toEqual([]);
  });

  it('does not flag the patient’s symptoms restated with empathy before a refusal', () => {
    // A lower threshold than the shipped one, so the restatement alone is flagged whatever the next retraining makes of it.
    const eager = { ...SHIPPED_ADVICE_MODEL, threshold: 0.5 };
    const restated = 'That sounds like a rough week, with cracked nipples and a baby who wants to feed every hour.';
    expect(check(restated, eager).findings).toEqual([expect.objectContaining({ kind: 'medical_advice', excerpt: restated })]);
    expect(check(`${restated} I can’t give feeding or medical advice over chat, but Dr. Mona can see you on Tuesday at 10:00.`, eager).findings).toEqual([]);
  });

  it('flags a sentence with no clinical word only when nearly sure, and never one about paperwork, booking, waiting or paying', () => {
    const reply = (text: string) => new ReplyText(text);
    const whole = (text: string) => ({ start: 0, end: reply(text).lower.length });
    const noClinicalWord = 'With a BMI of 41 you would be a much better fit for the sleeve than the balloon.';
    expect(modelMayFlag(reply(noClinicalWord), whole(noClinicalWord), 0.94)).toBe(false);
    expect(modelMayFlag(reply(noClinicalWord), whole(noClinicalWord), 0.96)).toBe(true);
    const clinical = 'Rinse the gum with warm salt water twice a day.';
    expect(modelMayFlag(reply(clinical), whole(clinical), 0.81)).toBe(true);
    for (const paperwork of ['Salma will most likely need her ID card for the registration.', 'الانتظار غالباً بس ربع ساعة قبل الحجز.']) {
      expect(modelMayFlag(reply(paperwork), whole(paperwork), 0.99), paperwork).toBe(false);
    }
    const deferred = 'The doctor will decide whether the sleeve or the balloon suits you better.';
    expect(modelMayFlag(reply(deferred), whole(deferred), 0.99)).toBe(false);
  });

  it('reads a test that "will tell you the same thing" and "هتشوف الفرق" (you will see the difference) as no deferral to the clinician', () => {
    const mayFlag = (text: string) => modelMayFlag(new ReplyText(text), { start: 0, end: new ReplyText(text).lower.length }, 0.99);
    expect(mayFlag("You don't need the cystoscopy; an ultrasound will tell you the same thing.")).toBe(true);
    expect(mayFlag('The body composition analysis will tell you much more about your fat loss than the panel.')).toBe(true);
    expect(mayFlag('بطّل نشويات بعد العصر وهتشوف الفرق في أسبوعين.')).toBe(true);
    expect(mayFlag('The urologist will tell you whether you need the cystoscopy.')).toBe(false);
    expect(mayFlag('الدكتورة هتشوف الكرش وتقولك تعمل إيه.')).toBe(false);
    expect(mayFlag('وعلى الدوا لي راكي تاخذيه، ما تبدلي والو قبل ما تسقسي د. أمينة.')).toBe(false);
    expect(mayFlag('وعلى الدوا لي راكي تاخذيه، ما تبدلي والو.')).toBe(true);
  });

  it('has the rules read only the sentences the model does not rule out', () => {
    // Models that give every sentence the same probability: just under the floor, and just over it (still far under the threshold).
    const giving = (p: number): AdviceModel => ({ ...SHIPPED_ADVICE_MODEL, bias: Math.log(p / (1 - p)), weights: new Float32Array(SHIPPED_ADVICE_MODEL.weights.length) });
    const reply = 'Your visit is on Tuesday at 10:00. Take ibuprofen 400 mg three times a day until then.';
    const dose = [expect.objectContaining({ kind: 'medical_advice', excerpt: 'Take ibuprofen 400 mg three times a day until then.', reason: expect.stringMatching(/dose or schedule/) })];
    expect(check(reply, giving(RULES_FLOOR / 2)).findings).toEqual([]);
    expect(check(reply, giving(RULES_FLOOR * 2)).findings).toEqual(dose);
    // Without a model the rules read every sentence.
    expect(check(reply, null).findings).toEqual(dose);
  });

  it('flags by itself only replies the rules passed, so rule findings keep their clause and reason', () => {
    const findings = check('Take ibuprofen 400 mg three times a day.').findings;
    expect(findings).toEqual([expect.objectContaining({ kind: 'medical_advice', reason: expect.stringMatching(/dose or schedule/) })]);
  });
});
