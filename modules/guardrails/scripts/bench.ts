/**
 * Guardrail check throughput and latency for ~600-character replies, English
 * and Arabic, in log and enforce mode. `npm run bench`; refreshes the
 * guardrails section of docs/benchmarks.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';
import { checkReply, type CheckReplyInput } from '../src/index';
import { BENCH_REPLIES, benchTurn } from '../src/domain/bench-replies';
import { CAIRO_NOW } from '../src/domain/turn-fixture';

const ROUNDS = 5;
const CHECKS_PER_ROUND = 4000;
const WARM_UP_CHECKS = 2000;

const turn = benchTurn;
const REPLIES = BENCH_REPLIES;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

interface Result {
  name: string;
  characters: number;
  findings: number;
  checksPerSecond: number;
  medianMs: number;
  p99Ms: number;
}

/** ROUNDS rounds of CHECKS_PER_ROUND timed calls of `work`; medians over rounds of the rate, the median and the p99. */
function timeRounds(work: () => unknown): { perSecond: number; medianMs: number; p99Ms: number } {
  const roundRates: number[] = [];
  const roundMedians: number[] = [];
  const roundP99s: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const latencies: number[] = [];
    const started = process.hrtime.bigint();
    for (let i = 0; i < CHECKS_PER_ROUND; i++) {
      const before = process.hrtime.bigint();
      work();
      latencies.push(Number(process.hrtime.bigint() - before) / 1e6);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    roundRates.push(CHECKS_PER_ROUND / seconds);
    roundMedians.push(median(latencies));
    roundP99s.push(percentile(latencies, 99));
  }
  return { perSecond: median(roundRates), medianMs: median(roundMedians), p99Ms: median(roundP99s) };
}

function measure(name: string, input: CheckReplyInput): Result {
  for (let i = 0; i < WARM_UP_CHECKS; i++) checkReply(input);
  const timed = timeRounds(() => checkReply(input));
  return {
    name,
    characters: input.reply.length,
    findings: checkReply(input).findings.length,
    checksPerSecond: timed.perSecond,
    medianMs: timed.medianMs,
    p99Ms: timed.p99Ms,
  };
}

const loadAtStart = loadavg()[0]!;
const results = [
  measure('English', { reply: REPLIES.english, turn, now: CAIRO_NOW, mode: 'log' }),
  measure('Arabic', { reply: REPLIES.arabic, turn, now: CAIRO_NOW, mode: 'log' }),
  measure('English with findings, enforce mode', { reply: REPLIES.englishWithFindings, turn, now: CAIRO_NOW, mode: 'enforce' }),
];

/**
 * The machine's own tail: a fixed loop of integer arithmetic, sized to take about as long as the English
 * check, timed the same way in the same run. Its p99/p50 is what the machine adds to any workload.
 */
function fixedWork(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) | 0;
  return x;
}
function calibrate(targetMs: number): { iterations: number; medianMs: number; p99Ms: number } {
  let iterations = 100_000;
  const timeOnce = () => {
    const before = process.hrtime.bigint();
    fixedWork(iterations);
    return Number(process.hrtime.bigint() - before) / 1e6;
  };
  for (let i = 0; i < 200; i++) timeOnce();
  iterations = Math.max(1000, Math.round((iterations * targetMs) / median(Array.from({ length: 200 }, timeOnce))));
  const { medianMs, p99Ms } = timeRounds(() => fixedWork(iterations));
  return { iterations, medianMs, p99Ms };
}
const calibration = calibrate(results[0]!.medianMs);

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const machine = `${platform()} ${arch()}, ${cpu} (${cpus().length} cores), Node ${process.version}, 1-minute load average ${loadAtStart.toFixed(2)} at the start`;
const section = [
  '<!-- bench:guardrails:start -->',
  '## Guardrails: checking one ~600-character reply',
  '',
  `Command: \`npm run bench\` (per reply: ${WARM_UP_CHECKS} warm-up checks, then ${ROUNDS} rounds of ${CHECKS_PER_ROUND} sequential checks, each timed with \`process.hrtime\`; medians over rounds, measured ${new Date().toISOString().slice(0, 10)} on ${machine}).`,
  '',
  '| Reply | Characters | Findings | Checks/second | Latency p50 | Latency p99 |',
  '| --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) => `| ${r.name} | ${r.characters} | ${r.findings} | ${Math.round(r.checksPerSecond)} | ${r.medianMs.toFixed(3)} ms | ${r.p99Ms.toFixed(3)} ms |`,
  ),
  '',
  `Machine tail in the same run: a fixed integer loop sized to the English check's median (${calibration.iterations} iterations) measured p50 ${calibration.medianMs.toFixed(3)} ms and p99 ${calibration.p99Ms.toFixed(3)} ms, a p99/p50 of ${(calibration.p99Ms / calibration.medianMs).toFixed(2)}; the English check's p99/p50 was ${(results[0]!.p99Ms / results[0]!.medianMs).toFixed(2)}.`,
  '',
  'Target: p99 <= 1 ms per reply. The check is synchronous and single-threaded, so checks/second is per core; other work on the machine (see the load average and the machine tail above) shows up in p99 first.',
  '<!-- bench:guardrails:end -->',
].join('\n');

const file = new URL('../../../docs/benchmarks.md', import.meta.url);
const intro = '# Benchmarks\n\nMeasured on the machine named in each section; numbers are medians from one run of the command shown.\n';
let doc = existsSync(file) ? readFileSync(file, 'utf8') : intro;
const existing = /<!-- bench:guardrails:start -->[\s\S]*<!-- bench:guardrails:end -->/;
doc = existing.test(doc) ? doc.replace(existing, section) : `${doc.trimEnd()}\n\n${section}\n`;
writeFileSync(file, doc);

console.log(section);
const slow = results.filter((r) => r.p99Ms > 1);
if (slow.length > 0) {
  console.error(`p99 above 1 ms: ${slow.map((r) => r.name).join(', ')}`);
  process.exitCode = 1;
}
