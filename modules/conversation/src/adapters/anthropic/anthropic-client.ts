import Anthropic from '@anthropic-ai/sdk';
import type { ModelUsage } from '../../ports/receptionist-model.port';

/**
 * The default model: Claude Sonnet 5.5, the current Sonnet (SDK 1.14.0 `Model`
 * union; platform.claude.com model pages). It runs adaptive thinking by default
 * and refuses sampling parameters, assistant prefill, forced tool choice and
 * `thinking: disabled` with a 400, so none of those are sent.
 */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5-5';

export interface AnthropicConnection {
  apiKey: string;
  /** Default: the SDK's (env `ANTHROPIC_BASE_URL`, else https://api.anthropic.com). Tests and proxies set it. */
  baseURL?: string;
  /** Per HTTP attempt (the SDK's `timeout`; a timed-out attempt is retried like a 5xx). Default 15 s; the receptionist's is shorter (RECEPTIONIST_ATTEMPT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** The SDK's own retries (408/409/429/5xx/529 and connection errors, exponential backoff, honours retry-after). Default 2. */
  maxRetries?: number;
}

/** One SDK client, set up the same way for every use of the Messages API. */
export function createAnthropicClient(connection: AnthropicConnection): Anthropic {
  if (!connection.apiKey) throw new TypeError('The Anthropic adapters need an API key');
  return new Anthropic({
    apiKey: connection.apiKey,
    ...(connection.baseURL ? { baseURL: connection.baseURL } : {}),
    timeout: connection.timeoutMs ?? 15_000,
    maxRetries: connection.maxRetries ?? 2,
    // Pinned, so ANTHROPIC_LOG=debug or a content-mode OpenTelemetry env setting
    // cannot copy the system prompt and patient messages into logs or traces.
    logLevel: 'warn',
    openTelemetry: { traces: { contentMode: 'metadata_only' } },
  });
}

export function emptyUsage(model: string): ModelUsage {
  return { model, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
}

export function addUsage(sum: ModelUsage, usage: Anthropic.Usage | undefined): void {
  if (!usage) return;
  sum.inputTokens += usage.input_tokens ?? 0;
  sum.outputTokens += usage.output_tokens ?? 0;
  sum.cacheReadTokens += usage.cache_read_input_tokens ?? 0;
  sum.cacheWriteTokens += usage.cache_creation_input_tokens ?? 0;
}
