import { z } from 'zod';
import { readWallClock } from '@frontdesk/shared-kernel';
import type { AdviceModel } from '../domain/advice-model';
import { checkReply, FINDING_KINDS, verifiedTurnSchema, type FindingKind, type VerifiedTurn } from '../index';

/**
 * Runs the checker over labelled cases in the shared format
 * (shared/eval/README.md) and scores it. A case counts as blocked when the
 * checker returns at least one finding; per kind, a case is a true positive
 * when both the label and the checker name that kind.
 */

const findingKindSchema = z.enum(FINDING_KINDS);

/**
 * The shared format (shared/eval/README.md) promises the case's reply, its
 * labels and the context's shape by example, but not every field of it: the
 * README defines no appointment fields, and a file written elsewhere may leave
 * out an appointment's id, a slot's doctor, a name's Arabic spelling or a
 * catalog list. The loader accepts any such file and fills what is missing
 * with neutral values (an id derived from the position, an empty name that
 * verifies nothing, an empty list), so that other labelled sets run unchanged.
 * Instants written without an offset are read on the clinic's wall clock.
 */
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** An ISO instant; a wall-clock date-time without an offset is resolved in `timezone`. */
export function instantIn(value: string, timezone: string): string {
  const local = LOCAL_DATE_TIME.exec(value.trim());
  if (!local) return value;
  const [, y, mo, d, h, mi, s] = local;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // The zone's offset at the guess, applied twice so a guess across a daylight-saving change settles.
  let instant = wall;
  for (let step = 0; step < 2; step++) {
    const reading = readWallClock(instant, timezone);
    const read = Date.UTC(
      Number(reading.date.slice(0, 4)),
      Number(reading.date.slice(5, 7)) - 1,
      Number(reading.date.slice(8, 10)),
      reading.hour,
      reading.minute,
      reading.second,
    );
    instant += wall - read;
  }
  return new Date(instant).toISOString();
}

const instantText = z.string().min(1);
const text = z.string().default('');
const hhmm = z
  .string()
  .regex(/^\d{1,2}:\d{2}$/, 'a time, H:MM or HH:MM')
  .transform((value) => value.padStart(5, '0'));

const evalContextSchema = z.object({
  now: instantText,
  timezone: z.string().min(1),
  clinic: z.object({
    name: text,
    phones: z.array(z.string()).default([]),
    hours: z
      .array(z.object({ day: z.enum(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']), open: hhmm, close: hhmm }))
      .default([]),
    doctors: z.array(z.object({ name: text, nameAr: text })).default([]),
    branches: z.array(z.object({ name: text, nameAr: text, phone: text })).default([]),
    services: z
      .array(
        z.object({
          name: text,
          nameAr: text,
          price: z.number(),
          deposit: z.number().default(0),
          currency: z.string().length(3),
        }),
      )
      .default([]),
  }),
  patient: z.object({ name: text, phone: text }).nullable().default(null),
  lastSlots: z
    .array(z.object({ start: instantText, doctor: text, end: instantText.optional(), branch: z.string().optional(), service: z.string().optional() }))
    .default([]),
  appointments: z
    .array(
      z.object({
        id: z.string().optional(),
        start: instantText,
        doctor: text,
        service: text,
        branch: text,
        end: instantText.optional(),
      }),
    )
    .default([]),
  toolCalls: z.array(z.object({ name: z.string(), ok: z.boolean(), result: z.unknown().optional() })).default([]),
  assistantName: z.string().optional(),
});

type EvalContextInput = z.infer<typeof evalContextSchema>;

/** The context as a verified turn: derived appointment ids, instants with offsets (checked as the pipeline's turns are). */
function normalisedContext(context: EvalContextInput): VerifiedTurn & { now: string } {
  const at = (value: string) => instantIn(value, context.timezone);
  const turn = {
    ...context,
    now: at(context.now),
    lastSlots: context.lastSlots.map((slot) => ({ ...slot, start: at(slot.start), ...(slot.end ? { end: at(slot.end) } : {}) })),
    appointments: context.appointments.map((appointment, index) => ({
      ...appointment,
      id: appointment.id ?? `appointment-${index + 1}`,
      start: at(appointment.start),
      ...(appointment.end ? { end: at(appointment.end) } : {}),
    })),
  };
  const checked = verifiedTurnSchema.safeParse(turn);
  if (!checked.success) throw new Error(z.prettifyError(checked.error));
  return { ...checked.data, now: turn.now };
}

export const evalCaseSchema = z
  .object({
    id: z.string().optional(),
    lang: z.enum(['en', 'ar']).optional(),
    reply: z.string(),
    context: evalContextSchema,
    expected: z.object({ verdict: z.enum(['allow', 'block']).optional(), findings: z.array(findingKindSchema).default([]) }),
  })
  .transform((raw) => ({
    id: raw.id ?? '',
    lang: raw.lang ?? (/[\u0600-\u06ff]/u.test(raw.reply) ? ('ar' as const) : ('en' as const)),
    reply: raw.reply,
    context: normalisedContext(raw.context),
    expected: { verdict: raw.expected.verdict ?? (raw.expected.findings.length > 0 ? ('block' as const) : ('allow' as const)), findings: raw.expected.findings },
  }));

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
      let parsed;
      try {
        parsed = evalCaseSchema.safeParse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${source}:${number}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!parsed.success) throw new Error(`${source}:${number}: ${z.prettifyError(parsed.error)}`);
      return { ...parsed.data, id: parsed.data.id || `${source}:${number}` };
    });
}

/** `adviceModel`: as in checkReply (the shipped model when absent, rules only when null). */
export function runCase(testCase: EvalCase, adviceModel?: AdviceModel | null): CaseResult {
  const { now, ...turn } = testCase.context;
  const outcome = checkReply({ reply: testCase.reply, turn, now, mode: 'log', language: testCase.lang, adviceModel });
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

export function evaluate(cases: readonly EvalCase[], adviceModel?: AdviceModel | null): EvaluationReport {
  const empty = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, falseBlocks: 0 });
  const overall = empty();
  const byKind = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, empty()])) as Record<FindingKind, Counts>;
  const mismatches: CaseResult[] = [];
  let allowCases = 0;

  for (const testCase of cases) {
    const result = runCase(testCase, adviceModel);
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
