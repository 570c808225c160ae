import type { Clock } from '@frontdesk/shared-kernel';
import type { Conversation, LineAuthor, TranscriptEntry } from '../domain/conversation';
import type { ReplyIntent } from '../domain/language';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { OutboundMessage, OutboundQueue } from '../ports/outbound.port';

type Target = Pick<Conversation, 'id' | 'clinicId' | 'channel' | 'patientKey'>;

interface SendOptions {
  /** What goes to the provider; the line's text by default (a template outside WhatsApp's 24-hour window). */
  body?: OutboundMessage['body'];
  /** Who the send counts as; by default derived from the line (see the class comment). */
  sentAs?: OutboundMessage['author'];
}

/**
 * The one way a line reaches a patient outside the model's reply script:
 * stored in the transcript, shown live (chat and inbox), and on provider
 * channels queued for sending. A line with `by` was written or approved by a
 * person, so it is sent even while the conversation is taken over.
 */
export class ConversationLines {
  constructor(private readonly deps: { store: ConversationStore; feed: ConversationFeed; outbound: OutboundQueue; clock: Clock }) {}

  async write(conversation: Target, line: { author: LineAuthor; text: string; by?: string; intent?: ReplyIntent }, options: SendOptions = {}): Promise<TranscriptEntry> {
    const entry = await this.deps.store.appendLine(conversation.clinicId, conversation.id, { ...line, at: this.deps.clock.now() });
    await this.deps.feed.publish(conversation.clinicId, { type: 'line', conversationId: conversation.id, line: entry });
    await this.send(conversation, entry, options);
    return entry;
  }

  /** Queues an already stored and published line on provider channels; the web chat has it from the feed. */
  async send(conversation: Target, line: TranscriptEntry, options: SendOptions = {}): Promise<void> {
    if (conversation.channel === 'web') return;
    await this.deps.outbound.enqueue({
      clinicId: conversation.clinicId,
      conversationId: conversation.id,
      channel: conversation.channel,
      to: conversation.patientKey,
      lineId: line.id,
      author: options.sentAs ?? (line.by ? 'staff' : line.author === 'system' ? 'system' : 'assistant'),
      body: options.body ?? { kind: 'text', text: line.text },
    });
  }
}
