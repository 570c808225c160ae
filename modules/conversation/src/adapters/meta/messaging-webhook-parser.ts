import { z } from 'zod';
import type { InboundChoice, InboundMedia, MediaKind, StatusUpdate, UnroutedInboundMessage } from '../../domain/inbound-message';
import { MessagingWebhookParseError } from './meta-errors';

/**
 * Parses a Messenger (`object: "page"`) or Instagram (`object: "instagram"`)
 * webhook body, already JSON-parsed, after verifySignature() accepted the raw
 * bytes (VENDORS.md 1.9). Pure: no I/O, no clock.
 *
 * One batch per `entry[].id`, the page or Instagram account id, which decides
 * the clinic; entries for the same id are merged, in order of first appearance.
 * From `messaging[]`:
 * - `message` -> an inbound message: text; a quick-reply tap as a choice; an
 *   image/audio/video/file attachment as media (file -> document; the
 *   attachment URL is the media id); anything else as `unsupported`.
 * - `postback` (a button or menu tap) -> a choice.
 * - `delivery.mids` -> `delivered` for each of our messages it names.
 * - `read` is ignored: it carries only a watermark (every message before this
 *   time was read), no message ids, and our lines are found by provider id; a
 *   line's status stops at `delivered` on these channels.
 * - Echoes (`message.is_echo`: our own sends coming back, also when a person
 *   answers from the Page inbox) and the whole `standby[]` (threads another app
 *   owns under the handover protocol) are dropped here, before the pipeline, so
 *   the assistant never answers itself.
 * - Other events (reactions, referrals, opt-ins, Instagram comment `changes`)
 *   are ignored and counted.
 *
 * Timestamps are integers of milliseconds. The envelope, and the payload of an
 * event we handle, must have the documented shape, or a
 * MessagingWebhookParseError (-> HTTP 400) is thrown.
 */
export type MessagingChannel = 'messenger' | 'instagram';

export interface MessagingWebhookBatch {
  readonly channel: MessagingChannel;
  /** `entry[].id`: the Facebook page id or the Instagram professional account id. */
  readonly accountId: string;
  readonly messages: UnroutedInboundMessage[];
  readonly statuses: StatusUpdate[];
  /** What was dropped before the pipeline, for the log. */
  readonly ignored: { echoes: number; standby: number; reads: number; other: number };
}

const nonEmpty = z.string().min(1);
const msTimestamp = z
  .number()
  .int()
  .nonnegative()
  .transform((ms) => new Date(ms));
/** Page- and Instagram-scoped ids are digit strings in every sample; this only keeps them safe to store and send back. */
const scopedId = z.looseObject({ id: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'is not a scoped id') });

const envelopeSchema = z.looseObject({
  object: z.enum(['page', 'instagram']),
  entry: z.array(
    z.looseObject({
      id: nonEmpty,
      // Checked one by one, so one unknown event type does not fail the batch.
      messaging: z.array(z.unknown()).optional(),
      standby: z.array(z.unknown()).optional(),
    }),
  ),
});

const eventSchema = z.looseObject({
  sender: scopedId,
  recipient: scopedId.optional(),
  timestamp: msTimestamp.optional(),
});

const attachmentSchema = z.looseObject({
  type: nonEmpty,
  payload: z.looseObject({ url: z.string().optional() }).nullish(),
});

const messageSchema = z.looseObject({
  mid: nonEmpty,
  text: z.string().optional(),
  quick_reply: z.looseObject({ payload: z.string() }).optional(),
  attachments: z.array(attachmentSchema).optional(),
  reply_to: z.looseObject({ mid: z.string().optional() }).optional(),
});

// The postback's field set is [unconfirmed] in VENDORS.md 1.9: only `payload` is required.
const postbackSchema = z.looseObject({ payload: z.string(), title: z.string().optional(), mid: z.string().min(1).optional() });

const deliverySchema = z.looseObject({ mids: z.array(nonEmpty).optional(), watermark: msTimestamp });

const MEDIA_BY_ATTACHMENT: Readonly<Record<string, MediaKind>> = { image: 'image', audio: 'audio', video: 'video', file: 'document' };

export function parseMessagingWebhook(json: unknown): MessagingWebhookBatch[] {
  const envelope = check(envelopeSchema, json, []);
  const channel: MessagingChannel = envelope.object === 'page' ? 'messenger' : 'instagram';
  const batches = new Map<string, MessagingWebhookBatch>();

  envelope.entry.forEach((entry, e) => {
    const batch: MessagingWebhookBatch = batches.get(entry.id) ?? {
      channel,
      accountId: entry.id,
      messages: [],
      statuses: [],
      ignored: { echoes: 0, standby: 0, reads: 0, other: 0 },
    };
    batches.set(entry.id, batch);
    batch.ignored.standby += entry.standby?.length ?? 0;
    if (!entry.messaging) {
      // Instagram comments and other subscriptions come as `changes[]`.
      if (!entry.standby) batch.ignored.other += 1;
      return;
    }
    entry.messaging.forEach((raw, m) => readEvent(raw, entry.id, channel, batch, ['entry', e, 'messaging', m]));
  });
  return [...batches.values()];
}

