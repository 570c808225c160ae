import { describe, expect, it } from 'vitest';
import { eventsOf, parseIcs, physicalLines, textOf, unescapeText, unfold } from '../testing/ics-reader';
import type { AppointmentState } from './appointment-state';
import {
  appointmentReference,
  escapeIcsText,
  feedSummary,
  foldIcsLine,
  formatIcsDateTime,
  icsStatusOf,
  writeDoctorFeed,
  type DoctorFeed,
  type FeedAppointment,
} from './ics';

const CHECKUP = { name: 'Check-up', nameAr: 'كشف' };
// Long Arabic names so SUMMARY and LOCATION must fold, with every special character TEXT escapes.
const LONG_SERVICE = {
  name: 'Root canal; molar, upper\\lower\nsecond visit',
  nameAr: 'علاج عصب الضرس العلوي، الجلسة الثانية; متابعة\\مراجعة, مع أشعة بانورامية كاملة للفكين وتقرير مكتوب',
};
const LONG_BRANCH = { name: 'Heliopolis', nameAr: 'فرع مصر الجديدة - شارع الثورة، بجوار ميدان الكوربة، الدور الثالث، عيادة ٣٠٢' };

function appointment(id: string, state: AppointmentState, over: Partial<FeedAppointment> = {}): FeedAppointment {
  return {
    id,
    state,
    version: 1,
    start: new Date('2026-04-24T08:30:00.000Z'),
    end: new Date('2026-04-24T09:15:00.000Z'),
    lastModified: new Date('2026-04-01T10:00:00.000Z'),
    service: CHECKUP,
    branch: { name: 'Zamalek', nameAr: 'الزمالك' },
    ...over,
  };
}

function feed(language: 'en' | 'ar', appointments: FeedAppointment[]): DoctorFeed {
  return { name: 'د. أمل حسن · Nile Dental, Cairo', language, generatedAt: new Date('2026-04-20T12:00:00.000Z'), appointments };
}

describe('ICS text rules', () => {
  it('escapes backslash, semicolon, comma and every kind of line break, and drops other control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg\th\u0000i\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng\th' + 'i');
    expect(unescapeText(escapeIcsText(LONG_SERVICE.nameAr))).toBe(LONG_SERVICE.nameAr);
    expect(unescapeText(escapeIcsText('x\\ny'))).toBe('x\\ny'); // a literal backslash-n stays two characters
    expect(escapeIcsText('bad \uD800 surrogate')).toBe('bad \uFFFD surrogate');
  });

  it('folds at 75 octets without cutting a UTF-8 sequence', () => {
    const ascii = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldIcsLine(ascii).split('\r\n');
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([75, 75, 60]) // 208 octets = 75 + (1 + 74) + (1 + 59);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    // Arabic letters are 2 octets: after "SUMMARY:" (8) an odd budget is left, so a naive cut would split one.
    const arabic = `SUMMARY:${'ع'.repeat(100)}`;
    for (const line of foldIcsLine(arabic).split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    // 4-octet emoji and 3-octet characters too.
    const mixed = `DESCRIPTION:${'😀€ع'.repeat(40)}`;
    const lines = foldIcsLine(mixed).split('\r\n');
    // A line holding half a surrogate pair would not survive encoding to UTF-8 and back.
    expect(lines.every((l) => Buffer.byteLength(l) <= 75 && Buffer.from(l, 'utf8').toString('utf8') === l)).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(mixed);
    expect(foldIcsLine('SHORT:ok')).toBe('SHORT:ok');
  });

  it('writes UTC date-times and maps states to STATUS', () => {
    expect(formatIcsDateTime(new Date('2026-10-29T21:05:09.999Z'))).toBe('20261029T210509Z');
    expect(icsStatusOf('held')).toBe('TENTATIVE');
    for (const s of ['booked', 'confirmed', 'completed'] as const) expect(icsStatusOf(s)).toBe('CONFIRMED');
    for (const s of ['cancelled', 'no_show'] as const) expect(icsStatusOf(s)).toBe('CANCELLED');
    expect(appointmentReference('apt_4k2wabcdq7xz2m5a')).toBe('XZ2M5A');
  });

  it('localises the summary; holds say pending; a removed service is "Appointment"', () => {
    expect(feedSummary({ state: 'booked', service: CHECKUP }, 'en')).toBe('Check-up');
    expect(feedSummary({ state: 'booked', service: CHECKUP }, 'ar')).toBe('كشف');
    expect(feedSummary({ state: 'held', service: CHECKUP }, 'en')).toBe('Pending: Check-up');
    expect(feedSummary({ state: 'held', service: CHECKUP }, 'ar')).toBe('بانتظار التأكيد: كشف');
    expect(feedSummary({ state: 'cancelled', service: CHECKUP }, 'en')).toBe('Cancelled: Check-up');
    expect(feedSummary({ state: 'no_show', service: CHECKUP }, 'ar')).toBe('لم يحضر: كشف');
    expect(feedSummary({ state: 'booked' }, 'ar')).toBe('موعد');
    expect(feedSummary({ state: 'booked', service: { name: 'Scan', nameAr: ' ' } }, 'ar')).toBe('Scan');
  });
});

