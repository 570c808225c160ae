import type { ClinicId } from '@frontdesk/shared-kernel';

/**
 * The one shape every channel is normalised into before the inbound pipeline
 * (guard, rate limits, agent) sees it. Pure: no I/O, no clock; the adapters
 * fill it from the provider's webhook.
 */
export type Channel = 'whatsapp' | 'messenger' | 'instagram' | 'web';

export type MediaKind = 'image' | 'audio' | 'video' | 'document' | 'sticker';

export interface InboundMedia {
  readonly kind: MediaKind;
  /** The provider's id for a later download (WhatsApp: a media id that expires after about 7 days; Messenger/Instagram: the attachment URL). */
  readonly providerMediaId: string;
  readonly mimeType: string;
  readonly sha256?: string;
  readonly caption?: string;
  readonly filename?: string;
}

/**
 * A tap on one of our buttons or list rows: `id` is the id we put on it when sending.
 * WhatsApp: button_reply, list_reply, template_button. Messenger/Instagram:
 * quick_reply (a quick-reply chip) and postback (a button of a template or the menu).
 */
export interface InboundChoice {
  readonly kind: 'button_reply' | 'list_reply' | 'template_button' | 'quick_reply' | 'postback';
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

/**
 * What the message is, so the pipeline can branch without probing optional fields:
 * - text: `text` is set.
 * - media: `media` is set; `text` is the caption when there is one.
 * - choice: `choice` is set; `text` is the title the patient saw.
 * - unsupported: a type we do not handle (location, reaction, contacts, ...);
 *   no text, `providerType` says what it was. Not an error: the pipeline can
 *   answer "I can only read text and voice notes".
 */
export type InboundMessageKind = 'text' | 'media' | 'choice' | 'unsupported';

export interface InboundMessage {
  readonly clinicId: ClinicId;
  readonly channel: Channel;
  readonly kind: InboundMessageKind;
  /** WhatsApp: E.164 with the leading `+`. Messenger/Instagram: the page-scoped id. */
  readonly sender: string;
  readonly senderName?: string;
  /** Dedupe key (WhatsApp `wamid.…`): providers redeliver. */
  readonly providerMessageId: string;
  /** When the provider says the patient sent it. */
  readonly receivedAt: Date;
  readonly text?: string;
  readonly media?: InboundMedia;
  readonly choice?: InboundChoice;
  /** The provider id of our message the patient replied to or tapped on. */
  readonly replyTo?: string;
  /** The provider's own type name (`text`, `image`, `location`, ...). */
  readonly providerType: string;
}

/** Before the tenant is known: adapters parse, the application layer routes to a clinic. */
export type UnroutedInboundMessage = Omit<InboundMessage, 'clinicId'>;

export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusUpdate {
  /** The provider id of the message we sent. */
  readonly providerMessageId: string;
  readonly status: DeliveryStatus;
  readonly at: Date;
  /** Who it was sent to (WhatsApp: E.164 with `+`), when the provider says. */
  readonly recipient?: string;
  /** Provider error code on `failed` (WhatsApp e.g. 131047, 131026). */
  readonly errorCode?: number;
  readonly errorTitle?: string;
}

const STATUS_RANK: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

/**
 * Statuses arrive out of order (`read` before `delivered`); a status never moves
 * a message backwards. `failed` is final.
 */
export function advanceStatus(current: DeliveryStatus | undefined, next: DeliveryStatus): DeliveryStatus {
  if (current === undefined) return next;
  if (current === 'failed') return current;
  return STATUS_RANK[next] > STATUS_RANK[current] ? next : current;
}

const WA_ID = /^[1-9]\d{6,14}$/;

/**
 * WhatsApp gives the sender as digits without `+` (`wa_id`, `from`); we store
 * E.164. Returns undefined when it is not a plausible E.164 number.
 */
export function whatsappIdToE164(waId: string): string | undefined {
  const digits = waId.startsWith('+') ? waId.slice(1) : waId;
  return WA_ID.test(digits) ? `+${digits}` : undefined;
}
