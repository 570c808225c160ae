import { afterAll, describe, expect, it } from 'vitest';
import { DomainError, EventBus, RandomIdGenerator, TenantScopeViolation, type Actor, type ClinicId, type DomainEvent } from '@frontdesk/shared-kernel';
import { createTenancyKit, scanKeys, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisAppointmentStore } from '../adapters/redis/redis-appointment-store';
import { RedisSchedulingConfigStore } from '../adapters/redis/redis-scheduling-config';
import { RedisWaitlistStore } from '../adapters/redis/redis-waitlist-store';
import type { WeeklyHours } from '../domain/availability';
import type { SchedulingEvents } from '../domain/events';
import { InMemoryClinicCatalog, cairoClinic } from '../testing/scheduling-fakes';
import { RecordingDelayedJobs } from '../testing/recording-delayed-jobs';
import { BookAppointment } from './book-appointment';
import { ConfiguredBookingPolicy } from './booking-policy';
import { ChangeAppointment } from './change-appointment';
import { EditSchedulingConfig, SchedulingConfigReader } from './scheduling-config';
import {
  AcceptOffer,
  DeclineOffer,
  JoinWaitlist,
  LeaveWaitlist,
  ListWaitlist,
  OfferExpired,
  OfferFreedSlot,
  WAITLIST_OFFER_EXPIRY_JOB,
  subscribeWaitlist,
  waitlistJobHandlers,
  type AppointmentCancelledEvent,
  type JoinWaitlistInput,
  type WaitlistScope,
} from './waitlist';
import { codeOf } from '../testing/outcomes';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const MINUTE = 60_000;
const DAY = [{ from: '09:00', to: '17:00' }];
const WEEK: WeeklyHours = { sun: DAY, mon: DAY, tue: DAY, wed: DAY, thu: DAY, sat: DAY };
/** Sunday 2026-03-01, 08:00 in Cairo (UTC+2). */
const NOW = '2026-03-01T06:00:00.000Z';
/** Monday 2026-03-02, 10:00 in Cairo. */
const MON_10 = '2026-03-02T08:00:00.000Z';
const MON_1030 = '2026-03-02T08:30:00.000Z';

type AnyEvent = DomainEvent<string, unknown>;

