import { readdirSync, readFileSync } from 'node:fs';
import { gatedPatterns } from '@frontdesk/shared-kernel';
import { describe, expect, it } from 'vitest';
import { findMedicalAdvice } from './medical-advice';
import { foldText, ReplyText } from './reply-text';

/**
 * The medical-advice rules run behind gates (shared-kernel pattern-gate): a rule's regex runs only on a clause that
 * holds the strings it cannot match without. On clauses of the eval files' replies (the texts the rules read), every
 * gated rule must answer as its bare regex does.
 */
const evalDir = new URL('../../eval/', import.meta.url);
const SAMPLE = 40;
const texts = new Set<string>();
readdirSync(evalDir)
  .filter((file) => file.endsWith('.jsonl'))
  .forEach((file, fileIndex) => {
    const lines = readFileSync(new URL(file, evalDir), 'utf8').split('\n').filter((line) => line.trim().length > 0);
    // One reply in SAMPLE, a different one in each file: every file, in a few seconds.
    lines.forEach((line, lineIndex) => {
      if ((lineIndex + fileIndex) % SAMPLE !== 0) return;
      const reply = new ReplyText((JSON.parse(line) as { reply: string }).reply);
      for (const sentence of reply.sentences) for (const clause of reply.clausesOf(sentence)) texts.add(reply.lower.slice(clause.start, clause.end));
    });
  });

describe('gated medical-advice rules', () => {
  it('answer as their regexes do on the eval replies', () => {
    findMedicalAdvice(new ReplyText('Take ibuprofen 400 mg twice a day.'));
    const gates = gatedPatterns();
    expect(gates.length).toBeGreaterThan(100);
    expect(texts.size).toBeGreaterThan(1_500);
    let differ = 0;
    let matches = 0;
    for (const { pattern, gate } of gates) {
      for (const text of texts) {
        const expected = pattern.test(text);
        if (gate.test(text) !== expected) differ++;
        if (expected) matches++;
      }
    }
    expect(differ).toBe(0);
    // The rules do match on these texts: agreeing only on misses would prove little.
    expect(matches).toBeGreaterThan(500);
  }, 60_000);

  it('are written in folded Arabic, as the clauses they read are ("علي", not "على")', () => {
    findMedicalAdvice(new ReplyText('Take ibuprofen 400 mg twice a day.'));
    const unfolded = gatedPatterns().flatMap(({ pattern }) => [...pattern.source.matchAll(/[\u0600-\u06ff]+/gu)].map(([word]) => word).filter((word) => foldText(word) !== word));
    expect(unfolded).toEqual([]);
    expect(foldText('على')).toBe('علي');
  });
});
