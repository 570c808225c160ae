import { z } from 'zod';
import type { AppointmentState } from './domain/appointment-state';
import type { AvailabilityException, DoctorAvailability, Holiday, TimeRange, WeeklyHours } from './domain/availability';
import type { SchedulingSettings } from './domain/scheduling-settings';
import type { Slot } from './domain/slot-search';

/**
 * zod schemas for the shapes the domain core defines in plain TypeScript: they
 * validate the same shapes at the edges (settings forms, API input) and are
 * checked against the domain types below.
 */

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

const minutes = (max: number) => z.number().int().min(0).max(max);
/** Every field optional: the owner changes what the form shows; the domain checks the limits. */
export const SchedulingSettingsPatchSchema = z
  .object({
    minimumNoticeMinutes: minutes(14 * 24 * 60),
    horizonDays: z.number().int().min(1).max(366),
    patientCancelCutoffHours: z.number().int().min(0).max(14 * 24),
    patientRescheduleCutoffHours: z.number().int().min(0).max(14 * 24),
    holdMinutes: minutes(7 * 24 * 60),
    approvalHoldMinutes: minutes(7 * 24 * 60),
    waitlistOfferMinutes: minutes(7 * 24 * 60),
    reminderOffsetsMinutes: z.array(z.number().int()).max(4),
    approvalServiceIds: z.array(z.string().min(1).max(64)).max(200),
  })
  .partial();

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
  Same<Required<z.infer<typeof SchedulingSettingsPatchSchema>>, SchedulingSettings>,
] = [true, true, true, true, true, true, true, true];
void contractChecks;
