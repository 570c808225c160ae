import { z } from 'zod';
import { GraphApiError, type GraphApiErrorCode } from './meta-errors';

/**
 * One JSON POST to the Graph API with Meta's retry rules, shared by the
 * WhatsApp Cloud API client and the Messenger/Instagram Send API client
 * (VENDORS.md 1.4, 1.7).
 *
 * 429 and 5xx are retried with exponential backoff and full jitter, up to
 * `maxAttempts` in all; a Retry-After header (seconds or HTTP date) replaces the
 * backoff for that wait, and one longer than `maxRetryAfterMs` ends the retries
 * at once. Other 4xx are not retried. A request with no HTTP answer (refused,
 * timed out) is not retried either: neither API has an idempotency key, so the
 * message may have gone out.
 */
export interface GraphRetryOptions {
  /** Default `https://graph.facebook.com`; a local fake in tests. */
  readonly baseUrl?: string;
  /** Attempts in all, including the first. Default 4. */
  readonly maxAttempts?: number;
  /** First backoff; doubles each retry. Default 500 ms. */
  readonly baseDelayMs?: number;
  /** Cap for one backoff wait. Default 8 s. */
  readonly maxDelayMs?: number;
  /** Longest Retry-After we are willing to sleep through. Default 30 s. */
  readonly maxRetryAfterMs?: number;
  /** Per-attempt timeout. Default 15 s. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** [0, 1); for the jitter. */
  readonly random?: () => number;
  readonly now?: () => number;
}

/** How one Graph product names its failures. */
export interface GraphProduct {
  /** In messages: `WhatsApp Cloud API`, `Messenger Send API`. */
  readonly apiName: string;
  /** In messages: `WhatsApp send failed after ...`. */
  readonly sendName: string;
  readonly codes: {
    readonly rejected: GraphApiErrorCode;
    readonly rateLimited: GraphApiErrorCode;
    readonly unavailable: GraphApiErrorCode;
    readonly unreachable: GraphApiErrorCode;
    readonly badResponse: GraphApiErrorCode;
  };
  /** Graph `error.code`s on a 4xx that get their own code (WhatsApp 131047). */
  readonly special?: Readonly<Record<number, GraphApiErrorCode>>;
}

export interface GraphAnswer {
  readonly httpStatus: number;
  /** The 2xx body, unparsed. */
  readonly text: string;
  readonly attempts: number;
}

const graphErrorSchema = z.looseObject({
  error: z.looseObject({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().int().optional(),
    error_subcode: z.number().int().optional(),
    error_data: z.looseObject({ details: z.string().optional() }).optional(),
    fbtrace_id: z.string().optional(),
  }),
});

export const GRAPH_VERSION = /^v\d+\.\d+$/;

export class GraphPoster {
  readonly baseUrl: string;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(
    options: GraphRetryOptions,
    private readonly product: GraphProduct,
  ) {
    this.baseUrl = (options.baseUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '');
    this.maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 4));
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 8_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.fetchFn = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  /**
   * POSTs `body` as JSON to `{baseUrl}{path}` with `Authorization: Bearer <accessToken>`.
   * Returns the 2xx answer; throws GraphApiError otherwise. The token goes into the
   * header only: it is never part of a message or an error's details.
   */
  async post(path: string, accessToken: string, body: unknown): Promise<GraphAnswer> {
    const url = `${this.baseUrl}${path}`;
    const payload = JSON.stringify(body);
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchFn(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${accessToken}`,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: payload,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        throw new GraphApiError(this.product.codes.unreachable, `${this.product.apiName} unreachable: ${(error as Error).message}`, { attempts: attempt });
      }

      const text = await response.text();
      if (response.ok) return { httpStatus: response.status, text, attempts: attempt };

      const retryable = response.status === 429 || response.status >= 500;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
      if (retryable && attempt < this.maxAttempts && (retryAfterMs === undefined || retryAfterMs <= this.maxRetryAfterMs)) {
        await this.sleep(retryAfterMs ?? this.backoff(attempt));
        continue;
      }
      throw this.toGraphError(response.status, text, attempt, retryAfterMs);
    }
  }

  /** A 2xx whose body does not say what was sent. */
  badResponse(answer: GraphAnswer): GraphApiError {
    return new GraphApiError(this.product.codes.badResponse, `${this.product.apiName} answered without a message id`, {
      httpStatus: answer.httpStatus,
      attempts: answer.attempts,
    });
  }

  /** Full jitter over an exponential ceiling: attempt 1 waits up to base, 2 up to 2*base, ... */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  private toGraphError(httpStatus: number, text: string, attempts: number, retryAfterMs: number | undefined): GraphApiError {
    const parsed = graphErrorSchema.safeParse(safeJson(text));
    const e = parsed.success ? parsed.data.error : undefined;
    const info = {
      httpStatus,
      attempts,
      ...(e?.code !== undefined ? { graphCode: e.code } : {}),
      ...(e?.error_subcode !== undefined ? { graphSubcode: e.error_subcode } : {}),
      ...(e?.type !== undefined ? { graphType: e.type } : {}),
      ...(e?.message !== undefined ? { graphMessage: e.message } : {}),
      ...(e?.error_data?.details !== undefined ? { details: e.error_data.details } : {}),
      ...(e?.fbtrace_id !== undefined ? { fbtraceId: e.fbtrace_id } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) } : {}),
    };
    const { codes, special } = this.product;
    let code: GraphApiErrorCode;
    if (httpStatus === 429) code = codes.rateLimited;
    else if (httpStatus >= 500) code = codes.unavailable;
    else code = (e?.code !== undefined ? special?.[e.code] : undefined) ?? codes.rejected;
    const summary = e?.message ?? `HTTP ${httpStatus}`;
    const graphCode = e?.code !== undefined ? ` (Graph code ${e.code})` : '';
    return new GraphApiError(code, `${this.product.sendName} failed after ${attempts} attempt(s): ${summary}${graphCode}`, info);
  }
}

/** Retry-After: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
