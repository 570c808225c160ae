import { describe, expect, it } from 'vitest';
import type { DoctorAvailability, WeeklyHours } from './availability';
import { searchSlots, type SlotSearchRequest } from './slot-search';

const EVERY_DAY = (from: string, to: string): WeeklyHours => ({
  sun: [{ from, to }],
  mon: [{ from, to }],
  tue: [{ from, to }],
  wed: [{ from, to }],
  thu: [{ from, to }],
  fri: [{ from, to }],
  sat: [{ from, to }],
});
const doctorWith = (weekly: WeeklyHours, extra: Partial<DoctorAvailability> = {}): DoctorAvailability => ({
  id: 'doc_1',
  branches: [{ branchId: 'br_1', weekly }],
  ...extra,
});

function search(overrides: Partial<SlotSearchRequest>) {
  return searchSlots({
    timezone: 'Africa/Cairo',
    service: { durationMinutes: 30, bufferMinutes: 0 },
    doctors: [doctorWith(EVERY_DAY('09:00', '17:00'))],
    busy: [],
    from: '2026-01-05',
    to: '2026-01-05',
    now: new Date('2026-01-01T00:00:00Z'),
    minimumNoticeMinutes: 0,
    horizonDays: 365,
    ...overrides,
  });
}
/** "HH:MM" of local starts, with the offset when asked. */
const times = (slots: ReturnType<typeof searchSlots>) => slots.map((slot) => slot.localStart.slice(11, 16));
const timesWithOffset = (slots: ReturnType<typeof searchSlots>) => slots.map((slot) => `${slot.localStart.slice(11, 16)}${slot.utcOffset}`);
const starts = (slots: ReturnType<typeof searchSlots>) => slots.map((slot) => slot.start);

