import { afterAll, describe, expect, it } from 'vitest';
import { RateLimited, type ClinicId } from '@frontdesk/shared-kernel';
import { scanKeys, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { PATIENT_VERIFICATION_LIMITS } from '../domain/patient-identity';
import { createIdentityKit } from '../testing/identity-kit';

const kit = createIdentityKit();
afterAll(() => kit.redis.disconnect());
const SEC = 1000;
const MIN = 60 * SEC;

const MONA = { typed: '010 1234 5678', e164: '+201012345678' };
const OMAR = { typed: '0111 234 5699', e164: '+201112345699' };

async function chat(clinicId: ClinicId = uniqueClinicId('pverify')) {
  const { session, cookieValue } = await kit.patientSessions.open(clinicId);
  return { clinicId, sessionId: session.sessionId, cookieValue };
}

const start = (c: { clinicId: ClinicId; sessionId: string }, phone: string) =>
  kit.patientVerification.start({ clinicId: c.clinicId, sessionId: c.sessionId, phone, requestId: 'test' });

const reply = (clinicId: ClinicId, sender: string, text: string) => kit.patientVerification.matchInbound({ clinicId, sender, text });

const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function rateLimitOf(promise: Promise<unknown>): Promise<RateLimited> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RateLimited);
  expect(error).toMatchObject({ code: 'IDENTITY.VERIFICATION_RATE_LIMITED', kind: 'rate_limited' });
  return error as RateLimited;
}

