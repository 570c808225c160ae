import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger, type ClinicId } from '@frontdesk/shared-kernel';
import { TokenCipher } from '@frontdesk/shared-kernel/crypto';
import { ScryptPasswordHasher } from '../adapters/crypto/scrypt-password-hasher';
import { RedisAccountStore } from '../adapters/redis/redis-account-store';
import { createIdentityKit, FAST_SCRYPT, TEST_CREDENTIAL_SECRET } from '../testing/identity-kit';

const kit = createIdentityKit();
afterAll(() => kit.redis.disconnect());

describe('signing in with a password', () => {
  it('signs a receptionist in and resolves the cookie to a staff actor of their clinic', async () => {
    const member = await kit.member('receptionist');
    const outcome = await kit.login.withPassword({ email: member.email, password: member.password }, kit.client());
    expect(outcome.result).toMatchObject({ status: 'signed_in', user: { id: member.id, role: 'receptionist', clinicId: member.clinicId } });
    const resolved = await kit.sessions.resolve(outcome.session!.cookieValue, 'r');
    expect(resolved?.actor).toEqual({ kind: 'staff', id: member.id, clinicId: member.clinicId, role: 'receptionist' });
    // Only the token's hash is stored.
    const token = outcome.session!.cookieValue.split('.')[1]!;
    expect(await kit.redis.exists(`t:{${member.clinicId}}:session:${token}`)).toBe(0);
    expect(await kit.redis.exists(`t:{${member.clinicId}}:session:${outcome.session!.record.id}`)).toBe(1);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const member = await kit.member('doctor');
    const wrong = await kit.login.withPassword({ email: member.email, password: 'not the password at all' }, kit.client()).catch((e: Error) => e);
    const unknown = await kit.login.withPassword({ email: `nobody-${member.clinicId}@example.test`, password: 'not the password at all' }, kit.client()).catch((e: Error) => e);
    expect(wrong).toMatchObject({ code: 'IDENTITY.BAD_CREDENTIALS', kind: 'unauthenticated' });
    expect(unknown).toMatchObject({ code: 'IDENTITY.BAD_CREDENTIALS', kind: 'unauthenticated' });
    expect((wrong as Error).message).toBe((unknown as Error).message);
  });

  it('locks an account for 15 minutes after 5 failed attempts, known or not', async () => {
    const member = await kit.member('receptionist');
    for (let i = 0; i < 5; i++) {
      await expect(kit.login.withPassword({ email: member.email, password: `wrong password ${i}` }, kit.client())).rejects.toMatchObject({ code: 'IDENTITY.BAD_CREDENTIALS' });
    }
    const locked = await kit.login.withPassword({ email: member.email, password: member.password }, kit.client()).catch((e: { code: string; retryAfterSeconds: number }) => e);
    expect(locked).toMatchObject({ code: 'IDENTITY.LOGIN_THROTTLED' });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    const ghost = `ghost-${member.clinicId}@example.test`;
    for (let i = 0; i < 5; i++) await kit.login.withPassword({ email: ghost, password: 'whatever it is 1' }, kit.client()).catch(() => undefined);
    await expect(kit.login.withPassword({ email: ghost, password: 'whatever it is 1' }, kit.client())).rejects.toMatchObject({ code: 'IDENTITY.LOGIN_THROTTLED' });
  });

  it('slows down one IP trying many accounts', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 50; i++) await kit.login.withPassword({ email: `spray-${i}@example.test`, password: 'spray password 1' }, { ip, userAgent: 'x', requestId: 'r' }).catch(() => undefined);
    const member = await kit.member('doctor');
    await expect(kit.login.withPassword({ email: member.email, password: member.password }, { ip, userAgent: 'x', requestId: 'r' })).rejects.toMatchObject({
      code: 'IDENTITY.LOGIN_THROTTLED',
    });
  });

  it('rehashes a password stored with weaker parameters at the next sign-in', async () => {
    const member = await kit.member('doctor');
    const weak = await new ScryptPasswordHasher({ N: 2 ** 8, r: 8, p: 1 }).hash(member.password);
    await kit.inClinic(member.clinicId, () => kit.deps.accounts.setPasswordHash({ kind: 'staff', clinicId: member.clinicId, id: member.id }, weak));
    await kit.login.withPassword({ email: member.email, password: member.password }, kit.client());
    const stored = await kit.inClinic(member.clinicId, () => kit.deps.accounts.getStaff(member.clinicId, member.id));
    expect(stored!.passwordHash).not.toBe(weak);
    expect(stored!.passwordHash.startsWith(`scrypt$${FAST_SCRYPT.N}$${FAST_SCRYPT.r}$${FAST_SCRYPT.p}$`)).toBe(true);
    expect(await kit.deps.hasher.verify(member.password, stored!.passwordHash)).toBe(true);
  });

  it('records failed and successful sign-ins in the clinic audit log', async () => {
    const member = await kit.member('receptionist');
    await kit.login.withPassword({ email: member.email, password: 'definitely wrong pw' }, kit.client('audit-fail')).catch(() => undefined);
    await kit.login.withPassword({ email: member.email, password: member.password }, kit.client('audit-ok'));
    const records = await kit.auditLog.query(member.clinicId, { action: 'identity.login', limit: 10 });
    expect(records.map((r) => [r.outcome, r.requestId])).toEqual([
      ['success', 'audit-ok'],
      ['failure', 'audit-fail'],
    ]);
  });
});

