import { Conflict, InvalidInput, type ClinicId, type StaffRole } from '@frontdesk/shared-kernel';
import { normaliseEmail } from '../domain/account';
import { assertAcceptablePassword } from '../domain/password-policy';
import type { IdentityDeps } from './deps';

/**
 * Accounts made by whoever runs the platform (seed data, scripts), never over
 * the API: operators, and staff for demo clinics. Everyone else joins by invite.
 */
export class AccountProvisioning {
  constructor(private readonly deps: IdentityDeps) {}

  async createOperator(input: { email: string; name: string; password: string }): Promise<{ id: string }> {
    const email = normaliseEmail(input.email);
    if (!email.includes('@')) throw new InvalidInput('IDENTITY.INVALID_EMAIL', 'An operator needs an e-mail address');
    assertAcceptablePassword(input.password, this.deps.isCommonPassword, email);
    const id = this.deps.ids.next('op');
    const created = await this.deps.accounts.createOperator({
      id,
      email,
      name: input.name,
      status: 'active',
      passwordHash: await this.deps.hasher.hash(input.password),
      createdAt: this.deps.clock.now(),
    });
    if (!created) throw new Conflict('IDENTITY.EMAIL_TAKEN', 'Someone already has an account with this e-mail');
    return { id };
  }

  async createStaff(input: { clinicId: ClinicId; email: string; name: string; role: StaffRole; password: string }): Promise<{ id: string }> {
    const email = normaliseEmail(input.email);
    assertAcceptablePassword(input.password, this.deps.isCommonPassword, email);
    const id = this.deps.ids.next('usr');
    const created = await this.deps.accounts.createStaff({
      id,
      clinicId: input.clinicId,
      email,
      name: input.name,
      role: input.role,
      status: 'active',
      passwordHash: await this.deps.hasher.hash(input.password),
      createdAt: this.deps.clock.now(),
    });
    if (!created) throw new Conflict('IDENTITY.EMAIL_TAKEN', 'Someone already has an account with this e-mail');
    return { id };
  }
}
