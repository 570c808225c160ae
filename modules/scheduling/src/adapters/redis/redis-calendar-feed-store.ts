import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type {
  CalendarFeedRecord,
  CalendarFeedStore,
  ReplaceFeedOutcome,
  RevokeFeedOutcome,
} from '../../ports/calendar-feed-store.port';

/**
 * Keys (one clinic's keys share a cluster slot, so each script touches one slot):
 *
 * | Key | Type | Content |
 * | --- | --- | --- |
 * | `t:{clinic}:ics-feed:<sha256(secret)>` | string | the doctor id |
 * | `t:{clinic}:ics-feed-of:<doctorId>` | hash | `hash` (the current sha256), `createdAt` (epoch ms) |
 *
 * Both scripts compare the doctor's current hash with the one the caller read
 * (`''` = none) and write nothing when it changed; every key they touch is
 * declared in KEYS. No TTL: a feed lives until it is rotated or revoked.
 */
const REPLACE_SCRIPT = `#!lua flags=
local current = redis.call('HGET', KEYS[1], 'hash') or ''
if current ~= ARGV[1] then return 'stale' end
if current ~= '' then redis.call('DEL', KEYS[3]) end
redis.call('SET', KEYS[2], ARGV[3])
redis.call('HSET', KEYS[1], 'hash', ARGV[2], 'createdAt', ARGV[4])
if current ~= '' then return 'replaced' end
return 'created'
`;

const REVOKE_SCRIPT = `#!lua flags=
local current = redis.call('HGET', KEYS[1], 'hash') or ''
if current == '' or current ~= ARGV[1] then return 'stale' end
redis.call('DEL', KEYS[1], KEYS[2])
return 'revoked'
`;

interface FeedCommands {
  fdIcsFeedReplace(ofKey: string, newKey: string, oldKey: string, expectedHash: string, newHash: string, doctorId: string, createdAtMs: string): Promise<string>;
  fdIcsFeedRevoke(ofKey: string, feedKey: string, expectedHash: string): Promise<string>;
}

export class RedisCalendarFeedStore implements CalendarFeedStore {
  private readonly redis: RedisClient & FeedCommands;

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.redis = withLuaScripts<FeedCommands>(redis, {
      fdIcsFeedReplace: { numberOfKeys: 3, lua: REPLACE_SCRIPT },
      fdIcsFeedRevoke: { numberOfKeys: 2, lua: REVOKE_SCRIPT },
    });
  }

  private feedKey(clinicId: ClinicId, secretHash: string): string {
    return this.guard.key(clinicId, 'ics-feed', secretHash);
  }

  private ofKey(clinicId: ClinicId, doctorId: string): string {
    return this.guard.key(clinicId, 'ics-feed-of', doctorId);
  }

  async current(clinicId: ClinicId, doctorId: string): Promise<CalendarFeedRecord | undefined> {
    const [hash, createdAt] = await this.redis.hmget(this.ofKey(clinicId, doctorId), 'hash', 'createdAt');
    return hash ? { secretHash: hash, createdAt: new Date(Number(createdAt)) } : undefined;
  }

  async replace(clinicId: ClinicId, doctorId: string, expected: CalendarFeedRecord | undefined, next: CalendarFeedRecord): Promise<ReplaceFeedOutcome> {
    const newKey = this.feedKey(clinicId, next.secretHash);
    const reply = await this.redis.fdIcsFeedReplace(
      this.ofKey(clinicId, doctorId),
      newKey,
      // With no feed before, the third key is not touched; the new key stands in so KEYS stays fixed.
      expected ? this.feedKey(clinicId, expected.secretHash) : newKey,
      expected?.secretHash ?? '',
      next.secretHash,
      doctorId,
      String(next.createdAt.getTime()),
    );
    if (reply === 'stale') return { outcome: 'stale' };
    return { outcome: 'created', replaced: reply === 'replaced' };
  }

  async revoke(clinicId: ClinicId, doctorId: string, expected: CalendarFeedRecord): Promise<RevokeFeedOutcome> {
    const reply = await this.redis.fdIcsFeedRevoke(this.ofKey(clinicId, doctorId), this.feedKey(clinicId, expected.secretHash), expected.secretHash);
    return reply === 'revoked' ? { outcome: 'revoked' } : { outcome: 'stale' };
  }

  async doctorOf(clinicId: ClinicId, secretHash: string): Promise<string | undefined> {
    return (await this.redis.get(this.feedKey(clinicId, secretHash))) ?? undefined;
  }
}
