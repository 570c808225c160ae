import { ContainerModule } from 'inversify';
import {
  KERNEL_TOKENS,
  type AuditLog,
  type Clock,
  type EventPublisher,
  type IdGenerator,
  type Logger,
  type TenantGuard,
} from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { TENANCY_PUBLIC_TOKENS, type ClinicCatalog, type TenancyEvents } from './index';
import { RedisCatalogChanges } from './adapters/redis/redis-catalog-changes';
import { RedisCatalogStore } from './adapters/redis/redis-catalog-store';
import { RedisClinicStore } from './adapters/redis/redis-clinic-store';
import { CatalogEditor } from './application/catalog-editor';
import { GetClinicProfile } from './application/clinic-profile';
import { CreateCatalogEntry } from './application/create-catalog-entry';
import { DeleteCatalogEntry } from './application/delete-catalog-entry';
import { ListClinics } from './application/list-clinics';
import { OperatorClinicCatalog } from './application/operator-clinic-catalog';
import { ReadClinicCatalog } from './application/read-clinic-catalog';
import { RegisterClinic } from './application/register-clinic';
import { ResumeClinic } from './application/resume-clinic';
import { SuspendClinic } from './application/suspend-clinic';
import { UpdateAiSettings } from './application/update-ai-settings';
import { UpdateCatalogEntry } from './application/update-catalog-entry';
import { UpdateClinicProfile } from './application/update-profile';
import { createTenancyRouters, type EntryUseCases } from './api/tenancy.routers';
import { BRANCHES, DOCTORS, FAQ, SERVICES, type EntryCollection, type EntryKind } from './domain/entries';
import type { CatalogStore } from './ports/catalog-store.port';
import type { ClinicStore } from './ports/clinic-store.port';
import { TENANCY_TOKENS as T } from './tenancy.tokens';

const K = KERNEL_TOKENS;

