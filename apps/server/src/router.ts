import type { Container } from 'inversify';
import { publicProcedure, router } from '@frontdesk/shared-kernel';
import { GUARDRAILS_TOKENS, type GuardrailsRouters } from '@frontdesk/guardrails/server';
import { IDENTITY_TOKENS, type IdentityRouters } from '@frontdesk/identity/server';
import { SCHEDULING_TOKENS, type SchedulingRouters } from '@frontdesk/scheduling/server';
import { TENANCY_TOKENS, type TenancyRouters } from '@frontdesk/tenancy/server';
import { CONVERSATION_TOKENS, type ConversationRouters } from '@frontdesk/conversation/server';
import { VERSION } from './version';

/**
 * The AppRouter: one tree split by audience. Each module's router for a
 * surface is nested under the module's name inside that surface.
 */
export function buildAppRouter(container: Container) {
  const tenancy = container.get<TenancyRouters>(TENANCY_TOKENS.Routers);
  const identity = container.get<IdentityRouters>(IDENTITY_TOKENS.Routers);
  const guardrails = container.get<GuardrailsRouters>(GUARDRAILS_TOKENS.Routers);
  const scheduling = container.get<SchedulingRouters>(SCHEDULING_TOKENS.Routers);
  const conversation = container.get<ConversationRouters>(CONVERSATION_TOKENS.Routers);
  return router({
    public: router({
      health: publicProcedure.query(() => ({
        status: 'ok' as const,
        service: 'frontdesk' as const,
        version: VERSION,
        time: new Date().toISOString(),
      })),
      tenancy: tenancy.public,
      identity: identity.public,
      scheduling: scheduling.public,
      conversation: conversation.public,
    }),
    staff: router({ tenancy: tenancy.staff, identity: identity.staff, guardrails: guardrails.staff, scheduling: scheduling.staff, conversation: conversation.staff }),
    patient: router({ scheduling: scheduling.patient }),
    admin: router({ tenancy: tenancy.admin, identity: identity.admin }),
  });
}

export type AppRouter = ReturnType<typeof buildAppRouter>;
