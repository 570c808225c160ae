import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Forbidden, type ClinicId } from '@frontdesk/shared-kernel';
import { scanKeys, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { createIdentityKit } from '../testing/identity-kit';

const kit = createIdentityKit();
afterAll(() => kit.redis.disconnect());
const SEC = 1000;
const MIN = 60 * SEC;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function linkFor(clinicId: ClinicId, phone = '010 1234 5678', role: 'owner' | 'receptionist' = 'receptionist') {
  return kit.patientMagicLinks.create({ clinicId, phone, actor: staffActor(clinicId, role), requestId: 'req-link' });
}

async function chat(clinicId: ClinicId) {
  const { session, cookieValue } = await kit.patientSessions.open(clinicId);
  return { sessionId: session.sessionId, cookieValue };
}

describe('magic links for returning patients', () => {
  it('verify the chat session with the link phone', async () => {
    const clinicId = uniqueClinicId('plink');
    const link = await linkFor(clinicId);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt).toBe(new Date(kit.clock.now().getTime() + 15 * MIN).toISOString());
    expect(link.path).toBe(`/chat/?clinic=${clinicId}#link=${link.token}`);
    expect(link.url).toBe(`https://clinic.example${link.path}`);
    const c = await chat(clinicId);
    const seen: unknown[] = [];
    const stop = kit.events.subscribe('PatientSessionVerified', (event) => void seen.push(event.payload));
    expect(await kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: c.sessionId })).toEqual({ phone: '+201012345678' });
    stop();
    expect(seen).toEqual([{ clinicId, sessionId: c.sessionId, method: 'magic_link' }]);
    expect((await kit.patientSessions.resolve(c.cookieValue))?.phone).toBe('+201012345678');
    expect(await kit.patientVerification.status(clinicId, c.sessionId)).toEqual({ state: 'verified', phone: '*********678' });
  });

  it('work once: a second redeem, an unknown token and a malformed one get the same error', async () => {
    const clinicId = uniqueClinicId('plink');
    const link = await linkFor(clinicId);
    await kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: (await chat(clinicId)).sessionId });
    const other = await chat(clinicId);
    const errors = await Promise.all(
      [link.token, 'A'.repeat(43), 'short'].map((token) => kit.patientMagicLinks.redeem({ clinicId, token, sessionId: other.sessionId }).catch((e: unknown) => e)),
    );
    for (const error of errors) expect(error).toMatchObject({ code: 'IDENTITY.MAGIC_LINK_INVALID', kind: 'not_found' });
    expect(new Set(errors.map((e) => (e as Error).message)).size).toBe(1);
    expect((await kit.patientSessions.get(clinicId, other.sessionId))?.phone).toBeNull();
  });

  it('audit failed redemptions with the reason and no token, and still give the caller the same error', async () => {
    const clinicId = uniqueClinicId('plink');
    const used = await linkFor(clinicId);
    await kit.patientMagicLinks.redeem({ clinicId, token: used.token, sessionId: (await chat(clinicId)).sessionId, requestId: 'req-first' });
    const stale = await linkFor(clinicId);
    kit.clock.advance(15 * MIN + 1 * SEC);
    const other = await chat(clinicId);
    const unknown = 'B'.repeat(43);
    const attempts: [string, string][] = [
      [used.token, 'req-used'],
      [unknown, 'req-unknown'],
      [stale.token, 'req-expired'],
      ['short', 'req-malformed'],
    ];
    for (const [token, requestId] of attempts) {
      await expect(kit.patientMagicLinks.redeem({ clinicId, token, sessionId: other.sessionId, requestId })).rejects.toMatchObject({
        code: 'IDENTITY.MAGIC_LINK_INVALID',
        kind: 'not_found',
        message: 'This sign-in link is not valid any more. Ask the clinic for a new one.',
      });
    }
    const failures = await kit.auditLog.query(clinicId, { action: 'identity.patient_link.redeem', limit: 10 });
    const session = other.sessionId.slice(0, 12);
    expect(failures.map((r) => [r.outcome, r.actor, r.clinicId, r.target, r.requestId, r.detail])).toEqual([
      ['failure', 'anonymous', clinicId, `patient-link:${sha256('short').slice(0, 12)}`, 'req-malformed', `malformed token; chat session ${session}`],
      ['failure', 'anonymous', clinicId, `patient-link:${sha256(stale.token).slice(0, 12)}`, 'req-expired', `expired; chat session ${session}`],
      ['failure', 'anonymous', clinicId, `patient-link:${sha256(unknown).slice(0, 12)}`, 'req-unknown', `unknown or already used; chat session ${session}`],
      ['failure', 'anonymous', clinicId, `patient-link:${sha256(used.token).slice(0, 12)}`, 'req-used', `unknown or already used; chat session ${session}`],
      ['success', 'anonymous', clinicId, `patient-link:${sha256(used.token).slice(0, 12)}`, 'req-first', expect.stringContaining('verified')],
    ]);
    const trail = JSON.stringify(failures);
    for (const token of [used.token, unknown, stale.token]) expect(trail).not.toContain(token);
    expect((await kit.patientSessions.get(clinicId, other.sessionId))?.phone).toBeNull();
  });

  it('work once when two chats open the same link at the same moment', async () => {
    const clinicId = uniqueClinicId('plink');
    const link = await linkFor(clinicId);
    const chats = await Promise.all(Array.from({ length: 10 }, () => chat(clinicId)));
    const outcomes = await Promise.allSettled(chats.map((c) => kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: c.sessionId })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  });

  it('last 15 minutes: valid at 14:59', async () => {
    const clinicId = uniqueClinicId('plink');
    const link = await linkFor(clinicId);
    kit.clock.advance(14 * MIN + 59 * SEC);
    await expect(kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: (await chat(clinicId)).sessionId })).resolves.toEqual({ phone: '+201012345678' });
  });

  it('last 15 minutes: invalid at 15:01', async () => {
    const clinicId = uniqueClinicId('plink');
    const link = await linkFor(clinicId);
    kit.clock.advance(15 * MIN + 1 * SEC);
    const c = await chat(clinicId);
    await expect(kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: c.sessionId })).rejects.toMatchObject({ code: 'IDENTITY.MAGIC_LINK_INVALID' });
    expect((await kit.patientSessions.get(clinicId, c.sessionId))?.phone).toBeNull();
  });

  it('are not used up by a chat session that has ended, and only work in their clinic', async () => {
    const clinicId = uniqueClinicId('plink');
    const link = await linkFor(clinicId);
    const dead = await chat(clinicId);
    await kit.patientSessions.end(dead.cookieValue);
    await expect(kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: dead.sessionId })).rejects.toMatchObject({ code: 'IDENTITY.PATIENT_SESSION_NOT_FOUND' });
    const elsewhere = uniqueClinicId('plink');
    await expect(kit.patientMagicLinks.redeem({ clinicId: elsewhere, token: link.token, sessionId: (await chat(elsewhere)).sessionId })).rejects.toMatchObject({
      code: 'IDENTITY.MAGIC_LINK_INVALID',
    });
    await expect(kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: (await chat(clinicId)).sessionId })).resolves.toEqual({ phone: '+201012345678' });
  });

  it('are made by owners and receptionists of the clinic only', async () => {
    const clinicId = uniqueClinicId('plink');
    await expect(linkFor(clinicId, '010 1234 5678', 'owner')).resolves.toMatchObject({ token: expect.any(String) });
    await expect(kit.patientMagicLinks.create({ clinicId, phone: '010 1234 5678', actor: staffActor(clinicId, 'doctor'), requestId: 'r' })).rejects.toBeInstanceOf(Forbidden);
    const other = uniqueClinicId('plink');
    await expect(kit.patientMagicLinks.create({ clinicId, phone: '010 1234 5678', actor: staffActor(other, 'receptionist'), requestId: 'r' })).rejects.toBeInstanceOf(Forbidden);
    await expect(kit.patientMagicLinks.create({ clinicId, phone: '010 1234', actor: staffActor(clinicId), requestId: 'r' })).rejects.toMatchObject({
      code: 'IDENTITY.INVALID_PHONE',
    });
  });

  it('are audited without the token and with the phone masked; Redis keeps only the hash', async () => {
    const clinicId = uniqueClinicId('plink');
    const link = await linkFor(clinicId);
    await kit.patientMagicLinks.redeem({ clinicId, token: link.token, sessionId: (await chat(clinicId)).sessionId, requestId: 'req-redeem' });
    const records = await kit.auditLog.query(clinicId, { action: 'identity.patient_link.', limit: 10 });
    const target = `patient-link:${sha256(link.token).slice(0, 12)}`;
    expect(records.map((r) => [r.action, r.actor, r.target, r.requestId])).toEqual([
      ['identity.patient_link.redeem', 'anonymous', target, 'req-redeem'],
      ['identity.patient_link.create', 'staff:usr_receptionist', target, 'req-link'],
    ]);
    expect(records[1]!.detail).toContain('*********678');
    const trail = JSON.stringify(records);
    expect(trail).not.toContain(link.token);
    expect(trail).not.toMatch(/1012345678|1234\s?5678/);

    const unused = await linkFor(clinicId, '+20 111 234 5699');
    const keys = await scanKeys(kit.redis, `t:{${clinicId}}:patient-link:*`);
    expect(keys).toEqual([`t:{${clinicId}}:patient-link:${sha256(unused.token)}`]);
    const stored = await kit.redis.get(keys[0]!);
    expect(stored).not.toContain(unused.token);
    expect(JSON.parse(stored!)).toMatchObject({ phone: '+201112345699', createdBy: 'staff:usr_receptionist' });
    const ttl = await kit.redis.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(15 * 60 - 10);
    expect(ttl).toBeLessThanOrEqual(15 * 60);
  });
});
