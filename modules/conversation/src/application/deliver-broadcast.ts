import type { ClinicId, Clock, Logger, TenantGuard } from '@frontdesk/shared-kernel';
import type { DelayedJob, DelayedJobs, PatientConsents } from '@frontdesk/scheduling';
import { BROADCAST_MESSAGES_PER_MINUTE, BROADCAST_TEMPLATE, broadcastSpacingMs } from '../domain/broadcast';
import { phoneOptOutAddress } from '../domain/opt-out';
import type { BroadcastStore } from '../ports/broadcast-store.port';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { OptOutStore } from '../ports/opt-out-store.port';
import type { OutboundQueue } from '../ports/outbound.port';
import { BROADCAST_JOB_KIND, broadcastJobId } from './broadcasts';
import { conversationIdFor } from './conversation-ids';

export interface DeliverBroadcastDeps {
  broadcasts: BroadcastStore;
  optOuts: OptOutStore;
  consents: Pick<PatientConsents, 'hasConsent'>;
  conversations: ConversationStore;
  feed: ConversationFeed;
  outbound: OutboundQueue;
  /** Where a turn the clinic's rate turned back is queued again. */
  jobs: Pick<DelayedJobs, 'schedule'>;
  guard: TenantGuard;
  clock: Clock;
  logger: Logger;
  /** Broadcast messages per minute per clinic (default BROADCAST_MESSAGES_PER_MINUTE); the same as Broadcasts'. */
  perMinute?: number;
}

/**
 * One recipient's turn of a broadcast (the `broadcast` job, at least once).
 *
 * 1. Checks, now, that the patient has not sent STOP and still has
 *    `marketing` consent; if not, the recipient is `skipped` (from `queued`)
 *    and nothing is sent.
 * 2. Claims the recipient (`queued` -> `sending`) within the clinic's rate:
 *    at most `perMinute` claims in any minute, counted in Redis when the job
 *    runs, not only planned when the broadcast was queued. Jobs are due at
 *    spaced slots, but after a worker outage every overdue job is due at once
 *    and the worker runs several together; a turn over the rate is queued
 *    again for the clinic's next free slot (a new job: the running one's id
 *    is taken), still `queued`, counted nowhere. A repeated job finds the
 *    recipient claimed and does nothing, so nobody gets a broadcast twice. A
 *    process that dies between the claim and the queueing leaves the
 *    recipient `sending`: for news, at most once is the right side to err on.
 * 3. Writes the text into the patient's WhatsApp conversation (as the staff
 *    member who sent the broadcast, so the inbox shows it) and queues the
 *    `clinic_update` template with the text as `{{1}}` through the outbound
 *    queue, like every message: retries, the provider id and delivery
 *    statuses work as for any line. SendOutbound reports `sent` or `failed`
 *    back through `recordOutcome`.
 */
export class DeliverBroadcast {
  private readonly limits: { perMinute: number; spacingMs: number };

  constructor(private readonly deps: DeliverBroadcastDeps) {
    const perMinute = deps.perMinute ?? BROADCAST_MESSAGES_PER_MINUTE;
    this.limits = { perMinute, spacingMs: broadcastSpacingMs(perMinute) };
  }

  handle = async (job: DelayedJob): Promise<void> => {
    const clinicId = job.data.clinicId as ClinicId;
    const broadcastId = job.data.broadcastId ?? '';
    const phone = job.data.phone ?? '';
    const d = this.deps;
    await d.guard.run({ clinicId, actor: { kind: 'system', id: 'broadcast' }, requestId: `broadcast:${broadcastId}` }, async () => {
      const broadcast = await d.broadcasts.get(clinicId, broadcastId);
      if (!broadcast) {
        d.logger.warn({ clinicId, broadcastId }, 'broadcast job for a broadcast that does not exist');
        return;
      }
      const [optedOut] = await d.optOuts.areOptedOut(clinicId, [phoneOptOutAddress(phone)]);
      if (optedOut || !(await d.consents.hasConsent(clinicId, phone, 'marketing'))) {
        await d.broadcasts.advance(clinicId, broadcastId, phone, ['queued'], 'skipped');
        return;
      }
      const turn = await d.broadcasts.claimTurn(clinicId, broadcastId, phone, d.clock.now(), this.limits);
      if (turn.outcome === 'not_queued') return;
      if (turn.outcome === 'throttled') {
        const deferral = Number(job.data.deferral ?? '0') + 1;
        // The id names the deferral, so a redelivery of this job queues the same follow-up, not a second one.
        await d.jobs.schedule({ kind: BROADCAST_JOB_KIND, id: broadcastJobId(clinicId, broadcastId, phone, deferral), runAt: turn.retryAt, data: { ...job.data, deferral: String(deferral) } });
        return;
      }
      const conversationId = conversationIdFor(clinicId, 'whatsapp', phone);
      const line = await d.conversations.appendLine(clinicId, conversationId, { author: 'staff', text: broadcast.text, by: broadcast.createdBy, at: d.clock.now() });
      await d.feed.publish(clinicId, { type: 'line', conversationId, line });
      await d.outbound.enqueue({
        clinicId,
        conversationId,
        channel: 'whatsapp',
        to: phone,
        lineId: line.id,
        author: 'staff',
        broadcastId,
        body: { kind: 'template', name: BROADCAST_TEMPLATE, languageCode: broadcast.language, parameters: [broadcast.text] },
      });
    });
  };

  /** SendOutbound's report for a broadcast message: counted once per recipient. Call inside the clinic's scope. */
  async recordOutcome(clinicId: ClinicId, broadcastId: string, phone: string, outcome: 'sent' | 'failed'): Promise<void> {
    await this.deps.broadcasts.advance(clinicId, broadcastId, phone, ['sending'], outcome);
  }
}
