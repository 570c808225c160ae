import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { Broadcast, RecipientState } from '../../domain/broadcast';
import type { PatientLanguage } from '../../domain/language';
import type { BroadcastStore, BroadcastTurn, NewBroadcast } from '../../ports/broadcast-store.port';

/**
 * Key layout (all in the clinic's hash tag, so each script stays in one slot):
 * - `t:{c}:broadcast:<id>`             hash: the record (id, text, lang, by, at, audience, queued,
 *                                      skipped, sent, failed, first, last; times in epoch ms)
 * - `t:{c}:broadcasts`                 zset: broadcast id by creation time (the history)
 * - `t:{c}:broadcast-recipients:<id>`  hash: phone -> queued | sending | skipped | sent | failed;
 *                                      expires RECIPIENTS_KEPT_MS after the last message is due
 * - `t:{c}:broadcast-next-slot`        string: epoch ms of the clinic's next free broadcast slot;
 *                                      expires a minute after that slot passed
 * - `t:{c}:broadcast-sends`            zset: `<id>:<phone>` by epoch ms of the claim, the clinic's
 *                                      broadcast sends of the last minute; expires a minute after the last
 * - `t:{c}:broadcast-retry-slot`       string: epoch ms of the next free slot for a turn the rate
 *                                      turned back; expires a minute after that slot passed
 */
const RECIPIENTS_KEPT_MS = 14 * 24 * 3_600_000;
/** The send-time rate is counted over a sliding minute. */
const RATE_WINDOW_MS = 60_000;

/**
 * KEYS: next-slot, record, index, recipients.
 * ARGV: nowMs, spacingMs, keptMs, id, text, lang, by, then one phone per recipient.
 * Reserves the slots (from max(next free slot, now)), stores the record and every recipient as queued.
 * Returns {first, last} (epoch ms, as strings).
 */
const CREATE_BROADCAST = `#!lua flags=
local now = tonumber(ARGV[1])
local spacing = tonumber(ARGV[2])
local n = #ARGV - 7
local start = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now)
local last = start + (n - 1) * spacing
local nextFree = start + n * spacing
redis.call('SET', KEYS[1], string.format('%.0f', nextFree), 'PX', string.format('%.0f', nextFree - now + 60000))
redis.call('HSET', KEYS[2], 'id', ARGV[4], 'text', ARGV[5], 'lang', ARGV[6], 'by', ARGV[7], 'at', ARGV[1],
  'audience', n, 'queued', n, 'skipped', 0, 'sent', 0, 'failed', 0,
  'first', string.format('%.0f', start), 'last', string.format('%.0f', last))
redis.call('ZADD', KEYS[3], ARGV[1], ARGV[4])
local batch = {}
for i = 8, #ARGV do
  batch[#batch + 1] = ARGV[i]
  batch[#batch + 1] = 'queued'
  if #batch >= 1000 then
    redis.call('HSET', KEYS[4], unpack(batch))
    batch = {}
  end
end
if #batch > 0 then redis.call('HSET', KEYS[4], unpack(batch)) end
-- Relative to the caller's clock, which need not be Redis's.
redis.call('PEXPIRE', KEYS[4], string.format('%.0f', last - now + tonumber(ARGV[3])))
return {string.format('%.0f', start), string.format('%.0f', last)}
`;

/**
 * KEYS: recipients, record. ARGV: phone, to, then the states it may come from.
 * Moves the recipient and counts `to` (skipped, sent, failed) in the record; 0 when it is not in one of the states.
 */
const ADVANCE_RECIPIENT = `#!lua flags=
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current then return 0 end
for i = 3, #ARGV do
  if current == ARGV[i] then
    redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
    if ARGV[2] == 'skipped' or ARGV[2] == 'sent' or ARGV[2] == 'failed' then redis.call('HINCRBY', KEYS[2], ARGV[2], 1) end
    return 1
  end
end
return 0
`;

/**
 * KEYS: recipients, sends, retry-slot. ARGV: phone, sends member, nowMs, perMinute, spacingMs, windowMs.
 * Returns {0} when the recipient is not queued; {1} when it was claimed (now `sending`, counted in the
 * window); {2, retryAt} when the window is full: the recipient stays queued and takes the next retry slot.
 */
const CLAIM_TURN = `#!lua flags=
if redis.call('HGET', KEYS[1], ARGV[1]) ~= 'queued' then return {0} end
local now = tonumber(ARGV[3])
local window = tonumber(ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', string.format('%.0f', now - window))
if redis.call('ZCARD', KEYS[2]) < tonumber(ARGV[4]) then
  redis.call('HSET', KEYS[1], ARGV[1], 'sending')
  redis.call('ZADD', KEYS[2], string.format('%.0f', now), ARGV[2])
  redis.call('PEXPIRE', KEYS[2], string.format('%.0f', window))
  return {1}
end
-- Room again when the oldest send of the window leaves it; turns turned back at once get slots a spacing apart.
local oldest = tonumber(redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')[2])
local retryAt = math.max(oldest + window, tonumber(redis.call('GET', KEYS[3]) or '0'))
local following = retryAt + tonumber(ARGV[5])
redis.call('SET', KEYS[3], string.format('%.0f', following), 'PX', string.format('%.0f', following - now + window))
return {2, string.format('%.0f', retryAt)}
`;

