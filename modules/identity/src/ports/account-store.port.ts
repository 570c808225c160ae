import type { ClinicId, StaffRole } from '@frontdesk/shared-kernel';
import type { ClinicSecurityPolicy, MfaState, OperatorAccount, StaffAccount } from '../domain/account';

export interface AccountStore {
  /** Global lookup by e-mail (login happens before any clinic is known). */
  findByEmail(email: string): Promise<{ kind: 'staff'; clinicId: ClinicId; id: string } | { kind: 'operator'; id: string } | undefined>;
  getStaff(clinicId: ClinicId, id: string): Promise<StaffAccount | undefined>;
  getOperator(id: string): Promise<OperatorAccount | undefined>;
  /** False if the e-mail is taken by anyone on the platform. */
  createStaff(account: StaffAccount): Promise<boolean>;
  createOperator(account: OperatorAccount): Promise<boolean>;
  listStaff(clinicId: ClinicId): Promise<StaffAccount[]>;
  setPasswordHash(account: { kind: 'staff'; clinicId: ClinicId; id: string } | { kind: 'operator'; id: string }, hash: string): Promise<void>;
  setMfa(account: { kind: 'staff'; clinicId: ClinicId; id: string } | { kind: 'operator'; id: string }, mfa: MfaState | undefined): Promise<void>;
  setRole(clinicId: ClinicId, id: string, role: StaffRole): Promise<void>;
  setStatus(clinicId: ClinicId, id: string, status: 'active' | 'disabled'): Promise<void>;
  getSecurityPolicy(clinicId: ClinicId): Promise<ClinicSecurityPolicy>;
  setSecurityPolicy(clinicId: ClinicId, policy: ClinicSecurityPolicy): Promise<void>;
}
