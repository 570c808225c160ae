import { afterAll, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { RedisConversationFeed } from '../adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { RedisInboundGuard } from '../adapters/redis/redis-inbound-guard';
import { RedisModelUsageLog } from '../adapters/redis/redis-model-usage';
import type { InboundMessage } from '../domain/inbound-message';
import { NOTICES } from '../domain/notices';
import { apologyFor, type RateLimit } from '../domain/rate-limits';
import type { InboundRecord } from '../ports/conversation-store.port';
import type { OutboundMessage } from '../ports/outbound.port';
import type { ReceptionistReply, ReceptionistTurn } from '../ports/receptionist-model.port';
import { AdmitInbound } from './admit-inbound';
import { conversationIdFor } from './conversation-ids';
import { ConversationPatientNotifier } from './conversation-patient-notifier';
import { HandleInbound, type HandleInboundDeps } from './handle-inbound';
import { SendOutbound } from './send-outbound';
import { StaffInbox } from './staff-inbox';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

const MODEL_REPLY = 'The receptionist answers.';

function catalogWith(humanReview: 'off' | 'flagged' | 'all'): ClinicCatalogSnapshot {
  return {
    profile: { status: 'active', name: 'Test Clinic', timezone: 'Africa/Cairo', defaultLanguage: 'ar' },
    aiSettings: { personaName: 'Nour', guardrailMode: 'log', humanReview },
    doctors: [{ id: 'doc_1', name: 'Dr Salma', nameAr: 'د. سلمى' }],
    services: [{ id: 'svc_1', name: 'Cleaning', nameAr: 'تنظيف' }],
    branches: [],
  } as unknown as ClinicCatalogSnapshot;
}

/** Fails the first recordInbound, as a Redis write that errored would. */
class StoreFailingOnce extends RedisConversationStore {
  private failed = false;
  override async recordInbound(record: InboundRecord) {
    if (!this.failed) {
      this.failed = true;
      throw new Error('Redis write failed');
    }
    return super.recordInbound(record);
  }
}

interface SetupOptions {
  humanReview?: 'off' | 'flagged' | 'all';
  limits?: readonly RateLimit[];
  store?: (redis: typeof kit.redis) => RedisConversationStore;
  /** Replaces the stand-in model's answer; the call is still recorded in `modelSaw`. */
  answer?: (turn: ReceptionistTurn, store: RedisConversationStore) => Promise<ReceptionistReply>;
  reminders?: HandleInboundDeps['reminders'];
  verification?: HandleInboundDeps['verification'];
}

/**
 * The inbound pipeline with real Redis stores (conversations, inbound guard,
 * model usage, feed) and a stand-in model and review that record what reached
 * them. Outbound messages are collected instead of queued.
 */
function setup(options: SetupOptions = {}) {
  const clinicId = uniqueClinicId('pipe') as ClinicId;
  const store = options.store?.(kit.redis) ?? new RedisConversationStore(kit.redis, kit.guard);
  const guard = new RedisInboundGuard(kit.redis, kit.guard);
  const usage = new RedisModelUsageLog(kit.redis, kit.guard);
  const catalog = catalogWith(options.humanReview ?? 'off');
  const modelSaw: string[] = [];
  const queued: OutboundMessage[] = [];
  const outbound = { enqueue: async (m: OutboundMessage) => void queued.push(m) };
  const handle = new HandleInbound({
    admit: new AdmitInbound({ guard, clock: kit.clock, ...(options.limits ? { limits: options.limits } : {}) }),
    store,
    catalog: { getCatalog: async () => catalog },
    agentTools: { forConversation: () => ({}) as never },
    model: {
      name: 'recording',
      reply: async (turn) => {
        modelSaw.push(turn.message);
        if (options.answer) return options.answer(turn, store);
        return { text: MODEL_REPLY, language: turn.language, intent: 'faq', handoff: false, state: {}, model: 'recording' };
      },
    },
    review: { execute: async (_c, _id, input) => ({ verdict: 'allow', findings: [], mode: 'log', language: 'en', reply: input.reply, replaced: false, staffReview: false }) },
    feed,
    outbound,
    clock: kit.clock,
    logger: kit.logger,
    usage,
    ...(options.reminders ? { reminders: options.reminders } : {}),
    ...(options.verification ? { verification: options.verification } : {}),
  });
  const actor = staffActor(clinicId, 'receptionist') as Extract<ReturnType<typeof staffActor>, { kind: 'staff' }>;
  const inScope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId, actor, requestId: 'req-pipe' }, fn);
  let n = 0;
  const say = (sender: string, text: string, providerMessageId = `wamid.${clinicId}.${++n}`) =>
    inScope(() => {
      const message: InboundMessage = { clinicId, channel: 'whatsapp', kind: 'text', sender, providerMessageId, receivedAt: kit.clock.now(), text, providerType: 'text' };
      return handle.execute(message);
    });
  const conversationOf = (phone: string) => conversationIdFor(clinicId, 'whatsapp', phone);
  const lines = (phone: string) => inScope(() => store.history(clinicId, conversationOf(phone), 50));
  const seen = (providerMessageId: string) => inScope(() => kit.redis.exists(guard.seenKey(clinicId, providerMessageId)));
  return { clinicId, store, usage, catalog, outbound, actor, inScope, say, conversationOf, lines, seen, modelSaw, queued };
}

