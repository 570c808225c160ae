import { RateLimiterRedis } from 'rate-limiter-flexible';
import { GLOBAL_KEY_FAMILIES } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { LoginThrottle } from '../../ports/login-throttle.port';

export const LOGIN_LIMITS = {
  perAccount: { failures: 5, windowSeconds: 15 * 60 },
  perIp: { failures: 50, windowSeconds: 15 * 60 },
} as const;

/** Failed logins counted per account (known or not, so the limit reveals nothing) and per client IP. */
export class RedisLoginThrottle implements LoginThrottle {
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(redis: RedisClient) {
    this.perAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${GLOBAL_KEY_FAMILIES.rateLimit}login-account`,
      points: LOGIN_LIMITS.perAccount.failures,
      duration: LOGIN_LIMITS.perAccount.windowSeconds,
    });
    this.perIp = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${GLOBAL_KEY_FAMILIES.rateLimit}login-ip`,
      points: LOGIN_LIMITS.perIp.failures,
      duration: LOGIN_LIMITS.perIp.windowSeconds,
    });
  }

  async retryAfter(accountKey: string, ip: string): Promise<number> {
    const [account, address] = await Promise.all([this.perAccount.get(accountKey), this.perIp.get(ip)]);
    const wait = (res: typeof account, limit: number) => (res && res.consumedPoints >= limit ? Math.ceil(res.msBeforeNext / 1000) : 0);
    return Math.max(wait(account, LOGIN_LIMITS.perAccount.failures), wait(address, LOGIN_LIMITS.perIp.failures));
  }

  async recordFailure(accountKey: string, ip: string): Promise<void> {
    // consume() rejects once over the limit; the count is what matters here.
    await Promise.all([this.perAccount.consume(accountKey).catch(() => undefined), this.perIp.consume(ip).catch(() => undefined)]);
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }
}
