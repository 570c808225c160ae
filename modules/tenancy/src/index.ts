/** Public contracts of the tenancy module: schemas, DTOs and events other modules may use. */
import { z } from 'zod';
import { ClinicIdSchema } from '@frontdesk/shared-kernel';

export const ClinicLanguageSchema = z.enum(['en', 'ar']);

export const ClinicProfileSchema = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  defaultLanguage: ClinicLanguageSchema,
});
export type ClinicProfile = z.infer<typeof ClinicProfileSchema>;

export const RegisterClinicInputSchema = z.object({
  clinicId: ClinicIdSchema,
  name: z.string().trim().min(2, 'must have at least 2 characters').max(120, 'must have at most 120 characters'),
  timezone: z.string().min(1),
  defaultLanguage: ClinicLanguageSchema.default('en'),
});
export type RegisterClinicInput = z.input<typeof RegisterClinicInputSchema>;

/** Events the tenancy module publishes. */
export interface TenancyEvents {
  ClinicRegistered: { clinicId: string; name: string };
  [type: string]: unknown;
}
