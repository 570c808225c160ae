/**
 * For this module's tests: the module's use cases wired as the container wires
 * them, over a real Redis (the test run's private server), a FakeClock, the
 * Cairo clinic catalog in memory, and an event bus that records what it hears.
 */
import { EventBus, RandomIdGenerator, silentLogger, type Actor, type AuditLog, type ClinicId, type DomainEvent, type FakeClock, type TenantGuard } from '@frontdesk/shared-kernel';
import type { RedisClient } from '@frontdesk/shared-kernel/redis';
import { RedisAppointmentStore } from '../adapters/redis/redis-appointment-store';
import { RedisPatientLinkStore } from '../adapters/redis/redis-patient-link-store';
import { RedisSchedulingConfigStore } from '../adapters/redis/redis-scheduling-config';
import { SchedulingAgentTools } from '../application/agent-tools';
import { BookAppointment } from '../application/book-appointment';
import { ConfiguredBookingPolicy } from '../application/booking-policy';
import { ListAppointments } from '../application/calendar';
import { ChangeAppointment, type NoShowRecorder } from '../application/change-appointment';
import { FindSlots } from '../application/find-slots';
import { DoctorScope } from '../application/doctor-scope';
import { PatientLinks } from '../application/patient-links';
import { EditSchedulingConfig, SchedulingConfigReader } from '../application/scheduling-config';
import type { DoctorAvailability } from '../domain/availability';
import type { SchedulingEvents } from '../domain/events';
import { InMemoryClinicCatalog, cairoClinic } from './scheduling-fakes';
import { RedisPatientDirectory } from '../adapters/redis/redis-patient-directory';
import { RedisCalendarFeedStore } from '../adapters/redis/redis-calendar-feed-store';
import { CalendarFeeds } from '../application/calendar-feeds';
import { RedisWaitlistStore } from '../adapters/redis/redis-waitlist-store';
import { AcceptOffer, DeclineOffer, JoinWaitlist, LeaveWaitlist, ListWaitlist, OfferExpired, OfferFreedSlot } from '../application/waitlist';
import { RecordingDelayedJobs } from './recording-delayed-jobs';
import { AddClinicalNote, UpdateAllergies } from '../application/clinical-record';
import { GetPatient } from '../application/get-patient';
import { fixedPhoneRegion } from '../application/phone';
import { SearchPatients } from '../application/search-patients';
import { SetConsent } from '../application/set-consent';
import { UpsertPatient } from '../application/upsert-patient';

export interface HarnessKit {
  redis: RedisClient;
  guard: TenantGuard;
  auditLog: AuditLog;
  clock: FakeClock;
}

const WEEKDAY = [{ from: '09:00', to: '17:00' }];

/** Dr. Amal at Zamalek Sun-Thu 09-17 with a 13-14 break; Dr. Karim at Zamalek Sun-Tue and Heliopolis Wed-Thu. */
export const CAIRO_HOURS: DoctorAvailability[] = [
  {
    id: 'doc_a',
    branches: [{ branchId: 'br_main', weekly: { sun: WEEKDAY, mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY } }],
    breaks: { sun: [{ from: '13:00', to: '14:00' }], mon: [{ from: '13:00', to: '14:00' }], tue: [{ from: '13:00', to: '14:00' }], wed: [{ from: '13:00', to: '14:00' }], thu: [{ from: '13:00', to: '14:00' }] },
  },
  {
    id: 'doc_b',
    branches: [
      { branchId: 'br_main', weekly: { sun: WEEKDAY, mon: WEEKDAY, tue: WEEKDAY } },
      { branchId: 'br_east', weekly: { wed: WEEKDAY, thu: WEEKDAY } },
    ],
  },
];

