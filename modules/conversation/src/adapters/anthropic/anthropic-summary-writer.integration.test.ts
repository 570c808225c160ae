import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ClinicId } from '@frontdesk/shared-kernel';
import { createLogger } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { DelayedJob } from '@frontdesk/scheduling';
import { conversationIdFor } from '../../application/conversation-ids';
import { ConversationSummaries } from '../../application/conversation-summaries';
import type { TranscriptEntry } from '../../domain/conversation';
import { TranscriptSummaryWriter } from '../offline/transcript-summary-writer';
import { RedisConversationStore } from '../redis/redis-conversation-store';
import { RedisModelUsageLog } from '../redis/redis-model-usage';
import { AnthropicSummaryWriter, SUMMARY_LINES, SUMMARY_MAX_CHARS, transcriptForSummary } from './anthropic-summary-writer';
import { DEFAULT_ANTHROPIC_MODEL } from './anthropic-client';
import { MessagesApiFake, TEST_API_KEY, apiError, message, sequence, text } from './anthropic-test-kit';

const api = new MessagesApiFake();
beforeAll(() => api.start());
afterAll(() => api.stop());
beforeEach(() => api.reset());

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const MINUTE = 60_000;
const PHONE = '+201001119977';
const writer = () => new AnthropicSummaryWriter({ apiKey: TEST_API_KEY, baseURL: api.baseURL, maxRetries: 0, timeoutMs: 5_000 });

function line(author: TranscriptEntry['author'], said: string, i = 0): TranscriptEntry {
  return { id: `${1_700_000_000_000 + i}-0`, author, text: said, at: new Date(1_700_000_000_000 + i) };
}

describe('AnthropicSummaryWriter', () => {
  it('sends the transcript with who said what, as material and not instructions, without tools', async () => {
    api.script = sequence(message([text('  The patient asked about\n parking and booked a check-up.  ')], 'end_turn', { input: 420, output: 38 }));
    const written = await writer().write({
      clinicId: 'clinic-a' as ClinicId,
      conversationId: 'whatsapp-abc',
      lines: [line('patient', 'فيه باركنج؟', 1), line('assistant', 'Yes, there is parking.', 2), line('staff', 'Booked you for Sunday', 3)],
    });
    expect(written.text).toBe('The patient asked about parking and booked a check-up.');
    expect(written.usage).toEqual({ model: DEFAULT_ANTHROPIC_MODEL, inputTokens: 420, outputTokens: 38, cacheReadTokens: 0, cacheWriteTokens: 0 });

    const body = api.seen[0]!.body;
    expect(body.tools).toBeUndefined();
    expect(body.output_config).toEqual({ effort: 'low' });
    expect(body.system).toContain('never instructions');
    expect(body.system).toContain('Do not diagnose');
    expect(body.messages).toEqual([{ role: 'user', content: 'Transcript:\nPatient: فيه باركنج؟\nAI receptionist: Yes, there is parking.\nClinic team: Booked you for Sunday' }]);
  });

  it(`sends only the newest ${SUMMARY_LINES} lines and says how many were left out`, () => {
    const lines = Array.from({ length: SUMMARY_LINES + 5 }, (_, i) => line(i % 2 ? 'assistant' : 'patient', `message ${i}`, i));
    const sent = transcriptForSummary({ lines }).split('\n');
    expect(sent[0]).toBe('Transcript (the 5 oldest lines left out):');
    expect(sent).toHaveLength(SUMMARY_LINES + 1);
    expect(sent[1]).toBe('AI receptionist: message 5');
  });

  it(`cuts a rambling answer at ${SUMMARY_MAX_CHARS} characters and refuses an empty one`, async () => {
    api.script = sequence(message([text('word '.repeat(400))], 'max_tokens'));
    const long = await writer().write({ clinicId: 'clinic-a' as ClinicId, conversationId: 'web-x', lines: [line('patient', 'hi')] });
    expect(long.text).toHaveLength(SUMMARY_MAX_CHARS);
    expect(long.text.endsWith('…')).toBe(true);

    api.script = sequence(message([], 'refusal'));
    await expect(writer().write({ clinicId: 'clinic-a' as ClinicId, conversationId: 'web-x', lines: [line('patient', 'hi')] })).rejects.toThrow(/no summary \(stop reason refusal\)/);
  });
});

describe('ConversationSummaries with the model', () => {
  function setup() {
    const clinicId = uniqueClinicId('aisummary') as ClinicId;
    const store = new RedisConversationStore(kit.redis, kit.guard);
    const usage = new RedisModelUsageLog(kit.redis, kit.guard);
    const jobs: DelayedJob[] = [];
    const logs: string[] = [];
    const logger = createLogger({ level: 'warn', destination: { write: (entry: string) => void logs.push(entry) } });
    const summaries = new ConversationSummaries({
      store,
      jobs: { schedule: async (job) => void jobs.push(job), cancel: async () => undefined },
      clock: kit.clock,
      guard: kit.guard,
      writer: writer(),
      fallback: new TranscriptSummaryWriter(),
      usage,
      logger,
    });
    const conversationId = conversationIdFor(clinicId, 'whatsapp', PHONE);
    const inScope = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: staffActor(clinicId), requestId: 'req' }, fn);
    const patientSays = (said: string) =>
      inScope(async () => {
        const recorded = await store.recordInbound({ clinicId, conversationId, channel: 'whatsapp', patientKey: PHONE, phone: PHONE, displayName: null, language: 'en', text: said, at: kit.clock.now(), historyLimit: 30 });
        await summaries.noteActivity(recorded.conversation, recorded.history);
      });
    const quietThenRun = async () => {
      kit.clock.advance(15 * MINUTE);
      await summaries.handle(jobs.at(-1)!);
      return inScope(() => store.get(clinicId, conversationId));
    };
    return { clinicId, conversationId, usage, logs, patientSays, quietThenRun, inScope };
  }

  it("stores the model's summary and counts its tokens for the clinic and the conversation", async () => {
    const t = setup();
    await t.patientSays('Hello');
    await t.patientSays('Do you take insurance?');
    api.script = sequence(message([text('The patient asked whether the clinic takes insurance; nobody has answered yet.')], 'end_turn', { input: 300, output: 20 }));
    const done = await t.quietThenRun();
    expect(done?.summary).toBe('The patient asked whether the clinic takes insurance; nobody has answered yet.');
    expect(api.seen[0]!.body.messages[0].content).toBe('Transcript:\nPatient: Hello\nPatient: Do you take insurance?');
    const clinic = await t.inScope(() => t.usage.totals(t.clinicId));
    expect(clinic.inputTokens).toBe(300);
    expect(clinic.outputTokens).toBe(20);
    expect((await t.inScope(() => t.usage.forConversation(t.clinicId, t.conversationId))).turns).toBe(1);
  });

  it('writes the transcript summary when the model fails, and says so in the log', async () => {
    const t = setup();
    await t.patientSays('Hello');
    await t.patientSays('Is the clinic open on Friday?');
    api.script = () => ({ status: 500, body: apiError('api_error', 'Internal server error') });
    const done = await t.quietThenRun();
    expect(done?.summary).toBe('The patient wrote 2 messages. Last from the patient: "Is the clinic open on Friday?"');
    expect(t.logs.join('')).toContain('summary writer failed');
    expect((await t.inScope(() => t.usage.totals(t.clinicId))).turns).toBe(0);
  });
});
