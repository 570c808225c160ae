import { z } from 'zod';
import { GraphApiError, type GraphApiErrorCode } from './meta-errors';

/**
 * Outbound WhatsApp Cloud API sends: POST {baseUrl}/{version}/{phoneNumberId}/messages
 * with a Bearer token (VENDORS.md 1.4, 1.7). Global fetch, no SDK.
 *
 * Retries: 429 and 5xx are retried with exponential backoff and jitter, up to
 * `maxAttempts` in all; a Retry-After header (seconds or HTTP date) replaces the
 * backoff for that wait, and a Retry-After longer than `maxRetryAfterMs` ends the
 * retries at once (the caller, e.g. an outbox worker, reschedules). Other 4xx are
 * not retried. A request that got no HTTP answer (refused, timed out) is not
 * retried either: the Cloud API has no idempotency key, so it may have been sent.
 * The same risk exists for a 5xx after Meta accepted the message; the outbox
 * should dedupe on its side where it matters.
 */
export interface GraphApiClientOptions {
  readonly accessToken: string;
  /** Graph API version path segment, e.g. `v21.0`. */
  readonly version: string;
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

export interface TemplateParameter {
  readonly type: string;
  readonly [key: string]: unknown;
}

export interface TemplateComponent {
  /** `header`, `body`, `button`, ... */
  readonly type: string;
  readonly sub_type?: string;
  readonly index?: string | number;
  readonly parameters?: readonly TemplateParameter[];
}

export type MediaSource = { readonly id: string } | { readonly link: string };

export type WhatsAppOutbound =
  | { readonly type: 'text'; readonly to: string; readonly body: string; readonly previewUrl?: boolean; readonly replyTo?: string }
  | {
      readonly type: 'template';
      readonly to: string;
      readonly name: string;
      /** e.g. `ar`, `en_US`. */
      readonly languageCode: string;
      readonly components?: readonly TemplateComponent[];
    }
  | {
      readonly type: 'media';
      readonly to: string;
      readonly kind: 'image' | 'audio' | 'video' | 'document' | 'sticker';
      readonly media: MediaSource;
      /** image, video and document only. */
      readonly caption?: string;
      /** document only. */
      readonly filename?: string;
      readonly replyTo?: string;
    };

export interface SendResult {
  /** The `wamid.…` that statuses will refer to. */
  readonly providerMessageId: string;
  readonly waId?: string;
  readonly attempts: number;
}

const sendResponseSchema = z.looseObject({
  contacts: z.array(z.looseObject({ wa_id: z.string().optional() })).optional(),
  messages: z.array(z.looseObject({ id: z.string().min(1) })).min(1),
});

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

const DIGITS = /^[1-9]\d{6,14}$/;
const PHONE_NUMBER_ID = /^\d{1,32}$/;

export class WhatsAppGraphClient {
  private readonly baseUrl: string;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly options: GraphApiClientOptions) {
    if (!options.accessToken) throw new TypeError('WhatsAppGraphClient needs an access token');
    if (!/^v\d+\.\d+$/.test(options.version)) throw new TypeError(`Not a Graph API version: ${JSON.stringify(options.version)}`);
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

  sendText(phoneNumberId: string, to: string, body: string, opts: { previewUrl?: boolean; replyTo?: string } = {}): Promise<SendResult> {
    return this.send(phoneNumberId, { type: 'text', to, body, ...opts });
  }

  async send(phoneNumberId: string, message: WhatsAppOutbound): Promise<SendResult> {
    if (!PHONE_NUMBER_ID.test(phoneNumberId)) throw new TypeError(`Not a WhatsApp phone number id: ${JSON.stringify(phoneNumberId)}`);
    const url = `${this.baseUrl}/${this.options.version}/${phoneNumberId}/messages`;
    const payload = JSON.stringify(toRequestBody(message));

    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchFn(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${this.options.accessToken}`,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: payload,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        throw new GraphApiError('CONVERSATION.WHATSAPP_UNREACHABLE', `WhatsApp Cloud API unreachable: ${(error as Error).message}`, {
          attempts: attempt,
        });
      }

      const text = await response.text();
      if (response.ok) return parseSuccess(text, response.status, attempt);

      const retryable = response.status === 429 || response.status >= 500;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
      if (retryable && attempt < this.maxAttempts && (retryAfterMs === undefined || retryAfterMs <= this.maxRetryAfterMs)) {
        await this.sleep(retryAfterMs ?? this.backoff(attempt));
        continue;
      }
      throw toGraphError(response.status, text, attempt, retryAfterMs);
    }
  }

  /** Full jitter over an exponential ceiling: attempt 1 waits up to base, 2 up to 2*base, ... */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }
}

export function toRequestBody(message: WhatsAppOutbound): Record<string, unknown> {
  const to = toWhatsAppRecipient(message.to);
  const common = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  switch (message.type) {
    case 'text':
      return {
        ...common,
        ...(message.replyTo ? { context: { message_id: message.replyTo } } : {}),
        type: 'text',
        text: { body: message.body, ...(message.previewUrl !== undefined ? { preview_url: message.previewUrl } : {}) },
      };
    case 'template':
      return {
        ...common,
        type: 'template',
        template: {
          name: message.name,
          language: { code: message.languageCode },
          ...(message.components && message.components.length > 0 ? { components: message.components } : {}),
        },
      };
    case 'media': {
      const captionAllowed = message.kind === 'image' || message.kind === 'video' || message.kind === 'document';
      if (message.caption !== undefined && !captionAllowed) throw new TypeError(`WhatsApp ${message.kind} messages take no caption`);
      if (message.filename !== undefined && message.kind !== 'document') throw new TypeError('Only documents take a filename');
      const source = 'id' in message.media ? { id: message.media.id } : { link: message.media.link };
      return {
        ...common,
        ...(message.replyTo ? { context: { message_id: message.replyTo } } : {}),
        type: message.kind,
        [message.kind]: {
          ...source,
          ...(message.caption !== undefined ? { caption: message.caption } : {}),
          ...(message.filename !== undefined ? { filename: message.filename } : {}),
        },
      };
    }
  }
}

/** `+201001234567` or `201001234567` -> `201001234567` (the API wants digits). */
export function toWhatsAppRecipient(e164: string): string {
  const digits = e164.startsWith('+') ? e164.slice(1) : e164;
  if (!DIGITS.test(digits)) throw new TypeError(`Not an E.164 phone number: ${JSON.stringify(e164)}`);
  return digits;
}

function parseSuccess(text: string, httpStatus: number, attempts: number): SendResult {
  const parsed = sendResponseSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    throw new GraphApiError('CONVERSATION.WHATSAPP_BAD_RESPONSE', 'WhatsApp Cloud API answered without a message id', { httpStatus, attempts });
  }
  const waId = parsed.data.contacts?.[0]?.wa_id;
  return { providerMessageId: parsed.data.messages[0]!.id, ...(waId ? { waId } : {}), attempts };
}

function toGraphError(httpStatus: number, text: string, attempts: number, retryAfterMs: number | undefined): GraphApiError {
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
  let code: GraphApiErrorCode;
  if (httpStatus === 429) code = 'CONVERSATION.WHATSAPP_RATE_LIMITED';
  else if (httpStatus >= 500) code = 'CONVERSATION.WHATSAPP_UNAVAILABLE';
  else if (e?.code === 131047) code = 'CONVERSATION.WHATSAPP_REENGAGEMENT_REQUIRED';
  else code = 'CONVERSATION.WHATSAPP_SEND_REJECTED';
  const summary = e?.message ?? `HTTP ${httpStatus}`;
  const graphCode = e?.code !== undefined ? ` (Graph code ${e.code})` : '';
  return new GraphApiError(code, `WhatsApp send failed after ${attempts} attempt(s): ${summary}${graphCode}`, info);
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
