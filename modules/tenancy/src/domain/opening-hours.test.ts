import { describe, expect, it } from 'vitest';
import { validateOpeningHours, WEEKDAYS } from './opening-hours';

const fail = (draft: Parameters<typeof validateOpeningHours>[0]) => {
  try {
    validateOpeningHours(draft);
  } catch (error) {
    return error as { code: string; message: string; details: { field: string } };
  }
  throw new Error('expected the hours to be refused');
};

describe('opening hours', () => {
  it('fills every weekday, orders the periods and treats left-out days as closed', () => {
    const week = validateOpeningHours({
      mon: [
        { from: '17:00', to: '21:00' },
        { from: '09:00', to: '13:00' },
      ],
      fri: [],
    });
    expect(Object.keys(week)).toEqual([...WEEKDAYS]);
    expect(week.mon).toEqual([
      { from: '09:00', to: '13:00' },
      { from: '17:00', to: '21:00' },
    ]);
    expect(week.fri).toEqual([]);
    expect(week.sun).toEqual([]);
  });

  it('names the day and the value when a time is not HH:MM on a 24-hour clock', () => {
    const error = fail({ tue: [{ from: '9am', to: '17:00' }] });
    expect(error.code).toBe('TENANCY.INVALID_HOURS');
    expect(error.message).toBe('Tuesday: "9am" is not a time. Write times as HH:MM on a 24-hour clock, e.g. 09:00 or 17:30');
    expect(error.details.field).toBe('openingHours.tue.0');
    expect(fail({ mon: [{ from: '25:00', to: '26:00' }] }).message).toContain('"25:00" is not a time');
    expect(fail({ mon: [{ from: '09:00', to: '17:60' }] }).message).toContain('"17:60" is not a time');
  });

  it('accepts 24:00 as the end of a day but not as a start', () => {
    expect(validateOpeningHours({ thu: [{ from: '20:00', to: '24:00' }] }).thu).toEqual([{ from: '20:00', to: '24:00' }]);
    expect(fail({ thu: [{ from: '24:00', to: '24:00' }] }).code).toBe('TENANCY.INVALID_HOURS');
  });

  it('refuses a period that ends before it starts and says how to write hours past midnight', () => {
    const error = fail({ sat: [{ from: '18:00', to: '02:00' }] });
    expect(error.message).toBe(
      'Saturday: 18:00-02:00 ends before it starts. A period must end later the same day; for hours past midnight, end at 24:00 and continue the next day from 00:00',
    );
    expect(fail({ sat: [{ from: '10:00', to: '10:00' }] }).code).toBe('TENANCY.INVALID_HOURS');
  });

  it('refuses overlapping periods on one day, naming both', () => {
    const error = fail({
      wed: [
        { from: '09:00', to: '13:00' },
        { from: '12:30', to: '17:00' },
      ],
    });
    expect(error.message).toBe('Wednesday: 09:00-13:00 and 12:30-17:00 overlap. Merge them into one period or fix the times');
    expect(error.details.field).toBe('openingHours.wed');
  });

  it('allows periods that touch, and several periods a day up to six', () => {
    const touching = validateOpeningHours({
      sun: [
        { from: '09:00', to: '13:00' },
        { from: '13:00', to: '17:00' },
      ],
    });
    expect(touching.sun).toHaveLength(2);
    const seven = Array.from({ length: 7 }, (_, i) => ({ from: `0${i}:00`, to: `0${i}:30` }));
    expect(fail({ mon: seven }).message).toBe('Monday has 7 opening periods; at most 6 are allowed');
  });
});
