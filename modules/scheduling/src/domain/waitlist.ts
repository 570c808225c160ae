import { Conflict, InvalidInput, isValidId } from '@frontdesk/shared-kernel';
import { DAY_MS, formatLocalDate, offsetFromIntl, parseLocalDate } from './local-time';

/**
 * The waitlist: patients waiting for a time to free up for a service (and
 * maybe one doctor, one branch), between two clinic-local dates. Pure: the
 * entry, its states and their one transitions table, the input rules, and
 * whether a freed slot matches an entry. Every rule fails as InvalidInput
 * `SCHEDULING.INVALID_WAITLIST` with a sentence and `details.field`.
 */

export const WAITLIST_STATUSES = ['waiting', 'offered', 'booked', 'expired', 'left', 'cancelled'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/**
 * The allowed changes, written once.
 *
 * - waiting -> offered    a freed slot is held for the patient
 * - waiting -> left       the patient (or the AI for them) leaves
 * - waiting -> cancelled  staff take the entry off the list
 * - waiting -> expired    the date range has passed
 * - offered -> booked     the patient accepted: the hold became a booking
 * - offered -> expired    the offer lapsed, was declined, or its hold was cancelled
 * - offered -> left / cancelled   as from waiting; the held slot goes to the next entry
 * - booked, expired, left, cancelled: terminal. Joining again makes a new entry at the back.
 */
export const WAITLIST_TRANSITIONS: Readonly<Record<WaitlistStatus, readonly WaitlistStatus[]>> = {
  waiting: ['offered', 'left', 'cancelled', 'expired'],
  offered: ['booked', 'expired', 'left', 'cancelled'],
  booked: [],
  expired: [],
  left: [],
  cancelled: [],
};

/** Why an entry ended as `expired`. */
export const WAITLIST_EXPIRY_REASONS = ['offer_lapsed', 'declined', 'offer_cancelled', 'range_passed'] as const;
export type WaitlistExpiryReason = (typeof WAITLIST_EXPIRY_REASONS)[number];

/** The longest date range one entry may wait for, inclusive of both ends. */
export const WAITLIST_MAX_DAYS = 90;
/** How far ahead a waitlist may start. */
export const WAITLIST_MAX_LEAD_DAYS = 366;
/** Entries per service queue (waiting + offered): it bounds the walk over a freed slot. */
export const WAITLIST_MAX_PER_SERVICE = 500;

export interface WaitlistOffer {
  /** The `held` appointment (purpose `waitlist_offer`) kept for the patient. */
  appointmentId: string;
  doctorId: string;
  branchId?: string;
  start: Date;
  holdUntil: Date;
}

export interface WaitlistEntry {
  id: string;
  /** Who waits: a patient id or E.164 phone, as appointments carry it. */
  patientRef: string;
  serviceId: string;
  /** Only this doctor; any doctor when absent. */
  doctorId?: string;
  /** Only this branch; any branch when absent. */
  branchId?: string;
  /** Clinic-local dates `YYYY-MM-DD`, both inclusive. */
  fromDate: string;
  toDate: string;
  createdAt: Date;
  status: WaitlistStatus;
  /** The current (or last) offer; kept after it ended, for the staff view. */
  offer?: WaitlistOffer;
  changedAt?: Date;
  /** Why the last change happened (`offer_lapsed`, `declined`, `left`, ...). */
  reason?: string;
  /** Place in the clinic's join order (a per-clinic counter): FIFO across services. */
  seq: number;
}

export type NewWaitlistEntry = Omit<WaitlistEntry, 'status' | 'offer' | 'changedAt' | 'reason' | 'seq'>;

export function isWaitlistStatus(value: unknown): value is WaitlistStatus {
  return typeof value === 'string' && (WAITLIST_STATUSES as readonly string[]).includes(value);
}

export function isActiveWaitlistStatus(status: WaitlistStatus): boolean {
  return status === 'waiting' || status === 'offered';
}

export function canChangeWaitlist(from: WaitlistStatus, to: WaitlistStatus): boolean {
  return WAITLIST_TRANSITIONS[from].includes(to);
}

/** Returns `to`, or throws Conflict `SCHEDULING.INVALID_WAITLIST_TRANSITION` (`details: { from, to }`). */
export function changeWaitlist(from: WaitlistStatus, to: WaitlistStatus): WaitlistStatus {
  if (!isWaitlistStatus(from) || !isWaitlistStatus(to)) {
    throw new InvalidInput('SCHEDULING.UNKNOWN_STATE', `Unknown waitlist status ${JSON.stringify(isWaitlistStatus(from) ? to : from)}`);
  }
  if (!canChangeWaitlist(from, to)) {
    throw new Conflict('SCHEDULING.INVALID_WAITLIST_TRANSITION', `A ${from} waitlist entry cannot become ${to}`, { from, to });
  }
  return to;
}

/** The clinic-local date (`YYYY-MM-DD`) of an instant. */
export function localDateOf(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  return formatLocalDate(Math.floor((ms + offsetFromIntl(timeZone, ms)) / DAY_MS));
}

export interface WaitlistCriteria {
  serviceId: string;
  doctorId?: string | undefined;
  branchId?: string | undefined;
  fromDate: string;
  toDate: string;
}

const INVALID = 'SCHEDULING.INVALID_WAITLIST';

function idOrThrow(value: unknown, field: string, what: string, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) throw new InvalidInput(INVALID, `Choose a ${what}`, { field });
    return undefined;
  }
  if (typeof value !== 'string' || !isValidId(value)) {
    throw new InvalidInput(INVALID, `"${String(value)}" is not a ${what} id`, { field });
  }
  return value;
}