const authorsAndTexts = (entries: { author: string; text: string }[]) => entries.map((l) => [l.author, l.text]);

describe('HandleInbound: a reminder reply while a person has the conversation', () => {
  it('acts on "2" and sends the confirmation as the clinic\'s message, so it reaches the patient during the takeover', async () => {
    const answered: string[][] = [];
    const cancelled = { en: 'Your appointment has been cancelled.', ar: 'تم إلغاء موعدك.' };
    const t = setup({
      reminders: {
        execute: async (clinicId, patientRef, text, requestId) => {
          answered.push([clinicId, patientRef, text, requestId]);
          return { outcome: 'cancelled', reply: cancelled };
        },
      },
    });
    const phone = '+201007770001';
    const inbox = new StaffInbox({ store: t.store, feed, outbound: t.outbound, audit: kit.auditLog, clock: kit.clock, catalog: { getCatalog: async () => t.catalog } });
    const notifier = new ConversationPatientNotifier({ store: t.store, feed, outbound: t.outbound, catalog: { getCatalog: async () => t.catalog }, guard: kit.guard, clock: kit.clock });

    await t.say(phone, 'مرحبا');
    await t.inScope(() => inbox.takeOver(t.clinicId, { actor: t.actor, requestId: 'req-takeover' }, t.conversationOf(phone)));
    await notifier.sendReminder({
      clinicId: t.clinicId,
      patientRef: phone,
      appointmentId: 'apt_1',
      start: new Date(kit.clock.now().getTime() + 86_400_000).toISOString(),
      offsetMinutes: 1440,
      version: 1,
      state: 'booked',
      doctorId: 'doc_1',
      serviceId: 'svc_1',
      branchId: null,
    });
    t.queued.length = 0;

    expect(await t.say(phone, '2', 'wamid.answer-2')).toEqual({ outcome: 'reminder_answered', answer: 'cancelled' });
    expect(answered).toEqual([[t.clinicId, phone, '2', 'inbound:wamid.answer-2']]);
    const last = (await t.lines(phone)).at(-1)!;
    expect(last).toMatchObject({ author: 'assistant', text: cancelled.ar, intent: 'reminder' });
    expect(t.queued).toEqual([
      { clinicId: t.clinicId, conversationId: t.conversationOf(phone), channel: 'whatsapp', to: phone, lineId: last.id, author: 'system', body: { kind: 'text', text: cancelled.ar } },
    ]);

    // The sender sends it while the conversation is still a person's (an AI line would be dropped here), and the line shows as sent.
    const providerSaw: OutboundMessage[] = [];
    const sendOutbound = new SendOutbound({
      senders: { whatsapp: { send: async (m) => (providerSaw.push(m), { providerMessageId: 'wamid.out-confirmation' }) } },
      store: t.store,
      feed,
      guard: kit.guard,
      logger: kit.logger,
    });
    expect((await t.inScope(() => t.store.get(t.clinicId, t.conversationOf(phone))))?.mode).toBe('human');
    await sendOutbound.handle(t.queued[0]!);
    expect(providerSaw.map((m) => m.body)).toEqual([{ kind: 'text', text: cancelled.ar }]);
    expect((await t.lines(phone)).at(-1)).toMatchObject({ id: last.id, delivery: 'sent' });
    expect(t.modelSaw).toEqual(['مرحبا']);
  });
});

