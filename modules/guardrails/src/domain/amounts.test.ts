import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn } from './turn-fixture';
import type { VerifiedTurn } from './verified-turn';

function amountExcerpts(reply: string, turn: VerifiedTurn = cairoTurn()): string[] {
  return checkReply({ reply, turn, now: CAIRO_NOW, mode: 'log' })
    .findings.filter((f) => f.kind === 'unverified_amount')
    .map((f) => f.excerpt);
}

describe('unverified amounts', () => {
  it('passes catalog prices and deposits in any common notation', () => {
    expect(amountExcerpts('Scaling is EGP 600 with a 100 LE deposit; a consultation is 350 pounds.')).toEqual([]);
    expect(amountExcerpts('Root canal treatment is 2,500 EGP.')).toEqual([]);
    expect(amountExcerpts('تنظيف الجير بـ٦٠٠ جنيه والعربون ١٠٠ جنيه.')).toEqual([]);
    expect(amountExcerpts('علاج العصب بألفين وخمسمية جنيه.')).toEqual([]);
  });

  it('reads Arabic number words, including "and a half"', () => {
    expect(amountExcerpts('الكشف بتلتمية وخمسين جنيه، وعلاج العصب بألفين ونص جنيه.')).toEqual([]);
    expect(amountExcerpts('الكشف بأربعمية جنيه.')).toEqual(['بأربعمية جنيه']);
  });

  it('flags a price one digit off, in English and Arabic', () => {
    expect(amountExcerpts('Scaling is 650 EGP.')).toEqual(['650 EGP']);
    expect(amountExcerpts('الكشف بـ٢٥٠ جنيه.')).toEqual(['٢٥٠ جنيه']);
  });

  it('flags another service’s price given for the service named', () => {
    expect(amountExcerpts('The deposit for root canal treatment is 600 EGP.')).toEqual(['600 EGP']);
  });

  it('passes the balance only when the reply speaks of what remains', () => {
    expect(amountExcerpts('Root canal treatment is 2500 EGP; after the deposit the remaining 2000 EGP is paid on the day.')).toEqual([]);
    expect(amountExcerpts('Root canal treatment is 2000 EGP.')).toEqual(['2000 EGP']);
  });

  it('flags the right number in the wrong currency', () => {
    expect(amountExcerpts('Scaling is 600 dollars.')).toEqual(['600 dollars']);
  });

  it('holds a booking reply to the booked service and the tool’s amounts', () => {
    const booked = cairoTurn({
      toolCalls: [
        {
          name: 'book_appointment',
          ok: true,
          result: { start: '2026-11-24T10:00:00+02:00', doctor: 'Dr. Mona Adel', service: 'Scaling', deposit: 100 },
        },
      ],
    });
    expect(amountExcerpts('You are booked. The deposit is 100 EGP.', booked)).toEqual([]);
    expect(amountExcerpts('You are booked. The deposit is 50 EGP.', booked)).toEqual(['50 EGP']);
  });
});
