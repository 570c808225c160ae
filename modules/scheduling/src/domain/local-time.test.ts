import { describe, expect, it } from 'vitest';
import { HOUR_MS, ZoneTimeline, assertTimeZone, formatOffset, offsetFromIntl, parseClockTime, parseLocalDate } from './local-time';

const naive = (iso: string) => Date.parse(`${iso}Z`);
const at = (iso: string) => Date.parse(iso);
const year2026 = (zone: string) => new ZoneTimeline(zone, at('2026-01-01T00:00:00Z'), at('2026-12-31T23:59:00Z'));

describe('zone timeline', () => {
  for (const zone of ['Africa/Cairo', 'Pacific/Auckland', 'Australia/Sydney', 'UTC', 'Asia/Kolkata']) {
    it(`agrees with Intl at every hour of 2026 and round-trips instants in ${zone}`, () => {
      const timeline = year2026(zone);
      for (let t = at('2026-01-01T00:00:00Z'); t < at('2027-01-01T00:00:00Z'); t += HOUR_MS) {
        expect(timeline.offsetAt(t)).toBe(offsetFromIntl(zone, t));
        expect(timeline.instantsOf(timeline.toNaive(t))).toContain(t);
      }
    });
  }

  it('finds the Egyptian switches of 2026 to the minute: last Friday of April 00:00 -> 01:00, last Thursday of October 24:00 -> 23:00', () => {
    const cairo = year2026('Africa/Cairo');
    expect(cairo.offsetAt(at('2026-04-23T21:59:00Z'))).toBe(2 * HOUR_MS);
    expect(cairo.offsetAt(at('2026-04-23T22:00:00Z'))).toBe(3 * HOUR_MS);
    expect(cairo.offsetAt(at('2026-10-29T20:59:00Z'))).toBe(3 * HOUR_MS);
    expect(cairo.offsetAt(at('2026-10-29T21:00:00Z'))).toBe(2 * HOUR_MS);
    expect(new Date('2026-04-24T00:00:00Z').getUTCDay()).toBe(5); // Friday
    expect(new Date('2026-10-29T00:00:00Z').getUTCDay()).toBe(4); // Thursday
  });

  it('gives no instant for a wall-clock time skipped by a spring-forward change, and starts it when the clocks jumped', () => {
    const cairo = year2026('Africa/Cairo');
    expect(cairo.instantsOf(naive('2026-04-24T00:30:00'))).toEqual([]);
    expect(cairo.startOf(naive('2026-04-24T00:30:00'))).toBe(at('2026-04-23T22:00:00Z'));
    expect(cairo.endOf(naive('2026-04-24T00:00:00'))).toBe(at('2026-04-23T22:00:00Z'));
    expect(cairo.instantsOf(naive('2026-04-24T01:00:00'))).toEqual([at('2026-04-23T22:00:00Z')]);
  });

  it('gives two instants for a wall-clock time repeated by a fall-back change: start is the first, end the second', () => {
    const cairo = year2026('Africa/Cairo');
    expect(cairo.instantsOf(naive('2026-10-29T23:30:00'))).toEqual([at('2026-10-29T20:30:00Z'), at('2026-10-29T21:30:00Z')]);
    expect(cairo.startOf(naive('2026-10-29T23:30:00'))).toBe(at('2026-10-29T20:30:00Z'));
    expect(cairo.endOf(naive('2026-10-29T23:30:00'))).toBe(at('2026-10-29T21:30:00Z'));
    expect(cairo.instantsOf(naive('2026-10-30T00:00:00'))).toEqual([at('2026-10-29T22:00:00Z')]);
  });

  it('falls back to Intl outside the period it was built for', () => {
    const cairo = new ZoneTimeline('Africa/Cairo', at('2026-01-01T00:00:00Z'), at('2026-01-31T00:00:00Z'));
    expect(cairo.offsetAt(at('2026-07-01T00:00:00Z'))).toBe(3 * HOUR_MS);
    expect(cairo.offsetSpread).toBe(0);
  });

  it('refuses an unknown time zone as invalid input', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_TIMEZONE', kind: 'invalid' }));
    expect(() => assertTimeZone('')).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_TIMEZONE' }));
    expect(() => assertTimeZone('Africa/Cairo')).not.toThrow();
  });
});

describe('local time parsing and formatting', () => {
  it('reads HH:MM as minutes after midnight, allowing 24:00 only as an end', () => {
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('24:00')).toBeUndefined();
    expect(parseClockTime('24:00', true)).toBe(1440);
    expect(parseClockTime('9:30')).toBeUndefined();
    expect(parseClockTime('12:60')).toBeUndefined();
  });

  it('reads only real calendar dates', () => {
    expect(parseLocalDate('2026-02-28')).toBe(Date.UTC(2026, 1, 28) / 86_400_000);
    expect(parseLocalDate('2026-02-29')).toBeUndefined();
    expect(parseLocalDate('2026-2-1')).toBeUndefined();
  });

  it('writes offsets as ±HH:MM', () => {
    expect(formatOffset(2 * HOUR_MS)).toBe('+02:00');
    expect(formatOffset(-3.5 * HOUR_MS)).toBe('-03:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});
