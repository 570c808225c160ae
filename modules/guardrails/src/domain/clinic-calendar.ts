import { checkTimeZone, readWallClock, weekdayIndexOf } from '@frontdesk/shared-kernel';
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

// formatToParts is the slowest step of a check, and a clinic's slots repeat from turn to turn. Readings are kept per
// minute (zone offsets are whole minutes), so the turn's own time is read once a minute, not once a check.
const readings = new Map<string, LocalMoment>();
const MAX_READINGS = 5000;

/** Reads instants on the clinic's wall clock, daylight saving included (tz database via Intl). */
export class ClinicCalendar {
  constructor(private readonly timezone: string) {
    // Fails here, not mid-check, for a zone the runtime does not know.
    checkTimeZone(timezone);
  }

  local(instant: string | Date): LocalMoment | null {
    const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
    if (Number.isNaN(time)) return null;
    const key = `${this.timezone}|${Math.floor(time / 60_000)}`;
    const known = readings.get(key);
    if (known) return known;
    const { date, hour, minute } = readWallClock(time, this.timezone);
    const reading = { date, weekday: weekdayOf(date), minutes: hour * 60 + minute };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(key, reading);
    return reading;
  }
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[weekdayIndexOf(date)]!;
}

export { addDaysToDate as addDays } from '@frontdesk/shared-kernel';

export function minutesOf(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':');
  return Number(hours) * 60 + Number(minutes ?? 0);
}
