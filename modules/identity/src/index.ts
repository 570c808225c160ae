/** Public contracts of the identity module. */
import { z } from 'zod';
import { ClinicIdSchema } from '@frontdesk/shared-kernel';

export const EmailSchema = z.email('must be an e-mail address').max(254).transform((value) => value.trim().toLowerCase());
/** Length limits are checked by the password policy so the message can be specific. */
export const PasswordSchema = z.string().min(1, 'is required').max(1024);
export const TotpOrRecoveryCodeSchema = z.string().trim().min(6).max(32);
/** `<clinic or ~op>.<token>`, as Login issues it. */
export const ChallengeSchema = z.string().regex(/^(~op|[a-z0-9][a-z0-9_-]{1,63})\.[A-Za-z0-9_-]{43}$/, 'is not a valid sign-in step');

export const LoginInputSchema = z.object({ email: EmailSchema, password: PasswordSchema });
export const InviteRoleSchema = z.enum(['owner', 'doctor', 'receptionist']);

export const AcceptInviteInputSchema = z.object({
  clinicId: ClinicIdSchema,
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a valid invite link'),
  name: z.string().trim().min(2, 'needs at least 2 characters').max(120),
  password: PasswordSchema,
});

export type SignedInUser =
  | {
      kind: 'staff';
      id: string;
      clinicId: string;
      email: string;
      name: string;
      role: 'owner' | 'doctor' | 'receptionist';
      mfaEnabled: boolean;
      /** Actions of the permission matrix this role may take. */
      permissions: string[];
    }
  | { kind: 'operator'; id: string; email: string; name: string; mfaEnabled: boolean };

export type LoginResult =
  | { status: 'signed_in'; user: SignedInUser }
  | { status: 'mfa_required'; challenge: string }
  | { status: 'mfa_enrolment_required'; challenge: string };

/** Events identity publishes. */
export interface IdentityEvents {
  StaffJoined: { clinicId: string; userId: string; role: string };
  StaffRoleChanged: { clinicId: string; userId: string; from: string; to: string };
  StaffDisabled: { clinicId: string; userId: string };
  [type: string]: unknown;
}
