import { afterAll, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { PatientConsents } from '@frontdesk/scheduling';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { RedisConversationFeed } from '../adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { RedisInboundGuard } from '../adapters/redis/redis-inbound-guard';
import { RedisOptOuts } from '../adapters/redis/redis-opt-outs';
import type { Channel, InboundMessage } from '../domain/inbound-message';
import { NOTICES } from '../domain/notices';
import type { OutboundMessage } from '../ports/outbound.port';
import { AdmitInbound } from './admit-inbound';
import { conversationIdFor } from './conversation-ids';
import { HandleInbound } from './handle-inbound';
import { PatientOptOuts } from './patient-opt-outs';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

const CATALOG = {
  profile: { status: 'active', name: 'Test Clinic', timezone: 'Africa/Cairo', defaultLanguage: 'ar' },
  aiSettings: { personaName: 'Nour', guardrailMode: 'log', humanReview: 'off' },
  doctors: [],
  services: [],
  branches: [],
} as unknown as ClinicCatalogSnapshot;

/**
 * The inbound pipeline with real Redis stores and a stand-in model that
 * records what reached it: STOP and START never do.
 */
function setup() {
  const clinicId = uniqueClinicId('stop') as ClinicId;
  const store = new RedisConversationStore(kit.redis, kit.guard);
  const optOutStore = new RedisOptOuts(kit.redis, kit.guard);
  const consentCalls: { phone: string; granted: boolean }[] = [];
  const consents: Pick<PatientConsents, 'setByPatient'> = {
    setByPatient: async (_clinic, request) => {
      consentCalls.push({ phone: request.phone, granted: request.granted });
      return request.phone === '+201005550000' ? 'no_record' : 'changed';
    },
  };
  const modelSaw: string[] = [];
  const queued: OutboundMessage[] = [];
  const handle = new HandleInbound({
    admit: new AdmitInbound({ guard: new RedisInboundGuard(kit.redis, kit.guard), clock: kit.clock }),
    store,
    catalog: { getCatalog: async () => CATALOG },
    agentTools: { forConversation: () => ({}) as never },
    model: {
      name: 'recording',
      reply: async (turn) => {
        modelSaw.push(turn.message);
        return { text: 'The receptionist answers.', language: turn.language, intent: 'other', handoff: false, state: {}, model: 'recording' };
      },
    },
    review: { execute: async (_c, _id, input) => ({ verdict: 'allow', findings: [], mode: 'log', language: 'en', reply: input.reply, replaced: false, staffReview: false }) },
    feed,
    outbound: { enqueue: async (m) => void queued.push(m) },
    clock: kit.clock,
    logger: kit.logger,
    optOuts: new PatientOptOuts({ store: optOutStore, consents, clock: kit.clock, logger: kit.logger }),
  });
  let n = 0;
  const say = (channel: Channel, sender: string, text: string, context: { sessionId?: string; verifiedPhone?: string | null } = {}) =>
    kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req' }, () => {
      const message: InboundMessage = { clinicId, channel, kind: 'text', sender, providerMessageId: `msg-${clinicId}-${++n}`, receivedAt: kit.clock.now(), text, providerType: 'text' };
      return handle.execute(message, context);
    });
  const optedOut = (...addresses: string[]) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req' }, () => optOutStore.areOptedOut(clinicId, addresses));
  const lines = (channel: Channel, key: string) =>
    kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req' }, () => store.history(clinicId, conversationIdFor(clinicId, channel, key), 20));
  /** What a takeover from the inbox does to the stored conversation: a person has it now. */
  const takeOver = (channel: Channel, key: string) =>
    kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req' }, () => store.setMode(clinicId, conversationIdFor(clinicId, channel, key), 'human', 'usr_receptionist'));
  return { clinicId, say, optedOut, lines, takeOver, consentCalls, modelSaw, queued };
}

