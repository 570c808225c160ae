import { PreconditionFailed, type ClinicId } from '@frontdesk/shared-kernel';
import type { ChannelSender } from '../../application/send-outbound';
import type { OutboundMessage } from '../../ports/outbound.port';
import type { MetaPages, PageChannel } from '../../ports/meta-pages.port';
import type { PageMessagesClient } from './page-messages-client';

const CHANNEL_NAME: Record<PageChannel, string> = { messenger: 'Messenger', instagram: 'Instagram' };

/**
 * Instagram takes at most 1000 bytes of UTF-8 text per message (Meta's
 * Instagram "Send a Message" guide); the same budget is used for Messenger.
 * Longer replies (an Arabic menu reaches it at ~500 letters) go out as several
 * messages, split at line breaks, else at spaces.
 */
export const PAGE_TEXT_MAX_BYTES = 1000;

/**
 * Sends Messenger and Instagram messages from the clinic's connected page or
 * Instagram account, with that account's own page access token (retries live
 * in the client). Messenger posts to the page id; Instagram to `me`, i.e. the
 * Facebook page the token belongs to (the one linked to the Instagram account).
 * Only text: these channels have no WhatsApp-style templates, so a template
 * body is refused and the line shows `failed`; so is a media body (not built yet).
 */
export class PageSender implements ChannelSender {
  constructor(
    private readonly channel: PageChannel,
    private readonly client: Pick<PageMessagesClient, 'sendText'>,
    private readonly pages: Pick<MetaPages, 'credentials'>,
  ) {}

  async send(message: OutboundMessage): Promise<{ providerMessageId: string }> {
    const name = CHANNEL_NAME[this.channel];
    if (message.body.kind === 'media') {
      // The Send API takes attachments, but this sender (and its client) only sends text so far.
      throw new PreconditionFailed('CONVERSATION.MEDIA_NOT_ON_CHANNEL', `Media messages cannot be sent on ${name} yet: only text goes out there.`);
    }
    if (message.body.kind !== 'text') {
      throw new PreconditionFailed(
        'CONVERSATION.TEMPLATE_NOT_ON_CHANNEL',
        `${name} has no message templates: the template "${message.body.name}" cannot be sent there. Only a reply within 24 hours of the patient's last message reaches them.`,
      );
    }
    const credentials = await this.pages.credentials(message.clinicId as ClinicId, this.channel);
    if (!credentials) {
      throw new PreconditionFailed('CONVERSATION.META_PAGE_NOT_CONNECTED', `This clinic has no ${name} account connected (or its page access token cannot be read); connect it again in Settings`);
    }
    const sender = this.channel === 'messenger' ? credentials.accountId : 'me';
    let last: string | undefined;
    // In order; the line is linked to the last part, whose delivery implies the others'.
    for (const part of splitText(message.body.text, PAGE_TEXT_MAX_BYTES)) {
      last = (await this.client.sendText(sender, credentials.accessToken, { recipientId: message.to, text: part })).providerMessageId;
    }
    if (last === undefined) throw new PreconditionFailed('CONVERSATION.EMPTY_MESSAGE', 'An empty message cannot be sent');
    return { providerMessageId: last };
  }
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Parts of at most `maxBytes` UTF-8 bytes, cut at a line break in the second half, else a space, else between characters (never inside one). */
export function splitText(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest && bytes(rest) > maxBytes) {
    // The longest prefix that fits, by whole code points.
    let end = 0;
    let size = 0;
    for (const char of rest) {
      const next = size + bytes(char);
      if (next > maxBytes) break;
      size = next;
      end += char.length;
    }
    const window = rest.slice(0, end);
    const newline = window.lastIndexOf('\n');
    const space = window.lastIndexOf(' ');
    const cut = /\s/.test(rest[end] ?? '') ? end : newline > end / 2 ? newline : space > 0 ? space : end;
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) parts.push(rest);
  return parts.filter((p) => p.length > 0);
}