describe('writeDoctorFeed', () => {
  const appointments = [
    appointment('apt_booked000001', 'booked'),
    appointment('apt_heldx0000002', 'held', { service: LONG_SERVICE, branch: LONG_BRANCH }),
    appointment('apt_cancel000003', 'cancelled', { version: 3, lastModified: new Date('2026-04-10T07:00:00.000Z') }),
    appointment('apt_noshow000004', 'no_show', { version: 2, branch: undefined }),
    appointment('apt_confirm00005', 'confirmed', { version: 2 }),
    appointment('apt_complete0006', 'completed', { version: 2 }),
  ];

  it('round-trips through unfold + parse (Arabic, long, escaped values)', () => {
    const ics = writeDoctorFeed(feed('ar', appointments));
    // Framing: CRLF everywhere, <= 75 octets per physical line, no cut UTF-8 (physicalLines throws otherwise).
    const physical = physicalLines(ics);
    expect(physical.length).toBeGreaterThan(unfold(ics).length); // something was folded
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const calendar = parseIcs(ics);
    expect(calendar.name).toBe('VCALENDAR');
    expect(textOf(calendar, 'VERSION')).toBe('2.0');
    expect(textOf(calendar, 'PRODID')).toBe('-//Frontdesk//Doctor calendar feed//EN');
    expect(textOf(calendar, 'CALSCALE')).toBe('GREGORIAN');
    expect(textOf(calendar, 'METHOD')).toBe('PUBLISH');
    expect(textOf(calendar, 'X-WR-CALNAME')).toBe('د. أمل حسن · Nile Dental, Cairo');
    expect(textOf(calendar, 'REFRESH-INTERVAL')).toBe('PT15M');
    expect(calendar.properties.find((p) => p.name === 'REFRESH-INTERVAL')?.params).toEqual({ VALUE: 'DURATION' });
    expect(textOf(calendar, 'X-PUBLISHED-TTL')).toBe('PT15M');

    const events = eventsOf(ics);
    expect(events.map((e) => e.UID)).toEqual(appointments.map((a) => `${a.id}@frontdesk`));
    expect(events.map((e) => e.STATUS)).toEqual(['CONFIRMED', 'TENTATIVE', 'CANCELLED', 'CANCELLED', 'CONFIRMED', 'CONFIRMED']);
    expect(events.map((e) => e.SEQUENCE)).toEqual(['1', '1', '3', '2', '2', '2']);
    expect(events.map((e) => e.TRANSP)).toEqual(['OPAQUE', 'OPAQUE', 'TRANSPARENT', 'TRANSPARENT', 'OPAQUE', 'OPAQUE']);

    const [booked, held, cancelled, noShow] = events;
    expect(booked).toMatchObject({
      DTSTAMP: '20260420T120000Z',
      DTSTART: '20260424T083000Z',
      DTEND: '20260424T091500Z',
      SUMMARY: 'كشف',
      'SUMMARY;LANGUAGE': 'ar',
      LOCATION: 'الزمالك',
      DESCRIPTION: 'رقم الموعد: 000001',
      'LAST-MODIFIED': '20260401T100000Z',
    });
    // The long Arabic values come back exactly, separators and backslashes included.
    expect(held!.SUMMARY).toBe(`بانتظار التأكيد: ${LONG_SERVICE.nameAr}`);
    expect(held!.LOCATION).toBe(LONG_BRANCH.nameAr);
    expect(cancelled!.SUMMARY).toBe('ملغى: كشف');
    expect(cancelled!['LAST-MODIFIED']).toBe('20260410T070000Z');
    expect(noShow!.LOCATION).toBeUndefined();
  });

  it('writes English names with their escapes and an empty calendar when there is nothing', () => {
    const events = eventsOf(writeDoctorFeed(feed('en', [appointment('apt_heldx0000002', 'held', { service: LONG_SERVICE, branch: LONG_BRANCH })])));
    expect(events[0]).toMatchObject({
      SUMMARY: `Pending: ${LONG_SERVICE.name}`,
      'SUMMARY;LANGUAGE': 'en',
      LOCATION: 'Heliopolis',
      DESCRIPTION: 'Appointment ref: 000002',
    });
    const raw = writeDoctorFeed(feed('en', [appointment('apt_heldx0000002', 'held', { service: LONG_SERVICE })]));
    expect(unfold(raw).find((l) => l.startsWith('SUMMARY'))).toBe('SUMMARY;LANGUAGE=en:Pending: Root canal\\; molar\\, upper\\\\lower\\nsecond visit');

    const empty = parseIcs(writeDoctorFeed(feed('en', [])));
    expect(empty.components).toEqual([]);
    expect(textOf(empty, 'METHOD')).toBe('PUBLISH');
  });
});