export function createSchedulingHarness(kit: HarnessKit, clinicId: ClinicId) {
  const catalog = new InMemoryClinicCatalog();
  catalog.set(clinicId, cairoClinic(clinicId));
  const store = new RedisAppointmentStore(kit.redis, kit.guard);
  const configStore = new RedisSchedulingConfigStore(kit.redis, kit.guard);
  // No cache in tests: every edit is seen at once.
  const reader = new SchedulingConfigReader(configStore, kit.clock, 0);
  const editConfig = new EditSchedulingConfig({ store: configStore, reader, catalog, audit: kit.auditLog, clock: kit.clock });
  const policy = new ConfiguredBookingPolicy(catalog, reader);
  const bus = new EventBus<SchedulingEvents>(silentLogger());
  const events: DomainEvent[] = [];
  for (const type of ['AppointmentHeld', 'AppointmentBooked', 'AppointmentConfirmed', 'AppointmentRescheduled', 'AppointmentCancelled', 'AppointmentCompleted', 'AppointmentNoShow', 'WaitlistSlotOffered'] as const) {
    bus.subscribe(type, (event) => void events.push(event));
  }
  const noShows: string[] = [];
  const noShowRecorder: NoShowRecorder = { recordNoShow: async (_clinic, { patientRef, appointmentId }) => void noShows.push(`${patientRef}:${appointmentId}`) };
  const book = new BookAppointment({ store, policy, ids: new RandomIdGenerator(), clock: kit.clock, events: bus });
  const changes = new ChangeAppointment({
    store,
    policy,
    clock: kit.clock,
    audit: kit.auditLog,
    events: bus,
    noShows: noShowRecorder,
    cutoffs: async (clinic) => {
      const { settings } = await reader.get(clinic);
      return { cancelHours: settings.patientCancelCutoffHours, rescheduleHours: settings.patientRescheduleCutoffHours };
    },
  });
  const findSlots = new FindSlots({ store, catalog, config: reader, clock: kit.clock });
  const calendar = new ListAppointments(store, catalog, kit.clock);
  const links = new PatientLinks(new RedisPatientLinkStore(kit.redis, kit.guard), changes, kit.clock);
  const jobs = new RecordingDelayedJobs();
  const waitlistStore = new RedisWaitlistStore(kit.redis, kit.guard);
  const ids = new RandomIdGenerator();
  const offers = new OfferFreedSlot({ store: waitlistStore, appointments: store, booking: book, catalog, config: reader, jobs, guard: kit.guard, ids, clock: kit.clock, events: bus });
  const offerExpired = new OfferExpired({ store: waitlistStore, appointments: store, offers, jobs, guard: kit.guard, clock: kit.clock });
  const waitlist = {
    join: new JoinWaitlist({ store: waitlistStore, catalog, config: reader, ids, clock: kit.clock, audit: kit.auditLog }),
    list: new ListWaitlist(waitlistStore),
    accept: new AcceptOffer({ store: waitlistStore, changes, offers, jobs, clock: kit.clock }),
    decline: new DeclineOffer(waitlistStore, offers),
    leave: new LeaveWaitlist({ store: waitlistStore, offers, audit: kit.auditLog, clock: kit.clock }),
  };
  const agentTools = new SchedulingAgentTools({ findSlots, book, changes, calendar, waitlist });
  const doctorScope = new DoctorScope(reader, store, kit.clock);
  const patientDeps = { visibility: doctorScope, directory: new RedisPatientDirectory(kit.redis, kit.guard), regions: fixedPhoneRegion('EG'), auditLog: kit.auditLog, clock: kit.clock, ids: new RandomIdGenerator() };
  const patients = {
    searchPatients: new SearchPatients(patientDeps),
    getPatient: new GetPatient(patientDeps),
    upsertPatient: new UpsertPatient(patientDeps),
    updateAllergies: new UpdateAllergies(patientDeps),
    addClinicalNote: new AddClinicalNote(patientDeps),
    setConsent: new SetConsent(patientDeps),
  };
  const calendarFeeds = new CalendarFeeds({ feeds: new RedisCalendarFeedStore(kit.redis, kit.guard), appointments: store, catalog, audit: kit.auditLog, clock: kit.clock, guard: kit.guard });
  const owner: Actor = { kind: 'staff', id: 'usr_owner', clinicId, role: 'owner' };
  const receptionist: Actor = { kind: 'staff', id: 'usr_rec', clinicId, role: 'receptionist' };
  const patient = (phone: string): Actor => ({ kind: 'patient', id: phone, clinicId });
  /** Runs `fn` inside the clinic's tenant scope, as the guard requires for every key. */
  const scoped = <T>(fn: () => Promise<T>, actor: Actor = owner) => kit.guard.run({ clinicId, actor, requestId: 'req-test' }, fn);
  const setUp = () => scoped(async () => {
    for (const doctor of CAIRO_HOURS) await editConfig.setDoctorAvailability(clinicId, owner, 'req-setup', doctor);
  });
  return { clinicId, catalog, store, configStore, reader, editConfig, policy, bus, events, noShows, book, changes, findSlots, calendar, links, agentTools, patients, calendarFeeds, doctorScope, jobs, offers, offerExpired, waitlist, owner, receptionist, patient, scoped, setUp };
}

export type SchedulingHarness = ReturnType<typeof createSchedulingHarness>;
