import { DomainError, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { interpretReminderReply, type ReminderReply } from '../domain/reminder-reply';
import type { Appointment } from '../ports/appointment-store.port';
import type { LastReminder, ReminderLedger } from '../ports/reminder-ledger.port';
import type { ChangeAppointment, ChangeResult, ChangeScope } from './change-appointment';

export type ReminderAnswerOutcome = 'confirmed' | 'cancelled' | 'not_understood' | 'nothing_to_answer' | 'too_late' | 'changed';

export interface ReminderAnswer {
  outcome: ReminderAnswerOutcome;
  /** The appointment the reply was about, when there was one. */
  appointmentId?: string;
  /** What to send back to the patient. */
  reply: { en: string; ar: string };
}

export interface AnswerReminderDeps {
  ledger: ReminderLedger;
  changes: Pick<ChangeAppointment, 'confirm' | 'cancel' | 'load'>;
}

const REPLIES: Record<ReminderAnswerOutcome | 'changed_cancelled', { en: string; ar: string }> = {
  confirmed: { en: 'Thank you, your appointment is confirmed.', ar: 'شكرًا لك، تم تأكيد موعدك.' },
  cancelled: { en: 'Your appointment has been cancelled.', ar: 'تم إلغاء موعدك.' },
  not_understood: {
    en: 'Sorry, I did not understand. Reply 1 to confirm your appointment or 2 to cancel it.',
    ar: 'عذرًا، لم أفهم ردك. أرسل 1 لتأكيد موعدك أو 2 لإلغائه.',
  },
  nothing_to_answer: {
    en: 'There is no appointment reminder waiting for your answer.',
    ar: 'لا يوجد تذكير بموعد ينتظر ردك.',
  },
  too_late: {
    en: 'It is too close to your appointment to cancel it by message. Please call the clinic.',
    ar: 'لا يمكن إلغاء الموعد برسالة لقرب موعده. يرجى الاتصال بالعيادة.',
  },
  changed: {
    en: 'Your appointment has changed since this reminder was sent, so nothing was done. Please check the latest message or contact the clinic.',
    ar: 'تغيّر موعدك بعد إرسال هذا التذكير، لذلك لم يتم أي إجراء. يرجى مراجعة أحدث رسالة أو التواصل مع العيادة.',
  },
  changed_cancelled: {
    en: 'This appointment has already been cancelled. To book again, reply here or call the clinic.',
    ar: 'تم إلغاء هذا الموعد بالفعل. لحجز موعد جديد، راسلنا هنا أو اتصل بالعيادة.',
  },
};

const DONE: Record<ReminderReply, { state: Appointment['state']; outcome: 'confirmed' | 'cancelled' }> = {
  confirm: { state: 'confirmed', outcome: 'confirmed' },
  cancel: { state: 'cancelled', outcome: 'cancelled' },
};

/**
 * A patient's answer to a reminder ("1" / "2", "تأكيد" / "إلغاء", ...). It acts
 * on the appointment named in the patient's `reminder-last` record, as the
 * patient, only while the appointment is still at the reminded version
 * (`expectedVersion`), so a reply to an old reminder cannot confirm or cancel
 * a time the patient was not reminded of.
 *
 * Idempotent: after a change the record moves to the new version, so a
 * repeated "1" finds the appointment confirmed and answers "confirmed" again
 * without a second change; a retry that raced the first one sees a newer
 * version, reads the appointment, and answers the same when it is in the
 * asked-for state at the reminded time.
 *
 * Call inside the clinic's tenant scope (the inbound message's scope).
 */
export class AnswerReminder {
  constructor(private readonly deps: AnswerReminderDeps) {}

  async execute(clinicId: ClinicId, patientRef: string, text: string, requestId: string): Promise<ReminderAnswer> {
    const last = await this.deps.ledger.readLast(clinicId, patientRef);
    if (!last) return answer('nothing_to_answer');
    const intent = interpretReminderReply(text);
    if (!intent) return answer('not_understood', last.appointmentId);
    const actor: Actor = { kind: 'patient', id: patientRef, clinicId };
    const scope: ChangeScope = { actor, requestId, patientRef, expectedVersion: last.version };
    const input = {
      appointmentId: last.appointmentId,
      idempotencyKey: `reminder-reply.${last.appointmentId}.${last.version}.${intent}`,
      reason: intent === 'cancel' ? 'cancelled by reply to reminder' : 'confirmed by reply to reminder',
    };
    let result: ChangeResult;
    try {
      result = intent === 'confirm' ? await this.deps.changes.confirm(clinicId, scope, input) : await this.deps.changes.cancel(clinicId, scope, input);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      switch (error.code) {
        case 'SCHEDULING.INSIDE_CUTOFF':
          return answer('too_late', last.appointmentId);
        case 'SCHEDULING.LINK_EXPIRED':
          return this.afterChange(clinicId, patientRef, last, intent);
        case 'SCHEDULING.APPOINTMENT_NOT_FOUND':
          return answer('changed', last.appointmentId);
        case 'SCHEDULING.INVALID_TRANSITION':
          return this.afterChange(clinicId, patientRef, last, intent);
        default:
          throw error;
      }
    }
    if (result.changed) {
      await this.deps.ledger.replaceLast(clinicId, patientRef, last, { ...last, version: result.appointment.version });
    }
    return answer(DONE[intent].outcome, last.appointmentId);
  }

  /** The appointment moved on from the reminded version: same answer if it is already as asked at the reminded time, else `changed`. */
  private async afterChange(clinicId: ClinicId, patientRef: string, last: LastReminder, intent: ReminderReply): Promise<ReminderAnswer> {
    let current: Appointment;
    try {
      current = await this.deps.changes.load(clinicId, { patientRef }, last.appointmentId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'SCHEDULING.APPOINTMENT_NOT_FOUND') return answer('changed', last.appointmentId);
      throw error;
    }
    if (current.start.toISOString() === last.start && current.state === DONE[intent].state) {
      return answer(DONE[intent].outcome, last.appointmentId);
    }
    return {
      outcome: 'changed',
      appointmentId: last.appointmentId,
      reply: current.state === 'cancelled' ? REPLIES.changed_cancelled : REPLIES.changed,
    };
  }
}

function answer(outcome: ReminderAnswerOutcome, appointmentId?: string): ReminderAnswer {
  return { outcome, ...(appointmentId ? { appointmentId } : {}), reply: REPLIES[outcome] };
}