/** Decorator-free bindings: each factory names the tokens it needs. */
export const tenancyContainerModule = new ContainerModule(({ bind }) => {
  // Adapters
  bind<ClinicStore>(T.ClinicStore)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisClinicStore(redis, guard), [K.Redis, K.TenantGuard])
    .inSingletonScope();
  bind<CatalogStore>(T.CatalogStore)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisCatalogStore(redis, guard), [K.Redis, K.TenantGuard])
    .inSingletonScope();
  // One per process: announces this process's writes and hears every process's (README, "Catalog caches").
  bind<RedisCatalogChanges>(TENANCY_PUBLIC_TOKENS.CatalogChanges)
    .toResolvedValue((redis: RedisClient, logger: Logger) => new RedisCatalogChanges(redis, logger), [K.Redis, K.Logger])
    .inSingletonScope();
  bind<CatalogEditor>(T.CatalogEditor)
    .toResolvedValue(
      (store: CatalogStore, auditLog: AuditLog, events: EventPublisher<TenancyEvents>, clock: Clock, changes: RedisCatalogChanges) =>
        new CatalogEditor(store, auditLog, events, clock, changes),
      [T.CatalogStore, K.AuditLog, K.EventBus, K.Clock, TENANCY_PUBLIC_TOKENS.CatalogChanges],
    )
    .inSingletonScope();

  // Use cases: clinics
  bind<RegisterClinic>(T.RegisterClinic)
    .toResolvedValue(
      (store: ClinicStore, guard: TenantGuard, clock: Clock, events: EventPublisher<TenancyEvents>, auditLog: AuditLog) =>
        new RegisterClinic(store, guard, clock, events, auditLog),
      [T.ClinicStore, K.TenantGuard, K.Clock, K.EventBus, K.AuditLog],
    )
    .inSingletonScope();
  bind<GetClinicProfile>(T.GetClinicProfile)
    .toResolvedValue((store: ClinicStore, guard: TenantGuard) => new GetClinicProfile(store, guard), [T.ClinicStore, K.TenantGuard])
    .inSingletonScope();
  bind<ListClinics>(T.ListClinics)
    .toResolvedValue((store: ClinicStore, guard: TenantGuard) => new ListClinics(store, guard), [T.ClinicStore, K.TenantGuard])
    .inSingletonScope();
  bind<ClinicCatalog>(T.ClinicCatalog)
    .toResolvedValue(
      (catalogs: CatalogStore, clinics: ClinicStore, guard: TenantGuard) => new ReadClinicCatalog(catalogs, clinics, guard),
      [T.CatalogStore, T.ClinicStore, K.TenantGuard],
    )
    .inSingletonScope();
  bind<SuspendClinic>(T.SuspendClinic)
    .toResolvedValue(
      (editor: CatalogEditor, guard: TenantGuard, clock: Clock) => new SuspendClinic(editor, guard, clock),
      [T.CatalogEditor, K.TenantGuard, K.Clock],
    )
    .inSingletonScope();
  bind<ResumeClinic>(T.ResumeClinic)
    .toResolvedValue(
      (editor: CatalogEditor, guard: TenantGuard, clock: Clock) => new ResumeClinic(editor, guard, clock),
      [T.CatalogEditor, K.TenantGuard, K.Clock],
    )
    .inSingletonScope();
  bind<OperatorClinicCatalog>(T.OperatorClinicCatalog)
    .toResolvedValue(
      (catalogs: CatalogStore, guard: TenantGuard, auditLog: AuditLog, clock: Clock) => new OperatorClinicCatalog(catalogs, guard, auditLog, clock),
      [T.CatalogStore, K.TenantGuard, K.AuditLog, K.Clock],
    )
    .inSingletonScope();

  // Use cases: the catalog
  bind<UpdateClinicProfile>(T.UpdateClinicProfile)
    .toResolvedValue((editor: CatalogEditor) => new UpdateClinicProfile(editor), [T.CatalogEditor])
    .inSingletonScope();
  bind<UpdateAiSettings>(T.UpdateAiSettings)
    .toResolvedValue((editor: CatalogEditor) => new UpdateAiSettings(editor), [T.CatalogEditor])
    .inSingletonScope();
  /** create / update / delete of one kind of entry, and the three together for the router. */
  const entryBindings = <C extends EntryCollection>(
    kind: EntryKind<C>,
    tokens: { create: symbol; update: symbol; delete: symbol; all: symbol },
  ) => {
    bind<CreateCatalogEntry<C>>(tokens.create)
      .toResolvedValue((editor: CatalogEditor, ids: IdGenerator) => new CreateCatalogEntry(kind, editor, ids), [T.CatalogEditor, K.IdGenerator])
      .inSingletonScope();
    bind<UpdateCatalogEntry<C>>(tokens.update)
      .toResolvedValue((editor: CatalogEditor) => new UpdateCatalogEntry(kind, editor), [T.CatalogEditor])
      .inSingletonScope();
    bind<DeleteCatalogEntry<C>>(tokens.delete)
      .toResolvedValue((editor: CatalogEditor) => new DeleteCatalogEntry(kind, editor), [T.CatalogEditor])
      .inSingletonScope();
    bind<EntryUseCases<C>>(tokens.all)
      .toResolvedValue(
        (create: CreateCatalogEntry<C>, update: UpdateCatalogEntry<C>, remove: DeleteCatalogEntry<C>) => ({ create, update, delete: remove }),
        [tokens.create, tokens.update, tokens.delete],
      )
      .inSingletonScope();
  };
  entryBindings(BRANCHES, { create: T.CreateBranch, update: T.UpdateBranch, delete: T.DeleteBranch, all: T.BranchUseCases });
  entryBindings(DOCTORS, { create: T.CreateDoctor, update: T.UpdateDoctor, delete: T.DeleteDoctor, all: T.DoctorUseCases });
  entryBindings(SERVICES, { create: T.CreateService, update: T.UpdateService, delete: T.DeleteService, all: T.ServiceUseCases });
  entryBindings(FAQ, { create: T.CreateFaqEntry, update: T.UpdateFaqEntry, delete: T.DeleteFaqEntry, all: T.FaqUseCases });

  // The routers, built from the use cases
  bind(T.Routers)
    .toResolvedValue(
      (
        getClinicProfile: GetClinicProfile,
        listClinics: ListClinics,
        registerClinic: RegisterClinic,
        clinicCatalog: ReadClinicCatalog,
        updateProfile: UpdateClinicProfile,
        updateAiSettings: UpdateAiSettings,
        suspendClinic: SuspendClinic,
        resumeClinic: ResumeClinic,
        operatorClinicCatalog: OperatorClinicCatalog,
        branches: EntryUseCases<'branches'>,
        doctors: EntryUseCases<'doctors'>,
        services: EntryUseCases<'services'>,
        faq: EntryUseCases<'faq'>,
      ) =>
        createTenancyRouters({
          getClinicProfile,
          listClinics,
          registerClinic,
          clinicCatalog,
          updateProfile,
          updateAiSettings,
          suspendClinic,
          resumeClinic,
          operatorClinicCatalog,
          branches,
          doctors,
          services,
          faq,
        }),
      [
        T.GetClinicProfile,
        T.ListClinics,
        T.RegisterClinic,
        T.ClinicCatalog,
        T.UpdateClinicProfile,
        T.UpdateAiSettings,
        T.SuspendClinic,
        T.ResumeClinic,
        T.OperatorClinicCatalog,
        T.BranchUseCases,
        T.DoctorUseCases,
        T.ServiceUseCases,
        T.FaqUseCases,
      ],
    )
    .inSingletonScope();
});
