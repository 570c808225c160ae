/** For the composition root (apps/server) only. */
export { schedulingContainerModule } from './scheduling.container';
export { SCHEDULING_TOKENS } from './scheduling.tokens';
export type { SchedulingRouters } from './api/scheduling.routers';
export { CALENDAR_FEED_ROUTE, serveCalendarFeed, type CalendarFeedRenderer, type CalendarFeedResponse } from './api/calendar-feed.http';
export type { CalendarFeeds } from './application/calendar-feeds';
export type { BookAppointment } from './application/book-appointment';
export type { BookingPolicy } from './application/booking-policy';
export type { EditSchedulingConfig } from './application/scheduling-config';
export { startSchedulingBackground, type SchedulingBackground } from './scheduling.background';
