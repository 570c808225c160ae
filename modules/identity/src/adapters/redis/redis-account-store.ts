import { globalKey, type ClinicId, type StaffRole, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { ClinicSecurityPolicy, MfaState, OperatorAccount, StaffAccount } from '../../domain/account';
import type { AccountRef } from '../../domain/account-refs';
import { SESSION_LIMITS } from '../../domain/session-policy';
import type { AccountStore } from '../../ports/account-store.port';


/**
 * Staff accounts live in their clinic: `t:{clinic}:user:<id>` and the set
 * `t:{clinic}:users`. Login needs the clinic before any scope exists, so the
 * global hash `g:staff-emails` maps e-mail -> `<clinic>/<id>` (and reserves it).
 * Operators are platform accounts: `g:operator:<id>`, `g:operator-emails`.
 */
export class RedisAccountStore implements AccountStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
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
      ...(f.mfa ? { mfa: JSON.parse(f.mfa) as MfaState } : {}),
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
      ...(f.mfa ? { mfa: JSON.parse(f.mfa) as MfaState } : {}),
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
        ...(account.mfa ? { mfa: JSON.stringify(account.mfa) } : {}),
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
    if (mfa) await this.redis.hset(this.keyOf(ref), 'mfa', JSON.stringify(mfa));
    else await this.redis.hdel(this.keyOf(ref), 'mfa');
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
