import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAs, headerActors, startTestServer, type TestServer } from './support';

const SESSION_SECRETS = 'chat-events-test-secret-0123456789abcdef';
const clinicId = 'demo-clinic';

interface ChatEvent {
  type: string;
  on?: boolean;
  mode?: string;
  line?: { author: string; text: string; by?: string };
}

async function openChat(server: TestServer): Promise<{ cookie: string; conversationId: string }> {
  const opened = await fetch(`${server.baseUrl}/trpc/public.conversation.open`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-frontdesk-csrf': '1' },
    body: JSON.stringify({ clinicId, language: 'en' }),
  });
  expect(opened.status).toBe(200);
  const cookie = opened.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  expect(cookie).toContain('patient_session');
  const { result } = (await opened.json()) as { result: { data: { conversationId: string } } };
  return { cookie, conversationId: result.data.conversationId };
}

async function send(server: TestServer, cookie: string, text: string, clientMessageId: string): Promise<void> {
  const sent = await fetch(`${server.baseUrl}/trpc/public.conversation.send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-frontdesk-csrf': '1', cookie },
    body: JSON.stringify({ clinicId, text, clientMessageId }),
  });
  expect(sent.status).toBe(200);
}

/** The patient chat's event stream (SSE) on `server`, read as the events' data objects, in order. */
async function subscribe(server: TestServer, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(`${server.baseUrl}/trpc/public.conversation.events?input=${encodeURIComponent(JSON.stringify({ clinicId }))}`, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: ChatEvent[] = [];
  let buffer = '';
  /** Reads until `count` events match `wanted`; returns every event so far. */
  const until = async (what: string, wanted: (event: ChatEvent) => boolean, count = 1): Promise<ChatEvent[]> => {
    const deadline = Date.now() + 10_000;
    while (events.filter(wanted).length < count) {
      const failure = () => new Error(`no ${what}; got ${JSON.stringify(events).slice(-800)}`);
      if (Date.now() > deadline) throw failure();
      const { value, done } = await Promise.race([reader.read(), new Promise<never>((_, reject) => setTimeout(() => reject(failure()), Math.max(0, deadline - Date.now())))]);
      if (done) throw new Error('the event stream ended');
      buffer += decoder.decode(value, { stream: true });
      const messages = buffer.split('\n\n');
      buffer = messages.pop()!;
      for (const message of messages) {
        for (const line of message.split('\n')) {
          if (!line.startsWith('data: ')) continue;
          const data = JSON.parse(line.slice('data: '.length)) as Partial<ChatEvent> | null;
          if (data && typeof data.type === 'string') events.push(data as ChatEvent);
        }
      }
    }
    return events;
  };
  // The server says when it listens (tRPC's own "connected" comes before that).
  await until('ready event', (e) => e.type === 'ready');
  return { until, close: () => controller.abort() };
}

/**
 * The web chat's live events work across server processes: the patient
 * sends through one instance and listens (SSE) on another, as behind a load
 * balancer; Redis pub/sub carries the events between them.
 */
describe('web chat events across two server instances', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    // A also takes the test's staff header, for a receptionist's message; patients are cookies on both.
    [a, b] = await Promise.all([startTestServer({ env: { SESSION_SECRETS }, resolveActor: headerActors(clinicId) }), startTestServer({ env: { SESSION_SECRETS } })]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it('delivers the patient line, typing on, the AI reply and typing off, sent on A, to the subscription on B, in that order', async () => {
    const { cookie } = await openChat(a);
    const events = await subscribe(b, cookie);
    try {
      await send(a, cookie, 'Hello from instance A', 'cross-process-1');
      const seen = await events.until('typing off', (e) => e.type === 'typing' && e.on === false);
      const order = seen
        .filter((e) => e.type === 'typing' || e.type === 'line')
        .map((e) => (e.type === 'typing' ? `typing ${e.on ? 'on' : 'off'}` : `line ${e.line!.author}`));
      expect(order).toEqual(['line patient', 'typing on', 'line assistant', 'typing off']);
      expect(seen.find((e) => e.type === 'line')!.line!.text).toBe('Hello from instance A');
    } finally {
      events.close();
    }
  });

  it("delivers a receptionist's message sent through A to the patient's subscription on B", async () => {
    const { cookie, conversationId } = await openChat(a);
    await send(a, cookie, 'What are your opening hours?', 'cross-process-2');
    const events = await subscribe(b, cookie);
    try {
      const line = await clientAs(a, 'staff:receptionist').staff.conversation.send.mutate({ conversationId, text: 'Mona here from the front desk.' });
      expect(line).toMatchObject({ author: 'staff', by: 'usr_receptionist' });
      const seen = await events.until('staff line', (e) => e.type === 'line' && e.line!.author === 'staff');
      // Writing takes the conversation over on the way: the chat hears the switch and the notice first.
      expect(seen.map((e) => (e.type === 'mode' ? `mode ${e.mode}` : e.type === 'line' ? `line ${e.line!.author}` : e.type))).toEqual(['ready', 'mode human', 'line system', 'line staff']);
      expect(seen.at(-1)!.line).toMatchObject({ text: 'Mona here from the front desk.', by: 'usr_receptionist' });
    } finally {
      events.close();
    }
  });

  it('refuses the event stream without a chat session', async () => {
    const events = await fetch(`${b.baseUrl}/trpc/public.conversation.events?input=${encodeURIComponent(JSON.stringify({ clinicId }))}`, { headers: { accept: 'text/event-stream' } });
    const text = await events.text();
    expect(text).toContain('CONVERSATION.NO_CHAT_SESSION');
  });
});