/** `capture`: subscribed by hand, handler errors kept; `helper`: through subscribeWaitlist; `none`: not subscribed. */
async function setup(options: { subscribe?: 'capture' | 'helper' | 'none' } = {}) {
  const clinic = uniqueClinicId('wl');
  const owner = staffActor(clinic, 'owner');
  const receptionist = staffActor(clinic, 'receptionist');
  const run = <T>(fn: () => Promise<T>) => kit.guard.run({ clinicId: clinic, actor: owner, requestId: 'req-test' }, fn);

  const catalog = new InMemoryClinicCatalog();
  catalog.set(clinic, cairoClinic(clinic));
  const configStore = new RedisSchedulingConfigStore(kit.redis, kit.guard);
  const reader = new SchedulingConfigReader(configStore, kit.clock);
  const edit = new EditSchedulingConfig({ store: configStore, reader, catalog, audit: kit.auditLog, clock: kit.clock });
  await run(async () => {
    await edit.setDoctorAvailability(clinic, owner, 'req-hours', { id: 'doc_a', branches: [{ branchId: 'br_main', weekly: WEEK }] });
    await edit.setDoctorAvailability(clinic, owner, 'req-hours', {
      id: 'doc_b',
      branches: [
        { branchId: 'br_main', weekly: { sun: DAY, mon: DAY, tue: DAY } },
        { branchId: 'br_east', weekly: { wed: DAY, thu: DAY, sat: DAY } },
      ],
    });
  });

  const ids = new RandomIdGenerator();
  const appointments = new RedisAppointmentStore(kit.redis, kit.guard);
  const policy = new ConfiguredBookingPolicy(catalog, reader);
  const bus = new EventBus<SchedulingEvents>(kit.logger);
  const events: AnyEvent[] = [];
  const handlerErrors: unknown[] = [];
  for (const type of ['AppointmentHeld', 'AppointmentBooked', 'AppointmentCancelled', 'WaitlistSlotOffered'] as const) {
    bus.subscribe(type, (event) => void events.push(event as AnyEvent));
  }
  const booking = new BookAppointment({ store: appointments, policy, ids, clock: kit.clock, events: bus });
  const changes = new ChangeAppointment({
    store: appointments,
    policy,
    clock: kit.clock,
    audit: kit.auditLog,
    events: bus,
    cutoffs: async () => ({ cancelHours: 0, rescheduleHours: 0 }),
  });
  const jobs = new RecordingDelayedJobs();
  const store = new RedisWaitlistStore(kit.redis, kit.guard);
  const offerDeps = { store, appointments, booking, catalog, config: reader, jobs, guard: kit.guard, ids, clock: kit.clock, events: bus };
  const offers = new OfferFreedSlot(offerDeps);
  if (options.subscribe === 'helper') subscribeWaitlist(bus, offers);
  if ((options.subscribe ?? 'capture') === 'capture') {
    bus.subscribe('AppointmentCancelled', async (event) => {
      try {
        await offers.onAppointmentCancelled(event);
      } catch (error) {
        handlerErrors.push(error);
        throw error;
      }
    });
  }
  const expiryDeps = { store, appointments, offers, jobs, guard: kit.guard, clock: kit.clock };
  const expiry = new OfferExpired(expiryDeps);
  const join = new JoinWaitlist({ store, catalog, config: reader, ids, clock: kit.clock, audit: kit.auditLog });
  const list = new ListWaitlist(store);
  const accept = new AcceptOffer({ store, changes, offers, jobs, clock: kit.clock });
  const decline = new DeclineOffer(store, offers);
  const leave = new LeaveWaitlist({ store, offers, audit: kit.auditLog, clock: kit.clock });

  const patient = (ref: string): WaitlistScope => ({ actor: { kind: 'patient', id: ref, clinicId: clinic }, requestId: 'req-patient', patientRef: ref });
  const staff: WaitlistScope = { actor: receptionist, requestId: 'req-staff' };
  const joinAs = (ref: string, over: Partial<JoinWaitlistInput> = {}) =>
    run(async () => (await join.execute(clinic, patient(ref), { serviceId: 'svc_checkup', fromDate: '2026-03-01', toDate: '2026-03-10', ...over })).entry);
  let n = 0;
  const bookAs = (ref: string, start: string, over: { doctorId?: string; serviceId?: string; branchId?: string } = {}) =>
    run(async () =>
      (
        await booking.execute(
          clinic,
          { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: ref, start, idempotencyKey: `book-${++n}-${Math.random()}`, ...over },
          receptionist,
        )
      ).appointment,
    );
  const cancel = (appointmentId: string) =>
    run(() => changes.cancel(clinic, { actor: receptionist, requestId: 'req-cancel' }, { appointmentId, idempotencyKey: `cancel-${appointmentId}` }));
  const entry = (id: string) => run(async () => (await store.get(clinic, id))!);
  const appointment = (id: string) => run(async () => (await appointments.get(clinic, id, kit.clock.now()))!);
  const queue = (serviceId = 'svc_checkup') => run(async () => (await list.forService(clinic, { serviceId })).map((p) => p.entry.patientRef));
  const offered = () => events.filter((e) => e.type === 'WaitlistSlotOffered') as DomainEvent<'WaitlistSlotOffered', SchedulingEvents['WaitlistSlotOffered']>[];
  /** Fires the expiry jobs due now, as the worker would. */
  const fireDue = async () => {
    const results = [];
    for (const job of jobs.due(kit.clock.now(), WAITLIST_OFFER_EXPIRY_JOB)) results.push(await expiry.handle(job));
    return results;
  };
  return {
    clinic, owner, receptionist, run, catalog, edit, reader, store, appointments, booking, changes, jobs, offers, offerDeps, expiry, expiryDeps,
    join, list, accept, decline, leave, patient, staff, joinAs, bookAs, cancel, entry, appointment, queue, events, offered, fireDue,
    handlerErrors,
  };
}


async function failureOf(promise: Promise<unknown>): Promise<{ code: string; field: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.details?.field };
    throw error;
  }
  return { code: 'ok', field: undefined };
}

