import { createHash } from 'node:crypto';
import { InvalidInput, PERMISSIONS, RateLimited, roleMay, Unauthenticated, type ClinicId, type Permission } from '@frontdesk/shared-kernel';
import type { LoginResult, SignedInUser } from '../index';
import { mfaRequired, normaliseEmail, type Account, type MfaState } from '../domain/account';
import { actorName, OPERATOR_SCOPE, refOf, scopeOf, type AccountRef } from '../domain/account-refs';
import type { LoginChallenge } from '../ports/challenge-store.port';
import { audit, hashToken, newToken, type IdentityDeps } from './deps';
import type { ClientInfo, IssuedSession, Sessions } from './sessions';

const BAD_CREDENTIALS = 'The e-mail or password is not right';
const CHALLENGE_TTL_SECONDS = 5 * 60;
const MAX_CODE_ATTEMPTS = 5;

export interface LoginOutcome {
  result: LoginResult;
  session?: IssuedSession;
}

export function toSignedInUser(account: Account): SignedInUser {
  return account.kind === 'staff'
    ? {
        kind: 'staff',
        id: account.id,
        clinicId: account.clinicId,
        email: account.email,
        name: account.name,
        role: account.role,
        mfaEnabled: !!account.mfa,
        // What the dashboard may show; the server checks every call again.
        permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleMay(account.role, p)),
      }
    : { kind: 'operator', id: account.id, email: account.email, name: account.name, mfaEnabled: !!account.mfa };
}

/** Account key for throttling: a hash of the e-mail, whether or not an account has it. */
function throttleKey(email: string): string {
  return createHash('sha256').update(email).digest('hex').slice(0, 32);
}


/**
 * Password step, then (if the account needs it) a TOTP or recovery-code step,
 * or MFA enrolment for owners and operators who have none yet.
 */
export class Login {
  /** Verified when the e-mail is unknown, so both paths cost one scrypt. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly deps: IdentityDeps,
    private readonly sessions: Sessions,
  ) {}

  async loadAccount(ref: AccountRef, requestId: string): Promise<Account | undefined> {
    if (ref.kind === 'operator') {
      const operator = await this.deps.accounts.getOperator(ref.id);
      return operator && { kind: 'operator', ...operator };
    }
    return this.deps.guard.run({ clinicId: ref.clinicId, actor: { kind: 'system', id: 'login' }, requestId }, async () => {
      const staff = await this.deps.accounts.getStaff(ref.clinicId, ref.id);
      return staff && { kind: 'staff' as const, ...staff };
    });
  }

  /** Runs fn inside the account's clinic scope (staff) or none (operators). */
  inScope<T>(account: Account, requestId: string, fn: () => Promise<T>): Promise<T> {
    if (account.kind === 'operator') return fn();
    return this.deps.guard.run({ clinicId: account.clinicId, actor: { kind: 'staff', id: account.id, clinicId: account.clinicId, role: account.role }, requestId }, fn);
  }

  async withPassword(input: { email: string; password: string }, client: ClientInfo): Promise<LoginOutcome> {
    const email = normaliseEmail(input.email);
    const key = throttleKey(email);
    const wait = await this.deps.throttle.retryAfter(key, client.ip);
    if (wait > 0) {
      throw new RateLimited('IDENTITY.LOGIN_THROTTLED', `Too many attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`, wait);
    }
    const ref = await this.deps.accounts.findByEmail(email);
    const account = ref ? await this.loadAccount(ref, client.requestId) : undefined;
    this.dummyHash ??= this.deps.hasher.hash('not-a-real-password-but-the-same-cost');
    const valid = account ? await this.deps.hasher.verify(input.password, account.passwordHash) : (await this.deps.hasher.verify(input.password, await this.dummyHash), false);

    if (!account || !valid || account.status !== 'active') {
      await this.deps.throttle.recordFailure(key, client.ip);
      await audit(this.deps, {
        actor: account ? actorName(account) : 'anonymous',
        action: 'identity.login',
        target: account ? `user:${account.id}` : `email-sha256:${key.slice(0, 16)}`,
        clinicId: account ? (scopeOf(account) ?? null) : null,
        outcome: 'failure',
        requestId: client.requestId,
        detail: !account ? 'unknown e-mail' : !valid ? 'wrong password' : 'account disabled',
      });
      throw new Unauthenticated(BAD_CREDENTIALS, 'IDENTITY.BAD_CREDENTIALS');
    }

    return this.inScope(account, client.requestId, async () => {
      await this.deps.throttle.recordSuccess(key);
      if (this.deps.hasher.needsRehash(account.passwordHash)) {
        await this.deps.accounts.setPasswordHash(account, await this.deps.hasher.hash(input.password));
      }
      const policy = account.kind === 'staff' ? await this.deps.accounts.getSecurityPolicy(account.clinicId) : undefined;
      if (account.mfa) return { result: { status: 'mfa_required', challenge: await this.challenge(account, 'mfa') } };
      if (mfaRequired(account, policy)) return { result: { status: 'mfa_enrolment_required', challenge: await this.challenge(account, 'enrol') } };
      return this.signIn(account, client, 'password');
    });
  }