describe('two-step sign-in', () => {
  it('makes an owner without MFA enrol before any session exists, then asks for a code next time', async () => {
    const owner = await kit.member('owner');
    const first = await kit.login.withPassword({ email: owner.email, password: owner.password }, kit.client());
    expect(first.result.status).toBe('mfa_enrolment_required');
    expect(first.session).toBeUndefined();
    const challenge = (first.result as { challenge: string }).challenge;
    const { secret, qrDataUrl, otpauthUri } = await kit.login.startEnrolment({ challenge }, kit.client());
    expect(qrDataUrl.startsWith('data:image/png;base64,')).toBe(true);
    expect(otpauthUri).toContain('otpauth://totp/');
    await expect(kit.login.confirmEnrolment({ challenge, code: '000000' }, kit.client())).rejects.toMatchObject({ code: 'IDENTITY.BAD_MFA_CODE' });
    const enrolled = await kit.login.confirmEnrolment({ challenge, code: kit.totpNow(secret) }, kit.client());
    expect(enrolled.result.status).toBe('signed_in');
    expect(enrolled.recoveryCodes).toHaveLength(10);

    kit.clock.advance(31_000);
    const second = await kit.login.withPassword({ email: owner.email, password: owner.password }, kit.client());
    expect(second.result.status).toBe('mfa_required');
    const signedIn = await kit.login.withCode({ challenge: (second.result as { challenge: string }).challenge, code: kit.totpNow(secret) }, kit.client());
    expect(signedIn.result.status).toBe('signed_in');
  });

  it('asks every member to enrol once the owner requires two-step sign-in for all staff', async () => {
    const member = await kit.member('receptionist');
    expect((await kit.login.withPassword({ email: member.email, password: member.password }, kit.client())).result.status).toBe('signed_in');
    await kit.inClinic(member.clinicId, () => kit.deps.accounts.setSecurityPolicy(member.clinicId, { idleMinutes: 30, requireMfaForAllStaff: true }));
    expect((await kit.login.withPassword({ email: member.email, password: member.password }, kit.client())).result.status).toBe('mfa_enrolment_required');
  });

  it('refuses a TOTP code that was already used, even inside its window', async () => {
    const { owner, secret } = await enrolledOwner();
    const code = kit.totpNow(secret);
    const a = await kit.login.withPassword({ email: owner.email, password: owner.password }, kit.client());
    await kit.login.withCode({ challenge: (a.result as { challenge: string }).challenge, code }, kit.client());
    const b = await kit.login.withPassword({ email: owner.email, password: owner.password }, kit.client());
    await expect(kit.login.withCode({ challenge: (b.result as { challenge: string }).challenge, code }, kit.client())).rejects.toMatchObject({
      code: 'IDENTITY.BAD_MFA_CODE',
    });
  });

  it('accepts each recovery code once', async () => {
    const { owner, recoveryCodes } = await enrolledOwner();
    const attempt = async () => {
      const step = await kit.login.withPassword({ email: owner.email, password: owner.password }, kit.client());
      return kit.login.withCode({ challenge: (step.result as { challenge: string }).challenge, code: recoveryCodes[0]!.toUpperCase() }, kit.client());
    };
    expect((await attempt()).result.status).toBe('signed_in');
    await expect(attempt()).rejects.toMatchObject({ code: 'IDENTITY.BAD_MFA_CODE' });
  });

  it('throws the challenge away after 5 wrong codes', async () => {
    const { owner, secret } = await enrolledOwner();
    const step = await kit.login.withPassword({ email: owner.email, password: owner.password }, kit.client());
    const challenge = (step.result as { challenge: string }).challenge;
    for (let i = 0; i < 5; i++) await kit.login.withCode({ challenge, code: '123456' }, kit.client()).catch(() => undefined);
    await expect(kit.login.withCode({ challenge, code: kit.totpNow(secret) }, kit.client())).rejects.toMatchObject({ code: 'IDENTITY.CHALLENGE_EXPIRED' });
  });
});

