import { describe, expect, it } from 'vitest';
import { BENCH_REPLIES, benchTurn } from './bench-replies';
import { checkReply } from './check-reply';
import { CAIRO_NOW } from './turn-fixture';

const kindsOf = (reply: string) => checkReply({ reply, turn: benchTurn, now: CAIRO_NOW, mode: 'log' }).findings.map((f) => f.kind);

describe('the replies the guardrail benchmark times', () => {
  it('keeps the two clean replies clean, so the benchmark times a full pass that finds nothing', () => {
    expect(kindsOf(BENCH_REPLIES.english)).toEqual([]);
    expect(kindsOf(BENCH_REPLIES.arabic)).toEqual([]);
  });

  it('finds the eleven planted errors of the third reply, of every kind', () => {
    const kinds = kindsOf(BENCH_REPLIES.englishWithFindings);
    expect(kinds).toHaveLength(11);
    expect(new Set(kinds)).toEqual(new Set(['unverified_name', 'unverified_phone', 'unverified_date', 'unverified_amount', 'phantom_confirmation', 'medical_advice']));
  });
});
