import { Conflict, describeActor, Forbidden, InvalidInput, NotFound, type Actor, type ClinicId, type StaffRole } from '@frontdesk/shared-kernel';
import { normaliseEmail } from '../domain/account';
import { assertAcceptablePassword } from '../domain/password-policy';
import { audit, hashToken, newToken, type IdentityDeps } from './deps';

export const INVITE_TTL_SECONDS = 7 * 24 * 60 * 60;

export class Invites {
  constructor(private readonly deps: IdentityDeps) {}

  /**
   * Owners invite doctors and receptionists; operators invite a clinic's owner.
   * The token goes out by mail only; Redis keeps its hash, bound to clinic and role.
   */
  async invite(input: { clinicId: ClinicId; email: string; role: StaffRole }, actor: Actor, requestId: string): Promise<{ expiresAt: string }> {
    if (actor.kind === 'staff' && input.role === 'owner') throw new Forbidden('Only platform operators invite clinic owners', 'IDENTITY.ROLE_FORBIDDEN');
    if (actor.kind === 'operator' && input.role !== 'owner') throw new Forbidden('Operators invite owners; owners invite their team', 'IDENTITY.ROLE_FORBIDDEN');
    const email = normaliseEmail(input.email);
    if (await this.deps.accounts.findByEmail(email)) {
      throw new Conflict('IDENTITY.EMAIL_TAKEN', 'Someone already has an account with this e-mail');
    }
    const token = newToken();
    const expiresAt = new Date(this.deps.clock.now().getTime() + INVITE_TTL_SECONDS * 1000);
    await this.deps.invites.save(hashToken(token), { clinicId: input.clinicId, email, role: input.role, invitedBy: describeActor(actor), expiresAt }, INVITE_TTL_SECONDS);
    const link = `${this.deps.publicUrl}/staff/?invite=${encodeURIComponent(token)}&clinic=${encodeURIComponent(input.clinicId)}`;
    await this.deps.mail.send({
      to: email,
      subject: 'You are invited to Frontdesk',
      text: `You have been invited to join your clinic on Frontdesk as ${input.role}.\n\nOpen this link within 7 days to set your password:\n${link}\n\nIf you did not expect this, ignore this e-mail.`,
    });
    await audit(this.deps, {
      actor: describeActor(actor),
      action: 'identity.invite.create',
      target: `invite:${input.role}`,
      clinicId: input.clinicId,
      outcome: 'success',
      requestId,
      detail: `role ${input.role}`,
    });
    return { expiresAt: expiresAt.toISOString() };
  }

  /** Invites not yet used or expired, newest expiry first. */
  async pending(clinicId: ClinicId) {
    const now = this.deps.clock.now();
    const pending = await this.deps.invites.listPending(clinicId);
    return pending
      .filter((p) => p.invite.expiresAt > now)
      .map((p) => ({ id: p.id, email: p.invite.email, role: p.invite.role, invitedBy: p.invite.invitedBy, expiresAt: p.invite.expiresAt.toISOString() }))
      .sort((a, b) => b.expiresAt.localeCompare(a.expiresAt));
  }

  /** The link stops working at once. */
  async revoke(clinicId: ClinicId, id: string, actor: Actor, requestId: string): Promise<void> {
    if (!(await this.deps.invites.revoke(clinicId, id))) throw new NotFound('IDENTITY.INVITE_NOT_FOUND', 'This invite was already used, revoked or expired');
    await audit(this.deps, {
      actor: describeActor(actor),
      action: 'identity.invite.revoke',
      target: `invite:${id.slice(0, 12)}`,
      clinicId,
      outcome: 'success',
      requestId,
    });
  }

  /** What the accept page shows before the password is chosen. */
  async describe(clinicId: ClinicId, token: string): Promise<{ email: string; role: StaffRole }> {
    const invite = await this.deps.invites.peek(clinicId, hashToken(token));
    if (!invite || invite.expiresAt <= this.deps.clock.now()) throw new NotFound('IDENTITY.INVITE_INVALID', 'This invite link is not valid any more. Ask for a new one.');
    return { email: invite.email, role: invite.role };
  }

  /** Single use: the password is checked first, so a weak password does not burn the invite. */
  async accept(input: { clinicId: ClinicId; token: string; name: string; password: string }, requestId: string): Promise<{ email: string }> {
    const tokenHash = hashToken(input.token);
    const preview = await this.deps.invites.peek(input.clinicId, tokenHash);
    if (!preview || preview.expiresAt <= this.deps.clock.now()) {
      throw new NotFound('IDENTITY.INVITE_INVALID', 'This invite link is not valid any more. Ask for a new one.');
    }
    assertAcceptablePassword(input.password, this.deps.isCommonPassword, preview.email);
    const passwordHash = await this.deps.hasher.hash(input.password);
    const invite = await this.deps.invites.take(input.clinicId, tokenHash);
    if (!invite || invite.expiresAt <= this.deps.clock.now()) {
      throw new NotFound('IDENTITY.INVITE_INVALID', 'This invite link is not valid any more. Ask for a new one.');
    }
    const id = this.deps.ids.next('usr');
    const created = await this.deps.accounts.createStaff({
      id,
      clinicId: invite.clinicId,
      email: invite.email,
      name: input.name.trim(),
      role: invite.role,
      status: 'active',
      passwordHash,
      createdAt: this.deps.clock.now(),
    });
    if (!created) throw new Conflict('IDENTITY.EMAIL_TAKEN', 'Someone already has an account with this e-mail');
    await audit(this.deps, {
      actor: `staff:${id}`,
      action: 'identity.invite.accept',
      target: `user:${id}`,
      clinicId: invite.clinicId,
      outcome: 'success',
      requestId,
      detail: `role ${invite.role}, invited by ${invite.invitedBy}`,
    });
    await this.deps.events.publish({
      type: 'StaffJoined',
      clinicId: invite.clinicId,
      occurredAt: this.deps.clock.now(),
      payload: { clinicId: invite.clinicId, userId: id, role: invite.role },
    });
    return { email: invite.email };
  }
}

export function assertValidRole(role: string): asserts role is StaffRole {
  if (!['owner', 'doctor', 'receptionist'].includes(role)) throw new InvalidInput('IDENTITY.INVALID_ROLE', `Unknown role ${role}`);
}
