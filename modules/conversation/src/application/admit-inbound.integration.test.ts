import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { connectTestRedis, createTenancyKit, scanKeys, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisInboundGuard } from '../adapters/redis/redis-inbound-guard';
import { apologyFor, INBOUND_DEDUPE_TTL_SECONDS, INBOUND_RATE_LIMITS } from '../domain/rate-limits';
import { AdmitInbound, type AdmitInboundInput, type AdmitInboundResult } from './admit-inbound';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const ARABIC = /[\u0600-\u06FF]/;

function setup(redis: RedisClient = kit.redis) {
  const clinic = uniqueClinicId('conv');
  const guard = new RedisInboundGuard(redis, kit.guard);
  const admit = new AdmitInbound({ guard, clock: kit.clock });
  let n = 0;
  const scope = <T>(clinicId: ClinicId, fn: () => Promise<T>) =>
    kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req-test' }, fn);
  const send = (over: Partial<AdmitInboundInput> = {}, clinicId: ClinicId = clinic): Promise<AdmitInboundResult> =>
    scope(clinicId, () => admit.execute({ clinicId, providerMessageId: `wamid.${++n}.${Math.random()}`, ...over }));
  const sendMany = async (count: number, over: Partial<AdmitInboundInput> = {}, clinicId: ClinicId = clinic) => {
    const results: AdmitInboundResult[] = [];
    for (let i = 0; i < count; i++) results.push(await send(over, clinicId));
    return results;
  };
  const drops = (clinicId: ClinicId = clinic) => scope(clinicId, () => guard.dropCounts(clinicId));
  return { clinic, guard, admit, scope, send, sendMany, drops };
}

const outcomes = (results: AdmitInboundResult[]) => results.map((r) => r.outcome);
const accepted = (results: AdmitInboundResult[]) => results.filter((r) => r.outcome === 'accepted').length;

/** Moves the shared FakeClock to the start of the next window of `seconds` (windows are aligned to their size). */
function nextWindow(seconds: number) {
  const ms = seconds * 1000;
  const now = kit.clock.now().getTime();
  kit.clock.advance(ms - (now % ms));
}

describe('inbound guard limits (the policy as written)', () => {
  it('is 10 per session per minute, 60 per phone per hour, 200 per clinic per minute', () => {
    expect(INBOUND_RATE_LIMITS.map((l) => [l.name, l.max, l.windowSeconds])).toEqual([
      ['session', 10, 60],
      ['phone', 60, 3600],
      ['clinic', 200, 60],
    ]);
  });
});

