import type { DelayedJob, DelayedJobs } from '../ports/delayed-jobs.port';

/**
 * The DelayedJobs port in memory, for tests: it records what was scheduled and
 * cancelled and runs nothing. A test fires a job by advancing its FakeClock and
 * calling the handler with `due(now)` (or `waiting()`) itself.
 */
export class RecordingDelayedJobs implements DelayedJobs {
  private readonly jobs = new Map<string, DelayedJob>();
  readonly scheduled: DelayedJob[] = [];
  readonly cancelled: { kind: string; id: string }[] = [];

  async schedule(job: DelayedJob): Promise<void> {
    const key = `${job.kind}/${job.id}`;
    this.scheduled.push(job);
    // Like the port says: the same id again while it waits does nothing.
    if (!this.jobs.has(key)) this.jobs.set(key, { ...job, data: { ...job.data } });
  }

  async cancel(kind: string, id: string): Promise<void> {
    this.cancelled.push({ kind, id });
    this.jobs.delete(`${kind}/${id}`);
  }

  /** Jobs still waiting, earliest first. */
  waiting(kind?: string): DelayedJob[] {
    return [...this.jobs.values()].filter((j) => !kind || j.kind === kind).sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  }

  /** Takes the waiting jobs due at `now` (runAt <= now) off the list, as a worker would pick them up. */
  due(now: Date, kind?: string): DelayedJob[] {
    const due = this.waiting(kind).filter((j) => j.runAt.getTime() <= now.getTime());
    for (const job of due) this.jobs.delete(`${job.kind}/${job.id}`);
    return due;
  }
}
