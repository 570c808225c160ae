import { createHash } from 'node:crypto';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, KERNEL_TOKENS, clinicId as toClinicId, type Actor, type AuditLog, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { CONVERSATION_TOKENS, messagingWebhook, signPayload, type MessagingWebhookEvent, type MetaPages } from '@frontdesk/conversation/server';
import { startGraphApiFake, type GraphApiCall, type GraphApiFake } from '@frontdesk/conversation/testing';
import { TENANCY_TOKENS, type RegisterClinic } from '@frontdesk/tenancy/server';
import type { ActorResolver } from '../src/http';
import type { AppRouter } from '../src/index';
import { DEMO_WHATSAPP } from '../src/platform';
import { startTestServer, type TestServer } from './support';

const APP_SECRET = 'meta-messaging-e2e-secret-0123456789';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Page and Instagram ids unique to this run (global claims outlive one test file in the shared Redis). */
const unique = `${Date.now()}`.slice(-9);
const PAGE_A = `11${unique}01`;
const IG_A = `17${unique}02`;
const PAGE_B = `12${unique}03`;
const TOKEN = { [PAGE_A]: 'EAAPageTokenClinicA_0123456789abcdef', [IG_A]: 'EAAIgTokenClinicA_0123456789abcdefgh', [PAGE_B]: 'EAAPageTokenClinicB_0123456789abcdef' } as Record<string, string>;
const GRAPH_VERSION = 'v21.0';
/** The server's WhatsApp token; the demo clinic's number is the only WhatsApp sender here. */
const WHATSAPP_TOKEN = 'EAAWhatsAppSystemUserToken_0123456789';

/** Staff of whichever clinic the `x-test-clinic` header names (test only). */
const clinicHeaderActors: ActorResolver = (_http, req): Actor => {
  const role = String(req.headers['x-test-role'] ?? '');
  const clinic = String(req.headers['x-test-clinic'] ?? '');
  return role && clinic ? { kind: 'staff', id: `usr_${role}`, clinicId: clinic as ClinicId, role: role as 'owner' } : { kind: 'anonymous' };
};

