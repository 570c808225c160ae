import { DomainError, type ClinicId, type Logger, type TenantGuard } from '@frontdesk/shared-kernel';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { OutboundMessage } from '../ports/outbound.port';

/** A provider channel's sender: WhatsApp (Graph API), Messenger and Instagram (Send API). */
export interface ChannelSender {
  /**
   * Returns the provider's message id. Throws a DomainError for a refusal that
   * retrying cannot fix, and a DomainError with `retryable: true` for a failure
   * a later try may get past (the provider rate limited us or was down).
   */
  send(message: OutboundMessage): Promise<{ providerMessageId: string }>;
}

/** Which of the queue's tries this run is; the job runner knows it, a direct call does not. */
export interface QueueAttempt {
  /** 1 for the first run. */
  attempt: number;
  /** The queue's tries in all; after the last one it gives the job up. */
  maxAttempts: number;
}

/** A failure the queue should retry: a sender's DomainError marked `retryable: true` (e.g. GraphApiError on 429/5xx). */
export function isRetryableSendFailure(error: unknown): error is DomainError {
  return error instanceof DomainError && (error as { retryable?: unknown }).retryable === true;
}

/**
 * Runs one queued outbound message (a job of the durable queue, at least once).
 * An AI line whose conversation was taken over in the meantime is not sent:
 * while a person has the conversation, the AI sends nothing from any process.
 *
 * A refusal shows `failed` on the line at once. A retryable failure (429/5xx
 * that outlived the Graph client's own retries) is rethrown so the queue runs
 * the job again with its backoff, and shows `failed` only on the queue's last
 * try; without a QueueAttempt every try counts as not the last.
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

  handle = async (message: OutboundMessage, queueAttempt?: QueueAttempt): Promise<void> => {
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
        const lastTry = queueAttempt !== undefined && queueAttempt.attempt >= queueAttempt.maxAttempts;
        if (isRetryableSendFailure(error) && !lastTry) {
          this.deps.logger.warn({ clinicId, conversationId: message.conversationId, code: error.code, attempt: queueAttempt?.attempt }, 'outbound message not sent yet; the queue retries it');
          throw error;
        }
        // A refusal (window closed, number not on WhatsApp), or the last try of a retryable failure: show it on the line.
        this.deps.logger.warn({ clinicId, conversationId: message.conversationId, code: error.code }, 'outbound message refused');
        // Stored, not only published: the inbox shows it after a reload too.
        await this.deps.store.recordLineDelivery(clinicId, message.conversationId, message.lineId, 'failed');
        await this.deps.feed.publish(clinicId, { type: 'delivery', conversationId: message.conversationId, lineId: message.lineId, status: 'failed' });
        if (message.broadcastId) await this.deps.broadcasts?.recordOutcome(clinicId, message.broadcastId, message.to, 'failed');
      }
    });
  };
}
