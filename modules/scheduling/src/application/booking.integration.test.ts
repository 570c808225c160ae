import { afterAll, describe, expect, it } from 'vitest';
import { RandomIdGenerator, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, scanKeys, staffActor, testRedisEnv, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisAppointmentStore } from '../adapters/redis/redis-appointment-store';
import { BookAppointment, type BookAppointmentInput } from './book-appointment';
import { ChangeAppointment } from './change-appointment';
import { fixedPolicy } from '../testing/scheduling-fakes';
import { codeOf } from '../testing/outcomes';
import { startWorkerProcesses } from '../testing/worker-processes';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const SERVICES: Record<string, { durationMinutes: number; bufferMinutes: number }> = {
  svc_checkup: { durationMinutes: 30, bufferMinutes: 0 },
  svc_long: { durationMinutes: 60, bufferMinutes: 10 },
};

function setup() {
  const clinic = uniqueClinicId('sch');
  const store = new RedisAppointmentStore(kit.redis, kit.guard);
  const policy = fixedPolicy(SERVICES);
  const booking = new BookAppointment({ store, policy, ids: new RandomIdGenerator(), clock: kit.clock });
  const changes = new ChangeAppointment({
    store,
    policy,
    clock: kit.clock,
    audit: kit.auditLog,
    cutoffs: async () => ({ cancelHours: 0, rescheduleHours: 0 }),
  });
  const actor = staffActor(clinic, 'receptionist');
  const book = { execute: (c: ClinicId, input: BookAppointmentInput) => booking.execute(c, input, actor) };
  const cancel = {
    execute: (c: ClinicId, input: { appointmentId: string; reason?: string }) => changes.cancel(c, { actor, requestId: 'req-test' }, input),
  };
  const scope = <T>(fn: () => Promise<T>) =>
    kit.guard.run({ clinicId: clinic, actor: staffActor(clinic), requestId: 'req-test' }, fn);
  let n = 0;
  const input = (start: string, over: Partial<BookAppointmentInput> = {}): BookAppointmentInput => ({
    doctorId: 'doc_a',
    serviceId: 'svc_checkup',
    patientRef: 'patient-1',
    start,
    idempotencyKey: `key-${++n}-${Math.random()}`,
    ...over,
  });
  const countAppointments = async () => (await scanKeys(kit.redis, `t:{${clinic}}:appt:*`)).length;
  const busy = (doctor = 'doc_a') => kit.redis.zrange(`t:{${clinic}}:busy:${doctor}`, '0', '-1');
  return { clinic, store, book, cancel, scope, input, countAppointments, busy };
}