describe('Messenger and Instagram through the Meta webhook', () => {
  let server: TestServer;
  /** The Graph API as the server reaches it (META_GRAPH_URL): the Send API checks each page's own token and the body; WhatsApp sends get a wamid. */
  let graph: GraphApiFake;
  const clock = new FakeClock(new Date());
  const clinicA = toClinicId(uniqueClinicId('mm-a'));
  const clinicB = toClinicId(uniqueClinicId('mm-b'));
  let counter = 0;
  const mid = () => `m_IN${unique}${++counter}`;
  const redis = () => server.platform.redis;
  const seenKey = (clinic: string, id: string) => `t:{${clinic}}:inbound-seen:${sha256(id)}`;

  const staff = (clinic: string, role = 'owner') =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: `${server.baseUrl}/trpc`, headers: { 'x-frontdesk-csrf': '1', 'x-test-role': role, 'x-test-clinic': clinic } })],
    });
  /** Signed with the app secret unless a signature (or null: none) is given. */
  const post = (body: string, signature: string | null = signPayload(body, APP_SECRET)) =>
    fetch(`${server.baseUrl}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) }, body });
  const webhook = (channel: 'messenger' | 'instagram', accountId: string, events: MessagingWebhookEvent[]) => messagingWebhook({ channel, accountId, events });
  const text = (from: string, words: string, id = mid()) => ({ kind: 'text' as const, from, mid: id, text: words, at: clock.now() });

  /** Messages Graph accepted for `recipient`. */
  const sent = (recipient: string) => graph.calls.filter((c) => c.recipient === recipient && c.status === 200);
  /** Any request about `recipient`, accepted or not. */
  const requested = (recipient: string) => graph.calls.filter((c) => c.recipient === recipient);
  async function sentTo(recipient: string, count: number): Promise<GraphApiCall[]> {
    for (let i = 0; i < 100; i++) {
      const out = sent(recipient);
      if (out.length >= count) return out;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nothing sent to ${recipient}`);
  }
  const settle = () => new Promise((r) => setTimeout(r, 600));

  beforeAll(async () => {
    graph = await startGraphApiFake({
      version: GRAPH_VERSION,
      whatsappNumbers: { [DEMO_WHATSAPP.phoneNumberId]: WHATSAPP_TOKEN },
      pages: { [PAGE_A]: TOKEN[PAGE_A]!, [PAGE_B]: TOKEN[PAGE_B]! },
      instagramAccounts: { [IG_A]: TOKEN[IG_A]! },
    });
    server = await startTestServer({
      env: { META_APP_SECRET: APP_SECRET, META_ACCESS_TOKEN: WHATSAPP_TOKEN, META_GRAPH_URL: graph.url, META_GRAPH_VERSION: GRAPH_VERSION },
      resolveActor: clinicHeaderActors,
      clock,
    });
    const register = server.platform.container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic);
    await register.execute({ clinicId: clinicA, name: 'Clinic A', timezone: 'Africa/Cairo' }, { kind: 'system', id: 'test' }, 'test');
    await register.execute({ clinicId: clinicB, name: 'Clinic B', timezone: 'Africa/Cairo' }, { kind: 'system', id: 'test' }, 'test');
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('owners connect a page and an Instagram account; the token is never returned, and bad input is refused clearly', async () => {
    const owner = staff(clinicA);
    expect(await owner.staff.conversation.channels.get.query()).toEqual({ messenger: null, instagram: null });

    const bad = await owner.staff.conversation.channels.connect.mutate({ channel: 'messenger', accountId: 'my-page', name: ' ', pageAccessToken: 'short token' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(TRPCClientError);
    const badData = (bad as TRPCClientError<AppRouter>).data as { code: string; issues: { path: string; message: string }[] };
    expect(badData.code).toBe('BAD_REQUEST');
    expect([...new Set(badData.issues.map((i) => i.path))].sort()).toEqual(['accountId', 'name', 'pageAccessToken']);
    expect(badData.issues.find((i) => i.path === 'accountId')?.message).toMatch(/digits only/);
    expect(JSON.stringify(bad)).not.toContain('short token');

    const connected = await owner.staff.conversation.channels.connect.mutate({ channel: 'messenger', accountId: PAGE_A, name: 'Clinic A on Facebook', pageAccessToken: TOKEN[PAGE_A]! });
    expect(connected).toEqual({ channel: 'messenger', accountId: PAGE_A, name: 'Clinic A on Facebook', connectedAt: clock.now().toISOString() });
    await owner.staff.conversation.channels.connect.mutate({ channel: 'instagram', accountId: IG_A, name: '@clinic_a', pageAccessToken: TOKEN[IG_A]! });
    const view = await owner.staff.conversation.channels.get.query();
    expect(view).toMatchObject({ messenger: { accountId: PAGE_A, name: 'Clinic A on Facebook' }, instagram: { accountId: IG_A, name: '@clinic_a' } });
    expect(JSON.stringify(view)).not.toContain(TOKEN[PAGE_A]);
    expect(JSON.stringify(connected)).not.toContain(TOKEN[PAGE_A]);

    // Receptionists cannot see or change channels.
    await expect(staff(clinicA, 'receptionist').staff.conversation.channels.get.query()).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });

    // Audited, without the token.
    const audit = await server.platform.container.get<AuditLog>(KERNEL_TOKENS.AuditLog).recent(clinicA, 10);
    const connects = audit.filter((r) => r.action === 'conversation.channel.connect');
    expect(connects.map((r) => r.target).sort()).toEqual([`instagram:${IG_A}`, `messenger:${PAGE_A}`].sort());
    expect(JSON.stringify(audit)).not.toContain(TOKEN[PAGE_A]);
    expect(JSON.stringify(audit)).not.toContain(TOKEN[IG_A]);

    // At rest, Redis holds no token in clear.
    const record = await redis().hgetall(`t:{${clinicA}}:meta-page:messenger`);
    expect(record.accountId).toBe(PAGE_A);
    expect(JSON.stringify(record)).not.toContain(TOKEN[PAGE_A]);
  });

  it("answers a Messenger message in Arabic with emoji, sent to the fake Graph with that page's token; a redelivery does nothing", async () => {
    const psid = `24${unique}001`;
    const event = text(psid, 'السلام عليكم، عايز أحجز 🦷');
    const body = webhook('messenger', PAGE_A, [event]);
    expect(body).toContain('\\u0627');
    expect((await post(body)).status).toBe(200);
    const [reply] = await sentTo(psid, 1);
    expect(reply).toMatchObject({ channel: 'messenger', accountId: PAGE_A, url: `/${GRAPH_VERSION}/${PAGE_A}/messages`, authorization: `Bearer ${TOKEN[PAGE_A]}`, body: { messaging_type: 'RESPONSE' } });
    expect(reply!.text).toMatch(/[\u0600-\u06FF]/);
    expect(await redis().exists(seenKey(clinicA, event.mid))).toBe(1);

    expect((await post(body)).status).toBe(200);
    await settle();
    expect(sent(psid)).toHaveLength(1);
  });

  it("answers an Instagram message from the Instagram account with its own token", async () => {
    const igsid = `34${unique}002`;
    expect((await post(webhook('instagram', IG_A, [text(igsid, 'مرحبا 👋 Hello')]))).status).toBe(200);
    const [reply] = await sentTo(igsid, 1);
    expect(reply).toMatchObject({ channel: 'instagram', accountId: IG_A, url: `/${GRAPH_VERSION}/me/messages`, authorization: `Bearer ${TOKEN[IG_A]}`, body: { messaging_type: 'RESPONSE' } });
  });

  it('ignores an echo of our own message: nothing stored, nothing sent', async () => {
    const psid = `24${unique}003`;
    const echoMid = mid();
    expect((await post(webhook('messenger', PAGE_A, [{ kind: 'echo', to: psid, mid: echoMid, text: 'Hello from the page', at: clock.now() }]))).status).toBe(200);
    await settle();
    expect(await redis().exists(seenKey(clinicA, echoMid))).toBe(0);
    expect(requested(psid)).toEqual([]);
  });

  it("routes by page: clinic A's page never writes into clinic B, and B cannot claim it", async () => {
    const ownerB = staff(clinicB);
    await expect(ownerB.staff.conversation.channels.connect.mutate({ channel: 'messenger', accountId: PAGE_A, name: 'Not ours', pageAccessToken: TOKEN[PAGE_B]! })).rejects.toMatchObject({
      data: { code: 'CONFLICT', domainCode: 'CONVERSATION.META_ACCOUNT_TAKEN' },
    });
    await ownerB.staff.conversation.channels.connect.mutate({ channel: 'messenger', accountId: PAGE_B, name: 'Clinic B', pageAccessToken: TOKEN[PAGE_B]! });

    const psid = `24${unique}004`;
    const toA = text(psid, 'Hello A');
    const toB = text(psid, 'Hello B');
    expect((await post(webhook('messenger', PAGE_A, [toA]))).status).toBe(200);
    expect((await post(webhook('messenger', PAGE_B, [toB]))).status).toBe(200);
    const replies = await sentTo(psid, 2);
    expect(replies.map((r) => [r.accountId, r.authorization]).sort()).toEqual(
      [
        [PAGE_A, `Bearer ${TOKEN[PAGE_A]}`],
        [PAGE_B, `Bearer ${TOKEN[PAGE_B]}`],
      ].sort(),
    );
    expect(await redis().exists(seenKey(clinicA, toA.mid))).toBe(1);
    expect(await redis().exists(seenKey(clinicB, toA.mid))).toBe(0);
    expect(await redis().exists(seenKey(clinicB, toB.mid))).toBe(1);
    expect(await redis().exists(seenKey(clinicA, toB.mid))).toBe(0);
  });

  it('acknowledges a page no clinic connected and stores nothing', async () => {
    const stray = text(`24${unique}005`, 'Hello?');
    expect((await post(webhook('messenger', `19${unique}99`, [stray]))).status).toBe(200);
    await settle();
    expect(await redis().keys(`t:*:inbound-seen:${sha256(stray.mid)}`)).toEqual([]);
  });

  it('answers a forged or missing signature with 401 and writes nothing', async () => {
    const psid = `24${unique}006`;
    const forged = text(psid, 'عايز أحجز 🦷');
    const body = webhook('messenger', PAGE_A, [forged]);
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, signPayload(body, 'another-secret-0123456789'))).status).toBe(401);
    expect((await post(body.replace(psid, `${psid.slice(0, -1)}9`), signPayload(body, APP_SECRET))).status).toBe(401);
    await settle();
    expect(await redis().keys(`t:*:inbound-seen:${sha256(forged.mid)}`)).toEqual([]);
    expect(requested(psid)).toEqual([]);
  });

  it('acknowledges an object it does not handle, and refuses a malformed messaging envelope with 400', async () => {
    const other = JSON.stringify({ object: 'user', entry: [{ id: '1', changes: [] }] });
    expect((await post(other)).status).toBe(200);
    const malformed = JSON.stringify({ object: 'page', entry: [{ id: PAGE_A, messaging: [{ sender: { id: '1' }, timestamp: 1, message: { text: 'no mid' } }] }] });
    expect((await post(malformed)).status).toBe(400);
  });

  it('marks the line delivered from a delivery webhook, and refuses staff free text once 24 hours have passed', async () => {
    const psid = `24${unique}007`;
    const words = `Hello, I need an appointment ${unique}`;
    expect((await post(webhook('messenger', PAGE_A, [text(psid, words)]))).status).toBe(200);
    const [reply] = await sentTo(psid, 1);

    const owner = staff(clinicA);
    const conversations = await owner.staff.conversation.list.query({ limit: 200 });
    let conversationId: string | undefined;
    for (const c of conversations.filter((c) => c.channel === 'messenger')) {
      const v = await owner.staff.conversation.view.query({ conversationId: c.id });
      if (v.lines.some((l) => l.text === words)) conversationId = c.id;
    }
    expect(conversationId).toBeDefined();
    const assistantLine = async () => (await owner.staff.conversation.view.query({ conversationId: conversationId! })).lines.find((l) => l.author === 'assistant');
    for (let i = 0; i < 50 && (await assistantLine())?.delivery !== 'sent'; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await assistantLine())?.delivery).toBe('sent');

    expect((await post(webhook('messenger', PAGE_A, [{ kind: 'delivery', from: psid, mids: [reply!.messageId!], at: clock.now() }, { kind: 'read', from: psid, at: clock.now() }]))).status).toBe(200);
    expect((await assistantLine())?.delivery).toBe('delivered');

    // Inside the window a person may write; 25 hours after the patient's last message, not any more.
    clock.advance(25 * 60 * 60 * 1000);
    const late = await owner.staff.conversation.send.mutate({ conversationId: conversationId!, text: 'Are you still there?' }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(TRPCClientError);
    expect((late as TRPCClientError<AppRouter>).data).toMatchObject({ code: 'PRECONDITION_FAILED', domainCode: 'CONVERSATION.WHATSAPP_WINDOW_CLOSED' });
    expect((late as Error).message).toMatch(/Messenger only allows replies within 24 hours/);
  });

  it('disconnecting releases the page, and a claim without the clinic\'s own record routes nowhere', async () => {
    const owner = staff(clinicA);
    expect(await owner.staff.conversation.channels.disconnect.mutate({ channel: 'instagram' })).toEqual({ disconnected: true });
    expect(await owner.staff.conversation.channels.disconnect.mutate({ channel: 'instagram' })).toEqual({ disconnected: false });
    expect((await owner.staff.conversation.channels.get.query()).instagram).toBeNull();
    expect(await redis().exists(`t:{${clinicA}}:meta-page:instagram`)).toBe(0);
    const pages = server.platform.container.get<MetaPages>(CONVERSATION_TOKENS.MetaPages);
    expect(await pages.clinicFor('instagram', IG_A)).toBeNull();
    const guard = server.platform.container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
    await guard.run({ clinicId: clinicA, actor: { kind: 'system', id: 'test' }, requestId: 'test' }, async () => expect(await pages.credentials(clinicA, 'instagram')).toBeNull());

    // A claim left behind without the clinic's own record (a crash between the two writes) routes nowhere.
    const orphan = `18${unique}05`;
    await redis().hset('g:meta-pages', `instagram:${orphan}`, clinicA);
    const stray = text(`34${unique}008`, 'Hello?');
    expect((await post(webhook('instagram', orphan, [stray]))).status).toBe(200);
    await settle();
    expect(await redis().keys(`t:*:inbound-seen:${sha256(stray.mid)}`)).toEqual([]);
    await redis().hdel('g:meta-pages', `instagram:${orphan}`);
  });
});

