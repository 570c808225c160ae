import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, clinicId, type ClinicId } from '@frontdesk/shared-kernel';
import { rejectionOf } from '@frontdesk/shared-kernel/testing';
import type { OutboundBody, OutboundMessage } from '../../ports/outbound.port';
import { graphError, startGraphApiFake, type GraphApiFake } from '../../testing';
import { WhatsAppGraphClient } from './graph-api-client';
import { GraphApiError } from './meta-errors';
import { WhatsAppSender } from './whatsapp-sender';

const VERSION = 'v21.0';
const PHONE_ID = '106540352242922';
const TOKEN = 'EAAG-whatsapp-sender-test-token';
const CLINIC = clinicId('clinic-a') as ClinicId;
const LINK = 'https://files.nile-dental.example/prescriptions/rx-1042.pdf';

/** The shared Graph fake: checks path, version, this number's token and the body per message type, then answers. */
let graph: GraphApiFake;

beforeAll(async () => {
  graph = await startGraphApiFake({ version: VERSION, whatsappNumbers: { [PHONE_ID]: TOKEN } });
});

afterAll(() => graph.close());

beforeEach(() => graph.reset());

function sender() {
  const client = new WhatsAppGraphClient({ accessToken: TOKEN, version: VERSION, baseUrl: graph.url, maxAttempts: 2, baseDelayMs: 1, random: () => 0.5, sleep: async () => {} });
  return new WhatsAppSender(client, { numberOf: async (clinic) => (clinic === CLINIC ? { phoneNumberId: PHONE_ID, displayNumber: '+201000000001' } : null) });
}

const message = (body: OutboundBody): OutboundMessage => ({ clinicId: CLINIC, conversationId: 'whatsapp-abc', channel: 'whatsapp', to: '+201001234567', lineId: '1-0', author: 'staff', body });

/** What every WhatsApp Cloud API message body starts with (Meta's "Send messages" reference). */
const ENVELOPE = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '201001234567' };


describe('WhatsAppSender media messages against the Graph fake', () => {
  it.each([
    ['an image with a caption', { kind: 'media', media: 'image', link: 'https://cdn.example/x-ray.jpg', caption: 'Your X-ray 🦷' }, { type: 'image', image: { link: 'https://cdn.example/x-ray.jpg', caption: 'Your X-ray 🦷' } }],
    ['a document with a caption and a filename', { kind: 'media', media: 'document', link: LINK, caption: 'الروشتة', filename: 'rx-1042.pdf' }, { type: 'document', document: { link: LINK, caption: 'الروشتة', filename: 'rx-1042.pdf' } }],
    ['a voice note (audio takes no caption)', { kind: 'media', media: 'audio', link: 'https://cdn.example/directions.ogg' }, { type: 'audio', audio: { link: 'https://cdn.example/directions.ogg' } }],
    ['a video with only a link', { kind: 'media', media: 'video', link: 'http://cdn.example/aftercare.mp4' }, { type: 'video', video: { link: 'http://cdn.example/aftercare.mp4' } }],
  ] as const)('sends %s as the body Meta documents and returns the wamid', async (_name, body, expected) => {
    const result = await sender().send(message(body));
    expect(graph.calls).toHaveLength(1);
    expect(graph.calls[0]).toMatchObject({ url: `/${VERSION}/${PHONE_ID}/messages`, authorization: `Bearer ${TOKEN}`, status: 200 });
    expect(graph.calls[0]!.body).toEqual({ ...ENVELOPE, ...expected });
    expect(result).toEqual({ providerMessageId: graph.calls[0]!.messageId });
  });

  it.each([
    ['no link', { kind: 'media', media: 'image' }, /needs a link, an http\(s\) URL/],
    ['an empty link', { kind: 'media', media: 'image', link: '' }, /needs a link/],
    ['a link that is not http(s)', { kind: 'media', media: 'document', link: 'file:///etc/passwd' }, /needs a link/],
    ['a link that is not a URL', { kind: 'media', media: 'video', link: 'aftercare.mp4' }, /needs a link/],
    ['a kind WhatsApp media has no outbound sender for', { kind: 'media', media: 'sticker', link: 'https://cdn.example/s.webp' }, /media kind "sticker" is not one of image, document, audio, video/],
    ['a caption on audio', { kind: 'media', media: 'audio', link: 'https://cdn.example/a.ogg', caption: 'listen' }, /audio messages take no caption/],
    ['a filename on an image', { kind: 'media', media: 'image', link: 'https://cdn.example/a.jpg', filename: 'a.jpg' }, /only documents take a filename/],
  ])('refuses %s with a clear InvalidInput before calling Graph', async (_name, body, reason) => {
    const error = await rejectionOf(sender().send(message(body as unknown as OutboundBody)), DomainError);
    expect(error.code).toBe('CONVERSATION.OUTBOUND_MEDIA_INVALID');
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/^Cannot send this media message: /);
    expect(error.message).toMatch(reason);
    expect(graph.calls).toEqual([]);
  });

  it('refuses a body of an unknown kind, naming it', async () => {
    const error = await rejectionOf(sender().send(message({ kind: 'location', latitude: 30 } as unknown as OutboundBody)), DomainError);
    expect(error.code).toBe('CONVERSATION.OUTBOUND_BODY_INVALID');
    expect(error.message).toBe('Cannot send a message body of kind "location"');
    expect(graph.calls).toEqual([]);
  });

  it('still sends text and templates as before', async () => {
    await sender().send(message({ kind: 'text', text: 'Hello' }));
    await sender().send(message({ kind: 'template', name: 'appointment_reminder', languageCode: 'ar', parameters: ['10:00'] }));
    expect(graph.calls.map((c) => c.body)).toEqual([
      { ...ENVELOPE, type: 'text', text: { body: 'Hello' } },
      { ...ENVELOPE, type: 'template', template: { name: 'appointment_reminder', language: { code: 'ar' }, components: [{ type: 'body', parameters: [{ type: 'text', text: '10:00' }] }] } },
    ]);
  });
});

