import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import { Cluster } from 'ioredis';
import { GLOBAL_KEY_FAMILIES, systemClock, type Clock, type Logger } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { DelayedJob, DelayedJobHandler, DelayedJobs } from '../../ports/delayed-jobs.port';

/**
 * Durable delayed jobs on BullMQ. One queue serves every clinic (the job data
 * carries the clinic id); its keys are global, under the kernel's `jobQueue`
 * family:
 *
 * - prefix `g:{jobs}`, queue `delayed` -> `g:{jobs}:delayed:<wait|delayed|active|completed|failed|id|meta|events|marker|...>`
 *   and one hash per job, `g:{jobs}:delayed:<kind>.<id>`.
 * - `{jobs}` is a Redis Cluster hash tag: every key of the queue is in one slot,
 *   which BullMQ's multi-key Lua scripts require (BullMQ docs, "Redis Cluster":
 *   use a prefix in braces).
 *
 * The BullMQ job id is `<kind>.<id>`: adding a job whose id exists (waiting,
 * delayed, active, or kept after it ran) does nothing, so scheduling twice is
 * harmless. BullMQ delivers at least once (a stalled job runs again), so
 * handlers must be idempotent.
 */
export const DELAYED_JOBS_QUEUE = 'delayed';
export const DELAYED_JOBS_PREFIX = GLOBAL_KEY_FAMILIES.jobQueue.slice(0, -1);

const KIND = /^[a-z][a-z0-9-]{0,39}$/;
const JOB_ID = /^[A-Za-z0-9_.@+-]{1,200}$/;
const DAY_SECONDS = 24 * 3_600;

/** What a BullMQ job of ours holds. */
interface StoredJob {
  kind: string;
  id: string;
  runAt: string;
  data: Record<string, string>;
}

export interface DelayedJobsQueueOptions {
  /** Tests use their own queue; production uses the default. */
  queueName?: string;
  /** Tries per job before it is failed (default 5), with exponential backoff from `backoffMs` (default 10 s). */
  attempts?: number;
  backoffMs?: number;
  clock?: Clock;
}

export function bullmqJobId(kind: string, id: string): string {
  if (!KIND.test(kind)) throw new TypeError(`Unsafe delayed job kind: ${JSON.stringify(kind)}`);
  if (!JOB_ID.test(id)) throw new TypeError(`Unsafe delayed job id: ${JSON.stringify(id)}`);
  return `${kind}.${id}`;
}

/**
 * A connection of BullMQ's own, so its scripts, listeners and blocking reads
 * never touch the application's client. Workers need `maxRetriesPerRequest: null`
 * (BullMQ refuses anything else for the blocking connection it duplicates from it).
 */
function ownConnection(client: RedisClient, forWorker: boolean): RedisClient {
  // BullMQ batches its own commands; the application client's auto-pipelining is not carried over.
  const override = { enableAutoPipelining: false, ...(forWorker ? { maxRetriesPerRequest: null } : {}) };
  if (client instanceof Cluster) {
    return client.duplicate(undefined, { redisOptions: { ...client.options.redisOptions, ...override } });
  }
  return client.duplicate(override);
}

/** Completed jobs are kept a day (their ids keep blocking duplicates), failed ones two weeks; both capped. */
const RETENTION = {
  removeOnComplete: { age: DAY_SECONDS, count: 50_000 },
  removeOnFail: { age: 14 * DAY_SECONDS, count: 10_000 },
} satisfies Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'>;

/** The producer side: schedule and cancel. One per process; `close()` on shutdown. */
export class BullmqDelayedJobs implements DelayedJobs {
  readonly queue: Queue;
  private readonly connection: RedisClient;
  private readonly clock: Clock;
  private readonly jobOptions: JobsOptions;

