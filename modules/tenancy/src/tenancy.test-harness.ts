/**
 * For this module's tests only (not exported): the module wired exactly as the
 * server wires it, on the test kit's Redis, guard and audit log, with a caller
 * shaped like the AppRouter (`public.tenancy.*`, `staff.tenancy.*`, `admin.tenancy.*`).
 * It takes the kit as an argument because only *.test.ts files may import the
 * kernel's testing entry.
 */
import { Container } from 'inversify';
import {
  createCallerFactory,
  EventBus,
  KERNEL_TOKENS,
  RandomIdGenerator,
  router,
  silentLogger,
  type Actor,
  type AuditLog,
  type Clock,
  type DomainEvent,
  type HttpExchange,
  type TenantGuard,
} from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { TenancyEvents } from './index';
import type { TenancyRouters } from './api/tenancy.routers';
import { tenancyContainerModule } from './tenancy.container';
import { TENANCY_TOKENS } from './tenancy.tokens';

export interface HarnessKit {
  redis: RedisClient;
  guard: TenantGuard;
  auditLog: AuditLog;
  clock: Clock;
}

const EVENT_TYPES = ['ClinicRegistered', 'CatalogChanged', 'ClinicSuspended', 'ClinicResumed'] as const;

export function createTenancyHarness(kit: HarnessKit, http: () => HttpExchange) {
  const logger = silentLogger();
  const bus = new EventBus<TenancyEvents>(logger);
  const published: DomainEvent[] = [];
  for (const type of EVENT_TYPES) bus.subscribe(type, (event) => void published.push(event));

  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(KERNEL_TOKENS.Redis).toConstantValue(kit.redis);
  container.bind(KERNEL_TOKENS.Logger).toConstantValue(logger);
  container.bind(KERNEL_TOKENS.Clock).toConstantValue(kit.clock);
  container.bind(KERNEL_TOKENS.IdGenerator).toConstantValue(new RandomIdGenerator());
  container.bind(KERNEL_TOKENS.AuditLog).toConstantValue(kit.auditLog);
  container.bind(KERNEL_TOKENS.TenantGuard).toConstantValue(kit.guard);
  container.bind(KERNEL_TOKENS.EventBus).toConstantValue(bus);
  container.load(tenancyContainerModule);

  const tenancy = container.get<TenancyRouters>(TENANCY_TOKENS.Routers);
  const appRouter = router({
    public: router({ tenancy: tenancy.public }),
    staff: router({ tenancy: tenancy.staff }),
    admin: router({ tenancy: tenancy.admin }),
  });
  const createCaller = createCallerFactory(appRouter);
  let requests = 0;

  return {
    container,
    bus,
    /** Every event published since the harness was made, in order. */
    published,
    appRouter,
    /** A caller acting as `actor`, with a fresh request id unless one is given. */
    as(actor: Actor, requestId = `req-${++requests}-${Date.now()}`) {
      return createCaller({ requestId, actor, http: http(), guard: kit.guard, logger, production: false });
    },
  };
}

export type TenancyHarness = ReturnType<typeof createTenancyHarness>;
