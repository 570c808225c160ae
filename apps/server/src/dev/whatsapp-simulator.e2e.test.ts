import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, headerActors, startTestServer, type TestServer } from '../../test/support';
import { SIMULATOR_PATH } from './whatsapp-simulator';

interface SimulatedMessage {
  direction: 'in' | 'out';
  phone: string;
  text: string;
  id: string;
}

const postSend = (server: TestServer, body: unknown) =>
  fetch(`${server.baseUrl}${SIMULATOR_PATH}/send`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * The simulator's send endpoint signs a webhook as Meta would and posts it to
 * the server's own webhook route; the browser tests drive the whole flow with
 * it, so its contract is pinned here.
 */
describe('the WhatsApp simulator in development', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ resolveActor: headerActors('demo-clinic') });
  });
  afterAll(() => server.close());

  const messagesOf = async (phone: string) =>
    ((await (await fetch(`${server.baseUrl}${SIMULATOR_PATH}/messages?phone=${encodeURIComponent(phone)}`)).json()) as { messages: SimulatedMessage[] }).messages;

  it("posts a signed webhook (status 200) and shows the clinic's reply in the phone's messages", async () => {
    const phone = '+201115550101';
    const answer = await postSend(server, { phone: '+20 111-555-0101', text: 'Hello, are you open on Friday?' });
    expect(answer.status).toBe(200);
    const { webhookStatus, id } = (await answer.json()) as { webhookStatus: number; id: string };
    expect(webhookStatus).toBe(200);
    expect(id).toMatch(/^wamid\.SIM[0-9a-f]{24}$/);

    await expect.poll(async () => (await messagesOf(phone)).length, { timeout: 10_000, interval: 100 }).toBe(2);
    const [incoming, reply] = (await messagesOf(phone)) as [SimulatedMessage, SimulatedMessage];
    expect(incoming).toMatchObject({ direction: 'in', phone, text: 'Hello, are you open on Friday?', id });
    expect(reply).toMatchObject({ direction: 'out', phone });
    // What reached the phone is the reply the clinic's conversation holds.
    const receptionist = clientAs(server, 'staff:receptionist');
    const conversation = (await receptionist.staff.conversation.list.query()).find((c) => c.phone === phone)!;
    const view = await receptionist.staff.conversation.view.query({ conversationId: conversation.id });
    expect(view.lines.map((l) => [l.author, l.text])).toEqual([
      ['patient', 'Hello, are you open on Friday?'],
      ['assistant', reply.text],
    ]);
  });

  it('refuses a phone not in international format or an empty text, with a clear error', async () => {
    const badPhone = await postSend(server, { phone: '01115550102', text: 'Hello' });
    expect(badPhone.status).toBe(400);
    expect(await badPhone.json()).toEqual({ error: 'phone must be in international format, e.g. +201001234567' });
    const empty = await postSend(server, { phone: '+201115550102', text: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: 'text must be 1-4096 characters' });
    expect(await messagesOf('+201115550102')).toEqual([]);
  });
});

describe('the WhatsApp simulator in production', () => {
  it('does not exist, even with a Meta app secret to sign with', async () => {
    const server = await startTestServer({
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://clinic.example',
        SESSION_SECRETS: 'production-secret-0123456789-0123456789',
        META_APP_SECRET: 'production-app-secret-0123456789',
        SEED_DEMO: 'false',
      },
    });
    try {
      expect((await postSend(server, { phone: '+201115550103', text: 'Hello' })).status).toBe(404);
      expect((await fetch(`${server.baseUrl}${SIMULATOR_PATH}/messages`)).status).toBe(404);
      expect((await fetch(`${server.baseUrl}${SIMULATOR_PATH}`)).status).toBe(404);
      // The server itself is up and answering.
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
