import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, missedTargets, parseEvalCases } from './evaluate';

/** The shared dev set lives outside the repository (../shared/eval); checkouts without it skip that one check. */
const devFile = new URL('../../../../../shared/eval/guardrails-dev.jsonl', import.meta.url);
const haveDevFile = existsSync(devFile);
const ownFiles = ['guardrails-cases.jsonl', 'guardrails-holdout-a.jsonl', 'guardrails-holdout-b.jsonl', 'guardrails-holdout-c.jsonl'].map(
  (name) => new URL(`../../eval/${name}`, import.meta.url),
);

function casesFrom(file: URL) {
  return parseEvalCases(readFileSync(file, 'utf8'), file.pathname);
}

describe('evaluation against labelled replies', () => {
  it.skipIf(!haveDevFile)('meets the targets on the shared dev set', () => {
    const report = evaluate(casesFrom(devFile));
    expect(report.cases).toBe(120);
    expect(missedTargets(report)).toEqual([]);
  });

  it.each(ownFiles.map((file) => [file.pathname.split('/').pop()!, file] as const))('meets the targets on %s', (_name, file) => {
    const report = evaluate(casesFrom(file));
    expect(missedTargets(report)).toEqual([]);
  });

  it('scores precision, recall and false blocks per kind and overall', () => {
    const [first] = casesFrom(ownFiles[0]!);
    const allowCase = { ...first!, reply: 'Scaling is 450 EGP.', expected: { verdict: 'allow' as const, findings: [] } };
    const report = evaluate([allowCase]);
    expect(report.overall).toEqual({ precision: 0, recall: 1, falseBlockRate: 1 });
    expect(report.byKind.unverified_amount).toEqual({ precision: 0, recall: 1, falseBlockRate: 1 });
    expect(report.byKind.medical_advice).toEqual({ precision: 1, recall: 1, falseBlockRate: 0 });
  });
});
