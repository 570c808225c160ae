import type { ReplyText, Span } from './reply-text';

/**
 * A linear model (logistic regression over hashed word and character n-grams)
 * that scores how much each sentence of a reply reads like medical advice. It
 * backs up the medical-advice rules: they catch the shapes someone has written
 * down, the model catches wordings that share their vocabulary and phrasing
 * without matching any one rule. It is trained on the labelled eval cases by
 * `npm run train:guardrails`; scoring is a few thousand hash lookups, with no
 * I/O and nothing random, so the check stays pure and deterministic.
 */
export interface AdviceModel {
  /** log2 of the number of weight buckets. */
  bits: number;
  bias: number;
  weights: ArrayLike<number>;
  /** A sentence scoring at or above this probability is medical advice. */
  threshold: number;
}

/** One sentence as the model reads it: bucket indexes with L2-normalised counts. */
export interface AdviceFeatures {
  buckets: number[];
  values: number[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const ZERO = 0x30;
const NINE = 0x39;
const SPACE = 0x20;
const GRAM_SIZES = [3, 4, 5] as const;

/** One FNV-1a step, every digit read as 0 (a dose is a dose whatever the number; the fold has made all digits ASCII). */
function step(hash: number, code: number): number {
  return Math.imul(hash ^ (code >= ZERO && code <= NINE ? ZERO : code), FNV_PRIME);
}

function mix(hash: number, text: string, start: number, end: number): number {
  let h = hash;
  for (let index = start; index < end; index++) h = step(h, text.charCodeAt(index));
  return h;
}

/** Feature families hash from different seeds, so the word "iron" and the character gram " iron" do not share a bucket by design. */
const WORD_SEED = mix(FNV_OFFSET, 'w', 0, 1);
const BIGRAM_SEED = mix(FNV_OFFSET, 'b', 0, 1);
const GRAM_SEED = mix(FNV_OFFSET, 'c', 0, 1);

/** Code units that belong to words (letters, marks, digits, "_"), looked up rather than matched: scoring allocates no match objects. */
const WORD_UNIT = /[\p{L}\p{M}\p{N}_]/u;
const TABLE_SIZE = 0x2030;
const WORD_UNITS = Uint8Array.from({ length: TABLE_SIZE }, (_, code) => (WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 0));
function isWordUnit(code: number): boolean {
  return code < TABLE_SIZE ? WORD_UNITS[code] === 1 : WORD_UNIT.test(String.fromCharCode(code));
}

function bucketOf(hash: number, bits: number): number {
  const h = hash >>> 0;
  return (h ^ (h >>> bits)) & ((1 << bits) - 1);
}

/** Counts per bucket with the list of buckets touched, reused from check to check (checks are synchronous) so scoring allocates nothing per feature. */
class FeatureCounts {
  readonly counts: Uint32Array;
  touched = new Int32Array(1024);
  size = 0;

  constructor(readonly bits: number) {
    this.counts = new Uint32Array(1 << bits);
  }

  add(bucket: number): void {
    if (this.counts[bucket]!++ > 0) return;
    if (this.size === this.touched.length) {
      const grown = new Int32Array(this.size * 2);
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[this.size++] = bucket;
  }

  /** The L2 norm of the counts. */
  norm(): number {
    let squares = 0;
    for (let index = 0; index < this.size; index++) squares += this.counts[this.touched[index]!]! ** 2;
    return Math.sqrt(squares) || 1;
  }

  clear(): void {
    for (let index = 0; index < this.size; index++) this.counts[this.touched[index]!] = 0;
    this.size = 0;
  }
}

const scratch = new Map<number, FeatureCounts>();
function countsFor(bits: number): FeatureCounts {
  let counts = scratch.get(bits);
  if (!counts) scratch.set(bits, (counts = new FeatureCounts(bits)));
  counts.clear();
  return counts;
}

/**
 * Counts the features of `text` from `start` to `end` (folded and lower-cased,
 * as ReplyText.lower): each word, each pair of neighbouring words, and the 3-
 * to 5-letter pieces of each word with its edges marked (Arabic clitics and
 * dialect spellings share most pieces with the forms seen in training).
 */
function countFeatures(text: string, start: number, end: number, into: FeatureCounts): void {
  const { bits } = into;
  let previousStart = -1;
  let previousEnd = -1;
  for (let at = start; at < end; ) {
    if (!isWordUnit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const wordStart = at;
    while (at < end && isWordUnit(text.charCodeAt(at))) at++;
    const wordEnd = at;
    into.add(bucketOf(mix(WORD_SEED, text, wordStart, wordEnd), bits));
    if (previousStart >= 0) into.add(bucketOf(mix(mix(mix(BIGRAM_SEED, text, previousStart, previousEnd), ' ', 0, 1), text, wordStart, wordEnd), bits));
    previousStart = wordStart;
    previousEnd = wordEnd;
    // Pieces of " word ": the spaces mark the word's edges. A piece's hash goes on from the hash of the piece one
    // letter shorter at the same place, so each place is hashed once for all sizes; the pieces are added size by size.
    const length = wordEnd - wordStart + 2;
    if (gramHashes.length < length * GRAM_SIZES.length) gramHashes = new Int32Array(length * GRAM_SIZES.length * 2);
    for (let from = 0; from + GRAM_SIZES[0] <= length; from++) {
      let h = GRAM_SEED;
      for (let at = from; at < from + LONGEST_GRAM && at < length; at++) {
        h = step(h, at === 0 || at === length - 1 ? SPACE : text.charCodeAt(wordStart + at - 1));
        const size = at - from + 1;
        if (size >= GRAM_SIZES[0]) gramHashes[(size - GRAM_SIZES[0]) * length + from] = h;
      }
    }
    for (const size of GRAM_SIZES) {
      for (let from = 0; from + size <= length; from++) into.add(bucketOf(gramHashes[(size - GRAM_SIZES[0]) * length + from]!, bits));
    }
  }
}

const LONGEST_GRAM = GRAM_SIZES[GRAM_SIZES.length - 1]!;
/** Scratch for countFeatures: the hash of each piece of a word, by size then place. */
let gramHashes = new Int32Array(64 * GRAM_SIZES.length);

/** A sentence's features as bucket indexes with L2-normalised counts (for training and tests; checks score without building them). */
export function adviceFeatures(lower: string, bits: number): AdviceFeatures {
  const counts = countsFor(bits);
  countFeatures(lower, 0, lower.length, counts);
  const norm = counts.norm();
  const buckets = Array.from(counts.touched.subarray(0, counts.size));
  return { buckets, values: buckets.map((bucket) => counts.counts[bucket]! / norm) };
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The probability that `text` from `start` to `end` (folded and lower-cased) is medical advice. */
export function adviceProbability(model: AdviceModel, text: string, start = 0, end = text.length): number {
  const counts = countsFor(model.bits);
  countFeatures(text, start, end, counts);
  const norm = counts.norm();
  let z = model.bias;
  for (let index = 0; index < counts.size; index++) {
    const bucket = counts.touched[index]!;
    z += (model.weights[bucket]! * counts.counts[bucket]!) / norm;
  }
  return logistic(z);
}

/** Each of the reply's sentences with the probability that it is medical advice. */
export function scoredSentences(model: AdviceModel, reply: Pick<ReplyText, 'lower' | 'sentences'>): { sentence: Span; probability: number }[] {
  return reply.sentences.map((sentence) => ({ sentence, probability: adviceProbability(model, reply.lower, sentence.start, sentence.end) }));
}

/** The reply's sentences the model rates as advice, each with its probability. */
export function adviceSentences(model: AdviceModel, reply: Pick<ReplyText, 'lower' | 'sentences'>): { sentence: Span; probability: number }[] {
  return scoredSentences(model, reply).filter(({ probability }) => probability >= model.threshold);
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
