import { checkTimeZone, InvalidInput, readWallClock } from '@frontdesk/shared-kernel';

/**
 * Wall-clock arithmetic for one IANA time zone, with nothing but Intl.
 *
 * A "naive" time is a wall-clock reading encoded as if it were UTC:
 * `Date.UTC(y, m - 1, d, hh, mm)`. A "day number" is a local date as days since
 * 1970-01-01. An instant is UTC epoch milliseconds. For any instant,
 * `naive = instant + offset(instant)`.
 *
 * Going from a wall-clock reading back to instants can give:
 * - one instant (ordinary times),
 * - none (the reading was skipped when clocks went forward: a DST gap),
 * - two (the reading happened twice when clocks went back: a DST overlap).
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The kernel's formatter check, as this module's InvalidInput. */
function knownZone(timeZone: string): void {
  try {
    checkTimeZone(timeZone);
  } catch {
    throw new InvalidInput('SCHEDULING.INVALID_TIMEZONE', `"${timeZone}" is not a known IANA time zone, e.g. Africa/Cairo`, {
      field: 'timezone',
    });
  }
}

/** Throws InvalidInput (SCHEDULING.INVALID_TIMEZONE) unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new InvalidInput('SCHEDULING.INVALID_TIMEZONE', 'A time zone is required, e.g. Africa/Cairo', { field: 'timezone' });
  }
  knownZone(timeZone);
}

/** The zone's UTC offset in milliseconds at an instant, straight from Intl (slow path; see ZoneTimeline). */
export function offsetFromIntl(timeZone: string, instant: number): number {
  knownZone(timeZone);
  const wall = readWallClock(instant, timeZone);
  const naive = Date.UTC(Number(wall.date.slice(0, 4)), Number(wall.date.slice(5, 7)) - 1, Number(wall.date.slice(8, 10)), wall.hour, wall.minute, wall.second);
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000);
  return naive - wholeSeconds;
}

interface OffsetChange {
  /** First instant at which `offset` applies. */
  at: number;
  offset: number;
}

/**
 * The offsets of one zone over a bounded period, found once with Intl, so that
 * conversions inside it are binary searches instead of Intl calls. Outside the
 * period it falls back to Intl.
 *
 * Transitions are found by sampling every 6 hours and bisecting to the minute;
 * no real zone changes its offset twice within 6 hours.
 */
export class ZoneTimeline {
  private readonly changes: OffsetChange[];
  private readonly distinctOffsets: number[];

  constructor(
    readonly timeZone: string,
    private readonly fromInstant: number,
    private readonly toInstant: number,
  ) {
    assertTimeZone(timeZone);
    const sample = 6 * HOUR_MS;
    const start = Math.floor((fromInstant - DAY_MS) / MINUTE_MS) * MINUTE_MS;
    const end = Math.ceil((toInstant + DAY_MS) / MINUTE_MS) * MINUTE_MS;
    let previous = offsetFromIntl(timeZone, start);
    this.changes = [{ at: Number.NEGATIVE_INFINITY, offset: previous }];
    for (let t = start; t < end; t += sample) {
      const next = Math.min(t + sample, end);
      const offset = offsetFromIntl(timeZone, next);
      if (offset !== previous) {
        this.changes.push({ at: firstChange(timeZone, t, next), offset });
        previous = offset;
      }
    }
    this.distinctOffsets = [...new Set(this.changes.map((change) => change.offset))];
    this.offsetSpread = Math.max(...this.distinctOffsets) - Math.min(...this.distinctOffsets);
  }

  /** Largest minus smallest offset in the period (0 without a DST change). */
  readonly offsetSpread: number;

  /** UTC offset in milliseconds at an instant. */
  offsetAt(instant: number): number {
    if (instant < this.fromInstant - DAY_MS || instant > this.toInstant + DAY_MS) return offsetFromIntl(this.timeZone, instant);
    return this.changes[this.changeIndex(instant)]!.offset;
  }

  /** The wall-clock reading at an instant, as a naive time. */
  toNaive(instant: number): number {
    return instant + this.offsetAt(instant);
  }

  /** Every instant whose wall-clock reading is `naive`, ascending: none in a gap, two in an overlap. */
  instantsOf(naive: number): number[] {
    const found: number[] = [];
    for (const offset of this.distinctOffsets) {
      const instant = naive - offset;
      if (this.offsetAt(instant) === offset && !found.includes(instant)) found.push(instant);
    }
    return found.sort((a, b) => a - b);
  }

  /**
   * The instant a wall-clock reading begins: its first occurrence, or, if the
   * reading was skipped, the moment the clocks jumped over it.
   */
  startOf(naive: number): number {
    const instants = this.instantsOf(naive);
    return instants.length > 0 ? instants[0]! : this.gapEnd(naive);
  }

  /**
   * The instant a wall-clock reading is last reached: its second occurrence in
   * an overlap, or, if the reading was skipped, the moment the clocks jumped.
   */
  endOf(naive: number): number {
    const instants = this.instantsOf(naive);
    return instants.length > 0 ? instants[instants.length - 1]! : this.gapEnd(naive);
  }