describe('waitlist (real Redis)', () => {
  it('offers a freed slot to the first waiting patient (FIFO), with a hold, an event and an expiry job', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const first = await t.joinAs('+201000000001');
    const second = await t.joinAs('+201000000002');
    const third = await t.joinAs('+201000000003');
    expect(await t.queue()).toEqual(['+201000000001', '+201000000002', '+201000000003']);
    // The entry hash and the queue live under the clinic's hash tag.
    expect(await kit.redis.hget(`t:{${t.clinic}}:waitlist:${first.id}`, 'status')).toBe('waiting');
    expect(await kit.redis.zrange(`t:{${t.clinic}}:waitlist-queue:svc_checkup`, '0', '-1')).toEqual([first.id, second.id, third.id]);

    const booked = await t.bookAs('+201099999999', MON_10);
    await t.cancel(booked.id);

    const e1 = await t.entry(first.id);
    expect(e1.status).toBe('offered');
    const hold = await t.appointment(e1.offer!.appointmentId);
    expect(hold).toMatchObject({ state: 'held', holdPurpose: 'waitlist_offer', patientRef: '+201000000001', doctorId: 'doc_a', serviceId: 'svc_checkup' });
    expect(hold.start.toISOString()).toBe(MON_10);
    expect(hold.holdUntil!.getTime()).toBe(kit.clock.now().getTime() + 30 * MINUTE);
    expect(e1.offer).toMatchObject({ appointmentId: hold.id, doctorId: 'doc_a', branchId: 'br_main', holdUntil: hold.holdUntil });
    expect((await t.entry(second.id)).status).toBe('waiting');

    expect(t.offered()).toHaveLength(1);
    expect(t.offered()[0]).toMatchObject({
      type: 'WaitlistSlotOffered',
      clinicId: t.clinic,
      payload: {
        entryId: first.id,
        patientRef: '+201000000001',
        appointmentId: hold.id,
        doctorId: 'doc_a',
        serviceId: 'svc_checkup',
        start: MON_10,
        holdUntil: hold.holdUntil!.toISOString(),
      },
    });
    expect(t.jobs.waiting()).toEqual([
      {
        kind: 'waitlist-offer-expiry',
        id: `${t.clinic}.${first.id}.${hold.id}`,
        runAt: hold.holdUntil,
        data: { clinicId: t.clinic, entryId: first.id, appointmentId: hold.id },
      },
    ]);
    // The staff view keeps the offered entry in line until it is booked or expires.
    const view = await t.run(() => t.list.forService(t.clinic, { serviceId: 'svc_checkup' }));
    expect(view.map((p) => [p.position, p.entry.status])).toEqual([
      [1, 'offered'],
      [2, 'waiting'],
      [3, 'waiting'],
    ]);
    expect(t.handlerErrors).toEqual([]);
  });

  it('an offer that expires goes to the next; accepting after expiry is refused; accepting books and leaves the queue', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const [p1, p2, p3] = ['+201000000011', '+201000000012', '+201000000013'];
    const e1 = await t.joinAs(p1);
    const e2 = await t.joinAs(p2);
    await t.joinAs(p3);
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    const firstHold = (await t.entry(e1.id)).offer!.appointmentId;

    // The job firing early (clock skew) changes nothing and comes back later.
    const early = t.jobs.waiting()[0]!;
    expect(await t.expiry.handle(early)).toEqual({ outcome: 'not_yet' });
    expect((await t.entry(e1.id)).status).toBe('offered');

    kit.clock.advance(30 * MINUTE);
    const [expired] = await t.fireDue();
    expect(expired).toMatchObject({ outcome: 'expired', next: { outcome: 'offered', entry: { id: e2.id } } });
    expect(await t.entry(e1.id)).toMatchObject({ status: 'expired', reason: 'offer_lapsed' });
    expect(await t.appointment(firstHold)).toMatchObject({ state: 'cancelled', changeReason: 'hold_expired' });
    const o2 = await t.entry(e2.id);
    expect(o2.status).toBe('offered');
    expect((await t.appointment(o2.offer!.appointmentId)).patientRef).toBe(p2);
    expect(t.offered().map((e) => e.payload.patientRef)).toEqual([p1, p2]);
    expect(await t.queue()).toEqual([p2, p3]);

    // Too late for the first patient.
    expect(await codeOf(t.run(() => t.accept.execute(t.clinic, t.patient(p1), { entryId: e1.id })))).toBe('SCHEDULING.OFFER_EXPIRED');
    // Another patient cannot accept (or even see) the second offer.
    expect(await codeOf(t.run(() => t.accept.execute(t.clinic, t.patient(p3), { entryId: e2.id })))).toBe('SCHEDULING.WAITLIST_ENTRY_NOT_FOUND');

    const accepted = await t.run(() => t.accept.execute(t.clinic, t.patient(p2), { entryId: e2.id }));
    expect(accepted.changed).toBe(true);
    expect(accepted.entry).toMatchObject({ status: 'booked', reason: 'accepted' });
    expect(accepted.appointment).toMatchObject({ id: o2.offer!.appointmentId, state: 'booked', patientRef: p2 });
    expect(await t.queue()).toEqual([p3]);
    expect(t.jobs.cancelled).toContainEqual({ kind: WAITLIST_OFFER_EXPIRY_JOB, id: `${t.clinic}.${e2.id}.${o2.offer!.appointmentId}` });
    expect(t.jobs.waiting()).toEqual([]);
    // Accepting again is a no-op; the patient can join again for the same service (a new entry).
    expect((await t.run(() => t.accept.execute(t.clinic, t.patient(p2), { entryId: e2.id }))).changed).toBe(false);

    // The first expiry job delivered a second time changes nothing.
    expect(await t.expiry.handle(early)).toMatchObject({ outcome: 'expired', next: { outcome: 'taken' } });
    expect(await t.entry(e2.id)).toMatchObject({ status: 'booked' });
    expect(t.offered()).toHaveLength(2);
    expect(await t.queue()).toEqual([p3]);
    expect(t.handlerErrors).toEqual([]);
  });

  it('accepting after the hold lapsed (before the job ran) is refused and passes the slot on at once', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const e1 = await t.joinAs('+201000000021');
    const e2 = await t.joinAs('+201000000022');
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    const firstJob = t.jobs.waiting()[0]!;
    kit.clock.advance(31 * MINUTE);
    expect(await codeOf(t.run(() => t.accept.execute(t.clinic, t.patient('+201000000021'), { entryId: e1.id })))).toBe('SCHEDULING.OFFER_EXPIRED');
    expect(await t.entry(e1.id)).toMatchObject({ status: 'expired', reason: 'offer_lapsed' });
    expect((await t.entry(e2.id)).status).toBe('offered');
    // The first offer's job was dropped; delivered anyway (at least once), it finds the work done.
    expect(t.jobs.cancelled.map((j) => j.id)).toContain(firstJob.id);
    expect(await t.fireDue()).toEqual([]);
    expect(await t.expiry.handle(firstJob)).toMatchObject({ outcome: 'expired', next: { outcome: 'taken' } });
    expect(t.offered()).toHaveLength(2);
    expect((await t.entry(e2.id)).status).toBe('offered');
  });

  it('matches by doctor, branch and the local date range', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const onlyDocB = await t.joinAs('+201000000031', { doctorId: 'doc_b' });
    const onlyEast = await t.joinAs('+201000000032', { branchId: 'br_east' });
    const later = await t.joinAs('+201000000033', { fromDate: '2026-03-05', toDate: '2026-03-10' });
    const earlier = await t.joinAs('+201000000034', { fromDate: '2026-03-01', toDate: '2026-03-01' });
    const fits = await t.joinAs('+201000000035', { doctorId: 'doc_a', branchId: 'br_main', fromDate: '2026-03-02', toDate: '2026-03-02' });
    const anyone = await t.joinAs('+201000000036');

    // doc_a at br_main, Monday 2026-03-02 (local).
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    expect((await t.entry(fits.id)).status).toBe('offered');
    for (const e of [onlyDocB, onlyEast, later, earlier, anyone]) expect((await t.entry(e.id)).status).toBe('waiting');

    // doc_b at br_east, Thursday 2026-03-05 10:00 local: the doctor-only entry is first in line.
    await t.cancel((await t.bookAs('+201099999998', '2026-03-05T08:00:00.000Z', { doctorId: 'doc_b', branchId: 'br_east' })).id);
    expect((await t.entry(onlyDocB.id)).status).toBe('offered');
    // doc_a on Thursday 2026-03-05: the branch-only entry does not match br_main; the date-range one is next.
    await t.cancel((await t.bookAs('+201099999997', '2026-03-05T09:00:00.000Z')).id);
    expect((await t.entry(onlyEast.id)).status).toBe('waiting');
    expect((await t.entry(later.id)).status).toBe('offered');
    expect(t.offered().map((e) => e.payload.entryId)).toEqual([fits.id, onlyDocB.id, later.id]);
  });

  it('skips an entry whose service does not fit the freed time and offers it to the following one', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const implant = await t.joinAs('+201000000041', { serviceId: 'svc_implant' }); // 60 minutes
    const checkup = await t.joinAs('+201000000042');
    const checkup2 = await t.joinAs('+201000000043');
    const a = await t.bookAs('+201099999999', MON_10); // 10:00-10:30
    await t.bookAs('+201099999998', MON_1030); // 10:30-11:00
    await t.cancel(a.id); // 30 free minutes: too short for the implant consult
    expect((await t.entry(implant.id)).status).toBe('waiting');
    expect((await t.entry(checkup.id)).status).toBe('offered');
    // 16:30 local: 60 minutes would run past the doctor's hours (17:00); the next check-up gets it.
    const b = await t.bookAs('+201099999997', '2026-03-02T14:30:00.000Z');
    await t.cancel(b.id);
    expect((await t.entry(implant.id)).status).toBe('waiting');
    expect((await t.entry(checkup2.id)).status).toBe('offered');
    // The implant patient's queue place is kept.
    expect(await t.queue('svc_implant')).toEqual(['+201000000041']);
    // Nothing was left behind for the skipped entry.
    const held = await t.run(() => t.appointments.listForPatient(t.clinic, '+201000000041', kit.clock.now()));
    expect(held).toEqual([]);
  });

  it('joining twice gives one entry; leaving, staff removal, declining and leaving with an open offer', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const p1 = '+201000000051';
    const first = await t.joinAs(p1);
    const again = await t.run(() =>
      t.join.execute(t.clinic, t.patient(p1), { serviceId: 'svc_checkup', fromDate: '2026-03-03', toDate: '2026-03-04' }),
    );
    expect(again).toMatchObject({ changed: false, entry: { id: first.id, fromDate: '2026-03-01', toDate: '2026-03-10' } });
    // Staff joining the same patient on their behalf also finds the entry.
    const byStaff = await t.run(() =>
      t.join.execute(t.clinic, t.staff, { patientRef: p1, serviceId: 'svc_checkup', fromDate: '2026-03-01', toDate: '2026-03-02' }),
    );
    expect(byStaff).toMatchObject({ changed: false, entry: { id: first.id } });
    expect(await t.queue()).toEqual([p1]);
    // Another service is another entry.
    const clean = await t.joinAs(p1, { serviceId: 'svc_clean' });
    expect(clean.id).not.toBe(first.id);
    expect((await t.run(() => t.list.forPatient(t.clinic, t.patient(p1)))).map((e) => e.serviceId)).toEqual(['svc_checkup', 'svc_clean']);

    const left = await t.run(() => t.leave.execute(t.clinic, t.patient(p1), { entryId: first.id }));
    expect(left).toMatchObject({ changed: true, entry: { status: 'left' } });
    expect(await t.queue()).toEqual([]);
    expect((await t.run(() => t.leave.execute(t.clinic, t.patient(p1), { entryId: first.id }))).changed).toBe(false);
    const rejoined = await t.joinAs(p1);
    expect(rejoined.id).not.toBe(first.id);

    // Staff removal is `cancelled`, and audited.
    const removed = await t.run(() => t.leave.execute(t.clinic, t.staff, { entryId: clean.id }));
    expect(removed.entry.status).toBe('cancelled');
    const audit = await kit.auditLog.recent(t.clinic, 20);
    expect(audit).toContainEqual(expect.objectContaining({ action: 'scheduling.waitlist.remove', target: `waitlist:${clean.id}`, actor: 'staff:usr_receptionist' }));

    // Declining passes the same slot on at once.
    const p2 = '+201000000052';
    const e2 = await t.joinAs(p2);
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    const offer1 = (await t.entry(rejoined.id)).offer!;
    const declined = await t.run(() => t.decline.execute(t.clinic, t.patient(p1), { entryId: rejoined.id }));
    expect(declined).toMatchObject({ changed: true, entry: { status: 'expired', reason: 'declined' }, next: { outcome: 'offered', entry: { id: e2.id } } });
    expect(await t.appointment(offer1.appointmentId)).toMatchObject({ state: 'cancelled', changeReason: 'waitlist_declined' });
    const offer2 = (await t.entry(e2.id)).offer!;
    expect(offer2.start).toEqual(offer1.start);
    expect(t.jobs.cancelled.map((j) => j.id)).toContain(`${t.clinic}.${rejoined.id}.${offer1.appointmentId}`);

    // Leaving with an open offer releases the hold; nobody else waits, so the time is free again.
    const leftOffered = await t.run(() => t.leave.execute(t.clinic, t.patient(p2), { entryId: e2.id }));
    expect(leftOffered.entry.status).toBe('left');
    expect(await t.appointment(offer2.appointmentId)).toMatchObject({ state: 'cancelled', changeReason: 'waitlist_left' });
    expect(await kit.redis.zrange(`t:{${t.clinic}}:busy:doc_a`, '0', '-1')).toEqual([]);
    expect(await t.queue()).toEqual([]);
    expect(await kit.redis.hgetall(`t:{${t.clinic}}:waitlist-offers`)).toEqual({});
    expect(t.handlerErrors).toEqual([]);
  });

  it('staff cancelling an offered hold ends that offer and passes the slot on (wired with subscribeWaitlist and the job handlers)', async () => {
    kit.clock.set(NOW);
    const t = await setup({ subscribe: 'helper' });
    const e1 = await t.joinAs('+201000000061');
    const e2 = await t.joinAs('+201000000062');
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    const hold = (await t.entry(e1.id)).offer!.appointmentId;
    await t.cancel(hold);
    expect(await t.entry(e1.id)).toMatchObject({ status: 'expired', reason: 'offer_cancelled' });
    const second = (await t.entry(e2.id)).offer!;
    expect(second.start.toISOString()).toBe(MON_10);
    // The worker's handler map runs the expiry.
    kit.clock.advance(30 * MINUTE);
    const handlers = waitlistJobHandlers(t.expiry);
    for (const job of t.jobs.due(kit.clock.now())) await handlers[job.kind]!(job);
    expect(await t.entry(e2.id)).toMatchObject({ status: 'expired', reason: 'offer_lapsed' });
  });

  it('a lapse stored and announced by the hold-end job (expireLapsedHold) ends the offer and passes the slot on', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const e1 = await t.joinAs('+201000000121');
    const e2 = await t.joinAs('+201000000122');
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    const hold = (await t.entry(e1.id)).offer!.appointmentId;
    kit.clock.advance(30 * MINUTE);
    expect(await t.run(() => t.changes.expireLapsedHold(t.clinic, hold))).toBe(true);
    expect(await t.entry(e1.id)).toMatchObject({ status: 'expired', reason: 'offer_lapsed' });
    expect((await t.entry(e2.id)).status).toBe('offered');
    // The waitlist's own job, firing after, finds the work done.
    expect(await t.fireDue()).toEqual([]);
    expect(t.jobs.cancelled.map((j) => j.id)).toContain(`${t.clinic}.${e1.id}.${hold}`);
    expect(t.offered()).toHaveLength(2);
    expect(t.handlerErrors).toEqual([]);
  });

  it('two concurrent walks over one freed slot offer it once; one entry never holds two offers', async () => {
    kit.clock.set(NOW);
    const t = await setup({ subscribe: 'none' });
    await t.joinAs('+201000000071');
    await t.joinAs('+201000000072');
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    const cancelled = t.events.find((e) => e.type === 'AppointmentCancelled') as AppointmentCancelledEvent;
    // Two processes: two OfferFreedSlot instances over the same Redis, each called twice.
    const other = new OfferFreedSlot(t.offerDeps);
    const results = await Promise.all([
      t.offers.onAppointmentCancelled(cancelled),
      other.onAppointmentCancelled(cancelled),
      t.offers.onAppointmentCancelled(cancelled),
      other.onAppointmentCancelled(cancelled),
    ]);
    expect(results.filter((r) => r.outcome === 'offered')).toHaveLength(1);
    // The one walk that ran offered it to the first in line; the others found it locked or taken.
    expect(results.find((r) => r.outcome === 'offered')).toMatchObject({ entry: { patientRef: '+201000000071' } });
    expect(results.filter((r) => r.outcome === 'busy' || r.outcome === 'taken')).toHaveLength(3);
    expect(t.offered()).toHaveLength(1);
    const live = await t.run(() => t.appointments.busyBetween(t.clinic, 'doc_a', new Date(MON_10), new Date(MON_1030), 86_400_000, kit.clock.now()));
    expect(live).toHaveLength(1);
    expect((await t.queue()).length).toBe(2);

    // One waiting entry, two different slots freed at the same moment: it gets one of them.
    const u = await setup({ subscribe: 'none' });
    const only = await u.joinAs('+201000000073');
    const x = await u.bookAs('+201099999999', MON_10);
    const y = await u.bookAs('+201099999998', '2026-03-02T09:00:00.000Z');
    await u.cancel(x.id);
    await u.cancel(y.id);
    const freed = u.events.filter((e) => e.type === 'AppointmentCancelled') as AppointmentCancelledEvent[];
    const both = await Promise.all([u.offers.onAppointmentCancelled(freed[0]!), new OfferFreedSlot(u.offerDeps).onAppointmentCancelled(freed[1]!)]);
    expect(both.map((r) => r.outcome).sort()).toEqual(['none', 'offered']);
    const holds = await u.run(() => u.appointments.listForPatient(u.clinic, '+201000000073', kit.clock.now()));
    expect(holds.filter((a) => a.state === 'held')).toHaveLength(1);
    expect((await u.entry(only.id)).status).toBe('offered');
  });

  it('an expiry job delivered twice at once ends the offer once and offers the slot once', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const e1 = await t.joinAs('+201000000111');
    const e2 = await t.joinAs('+201000000112');
    await t.joinAs('+201000000113');
    await t.cancel((await t.bookAs('+201099999999', MON_10)).id);
    const job = t.jobs.waiting()[0]!;
    kit.clock.advance(30 * MINUTE);
    const results = await Promise.all([t.expiry.handle(job), t.expiry.handle(job), new OfferExpired({ ...t.expiryDeps }).handle(job)]);
    expect(results.every((r) => r.outcome === 'expired')).toBe(true);
    expect(results.filter((r) => r.outcome === 'expired' && r.next.outcome === 'offered')).toHaveLength(1);
    expect((await t.entry(e1.id)).status).toBe('expired');
    expect((await t.entry(e2.id)).status).toBe('offered');
    expect(t.offered().map((e) => e.payload.entryId)).toEqual([e1.id, e2.id]);
    // A job that is not about a current offer is ignored.
    expect(await t.expiry.handle({ ...job, data: { ...job.data, appointmentId: 'apt_other' } })).toEqual({ outcome: 'ignored' });
    expect(await t.expiry.handle({ ...job, data: { clinicId: 'NOT A CLINIC', entryId: e1.id, appointmentId: 'x' } })).toEqual({ outcome: 'ignored' });
  });

  it('store: claims, offers and status changes are compare-and-set; joins never duplicate; queues are bounded', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const e = await t.joinAs('+201000000101');
    const entryKey = `t:{${t.clinic}}:waitlist:${e.id}`;
    await t.run(async () => {
      const now = kit.clock.now();
      const lease = new Date(now.getTime() + MINUTE);
      const offer = { appointmentId: 'apt_x', doctorId: 'doc_a', start: new Date(MON_10), holdUntil: new Date(now.getTime() + 30 * MINUTE) };
      expect(await t.store.claim(t.clinic, e.id, 'tok_a', now, lease)).toBe('claimed');
      expect(await t.store.claim(t.clinic, e.id, 'tok_b', now, lease)).toBe('claimed_by_other');
      expect(await t.store.markOffered(t.clinic, e.id, 'tok_b', offer, now)).toBeUndefined();
      // A lapsed claim (a crashed attempt) can be taken over; the old holder then loses.
      expect(await t.store.claim(t.clinic, e.id, 'tok_b', lease, new Date(lease.getTime() + MINUTE))).toBe('claimed');
      expect(await t.store.markOffered(t.clinic, e.id, 'tok_a', offer, now)).toBeUndefined();
      const offered = await t.store.markOffered(t.clinic, e.id, 'tok_b', offer, now);
      expect(offered).toMatchObject({ status: 'offered', offer: { appointmentId: 'apt_x' } });
      // Never a second offer on the same entry.
      expect(await t.store.markOffered(t.clinic, e.id, 'tok_b', { ...offer, appointmentId: 'apt_y' }, now)).toBeUndefined();
      expect(await t.store.claim(t.clinic, e.id, 'tok_c', now, lease)).toBe('not_waiting');
      expect(await t.store.entryOfOffer(t.clinic, 'apt_x')).toBe(e.id);
      // Stale expectations are refused.
      expect(await t.store.change(t.clinic, offered!, { from: 'offered', to: 'expired', offerAppointmentId: 'apt_y', reason: 'x', at: now })).toBeUndefined();
      expect(await t.store.change(t.clinic, offered!, { from: 'waiting', to: 'left', reason: 'x', at: now })).toBeUndefined();
      const ended = await t.store.change(t.clinic, offered!, { from: 'offered', to: 'expired', offerAppointmentId: 'apt_x', reason: 'offer_lapsed', at: now });
      expect(ended).toMatchObject({ status: 'expired', reason: 'offer_lapsed' });
      expect(await t.store.entryOfOffer(t.clinic, 'apt_x')).toBeUndefined();
      expect(await t.store.listForPatient(t.clinic, '+201000000101')).toEqual([]);
    });
    // An ended entry stays readable for 30 days, then goes.
    expect(await kit.redis.pttl(entryKey)).toBeGreaterThan(29 * 24 * 3_600_000);

    // 20 simultaneous joins by one patient for one service: one entry.
    const joins = await Promise.all(Array.from({ length: 20 }, () => t.joinAs('+201000000102')));
    expect(new Set(joins.map((j) => j.id)).size).toBe(1);
    expect(await t.queue()).toEqual(['+201000000102']);

    // A full queue refuses more.
    const newEntry = (ref: string) => ({ id: `wl_full_${ref.slice(-3)}`, patientRef: ref, serviceId: 'svc_clean', fromDate: '2026-03-01', toDate: '2026-03-02', createdAt: kit.clock.now() });
    await t.run(async () => {
      expect((await t.store.join(t.clinic, newEntry('+201000000201'), 2)).outcome).toBe('created');
      expect((await t.store.join(t.clinic, newEntry('+201000000202'), 2)).outcome).toBe('created');
      expect((await t.store.join(t.clinic, newEntry('+201000000203'), 2)).outcome).toBe('full');
      expect((await t.store.join(t.clinic, newEntry('+201000000201'), 2)).outcome).toBe('exists');
    });
  });

  it('refuses bad input with a field, before writing anything', async () => {
    kit.clock.set(NOW);
    const t = await setup();
    const ref = '+201000000081';
    const base: JoinWaitlistInput = { serviceId: 'svc_checkup', fromDate: '2026-03-01', toDate: '2026-03-10' };
    const cases: [Partial<JoinWaitlistInput>, string, string][] = [
      [{ fromDate: 'tomorrow' }, 'SCHEDULING.INVALID_WAITLIST', 'fromDate'],
      [{ fromDate: '2026-02-28' }, 'SCHEDULING.INVALID_WAITLIST', 'fromDate'],
      [{ toDate: '2026-02-28' }, 'SCHEDULING.INVALID_WAITLIST', 'toDate'],
      [{ toDate: '2026-06-30' }, 'SCHEDULING.INVALID_WAITLIST', 'toDate'],
      [{ serviceId: 'Bad Id!' }, 'SCHEDULING.INVALID_WAITLIST', 'serviceId'],
      [{ serviceId: 'svc_none' }, 'SCHEDULING.UNKNOWN_SERVICE', 'serviceId'],
      [{ doctorId: 'doc_zz' }, 'SCHEDULING.UNKNOWN_DOCTOR', 'doctorId'],
      [{ branchId: 'br_nowhere' }, 'SCHEDULING.UNKNOWN_BRANCH', 'branchId'],
      [{ doctorId: 'doc_a', branchId: 'br_east' }, 'SCHEDULING.UNKNOWN_BRANCH', 'branchId'],
    ];
    for (const [patch, code, field] of cases) {
      expect(await failureOf(t.run(() => t.join.execute(t.clinic, t.patient(ref), { ...base, ...patch }))), JSON.stringify(patch)).toEqual({ code, field });
    }
    expect(await failureOf(t.run(() => t.join.execute(t.clinic, t.staff, base)))).toEqual({ code: 'SCHEDULING.INVALID_WAITLIST', field: 'patientRef' });
    expect(await failureOf(t.run(() => t.join.execute(t.clinic, t.staff, { ...base, patientRef: 'no spaces please' })))).toEqual({
      code: 'SCHEDULING.INVALID_WAITLIST',
      field: 'patientRef',
    });
    // A patient joins only for themselves; the AI needs the verified patient of its conversation.
    expect(await codeOf(t.run(() => t.join.execute(t.clinic, t.patient(ref), { ...base, patientRef: '+201000000099' })))).toBe(
      'SCHEDULING.PATIENT_SCOPE_REQUIRED',
    );
    const agent: Actor = { kind: 'agent', clinicId: t.clinic };
    expect(await codeOf(t.run(() => t.join.execute(t.clinic, { actor: agent, requestId: 'r' }, base)))).toBe('SCHEDULING.PATIENT_SCOPE_REQUIRED');
    expect(await codeOf(t.run(() => t.join.execute(t.clinic, { actor: agent, requestId: 'r', patientRef: ref }, base)))).toBe('ok');
    // Services booked on request only have no waitlist.
    await t.run(() => t.edit.updateSettings(t.clinic, t.owner, 'req-settings', { approvalServiceIds: ['svc_implant'] }));
    expect(await failureOf(t.run(() => t.join.execute(t.clinic, t.patient(ref), { ...base, serviceId: 'svc_implant' })))).toEqual({
      code: 'SCHEDULING.WAITLIST_NOT_AVAILABLE',
      field: 'serviceId',
    });
    expect(await failureOf(t.run(() => t.leave.execute(t.clinic, t.patient(ref), { entryId: 'x' })))).toEqual({
      code: 'SCHEDULING.INVALID_WAITLIST',
      field: 'entryId',
    });
    expect(await failureOf(t.run(() => t.list.forService(t.clinic, { serviceId: '' })))).toEqual({ code: 'SCHEDULING.INVALID_WAITLIST', field: 'serviceId' });
    // Only the agent's entry was written.
    expect(await scanKeys(kit.redis, `t:{${t.clinic}}:waitlist:*`)).toHaveLength(1);
  });

  it('does not leak across clinics', async () => {
    kit.clock.set(NOW);
    const a = await setup();
    const b = await setup();
    const waiting = await a.joinAs('+201000000091');
    // The same doctor id and time freed in clinic B offers nothing in clinic A.
    await b.cancel((await b.bookAs('+201099999999', MON_10)).id);
    expect((await a.entry(waiting.id)).status).toBe('waiting');
    expect(b.offered()).toEqual([]);
    // Clinic B cannot see or act on clinic A's entry by id.
    expect(await codeOf(b.run(() => b.leave.execute(b.clinic, b.staff, { entryId: waiting.id })))).toBe('SCHEDULING.WAITLIST_ENTRY_NOT_FOUND');
    expect(await codeOf(b.run(() => b.accept.execute(b.clinic, b.patient('+201000000091'), { entryId: waiting.id })))).toBe(
      'SCHEDULING.WAITLIST_ENTRY_NOT_FOUND',
    );
    // Reaching into clinic A from clinic B's scope is a violation, not a read.
    await expect(b.run(() => a.store.get(a.clinic, waiting.id))).rejects.toBeInstanceOf(TenantScopeViolation);
    expect((await b.run(() => b.list.forService(b.clinic, { serviceId: 'svc_checkup' })))).toEqual([]);
    // A job names its clinic and runs in that clinic's scope, wherever it is picked up.
    await a.cancel((await a.bookAs('+201099999999', MON_10)).id);
    const job = a.jobs.waiting()[0]!;
    kit.clock.advance(30 * MINUTE);
    expect(await a.expiry.handle(job)).toMatchObject({ outcome: 'expired', next: { outcome: 'none' } });
    expect(await scanKeys(kit.redis, `t:{${b.clinic}}:waitlist*`)).toEqual([]);
  });
});
