import { ContainerModule } from 'inversify';
import { KERNEL_TOKENS, type Clock, type EventPublisher, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import type { TenancyEvents } from './index';
import { RedisClinicStore } from './adapters/redis/redis-clinic-store';
import { GetClinicProfile, ListClinics } from './application/clinic-profile';
import { RegisterClinic } from './application/register-clinic';
import { createTenancyRouters } from './api/tenancy.routers';
import type { ClinicStore } from './ports/clinic-store.port';
import { TENANCY_TOKENS as T } from './tenancy.tokens';

/** Decorator-free bindings: each factory names the tokens it needs. */
export const tenancyContainerModule = new ContainerModule(({ bind }) => {
  bind<ClinicStore>(T.ClinicStore)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisClinicStore(redis, guard), [KERNEL_TOKENS.Redis, KERNEL_TOKENS.TenantGuard])
    .inSingletonScope();
  bind<RegisterClinic>(T.RegisterClinic)
    .toResolvedValue(
      (store: ClinicStore, guard: TenantGuard, clock: Clock, events: EventPublisher<TenancyEvents>) => new RegisterClinic(store, guard, clock, events),
      [T.ClinicStore, KERNEL_TOKENS.TenantGuard, KERNEL_TOKENS.Clock, KERNEL_TOKENS.EventBus],
    )
    .inSingletonScope();
  bind<GetClinicProfile>(T.GetClinicProfile)
    .toResolvedValue((store: ClinicStore, guard: TenantGuard) => new GetClinicProfile(store, guard), [T.ClinicStore, KERNEL_TOKENS.TenantGuard])
    .inSingletonScope();
  bind<ListClinics>(T.ListClinics)
    .toResolvedValue((store: ClinicStore, guard: TenantGuard) => new ListClinics(store, guard), [T.ClinicStore, KERNEL_TOKENS.TenantGuard])
    .inSingletonScope();
  bind(T.Routers)
    .toResolvedValue(
      (getClinicProfile: GetClinicProfile, listClinics: ListClinics, registerClinic: RegisterClinic) =>
        createTenancyRouters({ getClinicProfile, listClinics, registerClinic }),
      [T.GetClinicProfile, T.ListClinics, T.RegisterClinic],
    )
    .inSingletonScope();
});
