import { InvalidInput, PreconditionFailed, type ClinicId } from '@frontdesk/shared-kernel';
import type { ChannelSender } from '../../application/send-outbound';
import { OUTBOUND_MEDIA_KINDS, type OutboundBody, type OutboundMessage } from '../../ports/outbound.port';
import type { WhatsAppNumbers } from '../../ports/whatsapp-numbers.port';
import type { WhatsAppGraphClient, WhatsAppOutbound } from './graph-api-client';

/** Sends outbound messages from the clinic's own WhatsApp number through the Graph API client (retries live there). */
export class WhatsAppSender implements ChannelSender {
  constructor(
    private readonly graph: Pick<WhatsAppGraphClient, 'send'>,
    private readonly numbers: Pick<WhatsAppNumbers, 'numberOf'>,
  ) {}

  async send(message: OutboundMessage): Promise<{ providerMessageId: string }> {
    // Checked before any lookup: a malformed job fails the same way whoever's number it names.
    const outbound = toWhatsAppOutbound(message.to, message.body);
    const number = await this.numbers.numberOf(message.clinicId as ClinicId);
    if (!number) throw new PreconditionFailed('CONVERSATION.WHATSAPP_NOT_CONNECTED', 'This clinic has no WhatsApp number connected');
    const result = await this.graph.send(number.phoneNumberId, outbound);
    return { providerMessageId: result.providerMessageId };
  }
}

const CAPTIONED: ReadonlySet<string> = new Set(['image', 'video', 'document']);

/**
 * The Graph client's message for an outbound body. The body comes back from the
 * job queue as JSON, so a media body is checked here (kind, http(s) link,
 * caption and filename only where Meta takes them) and refused with
 * InvalidInput `CONVERSATION.OUTBOUND_MEDIA_INVALID`.
 */
export function toWhatsAppOutbound(to: string, body: OutboundBody): WhatsAppOutbound {
  switch (body.kind) {
    case 'text':
      return { type: 'text', to, body: body.text };
    case 'template':
      return {
        type: 'template',
        to,
        name: body.name,
        languageCode: body.languageCode,
        components: body.parameters.length ? [{ type: 'body', parameters: body.parameters.map((text) => ({ type: 'text', text })) }] : [],
      };
    case 'media': {
      const invalid = (problem: string) => new InvalidInput('CONVERSATION.OUTBOUND_MEDIA_INVALID', `Cannot send this media message: ${problem}`, { media: body.media });
      if (!(OUTBOUND_MEDIA_KINDS as readonly string[]).includes(body.media)) {
        throw invalid(`the media kind ${JSON.stringify(body.media)} is not one of ${OUTBOUND_MEDIA_KINDS.join(', ')}`);
      }
      if (!isHttpUrl(body.link)) throw invalid('it needs a link, an http(s) URL Meta can download the file from');
      if (body.caption !== undefined && !CAPTIONED.has(body.media)) throw invalid(`WhatsApp ${body.media} messages take no caption`);
      if (body.filename !== undefined && body.media !== 'document') throw invalid('only documents take a filename');
      return {
        type: 'media',
        to,
        kind: body.media,
        media: { link: body.link },
        ...(body.caption !== undefined ? { caption: body.caption } : {}),
        ...(body.filename !== undefined ? { filename: body.filename } : {}),
      };
    }
    default:
      throw new InvalidInput('CONVERSATION.OUTBOUND_BODY_INVALID', `Cannot send a message body of kind ${JSON.stringify((body as { kind?: unknown }).kind)}`);
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
