import { z } from 'zod';
import type { AppointmentState } from './domain/appointment-state';
import type { AvailabilityException, DoctorAvailability, Holiday, TimeRange, WeeklyHours } from './domain/availability';
import type { Slot } from './domain/slot-search';

/**
 * @frontdesk/scheduling public contracts. The domain core is pure TypeScript;
 * these zod schemas validate the same shapes at the edges (settings forms,
 * API input) and are checked against the domain types below.
 */

export {
  APPOINTMENT_STATES,
  APPOINTMENT_TRANSITIONS,
  SLOT_OCCUPYING_STATES,
  canTransition,
  isAppointmentState,
  isTerminal,
  occupiesSlot,
  transition,
  type AppointmentState,
} from './domain/appointment-state';
export {
  WEEKDAYS,
  type AvailabilityException,
  type BranchHours,
  type DoctorAvailability,
  type Holiday,
  type TimeRange,
  type Weekday,
  type WeeklyHours,
} from './domain/availability';
export { MAX_SEARCH_DAYS, searchSlots, type BusyInterval, type Slot, type SlotSearchRequest } from './domain/slot-search';
export { BookAppointmentInputSchema, type BookAppointmentInput } from './application/book-appointment';
export type { Appointment } from './ports/appointment-store.port';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM on a 24-hour clock');
const clockEnd = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'HH:MM on a 24-hour clock, or 24:00');
const localDate = z.iso.date();
const entityId = z.string().min(1).max(64);

export const AppointmentStateSchema = z.enum(['held', 'booked', 'confirmed', 'cancelled', 'completed', 'no_show']);

export const TimeRangeSchema = z.object({ from: clockTime, to: clockEnd });

const dayRanges = z.array(TimeRangeSchema).max(12);
export const WeeklyHoursSchema = z.object({
  sun: dayRanges.optional(),
  mon: dayRanges.optional(),
  tue: dayRanges.optional(),
  wed: dayRanges.optional(),
  thu: dayRanges.optional(),
  fri: dayRanges.optional(),
  sat: dayRanges.optional(),
});

export const AvailabilityExceptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('leave'), startDate: localDate, endDate: localDate, hours: dayRanges.optional() }),
  z.object({ kind: z.literal('extra'), date: localDate, branchId: entityId, hours: dayRanges.min(1) }),
]);

export const HolidaySchema = z.object({ date: localDate, name: z.string().max(120).optional(), branchId: entityId.optional() });

export const DoctorAvailabilitySchema = z.object({
  id: entityId,
  branches: z.array(z.object({ branchId: entityId, weekly: WeeklyHoursSchema })).max(50),
  breaks: WeeklyHoursSchema.optional(),
  exceptions: z.array(AvailabilityExceptionSchema).max(500).optional(),
});

export { SlotQuerySchema, type SlotQuery } from './application/slot-query';

export const SlotSchema = z.object({
  doctorId: z.string(),
  branchId: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  localStart: z.iso.datetime({ local: true }),
  localEnd: z.iso.datetime({ local: true }),
  utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/),
  timezone: z.string(),
});

// The schemas and the domain types describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractChecks: [
  Same<z.infer<typeof AppointmentStateSchema>, AppointmentState>,
  Same<z.infer<typeof TimeRangeSchema>, TimeRange>,
  Same<z.infer<typeof WeeklyHoursSchema>, WeeklyHours>,
  Same<z.infer<typeof AvailabilityExceptionSchema>, AvailabilityException>,
  Same<z.infer<typeof HolidaySchema>, Holiday>,
  Same<z.infer<typeof DoctorAvailabilitySchema>, DoctorAvailability>,
  Same<z.infer<typeof SlotSchema>, Slot>,
] = [true, true, true, true, true, true, true];
void contractChecks;
