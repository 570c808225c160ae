import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Account } from './account';

/** Scope tag of operator sessions and challenges: not a valid clinic id, so the two never mix. */
export const OPERATOR_SCOPE = '~op';

export type AccountRef = { kind: 'staff'; clinicId: ClinicId; id: string } | { kind: 'operator'; id: string };

/** The clinic an account's data lives in; operators live outside clinics. */
export function scopeOf(account: Account): ClinicId | undefined {
  return account.kind === 'staff' ? account.clinicId : undefined;
}

export function refOf(account: Account): AccountRef {
  return account.kind === 'staff' ? { kind: 'staff', clinicId: account.clinicId, id: account.id } : { kind: 'operator', id: account.id };
}

/** The audit actor string of an account. */
export function actorName(account: Account): string {
  return `${account.kind}:${account.id}`;
}
