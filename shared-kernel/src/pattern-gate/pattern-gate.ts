import { AFTER_NON_LATIN, AFTER_NON_LETTER, isWordStartLetter, requiredLiterals } from './required-literals';

export { WORD_LETTERS } from './required-literals';

/** A pattern to test a text with, or read the first match of. */
export interface GatedPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  /** The regex's own, to derive another from it (a global copy). */
  readonly source: string;
  readonly flags: string;
}

/**
 * `pattern`, run only on a text that holds the strings it cannot match without (requiredLiterals). A rule set of
 * hundreds of large patterns, most of which fail on most texts, then costs one pass over each text's characters
 * plus the few regexes that can match. The answers are the regex's own: the gate only skips a regex that would not
 * have matched. Without the g or y flag (no lastIndex to keep).
 */
export function gated(pattern: RegExp): GatedPattern {
  if (pattern.global || pattern.sticky) throw new Error('A gated pattern keeps no lastIndex: use one without the g or y flag.');
  // A set with a string of fewer than two characters in a row (or than one at a word start) is in nearly any text.
  const sets = requiredLiterals(pattern).filter((set) => set.every((text) => text.length >= 2));
  if (sets.length === 0) return pattern;
  const ids = sets.map(register);
  const gate: GatedPattern = {
    test: (text) => mayMatch(text, ids) && pattern.test(text),
    exec: (text) => (mayMatch(text, ids) ? pattern.exec(text) : null),
    source: pattern.source,
    flags: pattern.flags,
  };
  registered.push({ pattern, gate });
  return gate;
}

const registered: { pattern: RegExp; gate: GatedPattern }[] = [];

/** Every gated pattern with its regex, for tests that compare the two on real texts. */
export function gatedPatterns(): readonly { pattern: RegExp; gate: GatedPattern }[] {
  return registered;
}

/**
 * Where a required string is looked for. ANYWHERE: by its rarest trigram (the whole string when shorter); at a word
 * start (the marks of required-literals.ts): by its first three characters at most. A key is a hash of the kind, the
 * length and up to three character codes; keys that collide only let a regex run that need not have.
 */
const ANYWHERE = 0;
const LATIN_START = 1;
const LETTER_START = 2;
/** Character codes past this share one code: a collision, never a miss. */
const LAST_CODE = 2047;

function key(kind: number, length: number, c0: number, c1: number, c2: number): number {
  // Integer multiply-and-xor: no floating point on the scan's hot path.
  return (Math.imul(c0 + 1, 0x01000193) ^ Math.imul(c1 + 2, 0x5bd1e995) ^ Math.imul(c2 + 3, 0x27d4eb2f) ^ Math.imul(kind * 4 + length, 0x9e3779b1)) & 0x3fffffff;
}

/** A character's code for a key, -1 past the end. */
function code(text: string, at: number): number {
  if (at >= text.length) return -1;
  const c = text.charCodeAt(at);
  return c < LAST_CODE ? c : LAST_CODE;
}

/** Letters by how often they occur in English and Arabic text, most frequent first: a trigram of rarer letters makes a better key. */
const BY_FREQUENCY = " eatoinsrhldcumfpgwybvkxjqzاليمونتربهعدكسفقحجشصطخزضثذغظءئؤةى";

function rarity(c: string): number {
  const rank = BY_FREQUENCY.indexOf(c);
  return rank === -1 ? BY_FREQUENCY.length / 2 : rank;
}

/** A set of required strings as gate keys: [key, kind, first code, second code, length] for each string. */
function keysOf(set: readonly string[]): number[] {
  const keys: number[] = [];
  for (const text of set) {
    const kind = text.charAt(0) === AFTER_NON_LETTER ? LETTER_START : text.charAt(0) === AFTER_NON_LATIN ? LATIN_START : ANYWHERE;
    let chars = kind === ANYWHERE ? text : text.slice(1, 4);
    if (kind === ANYWHERE && chars.length > 3) {
      let rarest = 0;
      let rarestScore = -1;
      for (let at = 0; at + 3 <= chars.length; at++) {
        const score = rarity(chars[at]!) + rarity(chars[at + 1]!) + rarity(chars[at + 2]!);
        if (score > rarestScore) [rarest, rarestScore] = [at, score];
      }
      chars = chars.slice(rarest, rarest + 3);
    }
    keys.push(key(kind, chars.length, code(chars, 0), code(chars, 1), code(chars, 2)), kind, code(chars, 0), code(chars, 1), chars.length);
  }
  return keys;
}

/** Each gate's keys, by gate id (a gate is one required set of one pattern). */
const gateKeys: number[][] = [];

function register(set: readonly string[]): number {
  gateKeys.push(keysOf(set));
  index = null;
  // Gate bits worked out before lack the new gate.
  recentTexts.fill(null);
  return gateKeys.length - 1;
}

interface Index {
  words: number;
  /** Open addressing: a key plus one (0: empty) per slot, and the slot's gates as a range of `gateIds`. */
  slotKeys: Int32Array;
  firstGate: Int32Array;
  gateCount: Int32Array;
  gateIds: Int32Array;
  mask: number;
  /** Per kind and first code (kind * 2048 + code), the lengths (bits 1 to 3) of the keys that start with it: most characters start none. */
  starts: Uint8Array;
  /** A bit per hashed (kind, first code, second code) of the keys of two or three characters: most pairs start none. */
  pairs: Uint8Array;
}

const PAIR_BITS = 1 << 19;

function pairBit(kind: number, c0: number, c1: number): number {
  return (Math.imul(c0 * 2048 + c1, 0x2c1b3c6d) ^ kind) & (PAIR_BITS - 1);
}

