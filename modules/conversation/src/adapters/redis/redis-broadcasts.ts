import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { Broadcast, RecipientState } from '../../domain/broadcast';
import type { PatientLanguage } from '../../domain/language';
import type { BroadcastStore, NewBroadcast } from '../../ports/broadcast-store.port';

/**
 * Key layout (all in the clinic's hash tag, so each script stays in one slot):
 * - `t:{c}:broadcast:<id>`             hash: the record (id, text, lang, by, at, audience, queued,
 *                                      skipped, sent, failed, first, last; times in epoch ms)
 * - `t:{c}:broadcasts`                 zset: broadcast id by creation time (the history)
 * - `t:{c}:broadcast-recipients:<id>`  hash: phone -> queued | sending | skipped | sent | failed;
 *                                      expires RECIPIENTS_KEPT_MS after the last message is due
 * - `t:{c}:broadcast-next-slot`        string: epoch ms of the clinic's next free broadcast slot;
 *                                      expires a minute after that slot passed
 */
const RECIPIENTS_KEPT_MS = 14 * 24 * 3_600_000;

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

interface Commands {
  fdBroadcastCreate(...args: (string | number)[]): Promise<[string, string]>;
  fdBroadcastAdvance(...args: (string | number)[]): Promise<number>;
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
    });
  }

  private keys(clinicId: ClinicId, id: string) {
    return {
      slot: this.guard.key(clinicId, 'broadcast-next-slot'),
      record: this.guard.key(clinicId, 'broadcast', id),
      index: this.guard.key(clinicId, 'broadcasts'),
      recipients: this.guard.key(clinicId, 'broadcast-recipients', id),
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
