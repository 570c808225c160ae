import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '@frontdesk/shared-kernel/testing';
import { graphError, startGraphApiFake, type GraphApiFake } from '../../testing';
import { WhatsAppGraphClient, parseRetryAfter, type WhatsAppOutbound } from './graph-api-client';
import { GraphApiError } from './meta-errors';

const TOKEN = 'EAAG-test-token';
const PHONE_ID = '106540352242922';
const VERSION = 'v21.0';

/** The shared Graph fake: checks path, version, this number's token and the body per type, then answers. */
let graph: GraphApiFake;

beforeAll(async () => {
  graph = await startGraphApiFake({ version: VERSION, whatsappNumbers: { [PHONE_ID]: TOKEN } });
});

afterAll(() => graph.close());

beforeEach(() => graph.reset());

function client(overrides: Partial<ConstructorParameters<typeof WhatsAppGraphClient>[0]> = {}) {
  const sleeps: number[] = [];
  const c = new WhatsAppGraphClient({
    accessToken: TOKEN,
    version: VERSION,
    baseUrl: `${graph.url}/`,
    maxAttempts: 3,
    baseDelayMs: 100,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { c, sleeps };
}


describe('WhatsAppGraphClient request shapes', () => {
  it('sends text with the Bearer token to /{version}/{phoneNumberId}/messages and returns the wamid', async () => {
    const { c } = client();
    const result = await c.send(PHONE_ID, { type: 'text', to: '+201001234567', body: 'موعدك غداً 10:00 ✅', previewUrl: false, replyTo: 'wamid.in1' });
    expect(graph.calls).toHaveLength(1);
    expect(result.providerMessageId).toMatch(/^wamid\./);
    expect(result.providerMessageId).toBe(graph.calls[0]!.messageId);
    expect(result).toMatchObject({ waId: '201001234567', attempts: 1 });
    expect(graph.calls[0]).toMatchObject({ method: 'POST', url: `/${VERSION}/${PHONE_ID}/messages`, authorization: `Bearer ${TOKEN}`, status: 200 });
    expect(graph.calls[0]!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '201001234567',
      context: { message_id: 'wamid.in1' },
      type: 'text',
      text: { body: 'موعدك غداً 10:00 ✅', preview_url: false },
    });
  });

  it('sends a template with name, language and components', async () => {
    const { c } = client();
    const message: WhatsAppOutbound = {
      type: 'template',
      to: '201001234567',
      name: 'appointment_reminder',
      languageCode: 'ar',
      components: [{ type: 'body', parameters: [{ type: 'text', text: 'د. سارة' }, { type: 'text', text: '10:00' }] }],
    };
    await c.send(PHONE_ID, message);
    expect(graph.calls[0]!.template).toEqual({ name: 'appointment_reminder', language: 'ar', bodyParameters: ['د. سارة', '10:00'] });
    expect(graph.calls[0]!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '201001234567',
      type: 'template',
      template: {
        name: 'appointment_reminder',
        language: { code: 'ar' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'د. سارة' }, { type: 'text', text: '10:00' }] }],
      },
    });
  });

  it('sends media by id or by link, with caption and filename where allowed', async () => {
    const { c } = client();
    await c.send(PHONE_ID, { type: 'media', to: '+201001234567', kind: 'image', media: { link: 'https://cdn.example/map.png' }, caption: 'الموقع' });
    await c.send(PHONE_ID, { type: 'media', to: '+201001234567', kind: 'audio', media: { id: '7394857' } });
    await c.send(PHONE_ID, { type: 'media', to: '+201001234567', kind: 'document', media: { id: '555' }, filename: 'invoice.pdf', caption: 'Invoice' });
    expect(graph.calls.map((call) => call.body)).toEqual([
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: '201001234567', type: 'image', image: { link: 'https://cdn.example/map.png', caption: 'الموقع' } },
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: '201001234567', type: 'audio', audio: { id: '7394857' } },
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: '201001234567', type: 'document', document: { id: '555', caption: 'Invoice', filename: 'invoice.pdf' } },
    ]);
    expect(graph.calls.map((call) => call.status)).toEqual([200, 200, 200]);
    await expect(c.send(PHONE_ID, { type: 'media', to: '+201001234567', kind: 'audio', media: { id: '1' }, caption: 'no' })).rejects.toThrow(TypeError);
    expect(graph.calls).toHaveLength(3);
  });

  it('refuses a bad recipient or phone number id before any request', async () => {
    const { c } = client();
    await expect(c.send(PHONE_ID, { type: 'text', to: '01001234567x', body: 'x' })).rejects.toThrow(TypeError);
    await expect(c.send('../me', { type: 'text', to: '+201001234567', body: 'x' })).rejects.toThrow(TypeError);
    expect(graph.calls).toHaveLength(0);
  });

  it('a wrong token is a 401 from the fake, surfaced with Graph code 190 and not retried', async () => {
    const { c, sleeps } = client({ accessToken: 'wrong' });
    const error = await rejectionOf(c.send(PHONE_ID, { type: 'text', to: '+201001234567', body: 'x' }), GraphApiError);
    expect(error.info).toMatchObject({ httpStatus: 401, graphCode: 190, attempts: 1 });
    expect(graph.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe('WhatsAppGraphClient retries', () => {
  const text: WhatsAppOutbound = { type: 'text', to: '+201001234567', body: 'hello' };

  it('retries a 429 honouring Retry-After, then succeeds', async () => {
    graph.script(graphError(429, 130429, 'Rate limit hit', { details: 'Rate limit hit', headers: { 'retry-after': '2' } }));
    const { c, sleeps } = client();
    const result = await c.send(PHONE_ID, text);
    expect(result.attempts).toBe(2);
    expect(graph.calls).toHaveLength(2);
    expect(result.providerMessageId).toBe(graph.calls[1]!.messageId);
    expect(sleeps).toEqual([2000]);
    expect(graph.calls[1]!.body).toEqual(graph.calls[0]!.body);
  });

  it('backs off exponentially without Retry-After and gives up after maxAttempts on 5xx', async () => {
    graph.script(...Array.from({ length: 5 }, () => graphError(500, 1, 'An unknown error occurred')));
    const { c, sleeps } = client({ maxAttempts: 3 });
    const error = await rejectionOf(c.send(PHONE_ID, text), GraphApiError);
    expect(graph.calls).toHaveLength(3);
    expect(sleeps).toEqual([75, 150]); // ceiling 100, 200; jitter 0.5 -> ceiling * 0.75
    expect(error.code).toBe('CONVERSATION.WHATSAPP_UNAVAILABLE');
    expect(error.kind).toBe('unavailable');
    expect(error.info).toMatchObject({ httpStatus: 500, graphCode: 1, attempts: 3 });
    expect(graph.scripted).toBe(2);
  });

  it('a 502 with a non-JSON body is retried and still reported', async () => {
    graph.script({ status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } }, { status: 503, body: '' });
    const { c } = client({ maxAttempts: 2 });
    const error = await rejectionOf(c.send(PHONE_ID, text), GraphApiError);
    expect(error.info).toMatchObject({ httpStatus: 503, attempts: 2 });
    expect(error.info.graphCode).toBeUndefined();
  });

  it('does not retry a 400 and surfaces the Graph error code, subcode and trace id', async () => {
    graph.script(graphError(400, 132001, '(#132001) Template name does not exist in the translation', { subcode: 2494073, fbtraceId: 'A1b2C3' }));
    const { c, sleeps } = client();
    const error = await rejectionOf(c.send(PHONE_ID, { type: 'template', to: '+201001234567', name: 'nope', languageCode: 'ar' }), GraphApiError);
    expect(graph.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(error.code).toBe('CONVERSATION.WHATSAPP_SEND_REJECTED');
    expect(error.graphCode).toBe(132001);
    expect(error.info).toMatchObject({ httpStatus: 400, graphSubcode: 2494073, graphType: 'OAuthException', fbtraceId: 'A1b2C3', attempts: 1 });
    expect(error.message).toContain('132001');
  });

  it('maps 131047 (24-hour window closed) to its own code', async () => {
    graph.script(graphError(400, 131047, 'Re-engagement message', { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' }));
    const { c } = client();
    const error = await rejectionOf(c.send(PHONE_ID, text), GraphApiError);
    expect(error.code).toBe('CONVERSATION.WHATSAPP_REENGAGEMENT_REQUIRED');
    expect(error.kind).toBe('precondition');
    expect(graph.calls).toHaveLength(1);
  });

  it('stops at once when Retry-After is longer than it will wait, reporting the wait', async () => {
    graph.script(graphError(429, 131056, '(Business Account, Consumer Account) pair rate limit hit', { headers: { 'retry-after': '120' } }));
    const { c, sleeps } = client();
    const error = await rejectionOf(c.send(PHONE_ID, text), GraphApiError);
    expect(graph.calls).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(error.code).toBe('CONVERSATION.WHATSAPP_RATE_LIMITED');
    expect(error.info).toMatchObject({ graphCode: 131056, retryAfterSeconds: 120 });
  });

  it('a 2xx without a message id is a bad response', async () => {
    graph.script({ status: 200, body: { messaging_product: 'whatsapp', messages: [] } });
    const { c } = client();
    const error = await rejectionOf(c.send(PHONE_ID, text), GraphApiError);
    expect(error.code).toBe('CONVERSATION.WHATSAPP_BAD_RESPONSE');
  });

  it('no answer at all is unreachable and not retried', async () => {
    const { c, sleeps } = client({ baseUrl: 'http://127.0.0.1:1' });
    const error = await rejectionOf(c.send(PHONE_ID, text), GraphApiError);
    expect(error.code).toBe('CONVERSATION.WHATSAPP_UNREACHABLE');
    expect(error.info.attempts).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('uses real timers by default (small real backoff works end to end)', async () => {
    graph.script(graphError(503, 2, 'Service temporarily unavailable'));
    const c = new WhatsAppGraphClient({ accessToken: TOKEN, version: VERSION, baseUrl: graph.url, baseDelayMs: 5 });
    const result = await c.send(PHONE_ID, text);
    expect(result.attempts).toBe(2);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-06-09T10:00:00Z');
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Mon, 09 Jun 2025 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 09 Jun 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
