import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, clinicId, type ClinicId } from '@frontdesk/shared-kernel';
import type { OutboundMessage } from '../../ports/outbound.port';
import type { PageChannel, PageCredentials } from '../../ports/meta-pages.port';
import { GraphApiError } from './meta-errors';
import { PageMessagesClient } from './page-messages-client';
import { PAGE_TEXT_MAX_BYTES, PageSender, splitText } from './page-sender';

const VERSION = 'v21.0';
/** Two pages, each with its own token, as Graph knows them. */
const TOKENS: Record<string, string> = { '104567890123456': 'EAAPageTokenOfClinicA0123456789', '17841400000000001': 'EAAInstagramTokenOfClinicA98765' };

interface Scripted {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
interface Seen {
  url: string;
  authorization: string | undefined;
  body: unknown;
}

/**
 * A local Send API fake: POST /{version}/{account-id}/messages, the Bearer token
 * must be that account's page token (else 190), the body must be
 * { recipient: { id }, messaging_type, message: { text } } (else 100); success is
 * { recipient_id, message_id }. A script overrides the next answers.
 */
let server: Server;
let baseUrl: string;
let script: Scripted[] = [];
let seen: Seen[] = [];
let counter = 0;

const graphError = (status: number, code: number, message: string, extra: Record<string, unknown> = {}): Scripted => ({
  status,
  body: { error: { message, type: 'OAuthException', code, fbtrace_id: 'Trace123', ...extra } },
});

function validate(req: IncomingMessage, body: unknown): Scripted | undefined {
  const match = /^\/(v\d+\.\d+)\/(\d+|me)\/messages$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !match || match[1] !== VERSION) return graphError(404, 803, `Unknown path ${req.method} ${req.url}`);
  // `me` is the page the token belongs to.
  const account = match[2] === 'me' ? Object.keys(TOKENS).find((id) => req.headers.authorization === `Bearer ${TOKENS[id]}`) : match[2];
  if (!account || !TOKENS[account] || req.headers.authorization !== `Bearer ${TOKENS[account]}`) return graphError(401, 190, 'Invalid OAuth access token');
  const b = body as { recipient?: { id?: unknown }; messaging_type?: unknown; message?: { text?: unknown } } | undefined;
  if (typeof b?.recipient?.id !== 'string' || !b.recipient.id) return graphError(400, 100, 'recipient.id required');
  if (!['RESPONSE', 'UPDATE', 'MESSAGE_TAG'].includes(String(b.messaging_type))) return graphError(400, 100, 'messaging_type required');
  if (typeof b.message?.text !== 'string' || !b.message.text) return graphError(400, 100, 'message.text required');
  return undefined;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization, body });
      const answer = validate(req, body) ??
        script.shift() ?? { status: 200, body: { recipient_id: (body as { recipient: { id: string } }).recipient.id, message_id: `m_fake${++counter}` } };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  script = [];
  seen = [];
});

const CLINIC = clinicId('clinic-a') as ClinicId;

function sender(channel: PageChannel, credentials: PageCredentials | null, sleeps: number[] = []) {
  const client = new PageMessagesClient({ version: VERSION, baseUrl, maxAttempts: 3, baseDelayMs: 100, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) });
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

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a rejection');
}