async function enrolledOwner() {
  const owner = await kit.member('owner');
  const first = await kit.login.withPassword({ email: owner.email, password: owner.password }, kit.client());
  const challenge = (first.result as { challenge: string }).challenge;
  const { secret } = await kit.login.startEnrolment({ challenge }, kit.client());
  const { recoveryCodes } = await kit.login.confirmEnrolment({ challenge, code: kit.totpNow(secret) }, kit.client());
  kit.clock.advance(31_000);
  return { owner, secret, recoveryCodes };
}

describe('TOTP secrets at rest', () => {
  const storeWith = (secrets: string[]) => new RedisAccountStore(kit.redis, kit.guard, new TokenCipher(secrets, 'totp-secret'), silentLogger());
  const userKey = (clinicId: ClinicId, id: string) => `t:{${clinicId}}:user:${id}`;
  const readStaff = (store: RedisAccountStore, clinicId: ClinicId, id: string) => kit.inClinic(clinicId, () => store.getStaff(clinicId, id));

  it('keeps the secret sealed in Redis, bound to the account, and opens it only with the session secret', async () => {
    const { owner, secret } = await enrolledOwner();
    const stored = JSON.parse((await kit.redis.hget(userKey(owner.clinicId, owner.id), 'mfa'))!) as Record<string, unknown>;
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.secret).toBeUndefined();
    expect(stored.sealedSecret).toMatch(/^v1\./);
    expect((await readStaff(storeWith([TEST_CREDENTIAL_SECRET]), owner.clinicId, owner.id))?.mfa?.secret).toBe(secret);
    // Another server secret, or the sealed value copied onto another account, opens nothing: no code can match.
    expect((await readStaff(storeWith(['another-secret-0123456789abcdefghijklmnop']), owner.clinicId, owner.id))?.mfa?.secret).toBe('');
    const other = await enrolledOwner();
    await kit.redis.hset(userKey(other.owner.clinicId, other.owner.id), 'mfa', JSON.stringify(stored));
    expect((await readStaff(storeWith([TEST_CREDENTIAL_SECRET]), other.owner.clinicId, other.owner.id))?.mfa?.secret).toBe('');
    const step = await kit.login.withPassword({ email: other.owner.email, password: other.owner.password }, kit.client());
    await expect(kit.login.withCode({ challenge: (step.result as { challenge: string }).challenge, code: kit.totpNow(secret) }, kit.client())).rejects.toMatchObject({
      code: 'IDENTITY.BAD_MFA_CODE',
    });
  });

  it('seals a secret stored in the clear before sealing existed, on its first read', async () => {
    const { owner, secret } = await enrolledOwner();
    const key = userKey(owner.clinicId, owner.id);
    await kit.redis.hset(key, 'mfa', JSON.stringify({ secret, lastTimeStep: 0, recoveryCodeHashes: [] }));
    expect((await readStaff(storeWith([TEST_CREDENTIAL_SECRET]), owner.clinicId, owner.id))?.mfa?.secret).toBe(secret);
    const resealed = JSON.parse((await kit.redis.hget(key, 'mfa'))!) as Record<string, unknown>;
    expect(resealed.secret).toBeUndefined();
    expect(resealed.sealedSecret).toMatch(/^v1\./);
  });

  it('opens a secret sealed with an older session secret and seals it again with the current one', async () => {
    const { owner, secret } = await enrolledOwner();
    const newer = 'rotated-session-secret-0123456789abcdefghijk';
    expect((await readStaff(storeWith([newer, TEST_CREDENTIAL_SECRET]), owner.clinicId, owner.id))?.mfa?.secret).toBe(secret);
    expect((await readStaff(storeWith([newer]), owner.clinicId, owner.id))?.mfa?.secret).toBe(secret);
  });
});
