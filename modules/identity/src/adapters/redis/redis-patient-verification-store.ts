import { randomBytes } from 'node:crypto';
import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type {
  CheckOutcome,
  PatientVerificationStore,
  PendingVerification,
  StartOutcome,
  StartVerification,
} from '../../ports/patient-verification-store.port';
import { phoneKeyPart, PatientKeys } from './patient-keys';

/**
 * KEYS: 1 phone rate zset, 2 session rate zset, 3 new verification, 4 session, 5 the session's previous verification (= KEYS[3] when none).
 * ARGV: 1 nowMs, 2 phone windowMs, 3 phone max, 4 session windowMs, 5 session max, 6 rate member,
 *       7 sessionId, 8 phone, 9 codeHash, 10 expiresAtMs, 11 keepMs, 12 sha256(phone), 13 the session's pendingPhoneHash as read ('' = none).
 * Sliding windows on the caller's clock: entries older than the window are dropped, a full window refuses
 * (and counts nothing); otherwise the start is counted in both, the phone's old verification and this
 * session's previous one are replaced, and the session remembers which phone it is waiting for.
 */
const START_SCRIPT = `#!lua flags=
local now = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[4]) == 0 then return {'no_session'} end
if (redis.call('HGET', KEYS[4], 'pendingPhoneHash') or '') ~= ARGV[13] then return {'retry'} end
local function wait(key, window, max)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local count = redis.call('ZCARD', key)
  if count < max then return 0 end
  local oldest = redis.call('ZRANGE', key, count - max, count - max, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
local waitPhone = wait(KEYS[1], tonumber(ARGV[2]), tonumber(ARGV[3]))
local waitSession = wait(KEYS[2], tonumber(ARGV[4]), tonumber(ARGV[5]))
if waitPhone > 0 or waitSession > 0 then return {'limited', tostring(math.max(waitPhone, waitSession))} end
redis.call('ZADD', KEYS[1], now, ARGV[6])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], now, ARGV[6])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if KEYS[5] ~= KEYS[3] and redis.call('HGET', KEYS[5], 'sessionId') == ARGV[7] then redis.call('DEL', KEYS[5]) end
redis.call('DEL', KEYS[3])
redis.call('HSET', KEYS[3], 'sessionId', ARGV[7], 'phone', ARGV[8], 'codeHash', ARGV[9], 'expiresAt', ARGV[10], 'wrongTries', '0', 'createdAt', ARGV[1])
redis.call('PEXPIRE', KEYS[3], ARGV[11])
redis.call('HSET', KEYS[4], 'pendingPhoneHash', ARGV[12])
return {'started'}
`;

/**
 * KEYS: the verification of (clinic, phone). ARGV: codeHash, nowMs, maxWrongTries.
 * Compare-and-delete in one script, so two deliveries of the right code verify once.
 */
const CHECK_SCRIPT = `#!lua flags=
local v = redis.call('HMGET', KEYS[1], 'codeHash', 'sessionId', 'expiresAt')
if not v[1] then return {'none'} end
if tonumber(v[3]) <= tonumber(ARGV[2]) then
  redis.call('DEL', KEYS[1])
  return {'expired'}
end
if v[1] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return {'verified', v[2]}
end
local tries = redis.call('HINCRBY', KEYS[1], 'wrongTries', 1)
if tries >= tonumber(ARGV[3]) then
  redis.call('DEL', KEYS[1])
  return {'too_many_tries'}
end
return {'wrong_code', tostring(tries)}
`;

type Reply = [string, ...string[]];

interface VerificationCommands {
  fdIdentityVerificationStart(...args: (string | number)[]): Promise<Reply>;
  fdIdentityVerificationCheck(key: string, codeHash: string, nowMs: number, maxWrongTries: number): Promise<Reply>;
}

/** Pending click-to-WhatsApp verifications and their rate limits; see patient-keys.ts for the layout. */
export class RedisPatientVerificationStore implements PatientVerificationStore {
  private readonly redis: RedisClient & VerificationCommands;
  private readonly keys: PatientKeys;

  constructor(redis: RedisClient, guard: TenantGuard) {
    this.redis = withLuaScripts<VerificationCommands>(redis, {
      fdIdentityVerificationStart: { numberOfKeys: 5, lua: START_SCRIPT },
      fdIdentityVerificationCheck: { numberOfKeys: 1, lua: CHECK_SCRIPT },
    });
    this.keys = new PatientKeys(guard);
  }

  async start(request: StartVerification): Promise<StartOutcome> {
    const { clinicId, sessionId, phone } = request;
    const sessionKey = this.keys.session(clinicId, sessionId);
    const verificationKey = this.keys.verification(clinicId, phone);
    const member = `${request.now.getTime()}:${randomBytes(6).toString('hex')}`;
    // The previous verification's key is read first and re-checked inside the script; a concurrent start retries.
    for (let attempt = 0; attempt < 5; attempt++) {
      const previous = (await this.redis.hget(sessionKey, 'pendingPhoneHash')) ?? '';
      const [outcome, detail] = await this.redis.fdIdentityVerificationStart(
        this.keys.phoneRate(clinicId, phone),
        this.keys.sessionRate(clinicId, sessionId),
        verificationKey,
        sessionKey,
        previous ? this.keys.verificationByHash(clinicId, previous) : verificationKey,
        request.now.getTime(),
        request.perPhone.windowSeconds * 1000,
        request.perPhone.max,
        request.perSession.windowSeconds * 1000,
        request.perSession.max,
        member,
        sessionId,
        phone,
        request.codeHash,
        request.expiresAt.getTime(),
        request.keepSeconds * 1000,
        phoneKeyPart(phone),
        previous,
      );
      if (outcome === 'retry') continue;
      if (outcome === 'started') return { outcome: 'started' };
      if (outcome === 'no_session') return { outcome: 'no_session' };
      if (outcome === 'limited') return { outcome: 'rate_limited', retryAfterSeconds: Math.max(1, Math.ceil(Number(detail) / 1000)) };
      throw new Error(`Unexpected verification start reply: ${outcome}`);
    }
    throw new Error('Verification start kept racing with another start of the same session');
  }

  async check(clinicId: ClinicId, phone: string, codeHash: string, now: Date, maxWrongTries: number): Promise<CheckOutcome> {
    const [outcome, detail] = await this.redis.fdIdentityVerificationCheck(this.keys.verification(clinicId, phone), codeHash, now.getTime(), maxWrongTries);
    switch (outcome) {
      case 'none':
      case 'expired':
      case 'too_many_tries':
        return { outcome };
      case 'verified':
        return { outcome, sessionId: detail! };
      case 'wrong_code':
        return { outcome, wrongTries: Number(detail) };
      default:
        throw new Error(`Unexpected verification check reply: ${outcome}`);
    }
  }

  async pendingFor(clinicId: ClinicId, sessionId: string): Promise<PendingVerification | undefined> {
    const phoneHash = await this.redis.hget(this.keys.session(clinicId, sessionId), 'pendingPhoneHash');
    if (!phoneHash) return undefined;
    const f = await this.redis.hgetall(this.keys.verificationByHash(clinicId, phoneHash));
    if (f.sessionId !== sessionId || !f.phone || !f.expiresAt) return undefined;
    return {
      sessionId,
      phone: f.phone,
      createdAt: new Date(Number(f.createdAt)),
      expiresAt: new Date(Number(f.expiresAt)),
      wrongTries: Number(f.wrongTries ?? 0),
    };
  }
}