describe('slot search', () => {
  it('offers every start in the working hours minus the breaks, with the local time, the zone and the UTC instant', () => {
    const slots = search({ doctors: [doctorWith(EVERY_DAY('09:00', '17:00'), { breaks: { mon: [{ from: '13:00', to: '14:00' }] } })] });
    expect(times(slots)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30']);
    expect(slots[0]).toEqual({
      doctorId: 'doc_1',
      branchId: 'br_1',
      start: '2026-01-05T07:00:00.000Z',
      end: '2026-01-05T07:30:00.000Z',
      localStart: '2026-01-05T09:00:00',
      localEnd: '2026-01-05T09:30:00',
      utcOffset: '+02:00',
      timezone: 'Africa/Cairo',
    });
  });

  it('steps by duration plus buffer unless a step is given', () => {
    expect(times(search({ service: { durationMinutes: 45, bufferMinutes: 15 }, doctors: [doctorWith(EVERY_DAY('09:00', '12:00'))] }))).toEqual([
      '09:00',
      '10:00',
      '11:00',
    ]);
    expect(times(search({ service: { durationMinutes: 45, bufferMinutes: 0 }, stepMinutes: 15, doctors: [doctorWith(EVERY_DAY('09:00', '10:30'))] }))).toEqual([
      '09:00',
      '09:15',
      '09:30',
      '09:45',
    ]);
  });

  it('checks the whole duration plus buffer against busy time, not only the start; the buffer may run past closing', () => {
    const slots = search({
      service: { durationMinutes: 30, bufferMinutes: 15 },
      stepMinutes: 15,
      doctors: [doctorWith(EVERY_DAY('09:00', '11:00'))],
      busy: [{ doctorId: 'doc_1', start: new Date('2026-01-05T08:00:00Z'), end: new Date('2026-01-05T08:30:00Z') }], // 10:00-10:30 local
    });
    expect(times(slots)).toEqual(['09:00', '09:15', '10:30']);
  });

  it('counts busy time of the doctor at any branch and ignores other doctors\' busy time', () => {
    const doctor: DoctorAvailability = {
      id: 'doc_1',
      branches: [
        { branchId: 'br_1', weekly: EVERY_DAY('09:00', '10:00') },
        { branchId: 'br_2', weekly: EVERY_DAY('09:00', '10:00') },
      ],
    };
    const slots = search({
      doctors: [doctor],
      busy: [
        { doctorId: 'doc_1', start: new Date('2026-01-05T07:00:00Z'), end: new Date('2026-01-05T07:30:00Z') },
        { doctorId: 'doc_2', start: new Date('2026-01-05T07:30:00Z'), end: new Date('2026-01-05T08:00:00Z') },
      ],
    });
    expect(slots.map((slot) => `${slot.branchId} ${slot.localStart.slice(11, 16)}`)).toEqual(['br_1 09:30', 'br_2 09:30']);
  });

  it('sorts by instant, then doctor, then branch, and filters by doctor and branch', () => {
    const doctors: DoctorAvailability[] = [
      { id: 'doc_b', branches: [{ branchId: 'br_1', weekly: EVERY_DAY('09:00', '10:00') }] },
      { id: 'doc_a', branches: [{ branchId: 'br_2', weekly: EVERY_DAY('09:30', '10:30') }, { branchId: 'br_1', weekly: EVERY_DAY('09:00', '09:30') }] },
    ];
    const all = search({ doctors });
    expect(all.map((s) => `${s.localStart.slice(11, 16)} ${s.doctorId} ${s.branchId}`)).toEqual([
      '09:00 doc_a br_1',
      '09:00 doc_b br_1',
      '09:30 doc_a br_2',
      '09:30 doc_b br_1',
      '10:00 doc_a br_2',
    ]);
    expect(search({ doctors, doctorId: 'doc_a' }).every((s) => s.doctorId === 'doc_a')).toBe(true);
    expect(search({ doctors, branchId: 'br_2' }).map((s) => s.doctorId)).toEqual(['doc_a', 'doc_a']);
    expect(search({ doctors, doctorId: 'doc_unknown' })).toEqual([]);
    expect(search({ doctors, limit: 2 })).toHaveLength(2);
  });

  it('returns at most 500 slots unless a limit is given, and refuses a limit above 5,000', () => {
    const busyMonth = { doctors: [doctorWith(EVERY_DAY('00:00', '24:00'))], from: '2026-01-05', to: '2026-01-20', stepMinutes: 15 };
    const all = search({ ...busyMonth, limit: 5_000 });
    expect(all.length).toBeGreaterThan(500);
    expect(search(busyMonth)).toEqual(all.slice(0, 500));
    expect(() => search({ ...busyMonth, limit: 5_001 })).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_SEARCH', details: expect.objectContaining({ field: 'limit' }) }));
  });

  it('offers nothing in the past or inside the minimum notice', () => {
    const now = new Date('2026-01-05T08:10:00Z'); // 10:10 in Cairo
    expect(times(search({ now, doctors: [doctorWith(EVERY_DAY('09:00', '12:00'))] }))).toEqual(['10:30', '11:00', '11:30']);
    expect(times(search({ now, minimumNoticeMinutes: 60, doctors: [doctorWith(EVERY_DAY('09:00', '12:00'))] }))).toEqual(['11:30']);
  });

  it('offers nothing on dates before today or after today plus the horizon, counted in clinic-local days', () => {
    // 23:30 UTC on the 4th is already Monday the 5th in Cairo.
    const now = new Date('2026-01-04T23:30:00Z');
    const slots = search({ now, from: '2026-01-01', to: '2026-01-31', horizonDays: 7, doctors: [doctorWith(EVERY_DAY('09:00', '10:00'))] });
    const dates = [...new Set(slots.map((slot) => slot.localStart.slice(0, 10)))];
    expect(dates[0]).toBe('2026-01-05');
    expect(dates.at(-1)).toBe('2026-01-12');
    expect(dates).toHaveLength(8);
    expect(search({ now, from: '2026-01-20', to: '2026-01-25', horizonDays: 7 })).toEqual([]);
  });

  it('honours leave, public holidays and one-off extra hours', () => {
    const doctor = doctorWith(EVERY_DAY('09:00', '10:00'), {
      exceptions: [
        { kind: 'leave', startDate: '2026-01-06', endDate: '2026-01-06' },
        { kind: 'extra', date: '2026-01-08', branchId: 'br_1', hours: [{ from: '18:00', to: '19:00' }] },
      ],
    });
    const slots = search({ doctors: [doctor], from: '2026-01-05', to: '2026-01-08', holidays: [{ date: '2026-01-07', name: 'Coptic Christmas' }] });
    expect(slots.map((slot) => slot.localStart.slice(0, 16))).toEqual([
      '2026-01-05T09:00',
      '2026-01-05T09:30',
      '2026-01-08T09:00',
      '2026-01-08T09:30',
      '2026-01-08T18:00',
      '2026-01-08T18:30',
    ]);
  });

  it('joins a night shift across midnight into one window, so a slot may run over midnight', () => {
    const doctor = doctorWith({ mon: [{ from: '22:00', to: '24:00' }], tue: [{ from: '00:00', to: '02:00' }] });
    const slots = search({ doctors: [doctor], service: { durationMinutes: 60, bufferMinutes: 0 }, stepMinutes: 30, from: '2026-01-05', to: '2026-01-06' });
    expect(slots.map((slot) => `${slot.localStart.slice(0, 16)}-${slot.localEnd.slice(11, 16)}`)).toEqual([
      '2026-01-05T22:00-23:00',
      '2026-01-05T22:30-23:30',
      '2026-01-05T23:00-00:00',
      '2026-01-05T23:30-00:30',
      '2026-01-06T00:00-01:00',
      '2026-01-06T00:30-01:30',
      '2026-01-06T01:00-02:00',
    ]);
  });

  it('refuses bad input with stable codes', () => {
    expect(() => search({ timezone: 'Cairo' })).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_TIMEZONE' }));
    expect(() => search({ from: '2026-01-06', to: '2026-01-05' })).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_SEARCH', details: { field: 'to' } }));
    expect(() => search({ from: '2026-01-01', to: '2027-06-01' })).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_SEARCH' }));
    expect(() => search({ service: { durationMinutes: 0, bufferMinutes: 0 } })).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.INVALID_SEARCH', details: { field: 'service.durationMinutes' } }),
    );
    expect(() => search({ now: new Date('nope') })).toThrow(expect.objectContaining({ details: { field: 'now' } }));
    expect(() => search({ doctors: [doctorWith({ mon: [{ from: '09:00', to: '25:00' }] })] })).toThrow(
      expect.objectContaining({ code: 'SCHEDULING.INVALID_HOURS', details: { field: 'doctors.0.branches.0.weekly.mon.0' } }),
    );
  });
});