  /** The transition that skipped the wall-clock reading `naive`. */
  private gapEnd(naive: number): number {
    for (let i = 1; i < this.changes.length; i++) {
      const change = this.changes[i]!;
      const before = this.changes[i - 1]!.offset;
      if (change.at + before <= naive && naive < change.at + change.offset) return change.at;
    }
    // Outside the prepared period: ask Intl around the reading.
    const earlier = naive - offsetFromIntl(this.timeZone, naive - DAY_MS);
    const later = naive - offsetFromIntl(this.timeZone, naive + DAY_MS);
    const low = Math.floor(Math.min(earlier, later) / MINUTE_MS) * MINUTE_MS;
    const high = Math.ceil(Math.max(earlier, later) / MINUTE_MS) * MINUTE_MS;
    return firstChange(this.timeZone, low, high);
  }
  /**
   * The offset in force over the whole of [from, to], or undefined when it
   * changes inside it or the span leaves the prepared period. Inside such a
   * span wall-clock time and real time move together: no gap, no overlap.
   */
  constantOffsetBetween(from: number, to: number): number | undefined {
    if (from < this.fromInstant - DAY_MS || to > this.toInstant + DAY_MS || to < from) return undefined;
    const index = this.changeIndex(from);
    return this.changeIndex(to) === index ? this.changes[index]!.offset : undefined;
  }

  private changeIndex(instant: number): number {
    let low = 0;
    let high = this.changes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.changes[middle]!.at <= instant) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

const timelines = new Map<string, ZoneTimeline>();
const TIMELINE_CACHE_SIZE = 32;

/**
 * A ZoneTimeline covering at least [fromInstant, toInstant], shared between
 * calls: it is built for whole calendar years (UTC) and kept, the most
 * recently used 32. Building one asks Intl about 1,500 times per year
 * covered; after that a search pays nothing for it. Offsets of a zone do not
 * change while the process runs, so sharing is safe.
 */
export function zoneTimeline(timeZone: string, fromInstant: number, toInstant: number): ZoneTimeline {
  const firstYear = new Date(fromInstant).getUTCFullYear();
  const lastYear = new Date(toInstant).getUTCFullYear();
  const key = `${timeZone}|${firstYear}|${lastYear}`;
  let timeline = timelines.get(key);
  if (timeline) {
    timelines.delete(key); // re-insert: most recently used last
  } else {
    timeline = new ZoneTimeline(timeZone, Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1));
    if (timelines.size >= TIMELINE_CACHE_SIZE) timelines.delete(timelines.keys().next().value!);
  }
  timelines.set(key, timeline);
  return timeline;
}


/**
 * Bisects [low, high] (whole minutes, offsets differ at the two ends) down to
 * the first minute with the new offset.
 */
function firstChange(timeZone: string, low: number, high: number): number {
  const before = offsetFromIntl(timeZone, low);
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetFromIntl(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" -> day number, or undefined when it is not a real calendar date. */
export function parseLocalDate(value: string): number | undefined {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  const check = new Date(at);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return at / DAY_MS;
}

export function formatLocalDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** A naive time as ISO 8601 without an offset: "2026-04-23T23:30:00". */
export function formatNaive(naive: number): string {
  return new Date(naive).toISOString().slice(0, 19);
}

const YEAR_0 = Date.UTC(0, 0, 1);
const YEAR_10000 = Date.UTC(10000, 0, 1);
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));

/**
 * `formatNaive`, and `new Date(ms).toISOString()` via `utc`, for many times in
 * a few dates: each date is formatted once. Same output as those, faster.
 */
export class IsoFormatter {
  private readonly dates = new Map<number, string>();

  /** "2026-04-23T23:30:00", like formatNaive. */
  naive(ms: number): string {
    const day = Math.floor(ms / DAY_MS);
    const rest = ms - day * DAY_MS;
    if (ms < YEAR_0 || ms >= YEAR_10000 || rest % 1000 !== 0) return formatNaive(ms);
    let date = this.dates.get(day);
    if (date === undefined) {
      date = formatLocalDate(day);
      this.dates.set(day, date);
    }
    const seconds = rest / 1000;
    const minutes = Math.floor(seconds / 60);
    return `${date}T${TWO_DIGITS[Math.floor(minutes / 60)]}:${TWO_DIGITS[minutes % 60]}:${TWO_DIGITS[seconds % 60]}`;
  }

  /** "2026-04-23T21:30:00.000Z", like Date.prototype.toISOString. */
  utc(ms: number): string {
    if (ms < YEAR_0 || ms >= YEAR_10000 || ms % 1000 !== 0) return new Date(ms).toISOString();
    return `${this.naive(ms)}.000Z`;
  }
}

/** An offset in milliseconds as "+02:00" / "-03:30". */
export function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offset) / MINUTE_MS);
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const START = /^([01]\d|2[0-3]):([0-5]\d)$/;
const END = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** "HH:MM" -> minutes after local midnight; `end` also accepts "24:00". Undefined when malformed. */
export function parseClockTime(value: string, end = false): number | undefined {
  const match = typeof value === 'string' ? (end ? END : START).exec(value.trim()) : null;
  if (!match) return undefined;
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}
