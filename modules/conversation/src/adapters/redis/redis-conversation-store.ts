import { createHash } from 'node:crypto';
import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import { withLuaScripts, type RedisClient } from '@frontdesk/shared-kernel/redis';
import { previewOf, type Conversation, type ConversationMode, type LineAuthor, type TranscriptEntry } from '../../domain/conversation';
import { advanceStatus, type Channel, type DeliveryStatus } from '../../domain/inbound-message';
import type { DraftDecision, OutboxDraft } from '../../domain/outbox';
import type { AiReplyOutcome, AiReplyRecord, ConversationStore, InboundRecord, OutboxStats } from '../../ports/conversation-store.port';
import type { PatientLanguage, ReplyIntent } from '../../ports/receptionist-model.port';
import { clinicChannel, conversationChannel } from './redis-conversation-feed';

/**
 * Key layout (all in the clinic's hash tag):
 * - `t:{c}:conv:<id>`            hash: the conversation (fields below)
 * - `t:{c}:conv-lines:<id>`      stream: the transcript, capped at about TRANSCRIPT_CAP lines
 * - `t:{c}:conv-delivery:<id>`   hash: line id -> delivery status
 * - `t:{c}:conversations`        zset: conversation id by last activity (the feed)
 * - `t:{c}:outbox`               zset: draft id by creation time
 * - `t:{c}:outbox-draft:<id>`    string: the draft as JSON
 * - `t:{c}:outbox-stats`         hash: `<intent>:<decision>` -> count
 * - `t:{c}:provider-msg:<sha256(provider id)>`  string `<conversation>|<line>`, 30 days
 */
const TRANSCRIPT_CAP = 2000;
const PROVIDER_LINK_TTL_SECONDS = 30 * 24 * 3600;

/**
 * KEYS: conv, lines, index. ARGV: id, channel, patientKey, phone, name, lang, nowMs, text, preview, cap, history,
 * then the two feed channels (conversation, clinic): the new line is published in the same step.
 */
const RECORD_INBOUND = `#!lua flags=
-- HSETNX: a line written before the patient's first message (a reminder) leaves a partial hash.
redis.call('HSETNX', KEYS[1], 'id', ARGV[1])
redis.call('HSETNX', KEYS[1], 'channel', ARGV[2])
redis.call('HSETNX', KEYS[1], 'pk', ARGV[3])
redis.call('HSETNX', KEYS[1], 'mode', 'ai')
redis.call('HSETNX', KEYS[1], 'created', ARGV[7])
redis.call('HSETNX', KEYS[1], 'state', '{}')
if ARGV[4] ~= '' then redis.call('HSET', KEYS[1], 'phone', ARGV[4]) end
if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'name', ARGV[5]) end
redis.call('HSET', KEYS[1], 'lang', ARGV[6], 'last', ARGV[7], 'lastIn', ARGV[7], 'preview', ARGV[9])
local line = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[10], '*', 'a', 'patient', 't', ARGV[8], 'at', ARGV[7])
redis.call('ZADD', KEYS[3], ARGV[7], ARGV[1])
local event = cjson.encode({type = 'line', conversationId = ARGV[1], line = {id = line, author = 'patient', text = ARGV[8], at = tonumber(ARGV[7])}})
redis.call('PUBLISH', ARGV[12], event)
redis.call('PUBLISH', ARGV[13], event)
return {redis.call('HGETALL', KEYS[1]), redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', ARGV[11])}
`;

/**
 * KEYS: conv, lines, index, outbox, then one key per draft.
 * ARGV: nowMs, text ('' = nothing goes out), intent, state, handoff, attention, cap, preview, conv id, the two feed
 * channels, then per draft: id, json. The reply line is published in the same step.
 * Refuses (`taken_over`) unless the conversation is still the AI's: a takeover
 * that lands while the model thinks wins, from any process.
 */
