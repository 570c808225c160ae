import { afterAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createCallerFactory, router, silentLogger, type Actor, type ClinicId, type Permission } from '@frontdesk/shared-kernel';
import { createTenancyKit, memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisInboundGuard } from '../adapters/redis/redis-inbound-guard';
import { AdmitInbound, type AdmitInboundInput } from '../application/admit-inbound';
import { createConversationRouters, type ConversationRouterDeps } from './conversation.routers';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const admission = new AdmitInbound({ guard: new RedisInboundGuard(kit.redis, kit.guard), clock: kit.clock });
// The drop counts need only the admission use case; no other dependency is reached by this procedure.
const unused = {} as never;
const deps: ConversationRouterDeps = { chat: unused, inbox: unused, sessions: unused, numbers: unused, feed: unused, channels: unused, broadcasts: unused, admission };
const appRouter = router({ staff: router({ conversation: createConversationRouters(deps).staff }) });
const as = (actor: Actor) =>
  createCallerFactory(appRouter)({ requestId: 'req-drops', actor, http: memoryHttpExchange(), guard: kit.guard, logger: silentLogger(), production: false }).staff
    .conversation;

let n = 0;
/** `count` inbound messages at once, as the webhook or the web chat would admit them, inside the clinic's scope. */
function admitMany(clinicId: ClinicId, count: number, message: (i: number) => Partial<AdmitInboundInput>) {
  return kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req-drops' }, () =>
    Promise.all(Array.from({ length: count }, (_, i) => admission.execute({ clinicId, providerMessageId: `wamid.drops.${++n}`, ...message(i) }))),
  );
}

/** Moves the shared FakeClock to the start of the next hour, so every window below starts empty and none ends mid-test. */
function nextHour() {
  const now = kit.clock.now().getTime();
  kit.clock.advance(3_600_000 - (now % 3_600_000));
}

describe('staff.conversation.rateLimitDrops', () => {
  it('needs conversation.view (owners and receptionists, not doctors)', async () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: Permission } } }>;
    expect(procedures['staff.conversation.rateLimitDrops']?._def.meta?.permission).toBe('conversation.view');
    const refused = await as(staffActor(uniqueClinicId('drops'), 'doctor'))
      .rateLimitDrops()
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe('FORBIDDEN');
  });

  it("reports every limit with its own clinic's drops, zero for a limit that dropped nothing (real Redis)", async () => {
    nextHour();
    const a = uniqueClinicId('drops-a');
    const b = uniqueClinicId('drops-b');
    const quiet = uniqueClinicId('drops-quiet');
    // Clinic A: 12 messages from one chat (2 over its 10), 62 from one phone over many chats (2 over its 60),
    // then other phones until the clinic's 200 a minute are used, and 3 more.
    await admitMany(a, 12, () => ({ sessionKey: 'chatty' }));
    await admitMany(a, 62, (i) => ({ phone: '+201001230000', sessionKey: `chat-${i}` }));
    await admitMany(a, 130 + 3, (i) => ({ phone: `+20100999${String(i).padStart(4, '0')}` }));
    // Clinic B: the same chat key, 11 messages (1 over).
    await admitMany(b, 11, () => ({ sessionKey: 'chatty' }));

    expect(await as(staffActor(a, 'receptionist')).rateLimitDrops()).toEqual([
      { limit: 'session', max: 10, windowSeconds: 60, dropped: 2 },
      { limit: 'phone', max: 60, windowSeconds: 3600, dropped: 2 },
      { limit: 'clinic', max: 200, windowSeconds: 60, dropped: 3 },
    ]);
    expect(await as(staffActor(a, 'owner')).rateLimitDrops()).toEqual(await as(staffActor(a, 'receptionist')).rateLimitDrops());
    expect((await as(staffActor(b, 'owner')).rateLimitDrops()).map((d) => [d.limit, d.dropped])).toEqual([
      ['session', 1],
      ['phone', 0],
      ['clinic', 0],
    ]);
    expect((await as(staffActor(quiet, 'receptionist')).rateLimitDrops()).map((d) => d.dropped)).toEqual([0, 0, 0]);
  });
});
