import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@frontdesk/shared-kernel';
import { createTenancyKit, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { DelayedJobRun } from '../../ports/delayed-jobs.port';
import { BullmqDelayedJobs, startDelayedJobWorker } from './bullmq-delayed-jobs';

/** Real Redis (the run's private server) and real BullMQ, each test on its own queue. */
const kit = createTenancyKit();
const closing: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closing) await close();
  kit.redis.disconnect();
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the BullMQ delayed-job worker', () => {
  it("tells the handler which of the queue's tries each run is, so it can tell the last one", async () => {
    const queueName = `test-${uniqueClinicId('tries')}`;
    const jobs = new BullmqDelayedJobs(kit.redis, { queueName, attempts: 3, backoffMs: 20 });
    const runs: DelayedJobRun[] = [];
    const worker = startDelayedJobWorker({
      connection: kit.redis,
      queueName,
      logger: silentLogger(),
      handlers: {
        flaky: async (_job, run) => {
          runs.push(run!);
          throw new Error('not yet');
        },
      },
    });
    closing.push(
      () => worker.close(),
      async () => {
        await jobs.queue.obliterate({ force: true });
        await jobs.close();
      },
    );
    await jobs.schedule({ kind: 'flaky', id: 'one', runAt: new Date(), data: {} });
    await until(() => runs.length === 3);
    // Give a fourth run the chance to happen, which it must not.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toEqual([
      { attempt: 1, maxAttempts: 3 },
      { attempt: 2, maxAttempts: 3 },
      { attempt: 3, maxAttempts: 3 },
    ]);
  });
});
