import { afterAll, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { OUTBOUND_JOB_KIND, outboundMessageOf } from '../adapters/jobs/outbound-jobs';
import { GraphApiError, type GraphApiErrorCode } from '../adapters/meta/meta-errors';
import { RedisConversationFeed } from '../adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import type { OutboundMessage } from '../ports/outbound.port';
import { conversationIdFor } from './conversation-ids';
import { SendOutbound, type QueueAttempt } from './send-outbound';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

const PHONE = '+201001113344';
const graphError = (code: GraphApiErrorCode, httpStatus: number) => new GraphApiError(code, `WhatsApp send failed after 4 attempt(s): HTTP ${httpStatus}`, { httpStatus, attempts: 4 });

/**
 * A clinic with one AI line waiting to go out, the real store and feed, and a
 * sender that answers from a script (an error is thrown, a string is the wamid).
 */
async function setup(...script: (Error | string)[]) {
  const clinicId = uniqueClinicId('send-outbound') as ClinicId;
  const store = new RedisConversationStore(kit.redis, kit.guard);
  const scope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'test' }, fn);
  const conversationId = conversationIdFor(clinicId, 'whatsapp', PHONE);
  const lineId = await scope(async () => {
    await store.recordInbound({ clinicId, conversationId, channel: 'whatsapp', patientKey: PHONE, phone: PHONE, displayName: null, language: 'en', text: 'Hello', at: kit.clock.now(), historyLimit: 30 });
    const stored = await store.recordAiReply(clinicId, conversationId, { at: kit.clock.now(), text: 'Welcome', intent: 'other', modelState: {}, handoff: false, attention: false, drafts: [] });
    if (stored.outcome !== 'stored') throw new Error('the AI line was not stored');
    return stored.line!.id;
  });
  const sends: OutboundMessage[] = [];
  const outcomes: string[] = [];
  const send = new SendOutbound({
    senders: {
      whatsapp: {
        send: async (message) => {
          sends.push(message);
          const next = script.shift();
          if (next === undefined) throw new Error('the sender was called more often than scripted');
          if (next instanceof Error) throw next;
          return { providerMessageId: next };
        },
      },
    },
    store,
    feed,
    guard: kit.guard,
    logger: kit.logger,
    broadcasts: { recordOutcome: async (_clinic, _broadcast, _phone, outcome) => void outcomes.push(outcome) },
  });
  const message: OutboundMessage = { clinicId, conversationId, channel: 'whatsapp', to: PHONE, lineId, author: 'assistant', broadcastId: 'bc_1', body: { kind: 'text', text: 'Welcome' } };
  const heard: string[] = [];
  const off = await scope(() => feed.subscribeConversation(clinicId, conversationId, (event) => event.type === 'delivery' && heard.push(event.status)));
  /** What the platform's job handler does with a queued outbound job. */
  const runJob = (attempt?: QueueAttempt) =>
    send.handle(outboundMessageOf({ kind: OUTBOUND_JOB_KIND, id: `${clinicId}.${conversationId}.${lineId}`, runAt: kit.clock.now(), data: { message: JSON.stringify(message) } }), attempt);
  /** The delivery events heard once `count` arrived (pub/sub is asynchronous), then stops listening. */
  const deliveries = async (count: number) => {
    for (let i = 0; i < 50 && heard.length < count; i++) await new Promise((r) => setTimeout(r, 20));
    await off();
    return heard;
  };
  const lineDelivery = async () => (await scope(() => store.history(clinicId, conversationId, 10))).find((l) => l.id === lineId)?.delivery;
  return { runJob, sends, outcomes, deliveries, lineDelivery };
}

describe('SendOutbound: what the job queue retries', () => {
  it('rejects on a 5xx that outlived the client retries, so the queue runs the job again; the retry sends and the line shows sent, never failed', async () => {
    const unavailable = graphError('CONVERSATION.WHATSAPP_UNAVAILABLE', 503);
    const t = await setup(unavailable, 'wamid.retried');
    await expect(t.runJob({ attempt: 1, maxAttempts: 5 })).rejects.toBe(unavailable);
    expect(t.outcomes).toEqual([]);
    await t.runJob({ attempt: 2, maxAttempts: 5 });
    expect(t.sends).toHaveLength(2);
    expect(await t.deliveries(1)).toEqual(['sent']);
    expect(await t.lineDelivery()).toBe('sent');
    expect(t.outcomes).toEqual(['sent']);
  });

  it('rejects on a 429 (rate limited) as well, and when the runner does not say which try it is', async () => {
    const rateLimited = graphError('CONVERSATION.WHATSAPP_RATE_LIMITED', 429);
    const t = await setup(rateLimited, graphError('CONVERSATION.WHATSAPP_UNAVAILABLE', 500));
    await expect(t.runJob({ attempt: 4, maxAttempts: 5 })).rejects.toBe(rateLimited);
    await expect(t.runJob()).rejects.toMatchObject({ code: 'CONVERSATION.WHATSAPP_UNAVAILABLE', info: { httpStatus: 500 } });
    expect(t.outcomes).toEqual([]);
    expect(await t.lineDelivery()).toBeUndefined();
  });

  it("marks the line failed and resolves on the queue's last try of a retryable failure", async () => {
    const t = await setup(graphError('CONVERSATION.WHATSAPP_UNAVAILABLE', 503));
    await t.runJob({ attempt: 5, maxAttempts: 5 });
    expect(t.sends).toHaveLength(1);
    expect(await t.deliveries(1)).toEqual(['failed']);
    expect(t.outcomes).toEqual(['failed']);
    // Stored with the line, so the inbox still shows it after a reload.
    expect(await t.lineDelivery()).toBe('failed');
  });

  it.each([
    ['a refusal (400)', 'CONVERSATION.WHATSAPP_SEND_REJECTED', 400],
    ['re-engagement required (131047)', 'CONVERSATION.WHATSAPP_REENGAGEMENT_REQUIRED', 400],
    // No HTTP answer: the message may have gone out, so neither the client nor the queue sends it again.
    ['unreachable', 'CONVERSATION.WHATSAPP_UNREACHABLE', 0],
  ] as const)('resolves on %s at the first try and marks the line failed: retrying cannot help', async (_name, code, httpStatus) => {
    const t = await setup(graphError(code, httpStatus));
    await t.runJob({ attempt: 1, maxAttempts: 5 });
    expect(t.sends).toHaveLength(1);
    expect(await t.deliveries(1)).toEqual(['failed']);
    expect(t.outcomes).toEqual(['failed']);
    expect(await t.lineDelivery()).toBe('failed');
  });
});