function readEvent(raw: unknown, accountId: string, channel: MessagingChannel, batch: MessagingWebhookBatch, path: (string | number)[]): void {
  const record = isRecord(raw) ? raw : undefined;
  const message = isRecord(record?.['message']) ? record['message'] : undefined;
  // Echoes first, before their (differently shaped) payload is looked at.
  if (message?.['is_echo'] === true) {
    batch.ignored.echoes += 1;
    return;
  }
  const event = check(eventSchema, raw, path);
  // Our own account as the sender is an echo too, whatever the flag says.
  if (event.sender.id === accountId) {
    batch.ignored.echoes += 1;
    return;
  }

  if (record && 'message' in record) {
    const p = check(messageSchema, record['message'], [...path, 'message']);
    batch.messages.push(toMessage(p, channel, event.sender.id, requireTimestamp(event.timestamp, path), [...path, 'message']));
  } else if (record && 'postback' in record) {
    const p = check(postbackSchema, record['postback'], [...path, 'postback']);
    const at = requireTimestamp(event.timestamp, path);
    const title = p.title ?? p.payload;
    const choice: InboundChoice = { kind: 'postback', id: p.payload, title };
    batch.messages.push({
      channel,
      kind: 'choice',
      sender: event.sender.id,
      // Without a mid, sender + time + payload is what a redelivery repeats.
      providerMessageId: p.mid ?? `postback:${event.sender.id}:${at.getTime()}:${p.payload}`,
      receivedAt: at,
      choice,
      text: title,
      providerType: 'postback',
    });
  } else if (record && 'delivery' in record) {
    const p = check(deliverySchema, record['delivery'], [...path, 'delivery']);
    // Without mids, Meta says only "everything before the watermark": nothing we can map to a line.
    for (const mid of p.mids ?? []) batch.statuses.push({ providerMessageId: mid, status: 'delivered', at: p.watermark, recipient: event.sender.id });
  } else if (record && 'read' in record) {
    batch.ignored.reads += 1;
  } else {
    batch.ignored.other += 1;
  }
}

function toMessage(p: z.infer<typeof messageSchema>, channel: MessagingChannel, sender: string, receivedAt: Date, path: (string | number)[]): UnroutedInboundMessage {
  const base = {
    channel,
    sender,
    providerMessageId: p.mid,
    receivedAt,
    ...(p.reply_to?.mid ? { replyTo: p.reply_to.mid } : {}),
  };
  const text = p.text !== undefined && p.text !== '' ? p.text : undefined;

  if (p.quick_reply) {
    const title = text ?? p.quick_reply.payload;
    return { ...base, kind: 'choice', choice: { kind: 'quick_reply', id: p.quick_reply.payload, title }, text: title, providerType: 'quick_reply' };
  }
  // One attachment is kept (an InboundMessage carries one media); Messenger sends several photos as one message.
  const attachment = p.attachments?.[0];
  if (attachment) {
    const kind = MEDIA_BY_ATTACHMENT[attachment.type];
    // A shared post, a location, a link preview: the words that came with it are still read.
    if (!kind) return text ? { ...base, kind: 'text', text, providerType: `attachment.${attachment.type}` } : { ...base, kind: 'unsupported', providerType: `attachment.${attachment.type}` };
    const url = attachment.payload?.url;
    if (!url) throw new MessagingWebhookParseError(`An ${attachment.type} attachment has no payload.url`, { path: pathString([...path, 'attachments', 0, 'payload', 'url']) });
    const media: InboundMedia = { kind, providerMediaId: url, mimeType: 'application/octet-stream' };
    return { ...base, kind: 'media', media, ...(text ? { text } : {}), providerType: attachment.type };
  }
  if (text) return { ...base, kind: 'text', text, providerType: 'text' };
  return { ...base, kind: 'unsupported', providerType: 'message' };
}

function requireTimestamp(at: Date | undefined, path: (string | number)[]): Date {
  if (!at) throw new MessagingWebhookParseError('A messaging event has no timestamp', { path: pathString([...path, 'timestamp']) });
  return at;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function check<S extends z.ZodType>(schema: S, value: unknown, path: (string | number)[]): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${pathString([...path, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))])}: ${i.message}`);
  throw new MessagingWebhookParseError('The webhook body is not a Messenger or Instagram envelope', { issues });
}

function pathString(path: (string | number)[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}