describe('STOP and START in the inbound pipeline', () => {
  it('opts a WhatsApp patient out, withdraws the consent, confirms in Arabic by default, and keeps the model out of it', async () => {
    const t = setup();
    const phone = '+201005551111';
    expect(await t.say('whatsapp', phone, 'STOP')).toMatchObject({ outcome: 'subscription', command: 'opt_out' });
    expect(await t.optedOut(`phone:${phone}`)).toEqual([true]);
    expect(t.consentCalls).toEqual([{ phone, granted: false }]);
    expect(t.modelSaw).toEqual([]);
    expect(t.queued.map((m) => [m.to, m.author, m.body])).toEqual([[phone, 'system', { kind: 'text', text: NOTICES.optedOut.ar }]]);
    expect((await t.lines('whatsapp', phone)).map((l) => [l.author, l.text])).toEqual([
      ['patient', 'STOP'],
      ['system', NOTICES.optedOut.ar],
    ]);

    // Idempotent: nothing changes, the patient is told again.
    expect(await t.say('whatsapp', phone, 'stop')).toMatchObject({ outcome: 'subscription', command: 'opt_out' });
    expect(t.queued).toHaveLength(2);
    expect(await t.optedOut(`phone:${phone}`)).toEqual([true]);

    // A question with "stop" in it is the receptionist's.
    expect(await t.say('whatsapp', phone, 'can I stop my medication before the visit?')).toMatchObject({ outcome: 'replied' });
    expect(t.modelSaw).toEqual(['can I stop my medication before the visit?']);

    expect(await t.say('whatsapp', phone, 'START')).toMatchObject({ outcome: 'subscription', command: 'opt_in' });
    expect(await t.optedOut(`phone:${phone}`)).toEqual([false]);
    expect(t.consentCalls.at(-1)).toEqual({ phone, granted: true });
    // The patient wrote English before: the confirmation follows.
    expect(t.queued.at(-1)!.body).toEqual({ kind: 'text', text: NOTICES.optedIn.en });
  });

  it('answers an Arabic opt-out in Arabic even after English messages', async () => {
    const t = setup();
    await t.say('whatsapp', '+201005552222', 'Hello there');
    await t.say('whatsapp', '+201005552222', 'إلغاء الاشتراك');
    expect(t.queued.at(-1)!.body).toEqual({ kind: 'text', text: NOTICES.optedOut.ar });
  });

  it('keeps a Messenger opt-out under the page-scoped id and a verified web chat under its phone', async () => {
    const t = setup();
    await t.say('messenger', '6100000000001', 'unsubscribe');
    expect(await t.optedOut('messenger:6100000000001')).toEqual([true]);
    expect(t.consentCalls).toEqual([]); // no phone: nothing to change in scheduling

    await t.say('web', 'session-a', 'توقف', { sessionId: 'session-a', verifiedPhone: '+201005553333' });
    expect(await t.optedOut('phone:+201005553333')).toEqual([true]);
    expect(t.consentCalls).toEqual([{ phone: '+201005553333', granted: false }]);
    expect((await t.lines('web', 'session-a')).map((l) => l.author)).toEqual(['patient', 'system']);

    // Unverified web chat: confirmed, nothing to record.
    expect(await t.say('web', 'session-b', 'STOP', { sessionId: 'session-b', verifiedPhone: null })).toMatchObject({ outcome: 'subscription' });
    expect(await t.optedOut('phone:session-b', 'web:session-b')).toEqual([false, false]);
    expect(t.modelSaw).toEqual([]);
    // Messenger's confirmation goes out through the queue; the web chat's comes with the live feed.
    expect(t.queued.map((m) => [m.channel, m.to, m.body])).toEqual([['messenger', '6100000000001', { kind: 'text', text: NOTICES.optedOut.ar }]]);
  });

  it('opts an Instagram user out under the Instagram id, confirms it, and keeps the model out of it', async () => {
    const t = setup();
    const igsid = '1784000000000001';
    expect(await t.say('instagram', igsid, 'Stop!')).toMatchObject({ outcome: 'subscription', command: 'opt_out' });
    expect(await t.optedOut(`instagram:${igsid}`)).toEqual([true]);
    expect(t.consentCalls).toEqual([]); // no phone: nothing to change in scheduling
    expect(t.modelSaw).toEqual([]);
    expect(t.queued.map((m) => [m.channel, m.to, m.author, m.body])).toEqual([['instagram', igsid, 'system', { kind: 'text', text: NOTICES.optedOut.ar }]]);
    expect((await t.lines('instagram', igsid)).map((l) => [l.author, l.text])).toEqual([
      ['patient', 'Stop!'],
      ['system', NOTICES.optedOut.ar],
    ]);
  });

  it('handles STOP while a person has the conversation: recorded and confirmed by the system, not left to staff', async () => {
    const t = setup();
    const phone = '+201005554444';
    expect(await t.say('whatsapp', phone, 'Hello, I need an appointment')).toMatchObject({ outcome: 'replied' });
    expect(await t.takeOver('whatsapp', phone)).toMatchObject({ mode: 'human' });
    expect(await t.say('whatsapp', phone, 'Is Dr. Sara in on Monday?')).toMatchObject({ outcome: 'to_staff' });

    expect(await t.say('whatsapp', phone, 'STOP')).toMatchObject({ outcome: 'subscription', command: 'opt_out' });
    expect(await t.optedOut(`phone:${phone}`)).toEqual([true]);
    expect(t.consentCalls).toEqual([{ phone, granted: false }]);
    expect(t.modelSaw).toEqual(['Hello, I need an appointment']);
    // The patient wrote English before, so the confirmation is in English; it goes out as a system message.
    expect(t.queued.map((m) => [m.to, m.author, m.body])).toEqual([
      [phone, 'assistant', { kind: 'text', text: 'The receptionist answers.' }],
      [phone, 'system', { kind: 'text', text: NOTICES.optedOut.en }],
    ]);
    expect((await t.lines('whatsapp', phone)).map((l) => [l.author, l.text])).toEqual([
      ['patient', 'Hello, I need an appointment'],
      ['assistant', 'The receptionist answers.'],
      ['patient', 'Is Dr. Sara in on Monday?'],
      ['patient', 'STOP'],
      ['system', NOTICES.optedOut.en],
    ]);
  });

  it('records the opt-out for a number without a patient record', async () => {
    const t = setup();
    expect(await t.say('whatsapp', '+201005550000', 'STOP')).toMatchObject({ outcome: 'subscription' });
    expect(await t.optedOut('phone:+201005550000')).toEqual([true]);
  });
});
