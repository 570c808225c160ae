import { z } from 'zod';
import {
  whatsappIdToE164,
  type DeliveryStatus,
  type InboundChoice,
  type InboundMedia,
  type MediaKind,
  type StatusUpdate,
  type UnroutedInboundMessage,
} from '../../domain/inbound-message';
import { WhatsAppWebhookParseError } from './meta-errors';

/**
 * Parses the WhatsApp Cloud API webhook POST body (docs: /work/shared/VENDORS.md
 * 1.3; Meta's webhook reference "messages"). Call it only after
 * verifySignature() accepted the raw bytes.
 *
 * One POST can batch several entries and changes, and a WABA can own several
 * phone numbers, so the result is grouped per `metadata.phone_number_id` (the
 * number identifies the clinic): one group per number, in order of first
 * appearance. Changes with a `field` other than `messages` (account updates,
 * template status, ...) are skipped.
 *
 * Unknown message types become `kind: 'unsupported'`; unknown statuses (e.g.
 * `deleted`) are skipped. The envelope itself, and the payload of a type we do
 * handle, must have the documented shape, or a WhatsAppWebhookParseError is thrown.
 */
export interface WhatsAppWebhookBatch {
  readonly phoneNumberId: string;
  readonly displayPhoneNumber?: string;
  /** `entry[].id`, the WhatsApp Business Account id. */
  readonly wabaId: string;
  readonly messages: UnroutedInboundMessage[];
  readonly statuses: StatusUpdate[];
  /** `value.errors[]`: asynchronous errors not tied to one message. */
  readonly errors: WhatsAppAsyncError[];
}

export interface WhatsAppAsyncError {
  readonly code: number;
  readonly title?: string;
  readonly message?: string;
  readonly details?: string;
}

// Unix seconds: a string on the wire; numbers accepted too.
const unixSeconds = z
  .union([z.string().regex(/^\d{1,12}$/), z.number().int().nonnegative()])
  .transform((v) => new Date(Number(v) * 1000));

const nonEmpty = z.string().min(1);

const asyncErrorSchema = z.looseObject({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

const messageCommonSchema = z.looseObject({
  from: nonEmpty,
  id: nonEmpty,
  timestamp: unixSeconds,
  type: nonEmpty,
  context: z.looseObject({ id: z.string().optional(), from: z.string().optional() }).optional(),
});

const statusSchema = z.looseObject({
  id: nonEmpty,
  status: nonEmpty,
  timestamp: unixSeconds,
  recipient_id: z.string().optional(),
  errors: z.array(asyncErrorSchema).optional(),
});

const messagesValueSchema = z.looseObject({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: z.looseObject({ phone_number_id: nonEmpty, display_phone_number: z.string().optional() }),
  contacts: z.array(z.looseObject({ wa_id: z.string(), profile: z.looseObject({ name: z.string().optional() }).optional() })).optional(),
  // Checked one by one in toMessage(), so an unknown type becomes 'unsupported' instead of failing the schema.
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(statusSchema).optional(),
  errors: z.array(asyncErrorSchema).optional(),
});

const envelopeSchema = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })),
    }),
  ),
});

const textPayload = z.looseObject({ body: z.string() });
const mediaPayload = z.looseObject({
  id: nonEmpty,
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});
const replyPayload = z.looseObject({ id: z.string(), title: z.string(), description: z.string().optional() });
const interactivePayload = z.looseObject({
  type: nonEmpty,
  button_reply: replyPayload.optional(),
  list_reply: replyPayload.optional(),
});
const templateButtonPayload = z.looseObject({ payload: z.string(), text: z.string() });

const MEDIA_KINDS: ReadonlySet<string> = new Set<MediaKind>(['image', 'audio', 'video', 'document', 'sticker']);
const DELIVERY_STATUSES: ReadonlySet<string> = new Set<DeliveryStatus>(['sent', 'delivered', 'read', 'failed']);

