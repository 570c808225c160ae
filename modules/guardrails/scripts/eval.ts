import { readFileSync } from 'node:fs';
import { FINDING_KINDS } from '../src/index';
import { evaluate, missedTargets, parseEvalCases, type EvaluationReport, type Metrics } from '../src/evaluation/evaluate';

/**
 * npm run eval:guardrails -- FILE.jsonl [FILE.jsonl ...] [--json] [--verbose]
 * Scores the guardrail checker on labelled replies (format: shared/eval/README.md).
 */

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run eval:guardrails -- FILE.jsonl [FILE.jsonl ...] [--json] [--verbose]');
  process.exit(2);
}

const cases = files.flatMap((file) => parseEvalCases(readFileSync(file, 'utf8'), file));
const report = evaluate(cases);

const pick = ({ precision, recall, falseBlockRate }: Metrics): Metrics => ({ precision, recall, falseBlockRate });

if (args.includes('--json')) {
  const byKind = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, pick(report.byKind[kind])]));
  console.log(JSON.stringify({ overall: pick(report.overall), byKind }));
} else {
  printTable(report);
  if (args.includes('--verbose')) {
    for (const mismatch of report.mismatches) {
      console.log(`\n${mismatch.id}: ${mismatch.reply}\n  expected [${mismatch.expected.join(', ')}] found [${mismatch.found.join(', ')}]`);
      for (const excerpt of mismatch.excerpts) console.log(`  ${excerpt}`);
    }
  }
}

function printTable(result: EvaluationReport): void {
  const format = (value: number) => value.toFixed(3).padStart(9);
  console.log(`${result.cases} cases (${result.allowCases} allow) from ${files.join(', ')}`);
  console.log(`${'kind'.padEnd(22)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'falseBlock'.padStart(11)}`);
  const row = (name: string, m: Metrics) => console.log(`${name.padEnd(22)} ${format(m.precision)} ${format(m.recall)}  ${format(m.falseBlockRate)}`);
  for (const kind of FINDING_KINDS) row(kind, result.byKind[kind]);
  row('overall', result.overall);
  const missed = missedTargets(result);
  console.log(missed.length === 0 ? 'targets met' : `targets missed: ${missed.join('; ')}`);
  console.log(`${result.mismatches.length} case(s) with different kinds than labelled${args.includes('--verbose') ? ':' : ' (--verbose lists them)'}`);
}
