import { afterAll, describe, expect, it } from 'vitest';
import { GLOBAL_KEYS, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { InboundMessage } from '../../domain/inbound-message';
import { conversationIdFor } from '../../application/conversation-ids';
import { RedisConversationFeed } from '../redis/redis-conversation-feed';
import { RedisConversationStore } from '../redis/redis-conversation-store';
import { RedisMetaPages } from '../redis/redis-meta-pages';
import { RedisWhatsAppNumbers } from '../redis/redis-whatsapp-numbers';
import { ReceiveMetaWebhook } from './meta-webhook';
import { signPayload } from './webhook-verification';
import { whatsappTextWebhook } from './whatsapp-webhook-builder';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

const APP_SECRET = 'test-app-secret-0123456789abcdef';
const PATIENT = '+201001115566';
let counter = 0;
const newNumberId = () => `8${Date.now()}${String(++counter).padStart(4, '0')}`;

/** One WhatsApp envelope for `phoneNumberId`: a text from the patient and a `read` status for our message `readWamid`. */
const envelope = (phoneNumberId: string, wamid: string, readWamid: string): string =>
  whatsappTextWebhook({ phoneNumberId, displayNumber: '+201000000001', from: PATIENT, text: 'Hello', id: wamid, sentAt: new Date(), statuses: [{ id: readWamid, status: 'read' }] });

describe('ReceiveMetaWebhook routing of WhatsApp numbers', () => {
  it("a stray g:wa-numbers entry naming clinic A for a number A does not own stores nothing for A; A's own number does", async () => {
    const clinicA = uniqueClinicId('wa-hook-a') as ClinicId;
    const own = newNumberId();
    const stray = newNumberId();
    const numbers = new RedisWhatsAppNumbers(kit.redis, kit.guard);
    const store = new RedisConversationStore(kit.redis, kit.guard);
    const scope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId: clinicA, actor: staffActor(clinicA), requestId: 'test' }, fn);
    await scope(() => numbers.assign(clinicA, { phoneNumberId: own, displayNumber: '+201000000001' }));
    // A claim without the clinic's own record (a crash between the two writes, a hand edit).
    await kit.redis.hset(GLOBAL_KEYS.whatsappNumbers, stray, clinicA);

    // A's AI line, sent as wamid.OUT (so a status for it would be recorded).
    const conversationId = conversationIdFor(clinicA, 'whatsapp', PATIENT);
    const lineId = await scope(async () => {
      await store.recordInbound({ clinicId: clinicA, conversationId, channel: 'whatsapp', patientKey: PATIENT, phone: PATIENT, displayName: null, language: 'en', text: 'Hi', at: kit.clock.now(), historyLimit: 30 });
      const stored = await store.recordAiReply(clinicA, conversationId, { at: kit.clock.now(), text: 'Welcome', intent: 'other', modelState: {}, handoff: false, attention: false, drafts: [] });
      if (stored.outcome !== 'stored') throw new Error('the AI line was not stored');
      await store.linkProviderMessage(clinicA, 'wamid.OUT', conversationId, stored.line!.id);
      await store.recordDelivery(clinicA, 'wamid.OUT', 'sent');
      return stored.line!.id;
    });
    const delivery = async () => (await scope(() => store.history(clinicA, conversationId, 10))).find((l) => l.id === lineId)?.delivery;

    const handled: InboundMessage[] = [];
    const webhook = new ReceiveMetaWebhook({
      settings: { appSecret: APP_SECRET, verifyToken: undefined },
      numbers,
      pages: new RedisMetaPages(kit.redis, kit.guard, undefined),
      handle: { execute: async (message) => (handled.push(message), { outcome: 'handled' }) as never },
      store,
      feed,
      guard: kit.guard,
      logger: kit.logger,
    });
    const post = (body: string) => webhook.post(Buffer.from(body, 'utf8'), signPayload(body, APP_SECRET), 'req-test');

    const strayBody = envelope(stray, 'wamid.IN-STRAY', 'wamid.OUT');
    expect(await post(strayBody)).toEqual({ status: 200, body: 'OK' });
    expect(handled).toEqual([]);
    expect(await delivery()).toBe('sent');

    const ownBody = envelope(own, 'wamid.IN-OWN', 'wamid.OUT');
    expect(await post(ownBody)).toEqual({ status: 200, body: 'OK' });
    expect(handled.map((m) => [m.clinicId, m.providerMessageId, m.sender])).toEqual([[clinicA, 'wamid.IN-OWN', PATIENT]]);
    expect(await delivery()).toBe('read');
    await kit.redis.hdel(GLOBAL_KEYS.whatsappNumbers, own, stray);
  });
});
