/**
 * Durable delayed work (reminders, waitlist offer expiry), kept in Redis so a
 * restart loses nothing. Delivery is at least once: handlers must be idempotent
 * (they re-read the appointment and claim the work with SET NX).
 */
export interface DelayedJob {
  /** Which handler runs it, e.g. `reminder` or `waitlist-offer-expiry`. */
  kind: string;
  /** Unique per kind: scheduling the same id again while it waits does nothing. */
  id: string;
  runAt: Date;
  data: Record<string, string>;
}

export interface DelayedJobs {
  schedule(job: DelayedJob): Promise<void>;
  /** Drops a waiting job; no-op when it ran or never existed. */
  cancel(kind: string, id: string): Promise<void>;
}

export type DelayedJobHandler = (job: DelayedJob) => Promise<void>;
