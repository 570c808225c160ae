import { createHash } from 'node:crypto';
import { adviceFeatures, logistic, type AdviceModel, type PackedAdviceModel } from '../domain/advice-model';
import { checkReply } from '../domain/check-reply';
import { ReplyText } from '../domain/reply-text';
import type { EvalCase } from './evaluate';

export interface TrainingOptions {
  bits: number;
  /** Weight of the L2 penalty on the weights (not the bias). */
  l2: number;
  iterations: number;
  threshold: number;
}

/**
 * Chosen on held-out rounds (each round scored by a model trained only on the
 * rounds before it; docs/guardrails.md): a lighter penalty and a high
 * threshold caught the most advice for the fewest false blocks.
 */
export const DEFAULT_TRAINING: TrainingOptions = { bits: 18, l2: 0.01, iterations: 500, threshold: 0.8 };

/** A piece of a labelled reply: a sentence, or a whole reply when no sentence can be singled out. */
export interface AdviceExample {
  /** Folded, lower-cased text (as ReplyText.lower). */
  text: string;
  advice: boolean;
}

/**
 * The model scores sentences, but cases are labelled per reply. Every sentence
 * of a reply without medical advice is an example of what is not advice; in a
 * reply with advice, the sentences the rules flag are advice and the others
 * are not. A reply labelled as advice that the rules pass whole is one
 * example of advice as a whole: those are the wordings the model is for.
 */
export function adviceExamples(cases: readonly EvalCase[]): AdviceExample[] {
  const examples: AdviceExample[] = [];
  for (const c of cases) {
    const reply = new ReplyText(c.reply);
    const sentences = reply.sentences.map((sentence) => ({ text: reply.lower.slice(sentence.start, sentence.end), quoted: reply.excerpt(sentence) }));
    if (!c.expected.findings.includes('medical_advice')) {
      for (const sentence of sentences) examples.push({ text: sentence.text, advice: false });
      continue;
    }
    const { now, ...turn } = c.context;
    const excerpts = checkReply({ reply: c.reply, turn, now, mode: 'log', language: c.lang, adviceModel: null })
      .findings.filter((finding) => finding.kind === 'medical_advice')
      .map((finding) => finding.excerpt);
    if (excerpts.length === 0) {
      examples.push({ text: reply.lower, advice: true });
      continue;
    }
    for (const sentence of sentences) examples.push({ text: sentence.text, advice: excerpts.some((excerpt) => sentence.quoted.includes(excerpt)) });
  }
  return examples;
}

/** Examples as one sparse matrix (rows of bucket, value pairs). */
interface Matrix {
  rowStarts: Int32Array;
  buckets: Int32Array;
  values: Float32Array;
  labels: Float64Array;
}

function matrixOf(examples: readonly AdviceExample[], bits: number): Matrix {
  const rows = examples.map((example) => adviceFeatures(example.text, bits));
  const size = rows.reduce((sum, row) => sum + row.buckets.length, 0);
  const matrix: Matrix = {
    rowStarts: new Int32Array(rows.length + 1),
    buckets: new Int32Array(size),
    values: new Float32Array(size),
    labels: Float64Array.from(examples, (example) => (example.advice ? 1 : 0)),
  };
  let at = 0;
  rows.forEach((row, index) => {
    matrix.rowStarts[index] = at;
    matrix.buckets.set(row.buckets, at);
    matrix.values.set(row.values, at);
    at += row.buckets.length;
  });
  matrix.rowStarts[rows.length] = at;
  return matrix;
}

