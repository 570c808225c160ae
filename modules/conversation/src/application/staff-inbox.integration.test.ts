import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisConversationFeed } from '../adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import type { ReplyIntent } from '../domain/language';
import type { OutboxDraft } from '../domain/outbox';
import type { OutboundMessage } from '../ports/outbound.port';
import { conversationIdFor } from './conversation-ids';
import { StaffInbox } from './staff-inbox';

const kit = createTenancyKit();
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

const HOUR = 3_600_000;
const PHONE = '+201001112244';

async function setup(humanReview: 'off' | 'flagged' | 'all' = 'all') {
  const clinicId = uniqueClinicId('inbox') as ClinicId;
  const store = new RedisConversationStore(kit.redis, kit.guard);
  const queued: OutboundMessage[] = [];
  const inbox = new StaffInbox({
    store,
    feed,
    outbound: { enqueue: async (m) => void queued.push(m) },
    audit: kit.auditLog,
    clock: kit.clock,
    catalog: { getCatalog: async () => ({ aiSettings: { humanReview } }) as unknown as ClinicCatalogSnapshot },
  });
  const actor = staffActor(clinicId, 'receptionist') as Extract<ReturnType<typeof staffActor>, { kind: 'staff' }>;
  const scope = { actor, requestId: 'req-inbox' };
  const inScope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId, actor, requestId: 'req-inbox' }, fn);
  const conversationId = conversationIdFor(clinicId, 'whatsapp', PHONE);
  const draft: OutboxDraft = { id: crypto.randomUUID(), conversationId, text: 'Held reply', reason: 'review', intent: 'faq', findings: [], createdAt: kit.clock.now() };
  await inScope(async () => {
    await store.recordInbound({ clinicId, conversationId, channel: 'whatsapp', patientKey: PHONE, phone: PHONE, displayName: null, language: 'en', text: 'Hi', at: kit.clock.now(), historyLimit: 5 });
    await store.recordAiReply(clinicId, conversationId, { at: kit.clock.now(), text: null, intent: 'faq', modelState: {}, handoff: false, attention: false, drafts: [draft] });
  });
  /** Another AI reply held in the outbox (the conversation must be the AI's). */
  const hold = (intent: ReplyIntent, text: string) =>
    inScope(async () => {
      const held: OutboxDraft = { id: crypto.randomUUID(), conversationId, text, reason: 'review', intent, findings: [], createdAt: kit.clock.now() };
      const stored = await store.recordAiReply(clinicId, conversationId, { at: kit.clock.now(), text: null, intent, modelState: {}, handoff: false, attention: false, drafts: [held] });
      expect(stored.outcome).toBe('stored');
      return held;
    });
  return { clinicId, store, inbox, scope, inScope, conversationId, draft, queued, hold };
}

