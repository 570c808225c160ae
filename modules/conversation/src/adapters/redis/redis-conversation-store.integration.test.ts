import { afterAll, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { conversationIdFor } from '../../application/conversation-ids';
import { SendOutbound } from '../../application/send-outbound';
import type { OutboundMessage } from '../../ports/outbound.port';
import { RedisConversationFeed } from './redis-conversation-feed';
import { RedisConversationStore } from './redis-conversation-store';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

function setup() {
  const clinicId = uniqueClinicId('conv-store') as ClinicId;
  const store = new RedisConversationStore(kit.redis, kit.guard);
  const scope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'test' }, fn);
  const conversationId = conversationIdFor(clinicId, 'whatsapp', '+201001112233');
  const inbound = (text: string) =>
    store.recordInbound({ clinicId, conversationId, channel: 'whatsapp', patientKey: '+201001112233', phone: '+201001112233', displayName: null, language: 'en', text, at: kit.clock.now(), historyLimit: 30 });
  const reply = (text: string) => store.recordAiReply(clinicId, conversationId, { at: kit.clock.now(), text, intent: 'other', modelState: { step: 2 }, handoff: false, attention: false, drafts: [] });
  return { clinicId, store, scope, conversationId, inbound, reply };
}

describe('RedisConversationStore', () => {
  it('opens a conversation on the first message and returns it with its lines, oldest first', async () => {
    const t = setup();
    await t.scope(async () => {
      const first = await t.inbound('Hello');
      expect(first.conversation).toMatchObject({ id: t.conversationId, mode: 'ai', channel: 'whatsapp', phone: '+201001112233' });
      expect(first.history.map((l) => l.text)).toEqual(['Hello']);
      await t.reply('Hi, how can I help?');
      const second = await t.inbound('Book please');
      expect(second.history.map((l) => [l.author, l.text])).toEqual([
        ['patient', 'Hello'],
        ['assistant', 'Hi, how can I help?'],
        ['patient', 'Book please'],
      ]);
      expect(second.conversation.modelState).toEqual({ step: 2 });
    });
  });

  it('refuses to store an AI reply once a person has taken the conversation over', async () => {
    const t = setup();
    await t.scope(async () => {
      await t.inbound('Hello');
      await t.store.setMode(t.clinicId, t.conversationId, 'human', 'usr_reception');
      expect(await t.reply('An AI answer')).toEqual({ outcome: 'taken_over' });
      expect((await t.store.history(t.clinicId, t.conversationId, 10)).map((l) => l.text)).toEqual(['Hello']);
      await t.store.setMode(t.clinicId, t.conversationId, 'ai', null);
      expect(await t.reply('Back again')).toMatchObject({ outcome: 'stored' });
    });
  });

  it('publishes stored lines to the conversation and the clinic feed', async () => {
    const t = setup();
    const heard: string[] = [];
    const off = await t.scope(() =>
      feed.subscribeClinic(t.clinicId, (event) => {
        if (event.type === 'line') heard.push(event.line.text);
      }),
    );
    await t.scope(async () => {
      await t.inbound('Hello');
      await t.reply('Welcome');
    });
    for (let i = 0; i < 50 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    await off();
    expect(heard).toEqual(['Hello', 'Welcome']);
  });

  it('does not send an AI line queued before a takeover', async () => {
    const t = setup();
    const sent: OutboundMessage[] = [];
    const send = new SendOutbound({
      senders: { whatsapp: { send: async (m) => (sent.push(m), { providerMessageId: `wamid.${sent.length}` }) } },
      store: t.store,
      feed,
      guard: kit.guard,
      logger: kit.logger,
    });
    const message = (author: OutboundMessage['author']): OutboundMessage => ({ clinicId: t.clinicId, conversationId: t.conversationId, channel: 'whatsapp', to: '+201001112233', author, body: { kind: 'text', text: author } });
    await t.scope(() => t.inbound('Hello'));
    await send.handle(message('assistant'));
    await t.scope(() => t.store.setMode(t.clinicId, t.conversationId, 'human', 'usr_reception'));
    await send.handle(message('assistant'));
    await send.handle(message('staff'));
    expect(sent.map((m) => m.author)).toEqual(['assistant', 'staff']);
  });

  it('keeps a delivery status from moving backwards', async () => {
    const t = setup();
    await t.scope(async () => {
      await t.inbound('Hello');
      const stored = await t.reply('Welcome');
      const lineId = stored.outcome === 'stored' ? stored.line!.id : '';
      await t.store.linkProviderMessage(t.clinicId, 'wamid.X', t.conversationId, lineId);
      await t.store.recordDelivery(t.clinicId, 'wamid.X', 'read');
      await t.store.recordDelivery(t.clinicId, 'wamid.X', 'delivered');
      const lines = await t.store.history(t.clinicId, t.conversationId, 10);
      expect(lines.at(-1)).toMatchObject({ text: 'Welcome', delivery: 'read' });
      expect(await t.store.recordDelivery(t.clinicId, 'wamid.unknown', 'read')).toBeNull();
    });
  });
});
