import { readdirSync, readFileSync } from 'node:fs';
import { parseEvalCases, type EvalCase } from './evaluate';

/** The project's own labelled replies. */
export const OWN_EVAL_DIR = new URL('../../eval/', import.meta.url);

/** Every case in modules/guardrails/eval, files in name order; files whose name matches `without` are left out. */
export function ownEvalCases(without?: RegExp): EvalCase[] {
  return readdirSync(OWN_EVAL_DIR)
    .filter((file) => file.endsWith('.jsonl') && !(without && without.test(file)))
    .sort()
    .flatMap((file) => parseEvalCases(readFileSync(new URL(file, OWN_EVAL_DIR), 'utf8'), file));
}
