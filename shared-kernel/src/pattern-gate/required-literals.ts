import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/**
 * What a pattern cannot match without: sets of strings, each holding at least one string that every match contains
 * (marked strings must also start where the mark says). A text that misses a set cannot match, so the regex need not
 * run (pattern-gate.ts). Read from the pattern's syntax tree; anything the reading does not follow (a negated class,
 * `\S`, a back-reference, what a lookaround looks at) counts as "could be anything", so the sets only ever err towards
 * running the regex. Empty when nothing is required.
 */
export function requiredLiterals(pattern: RegExp): readonly (readonly string[])[] {
  // Case-insensitive and sticky patterns match more than their letters say, or only at one place: not read.
  if (pattern.ignoreCase || pattern.sticky) return [];
  keepCachesUntilIdle();
  unicode = pattern.unicode;
  const top = parseRegExpLiteral(pattern).pattern.alternatives;
  // One sequence: each of its parts is needed, so the few most telling ones are all required ("will" and a treatment word).
  const candidates: ReadonlySet<string>[] = [];
  if (top.length === 1) sequence(top[0]!, candidates);
  const sets = top.length === 1 ? candidates.filter((set) => expectedHits(set) < Infinity) : [alternatives(top).required];
  const chosen: (readonly string[])[] = [];
  for (const set of [...new Set(sets)].filter((set) => set !== null).sort((a, b) => expectedHits(a) - expectedHits(b))) {
    if (chosen.length === MOST_SETS) break;
    const strings = [...set].map(resolvedBoundary);
    // A set that one already chosen implies rules nothing more out ({kiwi} anywhere, after {kiwi, kiwis} at a word start).
    if (!chosen.some((other) => implies(other, strings))) chosen.push(strings);
  }
  return chosen;
}

const unmarked = (text: string) => (isMark(text.charCodeAt(0)) ? text.slice(1) : text);

/** Whether a text that holds `text` (where its mark says) surely holds `needed` (where its mark says). */
function holds(text: string, needed: string): boolean {
  if (needed === unmarked(needed)) return unmarked(text).includes(needed);
  // After a non-letter is also after a non-Latin character, not the other way round.
  const sameStart = text.charAt(0) === needed.charAt(0) || (text.charAt(0) === AFTER_NON_LETTER && needed.charAt(0) === AFTER_NON_LATIN);
  return sameStart && unmarked(text).startsWith(unmarked(needed));
}

/** Whether every text holding a string of `a` holds one of `b`. Large sets are only compared string for string (the full test is quadratic). */
function implies(a: readonly string[], b: readonly string[]): boolean {
  const members = new Set(b);
  const compareAll = a.length * b.length <= 20_000;
  return a.every((text) => members.has(text) || members.has(unmarked(text)) || (compareAll && b.some((needed) => holds(text, needed))));
}

/** Most sets a pattern is gated on: each costs a bit test per call, and a fourth rarely rules out what three did not. */
const MOST_SETS = 3;

/** `\b` before an ASCII word character is a start after a non-Latin character; before anything else it says nothing testable. */
function resolvedBoundary(text: string): string {
  if (text.charAt(0) !== WORD_BOUNDARY) return text;
  return /^[a-zA-Z0-9_]/.test(text.slice(1)) ? AFTER_NON_LATIN + text.slice(1) : text.slice(1);
}

/** Most strings an exact set may hold; past it, the set counts as unknown. The largest word lists have a few thousand. */
const EXACT_LIMIT = 20000;

/**
 * Marks at the start of a required string: where in the clause it must begin. AFTER_NON_LATIN: at the start, or after
 * a character other than a-z; AFTER_NON_LETTER: at the start, or after a character outside WORD_START_LETTERS (so
 * also after a non-Latin one); WORD_BOUNDARY: `\b`, which is AFTER_NON_LATIN when an ASCII word character follows.
 */
