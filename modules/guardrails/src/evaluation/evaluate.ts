import { z } from 'zod';
import { checkReply, FINDING_KINDS, verifiedTurnSchema, type FindingKind } from '../index';

/**
 * Runs the checker over labelled cases in the shared format
 * (shared/eval/README.md) and scores it. A case counts as blocked when the
 * checker returns at least one finding; per kind, a case is a true positive
 * when both the label and the checker name that kind.
 */

const findingKindSchema = z.enum(FINDING_KINDS);

export const evalCaseSchema = z.object({
  id: z.string(),
  lang: z.enum(['en', 'ar']),
  reply: z.string(),
  context: verifiedTurnSchema.extend({
    now: z.string(),
    patient: verifiedTurnSchema.shape.patient.default(null),
    lastSlots: verifiedTurnSchema.shape.lastSlots.default([]),
    appointments: verifiedTurnSchema.shape.appointments.default([]),
    toolCalls: verifiedTurnSchema.shape.toolCalls.default([]),
  }),
  expected: z.object({ verdict: z.enum(['allow', 'block']), findings: z.array(findingKindSchema) }),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

export interface Metrics {
  precision: number;
  recall: number;
  falseBlockRate: number;
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Allow cases the checker flagged. */
  falseBlocks: number;
}

export interface CaseResult {
  id: string;
  reply: string;
  expected: FindingKind[];
  found: FindingKind[];
  excerpts: string[];
}

export interface EvaluationReport {
  cases: number;
  allowCases: number;
  overall: Metrics;
  byKind: Record<FindingKind, Metrics>;
  /** Cases where the found kinds differ from the labelled ones. */
  mismatches: CaseResult[];
}

export function parseEvalCases(jsonl: string, source: string): EvalCase[] {
  return jsonl
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      const parsed = evalCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${source}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export function runCase(testCase: EvalCase): CaseResult {
  const { now, ...turn } = testCase.context;
  const outcome = checkReply({ reply: testCase.reply, turn, now, mode: 'log', language: testCase.lang });
  return {
    id: testCase.id,
    reply: testCase.reply,
    expected: [...new Set(testCase.expected.findings)],
    found: [...new Set(outcome.findings.map((f) => f.kind))],
    excerpts: outcome.findings.map((f) => `${f.kind}: ${f.excerpt}`),
  };
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 1 : numerator / denominator);

function metricsOf(counts: Counts, allowCases: number): Metrics {
  return {
    precision: ratio(counts.truePositives, counts.truePositives + counts.falsePositives),
    recall: ratio(counts.truePositives, counts.truePositives + counts.falseNegatives),
    falseBlockRate: allowCases === 0 ? 0 : counts.falseBlocks / allowCases,
  };
}

export function evaluate(cases: readonly EvalCase[]): EvaluationReport {
  const empty = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, falseBlocks: 0 });
  const overall = empty();
  const byKind = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, empty()])) as Record<FindingKind, Counts>;
  const mismatches: CaseResult[] = [];
  let allowCases = 0;

  for (const testCase of cases) {
    const result = runCase(testCase);
    const shouldBlock = testCase.expected.verdict === 'block';
    const blocked = result.found.length > 0;
    if (!shouldBlock) allowCases++;
    if (blocked && shouldBlock) overall.truePositives++;
    if (blocked && !shouldBlock) {
      overall.falsePositives++;
      overall.falseBlocks++;
    }
    if (!blocked && shouldBlock) overall.falseNegatives++;
    for (const kind of FINDING_KINDS) {
      const expected = result.expected.includes(kind);
      const found = result.found.includes(kind);
      const counts = byKind[kind];
      if (expected && found) counts.truePositives++;
      if (!expected && found) counts.falsePositives++;
      if (expected && !found) counts.falseNegatives++;
      if (!shouldBlock && found) counts.falseBlocks++;
    }
    const same = result.expected.length === result.found.length && result.expected.every((k) => result.found.includes(k));
    if (!same) mismatches.push(result);
  }

  return {
    cases: cases.length,
    allowCases,
    overall: metricsOf(overall, allowCases),
    byKind: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, metricsOf(byKind[kind], allowCases)])) as Record<FindingKind, Metrics>,
    mismatches,
  };
}

/** The targets, for any labelled set. */
export const TARGETS = { overallRecall: 0.97, falseBlockRate: 0.03, kindRecall: 0.95 } as const;

export function missedTargets(report: EvaluationReport): string[] {
  const missed: string[] = [];
  if (report.overall.recall < TARGETS.overallRecall) missed.push(`overall recall ${report.overall.recall.toFixed(3)} < ${TARGETS.overallRecall}`);
  if (report.overall.falseBlockRate > TARGETS.falseBlockRate) {
    missed.push(`false-block rate ${report.overall.falseBlockRate.toFixed(3)} > ${TARGETS.falseBlockRate}`);
  }
  for (const kind of FINDING_KINDS) {
    const recall = report.byKind[kind].recall;
    if (recall < TARGETS.kindRecall) missed.push(`${kind} recall ${recall.toFixed(3)} < ${TARGETS.kindRecall}`);
  }
  return missed;
}
