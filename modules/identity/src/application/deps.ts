import { createHash, randomBytes } from 'node:crypto';
import type { AuditLog, AuditRecord, Clock, EventPublisher, IdGenerator, TenantGuard } from '@frontdesk/shared-kernel';
import type { IdentityEvents } from '../index';
import type { AccountStore } from '../ports/account-store.port';
import type { ChallengeStore } from '../ports/challenge-store.port';
import type { InviteStore } from '../ports/invite-store.port';
import type { LoginThrottle } from '../ports/login-throttle.port';
import type { OutboundMail } from '../ports/mail.port';
import type { PasswordHasher } from '../ports/password-hasher.port';
import type { PatientLinkStore } from '../ports/patient-link-store.port';
import type { PatientSessionStore } from '../ports/patient-session-store.port';
import type { PatientVerificationStore } from '../ports/patient-verification-store.port';
import type { SessionStore } from '../ports/session-store.port';
import type { Totp } from '../ports/totp.port';
import type { PhoneRegionSource } from './patient-phone';

/** Everything identity's use cases need, bound once by the container. */
export interface IdentityDeps {
  accounts: AccountStore;
  sessions: SessionStore;
  challenges: ChallengeStore;
  invites: InviteStore;
  hasher: PasswordHasher;
  throttle: LoginThrottle;
  mail: OutboundMail;
  totp: Totp;
  /** Patient identity for the web chat: sessions, click-to-WhatsApp verifications, magic links. */
  patientSessions: PatientSessionStore;
  patientVerifications: PatientVerificationStore;
  patientLinks: PatientLinkStore;
  /** The clinic's default phone region (`EG`: 010... is +2010...). */
  phoneRegions: PhoneRegionSource;
  isCommonPassword: (candidate: string) => boolean;
  audit: AuditLog;
  clock: Clock;
  ids: IdGenerator;
  guard: TenantGuard;
  events: EventPublisher<IdentityEvents>;
  /** Base URL for links in e-mails, e.g. https://clinic.example */
  publicUrl: string;
}

/** 32 random bytes, URL-safe: session tokens, invite tokens, challenges. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only hashes of tokens are stored, so a Redis dump opens no session and no invite. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function audit(deps: IdentityDeps, record: Omit<AuditRecord, 'at'>): Promise<string> {
  return deps.audit.append({ ...record, at: deps.clock.now() });
}
