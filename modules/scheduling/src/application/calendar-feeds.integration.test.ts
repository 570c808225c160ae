import { afterAll, describe, expect, it } from 'vitest';
import { DomainError, FakeClock, RandomIdGenerator, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, scanKeys, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisAppointmentStore } from '../adapters/redis/redis-appointment-store';
import { RedisCalendarFeedStore } from '../adapters/redis/redis-calendar-feed-store';
import { serveCalendarFeed } from '../api/calendar-feed.http';
import { cairoClinic, fixedPolicy, InMemoryClinicCatalog } from '../testing/scheduling-fakes';
import { eventsOf, parseIcs, physicalLines, textOf } from '../testing/ics-reader';
import { BookAppointment, type BookAppointmentInput } from './book-appointment';
import { CalendarFeeds } from './calendar-feeds';
import { ChangeAppointment } from './change-appointment';
import { codeOf } from '../testing/outcomes';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const PHONE = '+201012345678';
const SERVICES = {
  svc_checkup: { durationMinutes: 30, bufferMinutes: 0 },
  svc_clean: { durationMinutes: 45, bufferMinutes: 15 },
  svc_implant: { durationMinutes: 60, bufferMinutes: 0 },
};

/** Everything of one test: a clock, a catalog and the use cases over the real Redis. */
function world() {
  const clock = new FakeClock('2026-01-01T09:00:00.000Z');
  const catalog = new InMemoryClinicCatalog();
  const appointments = new RedisAppointmentStore(kit.redis, kit.guard);
  const feedStore = new RedisCalendarFeedStore(kit.redis, kit.guard);
  const feeds = new CalendarFeeds({ feeds: feedStore, appointments, catalog, audit: kit.auditLog, clock, guard: kit.guard });
  const policy = fixedPolicy(SERVICES);
  const booking = new BookAppointment({ store: appointments, policy, ids: new RandomIdGenerator(), clock });
  const changes = new ChangeAppointment({
    store: appointments,
    policy,
    clock,
    audit: kit.auditLog,
    cutoffs: async () => ({ cancelHours: 0, rescheduleHours: 0 }),
  });
  let requests = 0;

  function clinic(label = 'ics') {
    const id = uniqueClinicId(label);
    catalog.set(id, cairoClinic(id));
    const owner = staffActor(id, 'owner');
    /** Runs fn in the clinic's tenant scope, as the staff router does. */
    const as = <T>(actor: Actor, fn: (requestId: string) => Promise<T>): Promise<T> => {
      const requestId = `req-${id}-${++requests}`;
      return kit.guard.run({ clinicId: id, actor, requestId }, () => fn(requestId));
    };
    let n = 0;
    const book = (start: string, over: Partial<BookAppointmentInput> = {}) =>
      as(owner, async () => {
        const input = { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start, idempotencyKey: `ics-${++n}-${Math.random()}`, ...over };
        return (await booking.execute(id, input, owner)).appointment;
      });
    const scope = (requestId: string) => ({ actor: owner, requestId });
    return {
      id,
      owner,
      as,
      book,
      cancel: (appointmentId: string) => as(owner, (r) => changes.cancel(id, scope(r), { appointmentId })),
      confirm: (appointmentId: string) => as(owner, (r) => changes.confirm(id, scope(r), { appointmentId })),
      complete: (appointmentId: string) => as(owner, (r) => changes.complete(id, scope(r), { appointmentId })),
      noShow: (appointmentId: string) => as(owner, (r) => changes.markNoShow(id, scope(r), { appointmentId })),
      create: (doctorId = 'doc_a', actor: Actor = owner) => as(actor, (r) => feeds.create(id, doctorId, actor, r)),
      revoke: (doctorId = 'doc_a', actor: Actor = owner) => as(actor, (r) => feeds.revoke(id, doctorId, actor, r)),
      status: (doctorId = 'doc_a') => as(owner, () => feeds.status(id, doctorId)),
      keys: (pattern: string) => scanKeys(kit.redis, `t:{${id}}:${pattern}`),
    };
  }
  return { clock, catalog, feeds, clinic };
}

/** GET <path> through the framework-free handler, as the server route does. */
function get(feeds: CalendarFeeds, path: string) {
  const match = /^\/ics\/([^/]*)\/([^/]*)$/.exec(path);
  if (!match) throw new Error(`not a feed path: ${path}`);
  return serveCalendarFeed(feeds, { clinicId: match[1]!, file: match[2]!, requestId: 'req-http' });
}


