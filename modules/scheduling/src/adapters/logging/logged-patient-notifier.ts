import { maskPhonesInText, type Logger } from '@frontdesk/shared-kernel';
import type { PatientNotifier, ReminderMessage, WaitlistOfferMessage } from '../../ports/patient-notifier.port';

/**
 * Stand-in until the conversation module's outbound port exists: logs each
 * reminder instead of sending it. The patient is logged masked (a phone keeps
 * its last 3 digits); the kernel logger scrubs phones again, but this adapter
 * does not rely on being given that logger.
 */
export class LoggedPatientNotifier implements PatientNotifier {
  constructor(private readonly logger: Logger) {}

  async sendReminder(message: ReminderMessage): Promise<void> {
    this.logger.info(
      {
        event: 'reminder_outbound',
        clinicId: message.clinicId,
        patient: maskPhonesInText(message.patientRef),
        appointmentId: message.appointmentId,
        start: message.start,
        offsetMinutes: message.offsetMinutes,
        version: message.version,
        state: message.state,
      },
      'appointment reminder (not sent: no outbound channel yet)',
    );
  }

  async sendWaitlistOffer(message: WaitlistOfferMessage): Promise<void> {
    this.logger.info(
      {
        event: 'waitlist_offer_outbound',
        clinicId: message.clinicId,
        patient: maskPhonesInText(message.patientRef),
        entryId: message.entryId,
        appointmentId: message.appointmentId,
        start: message.start,
        holdUntil: message.holdUntil,
      },
      'waitlist offer (not sent: no outbound channel yet)',
    );
  }
}
