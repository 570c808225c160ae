import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import {
  MODEL_PRICES_USD_PER_MTOK,
  estimateCostMicroUsd,
  type ModelPrice,
  type ModelUsageCounts,
  type ModelUsageLog,
  type ModelUsageTotals,
} from '../../ports/model-usage.port';
import type { ModelUsage } from '../../ports/receptionist-model.port';

/** A conversation's usage stays readable this long after its last recorded turn. */
export const CONVERSATION_USAGE_TTL_SECONDS = 90 * 24 * 60 * 60;

const COUNTERS = ['turns', 'input', 'output', 'cache_read', 'cache_write', 'cost_micro_usd', 'unpriced_turns'] as const;
type Counter = (typeof COUNTERS)[number];
/** Hash fields of the per-model counters: `m:<model>:<counter>` (greedy, so a model id may contain `:`). */
const MODEL_FIELD = /^m:(.+):(turns|input|output|cache_read|cache_write|cost_micro_usd|unpriced_turns)$/;

/**
 * Key layout (all in the clinic's hash tag, built with the TenantGuard):
 *
 * - `t:{clinic}:model-usage:totals`                  hash, no expiry
 * - `t:{clinic}:model-usage:conversation:<convId>`   hash, expires 90 days after its last turn
 *
 * Both hashes hold the same fields: `turns`, `input`, `output`, `cache_read`,
 * `cache_write`, `cost_micro_usd`, `unpriced_turns`, and the same per model
 * as `m:<model id>:<field>`. One MULTI per record (HINCRBYs + EXPIRE), so a
 * turn is counted in both places or in neither. Costs are integers (micro-USD,
 * rounded per turn), so HINCRBY suffices.
 */
export class RedisModelUsageLog implements ModelUsageLog {
  constructor(
    private readonly redis: RedisClient,
    private readonly guard: TenantGuard,
    private readonly prices: Readonly<Record<string, ModelPrice>> = MODEL_PRICES_USD_PER_MTOK,
  ) {}

  async record(clinicId: ClinicId, conversationId: string, usage: ModelUsage): Promise<void> {
    const totals = this.totalsKey(clinicId);
    const conversation = this.conversationKey(clinicId, conversationId);
    const clean: ModelUsage = {
      model: usage.model || 'unknown',
      inputTokens: count(usage.inputTokens),
      outputTokens: count(usage.outputTokens),
      cacheReadTokens: count(usage.cacheReadTokens),
      cacheWriteTokens: count(usage.cacheWriteTokens),
    };
    const cost = estimateCostMicroUsd(clean, this.prices);
    const increments: Record<Counter, number> = {
      turns: 1,
      input: clean.inputTokens,
      output: clean.outputTokens,
      cache_read: clean.cacheReadTokens,
      cache_write: clean.cacheWriteTokens,
      cost_micro_usd: cost ?? 0,
      unpriced_turns: cost === null ? 1 : 0,
    };
    const tx = this.redis.multi();
    for (const key of [totals, conversation]) {
      for (const field of COUNTERS) {
        if (increments[field] === 0 && field !== 'turns') continue;
        tx.hincrby(key, field, increments[field]);
        tx.hincrby(key, `m:${clean.model}:${field}`, increments[field]);
      }
    }
    tx.expire(conversation, CONVERSATION_USAGE_TTL_SECONDS);
    const results = await tx.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async totals(clinicId: ClinicId): Promise<ModelUsageTotals> {
    return parseTotals(await this.redis.hgetall(this.totalsKey(clinicId)));
  }

  async forConversation(clinicId: ClinicId, conversationId: string): Promise<ModelUsageTotals> {
    return parseTotals(await this.redis.hgetall(this.conversationKey(clinicId, conversationId)));
  }

  private totalsKey(clinicId: ClinicId): string {
    return this.guard.key(clinicId, 'model-usage', 'totals');
  }

  /** Conversation ids are our own ids; the key builder refuses anything unsafe in a key. */
  private conversationKey(clinicId: ClinicId, conversationId: string): string {
    return this.guard.key(clinicId, 'model-usage', 'conversation', conversationId);
  }
}

function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.trunc(n) : 0;
}

function emptyCounts(): ModelUsageCounts {
  return { turns: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costMicroUsd: 0, unpricedTurns: 0 };
}

const PROPERTY: Record<Counter, keyof ModelUsageCounts> = {
  turns: 'turns',
  input: 'inputTokens',
  output: 'outputTokens',
  cache_read: 'cacheReadTokens',
  cache_write: 'cacheWriteTokens',
  cost_micro_usd: 'costMicroUsd',
  unpriced_turns: 'unpricedTurns',
};

function parseTotals(stored: Record<string, string>): ModelUsageTotals {
  const totals: ModelUsageTotals = { ...emptyCounts(), byModel: {} };
  for (const [field, raw] of Object.entries(stored)) {
    const value = Number(raw);
    if (!Number.isFinite(value)) continue;
    if ((COUNTERS as readonly string[]).includes(field)) {
      totals[PROPERTY[field as Counter]] = value;
      continue;
    }
    const match = MODEL_FIELD.exec(field);
    if (!match) continue;
    const model = match[1]!;
    const counts = (totals.byModel[model] ??= emptyCounts());
    counts[PROPERTY[match[2] as Counter]] = value;
  }
  return totals;
}
