import { z } from 'zod';
import { InvalidInput } from '@frontdesk/shared-kernel';
import { CONSENT_KINDS, PATIENT_LANGUAGES } from '../domain/patient';

/**
 * Input shapes of the patient use cases (the router uses the same schemas).
 * They check types and refuse absurd sizes; the domain rules then give the
 * precise, owner-readable message (lengths, blank names, phone validity).
 */

const MAX_RAW = 20_000;

export const PatientPhoneSchema = z
  .string({ error: 'must be a phone number as text' })
  .min(1, 'type the patient phone number')
  .max(40, 'is too long for a phone number');

export const PatientRefInputSchema = z.object({ phone: PatientPhoneSchema });
export type PatientRefInput = z.infer<typeof PatientRefInputSchema>;

export const UpsertPatientInputSchema = z.object({
  phone: PatientPhoneSchema,
  /** Required when the record does not exist yet. */
  name: z.string({ error: 'must be text' }).max(1_000, 'is far too long for a name').optional(),
  language: z.enum(PATIENT_LANGUAGES, { error: 'use "ar" (Arabic) or "en" (English)' }).optional(),
  intakeSummary: z.string({ error: 'must be text' }).max(MAX_RAW, 'is far too long').optional(),
});
export type UpsertPatientInput = z.infer<typeof UpsertPatientInputSchema>;

export const MAX_SEARCH_RESULTS = 50;
export const DEFAULT_SEARCH_RESULTS = 20;

export const SearchPatientsInputSchema = z.object({
  /** A name (any words, Arabic or Latin) or a phone number or part of one. */
  query: z.string({ error: 'must be text' }).min(1, 'type a name or a phone number').max(100, 'is too long for a search'),
  limit: z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_SEARCH_RESULTS, `must be at most ${MAX_SEARCH_RESULTS}`)
    .optional(),
});
export type SearchPatientsInput = z.infer<typeof SearchPatientsInputSchema>;

export const UpdateAllergiesInputSchema = z.object({
  phone: PatientPhoneSchema,
  /** The whole list, as it should be now (an empty list clears it). */
  allergies: z.array(z.string({ error: 'each allergy must be text' }).max(1_000, 'is far too long'), { error: 'must be a list' }).max(200, 'is far too long a list'),
});
export type UpdateAllergiesInput = z.infer<typeof UpdateAllergiesInputSchema>;

export const AddClinicalNoteInputSchema = z.object({
  phone: PatientPhoneSchema,
  text: z.string({ error: 'must be text' }).max(MAX_RAW, 'is far too long'),
});
export type AddClinicalNoteInput = z.infer<typeof AddClinicalNoteInputSchema>;

export const SetConsentInputSchema = z.object({
  phone: PatientPhoneSchema,
  kind: z.enum(CONSENT_KINDS, { error: `use one of ${CONSENT_KINDS.join(', ')}` }),
  granted: z.boolean({ error: 'must be true or false' }),
});
export type SetConsentInput = z.infer<typeof SetConsentInputSchema>;

export const RecordNoShowInputSchema = z.object({
  phone: PatientPhoneSchema,
  /** Counted once per appointment when given. */
  appointmentId: z.string().regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, 'must be an appointment id').optional(),
});
export type RecordNoShowInput = z.infer<typeof RecordNoShowInputSchema>;

/** Shape check for callers that do not come through the router; the first issue names the field. */
export function parsePatientInput<S extends z.ZodType>(schema: S, raw: unknown, code: string): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new InvalidInput(code, `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid input'}`, { field });
}
