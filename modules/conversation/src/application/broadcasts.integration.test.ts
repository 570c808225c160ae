import { afterAll, describe, expect, it } from 'vitest';
import { PreconditionFailed, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { DelayedJob, PatientConsents } from '@frontdesk/scheduling';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { RedisBroadcasts } from '../adapters/redis/redis-broadcasts';
import { RedisConversationFeed } from '../adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { RedisOptOuts } from '../adapters/redis/redis-opt-outs';
import { BROADCAST_MESSAGES_PER_MINUTE, BROADCAST_TEMPLATE, BROADCAST_TEXT_MAX } from '../domain/broadcast';
import type { OutboundMessage } from '../ports/outbound.port';
import { BROADCAST_JOB_KIND, Broadcasts } from './broadcasts';
import { conversationIdFor } from './conversation-ids';
import { DeliverBroadcast } from './deliver-broadcast';
import { PatientOptOuts } from './patient-opt-outs';
import { SendOutbound } from './send-outbound';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

const SECOND = 1_000;

/**
 * Scheduling's consent facade, in memory per clinic (the conversation module
 * cannot build scheduling's Redis adapter; apps/server's tests run the real one).
 */
function memoryConsents() {
  const granted = new Map<string, Set<string>>();
  const of = (clinicId: ClinicId) => granted.get(clinicId) ?? granted.set(clinicId, new Set()).get(clinicId)!;
  const consents: Pick<PatientConsents, 'phonesWithConsent' | 'hasConsent' | 'setByPatient'> = {
    phonesWithConsent: async (clinicId) => [...of(clinicId)].sort(),
    hasConsent: async (clinicId, phone) => of(clinicId).has(phone),
    setByPatient: async (clinicId, { phone, granted: on }) => {
      const set = of(clinicId);
      if (set.has(phone) === on) return 'unchanged';
      if (on) set.add(phone);
      else set.delete(phone);
      return 'changed';
    },
  };
  return { consents, grant: (clinicId: ClinicId, ...phones: string[]) => phones.forEach((p) => of(clinicId).add(p)) };
}

const CATALOG = { profile: { defaultLanguage: 'ar' } } as unknown as ClinicCatalogSnapshot;

function setup(options: { whatsapp?: boolean } = {}) {
  const clinicId = uniqueClinicId('broadcast') as ClinicId;
  const { consents, grant } = memoryConsents();
  const store = new RedisConversationStore(kit.redis, kit.guard);
  const broadcastStore = new RedisBroadcasts(kit.redis, kit.guard);
  const optOutStore = new RedisOptOuts(kit.redis, kit.guard);
  const jobs: DelayedJob[] = [];
  // Like BullMQ: a job id that exists already is not added again.
  const schedule = async (job: DelayedJob) => void (jobs.some((j) => j.kind === job.kind && j.id === job.id) || jobs.push(job));
  const queued: OutboundMessage[] = [];
  /** When each message was queued (the clinic's sends). */
  const queuedAt: number[] = [];
  const makeBroadcasts = () =>
    new Broadcasts({
      store: broadcastStore,
      optOuts: optOutStore,
      consents,
      numbers: { numberOf: async () => (options.whatsapp === false ? null : { phoneNumberId: '100200300', displayNumber: '+201000000009' }) },
      jobs: { schedule, cancel: async () => undefined },
      catalog: { getCatalog: async () => CATALOG },
      audit: kit.auditLog,
      clock: kit.clock,
    });
  const broadcasts = makeBroadcasts();
  const deliver = new DeliverBroadcast({
    broadcasts: broadcastStore,
    optOuts: optOutStore,
    consents,
    conversations: store,
    feed,
    outbound: {
      enqueue: async (message) => {
        queued.push(message);
        queuedAt.push(kit.clock.now().getTime());
      },
    },
    jobs: { schedule },
    guard: kit.guard,
    clock: kit.clock,
    logger: kit.logger,
  });
  const optOuts = new PatientOptOuts({ store: optOutStore, consents, clock: kit.clock, logger: kit.logger });
  const actor = staffActor(clinicId, 'receptionist') as Extract<ReturnType<typeof staffActor>, { kind: 'staff' }>;
  const scope = { actor, requestId: 'req-broadcast' };
  const inScope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId, actor, requestId: 'req-broadcast' }, fn);
  const send = (text: string, language?: 'ar' | 'en') => inScope(() => broadcasts.create(clinicId, scope, language ? { text, language } : { text }));
  const stop = (phone: string, command: 'opt_out' | 'opt_in' = 'opt_out') =>
    inScope(() => optOuts.execute({ clinicId, channel: 'whatsapp', sender: phone, verifiedPhone: phone, command, requestId: 'req-stop' }));
  /** Runs every job of this broadcast, as the worker would when each is due. */
  const runJobs = async (broadcastId: string) => {
    for (const job of jobs.filter((j) => j.data.broadcastId === broadcastId)) await deliver.handle(job);
  };
  const record = (id: string) => inScope(() => broadcastStore.get(clinicId, id));
  return { clinicId, store, broadcasts, makeBroadcasts, deliver, jobs, queued, queuedAt, grant: (...p: string[]) => grant(clinicId, ...p), send, stop, runJobs, record, inScope, optOutStore };
}