describe('HandleInbound: the patient asks for a person', () => {
  it('hands over and still delivers the hand-over reply, which goes as the clinic\'s message', async () => {
    const handover = 'Sure. A person from the clinic will reply here as soon as possible.';
    const t = setup({ answer: async (turn) => ({ text: handover, language: turn.language, intent: 'human', handoff: true, state: {}, model: 'recording' }) });
    const phone = '+201007770009';

    expect(await t.say(phone, 'I want a person')).toMatchObject({ outcome: 'replied', sent: handover, handoff: true });
    const conversation = await t.inScope(() => t.store.get(t.clinicId, t.conversationOf(phone)));
    expect(conversation).toMatchObject({ mode: 'human', takenOverBy: null, needsAttention: true });
    const last = (await t.lines(phone)).at(-1)!;
    expect(last).toMatchObject({ author: 'assistant', text: handover });
    expect(t.queued).toEqual([
      { clinicId: t.clinicId, conversationId: t.conversationOf(phone), channel: 'whatsapp', to: phone, lineId: last.id, author: 'system', body: { kind: 'text', text: handover } },
    ]);

    // The conversation is a person's now, and the sender still sends this one line (an AI line would be dropped).
    const providerSaw: OutboundMessage[] = [];
    const sendOutbound = new SendOutbound({
      senders: { whatsapp: { send: async (m) => (providerSaw.push(m), { providerMessageId: 'wamid.out-handover' }) } },
      store: t.store,
      feed,
      guard: kit.guard,
      logger: kit.logger,
    });
    await sendOutbound.handle(t.queued[0]!);
    expect(providerSaw.map((m) => m.body)).toEqual([{ kind: 'text', text: handover }]);

    // And the AI stays quiet after it.
    expect(await t.say(phone, 'hello?')).toEqual({ outcome: 'to_staff', conversationId: t.conversationOf(phone) });
    expect(t.modelSaw).toEqual(['I want a person']);
  });
});

describe('HandleInbound: a failure after admission does not lose the message', () => {
  it('lets the redelivery through after the model threw, and still drops a redelivery of the answered message', async () => {
    let failures = 1;
    const t = setup({
      answer: async (turn) => {
        if (failures-- > 0) throw new Error('model unavailable');
        return { text: MODEL_REPLY, language: turn.language, intent: 'faq', handoff: false, state: {}, model: 'recording' };
      },
    });
    const phone = '+201007770002';
    await expect(t.say(phone, 'Do you open on Friday?', 'wamid.flaky-model')).rejects.toThrow('model unavailable');
    expect(await t.seen('wamid.flaky-model')).toBe(0);

    expect(await t.say(phone, 'Do you open on Friday?', 'wamid.flaky-model')).toMatchObject({ outcome: 'replied', sent: MODEL_REPLY });
    expect(await t.seen('wamid.flaky-model')).toBe(1);
    expect(await t.say(phone, 'Do you open on Friday?', 'wamid.flaky-model')).toEqual({ outcome: 'duplicate' });
    expect(t.modelSaw).toEqual(['Do you open on Friday?', 'Do you open on Friday?']);
    expect(t.queued.map((m) => [m.author, m.body])).toEqual([['assistant', { kind: 'text', text: MODEL_REPLY }]]);
    // The failed attempt had stored the patient's line already, so the redelivery stores it a second time.
    expect(authorsAndTexts(await t.lines(phone))).toEqual([
      ['patient', 'Do you open on Friday?'],
      ['patient', 'Do you open on Friday?'],
      ['assistant', MODEL_REPLY],
    ]);
  });

  it('lets the redelivery through after storing the message threw', async () => {
    const t = setup({ store: (redis) => new StoreFailingOnce(redis, kit.guard) });
    const phone = '+201007770003';
    await expect(t.say(phone, 'Hello', 'wamid.flaky-store')).rejects.toThrow('Redis write failed');
    expect(await t.seen('wamid.flaky-store')).toBe(0);
    expect(t.modelSaw).toEqual([]);

    expect(await t.say(phone, 'Hello', 'wamid.flaky-store')).toMatchObject({ outcome: 'replied', sent: MODEL_REPLY });
    expect(await t.say(phone, 'Hello', 'wamid.flaky-store')).toEqual({ outcome: 'duplicate' });
    expect(authorsAndTexts(await t.lines(phone))).toEqual([
      ['patient', 'Hello'],
      ['assistant', MODEL_REPLY],
    ]);
    expect(t.queued).toHaveLength(1);
  });
});

