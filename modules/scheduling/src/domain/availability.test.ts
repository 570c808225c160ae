import { describe, expect, it } from 'vitest';
import { compileDoctor, compileHolidays, subtract, union, workingRangesOn, type DoctorAvailability } from './availability';
import { parseLocalDate } from './local-time';

const day = (iso: string) => parseLocalDate(iso)!;
const hm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const show = (ranges: Array<{ start: number; end: number }>) => ranges.map((r) => `${hm(r.start)}-${hm(r.end)}`);

// 2026-01-05 is a Monday.
const doctor: DoctorAvailability = {
  id: 'doc_1',
  branches: [
    { branchId: 'br_a', weekly: { mon: [{ from: '09:00', to: '17:00' }], tue: [{ from: '09:00', to: '13:00' }] } },
    { branchId: 'br_b', weekly: { tue: [{ from: '15:00', to: '20:00' }] } },
  ],
  breaks: { mon: [{ from: '13:00', to: '14:00' }] },
  exceptions: [
    { kind: 'leave', startDate: '2026-01-12', endDate: '2026-01-13' },
    { kind: 'leave', startDate: '2026-01-19', endDate: '2026-01-19', hours: [{ from: '09:00', to: '11:00' }] },
    { kind: 'extra', date: '2026-01-10', branchId: 'br_a', hours: [{ from: '10:00', to: '12:00' }] },
    { kind: 'extra', date: '2026-01-26', branchId: 'br_a', hours: [{ from: '12:00', to: '15:00' }] },
  ],
};
const noHolidays = compileHolidays([]);

describe('working ranges on a local date', () => {
  const compiled = compileDoctor(doctor);

  it('takes the weekday hours of the branch minus the weekly breaks', () => {
    expect(show(workingRangesOn(compiled, 'br_a', day('2026-01-05'), noHolidays))).toEqual(['09:00-13:00', '14:00-17:00']);
    expect(show(workingRangesOn(compiled, 'br_b', day('2026-01-06'), noHolidays))).toEqual(['15:00-20:00']);
    expect(show(workingRangesOn(compiled, 'br_b', day('2026-01-05'), noHolidays))).toEqual([]);
  });

  it('lists every branch the doctor works at, including branches with only extra hours', () => {
    const extraOnly = compileDoctor({ id: 'd', branches: [], exceptions: [{ kind: 'extra', date: '2026-01-10', branchId: 'br_x', hours: [{ from: '10:00', to: '11:00' }] }] });
    expect(compiled.branchIds).toEqual(['br_a', 'br_b']);
    expect(extraOnly.branchIds).toEqual(['br_x']);
  });

  it('removes whole days of leave, inclusive of both ends, at every branch', () => {
    expect(workingRangesOn(compiled, 'br_a', day('2026-01-12'), noHolidays)).toEqual([]);
    expect(workingRangesOn(compiled, 'br_b', day('2026-01-13'), noHolidays)).toEqual([]);
    expect(show(workingRangesOn(compiled, 'br_b', day('2026-01-20'), noHolidays))).toEqual(['15:00-20:00']);
  });

  it('removes only the hours of a partial-day leave', () => {
    expect(show(workingRangesOn(compiled, 'br_a', day('2026-01-19'), noHolidays))).toEqual(['11:00-13:00', '14:00-17:00']);
  });

  it('closes the clinic on a public holiday, or only the branch the holiday names', () => {
    const clinicWide = compileHolidays([{ date: '2026-01-05', name: 'Coptic Christmas Eve' }]);
    const branchOnly = compileHolidays([{ date: '2026-01-06', branchId: 'br_b' }]);
    expect(workingRangesOn(compiled, 'br_a', day('2026-01-05'), clinicWide)).toEqual([]);
    expect(show(workingRangesOn(compiled, 'br_a', day('2026-01-06'), branchOnly))).toEqual(['09:00-13:00']);
    expect(workingRangesOn(compiled, 'br_b', day('2026-01-06'), branchOnly)).toEqual([]);
  });

  it('adds one-off extra hours as written, on a day off and through a holiday and breaks', () => {
    expect(show(workingRangesOn(compiled, 'br_a', day('2026-01-10'), compileHolidays([{ date: '2026-01-10' }])))).toEqual(['10:00-12:00']);
    expect(show(workingRangesOn(compiled, 'br_a', day('2026-01-26'), noHolidays))).toEqual(['09:00-17:00']);
    expect(workingRangesOn(compiled, 'br_b', day('2026-01-10'), noHolidays)).toEqual([]);
  });

  it('merges overlapping periods of the same day', () => {
    const overlapping = compileDoctor({
      id: 'd',
      branches: [{ branchId: 'b', weekly: { wed: [{ from: '12:00', to: '18:00' }, { from: '09:00', to: '13:00' }] } }],
    });
    expect(show(workingRangesOn(overlapping, 'b', day('2026-01-07'), noHolidays))).toEqual(['09:00-18:00']);
  });
});

describe('availability validation', () => {
  const invalid = (input: Partial<DoctorAvailability>) => {
    try {
      compileDoctor({ id: 'd', branches: [], ...input }, 'doctors.0');
    } catch (error) {
      return error as { code: string; message: string; details: { field: string } };
    }
    throw new Error('expected the availability to be refused');
  };

  it('names the field of a time that is not HH:MM', () => {
    const error = invalid({ branches: [{ branchId: 'b', weekly: { mon: [{ from: '9am', to: '17:00' }] } }] });
    expect(error).toMatchObject({ code: 'SCHEDULING.INVALID_HOURS', details: { field: 'doctors.0.branches.0.weekly.mon.0' } });
    expect(error.message).toContain('"9am" is not a time');
  });

  it('refuses a period that ends before it starts and says how to write hours past midnight', () => {
    const error = invalid({ breaks: { fri: [{ from: '22:00', to: '02:00' }] } });
    expect(error.code).toBe('SCHEDULING.INVALID_HOURS');
    expect(error.message).toContain('end at 24:00 and continue the next day from 00:00');
  });

  it('refuses impossible dates and leave that ends before it starts', () => {
    expect(invalid({ exceptions: [{ kind: 'leave', startDate: '2026-02-30', endDate: '2026-03-01' }] })).toMatchObject({
      code: 'SCHEDULING.INVALID_DATE',
      details: { field: 'doctors.0.exceptions.0.startDate' },
    });
    expect(invalid({ exceptions: [{ kind: 'leave', startDate: '2026-03-02', endDate: '2026-03-01' }] }).code).toBe('SCHEDULING.INVALID_DATE');
    expect(() => compileHolidays([{ date: 'tomorrow' }])).toThrow(expect.objectContaining({ code: 'SCHEDULING.INVALID_DATE' }));
  });
});

describe('minute range arithmetic', () => {
  it('unions touching and overlapping ranges and subtracts cuts from the middle and the edges', () => {
    expect(union([{ start: 60, end: 120 }, { start: 0, end: 60 }, { start: 200, end: 300 }])).toEqual([
      { start: 0, end: 120 },
      { start: 200, end: 300 },
    ]);
    expect(subtract([{ start: 0, end: 600 }], [{ start: 100, end: 200 }, { start: 550, end: 700 }, { start: -10, end: 10 }])).toEqual([
      { start: 10, end: 100 },
      { start: 200, end: 550 },
    ]);
  });
});
