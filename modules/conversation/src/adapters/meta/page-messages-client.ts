import { z } from 'zod';
import { GRAPH_VERSION, GraphPoster, safeJson, type GraphProduct, type GraphRetryOptions } from './graph-http';

/**
 * Messenger and Instagram sends through Meta's Send API:
 * `POST {baseUrl}/{version}/{sender}/messages` with a page access token as
 * Bearer, body `{ recipient: { id }, messaging_type: 'RESPONSE', message: { text } }`,
 * answer `{ recipient_id, message_id }` (Meta's Send API reference,
 * developers.facebook.com/docs/messenger-platform/reference/send-api).
 * `sender` is the page id for Messenger, or `me` (the page the token belongs
 * to): Instagram messages go out through the Facebook page linked to the
 * Instagram account, whose id the webhook does not carry (Meta's Instagram
 * "Send a Message" guide posts to /me/messages with the page token).
 * Retries and error mapping are the WhatsApp client's (graph-http.ts), with
 * `CONVERSATION.META_*` codes.
 *
 * Unlike the WhatsApp client, the token is per call: every connected page has
 * its own, and the client keeps none of them.
 */
export interface PageMessagesClientOptions extends GraphRetryOptions {
  /** Graph API version path segment, e.g. `v21.0`. */
  readonly version: string;
}

export interface PageTextMessage {
  /** The page-scoped id (PSID) or Instagram-scoped id (IGSID) of the patient. */
  readonly recipientId: string;
  readonly text: string;
}

export interface PageSendResult {
  /** The `mid` that delivery webhooks will name. */
  readonly providerMessageId: string;
  readonly recipientId?: string;
  readonly attempts: number;
}

const PAGE_PRODUCT: GraphProduct = {
  apiName: 'Messenger Send API',
  sendName: 'Messenger/Instagram send',
  codes: {
    rejected: 'CONVERSATION.META_SEND_REJECTED',
    rateLimited: 'CONVERSATION.META_RATE_LIMITED',
    unavailable: 'CONVERSATION.META_UNAVAILABLE',
    unreachable: 'CONVERSATION.META_UNREACHABLE',
    badResponse: 'CONVERSATION.META_BAD_RESPONSE',
  },
};

const sendResponseSchema = z.looseObject({
  recipient_id: z.string().optional(),
  message_id: z.string().min(1),
});

/** Page and Instagram account ids are digits (they go into the URL path). */
export const META_ACCOUNT_ID = /^\d{1,32}$/;
/** Page- and Instagram-scoped user ids: digits in every sample; a safe charset here so an odd one is refused, not sent. */
const SCOPED_USER_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

export class PageMessagesClient {
  private readonly poster: GraphPoster;

  constructor(private readonly options: PageMessagesClientOptions) {
    if (!GRAPH_VERSION.test(options.version)) throw new TypeError(`Not a Graph API version: ${JSON.stringify(options.version)}`);
    this.poster = new GraphPoster(options, PAGE_PRODUCT);
  }

  /** `sender`: the page id, or `me` for the page the token belongs to. */
  async sendText(sender: string, pageAccessToken: string, message: PageTextMessage): Promise<PageSendResult> {
    if (sender !== 'me' && !META_ACCOUNT_ID.test(sender)) throw new TypeError(`Not a page id: ${JSON.stringify(sender)}`);
    if (!SCOPED_USER_ID.test(message.recipientId)) throw new TypeError('Not a page-scoped user id');
    if (!pageAccessToken) throw new TypeError('A page access token is needed');
    const answer = await this.poster.post(`/${this.options.version}/${sender}/messages`, pageAccessToken, {
      recipient: { id: message.recipientId },
      messaging_type: 'RESPONSE',
      message: { text: message.text },
    });
    const parsed = sendResponseSchema.safeParse(safeJson(answer.text));
    if (!parsed.success) throw this.poster.badResponse(answer);
    return {
      providerMessageId: parsed.data.message_id,
      ...(parsed.data.recipient_id !== undefined ? { recipientId: parsed.data.recipient_id } : {}),
      attempts: answer.attempts,
    };
  }
}