export const AFTER_NON_LATIN = '\u0001';
export const AFTER_NON_LETTER = '\u0002';
const WORD_BOUNDARY = '\u0003';
/** Latin and Arabic letters (a-z, A-Z, Latin-1 and Latin Extended, Arabic): a lookbehind that excludes them all marks what follows AFTER_NON_LETTER. */
const WORD_START_LETTERS: readonly [number, number][] = [
  [0x61, 0x7a],
  [0x41, 0x5a],
  [0xc0, 0x24f],
  [0x621, 0x64a],
  [0x66e, 0x6d3],
];

/**
 * The same letters as a regex class body ("a-zA-Z\u00C0-…"), for the word edges of patterns: patterns built with it
 * get their word-start marks. Written out as ranges because \p{L} in a lookbehind makes V8 test each position against
 * all of Unicode, several times slower than a range.
 */
export const WORD_LETTERS = WORD_START_LETTERS.map(([from, to]) => `${classChar(from)}-${classChar(to)}`).join('');

function classChar(code: number): string {
  return code < 0x80 ? String.fromCharCode(code) : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
export function isWordStartLetter(code: number): boolean {
  for (const [from, to] of WORD_START_LETTERS) if (code >= from && code <= to) return true;
  return false;
}

/** Most characters a class may hold to be read as a set of strings. */
const CLASS_LIMIT = 24;

interface Reading {
  /** Every string the node can match, when there are few enough to list; '' when it can match nothing at all. */
  exact: ReadonlySet<string> | null;
  /** Strings one of which every match of the node contains; null when none is needed. */
  required: ReadonlySet<string> | null;
  /** Its last character is never a letter (`\s+`, `\d`): what follows starts AFTER_NON_LETTER. */
  endsWithNonLetter?: boolean;
}

/**
 * Patterns are usually made together, at module load, and share their word lists: the readings of large groups are
 * kept while they are made and dropped once the process is idle (they hold tens of thousands of strings).
 */
const groupCache = new Map<string, Reading>();
let productCache = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, Set<string>>>();
let clearing = false;
/** The flag of the pattern being read: the same group source reads differently with and without it. */
let unicode = false;

function keepCachesUntilIdle(): void {
  if (clearing) return;
  clearing = true;
  setImmediate(() => {
    groupCache.clear();
    productCache = new WeakMap();
    clearing = false;
  }).unref();
}

const ZERO_WIDTH: Reading = { exact: new Set(['']), required: null };
const UNKNOWN: Reading = { exact: null, required: null };
const UNKNOWN_NON_LETTERS: Reading = { exact: null, required: null, endsWithNonLetter: true };

function reading(node: AST.Element): Reading {
  switch (node.type) {
    case 'Character':
      return literal(String.fromCodePoint(node.value));
    case 'CharacterClass':
      return characterClass(node);
    case 'Assertion':
      // ^, $, \b and lookarounds match no characters of their own; some say where the next string starts.
      if (node.kind === 'start') return mark(AFTER_NON_LETTER);
      if (node.kind === 'word' && !node.negate) return mark(WORD_BOUNDARY);
      if (node.kind === 'lookbehind' && node.negate) return lookbehindMark(node);
      return ZERO_WIDTH;
    case 'Group':
    case 'CapturingGroup': {
      // "(?i:…)" changes what the letters inside match: not read.
      if (node.type === 'Group' && node.modifiers) return UNKNOWN;
      // The word lists recur in many rules: each is read once, and its sets shared (they are never changed).
      if (node.raw.length < 64) return alternatives(node.alternatives);
      const key = `${unicode ? 'u' : ''}:${node.type}:${node.raw}`;
      let found = groupCache.get(key);
      if (!found) groupCache.set(key, (found = alternatives(node.alternatives)));
      return found;
    }
    case 'Quantifier':
      return quantifier(node);
    case 'CharacterSet':
      return (node.kind === 'space' || node.kind === 'digit') && !node.negate ? UNKNOWN_NON_LETTERS : UNKNOWN;
    default:
      // Character sets (\s, \d, ., \p{…}), back-references, modifiers, and the v flag's class expressions.
      return UNKNOWN;
  }
}

function literal(text: string): Reading {
  const set = new Set([text]);
  return { exact: set, required: set };
}

const MARK_READINGS = new Map<string, Reading>();

/** One reading per mark, so that products with it are cached (productCache). */
function mark(text: string): Reading {
  let found = MARK_READINGS.get(text);
  if (!found) MARK_READINGS.set(text, (found = { exact: new Set([text]), required: null }));
  return found;
}

/** `(?<![a-z])`, `(?<![a-zA-Z…])`: a word start, when the excluded class holds all of a-z (or all letters). */
function lookbehindMark(node: AST.LookaroundAssertion): Reading {
  const only = node.alternatives.length === 1 && node.alternatives[0]!.elements.length === 1 ? node.alternatives[0]!.elements[0]! : null;
  if (only?.type !== 'CharacterClass' || only.negate) return ZERO_WIDTH;
  const excluded = (code: number) =>
    only.elements.some((e) => (e.type === 'Character' ? e.value === code : e.type === 'CharacterClassRange' && e.min.value <= code && code <= e.max.value));
  const covers = (ranges: readonly [number, number][]) =>
    ranges.every(([from, to]) => {
      for (let code = from; code <= to; code++) if (!excluded(code)) return false;
      return true;
    });
  if (covers(WORD_START_LETTERS)) return mark(AFTER_NON_LETTER);
  if (covers([WORD_START_LETTERS[0]!])) return mark(AFTER_NON_LATIN);
  return ZERO_WIDTH;
}

function characterClass(node: AST.CharacterClass): Reading {
  if (node.negate) return UNKNOWN;
  const characters = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') characters.add(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < CLASS_LIMIT) {
      for (let code = element.min.value; code <= element.max.value; code++) characters.add(String.fromCodePoint(code));
    } else return UNKNOWN;
    if (characters.size > CLASS_LIMIT) return UNKNOWN;
  }
  return { exact: characters, required: characters };
}

