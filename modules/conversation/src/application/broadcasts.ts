import { randomBytes } from 'node:crypto';
import { PreconditionFailed, type Actor, type AuditLog, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import type { DelayedJobs, PatientConsents } from '@frontdesk/scheduling';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { broadcastSpacingMs, sendTimes, validateBroadcastText, type Broadcast } from '../domain/broadcast';
import { languageOf } from '../domain/conversation';
import type { PatientLanguage } from '../domain/language';
import { phoneOptOutAddress } from '../domain/opt-out';
import type { BroadcastStore } from '../ports/broadcast-store.port';
import type { OptOutStore } from '../ports/opt-out-store.port';
import type { WhatsAppNumbers } from '../ports/whatsapp-numbers.port';

/** One durable job per recipient, of this kind, due at the recipient's slot. */
export const BROADCAST_JOB_KIND = 'broadcast';

/** The id of a recipient's job; the n-th `deferral` is the job queued again when the clinic's rate turned the turn back. */
export function broadcastJobId(clinicId: ClinicId, broadcastId: string, phone: string, deferral = 0): string {
  const id = `${clinicId}.${broadcastId}.${phone.replace(/^\+/, '')}`;
  return deferral === 0 ? id : `${id}.d${deferral}`;
}

/** How many job adds run at once while a broadcast is queued. */
const SCHEDULE_CONCURRENCY = 50;

export interface BroadcastsDeps {
  store: BroadcastStore;
  optOuts: OptOutStore;
  consents: Pick<PatientConsents, 'phonesWithConsent'>;
  numbers: Pick<WhatsAppNumbers, 'numberOf'>;
  jobs: DelayedJobs;
  catalog: { getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> };
  audit: AuditLog;
  clock: Clock;
  /** Broadcast messages per minute per clinic (default BROADCAST_MESSAGES_PER_MINUTE). */
  perMinute?: number;
}

export interface BroadcastScope {
  actor: Extract<Actor, { kind: 'staff' }>;
  requestId: string;
}

export interface BroadcastAudience {
  /** Patients the next broadcast would go to. */
  recipients: number;
  /** Patients who agreed to news but sent STOP since: left out. */
  optedOut: number;
}

/**
 * Staff broadcasts (`broadcast.send`: owners and receptionists). A broadcast
 * goes to the clinic's patients with `marketing` consent who have not sent
 * STOP, on WhatsApp, as the approved template `clinic_update` (templates may
 * go out after the 24-hour window). Each recipient is a durable job due at
 * its own slot of the clinic's throttle; the job checks the opt-out and the
 * consent again when it runs (DeliverBroadcast).
 *
 * Call inside the clinic's tenant scope.
 */
export class Broadcasts {
  private readonly spacingMs: number;

  constructor(private readonly deps: BroadcastsDeps) {
    this.spacingMs = broadcastSpacingMs(deps.perMinute);
  }

  /** How many patients a broadcast sent now would go to (for the preview), and how many STOPs leave out. */
  async audience(clinicId: ClinicId): Promise<BroadcastAudience> {
    const { recipients, optedOut } = await this.recipients(clinicId);
    return { recipients: recipients.length, optedOut };
  }

  async create(clinicId: ClinicId, scope: BroadcastScope, input: { text: string; language?: PatientLanguage | undefined }): Promise<Broadcast> {
    const d = this.deps;
    const text = validateBroadcastText(input.text);
    if (!(await d.numbers.numberOf(clinicId))) {
      throw new PreconditionFailed(
        'CONVERSATION.BROADCAST_NO_WHATSAPP',
        'Broadcasts go out on WhatsApp, and this clinic has no WhatsApp number connected yet. An owner can connect it in Settings, under WhatsApp number.',
      );
    }
    const { recipients } = await this.recipients(clinicId);
    if (recipients.length === 0) {
      throw new PreconditionFailed(
        'CONVERSATION.BROADCAST_NO_AUDIENCE',
        "Nobody would receive this broadcast: no patient has agreed to news, or everyone who did has replied STOP. Record a patient's agreement on their page, under Consent, \"Offers and news\".",
      );
    }
    const language = input.language ?? languageOf(text, await this.clinicLanguage(clinicId));
    const broadcast = await d.store.create(
      clinicId,
      { id: `brd_${randomBytes(9).toString('base64url')}`, text, language, createdBy: scope.actor.id, createdAt: d.clock.now(), recipients },
      this.spacingMs,
    );
    const times = sendTimes(broadcast.firstSendAt, recipients.length, this.spacingMs);
    for (let i = 0; i < recipients.length; i += SCHEDULE_CONCURRENCY) {
      await Promise.all(
        recipients.slice(i, i + SCHEDULE_CONCURRENCY).map((phone, j) =>
          d.jobs.schedule({
            kind: BROADCAST_JOB_KIND,
            id: broadcastJobId(clinicId, broadcast.id, phone),
            runAt: times[i + j]!,
            data: { clinicId, broadcastId: broadcast.id, phone },
          }),
        ),
      );
    }
    await d.audit.append({
      actor: `staff:${scope.actor.id}`,
      action: 'conversation.broadcast.create',
      target: `broadcast:${broadcast.id}`,
      clinicId,
      at: d.clock.now(),
      outcome: 'success',
      requestId: scope.requestId,
      detail: `${recipients.length} recipients, ${[...text].length} characters, language ${language}, from ${broadcast.firstSendAt.toISOString()} to ${broadcast.lastSendAt.toISOString()}`,
    });
    return broadcast;
  }

  list(clinicId: ClinicId, limit: number): Promise<Broadcast[]> {
    return this.deps.store.list(clinicId, limit);
  }

  private async recipients(clinicId: ClinicId): Promise<{ recipients: string[]; optedOut: number }> {
    const phones = await this.deps.consents.phonesWithConsent(clinicId, 'marketing');
    const optedOut = await this.deps.optOuts.areOptedOut(clinicId, phones.map(phoneOptOutAddress));
    const recipients = phones.filter((_, i) => !optedOut[i]);
    return { recipients, optedOut: phones.length - recipients.length };
  }

  private async clinicLanguage(clinicId: ClinicId): Promise<PatientLanguage> {
    return (await this.deps.catalog.getCatalog(clinicId)).profile.defaultLanguage === 'en' ? 'en' : 'ar';
  }
}
