import { Conflict, describeActor, Forbidden, InvalidInput, NotFound, Unauthenticated, type Actor, type ClinicId, type StaffRole } from '@frontdesk/shared-kernel';
import type { Account, ClinicSecurityPolicy } from '../domain/account';
import { mfaRequired } from '../domain/account';
import { actorName, refOf, scopeOf } from '../domain/account-refs';
import { assertAcceptablePassword } from '../domain/password-policy';
import { CLINIC_IDLE_BOUNDS } from '../domain/session-policy';
import type { SessionRecord } from '../ports/session-store.port';
import { audit, type IdentityDeps } from './deps';
import { hashRecoveryCode, newRecoveryCodes, toSignedInUser } from './login';
import type { ClientInfo, IssuedSession, Sessions } from './sessions';

/** What signed-in people do to their own account, and what owners do to their team. */
export class StaffAccounts {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly sessions: Sessions,
  ) {}

  async account(actor: Actor): Promise<Account> {
    if (actor.kind === 'staff') {
      const staff = await this.deps.accounts.getStaff(actor.clinicId, actor.id);
      if (staff) return { kind: 'staff', ...staff };
    } else if (actor.kind === 'operator') {
      const operator = await this.deps.accounts.getOperator(actor.id);
      if (operator) return { kind: 'operator', ...operator };
    }
    throw new Unauthenticated();
  }

  async me(actor: Actor) {
    return toSignedInUser(await this.account(actor));
  }

  async listTeam(clinicId: ClinicId) {
    const staff = await this.deps.accounts.listStaff(clinicId);
    return staff.map((s) => ({ id: s.id, email: s.email, name: s.name, role: s.role, status: s.status, mfaEnabled: !!s.mfa }));
  }

  /** A role change ends the member's sessions: their next sign-in gets a new session id with the new role. */
  async changeRole(clinicId: ClinicId, userId: string, role: StaffRole, actor: Actor, requestId: string): Promise<void> {
    if (actor.kind === 'staff' && actor.id === userId) throw new Forbidden('You cannot change your own role', 'IDENTITY.OWN_ROLE');
    const member = await this.deps.accounts.getStaff(clinicId, userId);
    if (!member) throw new NotFound('IDENTITY.USER_NOT_FOUND', 'No such team member');
    if (member.role === role) return;
    if (member.role === 'owner') await this.assertAnotherOwner(clinicId, userId);
    await this.deps.accounts.setRole(clinicId, userId, role);
    await this.deps.sessions.deleteAllFor({ kind: 'staff', clinicId, userId });
    await audit(this.deps, {
      actor: describeActor(actor),
      action: 'identity.role.change',
      target: `user:${userId}`,
      clinicId,
      outcome: 'success',
      requestId,
      changes: { before: { role: member.role }, after: { role } },
    });
    await this.deps.events.publish({ type: 'StaffRoleChanged', clinicId, occurredAt: this.deps.clock.now(), payload: { clinicId, userId, from: member.role, to: role } });
  }

  async setDisabled(clinicId: ClinicId, userId: string, disabled: boolean, actor: Actor, requestId: string): Promise<void> {
    if (actor.kind === 'staff' && actor.id === userId) throw new Forbidden('You cannot disable your own account', 'IDENTITY.OWN_ACCOUNT');
    const member = await this.deps.accounts.getStaff(clinicId, userId);
    if (!member) throw new NotFound('IDENTITY.USER_NOT_FOUND', 'No such team member');
    if (disabled && member.role === 'owner') await this.assertAnotherOwner(clinicId, userId);
    await this.deps.accounts.setStatus(clinicId, userId, disabled ? 'disabled' : 'active');
    if (disabled) await this.deps.sessions.deleteAllFor({ kind: 'staff', clinicId, userId });
    await audit(this.deps, {
      actor: describeActor(actor),
      action: disabled ? 'identity.account.disable' : 'identity.account.enable',
      target: `user:${userId}`,
      clinicId,
      outcome: 'success',
      requestId,
    });
    if (disabled) await this.deps.events.publish({ type: 'StaffDisabled', clinicId, occurredAt: this.deps.clock.now(), payload: { clinicId, userId } });
  }

  private async assertAnotherOwner(clinicId: ClinicId, userId: string) {
    const owners = (await this.deps.accounts.listStaff(clinicId)).filter((s) => s.role === 'owner' && s.status === 'active' && s.id !== userId);
    if (owners.length === 0) throw new Conflict('IDENTITY.LAST_OWNER', 'A clinic needs at least one active owner');
  }

  async securityPolicy(clinicId: ClinicId): Promise<ClinicSecurityPolicy> {
    return this.deps.accounts.getSecurityPolicy(clinicId);
  }

  async setSecurityPolicy(clinicId: ClinicId, policy: ClinicSecurityPolicy, actor: Actor, requestId: string): Promise<void> {
    if (!Number.isInteger(policy.idleMinutes) || policy.idleMinutes < CLINIC_IDLE_BOUNDS.min || policy.idleMinutes > CLINIC_IDLE_BOUNDS.max) {
      throw new InvalidInput('IDENTITY.INVALID_IDLE_TIMEOUT', `The idle time-out must be between ${CLINIC_IDLE_BOUNDS.min} and ${CLINIC_IDLE_BOUNDS.max} minutes`);
    }
    const before = await this.deps.accounts.getSecurityPolicy(clinicId);
    await this.deps.accounts.setSecurityPolicy(clinicId, policy);
    await audit(this.deps, {
      actor: describeActor(actor),
      action: 'identity.security_policy.update',
      target: `clinic:${clinicId}`,
      clinicId,
      outcome: 'success',
      requestId,
      changes: { before, after: policy },
    });
  }

  /** Needs the current password; ends every other session and replaces the current one. */
  async changePassword(actor: Actor, current: SessionRecord, input: { currentPassword: string; newPassword: string }, client: ClientInfo): Promise<IssuedSession> {
    const account = await this.account(actor);
    if (!(await this.deps.hasher.verify(input.currentPassword, account.passwordHash))) {
      throw new InvalidInput('IDENTITY.WRONG_PASSWORD', 'Your current password is not right');
    }
    assertAcceptablePassword(input.newPassword, this.deps.isCommonPassword, account.email);
    await this.deps.accounts.setPasswordHash(account, await this.deps.hasher.hash(input.newPassword));
    return this.rotateAll(account, current, client, 'identity.password.change');
  }

  /** Optional MFA for doctors and receptionists (owners and operators enrol at sign-in). */
  async startMfa(actor: Actor): Promise<{ otpauthUri: string; qrDataUrl: string; secret: string }> {
    const account = await this.account(actor);
    if (account.mfa) throw new Conflict('IDENTITY.MFA_ALREADY_ON', 'Two-step sign-in is already on');
    const secret = this.deps.totp.newSecret();
    // Kept in Redis, not in memory, so the confirming request may reach another server process.
    await this.deps.challenges.save(scopeOf(account), pendingKey(account), { purpose: 'enrol', account: refOf(account), attempts: 0, pendingSecret: secret }, 10 * 60);
    const otpauthUri = this.deps.totp.uri(secret, account.email);
    return { otpauthUri, qrDataUrl: await this.deps.totp.qrDataUrl(otpauthUri), secret };
  }

  async confirmMfa(actor: Actor, current: SessionRecord, code: string, client: ClientInfo): Promise<{ recoveryCodes: string[]; session: IssuedSession }> {
    const account = await this.account(actor);
    const pending = await this.deps.challenges.get(scopeOf(account), pendingKey(account));
    if (!pending?.pendingSecret) throw new InvalidInput('IDENTITY.ENROLMENT_NOT_STARTED', 'Start again: scan a new QR code');
    const timeStep = this.deps.totp.verify(pending.pendingSecret, code.replace(/\s/g, ''), this.deps.clock.now());
    if (timeStep === undefined) throw new InvalidInput('IDENTITY.BAD_MFA_CODE', 'That code is not right. Check your authenticator app and try again.');
    await this.deps.challenges.delete(scopeOf(account), pendingKey(account));
    const recoveryCodes = newRecoveryCodes();
    await this.deps.accounts.setMfa(account, { secret: pending.pendingSecret, lastTimeStep: timeStep, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) });
    const session = await this.rotateAll(account, current, client, 'identity.mfa.enrol');
    return { recoveryCodes, session };
  }

  async disableMfa(actor: Actor, current: SessionRecord, code: string, client: ClientInfo): Promise<IssuedSession> {
    const account = await this.account(actor);
    if (!account.mfa) throw new Conflict('IDENTITY.MFA_ALREADY_OFF', 'Two-step sign-in is already off');
    const policy = account.kind === 'staff' ? await this.deps.accounts.getSecurityPolicy(account.clinicId) : undefined;
    if (mfaRequired(account, policy)) throw new Forbidden('Your role or your clinic requires two-step sign-in', 'IDENTITY.MFA_REQUIRED');
    const ok = this.deps.totp.verify(account.mfa.secret, code.replace(/\s/g, ''), this.deps.clock.now(), account.mfa.lastTimeStep) !== undefined;
    if (!ok) throw new InvalidInput('IDENTITY.BAD_MFA_CODE', 'That code is not right. Check your authenticator app and try again.');
    await this.deps.accounts.setMfa(account, undefined);
    return this.rotateAll(account, current, client, 'identity.mfa.disable');
  }

  /** After a credential change: every other session ends and this one gets a new id. */
  private async rotateAll(account: Account, current: SessionRecord, client: ClientInfo, action: string): Promise<IssuedSession> {
    const owner = this.sessions.ownerOf(account);
    await this.deps.sessions.deleteAllFor(owner);
    const session = await this.sessions.issue(account, client);
    await audit(this.deps, {
      actor: actorName(account),
      action,
      target: `user:${account.id}`,
      clinicId: account.kind === 'staff' ? account.clinicId : null,
      outcome: 'success',
      requestId: client.requestId,
      detail: `previous session ${current.id.slice(0, 12)} replaced`,
    });
    return session;
  }
}

function pendingKey(account: Account): string {
  return `pending-mfa-${account.id}`;
}
