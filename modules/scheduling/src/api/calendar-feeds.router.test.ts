import { afterAll, describe, expect, it } from 'vitest';
import { createCallerFactory, router, silentLogger, type Actor, type Permission } from '@frontdesk/shared-kernel';
import { createTenancyKit, memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisAppointmentStore } from '../adapters/redis/redis-appointment-store';
import { RedisCalendarFeedStore } from '../adapters/redis/redis-calendar-feed-store';
import { CalendarFeeds } from '../application/calendar-feeds';
import { cairoClinic, InMemoryClinicCatalog } from '../testing/scheduling-fakes';
import { serveCalendarFeed } from './calendar-feed.http';
import { createCalendarFeedsRouter } from './calendar-feeds.router';
import { domainCode, failure } from '../testing/outcomes';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const catalog = new InMemoryClinicCatalog();
const feeds = new CalendarFeeds({
  feeds: new RedisCalendarFeedStore(kit.redis, kit.guard),
  appointments: new RedisAppointmentStore(kit.redis, kit.guard),
  catalog,
  audit: kit.auditLog,
  clock: kit.clock,
  guard: kit.guard,
});
const calendarFeeds = createCalendarFeedsRouter(feeds);
const appRouter = router({ staff: router({ scheduling: router({ calendarFeeds }) }) });
const createCaller = createCallerFactory(appRouter);
let requests = 0;
const as = (actor: Actor) =>
  createCaller({ requestId: `req-feed-${++requests}`, actor, http: memoryHttpExchange(), guard: kit.guard, logger: silentLogger(), production: false })
    .staff.scheduling.calendarFeeds;


function clinic() {
  const id = uniqueClinicId('feedr');
  catalog.set(id, cairoClinic(id));
  return id;
}

describe('the staff calendar-feed procedures', () => {
  it('all need catalog.edit', () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: Permission } } }>;
    const permissions = Object.fromEntries(Object.entries(procedures).map(([path, p]) => [path.replace('staff.scheduling.calendarFeeds.', ''), p._def.meta?.permission]));
    expect(permissions).toEqual({ status: 'catalog.edit', create: 'catalog.edit', revoke: 'catalog.edit' });
  });

  it('let an owner make, read and revoke a feed; the path is shown only by create', async () => {
    const id = clinic();
    const owner = as(staffActor(id, 'owner'));
    expect(await owner.status({ doctorId: 'doc_a' })).toEqual({ active: false });
    const { path } = await owner.create({ doctorId: 'doc_a' });
    expect(path).toMatch(new RegExp(`^/ics/${id}/[A-Za-z0-9_-]{43}\\.ics$`));
    const status = await owner.status({ doctorId: 'doc_a' });
    expect(status).toEqual({ active: true, createdAt: kit.clock.now().toISOString() });
    const [, , clinicId, file] = path.split('/');
    expect((await serveCalendarFeed(feeds, { clinicId: clinicId!, file: file! })).status).toBe(200);
    expect(await owner.revoke({ doctorId: 'doc_a' })).toEqual({ revoked: true });
    expect((await serveCalendarFeed(feeds, { clinicId: clinicId!, file: file! })).status).toBe(404);
    const audited = await kit.auditLog.query(id, { action: 'scheduling.ics_feed.', limit: 10 });
    expect(audited.map((r) => [r.action, r.actor])).toEqual([
      ['scheduling.ics_feed.revoke', 'staff:usr_owner'],
      ['scheduling.ics_feed.create', 'staff:usr_owner'],
    ]);
  });

  it('refuse doctors, receptionists, patients, the AI and anonymous callers', async () => {
    const id = clinic();
    for (const role of ['doctor', 'receptionist'] as const) {
      const caller = as(staffActor(id, role));
      for (const call of [caller.status({ doctorId: 'doc_a' }), caller.create({ doctorId: 'doc_a' }), caller.revoke({ doctorId: 'doc_a' })]) {
        const error = await failure(call);
        expect([error.code, domainCode(error)]).toEqual(['FORBIDDEN', 'IDENTITY.ROLE_FORBIDDEN']);
      }
    }
    expect((await failure(as({ kind: 'anonymous' }).create({ doctorId: 'doc_a' }))).code).toBe('UNAUTHORIZED');
    expect((await failure(as({ kind: 'agent', clinicId: id }).create({ doctorId: 'doc_a' }))).code).toBe('FORBIDDEN');
    expect((await failure(as({ kind: 'patient', id: '+201012345678', clinicId: id }).status({ doctorId: 'doc_a' }))).code).toBe('FORBIDDEN');
    expect(await kit.redis.keys(`t:{${id}}:ics-feed*`)).toEqual([]);
  });

  it("validate input and act in the caller's own clinic only", async () => {
    const a = clinic();
    const b = clinic();
    const ownerA = as(staffActor(a, 'owner'));
    const ownerB = as(staffActor(b, 'owner'));
    expect((await failure(ownerA.create({ doctorId: 'Doc A!' }))).code).toBe('BAD_REQUEST');
    expect((await failure(ownerA.create({} as never))).code).toBe('BAD_REQUEST');
    const unknown = await failure(ownerA.create({ doctorId: 'doc_nobody' }));
    expect([unknown.code, domainCode(unknown)]).toEqual(['BAD_REQUEST', 'SCHEDULING.UNKNOWN_DOCTOR']);

    await ownerB.create({ doctorId: 'doc_a' });
    // A clinicId in the input is ignored: owner A works on clinic A.
    expect(await ownerA.status({ doctorId: 'doc_a', clinicId: b } as never)).toEqual({ active: false });
    expect(await ownerA.revoke({ doctorId: 'doc_a', clinicId: b } as never)).toEqual({ revoked: false });
    expect(await ownerB.status({ doctorId: 'doc_a' })).toMatchObject({ active: true });
  });
});