const RECORD_AI_REPLY = `#!lua flags=
if redis.call('HGET', KEYS[1], 'mode') ~= 'ai' then return {'taken_over'} end
redis.call('HSET', KEYS[1], 'state', ARGV[4])
local line = ''
if ARGV[2] ~= '' then
  line = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[7], '*', 'a', 'assistant', 't', ARGV[2], 'at', ARGV[1], 'i', ARGV[3])
  redis.call('HSET', KEYS[1], 'last', ARGV[1], 'preview', ARGV[8])
  redis.call('ZADD', KEYS[3], ARGV[1], ARGV[9])
  local event = cjson.encode({type = 'line', conversationId = ARGV[9], line = {id = line, author = 'assistant', text = ARGV[2], at = tonumber(ARGV[1]), intent = ARGV[3]}})
  redis.call('PUBLISH', ARGV[10], event)
  redis.call('PUBLISH', ARGV[11], event)
end
for k = 5, #KEYS do
  local a = 12 + (k - 5) * 2
  redis.call('SET', KEYS[k], ARGV[a + 1])
  redis.call('ZADD', KEYS[4], ARGV[1], ARGV[a])
end
if ARGV[5] == '1' then redis.call('HSET', KEYS[1], 'mode', 'human', 'by', '') end
if ARGV[6] == '1' then redis.call('HSET', KEYS[1], 'attn', '1') end
return {'ok', line}
`;

