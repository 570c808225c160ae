import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createCallerFactory, router, silentLogger, type Actor } from '@frontdesk/shared-kernel';
import { createTenancyKit, memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { createSchedulingHarness } from '../testing/scheduling-harness';
import { createSchedulingRouters } from './scheduling.routers';
import { subscribeWaitlist } from '../application/waitlist';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());
beforeEach(() => kit.clock.set('2026-03-01T06:00:00.000Z'));

async function surfaces() {
  const h = createSchedulingHarness(kit, uniqueClinicId('api'));
  await h.setUp();
  const routers = createSchedulingRouters({ ...h, config: h.reader });
  const app = router({
    staff: router({ scheduling: routers.staff }),
    patient: router({ scheduling: routers.patient }),
    public: router({ scheduling: routers.public }),
  });
  const createCaller = createCallerFactory(app);
  let n = 0;
  const as = (actor: Actor) =>
    createCaller({ requestId: `req-${++n}`, actor, http: memoryHttpExchange(), guard: kit.guard, logger: silentLogger(), production: false });
  return { h, as };
}

async function domainCode(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e as { cause?: { code?: string }; code?: string },
  );
  if (!error) return 'ok';
  return error.cause?.code ?? error.code;
}

const booking = (start: string) => ({ doctorId: 'doc_a', serviceId: 'svc_checkup', start, idempotencyKey: crypto.randomUUID() });

