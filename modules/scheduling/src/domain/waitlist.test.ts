import { describe, expect, it } from 'vitest';
import { DomainError } from '@frontdesk/shared-kernel';
import {
  WAITLIST_MAX_DAYS,
  WAITLIST_STATUSES,
  canChangeWaitlist,
  changeWaitlist,
  localDateOf,
  matchesFreedSlot,
  rangePassed,
  validateWaitlistCriteria,
  type WaitlistCriteria,
  type WaitlistStatus,
} from './waitlist';

/** A second copy of the table, written out by hand. */
const ALLOWED = new Set([
  'waiting>offered',
  'waiting>left',
  'waiting>cancelled',
  'waiting>expired',
  'offered>booked',
  'offered>expired',
  'offered>left',
  'offered>cancelled',
]);

function failure(fn: () => unknown): { code: string; field: unknown } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.details?.field };
    throw error;
  }
  throw new Error('expected a DomainError');
}

const TODAY = '2026-03-01';
const base: WaitlistCriteria = { serviceId: 'svc_checkup', fromDate: '2026-03-01', toDate: '2026-03-10' };

describe('waitlist domain', () => {
  it('allows exactly the changes of the table (all 36 pairs)', () => {
    for (const from of WAITLIST_STATUSES) {
      for (const to of WAITLIST_STATUSES) {
        const allowed = ALLOWED.has(`${from}>${to}`);
        expect(canChangeWaitlist(from, to), `${from} -> ${to}`).toBe(allowed);
        if (allowed) expect(changeWaitlist(from, to)).toBe(to);
        else expect(failure(() => changeWaitlist(from, to)).code).toBe('SCHEDULING.INVALID_WAITLIST_TRANSITION');
      }
    }
    expect(failure(() => changeWaitlist('waiting', 'gone' as WaitlistStatus)).code).toBe('SCHEDULING.UNKNOWN_STATE');
  });

  it('validates criteria with a field on every failure', () => {
    expect(validateWaitlistCriteria({ ...base, doctorId: 'doc_a', branchId: '' }, TODAY)).toEqual({ ...base, doctorId: 'doc_a' });
    const cases: [Partial<WaitlistCriteria>, string][] = [
      [{ serviceId: '' }, 'serviceId'],
      [{ serviceId: 'Bad Id!' }, 'serviceId'],
      [{ doctorId: 'doc:a' }, 'doctorId'],
      [{ branchId: 'BR' }, 'branchId'],
      [{ fromDate: 'tomorrow' }, 'fromDate'],
      [{ fromDate: '2026-02-30' }, 'fromDate'],
      [{ toDate: '2026-3-10' }, 'toDate'],
      [{ fromDate: '2026-02-28' }, 'fromDate'], // before today
      [{ fromDate: '2027-03-03', toDate: '2027-03-04' }, 'fromDate'], // more than 366 days ahead
      [{ fromDate: '2026-03-05', toDate: '2026-03-04' }, 'toDate'],
      [{ fromDate: '2026-03-01', toDate: '2026-05-30' }, 'toDate'], // 91 days
    ];
    for (const [patch, field] of cases) {
      expect(failure(() => validateWaitlistCriteria({ ...base, ...patch }, TODAY)), JSON.stringify(patch)).toEqual({
        code: 'SCHEDULING.INVALID_WAITLIST',
        field,
      });
    }
    // Exactly 90 days, both ends counted, is allowed.
    expect(validateWaitlistCriteria({ ...base, toDate: '2026-05-29' }, TODAY).toDate).toBe('2026-05-29');
    expect(WAITLIST_MAX_DAYS).toBe(90);
  });

  it('matches a freed slot by doctor, branch and local date (inclusive)', () => {
    const entry = { fromDate: '2026-03-02', toDate: '2026-03-04' };
    const slot = { doctorId: 'doc_a', branchId: 'br_main', localDate: '2026-03-02' };
    expect(matchesFreedSlot(entry, slot)).toBe(true);
    expect(matchesFreedSlot(entry, { ...slot, localDate: '2026-03-04' })).toBe(true);
    expect(matchesFreedSlot(entry, { ...slot, localDate: '2026-03-05' })).toBe(false);
    expect(matchesFreedSlot(entry, { ...slot, localDate: '2026-03-01' })).toBe(false);
    expect(matchesFreedSlot({ ...entry, doctorId: 'doc_b' }, slot)).toBe(false);
    expect(matchesFreedSlot({ ...entry, doctorId: 'doc_a' }, slot)).toBe(true);
    expect(matchesFreedSlot({ ...entry, branchId: 'br_east' }, slot)).toBe(false);
    expect(matchesFreedSlot({ ...entry, branchId: 'br_east' }, { ...slot, branchId: undefined })).toBe(false);
    expect(rangePassed(entry, '2026-03-05')).toBe(true);
    expect(rangePassed(entry, '2026-03-04')).toBe(false);
  });

  it('takes the local date in the clinic time zone', () => {
    // 22:30 UTC is 00:30 the next day in Cairo (UTC+2 in March), and 23:30 the same day in Lisbon (UTC+0).
    expect(localDateOf(new Date('2026-03-01T22:30:00Z'), 'Africa/Cairo')).toBe('2026-03-02');
    expect(localDateOf(new Date('2026-03-01T22:30:00Z'), 'Europe/Lisbon')).toBe('2026-03-01');
    // After the spring-forward (2026-04-24), Cairo is UTC+3.
    expect(localDateOf(new Date('2026-05-01T21:30:00Z'), 'Africa/Cairo')).toBe('2026-05-02');
    expect(localDateOf(new Date('2026-05-01T20:30:00Z'), 'Africa/Cairo')).toBe('2026-05-01');
  });
});