let index: Index | null = null;

function built(): Index {
  if (index !== null) return index;
  const gatesByKey = new Map<number, number[]>();
  const starts = new Uint8Array(3 * 2048);
  const pairs = new Uint8Array(PAIR_BITS / 8);
  gateKeys.forEach((keys, id) => {
    for (let at = 0; at < keys.length; at += 5) {
      const [k, kind, c0, c1, length] = [keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!, keys[at + 4]!];
      const ids = gatesByKey.get(k) ?? [];
      if (ids.at(-1) !== id) ids.push(id);
      gatesByKey.set(k, ids);
      starts[kind * 2048 + c0]! |= 1 << length;
      if (length >= 2) {
        const pair = pairBit(kind, c0, c1);
        pairs[pair >> 3]! |= 1 << (pair & 7);
      }
    }
  });
  let slots = 16;
  while (slots < gatesByKey.size * 4) slots *= 2;
  const slotKeys = new Int32Array(slots);
  const firstGate = new Int32Array(slots);
  const gateCount = new Int32Array(slots);
  const gateIds: number[] = [];
  for (const [k, ids] of gatesByKey) {
    let slot = slotOf(k, slots - 1);
    while (slotKeys[slot] !== 0) slot = (slot + 1) & (slots - 1);
    slotKeys[slot] = k + 1;
    firstGate[slot] = gateIds.length;
    gateCount[slot] = ids.length;
    gateIds.push(...ids);
  }
  index = { words: Math.ceil(gateKeys.length / 32), slotKeys, firstGate, gateCount, gateIds: Int32Array.from(gateIds), mask: slots - 1, starts, pairs };
  return index;
}

function slotOf(k: number, mask: number): number {
  return (Math.imul(k, 0x9e3779b1) >>> 8) & mask;
}

/** The gates each of the last few texts opened: a rule set tests each text with many patterns in a row. */
const RECENT = 6;
const recentTexts: (string | null)[] = new Array<string | null>(RECENT).fill(null);
const recentBits: Int32Array[] = [];
let nextSlot = 0;
let lastSlot = 0;

function mayMatch(text: string, ids: readonly number[]): boolean {
  const bits = text === recentTexts[lastSlot] ? recentBits[lastSlot]! : gatesOpenedBy(text);
  for (const id of ids) if ((bits[id >> 5]! & (1 << (id & 31))) === 0) return false;
  return true;
}

function gatesOpenedBy(text: string): Int32Array {
  const at = built();
  for (let slot = 0; slot < RECENT; slot++) {
    if (recentTexts[slot] === text) {
      lastSlot = slot;
      return recentBits[slot]!;
    }
  }
  const slot = nextSlot;
  nextSlot = (nextSlot + 1) % RECENT;
  lastSlot = slot;
  let bits = recentBits[slot];
  if (bits === undefined || bits.length !== at.words) recentBits[slot] = bits = new Int32Array(at.words);
  else bits.fill(0);
  recentTexts[slot] = text;
  scan(text, at, bits);
  return bits;
}

/** Whether each code unit is a word letter (isWordStartLetter), looked up: the scan asks for every character. */
const WORD_START_LETTER = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < table.length; c++) if (isWordStartLetter(c)) table[c] = 1;
  return table;
})();

/** Sets the bit of every gate that has a key in the text. */
function scan(text: string, at: Index, bits: Int32Array): void {
  const n = text.length;
  const { starts } = at;
  let c1 = code(text, 0);
  let c2 = code(text, 1);
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = code(text, i + 2);
    // Most characters start no key of a kind: the table says so before any call.
    if (starts[ANYWHERE * 2048 + c0] !== 0) open(at, bits, ANYWHERE, c0, c1, c2);
    if (previous < 0x61 || previous > 0x7a) {
      if (starts[LATIN_START * 2048 + c0] !== 0) open(at, bits, LATIN_START, c0, c1, c2);
      if (starts[LETTER_START * 2048 + c0] !== 0 && (previous === -1 || WORD_START_LETTER[previous] === 0)) open(at, bits, LETTER_START, c0, c1, c2);
    }
    previous = text.charCodeAt(i);
  }
}

/** The gates of the keys of `kind` that start with c0 (then c1, c2; -1 past the end), for each keyed length. */
function open(at: Index, bits: Int32Array, kind: number, c0: number, c1: number, c2: number): void {
  const lengths = at.starts[kind * 2048 + c0]!;
  if (lengths & 2) openKey(at, bits, key(kind, 1, c0, -1, -1));
  if ((lengths & 12) === 0 || c1 < 0) return;
  const pair = pairBit(kind, c0, c1);
  if ((at.pairs[pair >> 3]! & (1 << (pair & 7))) === 0) return;
  if (lengths & 4) openKey(at, bits, key(kind, 2, c0, c1, -1));
  if (lengths & 8 && c2 >= 0) openKey(at, bits, key(kind, 3, c0, c1, c2));
}

function openKey(at: Index, bits: Int32Array, k: number): void {
  const { slotKeys, mask } = at;
  for (let slot = slotOf(k, mask); slotKeys[slot] !== 0; slot = (slot + 1) & mask) {
    if (slotKeys[slot] === k + 1) {
      const end = at.firstGate[slot]! + at.gateCount[slot]!;
      for (let g = at.firstGate[slot]!; g < end; g++) {
        const id = at.gateIds[g]!;
        bits[id >> 5]! |= 1 << (id & 31);
      }
      return;
    }
  }
}
