import { z } from 'zod';

const entityId = z.string().min(1).max(64);

/** What a caller (staff, patient, agent) asks for; the application adds the clinic's rules, doctors and busy times. */
export const SlotQuerySchema = z.object({
  serviceId: entityId,
  from: z.iso.date(),
  to: z.iso.date(),
  doctorId: entityId.optional(),
  branchId: entityId.optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type SlotQuery = z.infer<typeof SlotQuerySchema>;
