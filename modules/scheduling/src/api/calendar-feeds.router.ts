import { z } from 'zod';
import { router, staffAction } from '@frontdesk/shared-kernel';
import type { CalendarFeeds } from '../application/calendar-feeds';

export const CalendarFeedDoctorInputSchema = z.object({
  doctorId: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, 'must be a doctor id'),
});

/**
 * Staff procedures for doctors' ICS feeds (nest under `staff.scheduling.calendarFeeds`).
 * Owners decide who gets a feed (`catalog.edit`). `create` returns the URL
 * path once; afterwards only `status` (active, since when) can be read.
 */
export function createCalendarFeedsRouter(feeds: Pick<CalendarFeeds, 'status' | 'create' | 'revoke'>) {
  return router({
    status: staffAction('catalog.edit')
      .input(CalendarFeedDoctorInputSchema)
      .query(({ ctx, input }) => feeds.status(ctx.clinicId, input.doctorId)),
    /** Makes a new feed URL; the doctor's previous one stops working at once. */
    create: staffAction('catalog.edit')
      .input(CalendarFeedDoctorInputSchema)
      .mutation(async ({ ctx, input }) => ({ path: await feeds.create(ctx.clinicId, input.doctorId, ctx.staff, ctx.requestId) })),
    revoke: staffAction('catalog.edit')
      .input(CalendarFeedDoctorInputSchema)
      .mutation(({ ctx, input }) => feeds.revoke(ctx.clinicId, input.doctorId, ctx.staff, ctx.requestId)),
  });
}

export type CalendarFeedsRouter = ReturnType<typeof createCalendarFeedsRouter>;