interface Commands {
  fdBroadcastCreate(...args: (string | number)[]): Promise<[string, string]>;
  fdBroadcastAdvance(...args: (string | number)[]): Promise<number>;
  fdBroadcastClaimTurn(...args: (string | number)[]): Promise<[number, string?]>;
}

const FIELDS = ['id', 'text', 'lang', 'by', 'at', 'audience', 'queued', 'skipped', 'sent', 'failed', 'first', 'last'] as const;

export class RedisBroadcasts implements BroadcastStore {
  private readonly commands: Commands;

  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.commands = withLuaScripts<Commands>(redis, {
      fdBroadcastCreate: { numberOfKeys: 4, lua: CREATE_BROADCAST },
      fdBroadcastAdvance: { numberOfKeys: 2, lua: ADVANCE_RECIPIENT },
      fdBroadcastClaimTurn: { numberOfKeys: 3, lua: CLAIM_TURN },
    });
  }

  private keys(clinicId: ClinicId, id: string) {
    return {
      slot: this.guard.key(clinicId, 'broadcast-next-slot'),
      record: this.guard.key(clinicId, 'broadcast', id),
      index: this.guard.key(clinicId, 'broadcasts'),
      recipients: this.guard.key(clinicId, 'broadcast-recipients', id),
      sends: this.guard.key(clinicId, 'broadcast-sends'),
      retrySlot: this.guard.key(clinicId, 'broadcast-retry-slot'),
    };
  }

  async create(clinicId: ClinicId, broadcast: NewBroadcast, spacingMs: number): Promise<Broadcast> {
    if (broadcast.recipients.length === 0) throw new RangeError('a broadcast needs at least one recipient');
    const k = this.keys(clinicId, broadcast.id);
    const [first, last] = await this.commands.fdBroadcastCreate(
      k.slot,
      k.record,
      k.index,
      k.recipients,
      broadcast.createdAt.getTime(),
      spacingMs,
      RECIPIENTS_KEPT_MS,
      broadcast.id,
      broadcast.text,
      broadcast.language,
      broadcast.createdBy,
      ...broadcast.recipients,
    );
    const count = broadcast.recipients.length;
    return {
      id: broadcast.id,
      text: broadcast.text,
      language: broadcast.language,
      createdBy: broadcast.createdBy,
      createdAt: broadcast.createdAt,
      audience: count,
      queued: count,
      skipped: 0,
      sent: 0,
      failed: 0,
      firstSendAt: new Date(Number(first)),
      lastSendAt: new Date(Number(last)),
    };
  }

  async get(clinicId: ClinicId, id: string): Promise<Broadcast | null> {
    return broadcastOf(await this.redis.hmget(this.keys(clinicId, id).record, ...FIELDS));
  }

  async list(clinicId: ClinicId, limit: number): Promise<Broadcast[]> {
    const ids = await this.redis.zrevrange(this.keys(clinicId, '_').index, 0, limit - 1);
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hmget(this.keys(clinicId, id).record, ...FIELDS);
    const replies = (await pipeline.exec()) ?? [];
    const out: Broadcast[] = [];
    for (const [error, values] of replies) {
      if (error) throw error;
      const broadcast = broadcastOf(values as (string | null)[]);
      if (broadcast) out.push(broadcast);
    }
    return out;
  }

  async advance(clinicId: ClinicId, id: string, phone: string, from: readonly RecipientState[], to: RecipientState): Promise<boolean> {
    const k = this.keys(clinicId, id);
    return (await this.commands.fdBroadcastAdvance(k.recipients, k.record, phone, to, ...from)) === 1;
  }

  async claimTurn(clinicId: ClinicId, id: string, phone: string, now: Date, limits: { perMinute: number; spacingMs: number }): Promise<BroadcastTurn> {
    if (!Number.isInteger(limits.perMinute) || limits.perMinute < 1) throw new RangeError(`perMinute must be a positive integer, got ${limits.perMinute}`);
    const k = this.keys(clinicId, id);
    const [outcome, retryAt] = await this.commands.fdBroadcastClaimTurn(k.recipients, k.sends, k.retrySlot, phone, `${id}:${phone}`, now.getTime(), limits.perMinute, limits.spacingMs, RATE_WINDOW_MS);
    if (outcome === 1) return { outcome: 'claimed' };
    if (outcome === 2) return { outcome: 'throttled', retryAt: new Date(Number(retryAt)) };
    return { outcome: 'not_queued' };
  }
}

function broadcastOf(values: (string | null)[]): Broadcast | null {
  const [id, text, lang, by, at, audience, queued, skipped, sent, failed, first, last] = values;
  if (!id || text === null || text === undefined) return null;
  return {
    id,
    text,
    language: (lang === 'en' ? 'en' : 'ar') satisfies PatientLanguage,
    createdBy: by ?? '',
    createdAt: new Date(Number(at)),
    audience: Number(audience ?? 0),
    queued: Number(queued ?? 0),
    skipped: Number(skipped ?? 0),
    sent: Number(sent ?? 0),
    failed: Number(failed ?? 0),
    firstSendAt: new Date(Number(first)),
    lastSendAt: new Date(Number(last)),
  };
}
