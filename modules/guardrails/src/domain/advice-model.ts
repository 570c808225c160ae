import type { ReplyText, Span } from './reply-text';

/**
 * A linear model (logistic regression over hashed word and character n-grams)
 * that scores how much each sentence of a reply reads like medical advice. It backs up the
 * medical-advice rules: they catch the shapes someone has written down, the
 * model catches wordings that share their vocabulary and phrasing without
 * matching any one rule. It is trained on the labelled eval cases by
 * `npm run train:guardrails`; scoring is a few thousand hash lookups, with no
 * I/O and nothing random, so the check stays pure and deterministic.
 */
export interface AdviceModel {
  /** log2 of the number of weight buckets. */
  bits: number;
  bias: number;
  weights: ArrayLike<number>;
  /** A reply scoring at or above this probability is medical advice. */
  threshold: number;
}

/** One sentence as the model reads it: bucket indexes with L2-normalised counts. */
export interface AdviceFeatures {
  buckets: number[];
  values: number[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let index = start; index < end; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Feature families hash from different seeds, so the word "iron" and the character gram " iron" do not share a bucket by design. */
const WORD_SEED = mix(FNV_OFFSET, 'w', 0, 1);
const BIGRAM_SEED = mix(FNV_OFFSET, 'b', 0, 1);
const GRAM_SEED = mix(FNV_OFFSET, 'c', 0, 1);
const SPACE = 0x20;
const GRAM_SIZES = [3, 4, 5] as const;

/** Words of the folded, lower-cased reply; digits read as 0, since a dose is a dose whatever the number. */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
const DIGIT = /\p{Nd}/gu;

function bucketOf(hash: number, bits: number): number {
  const h = hash >>> 0;
  return (h ^ (h >>> bits)) & ((1 << bits) - 1);
}

/**
 * A sentence's features (`lower`: folded and lower-cased, as ReplyText.lower):
 * each word, each pair of neighbouring words, and the 3- to 5-letter pieces of
 * each word with its edges marked (Arabic clitics and dialect spellings share
 * most pieces with the forms seen in training).
 */
export function adviceFeatures(lower: string, bits: number): AdviceFeatures {
  const text = lower.replace(DIGIT, '0');
  const counts = new Map<number, number>();
  const add = (hash: number) => {
    const bucket = bucketOf(hash, bits);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  };
  let previousStart = -1;
  let previousEnd = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    add(mix(WORD_SEED, text, start, end));
    if (previousStart >= 0) add(mix(mix(mix(BIGRAM_SEED, text, previousStart, previousEnd), ' ', 0, 1), text, start, end));
    previousStart = start;
    previousEnd = end;
    // Pieces of " word ": the spaces mark the word's edges.
    const length = end - start + 2;
    for (const size of GRAM_SIZES) {
      for (let from = 0; from + size <= length; from++) {
        let h = GRAM_SEED;
        for (let at = from; at < from + size; at++) {
          h ^= at === 0 || at === length - 1 ? SPACE : text.charCodeAt(start + at - 1);
          h = Math.imul(h, FNV_PRIME);
        }
        add(h);
      }
    }
  }
  let squares = 0;
  for (const count of counts.values()) squares += count * count;
  const norm = Math.sqrt(squares) || 1;
  const buckets = [...counts.keys()];
  return { buckets, values: buckets.map((bucket) => counts.get(bucket)! / norm) };
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The probability that a sentence is medical advice. */
export function adviceProbability(model: AdviceModel, features: AdviceFeatures): number {
  let z = model.bias;
  for (let index = 0; index < features.buckets.length; index++) z += model.weights[features.buckets[index]!]! * features.values[index]!;
  return logistic(z);
}

/** The reply's sentences the model rates as advice, each with its probability. */
export function adviceSentences(model: AdviceModel, reply: Pick<ReplyText, 'lower' | 'sentences'>): { sentence: Span; probability: number }[] {
  const found: { sentence: Span; probability: number }[] = [];
  for (const sentence of reply.sentences) {
    const probability = adviceProbability(model, adviceFeatures(reply.lower.slice(sentence.start, sentence.end), model.bits));
    if (probability >= model.threshold) found.push({ sentence, probability });
  }
  return found;
}

/** The shipped model's weights, int8 with one scale, base64 (see advice-model.generated.ts). */
export interface PackedAdviceModel {
  bits: number;
  bias: number;
  scale: number;
  threshold: number;
  weights: string;
  /** What the model was trained on, so a test can tell when the eval cases changed and it was not retrained. */
  trainedOn: { cases: number; digest: string };
}

export function unpackAdviceModel(packed: PackedAdviceModel): AdviceModel {
  const bytes = Buffer.from(packed.weights, 'base64');
  if (bytes.length !== 1 << packed.bits) throw new Error(`advice model: ${bytes.length} weights for ${packed.bits} bits`);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(signed.length);
  for (let index = 0; index < signed.length; index++) weights[index] = signed[index]! * packed.scale;
  return { bits: packed.bits, bias: packed.bias, threshold: packed.threshold, weights };
}

export function packAdviceModel(model: AdviceModel, trainedOn: PackedAdviceModel['trainedOn']): PackedAdviceModel {
  let largest = 0;
  for (let index = 0; index < model.weights.length; index++) largest = Math.max(largest, Math.abs(model.weights[index]!));
  const scale = largest / 127 || 1;
  const signed = new Int8Array(model.weights.length);
  for (let index = 0; index < signed.length; index++) signed[index] = Math.round(model.weights[index]! / scale);
  return {
    bits: model.bits,
    bias: model.bias,
    scale,
    threshold: model.threshold,
    weights: Buffer.from(signed.buffer).toString('base64'),
    trainedOn,
  };
}