function quantifier(node: AST.Quantifier): Reading {
  const element = reading(node.element);
  if (node.min === 0) {
    return { exact: node.max === 1 && element.exact !== null ? union([element.exact, new Set([''])]) : null, required: null };
  }
  let exact = node.min === node.max ? element.exact : null;
  for (let repeat = 1; exact !== null && repeat < node.min; repeat++) exact = product(exact, element.exact!);
  return { exact, required: element.required, endsWithNonLetter: element.endsWithNonLetter };
}

function alternatives(list: readonly AST.Alternative[]): Reading {
  // A word list: every alternative only letters, read as one set of words at once.
  if (list.every((alternative) => alternative.elements.every((element) => element.type === 'Character'))) {
    const words = new Set(list.map((alternative) => alternative.elements.map((element) => String.fromCodePoint((element as AST.Character).value)).join('')));
    return words.size > EXACT_LIMIT || words.has('') ? { exact: words.size > EXACT_LIMIT ? null : words, required: words.has('') ? null : words } : { exact: words, required: words };
  }
  const readings = list.map((alternative) => sequence(alternative));
  const exact = readings.every((r) => r.exact !== null) ? union(readings.map((r) => r.exact!)) : null;
  // Word lists: each word's required set is the word itself, so the union is the one just made.
  const required = readings.every((r) => r.required !== null) ? (readings.every((r) => r.required === r.exact) ? exact : union(readings.map((r) => r.required!), Infinity)) : null;
  return { exact, required };
}

