import type { Weekday } from './verified-turn';

/** A wall-clock reading in the clinic timezone. */
export interface LocalMoment {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** Minutes after local midnight. */
  minutes: number;
}

export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// Building a DateTimeFormat costs far more than a check; one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
// formatToParts is the slowest step of a check, and a clinic's slots repeat from turn to turn.
const readings = new Map<string, LocalMoment>();
const MAX_READINGS = 5000;

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** Reads instants on the clinic's wall clock, daylight saving included (tz database via Intl). */
export class ClinicCalendar {
  constructor(private readonly timezone: string) {
    formatterFor(timezone);
  }

  local(instant: string | Date): LocalMoment | null {
    const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
    if (Number.isNaN(time)) return null;
    const key = `${this.timezone}|${time}`;
    const known = readings.get(key);
    if (known) return known;
    const parts: Record<string, string> = {};
    for (const part of formatterFor(this.timezone).formatToParts(time)) parts[part.type] = part.value;
    const date = `${parts.year}-${parts.month}-${parts.day}`;
    const reading = { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(key, reading);
    return reading;
  }
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday.
  return WEEKDAYS[(((dayNumber(date) + 4) % 7) + 7) % 7]!;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':');
  return Number(hours) * 60 + Number(minutes ?? 0);
}
