import { ContainerModule } from 'inversify';
import { KERNEL_TOKENS, type AuditLog, type Clock, type EventPublisher, type IdGenerator, type Logger, type TenantGuard } from '@frontdesk/shared-kernel';
import { TokenCipher } from '@frontdesk/shared-kernel/crypto';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { IdentityEvents } from './index';
import { ScryptPasswordHasher } from './adapters/crypto/scrypt-password-hasher';
import { loadCommonPasswords } from './adapters/file/common-password-list';
import { DevMailbox } from './adapters/mail/dev-mailbox';
import { SmtpMail } from './adapters/mail/smtp-mail';
import { RedisAccountStore } from './adapters/redis/redis-account-store';
import { RedisChallengeStore } from './adapters/redis/redis-challenge-store';
import { RedisInviteStore } from './adapters/redis/redis-invite-store';
import { RedisLoginThrottle } from './adapters/redis/redis-login-throttle';
import { RedisPatientLinkStore } from './adapters/redis/redis-patient-link-store';
import { RedisPatientSessionStore } from './adapters/redis/redis-patient-session-store';
import { RedisPatientVerificationStore } from './adapters/redis/redis-patient-verification-store';
import { RedisSessionStore } from './adapters/redis/redis-session-store';
import { OtplibTotp } from './adapters/totp/otplib-totp';
import { createIdentityRouters } from './api/identity.routers';
import { AuditTrail } from './application/audit-trail';
import type { IdentityDeps } from './application/deps';
import { Invites } from './application/invites';
import { Login } from './application/login';
import { AccountProvisioning } from './application/account-provisioning';
import { PatientMagicLinks } from './application/patient-magic-links';
import { fixedPhoneRegion } from './application/patient-phone';
import { PatientSessions } from './application/patient-sessions';
import { PatientVerification } from './application/patient-verification';
import { Sessions } from './application/sessions';
import { StaffAccounts } from './application/staff-accounts';
import { IDENTITY_TOKENS as T } from './identity.tokens';
import { IDENTITY_PUBLIC_TOKENS as P } from './public-tokens';

export interface IdentitySettings {
  publicUrl: string;
  /** SMTP server for outbound mail; without one, mail goes to `devMailDirectory` and the console. */
  smtpUrl?: string;
  mailFrom: string;
  devMailDirectory: string;
  /** Region for patients' local phone numbers (`010...` -> `+2010...`); default `EG`. */
  defaultPhoneRegion?: string;
  /** SESSION_SECRETS: the first seals TOTP secrets at rest, each opens (rotation). */
  credentialSecrets: readonly string[];
}

export interface IdentityKernel {
  redis: RedisClient;
  guard: TenantGuard;
  clock: Clock;
  ids: IdGenerator;
  auditLog: AuditLog;
  logger: Logger;
  events: EventPublisher<IdentityEvents>;
}

/** The adapters behind identity's ports, wired the one way the container, tests and the benchmark all use. */
export function buildIdentityDeps(settings: IdentitySettings, kernel: IdentityKernel, overrides: Partial<IdentityDeps> = {}): IdentityDeps {
  const { redis, guard, clock, logger } = kernel;
  return {
    accounts: new RedisAccountStore(redis, guard, new TokenCipher(settings.credentialSecrets, 'totp-secret'), logger),
    sessions: new RedisSessionStore(redis, guard),
    challenges: new RedisChallengeStore(redis, guard),
    invites: new RedisInviteStore(redis, guard),
    hasher: new ScryptPasswordHasher(),
    throttle: new RedisLoginThrottle(redis),
    mail: settings.smtpUrl ? new SmtpMail(settings.smtpUrl, settings.mailFrom) : new DevMailbox(settings.devMailDirectory, clock, logger),
    totp: new OtplibTotp(),
    patientSessions: new RedisPatientSessionStore(redis, guard),
    patientVerifications: new RedisPatientVerificationStore(redis, guard),
    patientLinks: new RedisPatientLinkStore(redis, guard),
    phoneRegions: fixedPhoneRegion(settings.defaultPhoneRegion ?? 'EG'),
    isCommonPassword: loadCommonPasswords(),
    audit: kernel.auditLog,
    clock,
    ids: kernel.ids,
    guard,
    events: kernel.events,
    publicUrl: settings.publicUrl.replace(/\/$/, ''),
    ...overrides,
  };
}

export const identityContainerModule = new ContainerModule(({ bind }) => {
  bind<IdentityDeps>(T.Deps)
    .toResolvedValue(
      (settings: IdentitySettings, redis: RedisClient, guard: TenantGuard, clock: Clock, ids: IdGenerator, auditLog: AuditLog, logger: Logger, events: EventPublisher<IdentityEvents>) =>
        buildIdentityDeps(settings, { redis, guard, clock, ids, auditLog, logger, events }),
      [T.Settings, KERNEL_TOKENS.Redis, KERNEL_TOKENS.TenantGuard, KERNEL_TOKENS.Clock, KERNEL_TOKENS.IdGenerator, KERNEL_TOKENS.AuditLog, KERNEL_TOKENS.Logger, KERNEL_TOKENS.EventBus],
    )
    .inSingletonScope();
  bind<Sessions>(T.Sessions).toResolvedValue((deps: IdentityDeps) => new Sessions(deps), [T.Deps]).inSingletonScope();
  bind<Login>(T.Login).toResolvedValue((deps: IdentityDeps, sessions: Sessions) => new Login(deps, sessions), [T.Deps, T.Sessions]).inSingletonScope();
  bind<Invites>(T.Invites).toResolvedValue((deps: IdentityDeps) => new Invites(deps), [T.Deps]).inSingletonScope();
  bind<StaffAccounts>(T.StaffAccounts)
    .toResolvedValue((deps: IdentityDeps, sessions: Sessions) => new StaffAccounts(deps, sessions), [T.Deps, T.Sessions])
    .inSingletonScope();
  bind<AuditTrail>(T.AuditTrail).toResolvedValue((deps: IdentityDeps) => new AuditTrail(deps), [T.Deps]).inSingletonScope();
  bind<AccountProvisioning>(T.Provisioning).toResolvedValue((deps: IdentityDeps) => new AccountProvisioning(deps), [T.Deps]).inSingletonScope();
  bind<PatientSessions>(P.PatientSessions).toResolvedValue((deps: IdentityDeps) => new PatientSessions(deps), [T.Deps]).inSingletonScope();
  bind<PatientVerification>(P.PatientVerification)
    .toResolvedValue((deps: IdentityDeps, patientSessions: PatientSessions) => new PatientVerification(deps, patientSessions), [T.Deps, P.PatientSessions])
    .inSingletonScope();
  bind<PatientMagicLinks>(P.PatientMagicLinks)
    .toResolvedValue((deps: IdentityDeps, patientSessions: PatientSessions) => new PatientMagicLinks(deps, patientSessions), [T.Deps, P.PatientSessions])
    .inSingletonScope();
  bind(T.Routers)
    .toResolvedValue(
      (login: Login, sessions: Sessions, invites: Invites, staffAccounts: StaffAccounts, auditTrail: AuditTrail, patientMagicLinks: PatientMagicLinks) =>
        createIdentityRouters({ login, sessions, invites, staffAccounts, auditTrail, patientMagicLinks }),
      [T.Login, T.Sessions, T.Invites, T.StaffAccounts, T.AuditTrail, P.PatientMagicLinks],
    )
    .inSingletonScope();
});
