import type { ClinicId, StaffRole } from '@frontdesk/shared-kernel';

export interface Invite {
  clinicId: ClinicId;
  email: string;
  role: StaffRole;
  invitedBy: string;
  expiresAt: Date;
}

export interface InviteStore {
  save(tokenHash: string, invite: Invite, ttlSeconds: number): Promise<void>;
  peek(clinicId: ClinicId, tokenHash: string): Promise<Invite | undefined>;
  /** Atomically read and delete: an invite works once. */
  take(clinicId: ClinicId, tokenHash: string): Promise<Invite | undefined>;
  /** Pending (unused, unexpired) invites of the clinic, keyed by token hash. */
  listPending(clinicId: ClinicId): Promise<{ id: string; invite: Invite }[]>;
  /** True if there was such a pending invite. */
  revoke(clinicId: ClinicId, tokenHash: string): Promise<boolean>;
}
