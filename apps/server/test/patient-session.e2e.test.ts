import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { PATIENT_SESSION_COOKIE, PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS, PATIENT_SESSION_MAX_DAYS } from '@frontdesk/identity';
import { TENANCY_TOKENS, type RegisterClinic } from '@frontdesk/tenancy/server';
import { browser, startTestServer, type TestServer } from './support';

const SIGNING_SECRET = 'patient-signing-secret-0123456789-abcdef';
const OLDER_SECRET = 'patient-older-secret-0123456789-abcdefgh';
const demo = 'demo-clinic';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const NO_SESSION = { data: { code: 'UNAUTHORIZED', httpStatus: 401, domainCode: 'CONVERSATION.NO_CHAT_SESSION' }, message: 'Open the chat again to start a new session' };

/** The parts of a signed patient cookie `<clinic>.<token>.<signature>` (URI-encoded, as @fastify/cookie writes it). */
function cookieParts(pair: string) {
  const name = pair.slice(0, pair.indexOf('='));
  const value = decodeURIComponent(pair.slice(name.length + 1));
  const signed = value.slice(0, value.lastIndexOf('.'));
  return { name, signed, signature: value.slice(signed.length + 1), token: signed.slice(signed.indexOf('.') + 1) };
}

/** The same cookie with the character at `index` of its decoded value changed. */
function flipped(pair: string, index: number): string {
  const { name, signed, signature } = cookieParts(pair);
  const value = `${signed}.${signature}`;
  const changed = value.slice(0, index) + (value[index] === 'a' ? 'b' : 'a') + value.slice(index + 1);
  return `${name}=${encodeURIComponent(changed)}`;
}

/** What a web-chat message of this session writes first: the inbound dedupe marker (see whatsapp-webhook.e2e.test.ts). */
const seenKey = (clinic: string, sessionId: string, clientMessageId: string) => `t:{${clinic}}:inbound-seen:${sha256(`web:${sessionId}:${clientMessageId}`)}`;

