import { z } from 'zod';
import type { CheckReplyInput } from './domain/check-reply';
import type { VerifiedTurn } from './domain/verified-turn';

/**
 * @frontdesk/guardrails: checks every AI draft reply against what the turn
 * verified (catalog, patient, slots, appointments, tool calls) before it
 * reaches the patient. The check is pure and synchronous; the conversation
 * pipeline records the findings and sends `outcome.reply`.
 */

export { checkReply, GUARDRAIL_MODES } from './domain/check-reply';
export type { CheckReplyInput, GuardrailMode, GuardrailOutcome } from './domain/check-reply';
export type { ReplyLanguage } from './domain/replacement-messages';
export { FINDING_KINDS } from './domain/verified-turn';
export type {
  AppointmentFact,
  CatalogBranch,
  CatalogDoctor,
  CatalogService,
  ClinicFacts,
  Finding,
  FindingKind,
  OpeningHoursEntry,
  SlotFact,
  ToolCallFact,
  VerifiedPatient,
  VerifiedTurn,
  Weekday,
} from './domain/verified-turn';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time, HH:MM');
const instant = z.iso.datetime({ offset: true });

export const verifiedTurnSchema = z.object({
  timezone: z.string().min(1),
  clinic: z.object({
    name: z.string(),
    phones: z.array(z.string()),
    hours: z.array(z.object({ day: z.enum(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']), open: hhmm, close: hhmm })),
    doctors: z.array(z.object({ name: z.string(), nameAr: z.string() })),
    branches: z.array(z.object({ name: z.string(), nameAr: z.string(), phone: z.string() })),
    services: z.array(
      z.object({ name: z.string(), nameAr: z.string(), price: z.number(), deposit: z.number(), currency: z.string().length(3) }),
    ),
  }),
  patient: z.object({ name: z.string(), phone: z.string() }).nullable(),
  lastSlots: z.array(
    z.object({ start: instant, doctor: z.string(), end: instant.optional(), branch: z.string().optional(), service: z.string().optional() }),
  ),
  appointments: z.array(
    z.object({ id: z.string(), start: instant, doctor: z.string(), service: z.string(), branch: z.string(), end: instant.optional() }),
  ),
  toolCalls: z.array(z.object({ name: z.string(), ok: z.boolean(), result: z.unknown().optional() })),
  assistantName: z.string().optional(),
}) satisfies z.ZodType<VerifiedTurn>;

export const checkReplyInputSchema = z.object({
  reply: z.string(),
  turn: verifiedTurnSchema,
  now: z.union([instant, z.date()]),
  mode: z.enum(['log', 'enforce']),
  language: z.enum(['en', 'ar']).optional(),
}) satisfies z.ZodType<CheckReplyInput>;

/** Container tokens other modules inject: ReviewReply is what the conversation pipeline calls for every draft. */
export const GUARDRAILS_PUBLIC_TOKENS = {
  ReviewReply: Symbol.for('guardrails.ReviewReply'),
} as const;