describe('WhatsAppSender failures SendOutbound tells apart', () => {
  it('a 5xx that outlives the client retries and a 429 are retryable (the queue tries again)', async () => {
    graph.script(graphError(503, 2, 'Service temporarily unavailable'), graphError(503, 2, 'Service temporarily unavailable'));
    const unavailable = (await rejectionOf(sender().send(message({ kind: 'media', media: 'image', link: 'https://cdn.example/x.jpg' })), DomainError)) as GraphApiError;
    expect(unavailable).toBeInstanceOf(GraphApiError);
    expect([unavailable.code, unavailable.kind, unavailable.retryable, unavailable.info.attempts]).toEqual(['CONVERSATION.WHATSAPP_UNAVAILABLE', 'unavailable', true, 2]);

    // A Retry-After longer than the client will wait ends its retries at once.
    graph.script(graphError(429, 130429, 'Rate limit hit', { headers: { 'retry-after': '3600' } }));
    const limited = (await rejectionOf(sender().send(message({ kind: 'text', text: 'x' })), DomainError)) as GraphApiError;
    expect([limited.code, limited.kind, limited.retryable, limited.info.retryAfterSeconds]).toEqual(['CONVERSATION.WHATSAPP_RATE_LIMITED', 'rate_limited', true, 3600]);
    expect(graph.calls).toHaveLength(3);
  });

  it('a refusal and a closed 24-hour window are not retryable; neither is a 2xx without a wamid (it may have been sent)', async () => {
    graph.script(graphError(400, 131047, 'Re-engagement message'), graphError(400, 131026, 'Message undeliverable'), { status: 200, body: { messaging_product: 'whatsapp' } });
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const error = (await rejectionOf(sender().send(message({ kind: 'text', text: 'late' })), DomainError)) as GraphApiError;
      outcomes.push([error.code, error.retryable]);
    }
    expect(outcomes).toEqual([
      ['CONVERSATION.WHATSAPP_REENGAGEMENT_REQUIRED', false],
      ['CONVERSATION.WHATSAPP_SEND_REJECTED', false],
      ['CONVERSATION.WHATSAPP_BAD_RESPONSE', false],
    ]);
  });

  it('refuses when the clinic has no WhatsApp number connected, sending nothing', async () => {
    const s = new WhatsAppSender(new WhatsAppGraphClient({ accessToken: TOKEN, version: VERSION, baseUrl: graph.url }), { numberOf: async () => null });
    const error = await rejectionOf(s.send(message({ kind: 'media', media: 'image', link: 'https://cdn.example/x.jpg' })), DomainError);
    expect(error.code).toBe('CONVERSATION.WHATSAPP_NOT_CONNECTED');
    expect(graph.calls).toEqual([]);
  });
});
