import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, clinicId, type ClinicId } from '@frontdesk/shared-kernel';
import { rejectionOf } from '@frontdesk/shared-kernel/testing';
import type { OutboundMessage } from '../../ports/outbound.port';
import type { PageChannel, PageCredentials } from '../../ports/meta-pages.port';
import { graphError, startGraphApiFake, type GraphApiFake } from '../../testing';
import { GraphApiError } from './meta-errors';
import { PageMessagesClient } from './page-messages-client';
import { PAGE_TEXT_MAX_BYTES, PageSender, splitText } from './page-sender';

const VERSION = 'v21.0';
const PAGE = '104567890123456';
const INSTAGRAM = '17841400000000001';
/** A page and an Instagram account, each with its own token, as Graph knows them. */
const TOKENS: Record<string, string> = { [PAGE]: 'EAAPageTokenOfClinicA0123456789', [INSTAGRAM]: 'EAAInstagramTokenOfClinicA98765' };

/** The shared Graph fake: the Send API checks the account's own token and the body, then answers { recipient_id, message_id }. */
let graph: GraphApiFake;

beforeAll(async () => {
  graph = await startGraphApiFake({ version: VERSION, pages: { [PAGE]: TOKENS[PAGE]! }, instagramAccounts: { [INSTAGRAM]: TOKENS[INSTAGRAM]! } });
});

afterAll(() => graph.close());

beforeEach(() => graph.reset());

const CLINIC = clinicId('clinic-a') as ClinicId;

function sender(channel: PageChannel, credentials: PageCredentials | null, sleeps: number[] = []) {
  const client = new PageMessagesClient({ version: VERSION, baseUrl: graph.url, maxAttempts: 3, baseDelayMs: 100, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) });
  return new PageSender(channel, client, { credentials: async (clinic, ch) => (clinic === CLINIC && ch === channel ? credentials : null) });
}

const message = (channel: OutboundMessage['channel'], body: OutboundMessage['body'], to = '6543210987654321'): OutboundMessage => ({
  clinicId: CLINIC,
  conversationId: `${channel}-abc`,
  channel,
  to,
  lineId: '1-0',
  author: 'assistant',
  body,
});


