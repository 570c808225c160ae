import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { isVerifiedPhone } from './phones';
import { CAIRO_NOW, cairoTurn, cairoTurnWithClinic } from './turn-fixture';
import type { VerifiedTurn } from './verified-turn';

function phoneExcerpts(reply: string, turn: VerifiedTurn = cairoTurn()): string[] {
  return checkReply({ reply, turn, now: CAIRO_NOW, mode: 'log' })
    .findings.filter((f) => f.kind === 'unverified_phone')
    .map((f) => f.excerpt);
}

describe('unverified phone numbers', () => {
  it('passes verified numbers written locally, internationally, grouped or in Arabic-Indic digits', () => {
    expect(phoneExcerpts('Call 0221234567, +20 2 2123 4567 or 02-2123-4568.')).toEqual([]);
    expect(phoneExcerpts('We will text 0100 123 4567 and 01001234567.')).toEqual([]);
    expect(phoneExcerpts('واتساب على ٠١٠٦٦٧٧٨٨٩٩ أو ٠٢٢٣٥٨١٢٣٤.')).toEqual([]);
  });

  it('flags a number one digit off, in English and Arabic', () => {
    expect(phoneExcerpts('We will text 01001234576.')).toEqual(['01001234576']);
    expect(phoneExcerpts('هنبعت على ٠١٠٠١٢٣٤٥٧٦.')).toEqual(['٠١٠٠١٢٣٤٥٧٦']);
  });

  it('flags an unknown number and an unknown hotline', () => {
    expect(phoneExcerpts('Call us on 09 300 4321.')).toEqual(['09 300 4321']);
    expect(phoneExcerpts('Or call our hotline 19876.')).toEqual(['19876']);
  });

  it('does not read prices, times or dates as phone numbers', () => {
    expect(phoneExcerpts('Scaling is 600 EGP. Tuesday 24 November at 10:00 works, or 2026-11-24.')).toEqual([]);
  });

  it('does not match a local number against a different country code', () => {
    expect(phoneExcerpts('Call +64 1 2123 4567.')).toEqual(['+64 1 2123 4567']);
  });

  it('never runs a number over a line break into the next list item', () => {
    expect(phoneExcerpts('١. فرع المعادي: رقمه ٠٢٢٣٥٨١٢٣٤\n٢. فرع مصر الجديدة')).toEqual([]);
    expect(phoneExcerpts('١. فرع المعادي: رقمه ٠٢٢٣٥٨١٢٣٥\n٢. فرع مصر الجديدة')).toEqual(['٠٢٢٣٥٨١٢٣٥']);
  });

  it('matches a local number with a number on file that keeps its trunk 0 after the country code', () => {
    expect(isVerifiedPhone('03 456 789', '03456789', ['96103456789'])).toBe(true);
    expect(isVerifiedPhone('03 456 788', '03456788', ['96103456789'])).toBe(false);
    expect(isVerifiedPhone('+961 03 456 789', '96103456789', ['9613456789'])).toBe(false);
  });

  it("flags a branch's own number given for another branch named before it, in English and Arabic; the clinic's own number reaches every branch", () => {
    expect(phoneExcerpts('رقم فرع المعادي هو ٠٢٢١٢٣٤٥٦٨، اتصل عليهم.')).toEqual(['٠٢٢١٢٣٤٥٦٨']);
    expect(phoneExcerpts('رقم فرع مصر الجديدة هو ٠٢٢١٢٣٤٥٦٨، اتصل عليهم.')).toEqual([]);
    expect(phoneExcerpts('You can reach our Maadi branch on 02 2123 4568.')).toEqual(['02 2123 4568']);
    expect(phoneExcerpts('Heliopolis is on 02 2123 4568 and Maadi on 02 2358 1234.')).toEqual([]);
    expect(phoneExcerpts('Call the Maadi branch through our main line, 02 2123 4567.')).toEqual([]);
  });

  it('reads a clause that names no branch as about the branch named earlier in its sentence, unless it names a branch in words of its own', () => {
    expect(phoneExcerpts('Yes, we have a branch in Maadi too — you can reach them directly on 02 2123 4568.')).toEqual(['02 2123 4568']);
    expect(phoneExcerpts('Yes, we have a branch in Maadi too — the other branch is on 02 2123 4568.')).toEqual([]);
    expect(phoneExcerpts('Yes, we have a branch in Heliopolis too — you can reach them directly on 02 2123 4568.')).toEqual([]);
    expect(phoneExcerpts('أيوه عندنا فرع في المعادي كمان — تقدر تكلمهم على ٠٢٢١٢٣٤٥٦٨')).toEqual(['٠٢٢١٢٣٤٥٦٨']);
    expect(phoneExcerpts('أيوه عندنا فرع في المعادي كمان — والفرع التاني رقمه ٠٢٢١٢٣٤٥٦٨')).toEqual([]);
  });

  it('reads "the branch" alone as the branch named before it, and knows a branch without the town in brackets after its name', () => {
    expect(phoneExcerpts('For your appointment at Maadi, you can call the branch directly on 02 2123 4568.')).toEqual(['02 2123 4568']);
    expect(phoneExcerpts('For your appointment at Heliopolis, you can call the branch directly on 02 2123 4568.')).toEqual([]);
    expect(phoneExcerpts('لموعدك في المعادي، اتصل على الفرع مباشرة ٠٢٢١٢٣٤٥٦٨')).toEqual(['٠٢٢١٢٣٤٥٦٨']);
    const sohag = cairoTurnWithClinic({
      branches: [
        { name: 'Akhmim', nameAr: 'أخميم', phone: '+20934581221' },
        { name: 'El-Kawthar (Sohag)', nameAr: 'الكوثر (سوهاج)', phone: '+20932204417' },
      ],
    });
    expect(phoneExcerpts('Call the Akhmim branch on 093 458 1221 or the El-Kawthar branch in Sohag on 093 220 4417.', sohag)).toEqual([]);
    expect(phoneExcerpts('Call the Akhmim branch on 093 220 4417.', sohag)).toEqual(['093 220 4417']);
    expect(phoneExcerpts('اتصل على فرع الكوثر على ٠٩٣٢٢٠٤٤١٧', sohag)).toEqual([]);
  });

  it('reads "the branch number" in a sentence that names no branch as the branch of the sentence before', () => {
    expect(phoneExcerpts('Your session is at our Maadi branch. If you need directions, the branch number is 02 2123 4568.')).toEqual(['02 2123 4568']);
    expect(phoneExcerpts('Your session is at our Heliopolis branch. If you need directions, the branch number is 02 2123 4568.')).toEqual([]);
    expect(phoneExcerpts('جلستك بكرة في فرع المعادي، ولو هتتأخر كلم الفرع على ٠٢٢١٢٣٤٥٦٨')).toEqual(['٠٢٢١٢٣٤٥٦٨']);
    expect(phoneExcerpts('جلستك بكرة في فرع مصر الجديدة، ولو هتتأخر كلم الفرع على ٠٢٢١٢٣٤٥٦٨')).toEqual([]);
  });

  it('reads a long number before a currency as a price, not a phone number', () => {
    expect(phoneExcerpts('بالون المعدة سعره ٣٥٠٠٠٠٠ دينار والعربون ٥٠٠٠٠٠ دينار.')).toEqual([]);
    expect(phoneExcerpts('The package is 3500000 IQD.')).toEqual([]);
    expect(phoneExcerpts('بالون المعدة سعره ٣٥٠٠٠٠٠، اتصل على ٣٥٠٠٠٠٠.')).toEqual(['٣٥٠٠٠٠٠', '٣٥٠٠٠٠٠']);
  });
});
