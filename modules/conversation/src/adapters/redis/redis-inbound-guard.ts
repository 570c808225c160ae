import { createHash } from 'node:crypto';
import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { RateLimit, RateLimitName } from '../../domain/rate-limits';
import type { InboundAdmissionRequest, InboundAdmissionVerdict, InboundGuard } from '../../ports/inbound-guard.port';

/**
 * Key layout (all in the clinic's hash tag, so the script stays single-slot on a cluster):
 *
 * - `t:{clinic}:inbound-seen:<sha256(providerMessageId)>`          string, EX = dedupe TTL (7 days); deleted again when handling fails
 * - `t:{clinic}:inbound-rate:<limit>:<subject>:<window>`            counter of one fixed window
 * - `t:{clinic}:inbound-apology:<limit>:<subject>:<window>`         marker: apology already due once
 * - `t:{clinic}:inbound-drops`                                       hash: limit name -> dropped messages
 *
 * `<window>` = floor(nowMs / windowMs) from the caller's clock, `<subject>` =
 * sha256 of the session key / phone (no raw phone numbers in key names), or
 * `all` for the clinic. The window is in the key name, so the script never
 * depends on Redis's own clock (a FakeClock works); PEXPIRE only collects old keys.
 */

/** Keys outlive their window by this much, so app instances whose clocks differ slightly still share a window's count. */
const EXPIRY_SLACK_MS = 5_000;

/**
 * KEYS: [1] seen marker, [2] drops hash, then per limit i: [1+2i] counter, [2+2i] apology marker.
 * ARGV: [1] nowMs, [2] dedupe TTL seconds, then per limit i: [3i] name, [3i+1] max, [3i+2] windowMs.
 * Returns {'duplicate'} | {'limited', name, '1'|'0' (apology due)} | {'accepted'}.
 *
 * Check, then count: every counter is read first; if one is at its max, the
 * message is dropped without touching any counter (a dropped message uses no
 * budget), the drop is counted, and the apology marker is SET NX for the rest
 * of the window. Otherwise every counter is incremented. `#!lua flags=` (no
 * `no-writes`): Redis refuses the script under OOM before it runs, so it never
 * half-writes; no `allow-cross-slot-keys`, so the declared keys must share a slot.
 */
export const ADMIT_INBOUND_SCRIPT = `#!lua flags=
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then return {'duplicate'} end
local now = tonumber(ARGV[1])
local slack = ${EXPIRY_SLACK_MS}
local n = (#KEYS - 2) / 2
for i = 1, n do
  local max = tonumber(ARGV[3 * i + 1])
  local count = tonumber(redis.call('GET', KEYS[1 + 2 * i]) or '0')
  if count >= max then
    local name = ARGV[3 * i]
    local windowMs = tonumber(ARGV[3 * i + 2])
    local left = windowMs - (now % windowMs)
    local due = redis.call('SET', KEYS[2 + 2 * i], '1', 'NX', 'PX', left + slack)
    redis.call('HINCRBY', KEYS[2], name, 1)
    if due then return {'limited', name, '1'} end
    return {'limited', name, '0'}
  end
end
for i = 1, n do
  local c = redis.call('INCR', KEYS[1 + 2 * i])
  if c == 1 then
    local windowMs = tonumber(ARGV[3 * i + 2])
    redis.call('PEXPIRE', KEYS[1 + 2 * i], windowMs - (now % windowMs) + slack)
  end
end
return {'accepted'}
`;

type ScriptReply = [string, ...string[]];

interface ConversationCommands {
  /** Variadic keys: the first argument is the number of keys. */
  fdConversationAdmitInbound(...args: (string | number)[]): Promise<ScriptReply>;
}

function defineScripts(redis: RedisClient): RedisClient & ConversationCommands {
  return withLuaScripts<ConversationCommands>(redis, { fdConversationAdmitInbound: { lua: ADMIT_INBOUND_SCRIPT } });
}

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

const LIMIT_NAMES: ReadonlySet<string> = new Set<RateLimitName>(['session', 'phone', 'clinic']);

export class RedisInboundGuard implements InboundGuard {
  private readonly redis: RedisClient & ConversationCommands;

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.redis = defineScripts(redis);
  }

  seenKey(clinicId: ClinicId, providerMessageId: string): string {
    return this.guard.key(clinicId, 'inbound-seen', sha256(providerMessageId));
  }

  dropsKey(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'inbound-drops');
  }

  async admit(request: InboundAdmissionRequest): Promise<InboundAdmissionVerdict> {
    const { clinicId, now } = request;
    const nowMs = now.getTime();
    const session = request.sessionKey ? sha256(`session:${request.sessionKey}`) : undefined;
    const phone = request.phone ? sha256(`phone:${request.phone}`) : undefined;
    // The apology for the clinic-wide limit goes once per patient and window, not once per clinic.
    const patient = phone ?? session ?? 'all';
    const subjectOf = (limit: RateLimit): { counter: string; apology: string } | undefined => {
      switch (limit.name) {
        case 'session':
          return session ? { counter: session, apology: session } : undefined;
        case 'phone':
          return phone ? { counter: phone, apology: phone } : undefined;
        case 'clinic':
          return { counter: 'all', apology: patient };
      }
    };

    const keys = [this.seenKey(clinicId, request.providerMessageId), this.dropsKey(clinicId)];
    const args: (string | number)[] = [nowMs, request.dedupeTtlSeconds];
    for (const limit of request.limits) {
      const subject = subjectOf(limit);
      if (!subject) continue;
      const windowMs = limit.windowSeconds * 1000;
      const window = String(Math.floor(nowMs / windowMs));
      keys.push(
        this.guard.key(clinicId, 'inbound-rate', limit.name, subject.counter, window),
        this.guard.key(clinicId, 'inbound-apology', limit.name, subject.apology, window),
      );
      args.push(limit.name, limit.max, windowMs);
    }

    const reply = await this.redis.fdConversationAdmitInbound(keys.length, ...keys, ...args);
    const [status, name, due] = reply;
    switch (status) {
      case 'accepted':
        return { kind: 'accepted' };
      case 'duplicate':
        return { kind: 'duplicate' };
      case 'limited':
        if (!name || !LIMIT_NAMES.has(name)) break;
        return { kind: 'limited', limit: name as RateLimitName, apologyDue: due === '1' };
    }
    throw new Error(`Unexpected inbound guard script reply: ${JSON.stringify(reply)}`);
  }

  async release(clinicId: ClinicId, providerMessageId: string): Promise<void> {
    await this.redis.del(this.seenKey(clinicId, providerMessageId));
  }

  async dropCounts(clinicId: ClinicId): Promise<Partial<Record<RateLimitName, number>>> {
    const hash = await this.redis.hgetall(this.dropsKey(clinicId));
    const counts: Partial<Record<RateLimitName, number>> = {};
    for (const [field, value] of Object.entries(hash)) {
      if (LIMIT_NAMES.has(field)) counts[field as RateLimitName] = Number(value);
    }
    return counts;
  }
}
