import type { Container } from 'inversify';
import { publicProcedure, router } from '@frontdesk/shared-kernel';
import { TENANCY_TOKENS, type TenancyRouters } from '@frontdesk/tenancy/server';
import { VERSION } from './version';

/**
 * The AppRouter: one tree split by audience. Each module's router for a
 * surface is nested under the module's name inside that surface.
 */
export function buildAppRouter(container: Container) {
  const tenancy = container.get<TenancyRouters>(TENANCY_TOKENS.Routers);
  return router({
    public: router({
      health: publicProcedure.query(() => ({
        status: 'ok' as const,
        service: 'frontdesk' as const,
        version: VERSION,
        time: new Date().toISOString(),
      })),
      tenancy: tenancy.public,
    }),
    staff: router({ tenancy: tenancy.staff }),
    patient: router({}),
    admin: router({ tenancy: tenancy.admin }),
  });
}

export type AppRouter = ReturnType<typeof buildAppRouter>;
