import { ContainerModule } from 'inversify';
import { DomainError, KERNEL_TOKENS, type AuditLog, type Clock, type EventBus, type IdGenerator, type Logger, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { TENANCY_PUBLIC_TOKENS, type CatalogChanges, type ClinicCatalog } from '@frontdesk/tenancy';
import { RedisAppointmentStore } from './adapters/redis/redis-appointment-store';
import { BullmqDelayedJobs } from './adapters/bullmq/bullmq-delayed-jobs';
import { LoggedPatientNotifier } from './adapters/logging/logged-patient-notifier';
import { RedisReminderLedger } from './adapters/redis/redis-reminder-ledger';
import { RedisWaitlistStore } from './adapters/redis/redis-waitlist-store';
import { RedisCalendarFeedStore } from './adapters/redis/redis-calendar-feed-store';
import { RedisPatientDirectory } from './adapters/redis/redis-patient-directory';
import { RedisPatientLinkStore } from './adapters/redis/redis-patient-link-store';
import { RedisSchedulingConfigStore } from './adapters/redis/redis-scheduling-config';
import type { PatientUseCases } from './api/patients.router';
import { createSchedulingRouters } from './api/scheduling.routers';
import { SchedulingAgentTools } from './application/agent-tools';
import type { SchedulingEventPublisher } from './application/appointment-facts';
import { BookAppointment } from './application/book-appointment';
import { ConfiguredBookingPolicy, type BookingPolicy } from './application/booking-policy';
import { ListAppointments } from './application/calendar';
import { CalendarFeeds } from './application/calendar-feeds';
import { ChangeAppointment, type NoShowRecorder } from './application/change-appointment';
import { AddClinicalNote, UpdateAllergies } from './application/clinical-record';
import { GetPatient } from './application/get-patient';
import type { PatientDeps } from './application/patient-deps';
import { fixedPhoneRegion } from './application/phone';
import { RecordNoShow } from './application/record-no-show';
import { SearchPatients } from './application/search-patients';
import { SetConsent } from './application/set-consent';
import { PatientConsents } from './application/patient-consents';
import { UpsertPatient } from './application/upsert-patient';
import { FindSlots } from './application/find-slots';
import { DoctorScope } from './application/doctor-scope';
import { AnswerReminder } from './application/answer-reminder';
import { HoldExpiry } from './application/hold-expiry';
import { AcceptOffer, DeclineOffer, JoinWaitlist, LeaveWaitlist, ListWaitlist, OfferExpired, OfferFreedSlot } from './application/waitlist';
import type { WaitlistStore } from './ports/waitlist-store.port';
import type { WaitlistUseCases } from './api/scheduling.routers';
import { ReminderPlanner, SendReminder, reminderOffsetsFrom } from './application/reminders';
import type { DelayedJobs } from './ports/delayed-jobs.port';
import type { PatientNotifier } from './ports/patient-notifier.port';
import { PatientLinks } from './application/patient-links';
import { EditSchedulingConfig, SchedulingConfigReader } from './application/scheduling-config';
import type { AppointmentStore } from './ports/appointment-store.port';
import type { SchedulingConfigStore } from './ports/scheduling-config.port';
import { SCHEDULING_PUBLIC_TOKENS } from './public-tokens';
import { SCHEDULING_TOKENS as T } from './scheduling.tokens';

const K = KERNEL_TOKENS;

export const schedulingContainerModule = new ContainerModule(({ bind }) => {
  bind<AppointmentStore>(T.AppointmentStore)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisAppointmentStore(redis, guard), [K.Redis, K.TenantGuard])
    .inSingletonScope();
  bind<SchedulingConfigStore>(T.ConfigStore)
    .toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisSchedulingConfigStore(redis, guard), [K.Redis, K.TenantGuard])
    .inSingletonScope();
  bind<SchedulingConfigReader>(T.ConfigReader)
    .toResolvedValue((store: SchedulingConfigStore, clock: Clock) => new SchedulingConfigReader(store, clock), [T.ConfigStore, K.Clock])
    .inSingletonScope();
  bind<EditSchedulingConfig>(T.EditConfig)
    .toResolvedValue(
      (store: SchedulingConfigStore, reader: SchedulingConfigReader, catalog: ClinicCatalog, audit: AuditLog, clock: Clock) =>
        new EditSchedulingConfig({ store, reader, catalog, audit, clock }),
      [T.ConfigStore, T.ConfigReader, TENANCY_PUBLIC_TOKENS.ClinicCatalog, K.AuditLog, K.Clock],
    )
    .inSingletonScope();
  bind<BookingPolicy>(T.Policy)
    .toResolvedValue(
      // The catalog snapshot is cached per clinic until tenancy announces a change (README, "Booking policy").
      (catalog: ClinicCatalog, reader: SchedulingConfigReader, clock: Clock, guard: TenantGuard, changes: CatalogChanges) =>
        new ConfiguredBookingPolicy(catalog, reader, { clock, guard, changes }),
      [TENANCY_PUBLIC_TOKENS.ClinicCatalog, T.ConfigReader, K.Clock, K.TenantGuard, TENANCY_PUBLIC_TOKENS.CatalogChanges],
    )
    .inSingletonScope();
  bind<FindSlots>(T.FindSlots)
    .toResolvedValue(
      (store: AppointmentStore, catalog: ClinicCatalog, config: SchedulingConfigReader, clock: Clock) => new FindSlots({ store, catalog, config, clock }),
      [T.AppointmentStore, TENANCY_PUBLIC_TOKENS.ClinicCatalog, T.ConfigReader, K.Clock],
    )
    .inSingletonScope();
  bind<BookAppointment>(T.Book)
    .toResolvedValue(
      (store: AppointmentStore, policy: BookingPolicy, ids: IdGenerator, clock: Clock, events: EventBus<never>) =>
        new BookAppointment({ store, policy, ids, clock, events: events as unknown as SchedulingEventPublisher }),
      [T.AppointmentStore, T.Policy, K.IdGenerator, K.Clock, K.EventBus],
    )
    .inSingletonScope();
  bind<DoctorScope>(T.DoctorScope)
    .toResolvedValue((reader: SchedulingConfigReader, store: AppointmentStore, clock: Clock) => new DoctorScope(reader, store, clock), [
      T.ConfigReader,
      T.AppointmentStore,
      K.Clock,
    ])
    .inSingletonScope();
  bind<PatientDeps>(T.PatientDeps)
    .toResolvedValue(
      (redis: RedisClient, guard: TenantGuard, auditLog: AuditLog, clock: Clock, ids: IdGenerator, visibility: DoctorScope) => ({
        directory: new RedisPatientDirectory(redis, guard),
        // Until the clinic profile carries a country, local numbers are read as Egyptian.
        regions: fixedPhoneRegion('EG'),
        auditLog,
        clock,
        ids,
        visibility,
      }),
      [K.Redis, K.TenantGuard, K.AuditLog, K.Clock, K.IdGenerator, T.DoctorScope],
    )
    .inSingletonScope();
  bind<PatientUseCases & { recordNoShow: RecordNoShow }>(T.Patients)
    .toResolvedValue(
      (deps: PatientDeps) => ({
        searchPatients: new SearchPatients(deps),
        getPatient: new GetPatient(deps),
        upsertPatient: new UpsertPatient(deps),
        updateAllergies: new UpdateAllergies(deps),
        addClinicalNote: new AddClinicalNote(deps),
        setConsent: new SetConsent(deps),
        recordNoShow: new RecordNoShow(deps),
      }),
      [T.PatientDeps],
    )
    .inSingletonScope();
  bind<PatientConsents>(SCHEDULING_PUBLIC_TOKENS.PatientConsents)
    .toResolvedValue((patients: PatientDeps, useCases: { setConsent: SetConsent }) => new PatientConsents({ patients, setConsent: useCases.setConsent }), [T.PatientDeps, T.Patients])
    .inSingletonScope();
  bind<ChangeAppointment>(T.Changes)
    .toResolvedValue(
      (
        store: AppointmentStore,
        policy: BookingPolicy,
        clock: Clock,
        audit: AuditLog,
        events: EventBus<never>,
        reader: SchedulingConfigReader,
        patients: { upsertPatient: UpsertPatient; recordNoShow: RecordNoShow },
      ) =>
        new ChangeAppointment({
          store,
          policy,
          clock,
          audit,
          events: events as unknown as SchedulingEventPublisher,
          noShows: noShowsOnPatientRecords(patients),
          cutoffs: async (clinicId) => {
            const { settings } = await reader.get(clinicId);
            return { cancelHours: settings.patientCancelCutoffHours, rescheduleHours: settings.patientRescheduleCutoffHours };
          },
        }),
      [T.AppointmentStore, T.Policy, K.Clock, K.AuditLog, K.EventBus, T.ConfigReader, T.Patients],
    )
    .inSingletonScope();
  bind<ListAppointments>(T.Calendar)
    .toResolvedValue((store: AppointmentStore, catalog: ClinicCatalog, clock: Clock) => new ListAppointments(store, catalog, clock), [
      T.AppointmentStore,
      TENANCY_PUBLIC_TOKENS.ClinicCatalog,
      K.Clock,
    ])
    .inSingletonScope();
  bind<PatientLinks>(T.Links)
    .toResolvedValue(
      (redis: RedisClient, guard: TenantGuard, changes: ChangeAppointment, clock: Clock) => new PatientLinks(new RedisPatientLinkStore(redis, guard), changes, clock),
      [K.Redis, K.TenantGuard, T.Changes, K.Clock],
    )
    .inSingletonScope();
  bind<SchedulingAgentTools>(SCHEDULING_PUBLIC_TOKENS.AgentTools)
    .toResolvedValue(
      (findSlots: FindSlots, book: BookAppointment, changes: ChangeAppointment, calendar: ListAppointments, waitlist: WaitlistUseCases) =>
        new SchedulingAgentTools({ findSlots, book, changes, calendar, waitlist }),
      [T.FindSlots, T.Book, T.Changes, T.Calendar, T.Waitlist],
    )
    .inSingletonScope();
  bind<CalendarFeeds>(T.CalendarFeeds)
    .toResolvedValue(
      (redis: RedisClient, guard: TenantGuard, appointments: AppointmentStore, catalog: ClinicCatalog, audit: AuditLog, clock: Clock) =>
        new CalendarFeeds({ feeds: new RedisCalendarFeedStore(redis, guard), appointments, catalog, audit, clock, guard }),
      [K.Redis, K.TenantGuard, T.AppointmentStore, TENANCY_PUBLIC_TOKENS.ClinicCatalog, K.AuditLog, K.Clock],
    )
    .inSingletonScope();
  bind<DelayedJobs>(T.DelayedJobs).toResolvedValue((redis: RedisClient) => new BullmqDelayedJobs(redis), [K.Redis]).inSingletonScope();
  bind<PatientNotifier>(SCHEDULING_PUBLIC_TOKENS.PatientNotifier).toResolvedValue((logger: Logger) => new LoggedPatientNotifier(logger), [K.Logger]).inSingletonScope();
  bind<ReminderPlanner>(T.ReminderPlanner)
    .toResolvedValue((jobs: DelayedJobs, reader: SchedulingConfigReader, clock: Clock) => new ReminderPlanner({ jobs, offsets: reminderOffsetsFrom(reader), clock }), [
      T.DelayedJobs,
      T.ConfigReader,
      K.Clock,
    ])
    .inSingletonScope();
  bind<SendReminder>(T.SendReminder)
    .toResolvedValue(
      (redis: RedisClient, guard: TenantGuard, store: AppointmentStore, notifier: PatientNotifier, clock: Clock, logger: Logger) =>
        new SendReminder({ store, ledger: new RedisReminderLedger(redis, guard), notifier, guard, clock, logger }),
      [K.Redis, K.TenantGuard, T.AppointmentStore, SCHEDULING_PUBLIC_TOKENS.PatientNotifier, K.Clock, K.Logger],
    )
    .inSingletonScope();
  bind<AnswerReminder>(SCHEDULING_PUBLIC_TOKENS.AnswerReminder)
    .toResolvedValue(
      (redis: RedisClient, guard: TenantGuard, changes: ChangeAppointment) => new AnswerReminder({ ledger: new RedisReminderLedger(redis, guard), changes }),
      [K.Redis, K.TenantGuard, T.Changes],
    )
    .inSingletonScope();
  bind<HoldExpiry>(T.HoldExpiry)
    .toResolvedValue((jobs: DelayedJobs, changes: ChangeAppointment, guard: TenantGuard) => new HoldExpiry({ jobs, changes, guard }), [T.DelayedJobs, T.Changes, K.TenantGuard])
    .inSingletonScope();
  bind<WaitlistStore>(T.WaitlistStore).toResolvedValue((redis: RedisClient, guard: TenantGuard) => new RedisWaitlistStore(redis, guard), [K.Redis, K.TenantGuard]).inSingletonScope();
  bind<OfferFreedSlot>(T.OfferFreedSlot)
    .toResolvedValue(
      (
        store: WaitlistStore,
        appointments: AppointmentStore,
        booking: BookAppointment,
        catalog: ClinicCatalog,
        config: SchedulingConfigReader,
        jobs: DelayedJobs,
        guard: TenantGuard,
        ids: IdGenerator,
        clock: Clock,
        events: EventBus<never>,
      ) => new OfferFreedSlot({ store, appointments, booking, catalog, config, jobs, guard, ids, clock, events: events as unknown as SchedulingEventPublisher }),
      [T.WaitlistStore, T.AppointmentStore, T.Book, TENANCY_PUBLIC_TOKENS.ClinicCatalog, T.ConfigReader, T.DelayedJobs, K.TenantGuard, K.IdGenerator, K.Clock, K.EventBus],
    )
    .inSingletonScope();
  bind<OfferExpired>(T.OfferExpired)
    .toResolvedValue(
      (store: WaitlistStore, appointments: AppointmentStore, offers: OfferFreedSlot, jobs: DelayedJobs, guard: TenantGuard, clock: Clock) =>
        new OfferExpired({ store, appointments, offers, jobs, guard, clock }),
      [T.WaitlistStore, T.AppointmentStore, T.OfferFreedSlot, T.DelayedJobs, K.TenantGuard, K.Clock],
    )
    .inSingletonScope();
  bind<WaitlistUseCases>(T.Waitlist)
    .toResolvedValue(
      (
        store: WaitlistStore,
        offers: OfferFreedSlot,
        changes: ChangeAppointment,
        catalog: ClinicCatalog,
        config: SchedulingConfigReader,
        jobs: DelayedJobs,
        ids: IdGenerator,
        clock: Clock,
        audit: AuditLog,
      ) => ({
        join: new JoinWaitlist({ store, catalog, config, ids, clock, audit }),
        list: new ListWaitlist(store),
        accept: new AcceptOffer({ store, changes, offers, jobs, clock }),
        decline: new DeclineOffer(store, offers),
        leave: new LeaveWaitlist({ store, offers, audit, clock }),
      }),
      [T.WaitlistStore, T.OfferFreedSlot, T.Changes, TENANCY_PUBLIC_TOKENS.ClinicCatalog, T.ConfigReader, T.DelayedJobs, K.IdGenerator, K.Clock, K.AuditLog],
    )
    .inSingletonScope();
  bind(T.Routers)
    .toResolvedValue(
      (
        config: SchedulingConfigReader,
        editConfig: EditSchedulingConfig,
        findSlots: FindSlots,
        book: BookAppointment,
        changes: ChangeAppointment,
        calendar: ListAppointments,
        links: PatientLinks,
        patients: PatientUseCases,
        calendarFeeds: CalendarFeeds,
        waitlist: WaitlistUseCases,
        doctorScope: DoctorScope,
      ) => createSchedulingRouters({ config, editConfig, findSlots, book, changes, calendar, links, patients, calendarFeeds, waitlist, doctorScope }),
      [T.ConfigReader, T.EditConfig, T.FindSlots, T.Book, T.Changes, T.Calendar, T.Links, T.Patients, T.CalendarFeeds, T.Waitlist, T.DoctorScope],
    )
    .inSingletonScope();
});

/**
 * A no-show counts on the patient's record. A booking made for a phone that has
 * no record yet (the AI booked a new patient) gets one first.
 */
function noShowsOnPatientRecords(patients: { upsertPatient: UpsertPatient; recordNoShow: RecordNoShow }): NoShowRecorder {
  return {
    async recordNoShow(clinicId, { patientRef, appointmentId }, actor, requestId) {
      try {
        await patients.recordNoShow.execute(clinicId, { phone: patientRef, appointmentId }, actor, requestId);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'SCHEDULING.PATIENT_NOT_FOUND') throw error;
        // Named by the number until staff type the name.
        await patients.upsertPatient.execute(clinicId, { phone: patientRef, name: patientRef }, actor, requestId);
        await patients.recordNoShow.execute(clinicId, { phone: patientRef, appointmentId }, actor, requestId);
      }
    },
  };
}
