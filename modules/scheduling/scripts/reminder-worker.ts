/**
 * One worker process of the "never sent twice" proof (src/application/reminders.integration.test.ts):
 * runs a delayed-job worker with the real `SendReminder` handler on QUEUE_NAME.
 * Its notifier appends each send as JSON to the clinic's list
 * `t:{clinic}:reminder-test-sends` (after SEND_DELAY_MS, to widen the race).
 *
 * Env: REDIS_URL or REDIS_CLUSTER_NODES, QUEUE_NAME, WORKER, CONCURRENCY, SEND_DELAY_MS.
 * Prints `ready` once the worker takes jobs; when stdin ends it closes the worker
 * and prints `{"worker":..,"handled":n,"sent":n}`.
 */
import { TenantGuard, silentLogger, systemClock } from '@frontdesk/shared-kernel';
import { RedisAuditLog, createRedisClient } from '@frontdesk/shared-kernel/redis';
import { startDelayedJobWorker } from '../src/adapters/bullmq/bullmq-delayed-jobs';
import { RedisAppointmentStore } from '../src/adapters/redis/redis-appointment-store';
import { RedisReminderLedger } from '../src/adapters/redis/redis-reminder-ledger';
import { REMINDER_JOB_KIND, SendReminder } from '../src/application/reminders';
import type { PatientNotifier } from '../src/ports/patient-notifier.port';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`reminder-worker needs ${name}`);
  return value;
}

const redis = createRedisClient({ url: process.env.REDIS_URL, clusterNodes: process.env.REDIS_CLUSTER_NODES });
const worker = env('WORKER');
const sendDelayMs = Number(process.env.SEND_DELAY_MS ?? '0');
const logger = silentLogger();
const guard = new TenantGuard({ mode: 'strict', auditLog: new RedisAuditLog(redis), logger, clock: systemClock });
let handled = 0;
let sent = 0;

const notifier: Pick<PatientNotifier, 'sendReminder'> = {
  async sendReminder(message) {
    if (sendDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, sendDelayMs));
    sent += 1;
    await redis.rpush(guard.key(message.clinicId, 'reminder-test-sends'), JSON.stringify({ ...message, worker, pid: process.pid }));
  },
};
const sendReminder = new SendReminder({
  store: new RedisAppointmentStore(redis, guard),
  ledger: new RedisReminderLedger(redis, guard),
  notifier,
  guard,
  clock: systemClock,
  logger,
});
const running = startDelayedJobWorker({
  connection: redis,
  queueName: env('QUEUE_NAME'),
  concurrency: Number(process.env.CONCURRENCY ?? '4'),
  logger,
  handlers: {
    [REMINDER_JOB_KIND]: async (job) => {
      handled += 1;
      await sendReminder.handle(job);
    },
  },
});

await running.ready();
process.stdout.write('ready\n');
process.stdin.resume();
await new Promise<void>((resolve) => process.stdin.once('end', () => resolve()));
await running.close();
process.stdout.write(`${JSON.stringify({ worker, handled, sent })}\n`);
redis.disconnect();
