import type { ClinicId, Clock, Logger, TenantGuard } from '@frontdesk/shared-kernel';
import type { DelayedJob, PatientConsents } from '@frontdesk/scheduling';
import { BROADCAST_TEMPLATE } from '../domain/broadcast';
import { phoneOptOutAddress } from '../domain/opt-out';
import type { BroadcastStore } from '../ports/broadcast-store.port';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { OptOutStore } from '../ports/opt-out-store.port';
import type { OutboundQueue } from '../ports/outbound.port';
import { conversationIdFor } from './conversation-ids';

export interface DeliverBroadcastDeps {
  broadcasts: BroadcastStore;
  optOuts: OptOutStore;
  consents: Pick<PatientConsents, 'hasConsent'>;
  conversations: ConversationStore;
  feed: ConversationFeed;
  outbound: OutboundQueue;
  guard: TenantGuard;
  clock: Clock;
  logger: Logger;
}

/**
 * One recipient's turn of a broadcast (the `broadcast` job, at least once).
 *
 * 1. Claims the recipient (`queued` -> `sending`); a repeated job finds it
 *    claimed and does nothing, so nobody gets a broadcast twice. A process
 *    that dies between the claim and the queueing leaves the recipient
 *    `sending`: for news, at most once is the right side to err on.
 * 2. Checks again, now, that the patient has not sent STOP and still has
 *    `marketing` consent; if not, the recipient is `skipped` and nothing is sent.
 * 3. Writes the text into the patient's WhatsApp conversation (as the staff
 *    member who sent the broadcast, so the inbox shows it) and queues the
 *    `clinic_update` template with the text as `{{1}}` through the outbound
 *    queue, like every message: retries, the provider id and delivery
 *    statuses work as for any line. SendOutbound reports `sent` or `failed`
 *    back through `recordOutcome`.
 */
export class DeliverBroadcast {
  constructor(private readonly deps: DeliverBroadcastDeps) {}

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
      if (!(await d.broadcasts.advance(clinicId, broadcastId, phone, ['queued'], 'sending'))) return;
      const [optedOut] = await d.optOuts.areOptedOut(clinicId, [phoneOptOutAddress(phone)]);
      if (optedOut || !(await d.consents.hasConsent(clinicId, phone, 'marketing'))) {
        await d.broadcasts.advance(clinicId, broadcastId, phone, ['sending'], 'skipped');
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