  constructor(redis: RedisClient, options: DelayedJobsQueueOptions = {}) {
    this.connection = ownConnection(redis, false);
    this.clock = options.clock ?? systemClock;
    this.queue = new Queue(options.queueName ?? DELAYED_JOBS_QUEUE, { connection: this.connection, prefix: DELAYED_JOBS_PREFIX });
    this.jobOptions = {
      attempts: options.attempts ?? 5,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 10_000 },
      ...RETENTION,
    };
  }

  async schedule(job: DelayedJob): Promise<void> {
    const jobId = bullmqJobId(job.kind, job.id);
    const stored: StoredJob = { kind: job.kind, id: job.id, runAt: job.runAt.toISOString(), data: job.data };
    await this.queue.add(job.kind, stored, {
      ...this.jobOptions,
      jobId,
      delay: Math.max(0, job.runAt.getTime() - this.clock.now().getTime()),
    });
  }

  async cancel(kind: string, id: string): Promise<void> {
    const jobId = bullmqJobId(kind, id);
    const state = await this.queue.getJobState(jobId);
    // A job that ran keeps its record (and so keeps blocking a duplicate); an active one is left to finish.
    if (state === 'delayed' || state === 'waiting' || state === 'prioritized') {
      await this.queue.remove(jobId);
    }
  }

  /** Jobs still waiting for their time, earliest first (for tests and operators). */
  async delayed(limit = 1_000): Promise<DelayedJob[]> {
    const jobs = await this.queue.getDelayed(0, limit - 1);
    return jobs.map(toDelayedJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}

function toDelayedJob(job: Job): DelayedJob {
  const stored = job.data as StoredJob;
  return { kind: stored.kind, id: stored.id, runAt: new Date(stored.runAt), data: stored.data };
}

export interface DelayedJobWorkerOptions {
  /** The application's client; the worker makes its own connections from it. */
  connection: RedisClient;
  handlers: Record<string, DelayedJobHandler>;
  logger: Logger;
  /** Jobs run at the same time in this process (default 4). */
  concurrency?: number;
  queueName?: string;
  /** A job whose worker died is run again after this long without a lock renewal (default 30 s). */
  lockDurationMs?: number;
}

export interface DelayedJobWorker {
  /** Resolves once the worker is connected and taking jobs. */
  ready(): Promise<void>;
  /** Waits for running jobs to finish, then disconnects. */
  close(): Promise<void>;
}

/**
 * Runs due jobs with the handler of their kind. Any number of processes may run
 * one: BullMQ hands each job to one worker at a time (a lock renewed while it
 * runs), and a job whose worker died is taken up again by another. A job of
 * an unknown kind fails at once, without retries.
 */
export function startDelayedJobWorker(options: DelayedJobWorkerOptions): DelayedJobWorker {
  const { handlers, logger } = options;
  const connection = ownConnection(options.connection, true);
  const worker = new Worker(
    options.queueName ?? DELAYED_JOBS_QUEUE,
    async (job: Job) => {
      const stored = job.data as StoredJob;
      const handler = Object.hasOwn(handlers, stored.kind) ? handlers[stored.kind] : undefined;
      if (!handler) throw new UnrecoverableError(`No handler for delayed jobs of kind ${stored.kind}`);
      // attemptsMade counts the tries that failed before this one.
      await handler(toDelayedJob(job), { attempt: job.attemptsMade + 1, maxAttempts: job.opts.attempts ?? 1 });
    },
    {
      connection,
      prefix: DELAYED_JOBS_PREFIX,
      concurrency: options.concurrency ?? 4,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
    },
  );
  worker.on('failed', (job, error) => {
    const stored = job?.data as StoredJob | undefined;
    logger.warn(
      {
        event: 'delayed_job_failed',
        kind: stored?.kind,
        jobId: job?.id,
        clinicId: stored?.data.clinicId,
        attemptsMade: job?.attemptsMade,
        err: error,
      },
      'delayed job failed',
    );
  });
  worker.on('error', (error) => logger.error({ event: 'delayed_job_worker_error', err: error }, 'delayed job worker error'));
  let closing: Promise<void> | undefined;
  return {
    ready: () => worker.waitUntilReady().then(() => undefined),
    close: () =>
      (closing ??= (async () => {
        try {
          await worker.close();
        } finally {
          connection.disconnect();
        }
      })()),
  };
}
