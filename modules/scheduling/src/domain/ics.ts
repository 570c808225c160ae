import type { AppointmentState } from './appointment-state';

/**
 * An RFC 5545 writer for a doctor's calendar feed (a subscribed, read-only
 * calendar). Pure: no clock, no I/O.
 *
 * Privacy: calendar apps copy a subscribed URL to their own servers (Google,
 * Apple, Microsoft) and fetch it from there, so the feed carries no patient
 * data. Per appointment it has only the service, the branch, the time, the
 * state and a short reference. `FeedAppointment` has no field for a patient,
 * so the application cannot leak one by mistake.
 */

export type FeedLanguage = 'en' | 'ar';
export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** A catalog name in both languages (tenancy's `name` / `nameAr`). */
export interface LocalisedName {
  name: string;
  nameAr: string;
}

export interface FeedAppointment {
  id: string;
  state: AppointmentState;
  /** The appointment's version; it becomes SEQUENCE, so clients take every change. */
  version: number;
  start: Date;
  end: Date;
  /** When the appointment last changed (its creation if never): LAST-MODIFIED. */
  lastModified: Date;
  /** Missing when the service was removed from the catalog: the summary says "Appointment". */
  service?: LocalisedName;
  /** Missing: no LOCATION. */
  branch?: LocalisedName;
}

export interface DoctorFeed {
  /** X-WR-CALNAME / NAME, e.g. "Dr. Amal Hassan · Nile Dental". */
  name: string;
  language: FeedLanguage;
  /** DTSTAMP of every event: when this copy of the feed was made. */
  generatedAt: Date;
  appointments: readonly FeedAppointment[];
}

export const ICS_PRODID = '-//Frontdesk//Doctor calendar feed//EN';
/** How often calendar apps are asked to fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_REFRESH_MINUTES = 15;
/** Longest content line in octets, without its CRLF (RFC 5545 section 3.1). */
export const ICS_LINE_OCTETS = 75;

const STATUS_OF: Record<AppointmentState, IcsStatus> = {
  held: 'TENTATIVE',
  booked: 'CONFIRMED',
  confirmed: 'CONFIRMED',
  completed: 'CONFIRMED',
  cancelled: 'CANCELLED',
  no_show: 'CANCELLED',
};

export function icsStatusOf(state: AppointmentState): IcsStatus {
  return STATUS_OF[state];
}

const LABELS: Record<FeedLanguage, { appointment: string; reference: string; prefix: Partial<Record<AppointmentState, string>> }> = {
  en: { appointment: 'Appointment', reference: 'Appointment ref', prefix: { held: 'Pending', cancelled: 'Cancelled', no_show: 'No-show' } },
  ar: { appointment: 'موعد', reference: 'رقم الموعد', prefix: { held: 'بانتظار التأكيد', cancelled: 'ملغى', no_show: 'لم يحضر' } },
};

export function localName(value: LocalisedName, language: FeedLanguage): string {
  const ar = value.nameAr.trim();
  const en = value.name.trim();
  return language === 'ar' ? ar || en : en || ar;
}

/** The short, human reference of an appointment: the last 6 characters of its id, upper case (`apt_...k2w7qa` -> `K2W7QA`). */
export function appointmentReference(appointmentId: string): string {
  const random = appointmentId.slice(appointmentId.lastIndexOf('_') + 1) || appointmentId;
  return random.slice(-6).toUpperCase();
}

/** "Check-up", "Pending: Check-up", "ملغى: كشف", ... */
export function feedSummary(appointment: Pick<FeedAppointment, 'state' | 'service'>, language: FeedLanguage): string {
  const labels = LABELS[language];
  const service = appointment.service ? localName(appointment.service, language) || labels.appointment : labels.appointment;
  const prefix = labels.prefix[appointment.state];
  return prefix ? `${prefix}: ${service}` : service;
}

/** `20260105T100000Z`: a UTC DATE-TIME (form #2). */
export function formatIcsDateTime(instant: Date): string {
  const iso = instant.toISOString(); // 2026-01-05T10:00:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters other than HTAB and LF are not allowed in TEXT (section 3.3.11); LF is escaped below.
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** TEXT escaping (section 3.3.11): `\` `;` `,` escaped, any line break becomes `\n`, other control characters dropped. */
export function escapeIcsText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(CONTROL, (c) => (c === '\n' ? '\\n' : ''));
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line (section 3.1): at most 75 octets per physical line,
 * continuation lines start with one space. Splits only between code points,
 * so no UTF-8 sequence (Arabic letters are 2 octets, emoji 4) is cut.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = ICS_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = ICS_LINE_OCTETS - 1; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function textLine(name: string, value: string, language?: FeedLanguage): string {
  return `${name}${language ? `;LANGUAGE=${language}` : ''}:${escapeIcsText(value)}`;
}

function eventLines(appointment: FeedAppointment, feed: DoctorFeed): string[] {
  const { language } = feed;
  const status = icsStatusOf(appointment.state);
  const lines = [
    'BEGIN:VEVENT',
    textLine('UID', `${appointment.id}@frontdesk`),
    `DTSTAMP:${formatIcsDateTime(feed.generatedAt)}`,
    `DTSTART:${formatIcsDateTime(appointment.start)}`,
    `DTEND:${formatIcsDateTime(appointment.end)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(appointment.version))}`,
    `STATUS:${status}`,
    textLine('SUMMARY', feedSummary(appointment, language), language),
  ];
  if (appointment.branch) {
    const branch = localName(appointment.branch, language);
    if (branch) lines.push(textLine('LOCATION', branch, language));
  }
  lines.push(
    textLine('DESCRIPTION', `${LABELS[language].reference}: ${appointmentReference(appointment.id)}`, language),
    `LAST-MODIFIED:${formatIcsDateTime(appointment.lastModified)}`,
    // A cancelled appointment does not make the doctor busy in free/busy views.
    `TRANSP:${status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
  );
  return lines;
}

/** The whole feed: CRLF line ends (the last line too), folded at 75 octets. */
export function writeDoctorFeed(feed: DoctorFeed): string {
  const refresh = `PT${FEED_REFRESH_MINUTES}M`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    textLine('X-WR-CALNAME', feed.name),
    textLine('NAME', feed.name),
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...feed.appointments.flatMap((a) => eventLines(a, feed)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
