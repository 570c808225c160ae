import { InvalidInput } from '@frontdesk/shared-kernel';
import { compileDoctor, compileHolidays, dateOrThrow, workingRangesOn, type DoctorAvailability, type Holiday } from './availability';
import { DAY_MS, HOUR_MS, MINUTE_MS, ZoneTimeline, assertTimeZone, formatNaive, formatOffset, offsetFromIntl } from './local-time';

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
  /** At most this many slots, the earliest first. */
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

/** Merged, sorted [start, end) pairs per doctor. */
function busyByDoctor(busy: BusyInterval[]): Map<string, Array<[number, number]>> {
  const grouped = new Map<string, Array<[number, number]>>();
  busy.forEach((interval, index) => {
    const start = instantOrThrow(interval.start, `busy.${index}.start`);
    const end = instantOrThrow(interval.end, `busy.${index}.end`);
    if (end <= start) return; // empty: blocks nothing
    const list = grouped.get(interval.doctorId) ?? [];
    list.push([start, end]);
    grouped.set(interval.doctorId, list);
  });
  for (const [doctorId, list] of grouped) grouped.set(doctorId, mergeIntervals(list));
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

/** True when [start, end) overlaps none of the merged, sorted busy intervals. */
function isFree(busy: Array<[number, number]> | undefined, start: number, end: number): boolean {
  if (!busy || busy.length === 0) return true;
  let low = 0;
  let high = busy.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (busy[middle]![1] <= start) low = middle + 1;
    else high = middle;
  }
  const next = busy[low];
  return next === undefined || next[0] >= end;
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
  const limit = request.limit === undefined ? Number.POSITIVE_INFINITY : integerOrThrow(request.limit, 'limit', 1, 1_000_000);
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
  const timeline = new ZoneTimeline(timezone, (firstDay - 1) * DAY_MS - 14 * HOUR_MS, (lastDay + 2) * DAY_MS + 14 * HOUR_MS);
  const earliest = now + notice;
  const firstNaive = firstDay * DAY_MS;
  const afterLastNaive = (lastDay + 1) * DAY_MS;
  const blocked = duration + buffer;

  const slots: Array<Slot & { at: number }> = [];
  request.doctors.forEach((doctor, index) => {
    if (request.doctorId !== undefined && doctor.id !== request.doctorId) return;
    const compiled = compileDoctor(doctor, `doctors.${index}`);
    const doctorBusy = busy.get(doctor.id);
    for (const branchId of compiled.branchIds) {
      if (request.branchId !== undefined && branchId !== request.branchId) continue;
      const windows: Array<[number, number]> = [];
      // A day either side: periods running over midnight join the searched days' periods.
      for (let day = firstDay - 1; day <= lastDay + 1; day++) {
        for (const range of workingRangesOn(compiled, branchId, day, holidays)) {
          const start = timeline.startOf(day * DAY_MS + range.start * MINUTE_MS);
          const end = timeline.endOf(day * DAY_MS + range.end * MINUTE_MS);
          if (end > start) windows.push([start, end]);
        }
      }
      for (const [windowStart, windowEnd] of mergeIntervals(windows)) {
        if (windowEnd < earliest) continue;
        // Wall-clock readings inside the window can run ahead of its end's reading by the offset spread.
        const stopNaive = timeline.toNaive(windowEnd) + timeline.offsetSpread;
        for (let naive = timeline.toNaive(windowStart); naive < stopNaive; naive += step) {
          if (naive < firstNaive) continue;
          if (naive >= afterLastNaive) break;
          for (const start of timeline.instantsOf(naive)) {
            if (start < windowStart || start + duration > windowEnd || start < earliest) continue;
            if (!isFree(doctorBusy, start, start + blocked)) continue;
            slots.push({
              at: start,
              doctorId: doctor.id,
              branchId,
              start: new Date(start).toISOString(),
              end: new Date(start + duration).toISOString(),
              localStart: formatNaive(naive),
              localEnd: formatNaive(timeline.toNaive(start + duration)),
              utcOffset: formatOffset(naive - start),
              timezone,
            });
          }
        }
      }
    }
  });

  slots.sort((a, b) => a.at - b.at || compare(a.doctorId, b.doctorId) || compare(a.branchId, b.branchId));
  return slots.slice(0, limit).map(({ at: _at, ...slot }) => slot);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
