/**
 * @frontdesk/scheduling public contracts: domain types, the zod schemas that
 * check the same shapes at the edges (contracts.ts), the domain events, and
 * the agent's tool set type. The composition root uses ./server.
 */

export {
  APPOINTMENT_STATES,
  APPOINTMENT_TRANSITIONS,
  SLOT_OCCUPYING_STATES,
  canTransition,
  isAppointmentState,
  isTerminal,
  occupiesSlot,
  transition,
  type AppointmentState,
} from './domain/appointment-state';
export {
  WEEKDAYS,
  type AvailabilityException,
  type BranchHours,
  type DoctorAvailability,
  type Holiday,
  type TimeRange,
  type Weekday,
  type WeeklyHours,
} from './domain/availability';
export { MAX_SEARCH_DAYS, searchSlots, type BusyInterval, type Slot, type SlotSearchRequest } from './domain/slot-search';
export { BookAppointmentInputSchema, type BookAppointmentInput } from './application/book-appointment';
export type { Appointment, HoldPurpose } from './ports/appointment-store.port';
export type { DelayedJob, DelayedJobHandler, DelayedJobRun, DelayedJobs } from './ports/delayed-jobs.port';
export type { PatientNotifier, ReminderMessage, WaitlistOfferMessage } from './ports/patient-notifier.port';
export type { AppointmentFacts, SchedulingEvents } from './domain/events';
export { DEFAULT_SCHEDULING_SETTINGS, type SchedulingSettings } from './domain/scheduling-settings';
export type { AgentConversation, SchedulingToolSet } from './application/agent-tools';
export type { AppointmentView } from './api/scheduling.routers';

export { SlotQuerySchema, type SlotQuery } from './application/slot-query';
export * from './contracts';
export { SCHEDULING_PUBLIC_TOKENS } from './public-tokens';
export type { PatientConsentOutcome, PatientConsents } from './application/patient-consents';
export { normalizePhone } from './application/phone';
export { interpretReminderReply } from './domain/reminder-reply';
export {
  AddClinicalNoteInputSchema,
  SearchPatientsInputSchema,
  SetConsentInputSchema,
  UpdateAllergiesInputSchema,
  UpsertPatientInputSchema,
} from './application/patient-inputs';
export { CONSENT_KINDS, PATIENT_LANGUAGES, type ConsentKind, type PatientLanguage, type PatientSummary, type PatientView } from './domain/patient';
export { WAITLIST_STATUSES, type WaitlistEntry, type WaitlistOffer, type WaitlistStatus } from './domain/waitlist';
export { JoinWaitlistInputSchema, WaitlistEntryInputSchema, type JoinWaitlistInput } from './application/waitlist';
