import type { ClinicId } from '@frontdesk/shared-kernel';
import type { ModelUsage } from './receptionist-model.port';

/**
 * USD per million tokens for one model. `$X / MTok` is exactly `X` micro-USD
 * per token, which is how `estimateCostMicroUsd` uses it.
 */
export interface ModelPrice {
  input: number;
  output: number;
  /** A 5-minute cache write (the only TTL the receptionist uses). */
  cacheWrite: number;
  cacheRead: number;
}

/**
 * An ESTIMATE, not a bill: list prices as published by Anthropic when this was
 * written (platform.claude.com model pages and the Sonnet 5.5 migration guide),
 * standard tier, 5-minute cache writes, no batch discount, no long-prompt
 * surcharges. Input and output rates are the published ones; the cache rates of
 * models other than Sonnet 5 / 5.5 are derived with the usual multipliers (write
 * 1.25x input, read 0.1x input). Prices change; the invoice is the truth. A model
 * missing here is counted as an unpriced turn (cost 0), never guessed.
 */
export const MODEL_PRICES_USD_PER_MTOK: Readonly<Record<string, ModelPrice>> = {
  // Sonnet 5.5: same as Sonnet 5 except cache reads ($0.10, half of Sonnet 5's).
  'claude-sonnet-5-5': { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.1 },
  'claude-sonnet-5': { input: 2, output: 10, cacheWrite: 2.5, cacheRead: 0.2 },
  'claude-sonnet-4-6': { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 },
  'claude-opus-5-5': { input: 4, output: 20, cacheWrite: 5, cacheRead: 0.4 },
  'claude-haiku-4-5': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
  'claude-haiku-4-5-20251001': { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 },
};

/** The estimated cost of one usage record in micro-USD (rounded), or null for a model without a price. */
export function estimateCostMicroUsd(usage: ModelUsage, prices: Readonly<Record<string, ModelPrice>> = MODEL_PRICES_USD_PER_MTOK): number | null {
  const price = prices[usage.model];
  if (!price) return null;
  const micro =
    usage.inputTokens * price.input +
    usage.outputTokens * price.output +
    usage.cacheWriteTokens * price.cacheWrite +
    usage.cacheReadTokens * price.cacheRead;
  return Math.round(micro);
}

export interface ModelUsageCounts {
  /** Model calls recorded: one per reply turn, and one per written summary. */
  turns: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** Estimated, see MODEL_PRICES_USD_PER_MTOK. Unpriced turns add 0. */
  costMicroUsd: number;
  /** Turns of a model missing from the price table: their cost is not in `costMicroUsd`. */
  unpricedTurns: number;
}

export interface ModelUsageTotals extends ModelUsageCounts {
  /** The same counts per model id. */
  byModel: Record<string, ModelUsageCounts>;
}

/** Token usage and estimated cost of the AI receptionist, per clinic and per conversation. */
export interface ModelUsageLog {
  /** Adds one turn's usage to the clinic's and the conversation's totals. */
  record(clinicId: ClinicId, conversationId: string, usage: ModelUsage): Promise<void>;
  /** Everything the clinic has used since the log began. */
  totals(clinicId: ClinicId): Promise<ModelUsageTotals>;
  /** One conversation's usage (kept for a while after its last turn, see the adapter). */
  forConversation(clinicId: ClinicId, conversationId: string): Promise<ModelUsageTotals>;
}
