import { afterAll, describe, expect, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { createIdentityKit } from '../testing/identity-kit';

const kit = createIdentityKit();
afterAll(() => kit.redis.disconnect());

async function invited(role: 'doctor' | 'receptionist' = 'receptionist') {
  const owner = await kit.member('owner');
  const email = `new-${role}-${owner.clinicId}@example.test`;
  const actor = { kind: 'staff' as const, id: owner.id, clinicId: owner.clinicId, role: 'owner' as const };
  await kit.inClinic(owner.clinicId, () => kit.invites.invite({ clinicId: owner.clinicId, email, role }, actor, 'r'));
  const mail = kit.sent.at(-1)!;
  const link = new URL(/https:\/\/\S+/.exec(mail.text)![0]);
  return { owner, email, mail, token: link.searchParams.get('invite')!, clinicId: owner.clinicId };
}

const accept = (clinicId: ReturnType<typeof uniqueClinicId>, token: string, password = 'a long and unusual passphrase') =>
  kit.inClinic(clinicId, () => kit.invites.accept({ clinicId, token, name: 'New Member', password }, 'r'));

describe('invites', () => {
  it('mail a link, store only a hash, and create the account with the invited role', async () => {
    const { email, mail, token, clinicId } = await invited('doctor');
    expect(mail.to).toBe(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const keys = await kit.redis.keys(`t:{${clinicId}}:invite:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(token);
    await accept(clinicId, token);
    const outcome = await kit.login.withPassword({ email, password: 'a long and unusual passphrase' }, kit.client());
    expect(outcome.result).toMatchObject({ status: 'signed_in', user: { role: 'doctor', clinicId } });
  });

  it('work once', async () => {
    const { token, clinicId } = await invited();
    await accept(clinicId, token);
    await expect(accept(clinicId, token)).rejects.toMatchObject({ code: 'IDENTITY.INVITE_INVALID' });
  });

  it('expire after 7 days', async () => {
    const { token, clinicId } = await invited();
    kit.clock.advance(7 * 24 * 3600_000 + 1000);
    await expect(accept(clinicId, token)).rejects.toMatchObject({ code: 'IDENTITY.INVITE_INVALID' });
    expect(await kit.redis.ttl((await kit.redis.keys(`t:{${clinicId}}:invite:*`))[0]!)).toBeLessThanOrEqual(7 * 24 * 3600);
  });

  it('are bound to their clinic', async () => {
    const { token } = await invited();
    await expect(accept(uniqueClinicId(), token)).rejects.toMatchObject({ code: 'IDENTITY.INVITE_INVALID' });
  });

  it('survive a weak password, which is refused with the reason', async () => {
    const { token, clinicId } = await invited();
    await expect(accept(clinicId, token, 'short')).rejects.toMatchObject({ code: 'IDENTITY.PASSWORD_TOO_SHORT' });
    await expect(accept(clinicId, token, 'password1234')).rejects.toMatchObject({ code: 'IDENTITY.PASSWORD_COMMON' });
    await accept(clinicId, token);
  });

  it('are listed while pending and stop working once revoked', async () => {
    const { owner, email, token, clinicId } = await invited();
    const actor = { kind: 'staff' as const, id: owner.id, clinicId, role: 'owner' as const };
    const pending = await kit.inClinic(clinicId, () => kit.invites.pending(clinicId));
    expect(pending.map((p) => [p.email, p.role])).toEqual([[email, 'receptionist']]);
    expect(JSON.stringify(pending)).not.toContain(token);
    await kit.inClinic(clinicId, () => kit.invites.revoke(clinicId, pending[0]!.id, actor, 'r'));
    await expect(accept(clinicId, token)).rejects.toMatchObject({ code: 'IDENTITY.INVITE_INVALID' });
    expect(await kit.inClinic(clinicId, () => kit.invites.pending(clinicId))).toEqual([]);
    await expect(kit.inClinic(clinicId, () => kit.invites.revoke(clinicId, pending[0]!.id, actor, 'r'))).rejects.toMatchObject({ code: 'IDENTITY.INVITE_NOT_FOUND' });
  });

  it('leave the pending list once accepted', async () => {
    const { token, clinicId } = await invited();
    await accept(clinicId, token);
    expect(await kit.inClinic(clinicId, () => kit.invites.pending(clinicId))).toEqual([]);
  });

  it('cannot make owners when an owner invites, and are audited', async () => {
    const owner = await kit.member('owner');
    const actor = { kind: 'staff' as const, id: owner.id, clinicId: owner.clinicId, role: 'owner' as const };
    await expect(
      kit.inClinic(owner.clinicId, () => kit.invites.invite({ clinicId: owner.clinicId, email: `x-${owner.clinicId}@example.test`, role: 'owner' }, actor, 'r')),
    ).rejects.toMatchObject({ code: 'IDENTITY.ROLE_FORBIDDEN' });
    const { clinicId } = await invited();
    expect((await kit.auditLog.query(clinicId, { action: 'identity.invite.create', limit: 5 })).length).toBe(1);
  });
});
