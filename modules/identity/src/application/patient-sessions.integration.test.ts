import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { TenantScopeViolation } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { cookieValueOf, patientActorOf } from '../domain/patient-identity';
import { createIdentityKit } from '../testing/identity-kit';

const kit = createIdentityKit();
afterAll(() => kit.redis.disconnect());
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function opened() {
  const clinicId = uniqueClinicId('psess');
  const result = await kit.patientSessions.open(clinicId);
  return { clinicId, ...result, key: `t:{${clinicId}}:patient-session:${result.session.sessionId}` };
}

describe('patient sessions', () => {
  it('give a 32-byte token; Redis keeps only its sha256, in the clinic hash tag', async () => {
    const { clinicId, token, cookieValue, maxAgeSeconds, session, key } = await opened();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(cookieValue).toBe(`${clinicId}.${token}`);
    expect(maxAgeSeconds).toBe(90 * 24 * 3600);
    expect(session).toEqual({ sessionId: sha256(token), clinicId, phone: null, verifiedAt: null, createdAt: kit.clock.now(), lastSeenAt: kit.clock.now() });
    expect(await kit.redis.exists(key)).toBe(1);
    expect(await kit.redis.exists(`t:{${clinicId}}:patient-session:${token}`)).toBe(0);
    const ttl = await kit.redis.ttl(key);
    expect(ttl).toBeGreaterThan(30 * 24 * 3600 - 10);
    expect(ttl).toBeLessThanOrEqual(30 * 24 * 3600);
    expect(JSON.stringify(await kit.redis.hgetall(key))).not.toContain(token);
  });

  it('resolve their cookie, and nothing else', async () => {
    const { clinicId, token, cookieValue, session } = await opened();
    expect(await kit.patientSessions.resolve(cookieValue)).toEqual(session);
    expect(await kit.patientSessions.resolve(undefined)).toBeNull();
    expect(await kit.patientSessions.resolve('')).toBeNull();
    expect(await kit.patientSessions.resolve(token)).toBeNull();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(await kit.patientSessions.resolve(cookieValueOf(clinicId, token.slice(0, -1) + last))).toBeNull();
    // The same token in another clinic is no session.
    expect(await kit.patientSessions.resolve(cookieValueOf(uniqueClinicId('other'), token))).toBeNull();
  });

  it('end after 30 idle days', async () => {
    const { cookieValue, key } = await opened();
    kit.clock.advance(30 * DAY - MIN);
    expect(await kit.patientSessions.resolve(cookieValue)).not.toBeNull();
    kit.clock.advance(30 * DAY - MIN);
    expect(await kit.patientSessions.resolve(cookieValue)).not.toBeNull();
    kit.clock.advance(30 * DAY + MIN);
    expect(await kit.patientSessions.resolve(cookieValue)).toBeNull();
    expect(await kit.redis.exists(key)).toBe(0);
  });

  it('end 90 days after they were opened, however active', async () => {
    const { cookieValue, key } = await opened();
    for (let day = 10; day < 90; day += 10) {
      kit.clock.advance(10 * DAY);
      expect(await kit.patientSessions.resolve(cookieValue), `day ${day}`).not.toBeNull();
    }
    kit.clock.advance(10 * DAY - 2 * MIN);
    expect(await kit.patientSessions.resolve(cookieValue)).not.toBeNull();
    // The Redis TTL never reaches past the absolute end.
    expect(await kit.redis.ttl(key)).toBeLessThanOrEqual(2 * 60);
    kit.clock.advance(3 * MIN);
    expect(await kit.patientSessions.resolve(cookieValue)).toBeNull();
  });

  it('write lastSeenAt at most once a minute, and refresh the idle TTL when they do', async () => {
    const { cookieValue, key, session } = await opened();
    await kit.redis.expire(key, 1000);
    kit.clock.advance(59_000);
    expect((await kit.patientSessions.resolve(cookieValue))?.lastSeenAt).toEqual(session.createdAt);
    expect(await kit.redis.hget(key, 'lastSeenAt')).toBe(session.createdAt.toISOString());
    expect(await kit.redis.ttl(key)).toBeLessThanOrEqual(1000);
    kit.clock.advance(1_000);
    const now = kit.clock.now();
    expect((await kit.patientSessions.resolve(cookieValue))?.lastSeenAt).toEqual(now);
    expect(await kit.redis.hget(key, 'lastSeenAt')).toBe(now.toISOString());
    expect(await kit.redis.ttl(key)).toBeGreaterThan(30 * 24 * 3600 - 10);
  });

  it('are verified with a phone (stored as E.164) and then act as that patient', async () => {
    const { clinicId, cookieValue, session } = await opened();
    const seen: unknown[] = [];
    const stop = kit.events.subscribe('PatientSessionVerified', (event) => void seen.push(event.payload));
    const verified = await kit.patientSessions.markVerified(clinicId, session.sessionId, '+20 10 1234 5678');
    stop();
    expect(verified).toMatchObject({ sessionId: session.sessionId, phone: '+201012345678', verifiedAt: kit.clock.now() });
    const resolved = await kit.patientSessions.resolve(cookieValue);
    expect(resolved?.phone).toBe('+201012345678');
    expect(patientActorOf(resolved!)).toEqual({ kind: 'patient', id: '+201012345678', clinicId });
    expect(seen).toEqual([{ clinicId, sessionId: session.sessionId, method: 'direct' }]);
    await expect(kit.patientSessions.markVerified(clinicId, session.sessionId, 'not a phone')).rejects.toMatchObject({ code: 'IDENTITY.INVALID_PHONE' });
  });

  it('are ended by their cookie, and an ended session is not brought back', async () => {
    const { clinicId, cookieValue, session, key } = await opened();
    expect(await kit.patientSessions.end(cookieValue)).toBe(true);
    expect(await kit.patientSessions.end(cookieValue)).toBe(false);
    expect(await kit.patientSessions.resolve(cookieValue)).toBeNull();
    expect(await kit.patientSessions.markVerified(clinicId, session.sessionId, '+201012345678')).toBeNull();
    expect(await kit.patientSessions.get(clinicId, session.sessionId)).toBeNull();
    expect(await kit.redis.exists(key)).toBe(0);
    expect(await kit.patientSessions.end('garbage')).toBe(false);
  });

  it('stay inside their clinic: in another clinic the cookie is no session, and ids cannot cross', async () => {
    const { clinicId, cookieValue, session } = await opened();
    const other = uniqueClinicId('other');
    expect(await kit.inClinic(other, () => kit.patientSessions.resolve(cookieValue))).toBeNull();
    expect(await kit.inClinic(other, () => kit.patientSessions.end(cookieValue))).toBe(false);
    expect(await kit.patientSessions.resolve(cookieValue)).not.toBeNull();
    await expect(kit.inClinic(other, () => kit.patientSessions.get(clinicId, session.sessionId))).rejects.toBeInstanceOf(TenantScopeViolation);
    await expect(kit.inClinic(other, () => kit.patientSessions.markVerified(clinicId, session.sessionId, '+201012345678'))).rejects.toBeInstanceOf(
      TenantScopeViolation,
    );
    await expect(
      kit.inClinic(other, () => kit.patientVerification.start({ clinicId, sessionId: session.sessionId, phone: '01012345678', requestId: 'r' })),
    ).rejects.toBeInstanceOf(TenantScopeViolation);
    // Inside its own clinic's scope it works, without opening another.
    expect(await kit.inClinic(clinicId, () => kit.patientSessions.get(clinicId, session.sessionId))).toEqual(session);
    expect(await kit.patientSessions.get(clinicId, 'not-a-session-id')).toBeNull();
  });
});
