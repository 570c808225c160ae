import { InvalidInput } from '@frontdesk/shared-kernel';
import { DAY_MS, parseClockTime, parseLocalDate } from './local-time';

/**
 * A doctor's availability, all in the clinic's local wall-clock time: weekly
 * hours per branch, weekly breaks, leave, one-off extra hours, and the clinic's
 * public holidays. This file works in minutes after local midnight of one local
 * date; turning those into instants (and DST) is slot-search's job.
 */

/** Ordered like `Date.prototype.getUTCDay()`. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "HH:MM" on a 24-hour clock; `to` may be "24:00". A period past midnight is two periods: ...-24:00 and 00:00-... the next day. */
export interface TimeRange {
  from: string;
  to: string;
}

/** Days left out (or empty) are days off. */
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

export interface BranchHours {
  branchId: string;
  weekly: WeeklyHours;
}

export type AvailabilityException =
  /** Away from `startDate` to `endDate` (inclusive): all day, or only during `hours` on each of those dates. */
  | { kind: 'leave'; startDate: string; endDate: string; hours?: TimeRange[] }
  /** Works `hours` on `date` at `branchId` in addition to the weekly hours. */
  | { kind: 'extra'; date: string; branchId: string; hours: TimeRange[] };

/** A public holiday closes the clinic (or one branch) for the local date. */
export interface Holiday {
  date: string;
  name?: string;
  branchId?: string;
}

export interface DoctorAvailability {
  id: string;
  branches: BranchHours[];
  /** Weekly breaks, applied to the weekly hours at every branch. */
  breaks?: WeeklyHours;
  exceptions?: AvailabilityException[];
}

/** Minutes after local midnight, half-open [start, end). */
export interface MinuteRange {
  start: number;
  end: number;
}

interface Leave {
  startDay: number;
  endDay: number;
  /** Undefined: the whole day. */
  hours: MinuteRange[] | undefined;
}

export interface CompiledDoctor {
  id: string;
  /** Every branch the doctor has weekly or extra hours at. */
  branchIds: string[];
  /** branchId -> weekday index -> ranges. */
  weekly: Map<string, MinuteRange[][]>;
  breaks: MinuteRange[][];
  leave: Leave[];
  /** `${branchId}|${dayNumber}` -> extra ranges. */
  extra: Map<string, MinuteRange[]>;
}

export interface CompiledHolidays {
  /** dayNumber -> branchIds closed that day; '*' for the whole clinic. */
  byDay: Map<number, Set<string>>;
}

const HOURS = 'SCHEDULING.INVALID_HOURS';
const DATE = 'SCHEDULING.INVALID_DATE';

export function dateOrThrow(value: string, field: string): number {
  const day = parseLocalDate(value);
  if (day === undefined) throw new InvalidInput(DATE, `"${String(value)}" is not a date; write dates as YYYY-MM-DD`, { field });
  return day;
}

function rangeOrThrow(range: TimeRange, field: string): MinuteRange {
  const start = parseClockTime(range?.from);
  const end = parseClockTime(range?.to, true);
  if (start === undefined || end === undefined) {
    const bad = start === undefined ? range?.from : range?.to;
    throw new InvalidInput(HOURS, `"${String(bad)}" is not a time; write times as HH:MM on a 24-hour clock (24:00 for the end of the day)`, {
      field,
    });
  }
  if (end <= start) {
    throw new InvalidInput(
      HOURS,
      `${range.from}-${range.to} ends before it starts; for hours past midnight, end at 24:00 and continue the next day from 00:00`,
      { field },
    );
  }
  return { start, end };
}

function rangesOrThrow(ranges: TimeRange[] | undefined, field: string): MinuteRange[] {
  return union((ranges ?? []).map((range, index) => rangeOrThrow(range, `${field}.${index}`)));
}

function weekOrThrow(week: WeeklyHours | undefined, field: string): MinuteRange[][] {
  return WEEKDAYS.map((day) => rangesOrThrow(week?.[day], `${field}.${day}`));
}