/** Penalised log loss and its gradient; the last coordinate is the bias. */
function lossAndGradient(matrix: Matrix, parameters: Float64Array, l2: number, gradient: Float64Array): number {
  const dimension = parameters.length - 1;
  const bias = parameters[dimension]!;
  gradient.fill(0);
  let loss = 0;
  for (let row = 0; row + 1 < matrix.rowStarts.length; row++) {
    let z = bias;
    for (let at = matrix.rowStarts[row]!; at < matrix.rowStarts[row + 1]!; at++) z += parameters[matrix.buckets[at]!]! * matrix.values[at]!;
    const label = matrix.labels[row]!;
    // log(1 + e^-z) for label 1, log(1 + e^z) for label 0, computed without overflow.
    const signed = label === 1 ? -z : z;
    loss += signed > 0 ? signed + Math.log1p(Math.exp(-signed)) : Math.log1p(Math.exp(signed));
    const error = logistic(z) - label;
    for (let at = matrix.rowStarts[row]!; at < matrix.rowStarts[row + 1]!; at++) gradient[matrix.buckets[at]!]! += error * matrix.values[at]!;
    gradient[dimension]! += error;
  }
  for (let index = 0; index < dimension; index++) {
    loss += 0.5 * l2 * parameters[index]! ** 2;
    gradient[index]! += l2 * parameters[index]!;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += a[index]! * b[index]!;
  return sum;
};

/**
 * Minimises the loss with L-BFGS (ten remembered steps, backtracking line
 * search). Everything is in a fixed order, so the same cases give the same
 * weights on every machine.
 */
function minimise(matrix: Matrix, dimension: number, options: TrainingOptions): { x: Float64Array; iterations: number; loss: number } {
  const size = dimension + 1;
  let x = new Float64Array(size);
  let gradient = new Float64Array(size);
  let loss = lossAndGradient(matrix, x, options.l2, gradient);
  const memory: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  let iteration = 0;
  for (; iteration < options.iterations; iteration++) {
    // Two-loop recursion: direction = -H·g.
    const direction = Float64Array.from(gradient, (g) => -g);
    const alphas: number[] = [];
    for (let index = memory.length - 1; index >= 0; index--) {
      const { s, y, rho } = memory[index]!;
      const alpha = rho * dot(s, direction);
      alphas[index] = alpha;
      for (let k = 0; k < size; k++) direction[k]! -= alpha * y[k]!;
    }
    const last = memory[memory.length - 1];
    const scaling = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.max(1, Math.sqrt(dot(gradient, gradient)));
    for (let k = 0; k < size; k++) direction[k]! *= scaling;
    for (let index = 0; index < memory.length; index++) {
      const { s, y, rho } = memory[index]!;
      const beta = rho * dot(y, direction);
      for (let k = 0; k < size; k++) direction[k]! += s[k]! * (alphas[index]! - beta);
    }
    const slope = dot(gradient, direction);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let nextLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let k = 0; k < size; k++) next[k] = x[k]! + step * direction[k]!;
      nextLoss = lossAndGradient(matrix, next, options.l2, nextGradient);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = Float64Array.from(next, (value, k) => value - x[k]!);
    const y = Float64Array.from(nextGradient, (value, k) => value - gradient[k]!);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      memory.push({ s, y, rho: 1 / sy });
      if (memory.length > 10) memory.shift();
    }
    const converged = loss - nextLoss < 1e-7 * Math.max(1, Math.abs(loss));
    x = next;
    gradient = nextGradient;
    loss = nextLoss;
    if (converged) break;
  }
  return { x, iterations: iteration, loss };
}

export interface TrainedAdviceModel extends AdviceModel {
  /** L-BFGS iterations run and the penalised loss reached, for the training log. */
  iterations: number;
  loss: number;
}

export function trainAdviceModel(cases: readonly EvalCase[], options: TrainingOptions = DEFAULT_TRAINING): TrainedAdviceModel {
  const dimension = 1 << options.bits;
  const { x, iterations, loss } = minimise(matrixOf(adviceExamples(cases), options.bits), dimension, options);
  const weights = Float32Array.from(x.subarray(0, dimension));
  return { bits: options.bits, bias: x[dimension]!, weights, threshold: options.threshold, iterations, loss };
}

/** A digest of the training cases' replies and labels, in order: it changes when a case is added, edited or relabelled. */
export function trainingDigest(cases: readonly EvalCase[]): PackedAdviceModel['trainedOn'] {
  const hash = createHash('sha256');
  for (const c of cases) hash.update(`${c.id}\u0000${c.reply}\u0000${c.expected.findings.includes('medical_advice') ? 1 : 0}\n`);
  return { cases: cases.length, digest: hash.digest('hex').slice(0, 16) };
}