describe('PageSender with the Send API client', () => {
  it("sends Messenger text with that page's own token and returns the mid", async () => {
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[PAGE]! });
    const result = await s.send(message('messenger', { kind: 'text', text: 'أهلاً بك في عيادة النيل 🦷' }));
    expect(graph.calls).toHaveLength(1);
    expect(result.providerMessageId).toMatch(/^m_/);
    expect(result.providerMessageId).toBe(graph.calls[0]!.messageId);
    expect(graph.calls.map(({ url, authorization, body, channel, accountId }) => ({ url, authorization, body, channel, accountId }))).toEqual([
      {
        url: `/${VERSION}/${PAGE}/messages`,
        authorization: `Bearer ${TOKENS[PAGE]}`,
        body: { recipient: { id: '6543210987654321' }, messaging_type: 'RESPONSE', message: { text: 'أهلاً بك في عيادة النيل 🦷' } },
        channel: 'messenger',
        accountId: PAGE,
      },
    ]);
  });

  it("sends Instagram text through the token's own page (/me/messages) with the Instagram account's token", async () => {
    const s = sender('instagram', { accountId: INSTAGRAM, accessToken: TOKENS[INSTAGRAM]! });
    await s.send(message('instagram', { kind: 'text', text: 'Hello' }, '998877'));
    expect(graph.calls).toHaveLength(1);
    expect(graph.calls[0]).toMatchObject({ url: `/${VERSION}/me/messages`, authorization: `Bearer ${TOKENS[INSTAGRAM]}`, body: { recipient: { id: '998877' } }, channel: 'instagram', accountId: INSTAGRAM, status: 200 });
  });

  it('sends a reply longer than 1000 UTF-8 bytes as several messages in order, and returns the last mid', async () => {
    const line = 'عندنا مواعيد يوم الأحد الساعة ١٠ صباحاً مع د. سارة 🦷';
    const text = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${line}`).join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * PAGE_TEXT_MAX_BYTES);
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[PAGE]! });
    const result = await s.send(message('messenger', { kind: 'text', text }));
    expect(graph.calls.every((call) => call.status === 200)).toBe(true);
    const parts = graph.calls.map((call) => call.text!);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(PAGE_TEXT_MAX_BYTES);
    expect(parts.join('\n')).toBe(text);
    expect(result.providerMessageId).toBe(graph.calls.at(-1)!.messageId);
  });

  it("a token that is not the page's is refused by Graph (190), not retried, and surfaces as a rejection", async () => {
    const sleeps: number[] = [];
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[INSTAGRAM]! }, sleeps);
    const error = await rejectionOf(s.send(message('messenger', { kind: 'text', text: 'x' })), DomainError);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.code).toBe('CONVERSATION.META_SEND_REJECTED');
    expect(graph.calls).toHaveLength(1);
    const trace = graph.calls[0]!.error?.fbtrace_id;
    expect(trace).toMatch(/\S/);
    expect((error as GraphApiError).info).toMatchObject({ httpStatus: 401, graphCode: 190, attempts: 1, fbtraceId: trace });
    expect(error.message).not.toContain(TOKENS[INSTAGRAM]);
    expect(sleeps).toEqual([]);
  });

  it('retries a 429 honouring Retry-After, then succeeds with the same request', async () => {
    graph.script(graphError(429, 613, 'Calls to this api have exceeded the rate limit.', { headers: { 'retry-after': '1' } }));
    const sleeps: number[] = [];
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[PAGE]! }, sleeps);
    const result = await s.send(message('messenger', { kind: 'text', text: 'hello' }));
    expect(graph.calls).toHaveLength(2);
    expect(result.providerMessageId).toBe(graph.calls[1]!.messageId);
    expect(graph.calls[1]!.body).toEqual(graph.calls[0]!.body);
    expect(sleeps).toEqual([1000]);
  });

  it('gives up on a 5xx after maxAttempts with exponential backoff', async () => {
    graph.script(...Array.from({ length: 3 }, () => graphError(500, 2, 'Service temporarily unavailable')));
    const sleeps: number[] = [];
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[PAGE]! }, sleeps);
    const error = await rejectionOf(s.send(message('messenger', { kind: 'text', text: 'hello' })), DomainError);
    expect(error.code).toBe('CONVERSATION.META_UNAVAILABLE');
    expect(graph.calls).toHaveLength(3);
    expect(sleeps).toEqual([75, 150]);
  });

  it('a Graph error on a 400 is a rejection with the Graph code and subcode, not retried', async () => {
    graph.script(graphError(400, 100, '(#100) Invalid parameter', { subcode: 33 }));
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[PAGE]! });
    const error = (await rejectionOf(s.send(message('messenger', { kind: 'text', text: 'late' })), DomainError)) as GraphApiError;
    expect(error.code).toBe('CONVERSATION.META_SEND_REJECTED');
    expect(error.info).toMatchObject({ httpStatus: 400, graphCode: 100, graphSubcode: 33, attempts: 1 });
    expect(graph.calls).toHaveLength(1);
  });

  it('a 2xx without a message_id is a bad response', async () => {
    graph.script({ status: 200, body: { recipient_id: '6543210987654321' } });
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[PAGE]! });
    expect((await rejectionOf(s.send(message('messenger', { kind: 'text', text: 'x' })), DomainError)).code).toBe('CONVERSATION.META_BAD_RESPONSE');
  });

  it('refuses a template: these channels have none; nothing is sent', async () => {
    const s = sender('messenger', { accountId: PAGE, accessToken: TOKENS[PAGE]! });
    const error = await rejectionOf(s.send(message('messenger', { kind: 'template', name: 'appointment_reminder', languageCode: 'ar', parameters: ['10:00'] })), DomainError);
    expect(error.code).toBe('CONVERSATION.TEMPLATE_NOT_ON_CHANNEL');
    expect(error.kind).toBe('precondition');
    expect(error.message).toMatch(/Messenger has no message templates/);
    expect(graph.calls).toEqual([]);
  });

  it('refuses a media message (this sender only sends text); nothing is sent', async () => {
    const s = sender('instagram', { accountId: INSTAGRAM, accessToken: TOKENS[INSTAGRAM]! });
    const error = await rejectionOf(s.send(message('instagram', { kind: 'media', media: 'image', link: 'https://cdn.example/x-ray.jpg', caption: 'Your X-ray' })), DomainError);
    expect(error.code).toBe('CONVERSATION.MEDIA_NOT_ON_CHANNEL');
    expect(error.kind).toBe('precondition');
    expect(error.message).toBe('Media messages cannot be sent on Instagram yet: only text goes out there.');
    expect(graph.calls).toEqual([]);
  });

  it('refuses to send when the clinic has no account connected on the channel', async () => {
    const s = sender('instagram', null);
    const error = await rejectionOf(s.send(message('instagram', { kind: 'text', text: 'x' })), DomainError);
    expect(error.code).toBe('CONVERSATION.META_PAGE_NOT_CONNECTED');
    expect(graph.calls).toEqual([]);
  });
});

describe('splitText', () => {
  it('keeps short text whole and never cuts inside a character', () => {
    expect(splitText('  Hello 👋  ', 1000)).toEqual(['Hello 👋']);
    const emoji = '😀'.repeat(10); // 4 bytes each, no spaces
    const parts = splitText(emoji, 9);
    expect(parts).toEqual(['😀😀', '😀😀', '😀😀', '😀😀', '😀😀']);
    expect(splitText('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc']);
  });
});
