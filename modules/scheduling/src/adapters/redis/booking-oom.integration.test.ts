import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { FakeClock, SequentialIdGenerator, TenantGuard, silentLogger } from '@frontdesk/shared-kernel';
import { RedisAuditLog, startEmbeddedRedis, type EmbeddedRedis } from '@frontdesk/shared-kernel/redis';
import { staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { BookAppointment } from '../../application/book-appointment';
import { RedisAppointmentStore } from './redis-appointment-store';
import { fixedPolicy } from '../../testing/scheduling-fakes';

/**
 * The booking script declares itself with `#!lua flags=` (it may write), so a
 * Redis at maxmemory with noeviction refuses it with -OOM before it runs: no
 * half-written booking. Own redis-server: the shared test server is never starved.
 */
describe('booking on a full Redis (noeviction)', () => {
  let server: EmbeddedRedis;
  let redis: Redis;
  beforeAll(async () => {
    server = await startEmbeddedRedis();
    redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
  });

  it('refuses the booking with OOM and leaves no appointment, interval or idempotency key', async () => {
    const clinic = uniqueClinicId('oom');
    const clock = new FakeClock('2026-01-05T08:00:00.000Z');
    const guard = new TenantGuard({ mode: 'strict', auditLog: new RedisAuditLog(redis), logger: silentLogger(), clock });
    const store = new RedisAppointmentStore(redis, guard);
    const book = new BookAppointment({
      store,
      policy: fixedPolicy({ svc_a: { durationMinutes: 30, bufferMinutes: 0 } }),
      ids: new SequentialIdGenerator(),
      clock,
    });
    const scope = <T>(fn: () => Promise<T>) => guard.run({ clinicId: clinic, actor: staffActor(clinic), requestId: 'oom' }, fn);
    const request = (start: string, idempotencyKey: string) => ({
      doctorId: 'doc_a',
      serviceId: 'svc_a',
      patientRef: 'p-1',
      start,
      idempotencyKey,
    });

    // One booking while there is room: the script is now cached, so the refused call below goes by EVALSHA.
    await scope(() => book.execute(clinic, request('2026-01-05T09:00:00.000Z', 'warm-up-key'), staffActor(clinic)));

    const used = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
    await redis.config('SET', 'maxmemory-policy', 'noeviction');
    await redis.config('SET', 'maxmemory', String(used + 512 * 1024));
    const filler = 'x'.repeat(16 * 1024);
    let oom = false;
    for (let i = 0; i < 10_000 && !oom; i++) {
      try {
        await redis.set(`t:{${clinic}}:filler:${i}`, filler);
      } catch (error) {
        expect(String(error)).toMatch(/OOM/);
        oom = true;
      }
    }
    expect(oom).toBe(true);
    // Client buffers come and go, so used_memory wobbles around the limit; pin the server
    // in the full state by lowering the limit under what the data already takes.
    const full = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
    await redis.config('SET', 'maxmemory', String(full - 256 * 1024));
    await expect(redis.set(`t:{${clinic}}:filler:probe`, 'x')).rejects.toThrow(/^OOM /);

    const attempt = (key: string) => scope(() => book.execute(clinic, request('2026-01-05T10:00:00.000Z', key), staffActor(clinic)));
    await expect(attempt('oom-key-1')).rejects.toThrow(/^OOM /);
    // And by plain EVAL (script cache empty): also refused before it starts.
    await redis.script('FLUSH');
    await expect(attempt('oom-key-2')).rejects.toThrow(/^OOM /);

    const keys = await scope(async () => ({
      busy: store.busyKey(clinic, 'doc_a'),
      idem: [store.idempotencyKey(clinic, 'book', 'oom-key-1'), store.idempotencyKey(clinic, 'book', 'oom-key-2')],
    }));
    // Only the warm-up booking exists: its hash, its interval and its idempotency key.
    expect(await redis.keys(`t:{${clinic}}:appt:*`)).toHaveLength(1);
    expect(await redis.zcard(keys.busy)).toBe(1);
    expect(await redis.exists(...keys.idem)).toBe(0);
    expect(await redis.keys(`t:{${clinic}}:idem:*`)).toHaveLength(1);

    // Once memory is freed, the same request goes through: the refusal left nothing to trip over.
    await redis.config('SET', 'maxmemory', '0');
    const booked = await attempt('oom-key-1');
    expect(booked.replayed).toBe(false);
    expect(await redis.zcard(keys.busy)).toBe(2);
  });
});