describe('the development Graph fake (npm start with the simulator)', () => {
  it('accepts a Messenger reply when a page is connected in development', async () => {
    const server = await startTestServer({ env: { META_APP_SECRET: APP_SECRET }, resolveActor: clinicHeaderActors });
    try {
      const clinic = toClinicId(uniqueClinicId('mm-dev'));
      await server.platform.container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic).execute({ clinicId: clinic, name: 'Dev clinic', timezone: 'Africa/Cairo' }, { kind: 'system', id: 'test' }, 'test');
      const page = `13${unique}04`;
      const owner = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${server.baseUrl}/trpc`, headers: { 'x-frontdesk-csrf': '1', 'x-test-role': 'owner', 'x-test-clinic': clinic } })] });
      await owner.staff.conversation.channels.connect.mutate({ channel: 'messenger', accountId: page, name: 'Dev page', pageAccessToken: 'EAADevelopmentPageToken0123456789' });
      const psid = `24${unique}099`;
      const body = messagingWebhook({ channel: 'messenger', accountId: page, events: [{ kind: 'text', from: psid, mid: `m_DEV${unique}`, text: 'Hello', at: new Date() }] });
      const answer = await fetch(`${server.baseUrl}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(body, APP_SECRET) }, body });
      expect(answer.status).toBe(200);
      let out: { direction: string; text: string }[] = [];
      for (let i = 0; i < 100 && out.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const log = (await (await fetch(`${server.baseUrl}/dev/whatsapp/messages?phone=${encodeURIComponent(`page:${page}:${psid}`)}`)).json()) as { messages: { direction: string; text: string }[] };
        out = log.messages.filter((m) => m.direction === 'out');
      }
      expect(out).toHaveLength(1);
      expect(out[0]!.text.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
