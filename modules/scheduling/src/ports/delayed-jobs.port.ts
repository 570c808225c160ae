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

/** Which of the queue's tries a run is, so a handler can tell its last try (e.g. to record a failure for good); the worker always passes it, direct calls may not. */
export interface DelayedJobRun {
  /** 1 for the first run. */
  attempt: number;
  /** The queue's tries in all; after the last one it gives the job up. */
  maxAttempts: number;
}

export type DelayedJobHandler = (job: DelayedJob, run?: DelayedJobRun) => Promise<void>;