describe('staff.scheduling over the router', () => {
  it('books for a patient typed as a local number: one record, the appointment carries the E.164', async () => {
    const { h, as } = await surfaces();
    const reception = as(staffActor(h.clinicId, 'receptionist')).staff.scheduling;
    expect(await domainCode(reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '0100 123 4567' } }))).toBe('SCHEDULING.INVALID_PATIENT_NAME');
    const first = await reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '0100 123 4567', name: 'Mona Adel' } });
    expect(first.appointment).toMatchObject({ patientRef: '+201001234567', state: 'booked', start: '2026-03-02T08:00:00.000Z' });
    // The same person typed another way: no second record, no name needed.
    const second = await reception.book({ ...booking('2026-03-02T09:00:00.000Z'), patient: { phone: '+20 100 123 4567' } });
    expect(second.appointment.patientRef).toBe('+201001234567');
    const history = await reception.patientAppointments({ patientRef: '+201001234567' });
    expect(history.map((a) => a.id)).toEqual([first.appointment.id, second.appointment.id]);
    const found = await reception.patients.search({ query: 'mona' });
    expect(found.results).toHaveLength(1);
  });

  it('lets each role do only its part', async () => {
    const { h, as } = await surfaces();
    const reception = as(staffActor(h.clinicId, 'receptionist')).staff.scheduling;
    const doctor = as(staffActor(h.clinicId, 'doctor')).staff.scheduling;
    const { appointment } = await reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '01001234567', name: 'Mona Adel' } });
    // A doctor's account sees nothing until the owner says which doctor it is.
    expect(await domainCode(doctor.calendar({ from: '2026-03-02' }))).toBe('SCHEDULING.DOCTOR_NOT_LINKED');
    expect(await domainCode(reception.linkStaffDoctor({ userId: 'usr_doctor', doctorId: 'doc_a' }))).toBe('IDENTITY.ROLE_FORBIDDEN');
    await as(staffActor(h.clinicId, 'owner')).staff.scheduling.linkStaffDoctor({ userId: 'usr_doctor', doctorId: 'doc_a' });
    expect(await domainCode(doctor.book({ ...booking('2026-03-02T10:00:00.000Z'), patient: { phone: '01001234567' } }))).toBe('IDENTITY.ROLE_FORBIDDEN');
    expect(await domainCode(doctor.cancel({ appointmentId: appointment.id }))).toBe('IDENTITY.ROLE_FORBIDDEN');
    expect(await domainCode(reception.setAvailability({ id: 'doc_a', branches: [] }))).toBe('IDENTITY.ROLE_FORBIDDEN');
    expect((await doctor.complete({ appointmentId: appointment.id })).appointment.state).toBe('completed');
    const day = await doctor.calendar({ from: '2026-03-02' });
    expect(day.appointments.map((a) => [a.id, a.state])).toEqual([[appointment.id, 'completed']]);
  });

  it("never shows one clinic's appointments to another clinic's staff", async () => {
    const a = await surfaces();
    const b = await surfaces();
    const { appointment } = await a.as(staffActor(a.h.clinicId, 'receptionist')).staff.scheduling.book({
      ...booking('2026-03-02T08:00:00.000Z'),
      patient: { phone: '01001234567', name: 'Mona Adel' },
    });
    const other = b.as(staffActor(b.h.clinicId, 'owner')).staff.scheduling;
    expect(await domainCode(other.appointment({ appointmentId: appointment.id }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
    expect(await domainCode(other.cancel({ appointmentId: appointment.id }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
    expect((await other.calendar({ from: '2026-03-02' })).appointments).toEqual([]);
    expect(await other.patientAppointments({ patientRef: '+201001234567' })).toEqual([]);
  });
});

describe("a doctor's account", () => {
  it("sees and acts on only that doctor's appointments and patients", async () => {
    const { h, as } = await surfaces();
    const owner = as(staffActor(h.clinicId, 'owner')).staff.scheduling;
    const reception = as(staffActor(h.clinicId, 'receptionist')).staff.scheduling;
    const doctor = as(staffActor(h.clinicId, 'doctor')).staff.scheduling;
    await owner.linkStaffDoctor({ userId: 'usr_doctor', doctorId: 'doc_a' });
    const mine = (await reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '01001234567', name: 'Mona Adel' } })).appointment;
    const theirs = (
      await reception.book({ doctorId: 'doc_b', branchId: 'br_main', serviceId: 'svc_checkup', start: '2026-03-02T08:00:00.000Z', idempotencyKey: crypto.randomUUID(), patient: { phone: '01009999999', name: 'Mona Salem' } })
    ).appointment;
    // The owner sees both; the doctor only their own, even when asking for the other doctor.
    expect((await owner.calendar({ from: '2026-03-02' })).appointments).toHaveLength(2);
    expect((await doctor.calendar({ from: '2026-03-02', doctorId: 'doc_b' })).appointments.map((a) => a.id)).toEqual([mine.id]);
    expect(await domainCode(doctor.appointment({ appointmentId: theirs.id }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
    expect(await domainCode(doctor.noShow({ appointmentId: theirs.id }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
    expect(await doctor.patientAppointments({ patientRef: '+201009999999' })).toEqual([]);
    // Patients: both named Mona, the doctor finds only theirs and cannot open or annotate the other.
    expect((await reception.patients.search({ query: 'mona' })).results).toHaveLength(2);
    expect((await doctor.patients.search({ query: 'mona' })).results.map((p) => p.phone)).toEqual(['+201001234567']);
    expect(await domainCode(doctor.patients.get({ phone: '01009999999' }))).toBe('SCHEDULING.PATIENT_NOT_FOUND');
    expect(await domainCode(doctor.patients.addNote({ phone: '01009999999', text: 'note' }))).toBe('SCHEDULING.PATIENT_NOT_FOUND');
    expect((await doctor.patients.addNote({ phone: '01001234567', text: 'Sensitive to cold' })).note.text).toBe('Sensitive to cold');
    const [audit] = await kit.auditLog.query(h.clinicId, { action: 'scheduling.staff_doctor.update', limit: 1 });
    expect(audit).toMatchObject({ actor: 'staff:usr_owner', target: 'user:usr_doctor' });
  });
});

describe('patient.scheduling and patient links', () => {
  it('a verified patient sees only their own upcoming appointments; an anonymous caller sees nothing', async () => {
    const { h, as } = await surfaces();
    const reception = as(staffActor(h.clinicId, 'receptionist')).staff.scheduling;
    const mine = (await reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '01001234567', name: 'Mona Adel' } })).appointment;
    await reception.book({ ...booking('2026-03-02T09:00:00.000Z'), patient: { phone: '01009999999', name: 'Omar Said' } });
    const upcoming = await as({ kind: 'patient', id: '+201001234567', clinicId: h.clinicId }).patient.scheduling.upcoming();
    expect(upcoming.map((a) => a.id)).toEqual([mine.id]);
    expect(await domainCode(as({ kind: 'anonymous' }).patient.scheduling.upcoming())).toBe('IDENTITY.NOT_VERIFIED');
    expect(await domainCode(as(staffActor(h.clinicId, 'owner')).patient.scheduling.upcoming())).toBe('IDENTITY.FORBIDDEN');
  });

  it('a link confirms once through the public surface, then is spent', async () => {
    const { h, as } = await surfaces();
    const reception = as(staffActor(h.clinicId, 'receptionist')).staff.scheduling;
    const { appointment } = await reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '01001234567', name: 'Mona Adel' } });
    const stored = await h.scoped(async () => (await h.store.get(h.clinicId, appointment.id, kit.clock.now()))!);
    const token = await h.scoped(() => h.links.issue(stored));
    const anonymous = as({ kind: 'anonymous' }).public.scheduling;
    expect((await anonymous.link({ token })).id).toBe(appointment.id);
    expect((await anonymous.useLink({ token, action: 'confirm' })).appointment.state).toBe('confirmed');
    expect(await domainCode(anonymous.useLink({ token, action: 'cancel' }))).toBe('SCHEDULING.LINK_EXPIRED');
  });
});

describe('the waitlist over the router', () => {
  it('a freed slot is offered to the waiting patient, who accepts it from their session', async () => {
    const { h, as } = await surfaces();
    subscribeWaitlist(h.bus, h.offers);
    const reception = as(staffActor(h.clinicId, 'receptionist')).staff.scheduling;
    const taken = (await reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '01009999999', name: 'Omar Said' } })).appointment;
    const mona = as({ kind: 'patient', id: '+201001234567', clinicId: h.clinicId }).patient.scheduling;
    const joined = await mona.waitlist.join({ serviceId: 'svc_checkup', doctorId: 'doc_a', fromDate: '2026-03-02', toDate: '2026-03-02' });
    expect((await reception.waitlist.list({ serviceId: 'svc_checkup' })).map((p) => p.entry.patientRef)).toEqual(['+201001234567']);
    await reception.cancel({ appointmentId: taken.id, idempotencyKey: crypto.randomUUID() });
    const [entry] = await mona.waitlist.mine();
    expect(entry).toMatchObject({ id: joined.entry.id, status: 'offered' });
    const accepted = await mona.waitlist.accept({ entryId: joined.entry.id });
    expect(accepted.appointment).toMatchObject({ state: 'booked', start: new Date('2026-03-02T08:00:00.000Z') });
    expect((await mona.upcoming()).map((a) => a.start)).toEqual(['2026-03-02T08:00:00.000Z']);
    expect(h.events.map((e) => e.type)).toContain('WaitlistSlotOffered');
    // Another patient cannot accept Mona's offer or see her entries.
    const omar = as({ kind: 'patient', id: '+201009999999', clinicId: h.clinicId }).patient.scheduling;
    expect(await omar.waitlist.mine()).toEqual([]);
    expect(await domainCode(omar.waitlist.accept({ entryId: joined.entry.id }))).toBe('SCHEDULING.WAITLIST_ENTRY_NOT_FOUND');
  });

  it('the old time of a moved appointment is offered too', async () => {
    const { h, as } = await surfaces();
    subscribeWaitlist(h.bus, h.offers);
    const reception = as(staffActor(h.clinicId, 'receptionist')).staff.scheduling;
    const moved = (await reception.book({ ...booking('2026-03-02T08:00:00.000Z'), patient: { phone: '01009999999', name: 'Omar Said' } })).appointment;
    const mona = as({ kind: 'patient', id: '+201001234567', clinicId: h.clinicId }).patient.scheduling;
    await mona.waitlist.join({ serviceId: 'svc_checkup', doctorId: 'doc_a', fromDate: '2026-03-02', toDate: '2026-03-02' });
    await reception.reschedule({ appointmentId: moved.id, start: '2026-03-02T12:00:00.000Z', idempotencyKey: crypto.randomUUID() });
    const [entry] = await mona.waitlist.mine();
    expect(entry).toMatchObject({ status: 'offered', offer: { start: new Date('2026-03-02T08:00:00.000Z') } });
  });
});
