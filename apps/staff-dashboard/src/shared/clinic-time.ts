/**
 * Dates and times in the CLINIC's time zone, never the browser's: a
 * receptionist abroad or a laptop set to another zone still sees the clinic's
 * wall clock. Everything goes through Intl.DateTimeFormat with `timeZone`.
 *
 * Local dates are `YYYY-MM-DD` strings; date arithmetic on them is done on
 * UTC midnights, which have no daylight saving.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in a zone: year, month, day, hour, minute. */
function wallOf(ms: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');
const toMs = (instant: string | number | Date) => (typeof instant === 'number' ? instant : new Date(instant).getTime());

/** The clinic-local date of an instant: `2026-11-25`. */
export function localDateOf(instant: string | number | Date, timeZone: string): string {
  const w = wallOf(toMs(instant), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Today's date on the clinic's wall calendar. */
export function todayIn(timeZone: string): string {
  return localDateOf(Date.now(), timeZone);
}

/** `2026-11-25` + 7 -> `2026-12-02`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a local date. */
export function weekdayIndex(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The Saturday that starts the week of `date` (the working week in Egypt and the Gulf starts on Saturday or Sunday). */
export function weekStartOf(date: string): string {
  return addDays(date, -((weekdayIndex(date) + 1) % 7));
}

export function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** A local date for people: "Wednesday, 25 November 2026" (long), "Wed 25 Nov" (short). */
export function formatLocalDate(date: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  // A calendar date has no zone of its own: formatted at UTC noon so no zone can move it.
  const at = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(at)) return date;
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : style === 'medium'
        ? { weekday: 'long', day: 'numeric', month: 'long' }
        : { weekday: 'short', day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(at);
}

/** Minutes the zone is ahead of UTC at an instant (Cairo in winter: 120). */
export function offsetMinutes(instant: string | number | Date, timeZone: string): number {
  const ms = Math.floor(toMs(instant) / MINUTE) * MINUTE;
  const w = wallOf(ms, timeZone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - ms) / MINUTE);
}

/** "GMT+03:00". */
export function offsetLabel(instant: string | number | Date, timeZone: string): string {
  const minutes = offsetMinutes(instant, timeZone);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `GMT${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * True when the wall-clock time of this instant happens twice on that day
 * (clocks going back: Cairo's 23:00 on the last Thursday of October is first
 * +03:00, then +02:00). Such a time must be shown with its offset.
 */
export function isRepeatedWallTime(instant: string | number | Date, timeZone: string): boolean {
  const ms = toMs(instant);
  const own = offsetMinutes(ms, timeZone);
  for (const other of new Set([offsetMinutes(ms - 3 * 60 * MINUTE, timeZone), offsetMinutes(ms + 3 * 60 * MINUTE, timeZone)])) {
    if (other === own) continue;
    // The same wall clock under the other offset is this instant shifted by the difference.
    const twin = ms + (own - other) * MINUTE;
    if (offsetMinutes(twin, timeZone) === other) return true;
  }
  return false;
}

/** "09:30" on the clinic's clock. */
export function clockOf(instant: string | number | Date, timeZone: string): string {
  const w = wallOf(toMs(instant), timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "09:30", or "23:00 (GMT+03:00)" when that wall time happens twice that night. */
export function timeLabel(instant: string | number | Date, timeZone: string): string {
  const clock = clockOf(instant, timeZone);
  return isRepeatedWallTime(instant, timeZone) ? `${clock} (${offsetLabel(instant, timeZone)})` : clock;
}

/** "Wed 25 Nov, 09:30" in the clinic's zone (with the offset when the hour repeats). */
export function dateTimeLabel(instant: string | number | Date, timeZone: string, style: 'long' | 'medium' | 'short' = 'short'): string {
  return `${formatLocalDate(localDateOf(instant, timeZone), style)}, ${timeLabel(instant, timeZone)}`;
}
