import { InvalidInput } from '@frontdesk/shared-kernel';
import {
  compileDoctor,
  compileHolidays,
  dateOrThrow,
  workingRangesBetween,
  type CompiledDoctor,
  type CompiledHolidays,
  type DoctorAvailability,
  type Holiday,
} from './availability';
import { DAY_MS, HOUR_MS, IsoFormatter, MINUTE_MS, assertTimeZone, formatOffset, offsetFromIntl, zoneTimeline, type ZoneTimeline } from './local-time';

/** Time a doctor is taken: an appointment or hold, as UTC instants. Include that appointment's own buffer in `end`. */
export interface BusyInterval {
  doctorId: string;
  start: Date;
  end: Date;
}

export interface SlotSearchRequest {
  /** The clinic's IANA time zone; all hours and dates are its local wall-clock time. */
  timezone: string;
  service: { durationMinutes: number; bufferMinutes: number };
  doctors: DoctorAvailability[];
  holidays?: Holiday[];
  busy: BusyInterval[];
  /** Local dates, inclusive, "YYYY-MM-DD": a slot is returned when its local start date is in [from, to]. */
  from: string;
  to: string;
  now: Date;
  minimumNoticeMinutes: number;
  /** Bookable up to and including the local date `horizonDays` after today's local date. */
  horizonDays: number;
  doctorId?: string;
  branchId?: string;
  /** Distance between offered start times on the local clock; default duration + buffer. */
  stepMinutes?: number;
  /**
   * At most this many slots, the earliest first: default DEFAULT_SLOT_LIMIT
   * (500), at most MAX_SLOT_LIMIT (5,000). No caller shows or reads more, and
   * formatting tens of thousands of slots costs far more than finding them.
   */
  limit?: number;
}

export interface Slot {
  doctorId: string;
  branchId: string;
  /** UTC instants, ISO 8601 with Z. */
  start: string;
  end: string;
  /** Clinic-local wall-clock times, ISO 8601 without an offset ("2026-04-23T23:30:00"). */
  localStart: string;
  localEnd: string;
  /** The offset in force at the start ("+02:00"): tells the two occurrences of a repeated hour apart. */
  utcOffset: string;
  timezone: string;
}

/** Slots returned when the request gives no `limit`. */
export const DEFAULT_SLOT_LIMIT = 500;
/** The largest `limit` a request may give. */
export const MAX_SLOT_LIMIT = 5_000;

/** The longest date range one search may cover. */
export const MAX_SEARCH_DAYS = 366;

function integerOrThrow(value: number | undefined, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInput('SCHEDULING.INVALID_SEARCH', `${field} must be a whole number from ${min} to ${max}`, { field });
  }
  return value;
}

function instantOrThrow(value: Date, field: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new InvalidInput('SCHEDULING.INVALID_SEARCH', `${field} must be a valid instant`, { field });
  return ms;
}

/** One doctor's busy time: merged, sorted, disjoint [starts[i], ends[i]). */
interface BusyList {
  starts: number[];
  ends: number[];
}

const NO_BUSY: BusyList = { starts: [], ends: [] };

/** Busy time per doctor, merged and sorted. */
function busyByDoctor(busy: BusyInterval[]): Map<string, BusyList> {
  const count = busy.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index++) {
    const interval = busy[index]!;
    const start = instantOrThrow(interval.start, `busy.${index}.start`);
    starts[index] = start;
    ends[index] = instantOrThrow(interval.end, `busy.${index}.end`);
    if (start < min) min = start;
    if (start > max) max = start;
  }
  // Sort once by start: packed into exact numbers when they fit, else with a comparator.
  let order: ArrayLike<number>;
  if (count > 0 && Number.isInteger(min) && (max - min + 1) * count < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index++) keys[index] = (starts[index]! - min) * count + index;
    keys.sort();
    for (let i = 0; i < count; i++) keys[i] = keys[i]! % count;
    order = keys;
  } else {
    order = Array.from({ length: count }, (_, index) => index).sort((a, b) => starts[a]! - starts[b]! || a - b);
  }
  const grouped = new Map<string, BusyList>();
  for (let i = 0; i < count; i++) {
    const index = order[i]!;
    const start = starts[index]!;
    const end = ends[index]!;
    if (end <= start) continue; // empty: blocks nothing
    const doctorId = busy[index]!.doctorId;
    let list = grouped.get(doctorId);
    if (!list) {
      list = { starts: [], ends: [] };
      grouped.set(doctorId, list);
    }
    const last = list.ends.length - 1;
    if (last >= 0 && start <= list.ends[last]!) list.ends[last] = Math.max(list.ends[last]!, end);
    else {
      list.starts.push(start);
      list.ends.push(end);
    }
  }
  return grouped;
}