async function tenantKeys(server: TestServer, clinic: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await server.platform.redis.scan(cursor, 'MATCH', `t:{${clinic}}:*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys.sort();
}

describe('the patient chat cookie over HTTPS-configured cookies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PUBLIC_URL: 'https://clinic.example', SESSION_SECRETS: `${SIGNING_SECRET},${OLDER_SECRET}` } });
  });
  afterAll(() => server.close());

  it('is __Host-fd_patient_session, HttpOnly, Secure, SameSite=Lax, Path=/, no Domain, lives the 90-day absolute limit, signed with HMAC-SHA256', async () => {
    const { client, jar } = browser(server);
    const intro = await client.public.conversation.open.mutate({ clinicId: demo, language: 'en' });
    const [pair, ...attributes] = jar.setCookie!.split('; ') as [string, ...string[]];
    const { name, signed, signature, token } = cookieParts(pair);
    expect(name).toBe(`__Host-fd_${PATIENT_SESSION_COOKIE}`);
    // Exactly these: no Domain (a __Host- cookie may not have one) and no Expires beside Max-Age.
    expect(attributes.sort()).toEqual(['HttpOnly', `Max-Age=${PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS}`, 'Path=/', 'SameSite=Lax', 'Secure']);
    // The browser keeps the cookie for the absolute limit; the 30-day idle end is the server's (the session record's TTL).
    expect(PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS).toBe(PATIENT_SESSION_MAX_DAYS * 24 * 3600);
    expect(PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS).toBe(7_776_000);
    expect(signed).toMatch(/^demo-clinic\.[A-Za-z0-9_-]{43}$/);
    // @fastify/cookie's signature: base64 HMAC-SHA256 of the value with the first secret, padding removed.
    expect(signature).toBe(createHmac('sha256', SIGNING_SECRET).update(signed).digest('base64').replace(/=+$/, ''));
    expect(signature).toHaveLength(43);
    expect(intro.conversationId).toMatch(/^web-/);
    // Redis keeps sha256(token) as the session: the session's Redis TTL is the idle window (30 days) at most.
    const ttl = await server.platform.redis.ttl(`t:{${demo}}:patient-session:${sha256(token)}`);
    expect(ttl).toBeGreaterThan(30 * 24 * 3600 - 60);
    expect(ttl).toBeLessThanOrEqual(30 * 24 * 3600);
    expect(await client.public.conversation.history.query({ clinicId: demo })).toEqual([]);
  });

  it('treats one changed byte in the value or in the signature as no session: the next send is refused and writes nothing', async () => {
    const { client, jar } = browser(server);
    const intro = await client.public.conversation.open.mutate({ clinicId: demo, language: 'en' });
    const genuine = jar.cookie!;
    const { signed, token } = cookieParts(genuine);
    const sessionId = sha256(token);
    const inToken = signed.length - 10;
    const inSignature = signed.length + 1 + 10;
    for (const [where, index] of [['token', inToken], ['signature', inSignature]] as const) {
      jar.cookie = flipped(genuine, index);
      const clientMessageId = `flipped-${where}`;
      await expect(client.public.conversation.send.mutate({ clinicId: demo, text: 'Is this still me?', clientMessageId }), where).rejects.toMatchObject(NO_SESSION);
      await expect(client.public.conversation.history.query({ clinicId: demo }), where).rejects.toMatchObject(NO_SESSION);
      expect(await server.platform.redis.exists(seenKey(demo, sessionId, clientMessageId), `t:{${demo}}:conv:${intro.conversationId}`), where).toBe(0);
    }
    // The untouched cookie is the session: the same send now goes through and leaves the marker and the conversation.
    jar.cookie = genuine;
    expect(await client.public.conversation.send.mutate({ clinicId: demo, text: 'Is this still me?', clientMessageId: 'flipped-token' })).toMatchObject({ outcome: 'replied' });
    expect(await server.platform.redis.exists(seenKey(demo, sessionId, 'flipped-token'), `t:{${demo}}:conv:${intro.conversationId}`)).toBe(2);
  });
});

describe('the web chat without a session', () => {
  let server: TestServer;
  const other = uniqueClinicId('chat-nosession');
  beforeAll(async () => {
    server = await startTestServer();
    await server.platform.container
      .get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic)
      .execute({ clinicId: other, name: 'Other Clinic', timezone: 'Africa/Cairo', defaultLanguage: 'en' }, { kind: 'system', id: 'test' }, 'test');
  });
  afterAll(() => server.close());

  it("refuses a send without a cookie, or with another clinic's cookie, with a clear error, and writes nothing", async () => {
    const before = await tenantKeys(server, other);
    expect(before.length).toBeGreaterThan(0);
    const anonymous = browser(server);
    await expect(anonymous.client.public.conversation.send.mutate({ clinicId: other, text: 'Hello?', clientMessageId: 'no-cookie-1' })).rejects.toMatchObject(NO_SESSION);
    expect(anonymous.jar.setCookie).toBeUndefined();

    // A genuine session of the demo clinic, shown to the other clinic.
    const patient = browser(server);
    const intro = await patient.client.public.conversation.open.mutate({ clinicId: demo, language: 'en' });
    const sessionId = sha256(cookieParts(patient.jar.cookie!).token);
    delete patient.jar.setCookie;
    await expect(patient.client.public.conversation.send.mutate({ clinicId: other, text: 'Hello?', clientMessageId: 'foreign-1' })).rejects.toMatchObject(NO_SESSION);
    expect(patient.jar.setCookie).toBeUndefined();
    expect(await tenantKeys(server, other)).toEqual(before);
    expect(await server.platform.redis.exists(seenKey(demo, sessionId, 'foreign-1'), `t:{${demo}}:conv:${intro.conversationId}`)).toBe(0);

    // In its own clinic the same cookie is a session.
    await patient.client.public.conversation.send.mutate({ clinicId: demo, text: 'Hello?', clientMessageId: 'foreign-1' });
    expect(await server.platform.redis.exists(seenKey(demo, sessionId, 'foreign-1'), `t:{${demo}}:conv:${intro.conversationId}`)).toBe(2);
  });
});
