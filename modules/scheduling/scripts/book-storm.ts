/**
 * One process of the booking concurrency proof (src/application/booking.integration.test.ts):
 * fires BOOK_ATTEMPTS simultaneous bookings of the same slot through the real use case
 * and prints `{"ok":n,"taken":n,"failed":n,"ids":[...]}` on stdout.
 *
 * Env: REDIS_URL or REDIS_CLUSTER_NODES, CLINIC_ID, DOCTOR_ID, START (ISO), BOOK_ATTEMPTS, WORKER.
 * Start barrier: once connected it prints `ready` and fires when a line arrives on stdin,
 * so the parent releases all processes at the same moment.
 */
import { DomainError, RandomIdGenerator, TenantGuard, clinicId, silentLogger, systemClock } from '@frontdesk/shared-kernel';
import { RedisAuditLog, createRedisClient } from '@frontdesk/shared-kernel/redis';
import { RedisAppointmentStore } from '../src/adapters/redis/redis-appointment-store';
import { BookAppointment } from '../src/application/book-appointment';
import { fixedPolicy } from '../src/testing/scheduling-fakes';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`book-storm needs ${name}`);
  return value;
}

// REDIS_CLUSTER_NODES (host:port,...) wins over REDIS_URL, as in the server's config.
const redis = createRedisClient({ url: process.env.REDIS_URL, clusterNodes: process.env.REDIS_CLUSTER_NODES });
const clinic = clinicId(env('CLINIC_ID'));
const attempts = Number(env('BOOK_ATTEMPTS'));
const worker = env('WORKER');
const guard = new TenantGuard({ mode: 'strict', auditLog: new RedisAuditLog(redis), logger: silentLogger(), clock: systemClock });
const book = new BookAppointment({
  store: new RedisAppointmentStore(redis, guard),
  policy: fixedPolicy({ svc_checkup: { durationMinutes: 30, bufferMinutes: 5 } }),
  ids: new RandomIdGenerator(),
  clock: systemClock,
});

await redis.ping();
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
process.stdin.pause();

const outcome = { ok: 0, taken: 0, failed: 0, ids: [] as string[], errors: [] as string[] };
await guard.run({ clinicId: clinic, actor: { kind: 'system', id: 'book-storm' }, requestId: `storm-${worker}` }, () =>
  Promise.all(
    Array.from({ length: attempts }, async (_, i) => {
      try {
        const result = await book.execute(clinic, {
          doctorId: env('DOCTOR_ID'),
          serviceId: 'svc_checkup',
          patientRef: `patient-${worker}-${i}`,
          start: env('START'),
          idempotencyKey: `storm-${worker}-${i}-key`,
        }, { kind: 'system', id: `book-storm-${worker}` });
        outcome.ok += 1;
        outcome.ids.push(result.appointment.id);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'SCHEDULING.SLOT_TAKEN') outcome.taken += 1;
        else {
          outcome.failed += 1;
          if (outcome.errors.length < 3) outcome.errors.push(String(error));
        }
      }
    }),
  ),
);
process.stdout.write(`${JSON.stringify(outcome)}\n`);
redis.disconnect();
