import { afterAll, describe, expect, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { createIdentityKit } from '../testing/identity-kit';

const kit = createIdentityKit();
afterAll(() => kit.redis.disconnect());
const MIN = 60_000;

async function signedIn(role: 'doctor' | 'receptionist' = 'receptionist', clinicId = uniqueClinicId()) {
  const member = await kit.member(role, clinicId);
  const outcome = await kit.login.withPassword({ email: member.email, password: member.password }, kit.client());
  return { member, cookie: outcome.session!.cookieValue, record: outcome.session!.record };
}

async function operatorSignedIn() {
  const email = `op-${uniqueClinicId()}@frontdesk.test`;
  const password = 'operator passphrase for tests';
  await kit.provisioning.createOperator({ email, name: 'Op', password });
  const first = await kit.login.withPassword({ email, password }, kit.client());
  const challenge = (first.result as { challenge: string }).challenge;
  const { secret } = await kit.login.startEnrolment({ challenge }, kit.client());
  const done = await kit.login.confirmEnrolment({ challenge, code: kit.totpNow(secret) }, kit.client());
  return done.session!.cookieValue;
}

describe('staff sessions', () => {
  it('end after 30 idle minutes by default', async () => {
    const { cookie } = await signedIn();
    kit.clock.advance(29 * MIN);
    expect(await kit.sessions.resolve(cookie, 'r')).toBeDefined();
    kit.clock.advance(29 * MIN);
    expect(await kit.sessions.resolve(cookie, 'r')).toBeDefined();
    kit.clock.advance(31 * MIN);
    expect(await kit.sessions.resolve(cookie, 'r')).toBeUndefined();
  });

  it('end after 10 hours however active they are', async () => {
    const { cookie } = await signedIn();
    for (let minutes = 0; minutes < 10 * 60 - 20; minutes += 20) {
      kit.clock.advance(20 * MIN);
      expect(await kit.sessions.resolve(cookie, 'r')).toBeDefined();
    }
    kit.clock.advance(21 * MIN);
    expect(await kit.sessions.resolve(cookie, 'r')).toBeUndefined();
  });

  it('follow the idle time the clinic sets', async () => {
    const clinicId = uniqueClinicId();
    await kit.inClinic(clinicId, () => kit.deps.accounts.setSecurityPolicy(clinicId, { idleMinutes: 10, requireMfaForAllStaff: false }));
    const { cookie } = await signedIn('doctor', clinicId);
    kit.clock.advance(11 * MIN);
    expect(await kit.sessions.resolve(cookie, 'r')).toBeUndefined();
  });

  it('cannot be used with a token that differs by one character', async () => {
    const { cookie } = await signedIn();
    const last = cookie.at(-1) === 'A' ? 'B' : 'A';
    expect(await kit.sessions.resolve(cookie.slice(0, -1) + last, 'r')).toBeUndefined();
  });

  it('all end with log out everywhere, and the user sees and ends single ones', async () => {
    const { member, cookie, record } = await signedIn();
    const second = await kit.login.withPassword({ email: member.email, password: member.password }, kit.client());
    const owner = { kind: 'staff' as const, clinicId: member.clinicId, userId: member.id };
    const listed = await kit.inClinic(member.clinicId, () => kit.sessions.list(owner, record.id));
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current).map((s) => s.id)).toEqual([record.id]);
    await kit.inClinic(member.clinicId, () => kit.sessions.end(owner, second.session!.record.id, { kind: 'system', id: 't' }, 'r'));
    expect(await kit.sessions.resolve(second.session!.cookieValue, 'r')).toBeUndefined();
    expect(await kit.sessions.resolve(cookie, 'r')).toBeDefined();
    await kit.inClinic(member.clinicId, () => kit.sessions.endAll(owner, { kind: 'system', id: 't' }, 'r', 'test'));
    expect(await kit.sessions.resolve(cookie, 'r')).toBeUndefined();
  });

  it('all end when the account is disabled or its role changes', async () => {
    const clinicId = uniqueClinicId();
    const owner = await kit.member('owner', clinicId);
    const a = await signedIn('doctor', clinicId);
    const b = await signedIn('receptionist', clinicId);
    const ownerActor = { kind: 'staff' as const, id: owner.id, clinicId, role: 'owner' as const };
    await kit.inClinic(clinicId, () => kit.staffAccounts.setDisabled(clinicId, a.member.id, true, ownerActor, 'r'));
    await kit.inClinic(clinicId, () => kit.staffAccounts.changeRole(clinicId, b.member.id, 'doctor', ownerActor, 'r'));
    expect(await kit.sessions.resolve(a.cookie, 'r')).toBeUndefined();
    expect(await kit.sessions.resolve(b.cookie, 'r')).toBeUndefined();
    await expect(kit.login.withPassword({ email: a.member.email, password: a.member.password }, kit.client())).rejects.toMatchObject({ code: 'IDENTITY.BAD_CREDENTIALS' });
    const again = await kit.login.withPassword({ email: b.member.email, password: b.member.password }, kit.client());
    expect(again.result).toMatchObject({ user: { role: 'doctor' } });
  });

  it('all end at a password change, which issues a new session id', async () => {
    const { member, cookie, record } = await signedIn();
    const other = await kit.login.withPassword({ email: member.email, password: member.password }, kit.client());
    const actor = { kind: 'staff' as const, id: member.id, clinicId: member.clinicId, role: 'receptionist' as const };
    const fresh = await kit.inClinic(member.clinicId, () =>
      kit.staffAccounts.changePassword(actor, record, { currentPassword: member.password, newPassword: 'a brand new passphrase 2026' }, kit.client()),
    );
    expect(await kit.sessions.resolve(cookie, 'r')).toBeUndefined();
    expect(await kit.sessions.resolve(other.session!.cookieValue, 'r')).toBeUndefined();
    expect(fresh.record.id).not.toBe(record.id);
    expect(await kit.sessions.resolve(fresh.cookieValue, 'r')).toBeDefined();
  });
});

describe('operator sessions', () => {
  it('end after 30 idle minutes', async () => {
    const cookie = await operatorSignedIn();
    expect((await kit.sessions.resolve(cookie, 'r'))?.actor.kind).toBe('operator');
    kit.clock.advance(31 * MIN);
    expect(await kit.sessions.resolve(cookie, 'r')).toBeUndefined();
  });

  it('end after 12 hours however active they are', async () => {
    const cookie = await operatorSignedIn();
    for (let minutes = 0; minutes < 12 * 60 - 25; minutes += 25) {
      kit.clock.advance(25 * MIN);
      expect(await kit.sessions.resolve(cookie, 'r')).toBeDefined();
    }
    kit.clock.advance(26 * MIN);
    expect(await kit.sessions.resolve(cookie, 'r')).toBeUndefined();
  });
});
