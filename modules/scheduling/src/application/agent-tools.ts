import { Unauthenticated, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import type { Slot } from '../domain/slot-search';
import type { Appointment, BookResult } from '../ports/appointment-store.port';
import type { BookAppointment } from './book-appointment';
import type { ListAppointments } from './calendar';
import type { ChangeAppointment, ChangeResult } from './change-appointment';
import type { FindSlots } from './find-slots';
import type { SlotQuery } from './slot-query';
import type { AcceptOffer, JoinWaitlist, JoinWaitlistInput } from './waitlist';

/** The conversation the tools act for: its clinic, and the patient once their phone is verified. */
export interface AgentConversation {
  clinicId: ClinicId;
  conversationId: string;
  /** E.164 phone of the verified patient; absent until verification. */
  verifiedPatient?: string;
}

export interface SchedulingAgentToolsDeps {
  findSlots: FindSlots;
  book: BookAppointment;
  changes: ChangeAppointment;
  calendar: ListAppointments;
  waitlist: { join: JoinWaitlist; accept: AcceptOffer };
}

/**
 * What the AI receptionist may do with the schedule, and nothing more. Each call
 * is bound to one conversation: the clinic comes from it, never from the model,
 * and every appointment tool works only for the verified patient of that
 * conversation (another patient's appointment id is simply not found). The
 * actor is the `ai_agent` role, so the clinic's patient cutoffs apply.
 */
export class SchedulingAgentTools {
  constructor(private readonly deps: SchedulingAgentToolsDeps) {}

  forConversation(conversation: AgentConversation) {
    const { clinicId } = conversation;
    const actor: Actor = { kind: 'agent', clinicId };
    const requestId = `agent:${conversation.conversationId}`;
    // Async tools: a missing verification is a rejected promise like every other refusal.
    const patient = (): string => {
      if (!conversation.verifiedPatient) {
        throw new Unauthenticated('The patient has not verified their phone number yet', 'SCHEDULING.PATIENT_NOT_VERIFIED');
      }
      return conversation.verifiedPatient;
    };
    const scope = () => ({ actor, requestId, patientRef: patient() });
    return {
      search_slots: async (query: SlotQuery): Promise<Slot[]> => this.deps.findSlots.execute(clinicId, { ...query, limit: Math.min(query.limit ?? 20, 50) }, actor),
      hold_slot: async (input: { doctorId: string; serviceId: string; branchId?: string; start: string; idempotencyKey: string }): Promise<BookResult> =>
        this.deps.book.execute(clinicId, { ...input, patientRef: patient(), hold: { purpose: 'pending' } }, actor),
      book_appointment: async (input: { doctorId: string; serviceId: string; branchId?: string; start: string; idempotencyKey: string }): Promise<BookResult> =>
        this.deps.book.execute(clinicId, { ...input, patientRef: patient() }, actor),
      /** Turns a hold made in this conversation into a booking. */
      confirm_hold: async (input: { appointmentId: string; idempotencyKey: string }): Promise<ChangeResult> =>
        this.deps.changes.takeUpHold(clinicId, scope(), input),
      reschedule_appointment: async (input: { appointmentId: string; start: string; doctorId?: string; branchId?: string; idempotencyKey: string }): Promise<ChangeResult> =>
        this.deps.changes.reschedule(clinicId, scope(), input),
      cancel_appointment: async (input: { appointmentId: string; idempotencyKey: string; reason?: string }): Promise<ChangeResult> =>
        this.deps.changes.cancel(clinicId, scope(), input),
      join_waitlist: async (input: Omit<JoinWaitlistInput, 'patientRef'>) => this.deps.waitlist.join.execute(clinicId, scope(), input),
      accept_waitlist_offer: async (input: { entryId: string }) => this.deps.waitlist.accept.execute(clinicId, scope(), input),
      my_appointments: async (): Promise<Appointment[]> => this.deps.calendar.upcomingFor(clinicId, patient()),
    };
  }
}

export type SchedulingToolSet = ReturnType<SchedulingAgentTools['forConversation']>;
