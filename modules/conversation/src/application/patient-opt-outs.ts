import { DomainError, type ClinicId, type Clock, type Logger } from '@frontdesk/shared-kernel';
import type { PatientConsents } from '@frontdesk/scheduling';
import type { Channel } from '../domain/inbound-message';
import { optOutAddress, type SubscriptionCommand } from '../domain/opt-out';
import type { OptOutStore } from '../ports/opt-out-store.port';

export interface SubscriptionRequest {
  clinicId: ClinicId;
  channel: Channel;
  /** The channel's address of the patient (WhatsApp phone, page-scoped id, web chat session). */
  sender: string;
  /** The phone Meta or the web chat's verification vouches for; null when there is none. */
  verifiedPhone: string | null;
  command: SubscriptionCommand;
  requestId: string;
}

export interface SubscriptionResult {
  /** Whether anything changed (a second STOP changes nothing). */
  changed: boolean;
  /** The opt-out address used, or undefined when there was none to keep (a web chat without a phone). */
  address: string | undefined;
}

/**
 * A patient's STOP or START, from any channel. STOP keeps an opt-out record
 * under the patient's address (the thing every broadcast checks) and, when the
 * phone is known and the clinic has a record of it, withdraws the `marketing`
 * consent through scheduling (audited, the patient as the actor). START lifts
 * the record and grants `marketing` again: the patient asked for news in so
 * many words. Neither touches reminders or the conversation itself.
 *
 * Call inside the clinic's tenant scope.
 */
export class PatientOptOuts {
  constructor(
    private readonly deps: {
      store: OptOutStore;
      consents: Pick<PatientConsents, 'setByPatient'>;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async execute(request: SubscriptionRequest): Promise<SubscriptionResult> {
    const { clinicId, channel, command } = request;
    const address = optOutAddress(channel, request.sender, request.verifiedPhone);
    let changed = false;
    if (address) {
      changed = command === 'opt_out' ? await this.deps.store.optOut(clinicId, address, { channel, at: this.deps.clock.now() }) : await this.deps.store.optIn(clinicId, address);
    }
    if (request.verifiedPhone) {
      try {
        const outcome = await this.deps.consents.setByPatient(clinicId, { phone: request.verifiedPhone, kind: 'marketing', granted: command === 'opt_in' }, request.requestId);
        changed ||= outcome === 'changed';
      } catch (error) {
        // The opt-out record above already stops broadcasts; a consent record that could not be written must not hide that.
        if (!(error instanceof DomainError)) throw error;
        this.deps.logger.warn({ clinicId, code: error.code }, 'the marketing consent could not be changed after a STOP/START');
      }
    }
    return { changed, address };
  }
}
