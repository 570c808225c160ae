import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphError, startGraphApiFake, type GraphApiFake } from './graph-api-fake';

const VERSION = 'v21.0';
const PHONE_ID = '106540352242922';
const WA_TOKEN = 'EAAWhatsAppToken0123';
const PAGE = '104567890123456';
const PAGE_TOKEN = 'EAAPageToken0123';
const IG = '17841400000000001';
const IG_TOKEN = 'EAAInstagramToken0123';

let graph: GraphApiFake;

beforeAll(async () => {
  graph = await startGraphApiFake({ version: VERSION, whatsappNumbers: { [PHONE_ID]: WA_TOKEN }, pages: { [PAGE]: PAGE_TOKEN }, instagramAccounts: { [IG]: IG_TOKEN } });
});
afterAll(() => graph.close());
beforeEach(() => graph.reset());

async function post(path: string, body: unknown, token: string | null, contentType = 'application/json') {
  const response = await fetch(`${graph.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

const wa = (message: Record<string, unknown>) => post(`/${VERSION}/${PHONE_ID}/messages`, { messaging_product: 'whatsapp', to: '201001234567', ...message }, WA_TOKEN);
const page = (body: Record<string, unknown>, node = PAGE, token = PAGE_TOKEN) => post(`/${VERSION}/${node}/messages`, body, token);
const textTo = (id: string, text: string) => ({ recipient: { id }, messaging_type: 'RESPONSE', message: { text } });

describe('the Graph API fake: WhatsApp Cloud API', () => {
  it('accepts a valid text message with the documented success shape, and records the request and a parsed view', async () => {
    const answer = await wa({ recipient_type: 'individual', type: 'text', text: { body: 'مرحبا 👋' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ messaging_product: 'whatsapp', contacts: [{ input: '201001234567', wa_id: '201001234567' }], messages: [{ id: expect.stringMatching(/^wamid\./), message_status: 'accepted' }] });
    expect(graph.calls).toHaveLength(1);
    expect(graph.calls[0]).toMatchObject({
      method: 'POST',
      url: `/${VERSION}/${PHONE_ID}/messages`,
      authorization: `Bearer ${WA_TOKEN}`,
      contentType: 'application/json',
      channel: 'whatsapp',
      accountId: PHONE_ID,
      recipient: '201001234567',
      type: 'text',
      text: 'مرحبا 👋',
      status: 200,
      messageId: answer.body!.messages[0].id,
    });
  });

  it('records a template with its name, language and body parameters', async () => {
    const template = {
      name: 'appointment_reminder',
      language: { code: 'ar' },
      components: [
        { type: 'header', parameters: [{ type: 'text', text: 'not a body parameter' }] },
        { type: 'body', parameters: [{ type: 'text', text: 'د. سارة' }, { type: 'text', text: '10:00' }] },
      ],
    };
    expect((await wa({ type: 'template', template })).status).toBe(200);
    expect(graph.calls[0]!.template).toEqual({ name: 'appointment_reminder', language: 'ar', bodyParameters: ['د. سارة', '10:00'] });
  });

  it.each([
    ['no messaging_product', { messaging_product: undefined, type: 'text', text: { body: 'x' } }],
    ['a recipient that is not a number', { to: 'patient', type: 'text', text: { body: 'x' } }],
    ['an empty text', { type: 'text', text: { body: '' } }],
    ['a text over 4096 characters', { type: 'text', text: { body: 'x'.repeat(4097) } }],
    ['a template without a language', { type: 'template', template: { name: 'appointment_reminder' } }],
    ['a template text parameter without text', { type: 'template', template: { name: 't', language: { code: 'ar' }, components: [{ type: 'body', parameters: [{ type: 'text' }] }] } }],
    ['media with both id and link', { type: 'image', image: { id: '1', link: 'https://cdn.example/a.png' } }],
    ['media with neither id nor link', { type: 'video', video: { caption: 'x' } }],
    ['a caption on audio', { type: 'audio', audio: { id: '1', caption: 'no' } }],
    ['a filename on an image', { type: 'image', image: { id: '1', filename: 'a.png' } }],
    ['four reply buttons', { type: 'interactive', interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: [1, 2, 3, 4].map((n) => ({ type: 'reply', reply: { id: `b${n}`, title: `B${n}` } })) } } }],
    ['a button title over 20 characters', { type: 'interactive', interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: [{ type: 'reply', reply: { id: 'b', title: 'x'.repeat(21) } }] } } }],
    ['a list of 11 rows', { type: 'interactive', interactive: { type: 'list', body: { text: 'Pick' }, action: { button: 'Menu', sections: [{ title: 'S', rows: Array.from({ length: 11 }, (_, n) => ({ id: `r${n}`, title: `R${n}` })) }] } } }],
    ['an unknown type', { type: 'hologram', hologram: {} }],
    ['a type without its object', { type: 'text' }],
  ])('refuses %s with a 400, Graph code 100 and error_data', async (_what, message) => {
    const answer = await wa(message);
    expect(answer.status).toBe(400);
    expect(answer.body!.error).toMatchObject({ type: 'OAuthException', code: 100, error_data: { messaging_product: 'whatsapp', details: expect.any(String) }, fbtrace_id: expect.any(String) });
    expect(graph.calls[0]).toMatchObject({ status: 400, channel: 'whatsapp', error: { code: 100 } });
  });

  it('accepts reply buttons and lists within the limits', async () => {
    const buttons = [1, 2, 3].map((n) => ({ type: 'reply', reply: { id: `b${n}`, title: `B${n}` } }));
    expect((await wa({ type: 'interactive', interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons } } })).status).toBe(200);
    const rows = Array.from({ length: 10 }, (_, n) => ({ id: `r${n}`, title: `R${n}` }));
    expect((await wa({ type: 'interactive', interactive: { type: 'list', body: { text: 'Pick' }, action: { button: 'Menu', sections: [{ title: 'S', rows }] } } })).status).toBe(200);
  });

  it('refuses a body that is not JSON, or not sent as JSON', async () => {
    expect((await post(`/${VERSION}/${PHONE_ID}/messages`, 'to=201001234567', WA_TOKEN, 'application/x-www-form-urlencoded')).body!.error.code).toBe(100);
    expect((await post(`/${VERSION}/${PHONE_ID}/messages`, '{not json', WA_TOKEN)).status).toBe(400);
  });
});

describe('the Graph API fake: paths and tokens', () => {
  it('answers 404 with code 803 for an unknown path, another version, a GET or an unknown account', async () => {
    const message = { messaging_product: 'whatsapp', to: '201001234567', type: 'text', text: { body: 'x' } };
    for (const path of [`/${VERSION}/${PHONE_ID}/media`, `/v20.0/${PHONE_ID}/messages`, `/${VERSION}/999/messages`]) {
      const answer = await post(path, message, WA_TOKEN);
      expect([path, answer.status, answer.body!.error.code]).toEqual([path, 404, 803]);
    }
    const get = await fetch(`${graph.url}/${VERSION}/${PHONE_ID}/messages`, { headers: { authorization: `Bearer ${WA_TOKEN}` } });
    expect(get.status).toBe(404);
    expect(graph.calls.map((c) => c.status)).toEqual([404, 404, 404, 404]);
  });

  it("answers 401 with code 190 for no token, an unknown token, or another account's token", async () => {
    for (const token of [null, 'EAAUnknown', PAGE_TOKEN]) {
      const answer = await post(`/${VERSION}/${PHONE_ID}/messages`, { messaging_product: 'whatsapp', to: '201001234567', type: 'text', text: { body: 'x' } }, token);
      expect(answer.status).toBe(401);
      expect(answer.body!.error).toMatchObject({ type: 'OAuthException', code: 190 });
    }
  });

  it('uses a scripted answer only for a request that passes the checks, in order, with its headers', async () => {
    graph.script(graphError(429, 130429, 'Rate limit hit', { headers: { 'retry-after': '2' } }), { status: 503, body: 'Service Unavailable' });
    expect((await wa({ type: 'text', text: { body: '' } })).status).toBe(400);
    expect(graph.scripted).toBe(2);
    const limited = await wa({ type: 'text', text: { body: 'x' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body!.error.code).toBe(130429);
    const unavailable = await fetch(`${graph.url}/${VERSION}/${PHONE_ID}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WA_TOKEN}` },
      body: JSON.stringify({ messaging_product: 'whatsapp', to: '201001234567', type: 'text', text: { body: 'x' } }),
    });
    expect([unavailable.status, await unavailable.text()]).toEqual([503, 'Service Unavailable']);
    expect(graph.scripted).toBe(0);
    expect((await wa({ type: 'text', text: { body: 'x' } })).status).toBe(200);
    expect(graph.calls.map((c) => c.status)).toEqual([400, 429, 503, 200]);
  });

  it('reset forgets calls and queued answers but keeps the same calls array', async () => {
    const calls = graph.calls;
    graph.script({ status: 500 });
    await wa({ type: 'text', text: { body: 'x' } });
    graph.script({ status: 500 });
    graph.reset();
    expect(graph.scripted).toBe(0);
    expect(calls).toBe(graph.calls);
    expect(calls).toEqual([]);
  });
});

describe('the Graph API fake: Messenger and Instagram Send API', () => {
  it("sends as the page with the page's token and answers { recipient_id, message_id }", async () => {
    const answer = await page(textTo('6543210987654321', 'Hello'));
    expect(answer).toMatchObject({ status: 200, body: { recipient_id: '6543210987654321', message_id: expect.stringMatching(/^m_/) } });
    expect(graph.calls[0]).toMatchObject({ channel: 'messenger', accountId: PAGE, recipient: '6543210987654321', type: 'text', text: 'Hello', messageId: answer.body!.message_id });
  });

  it('resolves `me` to the account the token belongs to', async () => {
    expect((await page(textTo('998877', 'Hi'), 'me', IG_TOKEN)).status).toBe(200);
    expect((await page(textTo('998877', 'Hi'), 'me', PAGE_TOKEN)).status).toBe(200);
    expect(graph.calls.map((c) => [c.channel, c.accountId])).toEqual([
      ['instagram', IG],
      ['messenger', PAGE],
    ]);
    expect((await page(textTo('998877', 'Hi'), 'me', WA_TOKEN)).body!.error.code).toBe(100);
  });

  it("refuses another page's token with 190, and a bad body with 100 (no WhatsApp error_data)", async () => {
    expect((await page(textTo('1', 'x'), PAGE, IG_TOKEN)).body!.error.code).toBe(190);
    for (const body of [
      { messaging_type: 'RESPONSE', message: { text: 'x' } },
      { recipient: { id: '1' }, message: { text: 'x' } },
      { recipient: { id: '1' }, messaging_type: 'MESSAGE_TAG', message: { text: 'x' } },
      { recipient: { id: '1' }, messaging_type: 'RESPONSE', message: {} },
      { messaging_product: 'whatsapp', to: '201001234567', type: 'text', text: { body: 'x' } },
    ]) {
      const answer = await page(body);
      expect(answer.status).toBe(400);
      expect(answer.body!.error.code).toBe(100);
      expect(answer.body!.error.error_data).toBeUndefined();
    }
  });

  it('holds Instagram to 1000 UTF-8 bytes and Messenger to 2000 characters', async () => {
    const arabic = 'س'.repeat(501); // 1002 bytes
    expect((await page(textTo('1', arabic), 'me', IG_TOKEN)).status).toBe(400);
    expect((await page(textTo('1', 'س'.repeat(500)), 'me', IG_TOKEN)).status).toBe(200);
    expect((await page(textTo('1', arabic))).status).toBe(200);
    expect((await page(textTo('1', 'x'.repeat(2001)))).status).toBe(400);
  });
});