  /** A challenge is `<clinic or ~op>.<token>`: the scope is not secret, the token is, and only its hash is stored. */
  private async challenge(account: Account, purpose: LoginChallenge['purpose']): Promise<string> {
    const token = newToken();
    await this.deps.challenges.save(scopeOf(account), hashToken(token), { purpose, account: refOf(account), attempts: 0 }, CHALLENGE_TTL_SECONDS);
    return `${scopeOf(account) ?? OPERATOR_SCOPE}.${token}`;
  }

  private async signIn(account: Account, client: ClientInfo, method: string): Promise<LoginOutcome> {
    const session = await this.sessions.issue(account, client);
    await audit(this.deps, {
      actor: actorName(account),
      action: 'identity.login',
      target: `user:${account.id}`,
      clinicId: scopeOf(account) ?? null,
      outcome: 'success',
      requestId: client.requestId,
      detail: method,
    });
    return { result: { status: 'signed_in', user: toSignedInUser(account) }, session };
  }

  /** Opens the challenge's scope and checks it is alive and meant for this step. */
  private async withChallenge<T>(
    challengeValue: string,
    purpose: LoginChallenge['purpose'],
    requestId: string,
    fn: (step: { challenge: LoginChallenge; tokenHash: string; scope: ClinicId | undefined; account: Account }) => Promise<T>,
  ): Promise<T> {
    const expired = () => new Unauthenticated('This sign-in step has expired. Sign in again.', 'IDENTITY.CHALLENGE_EXPIRED');
    const dot = challengeValue.indexOf('.');
    const scopePart = challengeValue.slice(0, dot);
    const scope = scopePart === OPERATOR_SCOPE ? undefined : (scopePart as ClinicId);
    const tokenHash = hashToken(challengeValue.slice(dot + 1));
    const run = async () => {
      const challenge = await this.deps.challenges.get(scope, tokenHash);
      if (!challenge || challenge.purpose !== purpose) throw expired();
      const account = await this.loadAccount(challenge.account, requestId);
      if (!account || account.status !== 'active') throw expired();
      return fn({ challenge, tokenHash, scope, account });
    };
    if (!scope) return run();
    return this.deps.guard.run({ clinicId: scope, actor: { kind: 'system', id: 'login' }, requestId }, run);
  }

  /** A wrong code counts against the challenge (5 tries) and against the account's login limit. */
  private async wrongCode(step: { challenge: LoginChallenge; tokenHash: string; scope: ClinicId | undefined; account: Account }, client: ClientInfo): Promise<never> {
    const attempts = step.challenge.attempts + 1;
    if (attempts >= MAX_CODE_ATTEMPTS) await this.deps.challenges.delete(step.scope, step.tokenHash);
    else await this.deps.challenges.save(step.scope, step.tokenHash, { ...step.challenge, attempts }, CHALLENGE_TTL_SECONDS);
    await this.deps.throttle.recordFailure(throttleKey(step.account.email), client.ip);
    await audit(this.deps, {
      actor: actorName(step.account),
      action: 'identity.mfa.verify',
      target: `user:${step.account.id}`,
      clinicId: step.scope ?? null,
      outcome: 'failure',
      requestId: client.requestId,
    });
    throw new Unauthenticated(
      attempts >= MAX_CODE_ATTEMPTS ? 'Too many wrong codes. Sign in again.' : 'That code is not right. Check your authenticator app and try again.',
      'IDENTITY.BAD_MFA_CODE',
    );
  }

