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

// Building a DateTimeFormat is the slow part; one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The clinic's wall-clock reading of an instant. Throws RangeError for an unknown zone. */
export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24, minute: Number(parts.minute) };
}

/** Reads a clinic-local ISO date-time without offset ("2026-11-24T10:00:00"), as Slot.localStart is written. */
export function parseLocal(localStart: string): LocalMoment | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(localStart);
  if (!match) return null;
  return { date: match[1]!, hour: Number(match[2]), minute: Number(match[3]) };
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, of a YYYY-MM-DD date. */
export function weekdayIndex(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Month 1..12 and day of month of a YYYY-MM-DD date. */
export function monthAndDay(date: string): { month: number; day: number } {
  return { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}