describe('click-to-WhatsApp verification', () => {
  it('verifies the session when the typed number sends the code', async () => {
    const c = await chat();
    expect(await kit.patientVerification.status(c.clinicId, c.sessionId)).toEqual({ state: 'none' });
    const started = await start(c, MONA.typed);
    expect(started.phone).toBe(MONA.e164);
    expect(started.code).toMatch(/^\d{6}$/);
    expect(started.expiresAt).toBe(new Date(kit.clock.now().getTime() + 5 * MIN).toISOString());
    expect(await kit.patientVerification.status(c.clinicId, c.sessionId)).toEqual({ state: 'pending', phone: '*********678', expiresAt: started.expiresAt });

    const seen: unknown[] = [];
    const stop = kit.events.subscribe('PatientSessionVerified', (event) => void seen.push(event.payload));
    expect(await reply(c.clinicId, MONA.e164, `My code is ${started.code}`)).toEqual({ matched: true, verified: true, sessionId: c.sessionId, phone: MONA.e164 });
    stop();
    expect(seen).toEqual([{ clinicId: c.clinicId, sessionId: c.sessionId, method: 'whatsapp' }]);
    expect((await kit.patientSessions.resolve(c.cookieValue))?.phone).toBe(MONA.e164);
    expect(await kit.patientVerification.status(c.clinicId, c.sessionId)).toEqual({ state: 'verified', phone: '*********678' });
  });

  it('reads the number as typed (010, +20, 0020, Arabic-Indic) and codes in Arabic-Indic digits, from a wa_id sender', async () => {
    for (const typed of ['+20 10 1234 5678', '0020 10 1234 5678', '٠١٠١٢٣٤٥٦٧٨']) {
      const c = await chat();
      const { code, phone } = await start(c, typed);
      expect(phone).toBe(MONA.e164);
      const arabic = code.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
      expect(await reply(c.clinicId, '201012345678', `رمز التحقق ${arabic}`)).toMatchObject({ matched: true, verified: true });
    }
    await expect(start(await chat(), 'call me')).rejects.toMatchObject({ code: 'IDENTITY.INVALID_PHONE' });
  });

  it('lets a message without a code, or from a number with nothing pending, through as an ordinary message', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    expect(await reply(c.clinicId, MONA.e164, 'Hello, I would like an appointment')).toEqual({ matched: false });
    expect(await reply(c.clinicId, OMAR.e164, code)).toEqual({ matched: false });
    expect(await reply(c.clinicId, MONA.e164, `${code} ${'x'.repeat(200)}`)).toEqual({ matched: false });
    // None of these counted as a try or used the code up.
    expect(await reply(c.clinicId, MONA.e164, code)).toMatchObject({ matched: true, verified: true });
  });

  it('verifies nothing when the code comes from another number than the one typed', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    // Omar has his own pending code in the same clinic: Mona's code from Omar's phone is a wrong code for Omar's.
    const o = await chat(c.clinicId);
    await start(o, OMAR.typed);
    expect(await reply(c.clinicId, OMAR.e164, code)).toEqual({ matched: true, verified: false, reason: 'wrong_code' });
    expect((await kit.patientSessions.get(c.clinicId, c.sessionId))?.phone).toBeNull();
    expect((await kit.patientSessions.get(o.clinicId, o.sessionId))?.phone).toBeNull();
    // Mona's own code from Mona's phone still works; the same code in another clinic does nothing.
    expect(await reply(uniqueClinicId('elsewhere'), MONA.e164, code)).toEqual({ matched: false });
    expect(await reply(c.clinicId, MONA.e164, code)).toMatchObject({ matched: true, verified: true, sessionId: c.sessionId });
  });

  it('keeps a code for 5 minutes: valid at 4:59', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    kit.clock.advance(4 * MIN + 59 * SEC);
    expect(await reply(c.clinicId, MONA.e164, code)).toMatchObject({ matched: true, verified: true });
  });

  it('keeps a code for 5 minutes: expired at 5:01, and gone after that', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    kit.clock.advance(5 * MIN + 1 * SEC);
    expect(await kit.patientVerification.status(c.clinicId, c.sessionId)).toEqual({ state: 'none' });
    expect(await reply(c.clinicId, MONA.e164, code)).toEqual({ matched: true, verified: false, reason: 'expired' });
    expect(await reply(c.clinicId, MONA.e164, code)).toEqual({ matched: false });
    expect((await kit.patientSessions.get(c.clinicId, c.sessionId))?.phone).toBeNull();
  });

  it('uses a code once: a second delivery does nothing', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    expect(await reply(c.clinicId, MONA.e164, code)).toMatchObject({ matched: true, verified: true });
    expect(await reply(c.clinicId, MONA.e164, code)).toEqual({ matched: false });
  });

  it('verifies once when the same message is delivered many times at once', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    const seen: unknown[] = [];
    const stop = kit.events.subscribe('PatientSessionVerified', (event) => void seen.push(event.payload));
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => reply(c.clinicId, MONA.e164, code)));
    stop();
    expect(outcomes.filter((o) => o.matched && o.verified)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.matched)).toHaveLength(19);
    expect(seen).toHaveLength(1);
  });

  it('accepts the right code after 4 wrong ones', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    for (let i = 0; i < 4; i++) expect(await reply(c.clinicId, MONA.e164, wrongCodeFor(code))).toEqual({ matched: true, verified: false, reason: 'wrong_code' });
    expect(await reply(c.clinicId, MONA.e164, code)).toMatchObject({ matched: true, verified: true });
  });

  it('throws the code away at the 5th wrong one: the right code then does nothing', async () => {
    expect(PATIENT_VERIFICATION_LIMITS.maxWrongTries).toBe(5);
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    for (let i = 0; i < 4; i++) expect(await reply(c.clinicId, MONA.e164, wrongCodeFor(code))).toMatchObject({ reason: 'wrong_code' });
    expect(await reply(c.clinicId, MONA.e164, wrongCodeFor(code))).toEqual({ matched: true, verified: false, reason: 'too_many_tries' });
    expect(await reply(c.clinicId, MONA.e164, code)).toEqual({ matched: false });
    expect((await kit.patientSessions.get(c.clinicId, c.sessionId))?.phone).toBeNull();
    expect(await kit.patientVerification.status(c.clinicId, c.sessionId)).toEqual({ state: 'none' });
  });

  it('keeps one pending code per number: a new start replaces the old one, also from another session', async () => {
    const c = await chat();
    const first = await start(c, MONA.typed);
    const second = await start(c, MONA.typed);
    if (first.code !== second.code) expect(await reply(c.clinicId, MONA.e164, first.code)).toMatchObject({ reason: 'wrong_code' });
    const other = await chat(c.clinicId);
    const third = await start(other, MONA.typed);
    expect(await kit.patientVerification.status(c.clinicId, c.sessionId)).toEqual({ state: 'none' });
    if (second.code !== third.code) expect(await reply(c.clinicId, MONA.e164, second.code)).toMatchObject({ reason: 'wrong_code' });
    expect(await reply(c.clinicId, MONA.e164, third.code)).toMatchObject({ matched: true, verified: true, sessionId: other.sessionId });
    expect((await kit.patientSessions.get(c.clinicId, c.sessionId))?.phone).toBeNull();
  });

  it('drops the code of the previous number when a session switches numbers, and when the session ends', async () => {
    const c = await chat();
    const mona = await start(c, MONA.typed);
    await start(c, OMAR.typed);
    expect(await reply(c.clinicId, MONA.e164, mona.code)).toEqual({ matched: false });
    expect((await kit.patientVerification.status(c.clinicId, c.sessionId)).phone).toBe('*********699');
    const again = await start(c, MONA.typed);
    await kit.patientSessions.end(c.cookieValue);
    expect(await reply(c.clinicId, MONA.e164, again.code)).toEqual({ matched: false });
    await expect(start(c, MONA.typed)).rejects.toMatchObject({ code: 'IDENTITY.PATIENT_SESSION_NOT_FOUND' });
  });

  it('allows 3 codes per number per 15 minutes', async () => {
    const clinicId = uniqueClinicId('prate');
    const t0 = kit.clock.now().getTime();
    for (let i = 0; i < 3; i++) {
      await start(await chat(clinicId), MONA.typed);
      kit.clock.advance(MIN);
    }
    // A fresh session, so only the number's limit can refuse.
    const c = await chat(clinicId);
    const limited = await rateLimitOf(start(c, MONA.typed));
    expect(limited.retryAfterSeconds).toBe(12 * 60);
    expect(limited.details).toEqual({ retryAfterSeconds: 12 * 60 });
    // Other numbers are not affected.
    await start(await chat(clinicId), OMAR.typed);
    kit.clock.set(new Date(t0 + 15 * MIN - SEC));
    expect((await rateLimitOf(start(c, MONA.typed))).retryAfterSeconds).toBe(1);
    kit.clock.set(new Date(t0 + 15 * MIN + SEC));
    await start(c, MONA.typed);
    await rateLimitOf(start(await chat(clinicId), MONA.typed));
  });

  it('allows 5 codes per session per hour, and a refused start counts nowhere', async () => {
    const clinicId = uniqueClinicId('prate');
    const c = await chat(clinicId);
    const t0 = kit.clock.now().getTime();
    const numbers = ['01000000001', '01000000002', '01000000003', '01000000004', '01000000005', '01000000006', '01000000007'];
    for (let i = 0; i < 5; i++) await start(c, numbers[i]!);
    const limited = await rateLimitOf(start(c, numbers[5]!));
    expect(limited.retryAfterSeconds).toBe(60 * 60);
    kit.clock.set(new Date(t0 + 60 * MIN - SEC));
    await rateLimitOf(start(c, numbers[5]!));
    // The refused starts did not count against number 6: another session may still ask 3 times.
    const other = await chat(clinicId);
    for (let i = 0; i < 3; i++) await start(other, numbers[5]!);
    kit.clock.set(new Date(t0 + 60 * MIN + SEC));
    await start(c, numbers[6]!);
  });

  it('never stores the code in plain text', async () => {
    const c = await chat();
    const { code } = await start(c, MONA.typed);
    await reply(c.clinicId, MONA.e164, wrongCodeFor(code));
    const keys = await scanKeys(kit.redis, `t:{${c.clinicId}}:*`);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    const standalone = new RegExp(`(?<!\\d)${code}(?!\\d)`);
    const phoneInKey = /\+?20?1012345678/;
    for (const key of keys) {
      expect(key).not.toMatch(standalone);
      expect(key).not.toMatch(phoneInKey);
      const type = await kit.redis.type(key);
      const value =
        type === 'hash' ? await kit.redis.hgetall(key)
        : type === 'zset' ? await kit.redis.zrange(key, '0', '-1', 'WITHSCORES')
        : type === 'stream' ? await kit.redis.xrange(key, '-', '+')
        : await kit.redis.get(key);
      expect(JSON.stringify(value), key).not.toMatch(standalone);
    }
    const pending = keys.find((k) => k.includes(':patient-verification:'))!;
    expect(await kit.redis.hget(pending, 'codeHash')).toMatch(/^[0-9a-f]{64}$/);
    expect(await kit.redis.hget(pending, 'wrongTries')).toBe('1');
  });
});
