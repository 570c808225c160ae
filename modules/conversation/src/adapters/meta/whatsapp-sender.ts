import { PreconditionFailed, type ClinicId } from '@frontdesk/shared-kernel';
import type { ChannelSender } from '../../application/send-outbound';
import type { OutboundMessage } from '../../ports/outbound.port';
import type { WhatsAppNumbers } from '../../ports/whatsapp-numbers.port';
import type { WhatsAppGraphClient } from './graph-api-client';

/** Sends outbound messages from the clinic's own WhatsApp number through the Graph API client (retries live there). */
export class WhatsAppSender implements ChannelSender {
  constructor(
    private readonly graph: Pick<WhatsAppGraphClient, 'send'>,
    private readonly numbers: WhatsAppNumbers,
  ) {}

  async send(message: OutboundMessage): Promise<{ providerMessageId: string }> {
    const number = await this.numbers.numberOf(message.clinicId as ClinicId);
    if (!number) throw new PreconditionFailed('CONVERSATION.WHATSAPP_NOT_CONNECTED', 'This clinic has no WhatsApp number connected');
    const body = message.body;
    const result = await this.graph.send(
      number.phoneNumberId,
      body.kind === 'text'
        ? { type: 'text', to: message.to, body: body.text }
        : {
            type: 'template',
            to: message.to,
            name: body.name,
            languageCode: body.languageCode,
            components: body.parameters.length ? [{ type: 'body', parameters: body.parameters.map((text) => ({ type: 'text', text })) }] : [],
          },
    );
    return { providerMessageId: result.providerMessageId };
  }
}