describe('booking (real Redis)', () => {
  it('refuses any overlap over the whole duration, not only the start', async () => {
    const t = setup();
    await t.scope(async () => {
      // 10:00-11:10 busy (60 min + 10 min buffer).
      await t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z', { serviceId: 'svc_long' }));
      // Starts before, runs into it.
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T09:45:00.000Z')))).toBe('SCHEDULING.SLOT_TAKEN');
      // Starts inside, in the buffer.
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T11:05:00.000Z')))).toBe('SCHEDULING.SLOT_TAKEN');
      // Wraps it completely.
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T09:30:00.000Z', { serviceId: 'svc_long' })))).toBe(
        'SCHEDULING.SLOT_TAKEN',
      );
      // Same start.
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z')))).toBe('SCHEDULING.SLOT_TAKEN');
      // Another doctor is free at the same time.
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z', { doctorId: 'doc_b' })))).toBe('ok');
    });
    expect(await t.countAppointments()).toBe(2);
  });

  it('allows back-to-back slots that only touch', async () => {
    const t = setup();
    await t.scope(async () => {
      await t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z', { serviceId: 'svc_long' })); // busy to 11:10
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T11:10:00.000Z')))).toBe('ok');
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T09:30:00.000Z')))).toBe('ok'); // 09:30-10:00
    });
    expect(await t.busy()).toHaveLength(3);
  });

  it('idempotency: 200 sequential and concurrent retries with one key make exactly one appointment', async () => {
    const t = setup();
    const request = t.input('2026-01-05T12:00:00.000Z', { idempotencyKey: 'client-retry-key/with:odd*chars' });
    const results = await t.scope(async () => {
      const sequential = [];
      for (let i = 0; i < 100; i++) sequential.push(await t.book.execute(t.clinic, request));
      const concurrent = await Promise.all(Array.from({ length: 100 }, () => t.book.execute(t.clinic, request)));
      return [...sequential, ...concurrent];
    });
    expect(new Set(results.map((r) => r.appointment.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await t.countAppointments()).toBe(1);
    expect(await t.busy()).toHaveLength(1);
    // The same key for a different request is refused, not silently answered.
    await t.scope(async () => {
      expect(await codeOf(t.book.execute(t.clinic, { ...request, start: '2026-01-05T15:00:00.000Z' }))).toBe(
        'SCHEDULING.IDEMPOTENCY_KEY_REUSED',
      );
    });
    const idemKey = t.scope(async () => t.store.idempotencyKey(t.clinic, 'book', request.idempotencyKey));
    expect(await kit.redis.ttl(await idemKey)).toBeGreaterThan(86_000);
  });

  it('500 simultaneous attempts on one slot from 4 processes make exactly one appointment', async () => {
    const t = setup();
    const workers = startWorkerProcesses('book-storm.ts', 4, (w) => ({
      ...testRedisEnv(),
      CLINIC_ID: t.clinic,
      DOCTOR_ID: 'doc_storm',
      START: new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 30 * 86_400_000).toISOString(),
      BOOK_ATTEMPTS: '125',
      WORKER: String(w),
    }));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin.end('go\n');
    const outcomes = (await Promise.all(workers.map((w) => w.done))) as { ok: number; taken: number; failed: number; errors: string[] }[];
    const total = outcomes.reduce((sum, o) => ({ ok: sum.ok + o.ok, taken: sum.taken + o.taken, failed: sum.failed + o.failed }), {
      ok: 0,
      taken: 0,
      failed: 0,
    });
    expect(outcomes.flatMap((o) => o.errors)).toEqual([]);
    expect(total).toEqual({ ok: 1, taken: 499, failed: 0 });
    expect(await t.countAppointments()).toBe(1);
    expect(await t.busy('doc_storm')).toHaveLength(1);
  }, 60_000);

  it('a hold blocks the slot until it expires, then no longer does', async () => {
    const t = setup();
    kit.clock.set('2026-01-05T08:00:00.000Z');
    const held = await t.scope(() => t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z', { hold: { purpose: 'deposit', minutes: 15 } })));
    expect(held.appointment.state).toBe('held');
    await t.scope(async () => {
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T10:15:00.000Z')))).toBe('SCHEDULING.SLOT_TAKEN');
      kit.clock.advance(15 * 60_000); // exactly at holdUntil: released
      const lapsed = await t.store.get(t.clinic, held.appointment.id, kit.clock.now());
      expect(lapsed).toMatchObject({ state: 'cancelled', changeReason: 'hold_expired' });
      const booked = await t.book.execute(t.clinic, t.input('2026-01-05T10:15:00.000Z'));
      expect(booked.appointment.state).toBe('booked');
      // Cancelling a lapsed hold is a no-op, not an error.
      expect((await t.cancel.execute(t.clinic, { appointmentId: held.appointment.id })).changed).toBe(false);
    });
    // The expired interval was dropped by the booking script; only the new booking is busy.
    expect(await t.busy()).toEqual([expect.stringContaining(':0')]);
    expect(await t.busy()).toHaveLength(1);
  });

  it('cancel frees the slot atomically, is idempotent, and respects the transitions table', async () => {
    const t = setup();
    kit.clock.set('2026-01-05T08:00:00.000Z');
    await t.scope(async () => {
      const first = await t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z'));
      const cancelled = await t.cancel.execute(t.clinic, { appointmentId: first.appointment.id, reason: 'patient asked' });
      expect(cancelled).toMatchObject({ changed: true, appointment: { state: 'cancelled', changeReason: 'patient asked' } });
      expect(await t.busy()).toEqual([]);
      const again = await Promise.all(Array.from({ length: 5 }, () => t.cancel.execute(t.clinic, { appointmentId: first.appointment.id })));
      expect(again.every((r) => !r.changed && r.appointment.state === 'cancelled')).toBe(true);
      // The freed slot can be booked again; a replay of the first key still returns the cancelled original.
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z')))).toBe('ok');
      expect(await codeOf(t.cancel.execute(t.clinic, { appointmentId: 'apt_missing' }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
      // A completed appointment cannot be cancelled (terminal state).
      const done = await t.book.execute(t.clinic, t.input('2026-01-05T14:00:00.000Z'));
      await t.store.changeState(done.appointment, { to: 'completed', at: kit.clock.now(), reason: 'seen', releaseSlot: false, now: kit.clock.now() });
      expect(await codeOf(t.cancel.execute(t.clinic, { appointmentId: done.appointment.id }))).toBe('SCHEDULING.INVALID_TRANSITION');
    });
  });

  it('validates input before touching Redis', async () => {
    const t = setup();
    kit.clock.set('2026-01-05T08:00:00.000Z');
    await t.scope(async () => {
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T07:00:00.000Z')))).toBe('SCHEDULING.NOT_BOOKABLE_PAST');
      expect(await codeOf(t.book.execute(t.clinic, t.input('tomorrow')))).toBe('SCHEDULING.INVALID_BOOKING');
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z', { doctorId: 'doc:a*' })))).toBe(
        'SCHEDULING.INVALID_BOOKING',
      );
      expect(await codeOf(t.book.execute(t.clinic, t.input('2026-01-05T10:00:00.000Z', { serviceId: 'svc_none' })))).toBe(
        'SCHEDULING.UNKNOWN_SERVICE',
      );
    });
    expect(await t.countAppointments()).toBe(0);
  });
});
