import { globalKey, type ClinicId, type Logger, type StaffRole, type TenantGuard } from '@frontdesk/shared-kernel';
import type { TokenCipher } from '@frontdesk/shared-kernel/crypto';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { ClinicSecurityPolicy, MfaState, OperatorAccount, StaffAccount } from '../../domain/account';
import type { AccountRef } from '../../domain/account-refs';
import { SESSION_LIMITS } from '../../domain/session-policy';
import type { AccountStore } from '../../ports/account-store.port';

/** The `mfa` field as stored: the TOTP secret sealed (TokenCipher, bound to the account's key), never in the clear. */
interface StoredMfa {
  sealedSecret?: string;
  /** Written before secrets were sealed; sealed on the first read. */
  secret?: string;
  lastTimeStep: number;
  recoveryCodeHashes: string[];
}

/**
 * Staff accounts live in their clinic: `t:{clinic}:user:<id>` and the set
 * `t:{clinic}:users`. Login needs the clinic before any scope exists, so the
 * global hash `g:staff-emails` maps e-mail -> `<clinic>/<id>` (and reserves it).
 * Operators are platform accounts: `g:operator:<id>`, `g:operator-emails`.
 * A TOTP secret is sealed with `cipher` (keys from SESSION_SECRETS) and bound
 * to the account's key, so a copy of Redis, its AOF or a backup does not give
 * away second factors, and a sealed secret copied onto another account does not open.
 */
