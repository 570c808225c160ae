/**
 * Wall-clock readings in an IANA time zone (the tz database Node ships, via
 * Intl) and plain YYYY-MM-DD date arithmetic. Pure: the caller passes the
 * instant; nothing reads the system clock.
 */

export interface WallClockReading {
  /** YYYY-MM-DD */
  date: string;
  hour: number;
  minute: number;
  second: number;
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
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws RangeError unless the runtime knows the zone (and keeps its formatter for later readings). */
export function checkTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The zone's wall-clock reading of an instant (epoch ms or Date). Throws RangeError for a zone the runtime does not know. */
export function readWallClock(instant: number | Date, timeZone: string): WallClockReading {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumberOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function addDaysToDate(date: string, days: number): string {
  return new Date((dayNumberOf(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, of a YYYY-MM-DD date. */
export function weekdayIndexOf(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumberOf(date) + 4) % 7) + 7) % 7;
}