/** KEYS: conv. ARGV: mode, by. Returns the hash, or nil for an unknown conversation. */
const SET_MODE = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HSET', KEYS[1], 'mode', ARGV[1], 'by', ARGV[2])
if ARGV[1] == 'ai' then redis.call('HSET', KEYS[1], 'attn', '0') end
return redis.call('HGETALL', KEYS[1])
`;

/** KEYS: conv. Clears the attention flag of an existing conversation (never creates a partial hash). */
const CLEAR_ATTENTION = `#!lua flags=
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'attn', '0')
return 1
`;

/** KEYS: draft, outbox. ARGV: draft id. GET and delete in one step, so two people cannot both send a draft. */
const TAKE_DRAFT = `#!lua flags=
local json = redis.call('GET', KEYS[1])
if not json then return false end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return json
`;

interface Commands {
  fdConvRecordInbound(...args: (string | number)[]): Promise<[string[], [string, string[]][]]>;
  fdConvRecordAiReply(...args: (string | number)[]): Promise<[string, string?]>;
  fdConvSetMode(...args: (string | number)[]): Promise<string[] | null>;
  fdConvTakeDraft(...args: (string | number)[]): Promise<string | null>;
  fdConvClearAttention(...args: (string | number)[]): Promise<number>;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

function pairs(flat: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i]!] = flat[i + 1]!;
  return out;
}

function conversationOf(clinicId: ClinicId, h: Record<string, string>): Conversation {
  const at = (v: string | undefined) => (v ? new Date(Number(v)) : null);
  let modelState: Record<string, unknown> = {};
  try {
    modelState = JSON.parse(h.state ?? '{}') as Record<string, unknown>;
  } catch {
    modelState = {};
  }
  return {
    id: h.id!,
    clinicId,
    channel: h.channel as Channel,
    patientKey: h.pk ?? '',
    phone: h.phone || null,
    displayName: h.name || null,
    mode: (h.mode as ConversationMode) ?? 'ai',
    takenOverBy: h.by || null,
    language: (h.lang as PatientLanguage) ?? 'ar',
    createdAt: at(h.created) ?? new Date(0),
    lastMessageAt: at(h.last) ?? new Date(0),
    lastInboundAt: at(h.lastIn),
    preview: h.preview ?? '',
    needsAttention: h.attn === '1',
    modelState,
    summary: h.summary || null,
    summaryDueAt: at(h.sumDue),
  };
}

function lineOf([id, flat]: [string, string[]], delivery: Record<string, string>): TranscriptEntry {
  const f = pairs(flat);
  return {
    id,
    author: f.a as LineAuthor,
    text: f.t ?? '',
    at: new Date(Number(f.at)),
    ...(f.by ? { by: f.by } : {}),
    ...(f.i ? { intent: f.i as ReplyIntent } : {}),
    ...(delivery[id] ? { delivery: delivery[id] } : {}),
  };
}

function draftOf(json: string): OutboxDraft {
  const raw = JSON.parse(json) as Omit<OutboxDraft, 'createdAt'> & { createdAt: string };
  return { ...raw, createdAt: new Date(raw.createdAt) };
}

export class RedisConversationStore implements ConversationStore {
  private readonly redis: RedisClient & Commands;

  constructor(
    redis: RedisClient,
    private readonly guard: TenantGuard,
  ) {
    this.redis = withLuaScripts<Commands>(redis, {
      fdConvRecordInbound: { lua: RECORD_INBOUND, numberOfKeys: 3 },
      fdConvRecordAiReply: { lua: RECORD_AI_REPLY },
      fdConvSetMode: { lua: SET_MODE, numberOfKeys: 1 },
      fdConvTakeDraft: { lua: TAKE_DRAFT, numberOfKeys: 2 },
      fdConvClearAttention: { lua: CLEAR_ATTENTION, numberOfKeys: 1 },
    });
  }

  private keys(clinicId: ClinicId, conversationId: string) {
    return {
      conv: this.guard.key(clinicId, 'conv', conversationId),
      lines: this.guard.key(clinicId, 'conv-lines', conversationId),
      delivery: this.guard.key(clinicId, 'conv-delivery', conversationId),
      index: this.guard.key(clinicId, 'conversations'),
      outbox: this.guard.key(clinicId, 'outbox'),
    };
  }

  async recordInbound(r: InboundRecord): Promise<{ conversation: Conversation; history: TranscriptEntry[] }> {
    const k = this.keys(r.clinicId, r.conversationId);
    const [hash, lines] = await this.redis.fdConvRecordInbound(
      k.conv, k.lines, k.index,
      r.conversationId, r.channel, r.patientKey, r.phone ?? '', r.displayName ?? '', r.language, r.at.getTime(), r.text, previewOf(r.text), TRANSCRIPT_CAP, r.historyLimit + 1,
      conversationChannel(this.guard, r.clinicId, r.conversationId), clinicChannel(this.guard, r.clinicId),
    );
    return { conversation: conversationOf(r.clinicId, pairs(hash)), history: lines.map((l) => lineOf(l, {})).reverse() };
  }

  async recordAiReply(clinicId: ClinicId, conversationId: string, reply: AiReplyRecord): Promise<AiReplyOutcome> {
    const k = this.keys(clinicId, conversationId);
    const keys = [k.conv, k.lines, k.index, k.outbox, ...reply.drafts.map((d) => this.guard.key(clinicId, 'outbox-draft', d.id))];
    const args: (string | number)[] = [
      reply.at.getTime(), reply.text ?? '', reply.intent, JSON.stringify(reply.modelState), reply.handoff ? '1' : '0', reply.attention ? '1' : '0',
      TRANSCRIPT_CAP, previewOf(reply.text ?? ''), conversationId,
      conversationChannel(this.guard, clinicId, conversationId), clinicChannel(this.guard, clinicId),
    ];
    for (const draft of reply.drafts) args.push(draft.id, JSON.stringify(draft));
    const [status, lineId] = await this.redis.fdConvRecordAiReply(keys.length, ...keys, ...args);
    if (status === 'taken_over') return { outcome: 'taken_over' };
    const line: TranscriptEntry | null = lineId ? { id: lineId, author: 'assistant', text: reply.text ?? '', at: reply.at, intent: reply.intent } : null;
    return { outcome: 'stored', line };
  }

  async appendLine(clinicId: ClinicId, conversationId: string, line: { author: LineAuthor; text: string; at: Date; by?: string; intent?: ReplyIntent }): Promise<TranscriptEntry> {
    const k = this.keys(clinicId, conversationId);
    const fields = ['a', line.author, 't', line.text, 'at', String(line.at.getTime()), ...(line.by ? ['by', line.by] : []), ...(line.intent ? ['i', line.intent] : [])];
    const results = await this.redis
      .multi()
      .xadd(k.lines, 'MAXLEN', '~', TRANSCRIPT_CAP, '*', ...fields)
      .hset(k.conv, 'last', line.at.getTime(), 'preview', previewOf(line.text))
      .zadd(k.index, line.at.getTime(), conversationId)
      .exec();
    const id = results?.[0]?.[1] as string;
    return { id, author: line.author, text: line.text, at: line.at, ...(line.by ? { by: line.by } : {}), ...(line.intent ? { intent: line.intent } : {}) };
  }

  async get(clinicId: ClinicId, conversationId: string): Promise<Conversation | null> {
    const hash = await this.redis.hgetall(this.keys(clinicId, conversationId).conv);
    return hash.id ? conversationOf(clinicId, hash) : null;
  }

  async history(clinicId: ClinicId, conversationId: string, limit: number): Promise<TranscriptEntry[]> {
    const k = this.keys(clinicId, conversationId);
    const [lines, delivery] = await Promise.all([this.redis.xrevrange(k.lines, '+', '-', 'COUNT', limit), this.redis.hgetall(k.delivery)]);
    return lines.map((l) => lineOf(l, delivery)).reverse();
  }

  async list(clinicId: ClinicId, limit: number): Promise<Conversation[]> {
    const ids = await this.redis.zrevrange(this.keys(clinicId, '_').index, 0, limit - 1);
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.keys(clinicId, id).conv);
    const results = (await pipeline.exec()) ?? [];
    return results.map(([, hash]) => hash as Record<string, string>).filter((h) => h?.id).map((h) => conversationOf(clinicId, h));
  }

  async setMode(clinicId: ClinicId, conversationId: string, mode: ConversationMode, by: string | null): Promise<Conversation | null> {
    const hash = await this.redis.fdConvSetMode(this.keys(clinicId, conversationId).conv, mode, by ?? '');
    return hash ? conversationOf(clinicId, pairs(hash)) : null;
  }

  async clearAttention(clinicId: ClinicId, conversationId: string): Promise<boolean> {
    return (await this.redis.fdConvClearAttention(this.keys(clinicId, conversationId).conv)) === 1;
  }

  async setSummaryDue(clinicId: ClinicId, conversationId: string, at: Date | null): Promise<void> {
    const key = this.keys(clinicId, conversationId).conv;
    await (at ? this.redis.hset(key, 'sumDue', String(at.getTime())) : this.redis.hdel(key, 'sumDue'));
  }

  async setSummary(clinicId: ClinicId, conversationId: string, summary: string): Promise<void> {
    const key = this.keys(clinicId, conversationId).conv;
    await this.redis.multi().hset(key, 'summary', summary).hdel(key, 'sumDue').exec();
  }

  async setPhone(clinicId: ClinicId, conversationId: string, phone: string): Promise<void> {
    await this.redis.hset(this.keys(clinicId, conversationId).conv, 'phone', phone);
  }

  private providerKey(clinicId: ClinicId, providerMessageId: string): string {
    return this.guard.key(clinicId, 'provider-msg', sha256(providerMessageId));
  }

  async linkProviderMessage(clinicId: ClinicId, providerMessageId: string, conversationId: string, lineId: string): Promise<void> {
    await this.redis.set(this.providerKey(clinicId, providerMessageId), `${conversationId}|${lineId}`, 'EX', PROVIDER_LINK_TTL_SECONDS);
  }

  async recordDelivery(clinicId: ClinicId, providerMessageId: string, status: string): Promise<{ conversationId: string; lineId: string } | null> {
    const link = await this.redis.get(this.providerKey(clinicId, providerMessageId));
    if (!link) return null;
    const [conversationId, lineId] = link.split('|') as [string, string];
    await this.recordLineDelivery(clinicId, conversationId, lineId, status);
    return { conversationId, lineId };
  }

  async recordLineDelivery(clinicId: ClinicId, conversationId: string, lineId: string, status: string): Promise<void> {
    const key = this.keys(clinicId, conversationId).delivery;
    // Statuses arrive out of order; a status never moves a line backwards. A lost race only keeps the older status.
    const current = (await this.redis.hget(key, lineId)) as DeliveryStatus | null;
    await this.redis.hset(key, lineId, advanceStatus(current ?? undefined, status as DeliveryStatus));
  }

  async drafts(clinicId: ClinicId, limit: number): Promise<OutboxDraft[]> {
    const ids = await this.redis.zrange(this.keys(clinicId, '_').outbox, '0', String(limit - 1));
    if (ids.length === 0) return [];
    const jsons = await this.redis.mget(ids.map((id) => this.guard.key(clinicId, 'outbox-draft', id)));
    return jsons.filter((j): j is string => j !== null).map(draftOf);
  }

  async draft(clinicId: ClinicId, draftId: string): Promise<OutboxDraft | null> {
    const json = await this.redis.get(this.guard.key(clinicId, 'outbox-draft', draftId));
    return json ? draftOf(json) : null;
  }

  async takeDraft(clinicId: ClinicId, draftId: string): Promise<OutboxDraft | null> {
    const json = await this.redis.fdConvTakeDraft(this.guard.key(clinicId, 'outbox-draft', draftId), this.keys(clinicId, '_').outbox, draftId);
    return json ? draftOf(json) : null;
  }

  async countDecision(clinicId: ClinicId, intent: ReplyIntent, decision: DraftDecision): Promise<void> {
    await this.redis.hincrby(this.guard.key(clinicId, 'outbox-stats'), `${intent}:${decision}`, 1);
  }

  async outboxStats(clinicId: ClinicId): Promise<OutboxStats> {
    const raw = await this.redis.hgetall(this.guard.key(clinicId, 'outbox-stats'));
    const byIntent: OutboxStats['byIntent'] = {};
    for (const [field, count] of Object.entries(raw)) {
      const [intent, decision] = field.split(':') as [ReplyIntent, DraftDecision];
      (byIntent[intent] ??= {})[decision] = Number(count);
    }
    return { byIntent };
  }
}
