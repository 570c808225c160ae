import { describe, expect, it } from 'vitest';
import { ReplyText, commonSpelling, sharedLeads, splitClauses } from './reply-text';

describe('ReplyText', () => {
  it('folds Arabic-Indic digits and letter variants without moving indexes', () => {
    const reply = new ReplyText('الكشف بـ٣٥٠ جنيه في مصر الجديدة');
    expect(reply.text).toBe('الكشف ب350 جنيه في مصر الجديده');
    const start = reply.text.indexOf('350');
    expect(reply.excerpt({ start, end: start + 3 })).toBe('٣٥٠');
  });

  it('drops harakat and tatweel and still quotes the original words', () => {
    const reply = new ReplyText('عشان نثبّت الميعاد بـ ١٠٠ جنيه');
    expect(reply.text).toBe('عشان نثبت الميعاد ب 100 جنيه');
    const start = reply.text.indexOf('نثبت');
    expect(reply.excerpt({ start, end: start + 4 })).toBe('نثبّت');
  });

  it('splits sentences but not after "Dr." or "د."', () => {
    const reply = new ReplyText('Dr. Mona is free. د. منى فاضية! Shall I book?');
    expect(reply.sentences.map((s) => reply.text.slice(s.start, s.end).trim())).toEqual([
      'Dr. Mona is free.',
      'د. مني فاضيه!',
      'Shall I book?',
    ]);
  });

  it('splits clauses at commas and "but", not inside 4,000 or 10:30', () => {
    const reply = new ReplyText('Whitening is EGP 4,000 at 10:30, but ask first');
    expect(splitClauses(reply.lower, reply.sentences[0]!).map((c) => reply.lower.slice(c.start, c.end).trim())).toEqual([
      'whitening is egp 4,000 at 10:30',
      'ask first',
    ]);
  });

  it('ends an English sentence at an emoji before a capital, not an Arabic one', () => {
    const reply = new ReplyText("We're closed today 🙂 Our hours are 9 to 5. تم ✅ يا مريم");
    expect(reply.sentences.map((s) => reply.text.slice(s.start, s.end).trim())).toEqual(["We're closed today 🙂", 'Our hours are 9 to 5.', 'تم ✅ يا مريم']);
  });

  it('makes British spellings American for comparing service names, dropping letters only', () => {
    expect(commonSpelling('the 12-session programme at our paediatric centre')).toBe('the 12-session program at our pediatric center');
    expect(commonSpelling('tumour and colour, immunisation')).toBe('tumor and color, immunization');
    expect(commonSpelling('our hours')).toBe('our hours');
  });

  it('writes a word-start test that neighbouring alternatives share once, keeping their order and what they match', () => {
    const lead = String.raw`(?<![a-z])`;
    const source = String.raw`${lead}(?:ab|a)c|${lead}x(?:y|z)|\d+|${lead}q`;
    expect(sharedLeads(source, [lead])).toBe(String.raw`${lead}(?:(?:ab|a)c|x(?:y|z))|\d+|${lead}q`);
    const before = new RegExp(source);
    const after = new RegExp(sharedLeads(source, [lead]));
    for (const text of ['abc', 'zabc', 'ac', 'xz', 'axz', '42', 'q', 'aq', '[q]']) expect(after.exec(text)?.[0], text).toBe(before.exec(text)?.[0]);
  });

  it('ends an Arabic sentence at a check mark, as an English one at an emoji before a capital', () => {
    const reply = new ReplyText('تم حجز موعدك ✅ وبما إنك أخذت الجرعة فما تحتاج غيرها.');
    expect(reply.sentences.map((s) => reply.excerpt(s))).toEqual(['تم حجز موعدك ✅', 'وبما إنك أخذت الجرعة فما تحتاج غيرها.']);
    const smile = new ReplyText('أهلاً 😊 موعدك بكرة.');
    expect(smile.sentences).toHaveLength(1);
  });
});