/**
 * Daylight saving. Decisions (see README): a wall-clock time skipped when the
 * clocks go forward has no slot; a wall-clock time repeated when they go back
 * is offered twice, with distinct UTC instants and offsets. Durations are real
 * minutes. Dates verified against Node's ICU (tz 2025c).
 */
describe('slot search across daylight-saving changes', () => {
  const longAgo = new Date('2026-01-01T00:00:00Z');

  describe('Africa/Cairo', () => {
    // Thursday night into the last Friday of April 2026: 24:00 (+02) becomes 01:00 (+03).
    const nightShift = doctorWith({ thu: [{ from: '20:00', to: '24:00' }], fri: [{ from: '00:00', to: '04:00' }] });

    it('skips the missing hour after Thursday midnight when summer time starts on the last Friday of April', () => {
      const slots = search({
        timezone: 'Africa/Cairo',
        doctors: [nightShift],
        service: { durationMinutes: 60, bufferMinutes: 0 },
        from: '2026-04-23',
        to: '2026-04-24',
        now: longAgo,
      });
      expect(slots.map((s) => `${s.localStart.slice(0, 16)}${s.utcOffset}`)).toEqual([
        '2026-04-23T20:00+02:00',
        '2026-04-23T21:00+02:00',
        '2026-04-23T22:00+02:00',
        '2026-04-23T23:00+02:00',
        '2026-04-24T01:00+03:00',
        '2026-04-24T02:00+03:00',
        '2026-04-24T03:00+03:00',
      ]);
      expect(starts(slots)).toEqual([
        '2026-04-23T18:00:00.000Z',
        '2026-04-23T19:00:00.000Z',
        '2026-04-23T20:00:00.000Z',
        '2026-04-23T21:00:00.000Z',
        '2026-04-23T22:00:00.000Z',
        '2026-04-23T23:00:00.000Z',
        '2026-04-24T00:00:00.000Z',
      ]);
      // The 23:00 hour lasts one real hour and ends at 01:00 local.
      expect(slots[3]!.localEnd).toBe('2026-04-24T01:00:00');
      // Searching the Friday alone keeps the grid and starts after the gap.
      expect(times(search({ doctors: [nightShift], service: { durationMinutes: 60, bufferMinutes: 0 }, from: '2026-04-24', to: '2026-04-24', now: longAgo }))).toEqual([
        '01:00',
        '02:00',
        '03:00',
      ]);
    });

    it('offers the repeated 23:00 hour twice with distinct instants when summer time ends on the last Thursday of October', () => {
      const slots = search({
        doctors: [doctorWith({ thu: [{ from: '20:00', to: '24:00' }], fri: [{ from: '00:00', to: '02:00' }] })],
        service: { durationMinutes: 60, bufferMinutes: 0 },
        from: '2026-10-29',
        to: '2026-10-30',
        now: longAgo,
      });
      expect(slots.map((s) => `${s.localStart.slice(0, 16)}${s.utcOffset}`)).toEqual([
        '2026-10-29T20:00+03:00',
        '2026-10-29T21:00+03:00',
        '2026-10-29T22:00+03:00',
        '2026-10-29T23:00+03:00',
        '2026-10-29T23:00+02:00',
        '2026-10-30T00:00+02:00',
        '2026-10-30T01:00+02:00',
      ]);
      expect(starts(slots)).toEqual([
        '2026-10-29T17:00:00.000Z',
        '2026-10-29T18:00:00.000Z',
        '2026-10-29T19:00:00.000Z',
        '2026-10-29T20:00:00.000Z',
        '2026-10-29T21:00:00.000Z',
        '2026-10-29T22:00:00.000Z',
        '2026-10-29T23:00:00.000Z',
      ]);
      expect(new Set(starts(slots)).size).toBe(slots.length);
    });

    it('treats the two 23:00s of the October change as different slots when one is booked', () => {
      const slots = search({
        doctors: [doctorWith({ thu: [{ from: '22:00', to: '24:00' }] })],
        service: { durationMinutes: 60, bufferMinutes: 0 },
        busy: [{ doctorId: 'doc_1', start: new Date('2026-10-29T20:00:00Z'), end: new Date('2026-10-29T21:00:00Z') }], // the first 23:00
        from: '2026-10-29',
        to: '2026-10-29',
        now: longAgo,
      });
      expect(timesWithOffset(slots)).toEqual(['22:00+03:00', '23:00+02:00']);
    });

    it('offers an ordinary day after the change at the new offset', () => {
      const slots = search({ doctors: [doctorWith(EVERY_DAY('09:00', '10:00'))], from: '2026-04-25', to: '2026-04-25', now: longAgo });
      expect(starts(slots)).toEqual(['2026-04-25T06:00:00.000Z', '2026-04-25T06:30:00.000Z']);
    });
  });

  describe('Pacific/Auckland', () => {
    const earlyShift = doctorWith({ sun: [{ from: '01:00', to: '05:00' }] });

    it('skips 02:00-03:00 on an early shift when daylight time starts (Sunday 27 September 2026)', () => {
      const slots = search({ timezone: 'Pacific/Auckland', doctors: [earlyShift], from: '2026-09-27', to: '2026-09-27', now: longAgo });
      expect(timesWithOffset(slots)).toEqual(['01:00+12:00', '01:30+12:00', '03:00+13:00', '03:30+13:00', '04:00+13:00', '04:30+13:00']);
      expect(slots[1]).toMatchObject({ start: '2026-09-26T13:30:00.000Z', end: '2026-09-26T14:00:00.000Z', localEnd: '2026-09-27T03:00:00' });
    });

    it('offers 02:00-03:00 twice on an early shift when daylight time ends (Sunday 5 April 2026)', () => {
      const slots = search({
        timezone: 'Pacific/Auckland',
        doctors: [earlyShift],
        service: { durationMinutes: 60, bufferMinutes: 0 },
        from: '2026-04-05',
        to: '2026-04-05',
        now: longAgo,
      });
      expect(timesWithOffset(slots)).toEqual(['01:00+13:00', '02:00+13:00', '02:00+12:00', '03:00+12:00', '04:00+12:00']);
      expect(starts(slots)).toEqual([
        '2026-04-04T12:00:00.000Z',
        '2026-04-04T13:00:00.000Z',
        '2026-04-04T14:00:00.000Z',
        '2026-04-04T15:00:00.000Z',
        '2026-04-04T16:00:00.000Z',
      ]);
    });
  });

  describe('Australia/Sydney', () => {
    it('skips 02:00-03:00 when daylight time starts (Sunday 4 October 2026), and a long service still lasts its real minutes', () => {
      const hourly = search({
        timezone: 'Australia/Sydney',
        doctors: [doctorWith({ sun: [{ from: '00:00', to: '06:00' }] })],
        service: { durationMinutes: 60, bufferMinutes: 0 },
        from: '2026-10-04',
        to: '2026-10-04',
        now: longAgo,
      });
      expect(timesWithOffset(hourly)).toEqual(['00:00+10:00', '01:00+10:00', '03:00+11:00', '04:00+11:00', '05:00+11:00']);
      expect(starts(hourly)[2]).toBe('2026-10-03T16:00:00.000Z');

      const long = search({
        timezone: 'Australia/Sydney',
        doctors: [doctorWith({ sun: [{ from: '01:00', to: '04:00' }] })],
        service: { durationMinutes: 90, bufferMinutes: 0 },
        stepMinutes: 30,
        from: '2026-10-04',
        to: '2026-10-04',
        now: longAgo,
      });
      // 01:00-04:00 on the clock is two real hours.
      expect(long.map((s) => `${s.localStart.slice(11, 16)}-${s.localEnd.slice(11, 16)}`)).toEqual(['01:00-03:30', '01:30-04:00']);
    });

    it('offers 02:00-03:00 twice when daylight time ends (Sunday 5 April 2026)', () => {
      const slots = search({
        timezone: 'Australia/Sydney',
        doctors: [doctorWith({ sun: [{ from: '01:30', to: '04:30' }] })],
        from: '2026-04-05',
        to: '2026-04-05',
        now: longAgo,
      });
      expect(timesWithOffset(slots)).toEqual([
        '01:30+11:00',
        '02:00+11:00',
        '02:30+11:00',
        '02:00+10:00',
        '02:30+10:00',
        '03:00+10:00',
        '03:30+10:00',
        '04:00+10:00',
      ]);
      expect(starts(slots)[0]).toBe('2026-04-04T14:30:00.000Z');
      expect(starts(slots).at(-1)).toBe('2026-04-04T18:00:00.000Z');
    });
  });
});