/**
 * Checks what a patient asks to wait for, against today's clinic-local date:
 * ids well formed, dates real, `fromDate` not before today and at most
 * WAITLIST_MAX_LEAD_DAYS ahead, `toDate` not before `fromDate`, and at most
 * WAITLIST_MAX_DAYS days from `fromDate` to `toDate` (both counted).
 */
export function validateWaitlistCriteria(criteria: WaitlistCriteria, today: string): WaitlistCriteria {
  const serviceId = idOrThrow(criteria.serviceId, 'serviceId', 'service', true)!;
  const doctorId = idOrThrow(criteria.doctorId, 'doctorId', 'doctor', false);
  const branchId = idOrThrow(criteria.branchId, 'branchId', 'branch', false);
  const todayDay = parseLocalDate(today);
  if (todayDay === undefined) throw new InvalidInput(INVALID, `"${today}" is not a date`, { field: 'today' });
  const from = parseLocalDate(criteria.fromDate);
  if (from === undefined) {
    throw new InvalidInput(INVALID, `"${String(criteria.fromDate)}" is not a date; write dates as YYYY-MM-DD`, { field: 'fromDate' });
  }
  const to = parseLocalDate(criteria.toDate);
  if (to === undefined) {
    throw new InvalidInput(INVALID, `"${String(criteria.toDate)}" is not a date; write dates as YYYY-MM-DD`, { field: 'toDate' });
  }
  if (from < todayDay) {
    throw new InvalidInput(INVALID, `The waitlist cannot start before today (${today} at the clinic)`, { field: 'fromDate' });
  }
  if (from > todayDay + WAITLIST_MAX_LEAD_DAYS) {
    throw new InvalidInput(INVALID, `The waitlist can start at most ${WAITLIST_MAX_LEAD_DAYS} days ahead`, { field: 'fromDate' });
  }
  if (to < from) throw new InvalidInput(INVALID, 'The last date is before the first date', { field: 'toDate' });
  if (to - from + 1 > WAITLIST_MAX_DAYS) {
    throw new InvalidInput(INVALID, `A waitlist can cover at most ${WAITLIST_MAX_DAYS} days; choose a later first date or an earlier last date`, {
      field: 'toDate',
    });
  }
  const out: WaitlistCriteria = { serviceId, fromDate: criteria.fromDate, toDate: criteria.toDate };
  if (doctorId) out.doctorId = doctorId;
  if (branchId) out.branchId = branchId;
  return out;
}

/** A slot that just became free: which doctor, where, and its clinic-local date. */
export interface FreedSlot {
  doctorId: string;
  branchId?: string | undefined;
  localDate: string;
}

/**
 * Whether an entry's own criteria accept a freed slot: same doctor if it named
 * one, same branch if it named one, the local date inside its range. Whether
 * the service fits that doctor's hours and free time is the booking's call.
 */
export function matchesFreedSlot(entry: Pick<WaitlistEntry, 'doctorId' | 'branchId' | 'fromDate' | 'toDate'>, slot: FreedSlot): boolean {
  if (entry.doctorId && entry.doctorId !== slot.doctorId) return false;
  if (entry.branchId && entry.branchId !== slot.branchId) return false;
  // YYYY-MM-DD compares as text.
  return entry.fromDate <= slot.localDate && slot.localDate <= entry.toDate;
}

/** True when nothing after `today` can match any more. */
export function rangePassed(entry: Pick<WaitlistEntry, 'toDate'>, today: string): boolean {
  return entry.toDate < today;
}
