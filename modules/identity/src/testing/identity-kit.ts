import { EventBus, SequentialIdGenerator, silentLogger, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { generateSync } from 'otplib';
import type { IdentityEvents } from '../index';
import { ScryptPasswordHasher, type ScryptParams } from '../adapters/crypto/scrypt-password-hasher';
import { AccountProvisioning } from '../application/account-provisioning';
import { AuditTrail } from '../application/audit-trail';
import type { IdentityDeps } from '../application/deps';
import { Invites } from '../application/invites';
import { Login } from '../application/login';
import { PatientMagicLinks } from '../application/patient-magic-links';
import { PatientSessions } from '../application/patient-sessions';
import { PatientVerification } from '../application/patient-verification';
import { Sessions } from '../application/sessions';
import { StaffAccounts } from '../application/staff-accounts';
import { buildIdentityDeps } from '../identity.container';

/** The kit's SESSION_SECRETS stand-in: what seals TOTP secrets in tests. */
export const TEST_CREDENTIAL_SECRET = 'test-credential-secret-0123456789abcdefghij';

/** Cheap scrypt for tests that are not about hashing strength. */
export const FAST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

/** The identity use cases on the run's private Redis, with a fake clock and a mailbox in memory. */
export function createIdentityKit(options: { hashParams?: ScryptParams } = {}) {
  const kit = createTenancyKit();
  const sent: { to: string; subject: string; text: string }[] = [];
  const events = new EventBus<IdentityEvents>(silentLogger());
  const deps: IdentityDeps = buildIdentityDeps(
    { publicUrl: 'https://clinic.example', mailFrom: 'test@example.test', devMailDirectory: '/nonexistent', credentialSecrets: [TEST_CREDENTIAL_SECRET] },
    { redis: kit.redis, guard: kit.guard, clock: kit.clock, ids: new SequentialIdGenerator(), auditLog: kit.auditLog, logger: silentLogger(), events },
    { hasher: new ScryptPasswordHasher(options.hashParams ?? FAST_SCRYPT), mail: { send: async (message) => void sent.push(message) } },
  );
  // Real time for the fake clock: rate-limiter TTLs in Redis run on real time.
  kit.clock.set(new Date());
  const sessions = new Sessions(deps);
  const login = new Login(deps, sessions);
  const client = (requestId = 'test') => ({ ip: `198.51.100.${Math.floor(Math.random() * 250)}`, userAgent: 'vitest', requestId });
  const inClinic = <T>(clinicId: ClinicId, fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: { kind: 'system', id: 'test' }, requestId: 'test' }, fn);
  const provisioning = new AccountProvisioning(deps);
  const patientSessions = new PatientSessions(deps);
  return {
    ...kit,
    deps,
    sent,
    sessions,
    login,
    invites: new Invites(deps),
    staffAccounts: new StaffAccounts(deps, sessions),
    auditTrail: new AuditTrail(deps),
    provisioning,
    events,
    patientSessions,
    patientVerification: new PatientVerification(deps, patientSessions),
    patientMagicLinks: new PatientMagicLinks(deps, patientSessions),
    client,
    inClinic,
    /** A fresh clinic with one member of the given role (password known). */
    async member(role: 'owner' | 'doctor' | 'receptionist', clinicId: ClinicId = uniqueClinicId()) {
      const email = `${role}.${clinicId}@example.test`;
      const password = `correct horse ${clinicId}`;
      const { id } = await inClinic(clinicId, () => provisioning.createStaff({ clinicId, email, name: `Test ${role}`, role, password }));
      return { clinicId, id, email, password };
    },
    totpNow(secret: string, at: Date = kit.clock.now()) {
      return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
    },
  };
}

export type IdentityKit = ReturnType<typeof createIdentityKit>;