describe('StaffInbox', () => {
  it('sends an approved draft as staff-approved and counts it once', async () => {
    const t = await setup();
    await t.inScope(async () => {
      const line = await t.inbox.approve(t.clinicId, t.scope, t.draft.id);
      expect(line).toMatchObject({ author: 'assistant', text: 'Held reply', by: 'usr_receptionist' });
      await expect(t.inbox.approve(t.clinicId, t.scope, t.draft.id)).rejects.toMatchObject({ code: 'CONVERSATION.DRAFT_NOT_FOUND' });
      expect((await t.inbox.drafts(t.clinicId, 10)).map((d) => d.id)).toEqual([]);
      expect((await t.store.outboxStats(t.clinicId)).byIntent).toEqual({ faq: { approved: 1 } });
    });
    expect(t.queued.map((m) => [m.author, m.to, m.body])).toEqual([['staff', PHONE, { kind: 'text', text: 'Held reply' }]]);
  });

  it("refuses free text 24 hours after the patient's last message and keeps the draft", async () => {
    const t = await setup();
    kit.clock.advance(24 * HOUR - 1_000);
    await t.inScope(() => t.inbox.send(t.clinicId, t.scope, t.conversationId, 'Still inside'));
    kit.clock.advance(2_000);
    await t.inScope(async () => {
      await expect(t.inbox.send(t.clinicId, t.scope, t.conversationId, 'Too late')).rejects.toMatchObject({ code: 'CONVERSATION.WHATSAPP_WINDOW_CLOSED' });
      await expect(t.inbox.approve(t.clinicId, t.scope, t.draft.id)).rejects.toMatchObject({ code: 'CONVERSATION.WHATSAPP_WINDOW_CLOSED' });
      expect((await t.inbox.drafts(t.clinicId, 10)).map((d) => d.id)).toEqual([t.draft.id]);
      // Rejecting sends nothing, so it works outside the window.
      await t.inbox.reject(t.clinicId, t.scope, t.draft.id);
      expect(await t.inbox.drafts(t.clinicId, 10)).toEqual([]);
    });
    expect(t.queued.map((m) => m.body)).toEqual([{ kind: 'text', text: 'A member of the clinic team is answering you now.' }, { kind: 'text', text: 'Still inside' }]);
  });

  it('clears the attention flag when staff mark the conversation handled, and audits it', async () => {
    const t = await setup();
    await t.inScope(async () => {
      await t.store.recordAiReply(t.clinicId, t.conversationId, { at: kit.clock.now(), text: 'Held back', intent: 'other', modelState: {}, handoff: false, attention: true, drafts: [] });
      expect((await t.store.get(t.clinicId, t.conversationId))?.needsAttention).toBe(true);
      await t.inbox.markHandled(t.clinicId, t.scope, t.conversationId);
      expect((await t.store.get(t.clinicId, t.conversationId))?.needsAttention).toBe(false);
      const audit = await kit.auditLog.query(t.clinicId, { action: 'conversation.attention_cleared', limit: 5 });
      expect(audit.map((r) => r.target)).toEqual([`conversation:${t.conversationId}`]);
      await expect(t.inbox.markHandled(t.clinicId, t.scope, 'whatsapp-unknownconversation00')).rejects.toMatchObject({ code: 'CONVERSATION.NOT_FOUND' });
      expect(await kit.redis.exists(kit.guard.key(t.clinicId, 'conv', 'whatsapp-unknownconversation00'))).toBe(0);
    });
  });

  it('takes the conversation over when staff write, so the AI reply in flight is refused', async () => {
    const t = await setup();
    await t.inScope(async () => {
      await t.inbox.send(t.clinicId, t.scope, t.conversationId, 'Hello, this is Mona');
      const conversation = await t.store.get(t.clinicId, t.conversationId);
      expect(conversation).toMatchObject({ mode: 'human', takenOverBy: 'usr_receptionist' });
      const reply = await t.store.recordAiReply(t.clinicId, t.conversationId, { at: kit.clock.now(), text: 'AI', intent: 'other', modelState: {}, handoff: false, attention: false, drafts: [] });
      expect(reply).toEqual({ outcome: 'taken_over' });
      await t.inbox.handBack(t.clinicId, t.scope, t.conversationId);
      expect((await t.store.get(t.clinicId, t.conversationId))?.mode).toBe('ai');
    });
  });

  it('audits takeover, hand back and every draft decision with the staff member and the target; an edit fingerprints both texts', async () => {
    const t = await setup();
    const actor = 'staff:usr_receptionist';
    await t.inScope(async () => {
      await t.inbox.takeOver(t.clinicId, t.scope, t.conversationId);
      await t.inbox.handBack(t.clinicId, t.scope, t.conversationId);
      await t.inbox.approve(t.clinicId, t.scope, t.draft.id);
    });
    const edited = await t.hold('faq', 'We open at 9.');
    await t.inScope(() => t.inbox.edit(t.clinicId, t.scope, edited.id, 'We open at 9 am, Sunday to Thursday.'));
    const rejected = await t.hold('book', 'Booked you for Sunday.');
    await t.inScope(() => t.inbox.reject(t.clinicId, t.scope, rejected.id));

    const records = (await kit.auditLog.query(t.clinicId, { action: 'conversation.', limit: 20 })).reverse();
    expect(records.map((r) => [r.action, r.actor, r.target, r.outcome, r.requestId])).toEqual([
      ['conversation.takeover', actor, `conversation:${t.conversationId}`, 'success', 'req-inbox'],
      ['conversation.hand_back', actor, `conversation:${t.conversationId}`, 'success', 'req-inbox'],
      ['conversation.draft.approve', actor, `draft:${t.draft.id}`, 'success', 'req-inbox'],
      ['conversation.draft.edit', actor, `draft:${edited.id}`, 'success', 'req-inbox'],
      ['conversation.draft.reject', actor, `draft:${rejected.id}`, 'success', 'req-inbox'],
    ]);
    expect(records.map((r) => r.detail ?? null)).toEqual([
      null,
      null,
      `conversation ${t.conversationId}, intent faq, review`,
      `conversation ${t.conversationId}, intent faq, review`,
      `conversation ${t.conversationId}, intent book, review`,
    ]);
    // What the AI wrote and what the patient got, fingerprinted (no patient conversation text in the audit log); approvals and rejections change no text.
    expect(records.map((r) => r.changes ?? null)).toEqual([
      null,
      null,
      null,
      {
        before: { length: 13, sha256: createHash('sha256').update('We open at 9.').digest('hex') },
        after: { length: 36, sha256: createHash('sha256').update('We open at 9 am, Sunday to Thursday.').digest('hex') },
      },
      null,
    ]);
  });

  it('counts an "edit" that keeps the AI\'s words (spaces aside) as sent unchanged, audited as an approval', async () => {
    const t = await setup();
    await t.inScope(async () => {
      const line = await t.inbox.edit(t.clinicId, t.scope, t.draft.id, '  Held reply \n');
      expect(line).toMatchObject({ author: 'assistant', text: 'Held reply', by: 'usr_receptionist' });
      expect((await t.store.outboxStats(t.clinicId)).byIntent).toEqual({ faq: { approved: 1 } });
    });
    const [record] = await kit.auditLog.query(t.clinicId, { action: 'conversation.draft.approve', limit: 5 });
    expect(record).toMatchObject({ target: `draft:${t.draft.id}`, outcome: 'success' });
    expect(record!.changes).toBeUndefined();
    expect(await kit.auditLog.query(t.clinicId, { action: 'conversation.draft.edit', limit: 5 })).toEqual([]);
  });

  it('reports the rate of drafts sent unchanged per intent, for its own clinic only', async () => {
    const a = await setup('flagged');
    const b = await setup('all');
    const decide = async (t: typeof a, intent: ReplyIntent, decision: 'approve' | 'edit' | 'reject') => {
      const held = await t.hold(intent, `A ${intent} reply`);
      await t.inScope(async () => {
        if (decision === 'approve') await t.inbox.approve(t.clinicId, t.scope, held.id);
        else if (decision === 'edit') await t.inbox.edit(t.clinicId, t.scope, held.id, `An edited ${intent} reply`);
        else await t.inbox.reject(t.clinicId, t.scope, held.id);
      });
    };
    // faq: the setup's draft approved, then approve, edit, reject: 2 of 4 unchanged.
    await a.inScope(() => a.inbox.approve(a.clinicId, a.scope, a.draft.id));
    await decide(a, 'faq', 'approve');
    await decide(a, 'faq', 'edit');
    await decide(a, 'faq', 'reject');
    // book: approve, reject, edit: 1 of 3 unchanged.
    await decide(a, 'book', 'approve');
    await decide(a, 'book', 'reject');
    await decide(a, 'book', 'edit');

    const ofA = await a.inScope(() => a.inbox.approvalRates(a.clinicId));
    expect(ofA.reviewSetting).toBe('flagged');
    expect([...ofA.rates].sort((x, y) => x.intent.localeCompare(y.intent))).toEqual([
      { intent: 'book', decided: 3, approvedUnchanged: 1, rate: 1 / 3 },
      { intent: 'faq', decided: 4, approvedUnchanged: 2, rate: 0.5 },
    ]);
    // Clinic b decided nothing (its own draft is still pending) and sees none of a's decisions.
    expect(await b.inScope(() => b.inbox.approvalRates(b.clinicId))).toEqual({ reviewSetting: 'all', rates: [] });
  });
});
