import type { ClinicId, Logger, TenantGuard } from '@frontdesk/shared-kernel';
import { verifySignature, verifySubscription, type SubscriptionQuery } from './webhook-verification';
import { parseWhatsAppEnvelope, type WhatsAppWebhookBatch } from './whatsapp-webhook-parser';
import { parseMessagingWebhook, type MessagingWebhookBatch } from './messaging-webhook-parser';
import { MetaWebhookParseError } from './meta-errors';
import type { StatusUpdate } from '../../domain/inbound-message';
import type { ConversationFeed } from '../../ports/conversation-feed.port';
import type { ConversationStore } from '../../ports/conversation-store.port';
import type { MetaPages } from '../../ports/meta-pages.port';
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
 * The Meta webhook, framework-free: the HTTP route hands over the raw body
 * bytes and the signature header. The signature is checked on those bytes
 * before anything is parsed or stored; a forged or missing one gets 401 and
 * touches neither Redis nor the model. The body is then parsed once and
 * dispatched on `object`: `whatsapp_business_account` (routed by phone-number
 * id), `page` (Messenger) and `instagram` (routed by `entry[].id`); any other
 * object is acknowledged and ignored. Each batch runs in its clinic's tenant
 * scope only, once the clinic's own record confirms the number or account; an
 * account no clinic connected is acknowledged and stored nowhere.
 */
export class ReceiveMetaWebhook {
  constructor(
    private readonly deps: {
      settings: MetaWebhookSettings;
      numbers: Pick<WhatsAppNumbers, 'clinicFor' | 'confirms'>;
      pages: Pick<MetaPages, 'clinicFor' | 'confirms'>;
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
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return { status: 400, body: 'The webhook body is not valid JSON' };
    }
    const object = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>)['object'] : undefined;
    if (typeof object !== 'string') return { status: 400, body: 'The webhook body is not a Meta envelope (no object)' };

    let work: () => Promise<void>;
    try {
      if (object === 'whatsapp_business_account') {
        const batches = parseWhatsAppEnvelope(json);
        work = () => this.whatsapp(batches, requestId);
      } else if (object === 'page' || object === 'instagram') {
        const batches = parseMessagingWebhook(json);
        work = () => this.messaging(batches, requestId);
      } else {
        // Subscribed by mistake (e.g. `user`, `permissions`): Meta would retry a non-200 for days.
        this.deps.logger.info({ object, requestId }, 'Meta webhook for an object we do not handle; ignored');
        return { status: 200, body: 'OK' };
      }
    } catch (error) {
      if (error instanceof MetaWebhookParseError) return { status: 400, body: error.message };
      throw error;
    }
    await work();
    return { status: 200, body: 'OK' };
  }

  private async whatsapp(batches: WhatsAppWebhookBatch[], requestId: string): Promise<void> {
    for (const batch of batches) {
      const clinicId = await this.deps.numbers.clinicFor(batch.phoneNumberId);
      if (!clinicId) {
        this.deps.logger.warn({ phoneNumberId: batch.phoneNumberId, requestId }, 'webhook for a WhatsApp number no clinic has connected; ignored');
        continue;
      }
      await this.deps.guard.run({ clinicId, actor: { kind: 'system', id: 'whatsapp-webhook' }, requestId }, async () => {
        // A claim the clinic's own record does not back (left by a crash, or the number was replaced) routes nowhere.
        if (!(await this.deps.numbers.confirms(clinicId, batch.phoneNumberId))) {
          this.deps.logger.warn({ phoneNumberId: batch.phoneNumberId, clinicId, requestId }, 'webhook for a WhatsApp number the clinic does not have connected; ignored');
          return;
        }
        for (const message of batch.messages) await this.deps.handle.execute({ ...message, clinicId });
        await this.statuses(clinicId, batch.statuses);
      });
    }
  }

  private async messaging(batches: MessagingWebhookBatch[], requestId: string): Promise<void> {
    for (const batch of batches) {
      const { channel, accountId, ignored } = batch;
      if (ignored.echoes || ignored.standby || ignored.other) this.deps.logger.debug({ channel, accountId, ...ignored, requestId }, 'Meta messaging events dropped before the pipeline');
      if (batch.messages.length === 0 && batch.statuses.length === 0) continue;
      const clinicId = await this.deps.pages.clinicFor(channel, accountId);
      if (!clinicId) {
        this.deps.logger.warn({ channel, accountId, requestId }, `webhook for a ${channel} account no clinic has connected; ignored`);
        continue;
      }
      await this.deps.guard.run({ clinicId, actor: { kind: 'system', id: `${channel}-webhook` }, requestId }, async () => {
        // A claim the clinic no longer stands behind (disconnected, replaced) routes nowhere.
        if (!(await this.deps.pages.confirms(clinicId, channel, accountId))) {
          this.deps.logger.warn({ channel, accountId, clinicId, requestId }, `webhook for a ${channel} account the clinic no longer has connected; ignored`);
          return;
        }
        for (const message of batch.messages) await this.deps.handle.execute({ ...message, clinicId });
        await this.statuses(clinicId, batch.statuses);
      });
    }
  }

  private async statuses(clinicId: ClinicId, statuses: readonly StatusUpdate[]): Promise<void> {
    for (const status of statuses) {
      const line = await this.deps.store.recordDelivery(clinicId, status.providerMessageId, status.status);
      if (line) await this.deps.feed.publish(clinicId, { type: 'delivery', ...line, status: status.status });
    }
  }
}