function mergeIntervals(list: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** True when [start, end) overlaps none of the busy intervals. */
function isFree(busy: BusyList, start: number, end: number): boolean {
  let low = 0;
  let high = busy.ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (busy.ends[middle]! <= start) low = middle + 1;
    else high = middle;
  }
  return low >= busy.starts.length || busy.starts[low]! >= end;
}

/**
 * Free start times for a service, earliest first (ties: doctor id, branch id).
 *
 * Working hours are wall-clock times on local dates. Each working period is
 * turned into real time: it starts at the first moment its start time is on
 * the clock and ends at the last moment its end time is (when clocks go back,
 * the later occurrence; when a time was skipped, the moment the clocks jumped).
 * Periods that touch in real time, e.g. 20:00-24:00 and 00:00-04:00 the next
 * day, join into one window.
 *
 * Start times step through each window on the local clock from the window's
 * start, every `stepMinutes`:
 * - a wall-clock time skipped by a spring-forward change has no instant: no slot;
 * - a wall-clock time repeated by a fall-back change has two instants: both are
 *   offered, each with its own UTC start and `utcOffset` (the doctor is really
 *   there for both hours);
 * - a slot must end (duration, real minutes) inside the window; duration plus
 *   buffer must not overlap any busy interval of the doctor, at any branch.
 *
 * Nothing before `now + minimumNoticeMinutes`, nothing on a local date after
 * today + `horizonDays`.
 */
