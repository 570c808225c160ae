import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn } from './turn-fixture';

function isAdvice(reply: string): boolean {
  return checkReply({ reply, turn: cairoTurn(), now: CAIRO_NOW, mode: 'log' }).findings.some((f) => f.kind === 'medical_advice');
}

describe('medical advice', () => {
  it('flags a diagnosis in English and Arabic', () => {
    expect(isAdvice('That sounds like a tooth abscess.')).toBe(true);
    expect(isAdvice('Bleeding gums usually mean gingivitis.')).toBe(true);
    expect(isAdvice('ده غالباً خراج في السنة.')).toBe(true);
    expect(isAdvice('واضح إنه التهاب عصب.')).toBe(true);
  });

  it('flags a medicine or a dose in English and Arabic', () => {
    expect(isAdvice('Take 400 mg of ibuprofen every 6 hours.')).toBe(true);
    expect(isAdvice('You can take paracetamol until then.')).toBe(true);
    expect(isAdvice('خد بروفين ٤٠٠ مجم كل ٨ ساعات.')).toBe(true);
    expect(isAdvice('الأفضل تاخد مضاد حيوي قبل الكشف.')).toBe(true);
  });

  it('flags a treatment recommendation in English and Arabic', () => {
    expect(isAdvice('Rinse with warm salt water three times a day.')).toBe(true);
    expect(isAdvice('You will most likely need a root canal.')).toBe(true);
    expect(isAdvice('A new filling will fix it.')).toBe(true);
    expect(isAdvice('حط تلج ٢٠ دقيقة على المكان.')).toBe(true);
    expect(isAdvice('واضح إنك محتاج علاج عصب.')).toBe(true);
  });

  it('flags home care and reassurance about a symptom in English and Arabic', () => {
    for (const reply of [
      'Stay off your ankle and avoid cold drinks for now.',
      'Some sensitivity is normal after whitening.',
      'ده طبيعي بعد الحشو وهيروح لوحده.',
      'ريّح رجلك النهارده.',
      'متاكلش على الناحية دي.',
    ]) {
      expect(isAdvice(reply), reply).toBe(true);
    }
  });

  it('passes refusals to advise and deferral to the clinician', () => {
    for (const reply of [
      "I'm not able to give medical advice over chat, but Dr. Mona can examine you on Tuesday.",
      "I can't say whether it's an infection; the dentist will assess it in person.",
      'The doctor will decide after the examination whether you need a root canal.',
      'مقدرش أشخّص الحالة أو أقترح علاج هنا، والدكتور هيقيّم الحالة في الكشف.',
      'الدكتور هو اللي هيحدد بعد الكشف إذا كنت محتاج علاج عصب ولا لأ.',
    ]) {
      expect(isAdvice(reply), reply).toBe(false);
    }
  });

  it('passes empathy, prices of treatments and practical visit instructions', () => {
    for (const reply of [
      "I'm sorry you're dealing with a throbbing toothache and some swelling.",
      'أفهم إن عندك حساسية من الحاجات الساقعة.',
      'Root canal treatment is 2,500 EGP with a 500 EGP deposit.',
      'Please bring any previous x-rays and arrive ten minutes early.',
      'If you need a root canal, the deposit is 500 EGP.',
      'That is normal, we get that question a lot.',
    ]) {
      expect(isAdvice(reply), reply).toBe(false);
    }
  });
});