/** The raw body as received: JSON first, then parseWhatsAppEnvelope(). */
export function parseWhatsAppWebhook(rawBody: Buffer | string): WhatsAppWebhookBatch[] {
  let json: unknown;
  try {
    json = JSON.parse(typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8'));
  } catch {
    throw new WhatsAppWebhookParseError('The webhook body is not valid JSON');
  }
  return parseWhatsAppEnvelope(json);
}

/**
 * The body already JSON-parsed (the webhook parses once and dispatches on
 * `object`); `object` must be `whatsapp_business_account`.
 */
export function parseWhatsAppEnvelope(json: unknown): WhatsAppWebhookBatch[] {
  const envelope = check(envelopeSchema, json, []);

  const batches = new Map<string, WhatsAppWebhookBatch>();
  envelope.entry.forEach((entry, e) => {
    entry.changes.forEach((change, c) => {
      if (change.field !== 'messages') return;
      const path = ['entry', e, 'changes', c, 'value'];
      const value = check(messagesValueSchema, change.value, path);
      const phoneNumberId = value.metadata.phone_number_id;
      const displayPhoneNumber = value.metadata.display_phone_number;
      const batch: WhatsAppWebhookBatch = batches.get(phoneNumberId) ?? {
        phoneNumberId,
        ...(displayPhoneNumber !== undefined ? { displayPhoneNumber } : {}),
        wabaId: entry.id,
        messages: [],
        statuses: [],
        errors: [],
      };
      batches.set(phoneNumberId, batch);
      const names = new Map((value.contacts ?? []).map((ct) => [ct.wa_id, ct.profile?.name] as const));
      (value.messages ?? []).forEach((raw, m) => {
        batch.messages.push(toMessage(raw, names, [...path, 'messages', m]));
      });
      for (const raw of value.statuses ?? []) {
        const status = toStatus(raw);
        if (status) batch.statuses.push(status);
      }
      for (const err of value.errors ?? []) batch.errors.push(toAsyncError(err));
    });
  });
  return [...batches.values()];
}

function toMessage(raw: unknown, names: ReadonlyMap<string, string | undefined>, path: (string | number)[]): UnroutedInboundMessage {
  const common = check(messageCommonSchema, raw, path);
  const sender = whatsappIdToE164(common.from);
  if (!sender) throw new WhatsAppWebhookParseError('A message sender is not a phone number', { path: pathString([...path, 'from']) });
  const senderName = names.get(common.from);
  const replyTo = common.context?.id;
  const base = {
    channel: 'whatsapp' as const,
    sender,
    ...(senderName ? { senderName } : {}),
    providerMessageId: common.id,
    receivedAt: common.timestamp,
    ...(replyTo ? { replyTo } : {}),
    providerType: common.type,
  };
  const body = (raw as Record<string, unknown>)[common.type];
  const bodyPath = [...path, common.type];

  if (common.type === 'text') {
    return { ...base, kind: 'text', text: check(textPayload, body, bodyPath).body };
  }
  if (MEDIA_KINDS.has(common.type)) {
    const p = check(mediaPayload, body, bodyPath);
    const media: InboundMedia = {
      kind: common.type as MediaKind,
      providerMediaId: p.id,
      mimeType: p.mime_type ?? 'application/octet-stream',
      ...(p.sha256 !== undefined ? { sha256: p.sha256 } : {}),
      ...(p.caption !== undefined ? { caption: p.caption } : {}),
      ...(p.filename !== undefined ? { filename: p.filename } : {}),
    };
    return { ...base, kind: 'media', media, ...(p.caption ? { text: p.caption } : {}) };
  }
  if (common.type === 'interactive') {
    const p = check(interactivePayload, body, bodyPath);
    const reply = p.type === 'button_reply' ? p.button_reply : p.type === 'list_reply' ? p.list_reply : undefined;
    if (p.type === 'button_reply' || p.type === 'list_reply') {
      if (!reply) throw new WhatsAppWebhookParseError(`An interactive ${p.type} has no ${p.type} object`, { path: pathString(bodyPath) });
      const choice: InboundChoice = {
        kind: p.type,
        id: reply.id,
        title: reply.title,
        ...(reply.description !== undefined ? { description: reply.description } : {}),
      };
      return { ...base, kind: 'choice', choice, text: reply.title };
    }
    // nfm_reply (flows) and anything newer.
    return { ...base, kind: 'unsupported', providerType: `interactive.${p.type}` };
  }
  if (common.type === 'button') {
    const p = check(templateButtonPayload, body, bodyPath);
    return { ...base, kind: 'choice', choice: { kind: 'template_button', id: p.payload, title: p.text }, text: p.text };
  }
  return { ...base, kind: 'unsupported' };
}

function toStatus(raw: z.infer<typeof statusSchema>): StatusUpdate | undefined {
  if (!DELIVERY_STATUSES.has(raw.status)) return undefined;
  const recipient = raw.recipient_id !== undefined ? whatsappIdToE164(raw.recipient_id) : undefined;
  // Meta documents errors[] on `failed`; without it the update is kept, just without a code.
  const firstError = raw.errors?.[0];
  return {
    providerMessageId: raw.id,
    status: raw.status as DeliveryStatus,
    at: raw.timestamp,
    ...(recipient ? { recipient } : {}),
    ...(firstError ? { errorCode: firstError.code } : {}),
    ...(firstError?.title !== undefined ? { errorTitle: firstError.title } : {}),
  };
}

function toAsyncError(raw: z.infer<typeof asyncErrorSchema>): WhatsAppAsyncError {
  return {
    code: raw.code,
    ...(raw.title !== undefined ? { title: raw.title } : {}),
    ...(raw.message !== undefined ? { message: raw.message } : {}),
    ...(raw.error_data?.details !== undefined ? { details: raw.error_data.details } : {}),
  };
}

function check<S extends z.ZodType>(schema: S, value: unknown, path: (string | number)[]): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${pathString([...path, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))])}: ${i.message}`);
  throw new WhatsAppWebhookParseError('The webhook body is not a WhatsApp envelope', { issues });
}

function pathString(path: (string | number)[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}