describe('PageSender with the Send API client', () => {
  it("sends Messenger text with that page's own token and returns the mid", async () => {
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['104567890123456']! });
    const result = await s.send(message('messenger', { kind: 'text', text: 'أهلاً بك في عيادة النيل 🦷' }));
    expect(result.providerMessageId).toMatch(/^m_fake\d+$/);
    expect(seen).toEqual([
      {
        url: `/${VERSION}/104567890123456/messages`,
        authorization: `Bearer ${TOKENS['104567890123456']}`,
        body: { recipient: { id: '6543210987654321' }, messaging_type: 'RESPONSE', message: { text: 'أهلاً بك في عيادة النيل 🦷' } },
      },
    ]);
  });

  it("sends Instagram text through the token's own page (/me/messages) with the Instagram account's token", async () => {
    const s = sender('instagram', { accountId: '17841400000000001', accessToken: TOKENS['17841400000000001']! });
    await s.send(message('instagram', { kind: 'text', text: 'Hello' }, '998877'));
    expect(seen[0]).toMatchObject({ url: `/${VERSION}/me/messages`, authorization: `Bearer ${TOKENS['17841400000000001']}`, body: { recipient: { id: '998877' } } });
  });

  it('sends a reply longer than 1000 UTF-8 bytes as several messages in order, and returns the last mid', async () => {
    const line = 'عندنا مواعيد يوم الأحد الساعة ١٠ صباحاً مع د. سارة 🦷';
    const text = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${line}`).join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * PAGE_TEXT_MAX_BYTES);
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['104567890123456']! });
    const result = await s.send(message('messenger', { kind: 'text', text }));
    const parts = seen.map((r) => (r.body as { message: { text: string } }).message.text);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(PAGE_TEXT_MAX_BYTES);
    expect(parts.join('\n')).toBe(text);
    expect(result.providerMessageId).toBe(`m_fake${counter}`);
  });

  it("a token that is not the page's is refused by Graph (190), not retried, and surfaces as a rejection", async () => {
    const sleeps: number[] = [];
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['17841400000000001']! }, sleeps);
    const error = await rejection(s.send(message('messenger', { kind: 'text', text: 'x' })));
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error.code).toBe('CONVERSATION.META_SEND_REJECTED');
    expect((error as GraphApiError).info).toMatchObject({ httpStatus: 401, graphCode: 190, attempts: 1, fbtraceId: 'Trace123' });
    expect(error.message).not.toContain(TOKENS['17841400000000001']);
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a 429 honouring Retry-After, then succeeds with the same request', async () => {
    script = [{ ...graphError(429, 613, 'Calls to this api have exceeded the rate limit.'), headers: { 'retry-after': '1' } }];
    const sleeps: number[] = [];
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['104567890123456']! }, sleeps);
    const result = await s.send(message('messenger', { kind: 'text', text: 'hello' }));
    expect(result.providerMessageId).toMatch(/^m_fake/);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body).toEqual(seen[0]!.body);
    expect(sleeps).toEqual([1000]);
  });

  it('gives up on a 5xx after maxAttempts with exponential backoff', async () => {
    script = Array.from({ length: 3 }, () => graphError(500, 2, 'Service temporarily unavailable'));
    const sleeps: number[] = [];
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['104567890123456']! }, sleeps);
    const error = await rejection(s.send(message('messenger', { kind: 'text', text: 'hello' })));
    expect(error.code).toBe('CONVERSATION.META_UNAVAILABLE');
    expect(seen).toHaveLength(3);
    expect(sleeps).toEqual([75, 150]);
  });

  it('a Graph error on a 400 is a rejection with the Graph code and subcode, not retried', async () => {
    script = [graphError(400, 100, '(#100) Invalid parameter', { error_subcode: 33 })];
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['104567890123456']! });
    const error = (await rejection(s.send(message('messenger', { kind: 'text', text: 'late' })))) as GraphApiError;
    expect(error.code).toBe('CONVERSATION.META_SEND_REJECTED');
    expect(error.info).toMatchObject({ httpStatus: 400, graphCode: 100, graphSubcode: 33, attempts: 1 });
    expect(seen).toHaveLength(1);
  });

  it('a 2xx without a message_id is a bad response', async () => {
    script = [{ status: 200, body: { recipient_id: '6543210987654321' } }];
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['104567890123456']! });
    expect((await rejection(s.send(message('messenger', { kind: 'text', text: 'x' })))).code).toBe('CONVERSATION.META_BAD_RESPONSE');
  });

  it('refuses a template: these channels have none; nothing is sent', async () => {
    const s = sender('messenger', { accountId: '104567890123456', accessToken: TOKENS['104567890123456']! });
    const error = await rejection(s.send(message('messenger', { kind: 'template', name: 'appointment_reminder', languageCode: 'ar', parameters: ['10:00'] })));
    expect(error.code).toBe('CONVERSATION.TEMPLATE_NOT_ON_CHANNEL');
    expect(error.kind).toBe('precondition');
    expect(error.message).toMatch(/Messenger has no message templates/);
    expect(seen).toEqual([]);
  });

  it('refuses to send when the clinic has no account connected on the channel', async () => {
    const s = sender('instagram', null);
    const error = await rejection(s.send(message('instagram', { kind: 'text', text: 'x' })));
    expect(error.code).toBe('CONVERSATION.META_PAGE_NOT_CONNECTED');
    expect(seen).toEqual([]);
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
