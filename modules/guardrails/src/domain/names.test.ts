import { describe, expect, it } from 'vitest';
import { checkReply } from './check-reply';
import { CAIRO_NOW, cairoTurn } from './turn-fixture';
import type { VerifiedTurn } from './verified-turn';

function findings(reply: string, turn: VerifiedTurn = cairoTurn()) {
  return checkReply({ reply, turn, now: CAIRO_NOW, mode: 'log' }).findings.filter((f) => f.kind === 'unverified_name');
}

describe('unverified names', () => {
  it('passes a catalog doctor by full name, first name or title and surname, in English and Arabic', () => {
    expect(findings('Dr. Mona Adel can see you. Mona is lovely, and Dr. Farouk is free too.')).toEqual([]);
    expect(findings('د. منى عادل فاضية، ود. كريم كمان.')).toEqual([]);
  });

  it('flags a doctor the clinic does not have, in English and Arabic', () => {
    expect(findings('Dr. Tarek Hamdy will see you on Tuesday.').map((f) => f.excerpt)).toEqual(['Tarek Hamdy']);
    expect(findings('هتكون مع د. طارق حمدي.').map((f) => f.excerpt)).toEqual(['طارق حمدي']);
  });

  it('flags a doctor name one letter off', () => {
    expect(findings('Dr. Mona Adle has an opening.')).toHaveLength(1);
    expect(findings('د. منى عادلي عندها ميعاد.')).toHaveLength(1);
  });

  it('flags a known first name with a wrong surname', () => {
    expect(findings('Your appointment is with Dr. Karim Fawzy.')).toHaveLength(1);
    expect(findings('ميعادك مع د. كريم فوزي.')).toHaveLength(1);
  });

  it('flags a branch the clinic does not have, in English and Arabic', () => {
    expect(findings('We also have a branch in Nasr City.')).toHaveLength(1);
    expect(findings('عندنا فرع في مدينة نصر كمان.')).toHaveLength(1);
    expect(findings('أقرب فرع ليك هو فرع الزمالك.')).toHaveLength(1);
  });

  it('passes the clinic’s own branches in either language', () => {
    expect(findings('Our Heliopolis and Maadi branches are both open.')).toEqual([]);
    expect(findings('عندنا فرعين، واحد في مصر الجديدة والتاني في المعادي.')).toEqual([]);
  });

  it('flags a staff member nobody verified, with or without a title', () => {
    expect(findings('Our senior hygienist, Sarah Collins, will take care of you.')).toHaveLength(1);
    expect(findings('الأخصائية سارة كولينز هتعملك الجلسة.')).toHaveLength(1);
  });

  it('passes the verified patient addressed in the other script', () => {
    expect(findings('أهلاً يا أستاذ عمر، إزيك؟')).toEqual([]);
    const arabicPatient = cairoTurn({ patient: { name: 'أحمد إبراهيم', phone: '+201098765432' } });
    expect(findings('Thanks, Ahmed! See you soon.', arabicPatient)).toEqual([]);
  });

  it('does not read ordinary capitalised words as names', () => {
    expect(findings('Parking is free. Unfortunately, Friday is our day off. We take Visa and InstaPay.')).toEqual([]);
  });
});
