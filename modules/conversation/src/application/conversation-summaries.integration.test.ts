import { afterAll, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { DelayedJob } from '@frontdesk/scheduling';
import { TranscriptSummaryWriter } from '../adapters/offline/transcript-summary-writer';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { conversationIdFor } from './conversation-ids';
import { ConversationSummaries } from './conversation-summaries';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());
const MINUTE = 60_000;
const PHONE = '+201001113355';

function setup() {
  const clinicId = uniqueClinicId('summary') as ClinicId;
  const store = new RedisConversationStore(kit.redis, kit.guard);
  const jobs: DelayedJob[] = [];
  const summaries = new ConversationSummaries({
    store,
    jobs: { schedule: async (job) => void jobs.push(job), cancel: async () => undefined },
    clock: kit.clock,
    guard: kit.guard,
    writer: new TranscriptSummaryWriter(),
  });
  const conversationId = conversationIdFor(clinicId, 'whatsapp', PHONE);
  const inScope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req' }, fn);
  const patientSays = (text: string) =>
    inScope(async () => {
      const recorded = await store.recordInbound({ clinicId, conversationId, channel: 'whatsapp', patientKey: PHONE, phone: PHONE, displayName: null, language: 'en', text, at: kit.clock.now(), historyLimit: 30 });
      await summaries.noteActivity(recorded.conversation, recorded.history);
    });
  const conversation = () => inScope(() => store.get(clinicId, conversationId));
  return { clinicId, store, jobs, summaries, patientSays, conversation, inScope };
}

describe('ConversationSummaries', () => {
  it('schedules one job per quiet period, once the patient has written twice', async () => {
    const t = setup();
    await t.patientSays('Hello');
    expect(t.jobs).toHaveLength(0);
    await t.patientSays('I want to book');
    await t.patientSays('A check-up please');
    expect(t.jobs).toHaveLength(1);
    expect(t.jobs[0]!.runAt.getTime()).toBe(kit.clock.now().getTime() + 15 * MINUTE);
    expect((await t.conversation())?.summaryDueAt?.getTime()).toBe(t.jobs[0]!.runAt.getTime());
  });

  it('waits until the conversation has been quiet for 15 minutes, then writes the summary', async () => {
    const t = setup();
    await t.patientSays('Hello');
    await t.patientSays('Do you take insurance?');
    kit.clock.advance(10 * MINUTE);
    await t.patientSays('And parking?');
    kit.clock.advance(5 * MINUTE);
    // The job is due, but the last message is only 5 minutes old: it moves itself.
    await t.summaries.handle(t.jobs[0]!);
    expect((await t.conversation())?.summary).toBeNull();
    expect(t.jobs).toHaveLength(2);
    expect(t.jobs[1]!.runAt.getTime()).toBe(kit.clock.now().getTime() + 10 * MINUTE);
    kit.clock.advance(10 * MINUTE);
    await t.summaries.handle(t.jobs[1]!);
    const done = await t.conversation();
    expect(done?.summary).toBe('The patient wrote 3 messages. Last from the patient: "And parking?"');
    expect(done?.summaryDueAt).toBeNull();
    // The next message after the summary starts a new quiet period.
    await t.patientSays('One more thing');
    expect(t.jobs).toHaveLength(3);
  });
});
