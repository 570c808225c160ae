import { afterAll, describe, expect, it } from 'vitest';
import { EventBus, RandomIdGenerator, isAllowedKey, silentLogger, systemClock } from '@frontdesk/shared-kernel';
import { createTenancyKit, scanKeys, staffActor, testRedisEnv, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { BullmqDelayedJobs, startDelayedJobWorker } from '../adapters/bullmq/bullmq-delayed-jobs';
import { RedisAppointmentStore } from '../adapters/redis/redis-appointment-store';
import { RedisReminderLedger } from '../adapters/redis/redis-reminder-ledger';
import type { SchedulingEvents } from '../domain/events';
import type { Appointment } from '../ports/appointment-store.port';
import type { PatientNotifier, ReminderMessage } from '../ports/patient-notifier.port';
import { fixedPolicy } from '../testing/scheduling-fakes';
import { AnswerReminder } from './answer-reminder';
import { BookAppointment } from './book-appointment';
import { ChangeAppointment } from './change-appointment';
import {
  REMINDER_EVENT_TYPES,
  REMINDER_JOB_KIND,
  ReminderPlanner,
  SendReminder,
  reminderJob,
  reminderJobId,
  subscribeReminderPlanner,
  type SchedulingEvent,
} from './reminders';
import { startWorkerProcesses } from '../testing/worker-processes';

/**
 * Real Redis (the run's private server), real BullMQ, real time: reminders are
 * planned 120 min before a start that is 120 min + a few hundred ms away, so
 * they fall due within the test. Each test has its own clinic and its own queue.
 */
const kit = createTenancyKit();
const logger = silentLogger();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const workers: Array<{ close(): Promise<void> }> = [];
const queues: BullmqDelayedJobs[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  for (const q of queues) {
    await q.queue.obliterate({ force: true });
    await q.close();
  }
  kit.redis.disconnect();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(25);
  }
}

const RECORDED: (keyof SchedulingEvents)[] = [...REMINDER_EVENT_TYPES];

function setup(options: { offsets?: number[]; cancelHours?: number } = {}) {
  const clinic = uniqueClinicId('rem');
  const queueName = `test-${clinic}`;
  const jobs = new BullmqDelayedJobs(kit.redis, { queueName, backoffMs: 100 });
  queues.push(jobs);
  const store = new RedisAppointmentStore(kit.redis, kit.guard);
  const ledger = new RedisReminderLedger(kit.redis, kit.guard);
  const bus = new EventBus<SchedulingEvents>(logger);
  const planner = new ReminderPlanner({ jobs, offsets: async () => options.offsets ?? [120], clock: systemClock });
  subscribeReminderPlanner(bus, planner);
  const events: SchedulingEvent[] = [];
  for (const type of RECORDED) bus.subscribe(type, (event: unknown) => void events.push(event as SchedulingEvent));
  const policy = fixedPolicy({ svc_checkup: { durationMinutes: 30, bufferMinutes: 0 } });
  const booking = new BookAppointment({ store, policy, ids: new RandomIdGenerator(), clock: systemClock, events: bus });
  const changes = new ChangeAppointment({
    store,
    policy,
    clock: systemClock,
    audit: kit.auditLog,
    events: bus,
    cutoffs: async () => ({ cancelHours: options.cancelHours ?? 24, rescheduleHours: 0 }),
  });
  const sends: Array<ReminderMessage & { sentAt: number }> = [];
  const notifier: Pick<PatientNotifier, 'sendReminder'> = { sendReminder: async (message) => void sends.push({ ...message, sentAt: Date.now() }) };
  const sender = new SendReminder({ store, ledger, notifier, guard: kit.guard, clock: systemClock, logger });
  const answers = new AnswerReminder({ ledger, changes });
  const staff = staffActor(clinic, 'receptionist');
  const scope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId: clinic, actor: staff, requestId: 'req-test' }, fn);
  let n = 0;
  const key = (what: string) => `${what}-${++n}-${clinic}`;
  return {
    clinic,
    queueName,
    jobs,
    ledger,
    sends,
    events,
    sender,
    startWorker() {
      const worker = startDelayedJobWorker({ connection: kit.redis, handlers: { [REMINDER_JOB_KIND]: sender.handle }, logger, concurrency: 4, queueName });
      workers.push(worker);
      return worker;
    },
    book: (start: Date, patientRef = 'patient-1', doctorId = 'doc_a') =>
      scope(() =>
        booking.execute(clinic, { doctorId, serviceId: 'svc_checkup', patientRef, start: start.toISOString(), idempotencyKey: key('book') }, staff),
      ).then((r) => r.appointment),
    reschedule: (appointmentId: string, start: Date) =>
      scope(() => changes.reschedule(clinic, { actor: staff, requestId: 'req-test' }, { appointmentId, start: start.toISOString(), idempotencyKey: key('move') })),
    cancel: (appointmentId: string) =>
      scope(() => changes.cancel(clinic, { actor: staff, requestId: 'req-test' }, { appointmentId, idempotencyKey: key('cancel'), overrideCutoff: true })),
    complete: (appointmentId: string) => scope(() => changes.complete(clinic, { actor: staff, requestId: 'req-test' }, { appointmentId })),
    get: (appointmentId: string) => scope(() => store.get(clinic, appointmentId, new Date())),
    reply: (patientRef: string, text: string) => scope(() => answers.execute(clinic, patientRef, text, key('reply'))),
    /** Runs the reminder job's handler now, as a worker would at its time. */
    remind: (appointment: Appointment, offsetMinutes = 1440) =>
      sender.run(reminderJob(clinic, appointment.id, offsetMinutes, appointment.start, new Date())),
    delayedIds: async () => (await jobs.delayed()).map((j) => j.id).sort(),
  };
}

