import { z } from 'zod';

/**
 * The offline receptionist's memory of one conversation, kept under
 * `state.offline`: where the guided flow is and what it offered. JSON only.
 * A stored value that does not read as this shape (an older version, a
 * hand-edited row) starts the flow afresh rather than failing the turn.
 */

export const FLOW_STEPS = [
  'menu',
  'questions',
  'book.service',
  'book.doctor',
  'book.slot',
  'book.confirm',
  'appointments',
  'reschedule.pick',
  'reschedule.slot',
  'reschedule.confirm',
  'cancel.pick',
  'cancel.confirm',
] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

const OfferedSlotSchema = z.object({
  /** UTC instant as the tool returned it. */
  start: z.string(),
  doctorId: z.string(),
  branchId: z.string(),
  /** Clinic-local "YYYY-MM-DDTHH:MM:SS". */
  localStart: z.string(),
});
export type OfferedSlot = z.infer<typeof OfferedSlotSchema>;

const OfferedAppointmentSchema = z.object({
  id: z.string(),
  serviceId: z.string(),
  doctorId: z.string(),
  branchId: z.string().optional(),
  /** UTC instant. */
  start: z.string(),
});
export type OfferedAppointment = z.infer<typeof OfferedAppointmentSchema>;

export const FlowStateSchema = z.object({
  v: z.literal(1),
  lang: z.enum(['en', 'ar']),
  step: z.enum(FLOW_STEPS),
  serviceId: z.string().optional(),
  /** null: any doctor. */
  doctorId: z.string().nullable().optional(),
  slots: z.array(OfferedSlotSchema).optional(),
  chosen: OfferedSlotSchema.optional(),
  appointments: z.array(OfferedAppointmentSchema).optional(),
  appointmentId: z.string().optional(),
  /** The questions menu: FAQ entry ids offered after prices and hours. */
  faqIds: z.array(z.string()).optional(),
  /** A tool refused for want of a verified patient; the step resumes once `turn.patient` is set. */
  awaitingVerification: z.boolean().optional(),
});
export type FlowState = z.infer<typeof FlowStateSchema>;

/** The stored flow, or null when there is none or it does not read as one. */
export function readFlow(value: unknown): FlowState | null {
  const parsed = FlowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A copy without undefined members, so that the stored state is plain JSON. */
export function toJson(flow: FlowState): Record<string, unknown> {
  return JSON.parse(JSON.stringify(flow)) as Record<string, unknown>;
}
