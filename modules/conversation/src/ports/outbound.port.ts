import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Channel } from '../domain/inbound-message';

/** A message for a patient on a provider channel (WhatsApp, Messenger, Instagram). */
export interface OutboundMessage {
  clinicId: ClinicId;
  conversationId: string;
  channel: Exclude<Channel, 'web'>;
  /** The provider's address of the patient (WhatsApp: E.164). */
  to: string;
  /** The transcript line it carries; absent for notices that are not part of the transcript (apologies, verification answers). */
  lineId?: string;
  /** Who wrote it; AI lines are dropped at send time if a person took the conversation over. */
  author: 'assistant' | 'staff' | 'system';
  /** Set on a broadcast's message: the sender reports sent or failed back to the broadcast's counters. */
  broadcastId?: string;
  body: OutboundBody;
}

/** The media a WhatsApp message can carry by link (Meta fetches the file from the URL). */
export const OUTBOUND_MEDIA_KINDS = ['image', 'document', 'audio', 'video'] as const;
export type OutboundMediaKind = (typeof OUTBOUND_MEDIA_KINDS)[number];

export type OutboundBody =
  | { kind: 'text'; text: string }
  | { kind: 'template'; name: string; languageCode: string; parameters: string[] }
  /** A public http(s) URL of the file; `caption` for image, video and document only, `filename` for documents only. */
  | { kind: 'media'; media: OutboundMediaKind; link: string; caption?: string; filename?: string };

/**
 * Port: hands a message to the channel's sender. The Redis/BullMQ adapter
 * queues it (durable, retried) so the webhook answers without waiting for
 * the provider.
 */
export interface OutboundQueue {
  enqueue(message: OutboundMessage): Promise<void>;
}
