import type { OpeningHours, Weekday } from './catalog';

export const WEEK: { day: Weekday; label: string }[] = [
  { day: 'sat', label: 'Saturday' },
  { day: 'sun', label: 'Sunday' },
  { day: 'mon', label: 'Monday' },
  { day: 'tue', label: 'Tuesday' },
  { day: 'wed', label: 'Wednesday' },
  { day: 'thu', label: 'Thursday' },
  { day: 'fri', label: 'Friday' },
];

export type HoursText = Record<Weekday, string>;

/** Periods -> one editable line: "09:00-13:00, 16:00-20:00", empty when there are none. */
export function rangesToText(ranges: readonly { from: string; to: string }[] | undefined): string {
  return (ranges ?? []).map((r) => `${r.from}-${r.to}`).join(', ');
}

/** Stored hours -> one editable line per day, empty when closed. Days left out (a doctor's partial week) are closed. */
export function hoursToText(hours: Partial<OpeningHours> | undefined): HoursText {
  const text = {} as HoursText;
  for (const { day } of WEEK) text[day] = rangesToText(hours?.[day]);
  return text;
}

/**
 * One line back to periods. Only the shape is parsed here; the server checks
 * the times and explains any problem ("Monday: 25:00 is not a time ...").
 */
export function textToRanges(line: string): { from: string; to: string }[] {
  return line
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from = '', to = ''] = part.split(/\s*[-–—]\s*|\s+to\s+/);
      return { from: from.trim(), to: to.trim() };
    });
}

/** Every day's line back to periods. */
export function textToHours(text: HoursText): Record<Weekday, { from: string; to: string }[]> {
  const hours = {} as Record<Weekday, { from: string; to: string }[]>;
  for (const { day } of WEEK) hours[day] = textToRanges(text[day]);
  return hours;
}

/** "Sat–Thu 09:00-17:00" would be nicer; a compact list of open days is enough for the table. */
export function summariseHours(hours: Partial<OpeningHours>): string {
  const open = WEEK.filter(({ day }) => (hours[day] ?? []).length > 0);
  if (open.length === 0) return 'Closed all week';
  return open.map(({ day, label }) => `${label.slice(0, 3)} ${(hours[day] ?? []).map((r) => `${r.from}–${r.to}`).join(', ')}`).join(' · ');
}
