import { globalKey, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { ChallengeStore, LoginChallenge } from '../../ports/challenge-store.port';

/** `t:{clinic}:challenge:<hash>` for staff, `g:opchallenge:<hash>` for operators; both expire on their own. */
export class RedisChallengeStore implements ChallengeStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {}

  private key(scope: ClinicId | undefined, tokenHash: string) {
    return scope ? this.guard.key(scope, 'challenge', tokenHash) : globalKey('operatorChallenge', tokenHash);
  }

  async save(scope: ClinicId | undefined, tokenHash: string, challenge: LoginChallenge, ttlSeconds: number): Promise<void> {
    const key = this.key(scope, tokenHash);
    const ttl = await this.redis.ttl(key);
    // Keep the original expiry when a challenge is updated (attempt counts, pending secret).
    await this.redis.set(key, JSON.stringify(challenge), 'EX', ttl > 0 ? ttl : ttlSeconds);
  }

  async get(scope: ClinicId | undefined, tokenHash: string): Promise<LoginChallenge | undefined> {
    const raw = await this.redis.get(this.key(scope, tokenHash));
    return raw ? (JSON.parse(raw) as LoginChallenge) : undefined;
  }

  async delete(scope: ClinicId | undefined, tokenHash: string): Promise<void> {
    await this.redis.del(this.key(scope, tokenHash));
  }
}
