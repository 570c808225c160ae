import type { ClinicId, Clock, Logger, TenantGuard } from '@frontdesk/shared-kernel';
import type { DelayedJob, DelayedJobs } from '@frontdesk/scheduling';
import type { Conversation, TranscriptEntry } from '../domain/conversation';
import { QUIET_MINUTES } from '../domain/summary';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { ModelUsageLog } from '../ports/model-usage.port';
import type { SummaryRequest, SummaryWriter, WrittenSummary } from '../ports/summary-writer.port';

/** Summary jobs are this kind on the platform's durable job queue. */
export const SUMMARY_JOB_KIND = 'conversation-summary';

const QUIET_MS = QUIET_MINUTES * 60_000;
/** A one-message conversation needs no summary: its preview says it all. */
const MIN_PATIENT_MESSAGES = 2;
/** The transcript lines a summary is written from. */
const SUMMARY_HISTORY = 200;

export interface ConversationSummariesDeps {
  store: ConversationStore;
  jobs: DelayedJobs;
  clock: Clock;
  guard: TenantGuard;
  /** Anthropic when configured, else the transcript-only writer. */
  writer: SummaryWriter;
  /** Used when `writer` fails, so a summary is always written. */
  fallback?: SummaryWriter;
  usage?: ModelUsageLog;
  logger?: Logger;
}

/**
 * Writes a conversation's summary once it has been quiet for QUIET_MINUTES.
 * One durable job per quiet period: the pipeline schedules it only when none
 * is pending, and the job, finding the patient still writing, moves itself
 * to the new quiet time instead of summarising too early.
 */
export class ConversationSummaries {
  constructor(private readonly deps: ConversationSummariesDeps) {}

  /** Called with every stored patient message; costs nothing while a summary job is pending. */
  async noteActivity(conversation: Conversation, history: readonly TranscriptEntry[]): Promise<void> {
    const now = this.deps.clock.now();
    if (conversation.summaryDueAt && conversation.summaryDueAt > now) return;
    if (history.filter((line) => line.author === 'patient').length < MIN_PATIENT_MESSAGES) return;
    await this.schedule(conversation.clinicId, conversation.id, new Date(now.getTime() + QUIET_MS));
  }

  handle = async (job: DelayedJob): Promise<void> => {
    const clinicId = job.data.clinicId as ClinicId;
    const conversationId = job.data.conversationId!;
    await this.deps.guard.run({ clinicId, actor: { kind: 'system', id: 'conversation-summary' }, requestId: `summary:${conversationId}` }, async () => {
      const conversation = await this.deps.store.get(clinicId, conversationId);
      if (!conversation) return;
      const quietSince = conversation.lastMessageAt.getTime();
      if (quietSince + QUIET_MS > this.deps.clock.now().getTime()) {
        // Still talking: come back once this latest message has been quiet long enough.
        await this.schedule(clinicId, conversationId, new Date(quietSince + QUIET_MS));
        return;
      }
      const lines = await this.deps.store.history(clinicId, conversationId, SUMMARY_HISTORY);
      const summary = await this.write({ clinicId, conversationId, lines });
      if (summary.usage) await this.deps.usage?.record(clinicId, conversationId, summary.usage);
      await this.deps.store.setSummary(clinicId, conversationId, summary.text);
    });
  };

  private async write(request: SummaryRequest): Promise<WrittenSummary> {
    const { writer, fallback, logger } = this.deps;
    if (!fallback) return writer.write(request);
    try {
      return await writer.write(request);
    } catch (error) {
      logger?.warn({ err: error, clinicId: request.clinicId, conversationId: request.conversationId, writer: writer.name }, 'summary writer failed; the transcript summary was written instead');
      return fallback.write(request);
    }
  }

  private async schedule(clinicId: ClinicId, conversationId: string, runAt: Date): Promise<void> {
    await this.deps.jobs.schedule({ kind: SUMMARY_JOB_KIND, id: `${clinicId}.${conversationId}.${runAt.getTime()}`, runAt, data: { clinicId, conversationId } });
    await this.deps.store.setSummaryDue(clinicId, conversationId, runAt);
  }
}
