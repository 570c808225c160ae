import { InvalidInput } from '@frontdesk/shared-kernel';
import { describe, expect, it } from 'vitest';
import { WhatsAppWebhookParseError } from './meta-errors';
import { parseWhatsAppWebhook } from './whatsapp-webhook-parser';

const PHONE_ID = '106540352242922';
const metadata = { display_phone_number: '15550783881', phone_number_id: PHONE_ID };

function envelope(values: unknown[], wabaId = '102290129340398'): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: wabaId, changes: values.map((value) => ({ field: 'messages', value })) }],
  });
}

function inbound(message: Record<string, unknown>, contacts = [{ profile: { name: 'Omar' }, wa_id: '201001234567' }]): unknown {
  return { messaging_product: 'whatsapp', metadata, contacts, messages: [message] };
}

describe('parseWhatsAppWebhook', () => {
  it('parses a text message: E.164 sender with +, wamid, timestamp seconds, contact name', () => {
    const batches = parseWhatsAppWebhook(
      Buffer.from(envelope([inbound({ from: '201001234567', id: 'wamid.HBgLMjAxMDAxMjM0NTY3FQIAEhgg', timestamp: '1749416383', type: 'text', text: { body: 'عايز احجز بكرة' } })])),
    );
    expect(batches).toEqual([
      {
        phoneNumberId: PHONE_ID,
        displayPhoneNumber: '15550783881',
        wabaId: '102290129340398',
        messages: [
          {
            channel: 'whatsapp',
            kind: 'text',
            sender: '+201001234567',
            senderName: 'Omar',
            providerMessageId: 'wamid.HBgLMjAxMDAxMjM0NTY3FQIAEhgg',
            receivedAt: new Date(1749416383 * 1000),
            text: 'عايز احجز بكرة',
            providerType: 'text',
          },
        ],
        statuses: [],
        errors: [],
      },
    ]);
  });

  it('parses an image with caption and an audio voice note as media', () => {
    const value = {
      messaging_product: 'whatsapp',
      metadata,
      contacts: [{ profile: { name: 'Omar' }, wa_id: '201001234567' }],
      messages: [
        {
          from: '201001234567',
          id: 'wamid.img1',
          timestamp: '1749416400',
          type: 'image',
          image: { id: '1479537139650973', mime_type: 'image/jpeg', sha256: 'qV1Xr0bB3k=', caption: 'صورة الأشعة' },
        },
        { from: '201001234567', id: 'wamid.aud1', timestamp: '1749416401', type: 'audio', audio: { id: '7394857', mime_type: 'audio/ogg; codecs=opus', voice: true } },
        { from: '201001234567', id: 'wamid.doc1', timestamp: '1749416402', type: 'document', document: { id: '555', mime_type: 'application/pdf', filename: 'report.pdf' } },
      ],
    };
    const [batch] = parseWhatsAppWebhook(envelope([value]));
    expect(batch?.messages.map((m) => [m.kind, m.text, m.media])).toEqual([
      ['media', 'صورة الأشعة', { kind: 'image', providerMediaId: '1479537139650973', mimeType: 'image/jpeg', sha256: 'qV1Xr0bB3k=', caption: 'صورة الأشعة' }],
      ['media', undefined, { kind: 'audio', providerMediaId: '7394857', mimeType: 'audio/ogg; codecs=opus' }],
      ['media', undefined, { kind: 'document', providerMediaId: '555', mimeType: 'application/pdf', filename: 'report.pdf' }],
    ]);
  });

  it('parses interactive button and list replies and template quick replies, with replyTo from context', () => {
    const value = {
      messaging_product: 'whatsapp',
      metadata,
      messages: [
        {
          from: '201001234567',
          id: 'wamid.btn',
          timestamp: '1749416500',
          type: 'interactive',
          context: { from: '15550783881', id: 'wamid.ours1' },
          interactive: { type: 'button_reply', button_reply: { id: 'confirm:apt_42', title: 'تأكيد' } },
        },
        {
          from: '201001234567',
          id: 'wamid.list',
          timestamp: '1749416501',
          type: 'interactive',
          context: { from: '15550783881', id: 'wamid.ours2' },
          interactive: { type: 'list_reply', list_reply: { id: 'slot:2025-06-09T10:00', title: 'Mon 10:00', description: 'Dr. Sara' } },
        },
        { from: '201001234567', id: 'wamid.tpl', timestamp: '1749416502', type: 'button', context: { id: 'wamid.ours3' }, button: { payload: 'CANCEL', text: 'إلغاء' } },
      ],
    };
    const [batch] = parseWhatsAppWebhook(envelope([value]));
    expect(batch?.messages.map((m) => ({ kind: m.kind, text: m.text, choice: m.choice, replyTo: m.replyTo, senderName: m.senderName }))).toEqual([
      { kind: 'choice', text: 'تأكيد', choice: { kind: 'button_reply', id: 'confirm:apt_42', title: 'تأكيد' }, replyTo: 'wamid.ours1', senderName: undefined },
      {
        kind: 'choice',
        text: 'Mon 10:00',
        choice: { kind: 'list_reply', id: 'slot:2025-06-09T10:00', title: 'Mon 10:00', description: 'Dr. Sara' },
        replyTo: 'wamid.ours2',
        senderName: undefined,
      },
      { kind: 'choice', text: 'إلغاء', choice: { kind: 'template_button', id: 'CANCEL', title: 'إلغاء' }, replyTo: 'wamid.ours3', senderName: undefined },
    ]);
  });

  it('parses statuses, including failed with its error code, and skips unknown statuses', () => {
    const value = {
      messaging_product: 'whatsapp',
      metadata,
      statuses: [
        {
          id: 'wamid.out1',
          status: 'delivered',
          timestamp: '1749416600',
          recipient_id: '201001234567',
          conversation: { id: 'c1', origin: { type: 'service' } },
          pricing: { billable: true, pricing_model: 'CBP', category: 'service' },
        },
        {
          id: 'wamid.out2',
          status: 'failed',
          timestamp: '1749416601',
          recipient_id: '201001234567',
          errors: [{ code: 131047, title: 'Re-engagement message', message: 'Re-engagement message', error_data: { details: 'more than 24 hours' } }],
        },
        { id: 'wamid.out3', status: 'deleted', timestamp: '1749416602', recipient_id: '201001234567' },
        { id: 'wamid.out1', status: 'read', timestamp: '1749416603', recipient_id: '201001234567' },
      ],
    };
    const [batch] = parseWhatsAppWebhook(envelope([value]));
    expect(batch?.messages).toEqual([]);
    expect(batch?.statuses).toEqual([
      { providerMessageId: 'wamid.out1', status: 'delivered', at: new Date(1749416600_000), recipient: '+201001234567' },
      { providerMessageId: 'wamid.out2', status: 'failed', at: new Date(1749416601_000), recipient: '+201001234567', errorCode: 131047, errorTitle: 'Re-engagement message' },
      { providerMessageId: 'wamid.out1', status: 'read', at: new Date(1749416603_000), recipient: '+201001234567' },
    ]);
  });

  it('loops over two entries and groups them per phone number id', () => {
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        { id: 'waba-1', changes: [{ field: 'messages', value: inbound({ from: '201001234567', id: 'wamid.a', timestamp: '1', type: 'text', text: { body: 'a' } }) }] },
        {
          id: 'waba-2',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '201000000000', phone_number_id: '999' },
                contacts: [{ profile: { name: 'Mona' }, wa_id: '966501234567' }],
                messages: [{ from: '966501234567', id: 'wamid.b', timestamp: '2', type: 'text', text: { body: 'b' } }],
              },
            },
            { field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } },
          ],
        },
        { id: 'waba-1', changes: [{ field: 'messages', value: inbound({ from: '201001234567', id: 'wamid.c', timestamp: '3', type: 'text', text: { body: 'c' } }) }] },
      ],
    });
    const batches = parseWhatsAppWebhook(body);
    expect(batches.map((b) => [b.phoneNumberId, b.wabaId, b.messages.map((m) => `${m.sender}:${m.text}:${m.senderName}`)])).toEqual([
      [PHONE_ID, 'waba-1', ['+201001234567:a:Omar', '+201001234567:c:Omar']],
      ['999', 'waba-2', ['+966501234567:b:Mona']],
    ]);
  });

  it('turns unknown types into unsupported messages without text instead of throwing', () => {
    const value = {
      messaging_product: 'whatsapp',
      metadata,
      messages: [
        { from: '201001234567', id: 'wamid.loc', timestamp: '10', type: 'location', location: { latitude: 30.04, longitude: 31.23 } },
        { from: '201001234567', id: 'wamid.rx', timestamp: '11', type: 'reaction', reaction: { message_id: 'wamid.ours', emoji: '👍' } },
        { from: '201001234567', id: 'wamid.un', timestamp: '12', type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown' }] },
        { from: '201001234567', id: 'wamid.nfm', timestamp: '13', type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: { response_json: '{}' } } },
      ],
    };
    const [batch] = parseWhatsAppWebhook(envelope([value]));
    expect(batch?.messages.map((m) => ({ kind: m.kind, providerType: m.providerType, text: m.text, media: m.media }))).toEqual([
      { kind: 'unsupported', providerType: 'location', text: undefined, media: undefined },
      { kind: 'unsupported', providerType: 'reaction', text: undefined, media: undefined },
      { kind: 'unsupported', providerType: 'unsupported', text: undefined, media: undefined },
      { kind: 'unsupported', providerType: 'interactive.nfm_reply', text: undefined, media: undefined },
    ]);
  });

  it('collects value.errors[] (async errors not tied to a message)', () => {
    const value = { messaging_product: 'whatsapp', metadata, errors: [{ code: 130429, title: 'Rate limit hit', message: 'Rate limit hit', error_data: { details: 'x' } }] };
    const [batch] = parseWhatsAppWebhook(envelope([value]));
    expect(batch?.errors).toEqual([{ code: 130429, title: 'Rate limit hit', message: 'Rate limit hit', details: 'x' }]);
  });

  it('throws a typed error for malformed JSON or a malformed envelope', () => {
    const bad: (string | Buffer)[] = [
      '',
      '{"object":',
      Buffer.from([0xff, 0xfe]),
      'null',
      '[]',
      JSON.stringify({ object: 'page', entry: [] }),
      JSON.stringify({ object: 'whatsapp_business_account' }),
      JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: 'w', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp' } }] }] }),
      envelope([inbound({ from: '201001234567', id: 'wamid.x', timestamp: 'yesterday', type: 'text', text: { body: 'x' } })]),
      envelope([inbound({ from: '201001234567', id: 'wamid.x', timestamp: '1', type: 'text' })]),
      envelope([inbound({ from: '201001234567', id: 'wamid.x', timestamp: '1', type: 'image', image: { mime_type: 'image/jpeg' } })]),
      envelope([inbound({ from: 'not-a-number', id: 'wamid.x', timestamp: '1', type: 'text', text: { body: 'x' } })]),
      envelope([inbound({ id: 'wamid.x', timestamp: '1', type: 'text', text: { body: 'x' } })]),
      envelope([inbound({ from: '201001234567', id: 'wamid.x', timestamp: '1', type: 'interactive', interactive: { type: 'button_reply' } })]),
    ];
    for (const body of bad) {
      let caught: unknown;
      try {
        parseWhatsAppWebhook(body);
      } catch (error) {
        caught = error;
      }
      expect(caught, String(body)).toBeInstanceOf(WhatsAppWebhookParseError);
      expect(caught).toBeInstanceOf(InvalidInput);
      expect((caught as WhatsAppWebhookParseError).code).toBe('CONVERSATION.WHATSAPP_WEBHOOK_MALFORMED');
    }
  });

  it('names the offending path in the error details', () => {
    try {
      parseWhatsAppWebhook(envelope([inbound({ from: '201001234567', id: 'wamid.x', timestamp: '1', type: 'text', text: { body: 7 } })]));
      expect.unreachable();
    } catch (error) {
      expect((error as WhatsAppWebhookParseError).details?.['issues']).toEqual([expect.stringContaining('entry[0].changes[0].value.messages[0].text.body')]);
    }
  });
});