/** `candidates`, when given, receives every set of strings the sequence needs: its parts' own, and those of neighbours joined. */
function sequence(alternative: AST.Alternative, candidates: ReadonlySet<string>[] = []): Reading {
  // Letters in a row read as one string at once: the word lists are most of the patterns' characters.
  const readings: Reading[] = [];
  let letters = '';
  for (const element of alternative.elements) {
    if (element.type === 'Character') {
      letters += String.fromCodePoint(element.value);
      continue;
    }
    if (letters.length > 0) readings.push(literal(letters));
    letters = '';
    readings.push(reading(element));
  }
  if (letters.length > 0) readings.push(literal(letters));
  if (readings.length === 1) {
    if (readings[0]!.required !== null) candidates.push(readings[0]!.required);
    return readings[0]!;
  }
  for (const r of readings) if (r.required !== null) candidates.push(r.required);
  // Neighbours with exact sets join into longer strings ("dr" then "." then "\s?"), flushed when the next is unknown or too many.
  let run: ReadonlySet<string> | null = new Set(['']);
  let flushed = false;
  for (const r of readings) {
    if (r.exact === null) {
      if (run !== null) candidates.push(run);
      // "\s+(?:one|two)": the word after a space starts after a non-letter.
      run = r.endsWithNonLetter ? mark(AFTER_NON_LETTER).exact : null;
      flushed = true;
      continue;
    }
    const joined: ReadonlySet<string> | null = run === null ? r.exact : product(run, r.exact);
    if (joined === null) {
      candidates.push(run!);
      run = r.exact;
      flushed = true;
    } else run = joined;
  }
  if (run !== null) candidates.push(run);
  let best: ReadonlySet<string> | null = null;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    const cost = expectedHits(candidate);
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  // Every element exact, and few enough strings in all: the sequence's own set.
  return { exact: flushed ? null : run, required: best };
}

/**
 * How many of the strings a text is expected to hold, judged by length alone (a three-letter string is common,
 * a seven-letter one rare): the set that needs the least of the clause is the one worth testing. Infinity when the
 * set holds '' (any text does).
 */
const hitCache = new WeakMap<ReadonlySet<string>, number>();

function expectedHits(strings: ReadonlySet<string>): number {
  let hits = hitCache.get(strings);
  if (hits !== undefined) return hits;
  hits = 0;
  for (const text of strings) {
    const marked = isMark(text.charCodeAt(0));
    const length = marked ? text.length - 1 : text.length;
    const alone = length === 0 ? Infinity : length === 1 ? 0.9 : length === 2 ? 0.35 : length === 3 ? 0.12 : length === 4 ? 0.05 : length === 5 ? 0.03 : 0.015;
    // A string that must start a word turns up about a third as often as one that may start anywhere.
    hits += marked ? alone * 0.3 : alone;
  }
  hitCache.set(strings, hits);
  return hits;
}

function union(sets: readonly ReadonlySet<string>[], limit = EXACT_LIMIT): ReadonlySet<string> | null {
  const all = new Set<string>();
  for (const set of sets) {
    for (const text of set) all.add(text);
    if (all.size > limit) return null;
  }
  return all;
}

const EMPTY_ONLY = (set: ReadonlySet<string>) => set.size === 1 && set.has('');

function product(left: ReadonlySet<string>, right: ReadonlySet<string>): ReadonlySet<string> | null {
  // Zero-width assertions join with nothing: the set stays as it is.
  if (EMPTY_ONLY(right)) return left;
  if (EMPTY_ONLY(left)) return right;
  if (left.size * right.size > EXACT_LIMIT) return null;
  if (left.size * right.size < 64) return joinedAll(left, right);
  let byRight = productCache.get(left);
  if (!byRight) productCache.set(left, (byRight = new WeakMap()));
  let all = byRight.get(right);
  if (!all) byRight.set(right, (all = joinedAll(left, right)));
  return all;
}

function joinedAll(left: ReadonlySet<string>, right: ReadonlySet<string>): Set<string> {
  const all = new Set<string>();
  for (const a of left) for (const b of right) all.add(joined(a, b));
  return all;
}

const isMark = (code: number) => code >= 1 && code <= 3;

/** a + b, keeping a mark only at the very start: one inside a string says nothing the gate can test, so it is dropped. */
function joined(a: string, b: string): string {
  if (a.length === 0) return b;
  return isMark(b.charCodeAt(0)) ? a + b.slice(1) : a + b;
}
