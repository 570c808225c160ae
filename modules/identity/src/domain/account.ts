import type { ClinicId, StaffRole } from '@frontdesk/shared-kernel';

export interface MfaState {
  secret: string;
  /** Last TOTP time step accepted: a code from this step or earlier is a replay. */
  lastTimeStep: number;
  /** SHA-256 of each unused recovery code. */
  recoveryCodeHashes: string[];
}

export interface StaffAccount {
  id: string;
  clinicId: ClinicId;
  email: string;
  name: string;
  role: StaffRole;
  status: 'active' | 'disabled';
  passwordHash: string;
  mfa?: MfaState;
  createdAt: Date;
}

export interface OperatorAccount {
  id: string;
  email: string;
  name: string;
  status: 'active' | 'disabled';
  passwordHash: string;
  mfa?: MfaState;
  createdAt: Date;
}

export type Account = ({ kind: 'staff' } & StaffAccount) | ({ kind: 'operator' } & OperatorAccount);

export interface ClinicSecurityPolicy {
  idleMinutes: number;
  requireMfaForAllStaff: boolean;
}

/** Owners and operators always need a second factor; a clinic may demand it of everyone. */
export function mfaRequired(account: Account, policy: ClinicSecurityPolicy | undefined): boolean {
  if (account.kind === 'operator') return true;
  return account.role === 'owner' || policy?.requireMfaForAllStaff === true;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