/** A start whose 120-minute reminder is due `ms` from now. */
const dueIn = (ms: number) => new Date(Date.now() + 120 * MINUTE + ms);

describe('reminders (real Redis, real BullMQ)', () => {
  it('plans one job per future offset and sends the reminder once, at its time', async () => {
    const t = setup({ offsets: [1440, 120] });
    t.startWorker();
    const start = dueIn(500);
    const appointment = await t.book(start);
    // The day-before reminder is already past: only the 2-hour one is planned.
    expect(await t.delayedIds()).toEqual([reminderJobId(t.clinic, appointment.id, 120, start)]);
    const runAt = start.getTime() - 120 * MINUTE;
    await until(() => t.sends.length > 0);
    expect(t.sends[0]!.sentAt).toBeGreaterThanOrEqual(runAt - 20);
    expect(t.sends[0]).toMatchObject({ clinicId: t.clinic, patientRef: 'patient-1', appointmentId: appointment.id, start: start.toISOString(), offsetMinutes: 120, version: 1, state: 'booked' });
    await sleep(600);
    expect(t.sends).toHaveLength(1);
    expect(await t.delayedIds()).toEqual([]);
    expect(await kit.guard.run({ clinicId: t.clinic, actor: { kind: 'system', id: 't' }, requestId: 'r' }, () => t.ledger.readLast(t.clinic, 'patient-1'))).toMatchObject({
      appointmentId: appointment.id,
      version: 1,
      start: start.toISOString(),
      offsetMinutes: 120,
    });
  });

  it('is durable: a job scheduled while no worker runs is sent by a worker started after it fell due', async () => {
    const t = setup();
    const start = dueIn(300);
    const appointment = await t.book(start);
    await sleep(700); // due, nobody running
    expect(t.sends).toHaveLength(0);
    expect(await t.delayedIds()).toEqual([reminderJobId(t.clinic, appointment.id, 120, start)]);
    t.startWorker();
    await until(() => t.sends.length > 0);
    await sleep(300);
    expect(t.sends.map((s) => s.appointmentId)).toEqual([appointment.id]);
  });

  it('moves the jobs when the appointment moves, and a job that escaped the move sends nothing', async () => {
    const t = setup({ offsets: [1440, 120] });
    const s1 = new Date(Date.now() + 3 * DAY);
    const far = await t.book(s1);
    expect(await t.delayedIds()).toEqual([reminderJobId(t.clinic, far.id, 120, s1), reminderJobId(t.clinic, far.id, 1440, s1)].sort());
    const s2 = new Date(s1.getTime() + DAY);
    await t.reschedule(far.id, s2);
    expect(await t.delayedIds()).toEqual([reminderJobId(t.clinic, far.id, 120, s2), reminderJobId(t.clinic, far.id, 1440, s2)].sort());

    // Sends: due in 1,000 ms, moved to due in 1,700 ms before it fires.
    t.startWorker();
    const t1 = dueIn(1_000);
    const soon = await t.book(t1, 'patient-2', 'doc_b');
    const t2 = new Date(t1.getTime() + 700);
    await t.reschedule(soon.id, t2);
    expect((await t.delayedIds()).filter((id) => id.includes(soon.id))).toEqual([reminderJobId(t.clinic, soon.id, 120, t2)]);
    await until(() => t.sends.length > 0);
    await sleep(400);
    expect(t.sends.map((s) => [s.appointmentId, s.start])).toEqual([[soon.id, t2.toISOString()]]);
    expect(t.sends[0]!.sentAt).toBeGreaterThanOrEqual(t2.getTime() - 120 * MINUTE - 20);
    // A job for the old time (e.g. one already running when the move dropped it) re-reads the appointment and skips.
    expect(await t.sender.run(reminderJob(t.clinic, soon.id, 120, t1, new Date()))).toBe('moved');
    expect(t.sends).toHaveLength(1);
  });

  it('drops the jobs when the appointment is cancelled or completed', async () => {
    const t = setup({ offsets: [1440, 120] });
    t.startWorker();
    const far = await t.book(new Date(Date.now() + 3 * DAY));
    const done = await t.book(new Date(Date.now() + 3 * DAY + 60 * MINUTE));
    expect(await t.delayedIds()).toHaveLength(4);
    await t.cancel(far.id);
    await t.complete(done.id);
    expect(await t.delayedIds()).toEqual([]);

    const soon = await t.book(dueIn(800), 'patient-2', 'doc_b');
    expect(await t.delayedIds()).toHaveLength(1);
    await t.cancel(soon.id);
    expect(await t.delayedIds()).toEqual([]);
    await sleep(1_100);
    expect(t.sends).toEqual([]);
    expect(await t.sender.run(reminderJob(t.clinic, soon.id, 120, soon.start, new Date()))).toBe('not_active');
    expect(t.sends).toEqual([]);
  });

  it('never sends twice: two worker processes, duplicate jobs, one send per reminder', async () => {
    const t = setup();
    const children = startWorkerProcesses('reminder-worker.ts', 2, (w) => ({
      ...testRedisEnv(),
      QUEUE_NAME: t.queueName,
      WORKER: String(w),
      CONCURRENCY: '4',
      SEND_DELAY_MS: '50',
    }));
    try {
      await Promise.all(children.map((c) => c.ready));
      // 8 reminders, all due at the same moment; each also scheduled again under its own id
      // (ignored by BullMQ) and twice under other ids (run: only the claim stops them).
      const start = dueIn(1_500);
      const appointments = await Promise.all(Array.from({ length: 8 }, (_, i) => t.book(start, `patient-${i}`, `doc_${i}`)));
      for (const a of appointments) {
        const job = reminderJob(t.clinic, a.id, 120, a.start, new Date(start.getTime() - 120 * MINUTE));
        await t.jobs.schedule(job);
        await t.jobs.schedule({ ...job, id: `${job.id}.dup1` });
        await t.jobs.schedule({ ...job, id: `${job.id}.dup2` });
      }
      expect(await t.delayedIds()).toHaveLength(24);
      await until(async () => (await t.jobs.queue.getCompletedCount()) === 24, 10_000);
    } finally {
      for (const c of children) c.child.stdin.end();
    }
    const summaries = (await Promise.all(children.map((c) => c.done))) as { worker: string; handled: number; sent: number }[];
    const sends = (await kit.redis.lrange(`t:{${t.clinic}}:reminder-test-sends`, 0, -1)).map((s) => JSON.parse(s) as ReminderMessage & { worker: string });
    expect(sends).toHaveLength(8);
    expect(new Set(sends.map((s) => s.appointmentId)).size).toBe(8);
    expect(summaries.reduce((sum, s) => sum + s.handled, 0)).toBe(24);
    expect(summaries.reduce((sum, s) => sum + s.sent, 0)).toBe(8);
    // Both processes took jobs, so duplicates really raced across processes.
    expect(summaries.every((s) => s.handled > 0)).toBe(true);
    expect(await t.jobs.queue.getFailedCount()).toBe(0);
  }, 20_000);

  it('replies confirm or cancel the reminded appointment, idempotently', async () => {
    const t = setup({ cancelHours: 24 });
    const base = Date.now() + 3 * DAY;
    const a1 = await t.book(new Date(base), 'patient-1', 'doc_1');
    const a2 = await t.book(new Date(base), 'patient-2', 'doc_2');
    const a3 = await t.book(new Date(base), 'patient-3', 'doc_3');
    const older = await t.book(new Date(base), 'patient-4', 'doc_4');
    const newer = await t.book(new Date(base + DAY), 'patient-4', 'doc_4');
    const tomorrow = await t.book(dueIn(60 * MINUTE), 'patient-6', 'doc_6');
    for (const a of [a1, a2, a3, older, newer]) expect(await t.remind(a)).toBe('sent');
    expect(await t.remind(tomorrow, 120)).toBe('sent');
    expect(t.sends).toHaveLength(6);

    expect(await t.reply('patient-1', '1')).toMatchObject({ outcome: 'confirmed', appointmentId: a1.id, reply: { en: expect.stringContaining('confirmed') } });
    expect(await t.get(a1.id)).toMatchObject({ state: 'confirmed', version: 2 });
    expect(await t.reply('patient-1', ' 1 ')).toMatchObject({ outcome: 'confirmed' });
    expect(await t.get(a1.id)).toMatchObject({ state: 'confirmed', version: 2 });
    expect(t.events.filter((e) => e.type === 'AppointmentConfirmed')).toHaveLength(1);
    expect(await t.reply('patient-1', 'maybe?')).toMatchObject({ outcome: 'not_understood', reply: { ar: expect.stringContaining('1') } });

    expect(await t.reply('patient-2', '٢')).toMatchObject({ outcome: 'cancelled', appointmentId: a2.id });
    expect(await t.get(a2.id)).toMatchObject({ state: 'cancelled' });
    expect(await t.reply('patient-2', 'إلغاء')).toMatchObject({ outcome: 'cancelled' });
    expect(t.events.filter((e) => e.type === 'AppointmentCancelled')).toHaveLength(1);
    // Confirming after cancelling cannot revive it.
    expect(await t.reply('patient-2', '1')).toMatchObject({ outcome: 'changed', reply: { en: expect.stringContaining('already been cancelled') } });

    expect(await t.reply('patient-3', 'تأكيد')).toMatchObject({ outcome: 'confirmed', appointmentId: a3.id });
    expect(await t.get(a3.id)).toMatchObject({ state: 'confirmed' });

    // A patient with two appointments: the reply is about the one reminded last.
    expect(await t.reply('patient-4', 'إلغاء')).toMatchObject({ outcome: 'cancelled', appointmentId: newer.id });
    expect(await t.get(newer.id)).toMatchObject({ state: 'cancelled' });
    expect(await t.get(older.id)).toMatchObject({ state: 'booked' });

    expect(await t.reply('patient-5', '1')).toMatchObject({ outcome: 'nothing_to_answer' });

    // Inside the 24-hour cancel cutoff: cancel is refused (call the clinic); confirm still works.
    const planned = await t.delayedIds();
    expect(planned).toContain(reminderJobId(t.clinic, tomorrow.id, 120, tomorrow.start));
    expect(await t.reply('patient-6', '2')).toMatchObject({ outcome: 'too_late', reply: { en: expect.stringContaining('call the clinic') } });
    expect(await t.get(tomorrow.id)).toMatchObject({ state: 'booked', version: 1 });
    expect(await t.reply('patient-6', 'نعم')).toMatchObject({ outcome: 'confirmed' });
    // The confirmation re-plans: the same id, so nothing new is queued.
    expect(await t.delayedIds()).toEqual(planned);
  });

  it('a reply to a reminder of an appointment that moved since does nothing', async () => {
    const t = setup();
    const appointment = await t.book(new Date(Date.now() + 3 * DAY), 'patient-7');
    expect(await t.remind(appointment)).toBe('sent');
    const moved = new Date(appointment.start.getTime() + 2 * DAY);
    await t.reschedule(appointment.id, moved);
    expect(await t.reply('patient-7', '2')).toMatchObject({ outcome: 'changed', appointmentId: appointment.id });
    expect(await t.reply('patient-7', '1')).toMatchObject({ outcome: 'changed' });
    expect(await t.get(appointment.id)).toMatchObject({ state: 'booked', version: 2, start: moved });
    // The reminder for the new time makes replies work again.
    expect(await t.remind({ ...appointment, start: moved })).toBe('sent');
    expect(await t.reply('patient-7', '1')).toMatchObject({ outcome: 'confirmed' });
    expect(await t.get(appointment.id)).toMatchObject({ state: 'confirmed', version: 3, start: moved });

    // Cancelled by the clinic after the reminder: the reply says so and changes nothing.
    const other = await t.book(new Date(Date.now() + 4 * DAY), 'patient-8', 'doc_b');
    expect(await t.remind(other)).toBe('sent');
    await t.cancel(other.id);
    expect(await t.reply('patient-8', '1')).toMatchObject({ outcome: 'changed', reply: { en: expect.stringContaining('cancelled') } });
    expect(await t.get(other.id)).toMatchObject({ state: 'cancelled' });
  });

  it('keeps every BullMQ key in the job-queue key family, in one cluster slot', async () => {
    const keys = await scanKeys(kit.redis, '*');
    const queueKeys = keys.filter((k) => k.includes(':test-rem_'));
    expect(queueKeys.length).toBeGreaterThan(0);
    for (const k of queueKeys) {
      expect(k.startsWith('g:{jobs}:')).toBe(true);
      expect(isAllowedKey(k)).toBe(true);
    }
    expect(keys.filter((k) => k.startsWith('bull:'))).toEqual([]);
  });
});