export class RedisAccountStore implements AccountStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
    private readonly cipher: TokenCipher,
    private readonly logger: Logger,
  ) {}

  private userKey(clinicId: ClinicId, id: string) {
    return this.guard.key(clinicId, 'user', id);
  }

  private keyOf(ref: AccountRef) {
    return ref.kind === 'staff' ? this.userKey(ref.clinicId, ref.id) : globalKey('operator', ref.id);
  }

  async findByEmail(email: string) {
    const staff = await this.redis.hget(globalKey('staffEmails'), email);
    if (staff) {
      const [clinicId, id] = staff.split('/') as [ClinicId, string];
      return { kind: 'staff' as const, clinicId, id };
    }
    const operator = await this.redis.hget(globalKey('operatorEmails'), email);
    return operator ? { kind: 'operator' as const, id: operator } : undefined;
  }

  async getStaff(clinicId: ClinicId, id: string): Promise<StaffAccount | undefined> {
    const f = await this.redis.hgetall(this.userKey(clinicId, id));
    if (!f.id) return undefined;
    return {
      id: f.id,
      clinicId,
      email: f.email!,
      name: f.name!,
      role: f.role as StaffRole,
      status: f.status as StaffAccount['status'],
      passwordHash: f.passwordHash!,
      ...(f.mfa ? { mfa: await this.readMfa(this.userKey(clinicId, id), f.mfa) } : {}),
      createdAt: new Date(f.createdAt!),
    };
  }

  async getOperator(id: string): Promise<OperatorAccount | undefined> {
    const f = await this.redis.hgetall(globalKey('operator', id));
    if (!f.id) return undefined;
    return {
      id: f.id,
      email: f.email!,
      name: f.name!,
      status: f.status as OperatorAccount['status'],
      passwordHash: f.passwordHash!,
      ...(f.mfa ? { mfa: await this.readMfa(globalKey('operator', id), f.mfa) } : {}),
      createdAt: new Date(f.createdAt!),
    };
  }

  async createStaff(account: StaffAccount): Promise<boolean> {
    const key = this.userKey(account.clinicId, account.id);
    const reserved = await this.redis.hsetnx(globalKey('staffEmails'), account.email, `${account.clinicId}/${account.id}`);
    if (reserved === 0 || (await this.redis.hexists(globalKey('operatorEmails'), account.email))) {
      if (reserved === 1) await this.redis.hdel(globalKey('staffEmails'), account.email);
      return false;
    }
    await this.redis
      .multi()
      .hset(key, {
        id: account.id,
        email: account.email,
        name: account.name,
        role: account.role,
        status: account.status,
        passwordHash: account.passwordHash,
        createdAt: account.createdAt.toISOString(),
        ...(account.mfa ? { mfa: this.sealMfa(key, account.mfa) } : {}),
      })
      .sadd(this.guard.key(account.clinicId, 'users'), account.id)
      .exec();
    return true;
  }

  async createOperator(account: OperatorAccount): Promise<boolean> {
    if (await this.redis.hexists(globalKey('staffEmails'), account.email)) return false;
    const reserved = await this.redis.hsetnx(globalKey('operatorEmails'), account.email, account.id);
    if (reserved === 0) return false;
    await this.redis.hset(globalKey('operator', account.id), {
      id: account.id,
      email: account.email,
      name: account.name,
      status: account.status,
      passwordHash: account.passwordHash,
      createdAt: account.createdAt.toISOString(),
    });
    return true;
  }

  async listStaff(clinicId: ClinicId): Promise<StaffAccount[]> {
    const ids = await this.redis.smembers(this.guard.key(clinicId, 'users'));
    const accounts = await Promise.all(ids.map((id) => this.getStaff(clinicId, id)));
    return accounts.filter((a): a is StaffAccount => a !== undefined).sort((a, b) => a.email.localeCompare(b.email));
  }

  async setPasswordHash(ref: AccountRef, hash: string): Promise<void> {
    await this.redis.hset(this.keyOf(ref), 'passwordHash', hash);
  }

  async setMfa(ref: AccountRef, mfa: MfaState | undefined): Promise<void> {
    const key = this.keyOf(ref);
    if (mfa) await this.redis.hset(key, 'mfa', this.sealMfa(key, mfa));
    else await this.redis.hdel(key, 'mfa');
  }

  private sealMfa(key: string, mfa: MfaState): string {
    const stored: StoredMfa = { sealedSecret: this.cipher.seal(mfa.secret, key), lastTimeStep: mfa.lastTimeStep, recoveryCodeHashes: mfa.recoveryCodeHashes };
    return JSON.stringify(stored);
  }

  /**
   * The MFA state with its secret opened. A secret sealed with an older session
   * secret, or stored in the clear before sealing, is sealed again with the
   * current one. One no configured secret opens reads as an empty secret: the
   * account stays enrolled, no code matches, and recovery codes still work.
   */
  private async readMfa(key: string, raw: string): Promise<MfaState> {
    const stored = JSON.parse(raw) as StoredMfa;
    const opened = stored.sealedSecret !== undefined ? this.cipher.open(stored.sealedSecret, key) : null;
    const secret = opened?.plaintext ?? (stored.sealedSecret === undefined ? (stored.secret ?? '') : '');
    const mfa: MfaState = { secret, lastTimeStep: stored.lastTimeStep, recoveryCodeHashes: stored.recoveryCodeHashes };
    if (stored.sealedSecret !== undefined && !opened) {
      this.logger.warn({ key }, 'MFA secret cannot be opened with the configured SESSION_SECRETS; the account can sign in with a recovery code');
    } else if (secret && (opened?.stale || stored.sealedSecret === undefined)) {
      // Only if the field is unchanged since it was read: a concurrent setMfa wins.
      await this.redis.eval(RESEAL_IF_UNCHANGED, 1, key, raw, this.sealMfa(key, mfa));
    }
    return mfa;
  }

  async setRole(clinicId: ClinicId, id: string, role: StaffRole): Promise<void> {
    await this.redis.hset(this.userKey(clinicId, id), 'role', role);
  }

  async setStatus(clinicId: ClinicId, id: string, status: 'active' | 'disabled'): Promise<void> {
    await this.redis.hset(this.userKey(clinicId, id), 'status', status);
  }

  async getSecurityPolicy(clinicId: ClinicId): Promise<ClinicSecurityPolicy> {
    const f = await this.redis.hgetall(this.guard.key(clinicId, 'security'));
    return {
      idleMinutes: f.idleMinutes ? Number(f.idleMinutes) : SESSION_LIMITS.staff.defaultIdleMinutes,
      requireMfaForAllStaff: f.requireMfaForAllStaff === 'true',
    };
  }

  async setSecurityPolicy(clinicId: ClinicId, policy: ClinicSecurityPolicy): Promise<void> {
    await this.redis.hset(this.guard.key(clinicId, 'security'), {
      idleMinutes: String(policy.idleMinutes),
      requireMfaForAllStaff: String(policy.requireMfaForAllStaff),
    });
  }
}

const RESEAL_IF_UNCHANGED = `if redis.call('HGET', KEYS[1], 'mfa') == ARGV[1] then redis.call('HSET', KEYS[1], 'mfa', ARGV[2]) end return 0`;