describe('doctor calendar feeds (real Redis)', () => {
  it("lists the doctor's appointments only, in every state, without patient data, and parses back", async () => {
    const w = world();
    const a = w.clinic();
    const other = w.clinic();

    const booked = await a.book('2026-01-05T08:00:00.000Z', { branchId: 'br_east' });
    const lapsed = await a.book('2026-01-05T09:00:00.000Z', { serviceId: 'svc_implant', hold: { purpose: 'pending', minutes: 60 } });
    const cancelled = await a.book('2026-01-06T08:00:00.000Z', { serviceId: 'svc_clean' });
    await a.cancel(cancelled.id);
    const confirmed = await a.book('2026-01-07T08:00:00.000Z');
    await a.confirm(confirmed.id);
    const completed = await a.book('2026-01-08T08:00:00.000Z');
    const noShow = await a.book('2026-01-08T09:00:00.000Z');
    await a.book('2026-01-05T08:00:00.000Z', { doctorId: 'doc_b' }); // another doctor, same time
    await other.book('2026-01-05T10:00:00.000Z'); // doc_a of another clinic
    await a.book('2026-07-15T08:00:00.000Z'); // beyond 180 days

    const path = await a.create();
    expect(path).toMatch(new RegExp(`^/ics/${a.id}/[A-Za-z0-9_-]{43}\\.ics$`));
    await other.create(); // the other clinic's doc_a has a feed too; it must not mix in

    // Later: the past appointments can be completed / marked no-show.
    w.clock.set('2026-01-09T12:00:00.000Z');
    await a.complete(completed.id);
    await a.noShow(noShow.id);
    const held = await a.book('2026-01-12T09:00:00.000Z', { serviceId: 'svc_implant', hold: { purpose: 'pending', minutes: 24 * 60 } });

    const response = await get(w.feeds, path);
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, max-age=300',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex, nofollow, noarchive',
    });
    const ics = response.body;
    physicalLines(ics); // CRLF, <= 75 octets, whole UTF-8 sequences
    const calendar = parseIcs(ics);
    expect(textOf(calendar, 'X-WR-CALNAME')).toBe('د. أمل حسن · Nile Dental'); // the clinic's default language is Arabic
    const events = eventsOf(ics);
    const byId = new Map(events.map((e) => [e.UID!.replace('@frontdesk', ''), e]));
    expect([...byId.keys()].sort()).toEqual([booked.id, lapsed.id, held.id, cancelled.id, confirmed.id, completed.id, noShow.id].sort());
    expect(byId.get(booked.id)).toMatchObject({
      STATUS: 'CONFIRMED',
      SEQUENCE: '1',
      DTSTART: '20260105T080000Z',
      DTEND: '20260105T083000Z',
      SUMMARY: 'كشف',
      LOCATION: 'مصر الجديدة',
      DESCRIPTION: `رقم الموعد: ${booked.id.slice(-6).toUpperCase()}`,
    });
    expect(byId.get(held.id)).toMatchObject({ STATUS: 'TENTATIVE', SUMMARY: 'بانتظار التأكيد: استشارة زراعة', LOCATION: 'الزمالك' });
    // A hold that lapsed unused reads as cancelled.
    expect(byId.get(lapsed.id)).toMatchObject({ STATUS: 'CANCELLED', SUMMARY: 'ملغى: استشارة زراعة', 'LAST-MODIFIED': '20260101T100000Z' });
    expect(byId.get(cancelled.id)).toMatchObject({ STATUS: 'CANCELLED', SEQUENCE: '2', SUMMARY: 'ملغى: تنظيف', TRANSP: 'TRANSPARENT' });
    expect(byId.get(confirmed.id)).toMatchObject({ STATUS: 'CONFIRMED', SEQUENCE: '2' });
    expect(byId.get(completed.id)).toMatchObject({ STATUS: 'CONFIRMED', SEQUENCE: '2' });
    expect(byId.get(noShow.id)).toMatchObject({ STATUS: 'CANCELLED', SEQUENCE: '2', SUMMARY: 'لم يحضر: كشف' });
    // Privacy: calendar apps sync this through third-party servers.
    expect(ics).not.toContain(PHONE);
    expect(ics).not.toContain('patient');

    // English clinic: English names.
    const english = cairoClinic(a.id);
    w.catalog.set(a.id, { ...english, profile: { ...english.profile, defaultLanguage: 'en' } });
    const en = eventsOf((await get(w.feeds, path)).body);
    expect(en.find((e) => e.UID === `${held.id}@frontdesk`)).toMatchObject({ SUMMARY: 'Pending: Implant consult', LOCATION: 'Zamalek', 'SUMMARY;LANGUAGE': 'en' });
  });

  it('shows 30 days back and 180 days ahead', async () => {
    const w = world();
    const a = w.clinic();
    const old = await a.book('2026-01-05T08:00:00.000Z');
    const recent = await a.book('2026-01-25T08:00:00.000Z');
    const ahead = await a.book('2026-08-01T08:00:00.000Z');
    const tooFar = await a.book('2026-08-20T08:00:00.000Z');
    const path = await a.create();
    w.clock.set('2026-02-10T09:00:00.000Z'); // old is 36 days ago; +180 days = 2026-08-09
    const uids = eventsOf((await get(w.feeds, path)).body).map((e) => e.UID);
    expect(uids).toEqual([`${recent.id}@frontdesk`, `${ahead.id}@frontdesk`]);
    expect(uids).not.toContain(`${old.id}@frontdesk`);
    expect(uids).not.toContain(`${tooFar.id}@frontdesk`);
  });

  it('rotates: a new URL ends the old one at once; revoke ends it; audit records both', async () => {
    const w = world();
    const a = w.clinic();
    await a.book('2026-01-05T08:00:00.000Z');
    expect(await a.status()).toEqual({ active: false });

    const first = await a.create();
    expect((await get(w.feeds, first)).status).toBe(200);
    expect(await a.status()).toEqual({ active: true, createdAt: '2026-01-01T09:00:00.000Z' });

    w.clock.advance(60_000);
    const second = await a.create();
    expect(second).not.toBe(first);
    expect((await get(w.feeds, first)).status).toBe(404);
    expect((await get(w.feeds, second)).status).toBe(200);
    expect(await a.status()).toEqual({ active: true, createdAt: '2026-01-01T09:01:00.000Z' });
    expect(await a.keys('ics-feed:*')).toHaveLength(1); // the old secret's key is gone
    expect(await a.keys('ics-feed-of:*')).toEqual([`t:{${a.id}}:ics-feed-of:doc_a`]);
    // Only the hash is stored: the secret is nowhere in Redis.
    const secret = second.slice(second.lastIndexOf('/') + 1, -'.ics'.length);
    const [feedKey] = await a.keys('ics-feed:*');
    expect(feedKey).not.toContain(secret);
    expect(await kit.redis.get(feedKey!)).toBe('doc_a');
    expect(JSON.stringify(await kit.redis.hgetall(`t:{${a.id}}:ics-feed-of:doc_a`))).not.toContain(secret);

    // Another doctor's feed is separate.
    const ofB = await a.create('doc_b');
    expect((await get(w.feeds, ofB)).status).toBe(200);

    expect(await a.revoke()).toEqual({ revoked: true });
    const gone = await get(w.feeds, second);
    expect(gone).toEqual({ status: 404, headers: expect.objectContaining({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }), body: 'Not found\n' });
    expect(await a.status()).toEqual({ active: false });
    expect(await a.revoke()).toEqual({ revoked: false });
    expect((await get(w.feeds, ofB)).status).toBe(200); // doc_b's feed still works
    expect(await a.keys('ics-feed*')).toHaveLength(2); // doc_b's two keys

    const records = await kit.auditLog.query(a.id, { action: 'scheduling.ics_feed.', limit: 50 });
    const trail = records.reverse().map((r) => [r.action, r.target, r.actor, r.detail, r.outcome]);
    expect(trail).toEqual([
      ['scheduling.ics_feed.create', 'doctor:doc_a', 'staff:usr_owner', 'first feed URL', 'success'],
      ['scheduling.ics_feed.create', 'doctor:doc_a', 'staff:usr_owner', 'replaced the previous feed URL', 'success'],
      ['scheduling.ics_feed.create', 'doctor:doc_b', 'staff:usr_owner', 'first feed URL', 'success'],
      ['scheduling.ics_feed.revoke', 'doctor:doc_a', 'staff:usr_owner', 'feed URL revoked', 'success'],
      ['scheduling.ics_feed.revoke', 'doctor:doc_a', 'staff:usr_owner', 'no active feed', 'success'],
    ]);
    expect(records.every((r) => r.requestId.startsWith(`req-${a.id}-`))).toBe(true);
    expect(records[1]!.changes).toEqual({
      before: { active: true, createdAt: '2026-01-01T09:00:00.000Z' },
      after: { active: true, createdAt: '2026-01-01T09:01:00.000Z' },
    });
    // Neither the secret nor its hash is in the audit trail.
    const stored = JSON.stringify(records);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(feedKey!.slice(feedKey!.lastIndexOf(':') + 1));
  });

  it("a secret works only with its own clinic's id", async () => {
    const w = world();
    const a = w.clinic();
    const b = w.clinic();
    const pathA = await a.create();
    await b.create();
    const secretFile = pathA.slice(pathA.lastIndexOf('/') + 1);
    expect((await get(w.feeds, pathA)).status).toBe(200);
    expect((await get(w.feeds, `/ics/${b.id}/${secretFile}`)).status).toBe(404);
    expect((await get(w.feeds, `/ics/${uniqueClinicId('nobody')}/${secretFile}`)).status).toBe(404);
  });

  it('answers every malformed or unknown URL with the same bare 404', async () => {
    const w = world();
    const a = w.clinic();
    const path = await a.create();
    const secret = path.slice(path.lastIndexOf('/') + 1, -4);
    const notFound = { status: 404, headers: expect.any(Object), body: 'Not found\n' };
    const cases: Array<{ clinicId: string; file: string }> = [
      { clinicId: a.id, file: `${secret}` }, // no .ics
      { clinicId: a.id, file: `${secret}.ICS` },
      { clinicId: a.id, file: `${secret}.ics.ics` },
      { clinicId: a.id, file: `${secret.slice(1)}.ics` }, // too short
      { clinicId: a.id, file: `${secret}A.ics` }, // too long
      { clinicId: a.id, file: `${secret.slice(0, -1)}=.ics` }, // not base64url
      { clinicId: a.id, file: `${'A'.repeat(43)}.ics` }, // well-formed, unknown
      { clinicId: a.id, file: '../../etc/passwd' },
      { clinicId: a.id, file: '' },
      { clinicId: a.id.toUpperCase(), file: `${secret}.ics` },
      { clinicId: `${a.id}}`, file: `${secret}.ics` },
      { clinicId: `${a.id}:x`, file: `${secret}.ics` },
      { clinicId: '', file: `${secret}.ics` },
      { clinicId: 'x'.repeat(5000), file: `${secret}.ics` },
      { clinicId: undefined as unknown as string, file: `${secret}.ics` },
      { clinicId: a.id, file: undefined as unknown as string },
    ];
    for (const params of cases) expect(await serveCalendarFeed(w.feeds, params), JSON.stringify(params).slice(0, 120)).toEqual(notFound);
    // The use case itself refuses the same way, with no detail.
    const error = await w.feeds.render(a.id, 'short').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'not_found', code: 'SCHEDULING.FEED_NOT_FOUND', message: 'Not found' });
    expect((await get(w.feeds, path)).status).toBe(200);
  });

  it('needs a doctor of the catalog; a removed doctor or clinic ends the feed', async () => {
    const w = world();
    const a = w.clinic();
    expect(await codeOf(a.create('doc_nobody'))).toBe('SCHEDULING.UNKNOWN_DOCTOR');
    expect(await codeOf(a.create('Bad Id!'))).toBe('SCHEDULING.UNKNOWN_DOCTOR');
    expect(await a.keys('ics-feed*')).toEqual([]);

    const path = await a.create('doc_b');
    const catalog = cairoClinic(a.id);
    w.catalog.set(a.id, { ...catalog, doctors: catalog.doctors.filter((d) => d.id !== 'doc_b') });
    expect((await get(w.feeds, path)).status).toBe(404);
    w.catalog.set(a.id, catalog);
    expect((await get(w.feeds, path)).status).toBe(200);
    // A clinic the catalog no longer knows.
    const gone = new InMemoryClinicCatalog();
    const orphan = new CalendarFeeds({
      feeds: new RedisCalendarFeedStore(kit.redis, kit.guard),
      appointments: new RedisAppointmentStore(kit.redis, kit.guard),
      catalog: gone,
      audit: kit.auditLog,
      clock: w.clock,
      guard: kit.guard,
    });
    expect((await get(orphan, path)).status).toBe(404);
  });

  it('keeps one working URL when owners rotate at the same time', async () => {
    const w = world();
    const a = w.clinic();
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => a.create().then((path) => ({ path }), (e: unknown) => ({ error: e }))));
    const made = outcomes.flatMap((o) => ('path' in o ? [o.path] : []));
    for (const o of outcomes) if ('error' in o) expect(o.error).toMatchObject({ code: 'SCHEDULING.CONCURRENT_CHANGE' });
    expect(made.length).toBeGreaterThan(0);
    const working = [];
    for (const path of made) if ((await get(w.feeds, path)).status === 200) working.push(path);
    expect(working).toHaveLength(1);
    expect(await a.keys('ics-feed:*')).toHaveLength(1);
    const audited = await kit.auditLog.query(a.id, { action: 'scheduling.ics_feed.create', limit: 50 });
    expect(audited).toHaveLength(made.length);
  });

  it('needs the tenant scope of the clinic for staff calls', async () => {
    const w = world();
    const a = w.clinic();
    const b = w.clinic();
    // Inside clinic B's scope, clinic A's feed cannot be touched (strict guard).
    const inB = kit.guard.run({ clinicId: b.id, actor: b.owner, requestId: 'req-cross' }, () => w.feeds.create(a.id as ClinicId, 'doc_a', b.owner, 'req-cross'));
    await expect(inB).rejects.toThrow(/tried to access data of clinic/);
    expect(await a.keys('ics-feed*')).toEqual([]);
  });
});
