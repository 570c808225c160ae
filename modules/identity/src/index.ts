/** Public contracts of the identity module. */
import { z } from 'zod';
import { ClinicIdSchema, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import type { PatientSession } from './domain/patient-identity';

export const EmailSchema = z.email('must be an e-mail address').max(254).transform((value) => value.trim().toLowerCase());
/** Length limits are checked by the password policy so the message can be specific. */
export const PasswordSchema = z.string().min(1, 'is required').max(1024);
export const TotpOrRecoveryCodeSchema = z.string().trim().min(6).max(32);
/** `<clinic or ~op>.<token>`, as Login issues it. */
export const ChallengeSchema = z.string().regex(/^(~op|[a-z0-9][a-z0-9_-]{1,63})\.[A-Za-z0-9_-]{43}$/, 'is not a valid sign-in step');

export const LoginInputSchema = z.object({ email: EmailSchema, password: PasswordSchema });
export const InviteRoleSchema = z.enum(['owner', 'doctor', 'receptionist']);
/** A receptionist's sign-in link for a returning patient: the phone as typed (read with the clinic's region). */
export const CreatePatientLinkInputSchema = z.object({ phone: z.string().trim().min(1, 'is required').max(40) });

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
  /** A patient chat session was verified (no phone in the event: subscribers read the session). */
  PatientSessionVerified: { clinicId: string; sessionId: string; method: PatientVerificationMethod };
  [type: string]: unknown;
}

// ---------------------------------------------------------------- patient identity (web chat)

export {
  PATIENT_MAGIC_LINK_TTL_SECONDS,
  PATIENT_SESSION_COOKIE,
  PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS,
  PATIENT_SESSION_IDLE_DAYS,
  PATIENT_SESSION_MAX_DAYS,
  PATIENT_VERIFICATION_LIMITS,
  cookieValueOf,
  extractVerificationCode,
  parseCookieValue,
  patientActorOf,
  patientLinkPath,
  type PatientSession,
} from './domain/patient-identity';
export { IDENTITY_PUBLIC_TOKENS } from './public-tokens';

/** How a session got its phone: the WhatsApp code, a front-desk link, or a direct markVerified call (default). */
export type PatientVerificationMethod = 'whatsapp' | 'magic_link' | 'direct';

export interface OpenedPatientSession {
  /** 32 random bytes, base64url; Redis keeps only its SHA-256 (the session id). */
  token: string;
  /** `<clinicId>.<token>`: what the host stores in the PATIENT_SESSION_COOKIE cookie. */
  cookieValue: string;
  /** Cookie Max-Age: the absolute limit (90 days). */
  maxAgeSeconds: number;
  session: PatientSession;
}

/** Anonymous web-chat sessions of one clinic, verified later with a phone number. */
export interface PatientSessions {
  open(clinicId: ClinicId, requestId?: string): Promise<OpenedPatientSession>;
  /** Null when malformed, unknown, ended, idle 30 days or 90 days old; otherwise refreshes lastSeenAt (at most once a minute). */
  resolve(cookieValue: string | undefined, requestId?: string): Promise<PatientSession | null>;
  /** A live session by id, without refreshing it. */
  get(clinicId: ClinicId, sessionId: string): Promise<PatientSession | null>;
  /** Records the verified phone (any accepted form, stored as E.164); null when the session is gone. */
  markVerified(clinicId: ClinicId, sessionId: string, phoneE164: string, method?: PatientVerificationMethod): Promise<PatientSession | null>;
  /** Ends the session of this cookie (and its pending verification); false when there was none. */
  end(cookieValue: string | undefined, requestId?: string): Promise<boolean>;
}

export interface StartVerificationInput {
  clinicId: ClinicId;
  sessionId: string;
  /** As typed: `010...`, `+20 10...`, `0020...`, Arabic-Indic digits; read with the clinic's default region. */
  phone: string;
  requestId: string;
}

export interface StartedVerification {
  /** E.164 of the typed number: only a WhatsApp message from it can verify. */
  phone: string;
  /** 6 digits for the patient to send on WhatsApp; shown once, never stored or logged. */
  code: string;
  /** ISO time, 5 minutes on. */
  expiresAt: string;
}

export interface InboundForVerification {
  clinicId: ClinicId;
  /** The sender's number, E.164 (WhatsApp's wa_id without + is accepted too). */
  sender: string;
  text: string;
}

export type VerificationMatch =
  | { matched: false }
  | { matched: true; verified: true; sessionId: string; phone: string }
  | { matched: true; verified: false; reason: 'wrong_code' | 'too_many_tries' | 'expired' };

export interface VerificationStatus {
  state: 'none' | 'pending' | 'verified';
  /** Masked: last 3 digits only. */
  phone?: string;
  /** ISO time the pending code expires. */
  expiresAt?: string;
}

/** Click-to-WhatsApp: the chat shows a code, the patient sends it from the number they typed. */
export interface PatientVerification {
  /** Throws RateLimited `IDENTITY.VERIFICATION_RATE_LIMITED` (details.retryAfterSeconds), InvalidInput `IDENTITY.INVALID_PHONE`, NotFound `IDENTITY.PATIENT_SESSION_NOT_FOUND`. */
  start(input: StartVerificationInput): Promise<StartedVerification>;
  /** Call for every inbound WhatsApp message before routing it; `matched: false` means an ordinary message. */
  matchInbound(message: InboundForVerification): Promise<VerificationMatch>;
  status(clinicId: ClinicId, sessionId: string): Promise<VerificationStatus>;
}

export interface CreateMagicLinkInput {
  clinicId: ClinicId;
  phone: string;
  /** The staff member creating it (must hold `patient.magic_link`). */
  actor: Actor;
  requestId: string;
}

export interface RedeemMagicLinkInput {
  clinicId: ClinicId;
  token: string;
  sessionId: string;
  requestId?: string;
}

/** Sign-in links a receptionist sends a returning patient: 15 minutes, single use, audited. */
export interface CreatedMagicLink {
  token: string;
  /** ISO time, 15 minutes on. */
  expiresAt: string;
  /** `/chat/?clinic=<id>#link=<token>` */
  path: string;
  /** PUBLIC_URL + path: what the receptionist sends. */
  url: string;
}

export interface PatientMagicLinks {
  create(input: CreateMagicLinkInput): Promise<CreatedMagicLink>;
  /** Marks the session verified with the link's phone; NotFound `IDENTITY.MAGIC_LINK_INVALID` for unknown, used or expired links. */
  redeem(input: RedeemMagicLinkInput): Promise<{ phone: string }>;
}
