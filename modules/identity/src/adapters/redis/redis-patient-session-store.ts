import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { PatientSession } from '../../domain/patient-identity';
import type { PatientSessionStore } from '../../ports/patient-session-store.port';
import { phoneKeyPart, PatientKeys } from './patient-keys';

/** KEYS: session. ARGV: lastSeenAt (ISO), ttlSeconds. A session ended meanwhile stays ended. */
const TOUCH_SCRIPT = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'lastSeenAt', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
`;

/** KEYS: session. ARGV: phone, verifiedAt (ISO), sha256(phone). Clears the pending marker of that phone. */
const VERIFY_SCRIPT = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'phone', ARGV[1], 'verifiedAt', ARGV[2])
if redis.call('HGET', KEYS[1], 'pendingPhoneHash') == ARGV[3] then redis.call('HDEL', KEYS[1], 'pendingPhoneHash') end
return 1
`;

/** KEYS: session, its pending verification. ARGV: sessionId. The verification goes only if it is still this session's. */
const END_SCRIPT = `#!lua flags=
if redis.call('HGET', KEYS[2], 'sessionId') == ARGV[1] then redis.call('DEL', KEYS[2]) end
return redis.call('DEL', KEYS[1])
`;

interface SessionCommands {
  fdIdentityPatientTouch(key: string, lastSeenAt: string, ttlSeconds: number): Promise<number>;
  fdIdentityPatientVerify(key: string, phone: string, verifiedAt: string, phoneHash: string): Promise<number>;
  fdIdentityPatientEnd(sessionKey: string, verificationKey: string, sessionId: string): Promise<number>;
}

/** Patient sessions: see patient-keys.ts for the layout. */
export class RedisPatientSessionStore implements PatientSessionStore {
  private readonly redis: RedisClient & SessionCommands;
  private readonly keys: PatientKeys;

  constructor(redis: RedisClient, guard: TenantGuard) {
    this.redis = withLuaScripts<SessionCommands>(redis, {
      fdIdentityPatientTouch: { numberOfKeys: 1, lua: TOUCH_SCRIPT },
      fdIdentityPatientVerify: { numberOfKeys: 1, lua: VERIFY_SCRIPT },
      fdIdentityPatientEnd: { numberOfKeys: 2, lua: END_SCRIPT },
    });
    this.keys = new PatientKeys(guard);
  }

  async create(session: PatientSession, ttlSeconds: number): Promise<void> {
    const key = this.keys.session(session.clinicId, session.sessionId);
    await this.redis
      .multi()
      .hset(key, {
        createdAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastSeenAt.toISOString(),
        phone: session.phone ?? '',
        verifiedAt: session.verifiedAt?.toISOString() ?? '',
      })
      .expire(key, ttlSeconds)
      .exec();
  }

  async get(clinicId: ClinicId, sessionId: string): Promise<PatientSession | undefined> {
    const f = await this.redis.hgetall(this.keys.session(clinicId, sessionId));
    if (!f.createdAt || !f.lastSeenAt) return undefined;
    return {
      sessionId,
      clinicId,
      phone: f.phone ? f.phone : null,
      verifiedAt: f.verifiedAt ? new Date(f.verifiedAt) : null,
      createdAt: new Date(f.createdAt),
      lastSeenAt: new Date(f.lastSeenAt),
    };
  }

  async touch(clinicId: ClinicId, sessionId: string, lastSeenAt: Date, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.fdIdentityPatientTouch(this.keys.session(clinicId, sessionId), lastSeenAt.toISOString(), ttlSeconds)) === 1;
  }

  async markVerified(clinicId: ClinicId, sessionId: string, phone: string, verifiedAt: Date): Promise<boolean> {
    const key = this.keys.session(clinicId, sessionId);
    return (await this.redis.fdIdentityPatientVerify(key, phone, verifiedAt.toISOString(), phoneKeyPart(phone))) === 1;
  }

  async delete(clinicId: ClinicId, sessionId: string): Promise<void> {
    const key = this.keys.session(clinicId, sessionId);
    const pending = await this.redis.hget(key, 'pendingPhoneHash');
    if (pending) await this.redis.fdIdentityPatientEnd(key, this.keys.verificationByHash(clinicId, pending), sessionId);
    else await this.redis.del(key);
  }
}