export function searchSlots(request: SlotSearchRequest): Slot[] {
  assertTimeZone(request.timezone);
  const timezone = request.timezone;
  const duration = integerOrThrow(request.service?.durationMinutes, 'service.durationMinutes', 1, 24 * 60) * MINUTE_MS;
  const buffer = integerOrThrow(request.service?.bufferMinutes, 'service.bufferMinutes', 0, 24 * 60) * MINUTE_MS;
  const step = integerOrThrow(request.stepMinutes ?? (duration + buffer) / MINUTE_MS, 'stepMinutes', 1, 24 * 60) * MINUTE_MS;
  const notice = integerOrThrow(request.minimumNoticeMinutes, 'minimumNoticeMinutes', 0, 366 * 24 * 60) * MINUTE_MS;
  const horizonDays = integerOrThrow(request.horizonDays, 'horizonDays', 0, 3660);
  const limit = request.limit === undefined ? DEFAULT_SLOT_LIMIT : integerOrThrow(request.limit, 'limit', 1, MAX_SLOT_LIMIT);
  const now = instantOrThrow(request.now, 'now');
  const fromDay = dateOrThrow(request.from, 'from');
  const toDay = dateOrThrow(request.to, 'to');
  if (toDay < fromDay) throw new InvalidInput('SCHEDULING.INVALID_SEARCH', `The range ${request.from} to ${request.to} ends before it starts`, { field: 'to' });
  if (toDay - fromDay + 1 > MAX_SEARCH_DAYS) {
    throw new InvalidInput('SCHEDULING.INVALID_SEARCH', `Search at most ${MAX_SEARCH_DAYS} days at a time`, { field: 'to' });
  }

  const todayDay = Math.floor((now + offsetFromIntl(timezone, now)) / DAY_MS);
  const firstDay = Math.max(fromDay, todayDay);
  const lastDay = Math.min(toDay, todayDay + horizonDays);
  if (firstDay > lastDay) return [];

  const holidays = compileHolidays(request.holidays);
  const busy = busyByDoctor(request.busy);
  const timeline = zoneTimeline(timezone, (firstDay - 1) * DAY_MS - 14 * HOUR_MS, (lastDay + 2) * DAY_MS + 14 * HOUR_MS);
  const earliest = now + notice;
  const firstNaive = firstDay * DAY_MS;
  const afterLastNaive = (lastDay + 1) * DAY_MS;
  const blocked = duration + buffer;

  // Candidates are kept as numbers (instant, doctor/branch pair) and turned
  // into Slot objects only after sorting and `limit`.
  const pairs: Array<{ doctorId: string; branchId: string }> = [];
  const slotStarts: number[] = [];
  const slotPairs: number[] = [];
  request.doctors.forEach((doctor, index) => {
    if (request.doctorId !== undefined && doctor.id !== request.doctorId) return;
    const compiled = compileDoctor(doctor, `doctors.${index}`);
    const doctorBusy = busy.get(doctor.id) ?? NO_BUSY;
    const busyStarts = doctorBusy.starts;
    const busyEnds = doctorBusy.ends;
    for (const branchId of compiled.branchIds) {
      if (request.branchId !== undefined && branchId !== request.branchId) continue;
      const pair = pairs.length;
      pairs.push({ doctorId: doctor.id, branchId });
      // Windows are sorted and disjoint and, below, starts rise within each
      // window, so one pointer into the doctor's sorted busy list serves all.
      let next = 0;
      for (const [windowStart, windowEnd] of workingWindows(compiled, branchId, firstDay, lastDay, holidays, timeline)) {
        if (windowEnd < earliest) continue;
        const offset = timeline.constantOffsetBetween(windowStart, windowEnd);
        if (offset !== undefined) {
          // No offset change inside the window: local and real time move
          // together, so the start times are windowStart + k * step.
          const low = Math.max(earliest, firstNaive - offset);
          const first = low <= windowStart ? windowStart : windowStart + Math.ceil((low - windowStart) / step) * step;
          const last = Math.min(windowEnd - duration, afterLastNaive - offset - 1);
          for (let start = first; start <= last; start += step) {
            while (next < busyEnds.length && busyEnds[next]! <= start) next++;
            if (next < busyStarts.length && busyStarts[next]! < start + blocked) continue;
            slotStarts.push(start);
            slotPairs.push(pair);
          }
          continue;
        }
        // Wall-clock readings inside the window can run ahead of its end's reading by the offset spread.
        const stopNaive = timeline.toNaive(windowEnd) + timeline.offsetSpread;
        for (let naive = timeline.toNaive(windowStart); naive < stopNaive; naive += step) {
          if (naive < firstNaive) continue;
          if (naive >= afterLastNaive) break;
          for (const start of timeline.instantsOf(naive)) {
            if (start < windowStart || start + duration > windowEnd || start < earliest) continue;
            if (!isFree(doctorBusy, start, start + blocked)) continue;
            slotStarts.push(start);
            slotPairs.push(pair);
          }
        }
      }
    }
  });

  const order = sortedCandidates(slotStarts, slotPairs, pairs, limit);
  const format = new IsoFormatter();
  const offsets = new Map<number, string>();
  const slots: Slot[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const candidate = order[i]!;
    const start = slotStarts[candidate]!;
    const { doctorId, branchId } = pairs[slotPairs[candidate]!]!;
    const offset = timeline.offsetAt(start);
    let utcOffset = offsets.get(offset);
    if (utcOffset === undefined) {
      utcOffset = formatOffset(offset);
      offsets.set(offset, utcOffset);
    }
    slots[i] = {
      doctorId,
      branchId,
      start: format.utc(start),
      end: format.utc(start + duration),
      localStart: format.naive(start + offset),
      localEnd: format.naive(timeline.toNaive(start + duration)),
      utcOffset,
      timezone,
    };
  }
  return slots;
}

/**
 * The doctor's working time at one branch as real-time windows, sorted and
 * disjoint, for local days `firstDay..lastDay` (day numbers). A day either
 * side is included: periods running over midnight join the days' periods.
 */
