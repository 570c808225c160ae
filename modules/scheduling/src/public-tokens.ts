/** Container tokens other modules inject (bound in scheduling.container.ts). */
export const SCHEDULING_PUBLIC_TOKENS = {
  /** SchedulingAgentTools: the conversation module's way to search, hold, book, move and cancel. */
  AgentTools: Symbol.for('scheduling.AgentTools'),
  /** AnswerReminder: a patient's "1"/"2" reply to a reminder. */
  AnswerReminder: Symbol.for('scheduling.AnswerReminder'),
  /** PatientNotifier: where reminders go out; a logging adapter until the conversation module binds its outbound port. */
  PatientNotifier: Symbol.for('scheduling.PatientNotifier'),
  /** DelayedJobs: the durable job queue (BullMQ) every process works; other modules add jobs of their own kinds and pass handlers to startSchedulingBackground. */
  DelayedJobs: Symbol.for('scheduling.DelayedJobs'),
  /** PatientConsents: consent the patient changes themselves (STOP/START) and who agreed to news (broadcasts). */
  PatientConsents: Symbol.for('scheduling.PatientConsents'),
} as const;
