import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support';

const SESSION_SECRETS = 'chat-events-test-secret-0123456789abcdef';
const clinicId = 'demo-clinic';

/**
 * The web chat's live events work across server processes: the patient
 * sends through one instance and listens (SSE) on another, as behind a load
 * balancer; Redis pub/sub carries the events between them.
 */
describe('web chat events across two server instances', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    [a, b] = await Promise.all([startTestServer({ env: { SESSION_SECRETS } }), startTestServer({ env: { SESSION_SECRETS } })]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('delivers the patient line and the AI reply sent on A to the subscription on B', async () => {
    const opened = await fetch(`${a.baseUrl}/trpc/public.conversation.open`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-frontdesk-csrf': '1' },
      body: JSON.stringify({ clinicId, language: 'en' }),
    });
    expect(opened.status).toBe(200);
    const cookie = opened.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toContain('patient_session');

    const controller = new AbortController();
    const events = await fetch(`${b.baseUrl}/trpc/public.conversation.events?input=${encodeURIComponent(JSON.stringify({ clinicId }))}`, {
      headers: { cookie, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(events.status).toBe(200);
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const readUntil = async (pattern: RegExp) => {
      const deadline = Date.now() + 10_000;
      while (!pattern.test(received)) {
        if (Date.now() > deadline) throw new Error(`no event matching ${pattern}; got ${received.slice(-500)}`);
        const { value, done } = await Promise.race([reader.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no event matching ${pattern}; got ${received.slice(-500)}`)), Math.max(0, deadline - Date.now())))]);
        if (done) throw new Error('the event stream ended');
        received += decoder.decode(value, { stream: true });
      }
    };
    // The server says when it listens (tRPC's own "connected" comes before that).
    await readUntil(/"type":"ready"/);

    const sent = await fetch(`${a.baseUrl}/trpc/public.conversation.send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-frontdesk-csrf': '1', cookie },
      body: JSON.stringify({ clinicId, text: 'Hello from instance A', clientMessageId: 'cross-process-1' }),
    });
    expect(sent.status).toBe(200);
    await readUntil(/Hello from instance A[\s\S]*"author":"assistant"/);
    controller.abort();
  });

  it('refuses the event stream without a chat session', async () => {
    const events = await fetch(`${b.baseUrl}/trpc/public.conversation.events?input=${encodeURIComponent(JSON.stringify({ clinicId }))}`, { headers: { accept: 'text/event-stream' } });
    const text = await events.text();
    expect(text).toContain('CONVERSATION.NO_CHAT_SESSION');
  });
});
