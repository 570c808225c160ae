import { invalid } from './rules';

/** Ordered like `Date.prototype.getDay()`, so `WEEKDAYS[date.getDay()]` names the day. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_NAMES: Record<Weekday, string> = {
  sun: 'Sunday',
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
};

/** One opening period in the clinic's local time, "HH:MM" on a 24-hour clock; `to` may be "24:00". */
export interface TimeRange {
  from: string;
  to: string;
}

/** Every weekday, each with its periods in order; an empty list means closed that day. */
export type OpeningHours = Record<Weekday, TimeRange[]>;

/** What an owner sends: days left out are closed. */
export type OpeningHoursDraft = Partial<Record<Weekday, TimeRange[]>>;

export const MAX_RANGES_PER_DAY = 6;

const START = /^([01]\d|2[0-3]):([0-5]\d)$/;
const END = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

function minutes(value: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(value);
  if (!match) return undefined;
  const hours = match[1] ?? match[3];
  const mins = match[2] ?? match[4];
  return Number(hours) * 60 + Number(mins);
}

const HOURS = 'TENANCY.INVALID_HOURS';

/** Checks and orders a week of opening hours. */
export function validateOpeningHours(draft: OpeningHoursDraft, field = 'openingHours'): OpeningHours {
  const week = {} as OpeningHours;
  for (const day of WEEKDAYS) {
    const ranges = draft[day] ?? [];
    const dayName = DAY_NAMES[day];
    const dayField = `${field}.${day}`;
    if (ranges.length > MAX_RANGES_PER_DAY) {
      throw invalid(HOURS, `${dayName} has ${ranges.length} opening periods; at most ${MAX_RANGES_PER_DAY} are allowed`, dayField);
    }
    const parsed = ranges.map((range, index) => {
      const from = range.from.trim();
      const to = range.to.trim();
      const start = minutes(from, START);
      const end = minutes(to, END);
      const where = `${dayField}.${index}`;
      if (start === undefined) {
        throw invalid(HOURS, `${dayName}: "${range.from}" is not a time. Write times as HH:MM on a 24-hour clock, e.g. 09:00 or 17:30`, where);
      }
      if (end === undefined) {
        throw invalid(
          HOURS,
          `${dayName}: "${range.to}" is not a time. Write times as HH:MM on a 24-hour clock, e.g. 09:00 or 17:30 (24:00 for midnight)`,
          where,
        );
      }
      if (end <= start) {
        throw invalid(
          HOURS,
          `${dayName}: ${from}-${to} ends before it starts. A period must end later the same day; for hours past midnight, end at 24:00 and continue the next day from 00:00`,
          where,
        );
      }
      return { from, to, start, end };
    });
    parsed.sort((a, b) => a.start - b.start);
    for (let i = 1; i < parsed.length; i++) {
      const previous = parsed[i - 1]!;
      const current = parsed[i]!;
      if (current.start < previous.end) {
        throw invalid(
          HOURS,
          `${dayName}: ${previous.from}-${previous.to} and ${current.from}-${current.to} overlap. Merge them into one period or fix the times`,
          dayField,
        );
      }
    }
    week[day] = parsed.map(({ from, to }) => ({ from, to }));
  }
  return week;
}

export function closedAllWeek(): OpeningHours {
  return { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
}
