import { readWallClock } from '@frontdesk/shared-kernel';

/**
 * Wall-clock readings in the clinic's time zone for the offline receptionist,
 * through Intl (the tz database Node ships). No clock: every reading starts
 * from an instant the caller passes (`turn.now`, a slot, an appointment).
 */

/** A reading on the clinic's wall clock. */
export interface LocalMoment {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
}

/** The clinic's wall-clock reading of an instant. Throws RangeError for an unknown zone. */
export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const { date, hour, minute } = readWallClock(instant, timeZone);
  return { date, hour, minute };
}

/** Reads a clinic-local ISO date-time without offset ("2026-11-24T10:00:00"), as Slot.localStart is written. */
export function parseLocal(localStart: string): LocalMoment | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(localStart);
  if (!match) return null;
  return { date: match[1]!, hour: Number(match[2]), minute: Number(match[3]) };
}

export { addDaysToDate as addDays, weekdayIndexOf as weekdayIndex } from '@frontdesk/shared-kernel';

/** Month 1..12 and day of month of a YYYY-MM-DD date. */
export function monthAndDay(date: string): { month: number; day: number } {
  return { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