describe('inbound guard (real Redis)', () => {
  it('answers a redelivered message as duplicate and counts nothing for it', async () => {
    nextWindow(60);
    const t = setup();
    const first = await t.send({ providerMessageId: 'wamid.same', sessionKey: 's1', phone: '+966500000001' });
    expect(first).toEqual({ outcome: 'accepted' });
    for (let i = 0; i < 5; i++) {
      expect(await t.send({ providerMessageId: 'wamid.same', sessionKey: 's1', phone: '+966500000001' })).toEqual({ outcome: 'duplicate' });
    }
    // Only the first delivery counted: 9 more fit in the session's 10.
    const more = await t.sendMany(9, { sessionKey: 's1', phone: '+966500000001' });
    expect(accepted(more)).toBe(9);
    expect((await t.send({ sessionKey: 's1', phone: '+966500000001' })).outcome).toBe('limited');
    // A duplicate of a message is still a duplicate after limits trip, and is not a drop.
    expect(await t.send({ providerMessageId: 'wamid.same', sessionKey: 's1' })).toEqual({ outcome: 'duplicate' });
    expect(await t.drops()).toEqual({ session: 1 });
  });

  it('remembers a message id for 7 days, as long as Meta retries a WhatsApp webhook', async () => {
    nextWindow(60);
    const t = setup();
    expect(await t.send({ providerMessageId: 'wamid.week', phone: '+966500000007' })).toEqual({ outcome: 'accepted' });
    const ttl = await kit.redis.ttl(`t:{${t.clinic}}:inbound-seen:${createHash('sha256').update('wamid.week').digest('hex')}`);
    expect(ttl).toBeGreaterThan(7 * 86_400 - 10);
    expect(ttl).toBeLessThanOrEqual(7 * 86_400);
    expect(INBOUND_DEDUPE_TTL_SECONDS).toBe(7 * 86_400);
  });

  it('admits a released message id again, and counts it again', async () => {
    nextWindow(60);
    const t = setup();
    const message = { providerMessageId: 'wamid.failed-once', sessionKey: 'release' };
    expect(await t.send(message)).toEqual({ outcome: 'accepted' });
    await t.scope(t.clinic, () => t.admit.release(t.clinic, 'wamid.failed-once'));
    expect(await kit.redis.exists(`t:{${t.clinic}}:inbound-seen:${createHash('sha256').update('wamid.failed-once').digest('hex')}`)).toBe(0);
    expect(await t.send(message)).toEqual({ outcome: 'accepted' });
    expect(await t.send(message)).toEqual({ outcome: 'duplicate' });
    // Both deliveries used the session's budget: 8 of its 10 are left.
    expect(accepted(await t.sendMany(9, { sessionKey: 'release' }))).toBe(8);
    // Another clinic's id of the same name is not touched.
    const other = setup();
    expect(await other.send({ providerMessageId: 'wamid.failed-once' })).toEqual({ outcome: 'accepted' });
    await t.scope(t.clinic, () => t.admit.release(t.clinic, 'wamid.failed-once'));
    expect(await other.send({ providerMessageId: 'wamid.failed-once' })).toEqual({ outcome: 'duplicate' });
  });

  it('accepts exactly 10 messages per session per minute; the 11th is limited', async () => {
    nextWindow(60);
    const t = setup();
    const results = await t.sendMany(11, { sessionKey: 'sess-a' });
    expect(accepted(results)).toBe(10);
    expect(outcomes(results).slice(0, 10).every((o) => o === 'accepted')).toBe(true);
    expect(results[10]).toMatchObject({ outcome: 'limited', limit: 'session' });
    // Another session of the same clinic is not affected.
    expect(await t.send({ sessionKey: 'sess-b' })).toEqual({ outcome: 'accepted' });
    // Next minute: the session may talk again.
    nextWindow(60);
    expect(accepted(await t.sendMany(11, { sessionKey: 'sess-a' }))).toBe(10);
  });

  it('accepts exactly 60 messages per phone per hour; the 61st is limited', async () => {
    nextWindow(3600);
    const t = setup();
    const phone = '+966500000060';
    // Spread over sessions and minutes so neither the session nor the clinic limit interferes.
    const results: AdmitInboundResult[] = [];
    for (let i = 0; i < 61; i++) {
      if (i > 0 && i % 5 === 0) kit.clock.advance(60_000);
      results.push(await t.send({ phone, sessionKey: `s-${Math.floor(i / 5)}` }));
    }
    expect(accepted(results)).toBe(60);
    expect(results[60]).toMatchObject({ outcome: 'limited', limit: 'phone' });
    expect(await t.send({ phone: '+966500000061' })).toEqual({ outcome: 'accepted' });
    nextWindow(3600);
    expect(await t.send({ phone })).toEqual({ outcome: 'accepted' });
  });

  it('accepts exactly 200 messages per clinic per minute; the 201st is limited', async () => {
    nextWindow(60);
    const t = setup();
    const results: AdmitInboundResult[] = [];
    for (let i = 0; i < 201; i++) results.push(await t.send({ phone: `+9665100${String(i).padStart(5, '0')}` }));
    expect(accepted(results)).toBe(200);
    expect(results[200]).toMatchObject({ outcome: 'limited', limit: 'clinic' });
    expect(await t.drops()).toEqual({ clinic: 1 });
    nextWindow(60);
    expect(await t.send({ phone: '+966510000000' })).toEqual({ outcome: 'accepted' });
  });

  it('sends the apology once per window, and again in the next window', async () => {
    nextWindow(60);
    const t = setup();
    const first = await t.sendMany(13, { sessionKey: 'chatty' });
    expect(first[10]).toEqual({ outcome: 'limited', limit: 'session', apology: apologyFor('ar') });
    expect(first[11]).toEqual({ outcome: 'limited', limit: 'session' });
    expect(first[12]).toEqual({ outcome: 'limited', limit: 'session' });
    kit.clock.advance(30_000); // still the same minute window
    expect(await t.send({ sessionKey: 'chatty' })).toEqual({ outcome: 'limited', limit: 'session' });
    nextWindow(60);
    const second = await t.sendMany(12, { sessionKey: 'chatty' });
    expect(accepted(second)).toBe(10);
    expect(second[10]).toEqual({ outcome: 'limited', limit: 'session', apology: apologyFor('ar') });
    expect(second[11]).toEqual({ outcome: 'limited', limit: 'session' });
  });

  it('apologises in Arabic by default and in English when asked', async () => {
    nextWindow(60);
    const t = setup();
    await t.sendMany(10, { sessionKey: 'ar-patient' });
    await t.sendMany(10, { sessionKey: 'en-patient' });
    const ar = await t.send({ sessionKey: 'ar-patient' });
    const en = await t.send({ sessionKey: 'en-patient', language: 'en' });
    expect(ar.outcome === 'limited' && ar.apology).toMatch(ARABIC);
    expect(en.outcome === 'limited' && en.apology).toMatch(/^Sorry/);
    expect(apologyFor()).toBe(apologyFor('ar'));
    expect(apologyFor('en')).not.toMatch(ARABIC);
  });

  it('does not let a dropped message consume the other limits (check, then count)', async () => {
    nextWindow(3600);
    const t = setup();
    const phone = '+966500000077';
    expect(accepted(await t.sendMany(10, { sessionKey: 'first', phone }))).toBe(10);
    // 20 drops by the session limit: none of them counts against the phone.
    const dropped = await t.sendMany(20, { sessionKey: 'first', phone });
    expect(dropped.every((r) => r.outcome === 'limited')).toBe(true);
    // So the phone has 50 left this hour, not 30.
    const rest: AdmitInboundResult[] = [];
    for (let i = 0; i < 51; i++) {
      if (i > 0 && i % 5 === 0) kit.clock.advance(60_000);
      rest.push(await t.send({ sessionKey: `later-${Math.floor(i / 5)}`, phone }));
    }
    expect(accepted(rest)).toBe(50);
    expect(rest[50]).toMatchObject({ outcome: 'limited', limit: 'phone' });
  });

  it('counts drops per clinic and per limit', async () => {
    nextWindow(3600);
    const t = setup();
    await t.sendMany(10, { sessionKey: 'x' });
    await t.sendMany(3, { sessionKey: 'x' }); // 3 session drops
    const phone = '+966500000099';
    for (let i = 0; i < 60; i++) {
      if (i > 0 && i % 5 === 0) kit.clock.advance(60_000);
      await t.send({ phone, sessionKey: `p-${Math.floor(i / 5)}` });
    }
    await t.sendMany(2, { phone }); // 2 phone drops
    expect(await t.drops()).toEqual({ session: 3, phone: 2 });
    const other = setup();
    expect(await other.drops()).toEqual({});
  });

  it('keeps two clinics independent', async () => {
    nextWindow(60);
    const a = setup();
    const b = setup();
    const same = { sessionKey: 'shared-session', phone: '+966500000042' };
    expect(accepted(await a.sendMany(11, same))).toBe(10);
    // Same session key, phone and even provider message id in another clinic.
    expect(await a.send({ providerMessageId: 'wamid.both', ...same })).toMatchObject({ outcome: 'limited' });
    expect(await b.send({ providerMessageId: 'wamid.both', ...same })).toEqual({ outcome: 'accepted' });
    expect(accepted(await b.sendMany(10, same))).toBe(9);
    expect(await a.drops()).toEqual({ session: 2 });
    expect(await b.drops()).toEqual({ session: 1 });
    // Every key the guard wrote is in its clinic's hash tag.
    const keysA = await scanKeys(kit.redis, `t:{${a.clinic}}:inbound-*`);
    expect(keysA.length).toBeGreaterThan(0);
    expect(keysA.every((k) => k.startsWith(`t:{${a.clinic}}:`))).toBe(true);
    // No raw phone numbers or session keys in key names.
    expect(keysA.some((k) => k.includes('966500000042') || k.includes('shared-session'))).toBe(false);
  });

  it('accepts exactly 10 of 50 parallel messages for one session', async () => {
    nextWindow(60);
    const t = setup();
    const results = await Promise.all(Array.from({ length: 50 }, () => t.send({ sessionKey: 'burst', phone: '+966500000050' })));
    expect(accepted(results)).toBe(10);
    expect(results.filter((r) => r.outcome === 'limited').length).toBe(40);
    expect(results.filter((r) => r.outcome === 'limited' && r.apology).length).toBe(1);
    expect(await t.drops()).toEqual({ session: 40 });
  });

  it('costs one Redis round trip per message', async () => {
    nextWindow(60);
    const redis = connectTestRedis();
    try {
      const sent: string[] = [];
      const original = redis.sendCommand.bind(redis);
      (redis as { sendCommand: typeof redis.sendCommand }).sendCommand = ((command: { name: string }, ...rest: unknown[]) => {
        sent.push(command.name);
        return (original as (...args: unknown[]) => unknown)(command, ...rest);
      }) as typeof redis.sendCommand;
      const t = setup(redis);
      await t.send({ sessionKey: 'warm-up' }); // the first call on a connection carries the script (EVAL)
      for (const over of [
        { sessionKey: 'rt', phone: '+966500000010' },
        { sessionKey: 'rt' },
        {},
      ]) {
        sent.length = 0;
        expect((await t.send(over)).outcome).toBe('accepted');
        expect(sent).toEqual(['evalsha']);
      }
      await t.sendMany(8, { sessionKey: 'rt' });
      for (const expected of ['limited', 'limited']) {
        sent.length = 0;
        expect((await t.send({ sessionKey: 'rt' })).outcome).toBe(expected);
        expect(sent.length).toBe(1);
      }
      sent.length = 0;
      await t.send({ providerMessageId: 'wamid.rt', sessionKey: 'other' });
      await t.send({ providerMessageId: 'wamid.rt', sessionKey: 'other' });
      expect(sent.length).toBe(2);
    } finally {
      redis.disconnect();
    }
  });
});
