import { z } from 'zod';
import { router, staffAction } from '@frontdesk/shared-kernel';
import type { GuardrailSummary } from '../application/review-reply';

export function createGuardrailsRouters(useCases: { summary: GuardrailSummary }) {
  return {
    staff: router({
      /** AI replies that were flagged, for the owner who tunes the assistant. */
      summary: staffAction('ai_settings.edit')
        .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }).default({ limit: 50 }))
        .query(({ ctx, input }) => useCases.summary.execute(ctx.clinicId, input.limit)),
    }),
  };
}

export type GuardrailsRouters = ReturnType<typeof createGuardrailsRouters>;
