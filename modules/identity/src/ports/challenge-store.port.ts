import type { ClinicId } from '@frontdesk/shared-kernel';

/** A short-lived step between password and session: MFA code or MFA enrolment. */
export interface LoginChallenge {
  purpose: 'mfa' | 'enrol';
  account: { kind: 'staff'; clinicId: ClinicId; id: string } | { kind: 'operator'; id: string };
  attempts: number;
  /** Enrolment: the secret shown as a QR code, saved only once a code from it is confirmed. */
  pendingSecret?: string;
}

export interface ChallengeStore {
  /** `scope` is the clinic for staff, undefined for operators. */
  save(scope: ClinicId | undefined, tokenHash: string, challenge: LoginChallenge, ttlSeconds: number): Promise<void>;
  get(scope: ClinicId | undefined, tokenHash: string): Promise<LoginChallenge | undefined>;
  delete(scope: ClinicId | undefined, tokenHash: string): Promise<void>;
}
