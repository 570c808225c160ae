import { describe, expect, it, vi } from 'vitest';
import { gated, WORD_LETTERS } from './pattern-gate';
import { requiredLiterals } from './required-literals';

const LETTER = WORD_LETTERS;
/** Shown with the marks spelled out: ^a (after a non-Latin character), ^^ (after a non-letter). */
const readable = (pattern: RegExp) => requiredLiterals(pattern).map((set) => set.map((text) => text.replace('\u0001', '^a ').replace('\u0002', '^^ ')).sort());

describe('requiredLiterals', () => {
  it('reads a word list after a word-start lookbehind as words that must start a word', () => {
    // ("ear" anywhere is implied, so it is not a set of its own.)
    expect(readable(/(?<![a-z])(?:ear|eye)s?(?![a-z])/)).toEqual([['^a ear', '^a ears', '^a eye', '^a eyes']]);
    expect(readable(new RegExp(String.raw`(?<![${LETTER}])[وف]?(?:كمل|خليك)`, 'u'))[0]).toEqual(['^^ كمل', '^^ خليك', '^^ وكمل', '^^ وخليك', '^^ فكمل', '^^ فخليك'].sort());
  });

  it('needs every part of a sequence, the least common first, a word after a space at a word start', () => {
    expect(readable(/\b(?:you|he)\s+should\s+take\b/)).toEqual([['^^ should'], ['^^ take'], ['^a he', '^a you']]);
  });

  it('reads \\b as a word start only before an ASCII word character', () => {
    expect(readable(/\bسلام|\bdose/u)).toEqual([['^a dose', 'سلام']]);
  });

  it('needs nothing when a match can do without any string', () => {
    expect(requiredLiterals(/\S+|ing/)).toEqual([]);
    expect(requiredLiterals(/[^a-z]{3}/)).toEqual([]);
    expect(requiredLiterals(/(?:pain)?/)).toEqual([]);
    expect(requiredLiterals(/rash/i)).toEqual([]);
  });
});

describe('gated', () => {
  it('does not run the regex on a text that lacks what it needs', () => {
    const pattern = new RegExp(String.raw`(?<![a-z])(?:ibuprofen|paracetamol)\s+(?:\d+\s*mg)`);
    const run = vi.spyOn(pattern, 'test');
    const gate = gated(pattern);
    expect(gate.test('your appointment with dr. mona is on tuesday at 10:00')).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(gate.test('take ibuprofen 400 mg')).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('answers for a pattern made after a text was read with the patterns before it', () => {
    const text = 'please bring your inhaler, a spacer and the discharge letter';
    expect(gated(/\b(?:nebuliser|peak flow meter)\b/).test(text)).toBe(false);
    expect(gated(/\b(?:spacer|chamber)\b/).test(text)).toBe(true);
  });

  it('refuses a global pattern, which would keep a lastIndex between texts', () => {
    expect(() => gated(/dose/g)).toThrow(/g or y flag/);
  });

  const patterns = [
    /(?<![a-z])(?:ear|eye)s?(?![a-z])/,
    new RegExp(String.raw`(?<![${LETTER}])[وف]?(?:كمل|خليك)\s+(?:على|ع)\s+(?:الدوا|الكريم)`, 'u'),
    new RegExp(String.raw`(?<![${LETTER}])[وف]?(?:كمل|الكريم)(?![${LETTER}])`, 'u'),
    /\b(?:you|he)(?:'ll| will)?\s+(?:need|want)\s+(?:an?\s+)?(?:x-ray|filling)s?\b/,
    /(?:^|x)foo|\bbar(?:baz){2}/,
    /\bدواء|\b(?:mg|ml)\b/u,
    /^\s*(?:and\s+)?(?:rinse|gargle)\b/,
    /(?<!\b(?:dr|doctor)\s)(?:heals?|cures?)\s+(?:the|your)\s+\S+/,
    /(?=ab)abc|a(?<![a-z])bc/,
    /😀 ?(?:ok|yes)/u,
    /[A-Z][a-z]+ (?:Clinic|Centre)/,
  ];
  // Texts built from the patterns' own words, cut and joined in every order, with Latin, Arabic and other neighbours.
  const pieces = ['ear', 'eyes', 'ears', 'fear', 'ye', 'فكمل', 'كمل', 'خليك', 'على', 'ع', 'الدوا', 'الكريم', 'بكمل', 'you', "'ll", ' will', 'he', 'need', 'an', 'x-ray', 'filling', 'x', 'foo', 'bar', 'baz', 'دواء', 'mg', 'ml', 'and', 'rinse', 'gargle', 'dr', 'doctor', 'heals', 'cures', 'the', 'your', 'ab', 'abc', 'bc', '😀', 'ok', 'yes', 'Nile', 'Clinic', 'Centre', 'é', 'ب', ' ', ' ', '  ', ',', '\n', '1'];
  // mulberry32: a fixed seed, so a failure repeats.
  let seed = 7;
  const random = (below: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
  const joins = ['', '', ' ', ' ', ',', 'ب', 'é', 'x', '-'];
  const texts = Array.from({ length: 6000 }, () =>
    Array.from({ length: 1 + random(8) }, () => pieces[random(pieces.length)]! + joins[random(joins.length)]!).join(''),
  );

  it('answers as the regex does, on texts made to come close', () => {
    let matched = 0;
    for (const pattern of patterns) {
      const gate = gated(pattern);
      for (const text of texts) {
        const expected = pattern.exec(text);
        const found = gate.exec(text);
        expect(found?.index, `${pattern} on ${JSON.stringify(text)}`).toBe(expected?.index);
        expect(found?.[0]).toBe(expected?.[0]);
        expect(gate.test(text)).toBe(expected !== null);
        if (expected) matched++;
      }
    }
    // The texts reach the patterns: a check that compared only misses would prove nothing.
    expect(matched).toBeGreaterThan(500);
  });
});