function workingWindows(
  compiled: CompiledDoctor,
  branchId: string,
  firstDay: number,
  lastDay: number,
  holidays: CompiledHolidays,
  timeline: ZoneTimeline,
): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const days = workingRangesBetween(compiled, branchId, firstDay - 1, lastDay + 1, holidays);
  for (let day = firstDay - 1; day <= lastDay + 1; day++) {
    for (const range of days[day - firstDay + 1]!) {
      const start = timeline.startOf(day * DAY_MS + range.start * MINUTE_MS);
      const end = timeline.endOf(day * DAY_MS + range.end * MINUTE_MS);
      if (end > start) windows.push([start, end]);
    }
  }
  return mergeIntervals(windows);
}

export interface BookableCheck {
  timezone: string;
  doctor: DoctorAvailability;
  branchId: string;
  holidays?: Holiday[];
  start: Date;
  durationMinutes: number;
  now: Date;
  minimumNoticeMinutes: number;
  horizonDays: number;
}

/**
 * Why a start time cannot be booked, or undefined when it can: the same rules
 * as searchSlots (inside one working window, notice, horizon), for any start
 * minute, not only the search grid. Busy time is the booking script's job.
 */
export function whyNotBookable(check: BookableCheck): 'past' | 'notice' | 'horizon' | 'closed' | undefined {
  assertTimeZone(check.timezone);
  const start = instantOrThrow(check.start, 'start');
  const now = instantOrThrow(check.now, 'now');
  const duration = integerOrThrow(check.durationMinutes, 'durationMinutes', 1, 24 * 60) * MINUTE_MS;
  if (start < now) return 'past';
  if (start < now + check.minimumNoticeMinutes * MINUTE_MS) return 'notice';
  const timeline = zoneTimeline(check.timezone, start - 2 * DAY_MS, start + 3 * DAY_MS);
  const startDay = Math.floor(timeline.toNaive(start) / DAY_MS);
  const todayDay = Math.floor((now + offsetFromIntl(check.timezone, now)) / DAY_MS);
  if (startDay > todayDay + check.horizonDays) return 'horizon';
  const compiled = compileDoctor(check.doctor, 'doctor');
  if (!compiled.branchIds.includes(check.branchId)) return 'closed';
  const windows = workingWindows(compiled, check.branchId, startDay, startDay, compileHolidays(check.holidays), timeline);
  return windows.some(([from, to]) => start >= from && start + duration <= to) ? undefined : 'closed';
}

/**
 * Indexes of the earliest `limit` candidates, sorted by instant, then doctor
 * id, then branch id (equal ids keep the order of `request.doctors`).
 */
function sortedCandidates(starts: number[], pairOf: number[], pairs: Array<{ doctorId: string; branchId: string }>, limit: number): number[] {
  const count = starts.length;
  // Rank the doctor/branch pairs once, so candidates compare as numbers.
  const byName = pairs.map((_, index) => index);
  byName.sort((a, b) => compare(pairs[a]!.doctorId, pairs[b]!.doctorId) || compare(pairs[a]!.branchId, pairs[b]!.branchId) || a - b);
  const rank = new Array<number>(pairs.length);
  byName.forEach((pair, position) => (rank[pair] = position));

  // Fast path: whole-second instants pack with the rank into one exactly
  // representable number, and a typed array sorts those natively.
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let wholeSeconds = true;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    if (start < min) min = start;
    if (start > max) max = start;
    if (start % 1000 !== 0) wholeSeconds = false;
  }
  const size = pairs.length;
  if (count > 0 && wholeSeconds && ((max - min) / 1000 + 1) * size * count < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = (((starts[i]! - min) / 1000) * size + rank[pairOf[i]!]!) * count + i;
    keys.sort();
    const taken = Math.min(count, limit);
    const out = new Array<number>(taken);
    for (let i = 0; i < taken; i++) out[i] = keys[i]! % count;
    return out;
  }
  const indexes = starts.map((_, index) => index);
  indexes.sort((a, b) => starts[a]! - starts[b]! || rank[pairOf[a]!]! - rank[pairOf[b]!]! || a - b);
  return indexes.slice(0, limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
