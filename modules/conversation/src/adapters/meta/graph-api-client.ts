import { z } from 'zod';
import { GRAPH_VERSION, GraphPoster, safeJson, type GraphAnswer, type GraphProduct, type GraphRetryOptions } from './graph-http';

export { parseRetryAfter } from './graph-http';

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
 * should dedupe on its side where it matters. The retry loop itself is
 * graph-http.ts, shared with the Messenger/Instagram client.
 */
export interface GraphApiClientOptions extends GraphRetryOptions {
  readonly accessToken: string;
  /** Graph API version path segment, e.g. `v21.0`. */
  readonly version: string;
}

const WHATSAPP: GraphProduct = {
  apiName: 'WhatsApp Cloud API',
  sendName: 'WhatsApp send',
  codes: {
    rejected: 'CONVERSATION.WHATSAPP_SEND_REJECTED',
    rateLimited: 'CONVERSATION.WHATSAPP_RATE_LIMITED',
    unavailable: 'CONVERSATION.WHATSAPP_UNAVAILABLE',
    unreachable: 'CONVERSATION.WHATSAPP_UNREACHABLE',
    badResponse: 'CONVERSATION.WHATSAPP_BAD_RESPONSE',
  },
  special: { 131047: 'CONVERSATION.WHATSAPP_REENGAGEMENT_REQUIRED' },
};

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

const DIGITS = /^[1-9]\d{6,14}$/;
const PHONE_NUMBER_ID = /^\d{1,32}$/;

export class WhatsAppGraphClient {
  private readonly poster: GraphPoster;

  constructor(private readonly options: GraphApiClientOptions) {
    if (!options.accessToken) throw new TypeError('WhatsAppGraphClient needs an access token');
    if (!GRAPH_VERSION.test(options.version)) throw new TypeError(`Not a Graph API version: ${JSON.stringify(options.version)}`);
    this.poster = new GraphPoster(options, WHATSAPP);
  }

  sendText(phoneNumberId: string, to: string, body: string, opts: { previewUrl?: boolean; replyTo?: string } = {}): Promise<SendResult> {
    return this.send(phoneNumberId, { type: 'text', to, body, ...opts });
  }

  async send(phoneNumberId: string, message: WhatsAppOutbound): Promise<SendResult> {
    if (!PHONE_NUMBER_ID.test(phoneNumberId)) throw new TypeError(`Not a WhatsApp phone number id: ${JSON.stringify(phoneNumberId)}`);
    const answer = await this.poster.post(`/${this.options.version}/${phoneNumberId}/messages`, this.options.accessToken, toRequestBody(message));
    return this.parseSuccess(answer);
  }

  private parseSuccess(answer: GraphAnswer): SendResult {
    const parsed = sendResponseSchema.safeParse(safeJson(answer.text));
    if (!parsed.success) throw this.poster.badResponse(answer);
    const waId = parsed.data.contacts?.[0]?.wa_id;
    return { providerMessageId: parsed.data.messages[0]!.id, ...(waId ? { waId } : {}), attempts: answer.attempts };
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
