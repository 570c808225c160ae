import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn } from './turn-fixture';

const turn = cairoTurn();
const input = (reply: string, mode: 'log' | 'enforce') => ({ reply, turn, now: CAIRO_NOW, mode });

describe('checkReply modes', () => {
  it('lets a clean reply through unchanged in both modes', () => {
    for (const mode of ['log', 'enforce'] as const) {
      const outcome = checkReply(input('Dr. Mona Adel has Tuesday 24 November at 10:00. Shall I book it?', mode));
      expect(outcome).toMatchObject({ verdict: 'allow', findings: [], replaced: false, staffReview: false });
      expect(outcome.reply).toBe('Dr. Mona Adel has Tuesday 24 November at 10:00. Shall I book it?');
    }
  });

  it('records findings but sends the draft in log mode', () => {
    const draft = 'Scaling is 450 EGP.';
    const outcome = checkReply(input(draft, 'log'));
    expect(outcome).toMatchObject({ verdict: 'block', replaced: false, reply: draft });
    expect(outcome.findings).toEqual([expect.objectContaining({ kind: 'unverified_amount', excerpt: '450 EGP' })]);
  });

  it('replaces unverified facts with a clarifying question in the patient’s language', () => {
    const english = checkReply(input('Scaling is 450 EGP.', 'enforce'));
    expect(english).toMatchObject({ replaced: true, staffReview: false });
    expect(english.reply).toMatch(/which service/);
    const arabic = checkReply(input('تنظيف الجير بـ٤٥٠ جنيه.', 'enforce'));
    expect(arabic.language).toBe('ar');
    expect(arabic.reply).toMatch(/الخدمة/);
  });

  it('replaces a phantom confirmation with a request for explicit confirmation', () => {
    const outcome = checkReply(input("Great, I've booked you with Dr. Mona on Tuesday at 10:00.", 'enforce'));
    expect(outcome.findings.map((f) => f.kind)).toEqual(['phantom_confirmation']);
    expect(outcome.reply).toMatch(/book this appointment\? Please reply "yes"/);
    expect(checkReply(input('تمام، حجزتلك مع د. منى.', 'enforce')).reply).toMatch(/أحجز الميعاد ده/);
  });

  it('escalates medical advice and flags the conversation for staff review', () => {
    const outcome = checkReply(input('That sounds like an abscess. Take ibuprofen until Tuesday.', 'enforce'));
    expect(outcome).toMatchObject({ verdict: 'block', replaced: true, staffReview: true });
    expect(outcome.reply).toMatch(/can't give medical advice/);
    expect(checkReply(input('خد بروفين لحد الكشف.', 'enforce')).reply).toMatch(/مقدرش أدي نصايح طبية/);
  });

  it('puts medical advice before other findings when choosing the replacement', () => {
    const outcome = checkReply(input("I've booked you, and take ibuprofen for the pain.", 'enforce'));
    expect(outcome.findings.map((f) => f.kind)).toEqual(['phantom_confirmation', 'medical_advice']);
    expect(outcome.staffReview).toBe(true);
  });

  it('uses the language it is given over the reply’s script', () => {
    expect(checkReply({ ...input('Scaling is 450 EGP.', 'enforce'), language: 'ar' }).reply).toMatch(/الخدمة/);
  });

  it('is deterministic: the same input gives the same outcome', () => {
    const draft = 'Dr. Tarek can see you tomorrow at 4 pm; it sounds like an abscess.';
    expect(checkReply(input(draft, 'enforce'))).toEqual(checkReply(input(draft, 'enforce')));
  });
});
