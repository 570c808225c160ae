import { randomUUID } from 'node:crypto';
import type { Clock } from '@frontdesk/shared-kernel';
import type { DelayedJob, DelayedJobs } from '@frontdesk/scheduling';
import type { OutboundMessage, OutboundQueue } from '../../ports/outbound.port';

/** Outbound sends are jobs of this kind on the platform's durable job queue. */
export const OUTBOUND_JOB_KIND = 'outbound';

/**
 * Queues each outbound message as a durable job due now: the webhook answers
 * at once, the send is retried with backoff, and a crash loses nothing. The
 * job id is the transcript line when there is one, so a line is queued once.
 */
export class JobsOutboundQueue implements OutboundQueue {
  constructor(
    private readonly jobs: DelayedJobs,
    private readonly clock: Clock,
  ) {}

  async enqueue(message: OutboundMessage): Promise<void> {
    const id = `${message.clinicId}.${message.conversationId}.${message.lineId ?? `notice-${randomUUID()}`}`;
    await this.jobs.schedule({ kind: OUTBOUND_JOB_KIND, id, runAt: this.clock.now(), data: { message: JSON.stringify(message) } });
  }
}

export function outboundMessageOf(job: DelayedJob): OutboundMessage {
  return JSON.parse(job.data.message ?? '{}') as OutboundMessage;
}
