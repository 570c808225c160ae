import { InvalidInput } from '@frontdesk/shared-kernel';
import { describe, expect, it } from 'vitest';
import { MessagingWebhookParseError, MetaWebhookParseError } from './meta-errors';
import { messagingWebhook } from './messaging-webhook-builder';
import { parseMessagingWebhook } from './messaging-webhook-parser';

const PAGE_ID = '104567890123456';
const IG_ID = '17841400000000001';
const PSID = '6543210987654321';
const AT = 1749416383123;

function envelope(object: 'page' | 'instagram', messaging: unknown[], id = object === 'page' ? PAGE_ID : IG_ID, extra: Record<string, unknown> = {}): unknown {
  return { object, entry: [{ id, time: AT + 50, messaging, ...extra }] };
}

const event = (member: Record<string, unknown>, sender = PSID, timestamp: unknown = AT) => ({ sender: { id: sender }, recipient: { id: PAGE_ID }, timestamp, ...member });

describe('parseMessagingWebhook', () => {
  it('parses a Messenger text with Arabic and emoji: page-scoped sender, mid, millisecond timestamp', () => {
    expect(parseMessagingWebhook(envelope('page', [event({ message: { mid: 'm_AbC123', text: 'عايز أحجز بكرة 🦷😊' } })]))).toEqual([
      {
        channel: 'messenger',
        accountId: PAGE_ID,
        messages: [
          {
            channel: 'messenger',
            kind: 'text',
            sender: PSID,
            providerMessageId: 'm_AbC123',
            receivedAt: new Date(AT),
            text: 'عايز أحجز بكرة 🦷😊',
            providerType: 'text',
          },
        ],
        statuses: [],
        ignored: { echoes: 0, standby: 0, reads: 0, other: 0 },
      },
    ]);
  });

  it('reads the body Meta sends (escaped unicode) the same after JSON.parse', () => {
    const raw = messagingWebhook({ channel: 'instagram', accountId: IG_ID, events: [{ kind: 'text', from: '998877', mid: 'aWdfZAG1', text: 'مرحبا 👋', at: new Date(AT) }] });
    expect(raw).toContain('\\ud83d\\udc4b');
    const [batch] = parseMessagingWebhook(JSON.parse(raw));
    expect(batch).toMatchObject({ channel: 'instagram', accountId: IG_ID, messages: [{ channel: 'instagram', kind: 'text', sender: '998877', text: 'مرحبا 👋', providerMessageId: 'aWdfZAG1' }] });
  });

  it('turns a quick reply and a postback into choices', () => {
    const [batch] = parseMessagingWebhook(
      envelope('page', [
        event({ message: { mid: 'm_q1', text: 'Tomorrow 10:00', quick_reply: { payload: 'SLOT_2025-06-10T10:00' } } }),
        event({ postback: { title: 'احجز موعد', payload: 'BOOK', mid: 'm_p1' } }, PSID, AT + 1),
        event({ postback: { payload: 'MENU' } }, PSID, AT + 2),
      ]),
    );
    expect(batch!.messages).toEqual([
      expect.objectContaining({ kind: 'choice', providerMessageId: 'm_q1', choice: { kind: 'quick_reply', id: 'SLOT_2025-06-10T10:00', title: 'Tomorrow 10:00' }, text: 'Tomorrow 10:00', providerType: 'quick_reply' }),
      expect.objectContaining({ kind: 'choice', providerMessageId: 'm_p1', choice: { kind: 'postback', id: 'BOOK', title: 'احجز موعد' }, text: 'احجز موعد', providerType: 'postback' }),
      // No mid on this postback: an id a redelivery repeats, so dedupe still works.
      expect.objectContaining({ kind: 'choice', providerMessageId: `postback:${PSID}:${AT + 2}:MENU`, choice: { kind: 'postback', id: 'MENU', title: 'MENU' } }),
    ]);
  });

  it('maps attachments to media kinds (file -> document) with the URL as the media id, and others to unsupported', () => {
    const attach = (type: string, payload: unknown, mid: string, text?: string) => event({ message: { mid, ...(text ? { text } : {}), attachments: [{ type, payload }] } });
    const [batch] = parseMessagingWebhook(
      envelope('page', [
        attach('image', { url: 'https://scontent.example/x-ray.jpg' }, 'm_i'),
        attach('audio', { url: 'https://cdn.example/voice.mp4' }, 'm_a'),
        attach('video', { url: 'https://cdn.example/v.mp4' }, 'm_v'),
        attach('file', { url: 'https://cdn.example/report.pdf' }, 'm_f', 'التقرير'),
        attach('location', { coordinates: { lat: 30, long: 31 } }, 'm_l'),
        attach('fallback', { url: 'https://example.com' }, 'm_fb', 'see https://example.com'),
      ]),
    );
    expect(batch!.messages.map((m) => [m.providerMessageId, m.kind, m.media?.kind, m.media?.providerMediaId, m.text, m.providerType])).toEqual([
      ['m_i', 'media', 'image', 'https://scontent.example/x-ray.jpg', undefined, 'image'],
      ['m_a', 'media', 'audio', 'https://cdn.example/voice.mp4', undefined, 'audio'],
      ['m_v', 'media', 'video', 'https://cdn.example/v.mp4', undefined, 'video'],
      ['m_f', 'media', 'document', 'https://cdn.example/report.pdf', 'التقرير', 'file'],
      ['m_l', 'unsupported', undefined, undefined, undefined, 'attachment.location'],
      ['m_fb', 'text', undefined, undefined, 'see https://example.com', 'attachment.fallback'],
    ]);
  });

  it('turns delivery mids into delivered statuses and ignores read watermarks', () => {
    const [batch] = parseMessagingWebhook(
      envelope('page', [event({ delivery: { mids: ['m_out1', 'm_out2'], watermark: AT } }), event({ delivery: { watermark: AT } }), event({ read: { watermark: AT } })]),
    );
    expect(batch!.messages).toEqual([]);
    expect(batch!.statuses).toEqual([
      { providerMessageId: 'm_out1', status: 'delivered', at: new Date(AT), recipient: PSID },
      { providerMessageId: 'm_out2', status: 'delivered', at: new Date(AT), recipient: PSID },
    ]);
    expect(batch!.ignored).toEqual({ echoes: 0, standby: 0, reads: 1, other: 0 });
  });

  it('drops echoes (flagged, or sent by the account itself) and standby events before the pipeline', () => {
    const [batch] = parseMessagingWebhook(
      envelope(
        'page',
        [
          // An echo's payload may look like nothing we parse (a template we sent): it is not inspected.
          { sender: { id: PAGE_ID }, recipient: { id: PSID }, timestamp: AT, message: { mid: 'm_echo', is_echo: true, app_id: 1, attachments: [{ type: 'template', payload: { template_type: 'button' } }] } },
          event({ message: { mid: 'm_self', text: 'from the page inbox' } }, PAGE_ID),
          event({ reaction: { mid: 'm_x', action: 'react', emoji: '❤' } }),
          event({ message: { mid: 'm_real', text: 'hi' } }),
        ],
        PAGE_ID,
        { standby: [event({ message: { mid: 'm_standby', text: 'owned by another app' } })] },
      ),
    );
    expect(batch!.messages.map((m) => m.providerMessageId)).toEqual(['m_real']);
    expect(batch!.ignored).toEqual({ echoes: 2, standby: 1, reads: 0, other: 1 });
  });

  it('returns one batch per account id, merging entries of the same account', () => {
    const body = {
      object: 'page',
      entry: [
        { id: PAGE_ID, time: AT, messaging: [event({ message: { mid: 'm_1', text: 'a' } })] },
        { id: '200000000000002', time: AT, messaging: [event({ message: { mid: 'm_2', text: 'b' } })] },
        { id: PAGE_ID, time: AT, messaging: [event({ message: { mid: 'm_3', text: 'c' } })] },
        // Instagram-style comment changes, no messaging: nothing to do.
        { id: '300000000000003', time: AT, changes: [{ field: 'comments', value: {} }] },
      ],
    };
    const batches = parseMessagingWebhook(body);
    expect(batches.map((b) => [b.accountId, b.messages.map((m) => m.providerMessageId)])).toEqual([
      [PAGE_ID, ['m_1', 'm_3']],
      ['200000000000002', ['m_2']],
      ['300000000000003', []],
    ]);
  });

  it('throws a typed error (400 at the route) for a malformed envelope or event', () => {
    const bad: unknown[] = [
      null,
      [],
      'page',
      { object: 'whatsapp_business_account', entry: [] },
      { object: 'page' },
      { object: 'page', entry: [{ messaging: [] }] },
      envelope('page', [{ recipient: { id: PAGE_ID }, timestamp: AT, message: { mid: 'm', text: 'no sender' } }]),
      envelope('page', [event({ message: { text: 'no mid' } })]),
      envelope('page', [event({ message: { mid: 'm', text: 'seconds as a string' } }, PSID, '1749416383')]),
      envelope('page', [{ sender: { id: PSID }, recipient: { id: PAGE_ID }, message: { mid: 'm', text: 'no timestamp' } }]),
      envelope('page', [event({ message: { mid: 'm', attachments: [{ type: 'image', payload: {} }] } })]),
      envelope('page', [event({ postback: { title: 'no payload' } })]),
      envelope('page', [event({ delivery: { mids: 'm_1' } })]),
      envelope('page', [event({ message: { mid: 'm', text: 'x' } }, 'bad id with spaces')]),
    ];
    for (const body of bad) {
      let caught: unknown;
      try {
        parseMessagingWebhook(body);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(body)).toBeInstanceOf(MessagingWebhookParseError);
      expect(caught).toBeInstanceOf(MetaWebhookParseError);
      expect(caught).toBeInstanceOf(InvalidInput);
      expect((caught as MessagingWebhookParseError).code).toBe('CONVERSATION.MESSAGING_WEBHOOK_MALFORMED');
    }
  });

  it('names the offending path in the error details', () => {
    try {
      parseMessagingWebhook(envelope('page', [event({ message: { mid: 'm_1', text: 7 } })]));
      expect.unreachable();
    } catch (error) {
      expect((error as MessagingWebhookParseError).details?.['issues']).toEqual([expect.stringContaining('entry[0].messaging[0].message.text')]);
    }
  });
});