/** Validates one doctor's availability (InvalidInput with a field path on bad input) and indexes it. */
export function compileDoctor(doctor: DoctorAvailability, field = 'doctor'): CompiledDoctor {
  const weekly = new Map<string, MinuteRange[][]>();
  doctor.branches.forEach((branch, index) => {
    const week = weekOrThrow(branch.weekly, `${field}.branches.${index}.weekly`);
    const existing = weekly.get(branch.branchId);
    weekly.set(branch.branchId, existing ? existing.map((day, i) => union([...day, ...week[i]!])) : week);
  });
  const leave: Leave[] = [];
  const extra = new Map<string, MinuteRange[]>();
  (doctor.exceptions ?? []).forEach((exception, index) => {
    const at = `${field}.exceptions.${index}`;
    if (exception.kind === 'leave') {
      const startDay = dateOrThrow(exception.startDate, `${at}.startDate`);
      const endDay = dateOrThrow(exception.endDate, `${at}.endDate`);
      if (endDay < startDay) {
        throw new InvalidInput(DATE, `Leave from ${exception.startDate} to ${exception.endDate} ends before it starts`, { field: at });
      }
      leave.push({ startDay, endDay, hours: exception.hours ? rangesOrThrow(exception.hours, `${at}.hours`) : undefined });
    } else if (exception.kind === 'extra') {
      const day = dateOrThrow(exception.date, `${at}.date`);
      const key = `${exception.branchId}|${day}`;
      extra.set(key, union([...(extra.get(key) ?? []), ...rangesOrThrow(exception.hours, `${at}.hours`)]));
    } else {
      throw new InvalidInput('SCHEDULING.INVALID_EXCEPTION', `Unknown availability exception "${String((exception as { kind: unknown }).kind)}"`, {
        field: `${at}.kind`,
      });
    }
  });
  const branchIds = [...new Set([...weekly.keys(), ...(doctor.exceptions ?? []).flatMap((e) => (e.kind === 'extra' ? [e.branchId] : []))])];
  return { id: doctor.id, branchIds, weekly, breaks: weekOrThrow(doctor.breaks, `${field}.breaks`), leave, extra };
}

export function compileHolidays(holidays: Holiday[] | undefined, field = 'holidays'): CompiledHolidays {
  const byDay = new Map<number, Set<string>>();
  (holidays ?? []).forEach((holiday, index) => {
    const day = dateOrThrow(holiday.date, `${field}.${index}.date`);
    const set = byDay.get(day) ?? new Set<string>();
    set.add(holiday.branchId ?? '*');
    byDay.set(day, set);
  });
  return { byDay };
}

export function weekdayOf(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCDay();
}

/**
 * `workingRangesOn` for every date from `fromDay` to `toDay`, in order of date.
 * Dates with no holiday, leave or extra hours share one computed list per
 * weekday; treat the returned ranges as read-only.
 */
export function workingRangesBetween(
  doctor: CompiledDoctor,
  branchId: string,
  fromDay: number,
  toDay: number,
  holidays: CompiledHolidays,
): MinuteRange[][] {
  const plain: Array<MinuteRange[] | undefined> = new Array(7);
  const out: MinuteRange[][] = [];
  for (let day = fromDay; day <= toDay; day++) {
    const special =
      holidays.byDay.has(day) || doctor.extra.has(`${branchId}|${day}`) || doctor.leave.some((leave) => day >= leave.startDay && day <= leave.endDay);
    if (special) {
      out.push(workingRangesOn(doctor, branchId, day, holidays));
      continue;
    }
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    let ranges = plain[weekday];
    if (ranges === undefined) {
      ranges = workingRangesOn(doctor, branchId, day, holidays);
      plain[weekday] = ranges;
    }
    out.push(ranges);
  }
  return out;
}

/**
 * The doctor's working ranges at a branch on one local date:
 * (weekly hours - breaks - holidays - leave) + extra hours.
 * One-off extra hours are the most specific rule and are taken as written:
 * breaks, holidays and leave do not cut them.
 */
export function workingRangesOn(doctor: CompiledDoctor, branchId: string, dayNumber: number, holidays: CompiledHolidays): MinuteRange[] {
  const weekday = weekdayOf(dayNumber);
  let ranges = doctor.weekly.get(branchId)?.[weekday] ?? [];
  const closed = holidays.byDay.get(dayNumber);
  if (closed && (closed.has('*') || closed.has(branchId))) ranges = [];
  if (ranges.length > 0) ranges = subtract(ranges, doctor.breaks[weekday] ?? []);
  for (const leave of doctor.leave) {
    if (ranges.length === 0) break;
    if (dayNumber < leave.startDay || dayNumber > leave.endDay) continue;
    ranges = leave.hours ? subtract(ranges, leave.hours) : [];
  }
  const extra = doctor.extra.get(`${branchId}|${dayNumber}`);
  return extra ? union([...ranges, ...extra]) : ranges;
}

/** Sorted, merged (touching ranges join). */
export function union(ranges: MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: MinuteRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** `ranges` minus `cuts`; both may be unsorted. */
export function subtract(ranges: MinuteRange[], cuts: MinuteRange[]): MinuteRange[] {
  let out = union(ranges);
  for (const cut of union(cuts)) {
    const next: MinuteRange[] = [];
    for (const range of out) {
      if (cut.end <= range.start || cut.start >= range.end) {
        next.push(range);
        continue;
      }
      if (cut.start > range.start) next.push({ start: range.start, end: cut.start });
      if (cut.end < range.end) next.push({ start: cut.end, end: range.end });
    }
    out = next;
  }
  return out;
}
