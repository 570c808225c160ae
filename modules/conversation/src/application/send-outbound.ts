import { DomainError, type ClinicId, type Logger, type TenantGuard } from '@frontdesk/shared-kernel';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { OutboundMessage } from '../ports/outbound.port';

/** A provider channel's sender: WhatsApp (Graph API), later Messenger and Instagram. */
export interface ChannelSender {
  /** Returns the provider's message id. Throws a DomainError for a refusal that retrying cannot fix. */
  send(message: OutboundMessage): Promise<{ providerMessageId: string }>;
}

/**
 * Runs one queued outbound message (a job of the durable queue, at least once).
 * An AI line whose conversation was taken over in the meantime is not sent:
 * while a person has the conversation, the AI sends nothing from any process.
 */
export class SendOutbound {
  constructor(
    private readonly deps: {
      senders: Partial<Record<OutboundMessage['channel'], ChannelSender>>;
      store: ConversationStore;
      feed: ConversationFeed;
      guard: TenantGuard;
      logger: Logger;
      /** Counts a broadcast message's outcome (DeliverBroadcast.recordOutcome). */
      broadcasts?: { recordOutcome(clinicId: ClinicId, broadcastId: string, phone: string, outcome: 'sent' | 'failed'): Promise<void> };
    },
  ) {}

  handle = async (message: OutboundMessage): Promise<void> => {
    const clinicId = message.clinicId as ClinicId;
    await this.deps.guard.run({ clinicId, actor: { kind: 'system', id: 'outbound' }, requestId: `outbound:${message.conversationId}` }, async () => {
      if (message.author === 'assistant') {
        const conversation = await this.deps.store.get(clinicId, message.conversationId);
        if (conversation?.mode === 'human') {
          this.deps.logger.info({ clinicId, conversationId: message.conversationId }, 'AI message not sent: the conversation was taken over');
          return;
        }
      }
      const sender = this.deps.senders[message.channel];
      if (!sender) throw new Error(`No sender for the ${message.channel} channel`);
      try {
        const { providerMessageId } = await sender.send(message);
        if (message.lineId) {
          await this.deps.store.linkProviderMessage(clinicId, providerMessageId, message.conversationId, message.lineId);
          await this.deps.store.recordDelivery(clinicId, providerMessageId, 'sent');
          await this.deps.feed.publish(clinicId, { type: 'delivery', conversationId: message.conversationId, lineId: message.lineId, status: 'sent' });
        }
        if (message.broadcastId) await this.deps.broadcasts?.recordOutcome(clinicId, message.broadcastId, message.to, 'sent');
      } catch (error) {
        if (!(error instanceof DomainError) || !message.lineId) throw error;
        // A refusal (window closed, number not on WhatsApp): show it on the line; retrying will not help.
        this.deps.logger.warn({ clinicId, conversationId: message.conversationId, code: error.code }, 'outbound message refused');
        await this.deps.feed.publish(clinicId, { type: 'delivery', conversationId: message.conversationId, lineId: message.lineId, status: 'failed' });
        if (message.broadcastId) await this.deps.broadcasts?.recordOutcome(clinicId, message.broadcastId, message.to, 'failed');
      }
    });
  };
}
