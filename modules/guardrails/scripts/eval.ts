import { readFileSync } from 'node:fs';
import { FINDING_KINDS } from '../src/index';
import type { AdviceModel } from '../src/domain/advice-model';
import { ownEvalCases } from '../src/evaluation/eval-files';
import { evaluate, missedTargets, parseEvalCases, type EvaluationReport, type Metrics } from '../src/evaluation/evaluate';
import { trainAdviceModel } from '../src/evaluation/train-advice-model';

/**
 * npm run eval:guardrails -- FILE.jsonl [FILE.jsonl ...] [--json] [--verbose] [--rules-only | --train-without REGEX]
 * Scores the guardrail checker on labelled replies (format: shared/eval/README.md).
 * --rules-only: the medical-advice rules without the trained model.
 * --train-without REGEX: first trains the model afresh on the project's eval files except those whose name
 * matches REGEX, and scores with it (a held-out measurement: pass the files being scored).
 */

const args = process.argv.slice(2);
const trainWithout = args.includes('--train-without') ? args[args.indexOf('--train-without') + 1] : undefined;
const files = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--train-without');
if (files.length === 0 || (args.includes('--train-without') && !trainWithout)) {
  console.error('usage: npm run eval:guardrails -- FILE.jsonl [FILE.jsonl ...] [--json] [--verbose] [--rules-only | --train-without REGEX]');
  process.exit(2);
}

const cases = files.flatMap((file) => parseEvalCases(readFileSync(file, 'utf8'), file));
let adviceModel: AdviceModel | null | undefined;
if (args.includes('--rules-only')) adviceModel = null;
else if (trainWithout) {
  const training = ownEvalCases(new RegExp(trainWithout));
  const scored = new Set(cases.map((c) => c.id));
  const overlap = training.filter((c) => scored.has(c.id)).length;
  if (overlap > 0) console.error(`warning: ${overlap} of the scored cases are also in the training cases`);
  adviceModel = trainAdviceModel(training);
  console.error(`model trained on ${training.length} cases without /${trainWithout}/`);
}
const report = evaluate(cases, adviceModel);

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