describe('HandleInbound pipeline (real Redis stores)', () => {
  it('drops a message over the limit unstored and unanswered, and apologises once, in English for English text', async () => {
    const t = setup({ limits: [{ name: 'phone', max: 2, windowSeconds: 3600 }] });
    const english = '+201007770004';
    expect(await t.say(english, 'Hi, first question')).toMatchObject({ outcome: 'replied' });
    expect(await t.say(english, 'Hi, second question')).toMatchObject({ outcome: 'replied' });
    expect(await t.say(english, 'Hi, third question')).toEqual({ outcome: 'limited', apologySent: true });
    expect(await t.say(english, 'Hi, fourth question')).toEqual({ outcome: 'limited', apologySent: false });

    expect(t.modelSaw).toEqual(['Hi, first question', 'Hi, second question']);
    expect(authorsAndTexts(await t.lines(english))).toEqual([
      ['patient', 'Hi, first question'],
      ['assistant', MODEL_REPLY],
      ['patient', 'Hi, second question'],
      ['assistant', MODEL_REPLY],
    ]);
    const apologies = t.queued.filter((m) => m.author === 'system');
    expect(apologies).toEqual([{ clinicId: t.clinicId, conversationId: t.conversationOf(english), channel: 'whatsapp', to: english, author: 'system', body: { kind: 'text', text: apologyFor('en') } }]);

    // No letters to tell the language by: Arabic.
    const noLetters = '+201007770005';
    for (let i = 0; i < 3; i++) await t.say(noLetters, '👍');
    expect(t.queued.filter((m) => m.author === 'system' && m.to === noLetters).map((m) => m.body)).toEqual([{ kind: 'text', text: apologyFor('ar') }]);
    expect(t.modelSaw).toHaveLength(4);
  });

  it('keeps a verification code out of the transcript and away from the model', async () => {
    const phone = '+201007770006';
    const checked: string[] = [];
    const t = setup({
      verification: {
        matchInbound: async ({ sender, text }) => {
          checked.push(`${sender} ${text}`);
          return { matched: true, verified: true, sessionId: 'session-verify-1', phone: sender };
        },
      },
    });
    expect(await t.say(phone, '482913')).toEqual({ outcome: 'verification', verified: true });
    expect(checked).toEqual([`${phone} 482913`]);
    expect(t.modelSaw).toEqual([]);
    const conversationId = t.conversationOf(phone);
    const stored = await t.inScope(() => kit.redis.exists(kit.guard.key(t.clinicId, 'conv', conversationId), kit.guard.key(t.clinicId, 'conv-lines', conversationId)));
    expect(stored).toBe(0);
    expect(await t.lines(phone)).toEqual([]);
    // The answer is a notice outside the transcript (no line id), in Arabic for a message without letters.
    expect(t.queued).toEqual([{ clinicId: t.clinicId, conversationId, channel: 'whatsapp', to: phone, author: 'system', body: { kind: 'text', text: NOTICES.verified.ar } }]);
  });

  it("records the model's token usage for the clinic and the conversation", async () => {
    const turnUsage = { model: 'claude-sonnet-5-5', inputTokens: 1_000, outputTokens: 200, cacheReadTokens: 3_000, cacheWriteTokens: 0 };
    const t = setup({
      answer: async (turn) => ({ text: MODEL_REPLY, language: turn.language, intent: 'faq', handoff: false, state: {}, model: 'claude-sonnet-5-5', usage: turnUsage }),
    });
    const phone = '+201007770007';
    expect(await t.say(phone, 'How much is a cleaning?')).toMatchObject({ outcome: 'replied' });
    // 1000 x 2 + 200 x 10 + 3000 x 0.1 micro-USD.
    const counts = { turns: 1, inputTokens: 1_000, outputTokens: 200, cacheReadTokens: 3_000, cacheWriteTokens: 0, costMicroUsd: 4_300, unpricedTurns: 0 };
    const expected = { ...counts, byModel: { 'claude-sonnet-5-5': counts } };
    expect(await t.inScope(() => t.usage.totals(t.clinicId))).toEqual(expected);
    expect(await t.inScope(() => t.usage.forConversation(t.clinicId, t.conversationOf(phone)))).toEqual(expected);
  });

  it('holds every reply for a person when the clinic reviews all replies, and sends nothing', async () => {
    const t = setup({ humanReview: 'all' });
    const phone = '+201007770008';
    const outcome = await t.say(phone, 'Can I book for Sunday?');
    expect(outcome).toMatchObject({ outcome: 'replied', sent: null, handoff: false });
    const drafts = await t.inScope(() => t.store.drafts(t.clinicId, 10));
    expect(drafts.map((d) => [d.reason, d.text, d.intent, d.conversationId])).toEqual([['review', MODEL_REPLY, 'faq', t.conversationOf(phone)]]);
    expect(outcome.outcome === 'replied' && outcome.drafts.map((d) => d.id)).toEqual(drafts.map((d) => d.id));
    expect(t.queued).toEqual([]);
    expect(authorsAndTexts(await t.lines(phone))).toEqual([['patient', 'Can I book for Sunday?']]);
  });

  it('drops the AI reply when a person takes the conversation over while the model is answering', async () => {
    const t = setup({
      answer: async (turn, store) => {
        await store.setMode(turn.clinicId, turn.conversationId, 'human', 'usr_receptionist');
        return { text: MODEL_REPLY, language: turn.language, intent: 'faq', handoff: false, state: {}, model: 'recording' };
      },
    });
    const phone = '+201007770009';
    expect(await t.say(phone, 'Is the doctor in today?')).toEqual({ outcome: 'to_staff', conversationId: t.conversationOf(phone) });
    expect(t.modelSaw).toEqual(['Is the doctor in today?']);
    expect(authorsAndTexts(await t.lines(phone))).toEqual([['patient', 'Is the doctor in today?']]);
    expect(t.queued).toEqual([]);
    expect(await t.inScope(() => t.store.drafts(t.clinicId, 10))).toEqual([]);
  });
});