describe('Broadcasts', () => {
  it('goes to the patients who agreed to news and did not send STOP, in this clinic only', async () => {
    const a = setup();
    const b = setup();
    a.grant('+201001230001', '+201001230002', '+201001230003');
    b.grant('+201001239999');
    await a.stop('+201001230002');
    // A STOP in clinic B is about clinic B.
    b.grant('+201001230003');
    await b.stop('+201001230003');

    expect(await a.inScope(() => a.broadcasts.audience(a.clinicId))).toEqual({ recipients: 2, optedOut: 0 });
    // The STOP withdrew the consent (the facade's job); the opt-out record stands on its own too.
    a.grant('+201001230002');
    expect(await a.inScope(() => a.broadcasts.audience(a.clinicId))).toEqual({ recipients: 2, optedOut: 1 });

    const sent = await a.send('عرض خاص على تنظيف الأسنان هذا الشهر');
    expect(sent).toMatchObject({ audience: 2, queued: 2, skipped: 0, sent: 0, failed: 0, language: 'ar', createdBy: 'usr_receptionist' });
    expect(a.jobs.map((j) => j.data.phone)).toEqual(['+201001230001', '+201001230003']);
    expect(a.jobs.every((j) => j.kind === BROADCAST_JOB_KIND && j.data.clinicId === a.clinicId && j.data.broadcastId === sent.id)).toBe(true);
  });

  it(`spreads the messages at ${BROADCAST_MESSAGES_PER_MINUTE} a minute, and queues a second broadcast behind the first`, async () => {
    const t = setup();
    const phones = Array.from({ length: 25 }, (_, i) => `+2010012${String(40000 + i)}`);
    t.grant(...phones);
    const start = kit.clock.now().getTime();
    const first = await t.send('Eid hours: we open at 10.');
    const spacing = 60_000 / BROADCAST_MESSAGES_PER_MINUTE;
    expect(spacing).toBe(3 * SECOND);
    expect(t.jobs.map((j) => j.runAt.getTime() - start)).toEqual(phones.map((_, i) => i * spacing));
    expect(first.firstSendAt.getTime()).toBe(start);
    expect(first.lastSendAt.getTime()).toBe(start + 24 * spacing);
    // No minute holds more than the rate.
    const perMinute = new Map<number, number>();
    for (const job of t.jobs) perMinute.set(Math.floor((job.runAt.getTime() - start) / 60_000), (perMinute.get(Math.floor((job.runAt.getTime() - start) / 60_000)) ?? 0) + 1);
    expect(Math.max(...perMinute.values())).toBe(BROADCAST_MESSAGES_PER_MINUTE);

    kit.clock.advance(10 * SECOND);
    const second = await t.send('And a second message.');
    expect(second.firstSendAt.getTime()).toBe(start + 25 * spacing);
    expect(t.jobs.slice(25).map((j) => j.runAt.getTime() - start)).toEqual(phones.map((_, i) => (25 + i) * spacing));

    // Once the queue has run dry, the next broadcast starts now.
    kit.clock.advance(5 * 60_000);
    const third = await t.send('Later news.');
    expect(third.firstSendAt.getTime()).toBe(kit.clock.now().getTime());
  });

  it(`holds the clinic to ${BROADCAST_MESSAGES_PER_MINUTE} sends a minute when overdue jobs all run at once, and sends the rest later, each once`, async () => {
    const t = setup();
    const phones = Array.from({ length: 25 }, (_, i) => `+2010013${String(10000 + i)}`);
    t.grant(...phones);
    const broadcast = await t.send('We moved to a new building.');
    const planned = t.jobs.slice();
    expect(planned).toHaveLength(25);
    // The worker was down for ten minutes: every slot has passed, and it runs the jobs together.
    kit.clock.advance(10 * 60_000);
    const back = kit.clock.now().getTime();
    await Promise.all(planned.map((job) => t.deliver.handle(job)));
    expect(t.queued).toHaveLength(BROADCAST_MESSAGES_PER_MINUTE);
    // The other 5 wait, still queued, for turns of their own once the minute has room again, one every 3 s.
    const deferred = t.jobs.slice(25);
    expect(deferred.map((j) => j.runAt.getTime() - back)).toEqual([60, 63, 66, 69, 72].map((s) => s * SECOND));
    expect(deferred.every((j) => j.kind === BROADCAST_JOB_KIND && j.id.endsWith('.d1') && j.data.deferral === '1' && j.data.broadcastId === broadcast.id)).toBe(true);
    expect([...t.queued.map((m) => m.to), ...deferred.map((j) => j.data.phone)].sort()).toEqual(phones);
    expect(await t.record(broadcast.id)).toMatchObject({ queued: 25, skipped: 0, sent: 0, failed: 0 });

    // A redelivery within the minute sends nothing and queues no second follow-up.
    await Promise.all(planned.map((job) => t.deliver.handle(job)));
    expect(t.queued).toHaveLength(BROADCAST_MESSAGES_PER_MINUTE);
    expect(t.jobs).toHaveLength(30);
    // A follow-up run early (a clock behind) is turned back again, to the next free slot: the redelivered
    // turns took 75-87 s (their follow-ups existed already, so those slots go unused).
    kit.clock.advance(30 * SECOND);
    await t.deliver.handle(deferred[0]!);
    expect(t.queued).toHaveLength(BROADCAST_MESSAGES_PER_MINUTE);
    expect(t.jobs.slice(30).map((j) => [j.id.slice(-3), j.runAt.getTime() - back])).toEqual([['.d2', 90 * SECOND]]);

    for (const job of t.jobs.slice(25)) {
      kit.clock.set(new Date(Math.max(kit.clock.now().getTime(), job.runAt.getTime())));
      await t.deliver.handle(job);
    }
    expect(t.queued.map((m) => m.to).sort()).toEqual(phones);
    // However the minute is placed, it holds at most 20 sends.
    for (const start of t.queuedAt) expect(t.queuedAt.filter((at) => at >= start && at < start + 60_000).length).toBeLessThanOrEqual(BROADCAST_MESSAGES_PER_MINUTE);
    expect(t.queuedAt.filter((at) => at < back + 60_000)).toHaveLength(BROADCAST_MESSAGES_PER_MINUTE);
    expect(t.queuedAt.filter((at) => at >= back + 60_000)).toHaveLength(5);
  });

  it('gives two broadcasts created at the same moment from two processes slots that never overlap', async () => {
    const t = setup();
    t.grant(...Array.from({ length: 10 }, (_, i) => `+2010012${String(50000 + i)}`));
    const other = t.makeBroadcasts();
    await Promise.all([t.send('From the first desk.'), t.inScope(() => other.create(t.clinicId, { actor: staffActor(t.clinicId, 'owner') as never, requestId: 'r2' }, { text: 'From the second desk.' }))]);
    const times = t.jobs.map((j) => j.runAt.getTime()).sort((x, y) => x - y);
    expect(new Set(times).size).toBe(20);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBe(3 * SECOND);
  });

  it('sends the clinic_update template with the text as its parameter, skips whoever sent STOP after it was queued, and counts each recipient once', async () => {
    const t = setup();
    t.grant('+201001260001', '+201001260002', '+201001260003');
    const broadcast = await t.send('Our new branch opens on Sunday.');
    expect(broadcast.language).toBe('en');
    // After queueing: one patient sends STOP.
    await t.stop('+201001260002');
    await t.runJobs(broadcast.id);
    expect(t.queued.map((m) => m.to)).toEqual(['+201001260001', '+201001260003']);
    expect(t.queued[0]).toMatchObject({
      channel: 'whatsapp',
      author: 'staff',
      broadcastId: broadcast.id,
      conversationId: conversationIdFor(t.clinicId, 'whatsapp', '+201001260001'),
      body: { kind: 'template', name: BROADCAST_TEMPLATE, languageCode: 'en', parameters: ['Our new branch opens on Sunday.'] },
    });
    expect(t.queued[0]!.lineId).toBeTruthy();
    // The text is in the patient's conversation, as the staff member's line.
    const history = await t.inScope(() => t.store.history(t.clinicId, conversationIdFor(t.clinicId, 'whatsapp', '+201001260001'), 5));
    expect(history.map((l) => [l.author, l.by, l.text])).toEqual([['staff', 'usr_receptionist', 'Our new branch opens on Sunday.']]);
    expect(await t.record(broadcast.id)).toMatchObject({ queued: 3, skipped: 1, sent: 0, failed: 0 });

    // The sender's outcomes are counted; a redelivered job and a repeated report change nothing.
    const outbound = new SendOutbound({
      senders: {
        whatsapp: {
          send: async (m) => {
            if (m.to === '+201001260003') throw new PreconditionFailed('CONVERSATION.WHATSAPP_SEND_REJECTED', 'not on WhatsApp');
            return { providerMessageId: `wamid.${m.to}` };
          },
        },
      },
      store: t.store,
      feed,
      guard: kit.guard,
      logger: kit.logger,
      broadcasts: t.deliver,
    });
    for (const message of t.queued) await outbound.handle(message);
    await outbound.handle(t.queued[0]!);
    await t.runJobs(broadcast.id);
    expect(t.queued).toHaveLength(2); // the jobs ran again: nothing new was queued
    expect(await t.record(broadcast.id)).toMatchObject({ queued: 3, skipped: 1, sent: 1, failed: 1 });
    expect((await t.inScope(() => t.broadcasts.list(t.clinicId, 10))).map((b) => b.id)).toEqual([broadcast.id]);
  });

  it('skips a recipient whose consent was withdrawn after queueing, and sends again after START', async () => {
    const t = setup();
    t.grant('+201001270001');
    const first = await t.send('First news');
    await t.stop('+201001270001');
    expect(await t.stop('+201001270001')).toEqual({ changed: false, address: 'phone:+201001270001' });
    await t.runJobs(first.id);
    expect(t.queued).toEqual([]);
    expect(await t.record(first.id)).toMatchObject({ skipped: 1 });
    await expect(t.send('Nobody left')).rejects.toMatchObject({ code: 'CONVERSATION.BROADCAST_NO_AUDIENCE' });

    expect(await t.stop('+201001270001', 'opt_in')).toEqual({ changed: true, address: 'phone:+201001270001' });
    kit.clock.advance(10 * SECOND);
    const second = await t.send('Second news');
    await t.runJobs(second.id);
    expect(t.queued.map((m) => m.to)).toEqual(['+201001270001']);
  });

  it('lists broadcasts newest first and audits each one', async () => {
    const t = setup();
    t.grant('+201001280001');
    const older = await t.send('One');
    kit.clock.advance(SECOND);
    const newer = await t.send('Two');
    expect((await t.inScope(() => t.broadcasts.list(t.clinicId, 10))).map((b) => [b.id, b.text])).toEqual([
      [newer.id, 'Two'],
      [older.id, 'One'],
    ]);
    const audit = await kit.auditLog.query(t.clinicId, { action: 'conversation.broadcast.create', limit: 10 });
    expect(audit.map((r) => [r.actor, r.target])).toEqual([
      ['staff:usr_receptionist', `broadcast:${newer.id}`],
      ['staff:usr_receptionist', `broadcast:${older.id}`],
    ]);
    expect(audit[0]!.detail).toMatch(/^1 recipients, 3 characters, language en/);
  });

  it('refuses an empty or too long text, a clinic without WhatsApp, and a clinic nobody would hear from, writing nothing', async () => {
    const t = setup();
    t.grant('+201001290001');
    await expect(t.send('   ')).rejects.toMatchObject({ code: 'CONVERSATION.INVALID_BROADCAST', details: { field: 'text' } });
    await expect(t.send('x'.repeat(BROADCAST_TEXT_MAX + 1))).rejects.toMatchObject({ code: 'CONVERSATION.INVALID_BROADCAST', message: /too long: 1001 characters, at most 1000/ });
    // Arabic letters with diacritics count as people count them.
    expect((await t.send('ب'.repeat(BROADCAST_TEXT_MAX))).text).toHaveLength(BROADCAST_TEXT_MAX);

    const none = setup({ whatsapp: false });
    none.grant('+201001290002');
    const refused = none.send('Hello');
    await expect(refused).rejects.toBeInstanceOf(PreconditionFailed);
    await expect(refused).rejects.toMatchObject({ code: 'CONVERSATION.BROADCAST_NO_WHATSAPP', message: /no WhatsApp number connected/ });

    const nobody = setup();
    await expect(nobody.send('Hello')).rejects.toMatchObject({ code: 'CONVERSATION.BROADCAST_NO_AUDIENCE' });
    for (const clinic of [none.clinicId, nobody.clinicId]) expect(await kit.redis.keys(`t:{${clinic}}:broadcast*`)).toEqual([]);
    expect(none.jobs).toEqual([]);
  });
});