  /** Second step: a current TOTP code (never one already used) or an unused recovery code. */
  async withCode(input: { challenge: string; code: string }, client: ClientInfo): Promise<LoginOutcome> {
    return this.withChallenge(input.challenge, 'mfa', client.requestId, async (step) => {
      const mfa = step.account.mfa;
      if (!mfa) throw new Unauthenticated('This sign-in step has expired. Sign in again.', 'IDENTITY.CHALLENGE_EXPIRED');
      const code = input.code.replace(/\s/g, '');
      const now = this.deps.clock.now();
      let updated: MfaState | undefined;
      const timeStep = this.deps.totp.verify(mfa.secret, code, now, mfa.lastTimeStep);
      if (timeStep !== undefined) {
        updated = { ...mfa, lastTimeStep: timeStep };
      } else {
        const codeHash = hashRecoveryCode(code);
        if (mfa.recoveryCodeHashes.includes(codeHash)) {
          updated = { ...mfa, recoveryCodeHashes: mfa.recoveryCodeHashes.filter((h) => h !== codeHash) };
        }
      }
      if (!updated) return this.wrongCode(step, client);
      await this.deps.accounts.setMfa(step.account, updated);
      await this.deps.challenges.delete(step.scope, step.tokenHash);
      await this.deps.throttle.recordSuccess(throttleKey(step.account.email));
      return this.signIn(step.account, client, timeStep !== undefined ? 'password+totp' : 'password+recovery-code');
    });
  }

  /** Enrolment during sign-in: a fresh secret, shown as a QR code, saved only once confirmed. */
  async startEnrolment(input: { challenge: string }, client: ClientInfo): Promise<{ otpauthUri: string; qrDataUrl: string; secret: string }> {
    return this.withChallenge(input.challenge, 'enrol', client.requestId, async (step) => {
      const secret = this.deps.totp.newSecret();
      await this.deps.challenges.save(step.scope, step.tokenHash, { ...step.challenge, pendingSecret: secret }, CHALLENGE_TTL_SECONDS);
      const otpauthUri = this.deps.totp.uri(secret, step.account.email);
      return { otpauthUri, qrDataUrl: await this.deps.totp.qrDataUrl(otpauthUri), secret };
    });
  }

  async confirmEnrolment(input: { challenge: string; code: string }, client: ClientInfo): Promise<LoginOutcome & { recoveryCodes: string[] }> {
    return this.withChallenge(input.challenge, 'enrol', client.requestId, async (step) => {
      const secret = step.challenge.pendingSecret;
      if (!secret) throw new InvalidInput('IDENTITY.ENROLMENT_NOT_STARTED', 'Scan the QR code first');
      const timeStep = this.deps.totp.verify(secret, input.code.replace(/\s/g, ''), this.deps.clock.now());
      if (timeStep === undefined) return this.wrongCode(step, client);
      const recoveryCodes = newRecoveryCodes();
      await this.deps.accounts.setMfa(step.account, { secret, lastTimeStep: timeStep, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) });
      await this.deps.challenges.delete(step.scope, step.tokenHash);
      await audit(this.deps, {
        actor: actorName(step.account),
        action: 'identity.mfa.enrol',
        target: `user:${step.account.id}`,
        clinicId: step.scope ?? null,
        outcome: 'success',
        requestId: client.requestId,
      });
      const signedIn = await this.signIn({ ...step.account, mfa: { secret, lastTimeStep: timeStep, recoveryCodeHashes: [] } }, client, 'password+totp-enrolment');
      return { ...signedIn, recoveryCodes };
    });
  }
}

/** Ten codes of 10 base32 characters (50 bits each), shown once as `xxxxx-xxxxx`. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const bytes = newToken();
    let code = '';
    for (let i = 0; i < 10; i++) code += alphabet[bytes.charCodeAt(i) % alphabet.length];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase().replace(/[^a-z0-9]/g, '')).digest('hex');
}
