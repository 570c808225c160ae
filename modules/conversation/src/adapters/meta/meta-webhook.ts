import type { Logger, TenantGuard } from '@frontdesk/shared-kernel';
import { verifySignature, verifySubscription, type SubscriptionQuery } from './webhook-verification';
import { parseWhatsAppWebhook } from './whatsapp-webhook-parser';
import { WhatsAppWebhookParseError } from './meta-errors';
import type { ConversationFeed } from '../../ports/conversation-feed.port';
import type { ConversationStore } from '../../ports/conversation-store.port';
import type { WhatsAppNumbers } from '../../ports/whatsapp-numbers.port';
import type { HandleInbound } from '../../application/handle-inbound';

export interface MetaWebhookSettings {
  /** The Meta app secret: every POST must carry its HMAC. Without one, every POST is refused. */
  appSecret: string | undefined;
  /** The token Meta echoes when subscribing the webhook. Without one, every GET is refused. */
  verifyToken: string | undefined;
}

export interface WebhookAnswer {
  status: number;
  body: string;
  contentType?: string;
}

/**
 * The Meta webhook (WhatsApp Cloud API), framework-free: the HTTP route hands
 * over the raw body bytes and the signature header. The signature is checked
 * on those bytes before anything is parsed or stored; a forged or missing one
 * gets 401 and touches neither Redis nor the model. Each batch's phone-number
 * id picks its clinic, and the messages run in that clinic's tenant scope only.
 */
export class ReceiveMetaWebhook {
  constructor(
    private readonly deps: {
      settings: MetaWebhookSettings;
      numbers: WhatsAppNumbers;
      handle: Pick<HandleInbound, 'execute'>;
      store: ConversationStore;
      feed: ConversationFeed;
      guard: TenantGuard;
      logger: Logger;
    },
  ) {}

  subscribe(query: SubscriptionQuery): WebhookAnswer {
    const answer = verifySubscription(query, this.deps.settings.verifyToken);
    return answer.status === 200 ? { status: 200, body: answer.body, contentType: answer.contentType } : { status: 403, body: 'Forbidden' };
  }

  async post(rawBody: Buffer, signature: string | undefined, requestId: string): Promise<WebhookAnswer> {
    if (!verifySignature(rawBody, signature, this.deps.settings.appSecret)) return { status: 401, body: 'Invalid signature' };
    let batches;
    try {
      batches = parseWhatsAppWebhook(rawBody);
    } catch (error) {
      if (error instanceof WhatsAppWebhookParseError) return { status: 400, body: error.message };
      throw error;
    }
    for (const batch of batches) {
      const clinicId = await this.deps.numbers.clinicFor(batch.phoneNumberId);
      if (!clinicId) {
        this.deps.logger.warn({ phoneNumberId: batch.phoneNumberId, requestId }, 'webhook for a WhatsApp number no clinic has connected; ignored');
        continue;
      }
      await this.deps.guard.run({ clinicId, actor: { kind: 'system', id: 'whatsapp-webhook' }, requestId }, async () => {
        for (const message of batch.messages) await this.deps.handle.execute({ ...message, clinicId });
        for (const status of batch.statuses) {
          const line = await this.deps.store.recordDelivery(clinicId, status.providerMessageId, status.status);
          if (line) await this.deps.feed.publish(clinicId, { type: 'delivery', ...line, status: status.status });
        }
      });
    }
    return { status: 200, body: 'OK' };
  }
}
