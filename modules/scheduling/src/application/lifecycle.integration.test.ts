import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, TenantScopeViolation } from '@frontdesk/shared-kernel';
import { createTenancyKit, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { createSchedulingHarness } from '../testing/scheduling-harness';
import { codeOf } from '../testing/outcomes';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

// Sunday 2026-03-01 08:00 in Cairo (UTC+2 until the end of April).
const NOW = '2026-03-01T06:00:00.000Z';
const MON_10 = '2026-03-02T08:00:00.000Z'; // Monday 10:00 Cairo
const MON_11 = '2026-03-02T09:00:00.000Z';
const PHONE = '+201001234567';
const OTHER_PHONE = '+201009999999';


let keyCounter = 0;
const key = () => `test-key-${++keyCounter}-${Date.now()}`;

async function harness() {
  const h = createSchedulingHarness(kit, uniqueClinicId('life'));
  await h.setUp();
  return h;
}

beforeEach(() => kit.clock.set(NOW));

describe('booking policy (clinic hours, notice, horizon)', () => {
  it('books only inside working hours, at any minute, and names the reason otherwise', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const base = { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE };
      expect((await h.book.execute(h.clinicId, { ...base, start: '2026-03-02T08:07:00.000Z', idempotencyKey: key() }, h.patient(PHONE))).appointment.state).toBe('booked');
      // 13:10 Cairo: the doctor's break.
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, start: '2026-03-02T11:10:00.000Z', idempotencyKey: key() }, h.patient(PHONE)))).toBe('SCHEDULING.NOT_BOOKABLE_CLOSED');
      // 16:45 Cairo: a 30-minute check-up would run past 17:00.
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, start: '2026-03-02T14:45:00.000Z', idempotencyKey: key() }, h.patient(PHONE)))).toBe('SCHEDULING.NOT_BOOKABLE_CLOSED');
      // Friday: closed.
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, start: '2026-03-06T08:00:00.000Z', idempotencyKey: key() }, h.patient(PHONE)))).toBe('SCHEDULING.NOT_BOOKABLE_CLOSED');
      // 30 minutes from now is inside the 60-minute notice for a patient (Sunday 08:30 is before opening anyway: use 09:30 with the clock at 09:00).
      kit.clock.set('2026-03-01T07:00:00.000Z');
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, start: '2026-03-01T07:30:00.000Z', idempotencyKey: key() }, h.patient(PHONE)))).toBe('SCHEDULING.NOT_BOOKABLE_NOTICE');
      // Staff book walk-ins at short notice.
      expect((await h.book.execute(h.clinicId, { ...base, start: '2026-03-01T07:30:00.000Z', idempotencyKey: key() }, h.receptionist)).appointment.state).toBe('booked');
      // Beyond the 60-day horizon for patients.
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, start: '2026-05-04T07:00:00.000Z', idempotencyKey: key() }, h.patient(PHONE)))).toBe('SCHEDULING.NOT_BOOKABLE_HORIZON');
    });
  });

  it('needs a branch for a doctor at several branches and refuses one they do not work at', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const base = { doctorId: 'doc_b', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10 };
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, idempotencyKey: key() }, h.receptionist))).toBe('SCHEDULING.BRANCH_REQUIRED');
      // Monday Dr. Karim is at Zamalek, not Heliopolis.
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, branchId: 'br_east', idempotencyKey: key() }, h.receptionist))).toBe('SCHEDULING.NOT_BOOKABLE_CLOSED');
      expect((await h.book.execute(h.clinicId, { ...base, branchId: 'br_main', idempotencyKey: key() }, h.receptionist)).appointment.branchId).toBe('br_main');
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, doctorId: 'doc_zz', idempotencyKey: key() }, h.receptionist))).toBe('SCHEDULING.UNKNOWN_DOCTOR');
    });
  });
});

describe('staff approval mode', () => {
  it('holds a patient request until a receptionist accepts it; staff bookings need no approval', async () => {
    const h = await harness();
    await h.scoped(async () => {
      await h.editConfig.updateSettings(h.clinicId, h.owner, 'req', { approvalServiceIds: ['svc_implant'] });
      const request = { doctorId: 'doc_a', serviceId: 'svc_implant', patientRef: PHONE, start: MON_10 };
      const held = (await h.book.execute(h.clinicId, { ...request, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      expect(held).toMatchObject({ state: 'held', holdPurpose: 'approval' });
      expect(held.holdUntil!.getTime() - Date.parse(NOW)).toBe(24 * 3600_000);
      // The request blocks the slot while it waits.
      expect(await codeOf(h.book.execute(h.clinicId, { ...request, patientRef: OTHER_PHONE, idempotencyKey: key() }, h.patient(OTHER_PHONE)))).toBe('SCHEDULING.SLOT_TAKEN');
      // A patient cannot accept their own request.
      expect(await codeOf(h.changes.acceptRequest(h.clinicId, { actor: h.patient(PHONE), requestId: 'r', patientRef: PHONE }, { appointmentId: held.id }))).toBe('SCHEDULING.STAFF_ONLY');
      const accepted = await h.changes.acceptRequest(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: held.id });
      expect(accepted.appointment).toMatchObject({ state: 'booked', version: 2 });
      expect(accepted.appointment.holdUntil).toBeUndefined();
      // Still blocking after the original hold time: it is a booking now.
      kit.clock.advance(25 * 3600_000);
      expect((await h.store.get(h.clinicId, held.id, kit.clock.now()))!.state).toBe('booked');
      const staffBooked = await h.book.execute(h.clinicId, { ...request, start: '2026-03-03T08:00:00.000Z', idempotencyKey: key() }, h.receptionist);
      expect(staffBooked.appointment.state).toBe('booked');
    });
  });

  it('declining frees the slot at once', async () => {
    const h = await harness();
    await h.scoped(async () => {
      await h.editConfig.updateSettings(h.clinicId, h.owner, 'req', { approvalServiceIds: ['svc_implant'] });
      const request = { doctorId: 'doc_a', serviceId: 'svc_implant', patientRef: PHONE, start: MON_10 };
      const held = (await h.book.execute(h.clinicId, { ...request, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      const declined = await h.changes.declineRequest(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: held.id, reason: 'doctor away' });
      expect(declined.appointment).toMatchObject({ state: 'cancelled', changeReason: 'doctor away' });
      expect((await h.book.execute(h.clinicId, { ...request, patientRef: OTHER_PHONE, serviceId: 'svc_checkup', idempotencyKey: key() }, h.receptionist)).appointment.state).toBe('booked');
    });
  });
});

describe('holds', () => {
  it('a live hold becomes a booking once; a lapsed one cannot', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const base = { doctorId: 'doc_a', serviceId: 'svc_clean', patientRef: PHONE, hold: { purpose: 'deposit' as const } };
      const held = (await h.book.execute(h.clinicId, { ...base, start: MON_10, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      expect(held.holdUntil!.getTime() - Date.parse(NOW)).toBe(15 * 60_000); // the clinic's default hold
      const taken = await h.changes.takeUpHold(h.clinicId, { actor: { kind: 'system', id: 'billing' }, requestId: 'r' }, { appointmentId: held.id });
      expect(taken).toMatchObject({ changed: true, appointment: { state: 'booked' } });
      expect(await codeOf(h.changes.takeUpHold(h.clinicId, { actor: { kind: 'system', id: 'billing' }, requestId: 'r' }, { appointmentId: held.id }))).toBe('SCHEDULING.NOT_HELD');
      // Still busy after the hold time: the interval lost its expiry.
      kit.clock.advance(20 * 60_000);
      expect(await codeOf(h.book.execute(h.clinicId, { ...base, hold: undefined, start: MON_10, patientRef: OTHER_PHONE, idempotencyKey: key() }, h.receptionist))).toBe('SCHEDULING.SLOT_TAKEN');

      const late = (await h.book.execute(h.clinicId, { ...base, start: MON_11, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      kit.clock.advance(16 * 60_000);
      expect(await codeOf(h.changes.takeUpHold(h.clinicId, { actor: h.patient(PHONE), requestId: 'r', patientRef: PHONE }, { appointmentId: late.id }))).toBe('SCHEDULING.HOLD_EXPIRED');

      // The hold's end job stores the lapse once and announces it (the waitlist listens).
      expect(await h.changes.expireLapsedHold(h.clinicId, late.id)).toBe(true);
      expect(await h.changes.expireLapsedHold(h.clinicId, late.id)).toBe(false);
      expect(await kit.redis.hget(`t:{${h.clinicId}}:appt:${late.id}`, 'state')).toBe('cancelled');
      const lapsed = h.events.filter((e) => e.type === 'AppointmentCancelled');
      expect(lapsed.map((e) => e.payload)).toEqual([expect.objectContaining({ appointmentId: late.id, reason: 'hold_expired', previousState: 'held', by: 'system:hold-expiry' })]);
      // A hold that was taken up is left alone.
      expect(await h.changes.expireLapsedHold(h.clinicId, held.id)).toBe(false);
    });
  });
});

describe('reschedule', () => {
  it('moves atomically: the new time is checked over its whole duration, the old one freed, confirmed becomes booked', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const a = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_clean', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, h.receptionist)).appointment;
      await h.changes.confirm(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: a.id });
      // 11:30-12:15 is taken by someone else; moving a 45+15 min cleaning to 11:00 would overlap it.
      await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: OTHER_PHONE, start: '2026-03-02T09:30:00.000Z', idempotencyKey: key() }, h.receptionist);
      const scope = { actor: h.receptionist, requestId: 'r' };
      expect(await codeOf(h.changes.reschedule(h.clinicId, scope, { appointmentId: a.id, start: MON_11, idempotencyKey: key() }))).toBe('SCHEDULING.SLOT_TAKEN');
      expect((await h.store.get(h.clinicId, a.id, kit.clock.now()))!.start.toISOString()).toBe(MON_10);

      const moveKey = key();
      const moved = await h.changes.reschedule(h.clinicId, scope, { appointmentId: a.id, start: '2026-03-02T12:00:00.000Z', idempotencyKey: moveKey });
      expect(moved.changed).toBe(true);
      expect(moved.appointment).toMatchObject({ state: 'booked', start: new Date('2026-03-02T12:00:00.000Z'), end: new Date('2026-03-02T12:45:00.000Z') });
      // The same key again: the first result, nothing new.
      const again = await h.changes.reschedule(h.clinicId, scope, { appointmentId: a.id, start: '2026-03-02T12:00:00.000Z', idempotencyKey: moveKey });
      expect(again).toMatchObject({ changed: false, appointment: { version: moved.appointment.version } });
      expect(await codeOf(h.changes.reschedule(h.clinicId, scope, { appointmentId: a.id, start: '2026-03-02T13:00:00.000Z', idempotencyKey: moveKey }))).toBe('SCHEDULING.IDEMPOTENCY_KEY_REUSED');
      // The old time is free again.
      expect((await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: OTHER_PHONE, start: MON_10, idempotencyKey: key() }, h.receptionist)).appointment.state).toBe('booked');
      const event = h.events.find((e) => e.type === 'AppointmentRescheduled');
      expect(event?.payload).toMatchObject({ appointmentId: a.id, previousStart: MON_10, start: '2026-03-02T12:00:00.000Z', by: 'staff:usr_rec' });
      // Moving onto its own old neighbourhood is fine: it never collides with itself.
      const self = await h.changes.reschedule(h.clinicId, scope, { appointmentId: a.id, start: '2026-03-02T12:15:00.000Z', idempotencyKey: key() });
      expect(self.appointment.start.toISOString()).toBe('2026-03-02T12:15:00.000Z');
    });
  });

  it('moves to another doctor and branch', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const a = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, h.receptionist)).appointment;
      // Wednesday Dr. Karim is at Heliopolis.
      const moved = await h.changes.reschedule(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: a.id, start: '2026-03-04T08:00:00.000Z', doctorId: 'doc_b', branchId: 'br_east', idempotencyKey: key() });
      expect(moved.appointment).toMatchObject({ doctorId: 'doc_b', branchId: 'br_east' });
      expect(await kit.redis.zcard(`t:{${h.clinicId}}:busy:doc_a`)).toBe(0);
      expect(await kit.redis.zcard(`t:{${h.clinicId}}:busy:doc_b`)).toBe(1);
    });
  });
});

describe('cutoff policy', () => {
  it('stops patients and the AI inside the cutoff; staff must override, and the override is audited', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const a = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, h.receptionist)).appointment;
      const patientScope = { actor: h.patient(PHONE), requestId: 'r', patientRef: PHONE };
      // 2 h before the start, inside the default 24 h cutoff.
      kit.clock.set('2026-03-02T06:00:00.000Z');
      expect(await codeOf(h.changes.cancel(h.clinicId, patientScope, { appointmentId: a.id, idempotencyKey: key() }))).toBe('SCHEDULING.INSIDE_CUTOFF');
      expect(await codeOf(h.changes.reschedule(h.clinicId, patientScope, { appointmentId: a.id, start: '2026-03-03T08:00:00.000Z', idempotencyKey: key() }))).toBe('SCHEDULING.INSIDE_CUTOFF');
      const tools = h.agentTools.forConversation({ clinicId: h.clinicId, conversationId: 'c1', verifiedPatient: PHONE });
      expect(await codeOf(tools.cancel_appointment({ appointmentId: a.id, idempotencyKey: key() }))).toBe('SCHEDULING.INSIDE_CUTOFF');
      const staff = { actor: h.receptionist, requestId: 'req-override' };
      expect(await codeOf(h.changes.cancel(h.clinicId, staff, { appointmentId: a.id }))).toBe('SCHEDULING.CUTOFF_OVERRIDE_REQUIRED');
      const cancelled = await h.changes.cancel(h.clinicId, staff, { appointmentId: a.id, overrideCutoff: true, reason: 'patient called, ill' });
      expect(cancelled.appointment.state).toBe('cancelled');
      const audit = await kit.auditLog.query(h.clinicId, { action: 'scheduling.cutoff_override', limit: 5 });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor: 'staff:usr_rec', target: `appointment:${a.id}`, requestId: 'req-override' });
      expect(audit[0]!.detail).toContain('cancel 120 min before');
    });
  });

  it('lets patients cancel outside the cutoff, idempotently with a key', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const a = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      const scope = { actor: h.patient(PHONE), requestId: 'r', patientRef: PHONE };
      const cancelKey = key();
      expect((await h.changes.cancel(h.clinicId, scope, { appointmentId: a.id, idempotencyKey: cancelKey })).changed).toBe(true);
      expect((await h.changes.cancel(h.clinicId, scope, { appointmentId: a.id, idempotencyKey: cancelKey })).changed).toBe(false);
      expect(h.events.filter((e) => e.type === 'AppointmentCancelled')).toHaveLength(1);
    });
  });
});

describe('patient scope', () => {
  it("another patient's appointment is not found, by id or through the AI tools", async () => {
    const h = await harness();
    await h.scoped(async () => {
      const a = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      const intruder = { actor: h.patient(OTHER_PHONE), requestId: 'r', patientRef: OTHER_PHONE };
      expect(await codeOf(h.changes.cancel(h.clinicId, intruder, { appointmentId: a.id, idempotencyKey: key() }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
      const tools = h.agentTools.forConversation({ clinicId: h.clinicId, conversationId: 'c2', verifiedPatient: OTHER_PHONE });
      expect(await codeOf(tools.cancel_appointment({ appointmentId: a.id, idempotencyKey: key() }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
      expect(await tools.my_appointments()).toEqual([]);
      const unverified = h.agentTools.forConversation({ clinicId: h.clinicId, conversationId: 'c3' });
      expect(await codeOf(unverified.my_appointments())).toBe('SCHEDULING.PATIENT_NOT_VERIFIED');
      expect(await codeOf(unverified.book_appointment({ doctorId: 'doc_a', serviceId: 'svc_checkup', start: MON_11, idempotencyKey: key() }))).toBe('SCHEDULING.PATIENT_NOT_VERIFIED');
      // Slot search needs no verification.
      expect((await unverified.search_slots({ serviceId: 'svc_checkup', from: '2026-03-02', to: '2026-03-02', doctorId: 'doc_a' })).length).toBeGreaterThan(0);
      expect((await h.agentTools.forConversation({ clinicId: h.clinicId, conversationId: 'c4', verifiedPatient: PHONE }).my_appointments()).map((x) => x.id)).toEqual([a.id]);
    });
  });
});

describe('clinic scope', () => {
  it("another clinic's appointment is not found through the AI tools, and that clinic's tools fail inside this clinic's scope", async () => {
    const a = await harness();
    const b = await harness();
    const inB = (await b.scoped(() => b.book.execute(b.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, b.patient(PHONE)))).appointment;
    // The same phone is a verified patient in both clinics: only the clinic tells the two apart.
    const toolsOfA = a.agentTools.forConversation({ clinicId: a.clinicId, conversationId: 'conv-a', verifiedPatient: PHONE });
    const toolsOfB = b.agentTools.forConversation({ clinicId: b.clinicId, conversationId: 'conv-b', verifiedPatient: PHONE });
    await a.scoped(async () => {
      expect(await codeOf(toolsOfA.cancel_appointment({ appointmentId: inB.id, idempotencyKey: key() }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
      expect(await codeOf(toolsOfA.reschedule_appointment({ appointmentId: inB.id, start: MON_11, idempotencyKey: key() }))).toBe('SCHEDULING.APPOINTMENT_NOT_FOUND');
      expect(await toolsOfA.my_appointments()).toEqual([]);
      // Tools bound to clinic B cannot reach B's data from inside A's tenant scope.
      await expect(toolsOfB.cancel_appointment({ appointmentId: inB.id, idempotencyKey: key() })).rejects.toBeInstanceOf(TenantScopeViolation);
      await expect(toolsOfB.reschedule_appointment({ appointmentId: inB.id, start: MON_11, idempotencyKey: key() })).rejects.toBeInstanceOf(TenantScopeViolation);
      await expect(toolsOfB.my_appointments()).rejects.toBeInstanceOf(TenantScopeViolation);
    });
    // B's booking is untouched, and B's own tools still see it.
    await b.scoped(async () => {
      expect(await b.store.get(b.clinicId, inB.id, kit.clock.now())).toMatchObject({ state: 'booked', start: inB.start, version: inB.version });
      expect((await toolsOfB.my_appointments()).map((x) => x.id)).toEqual([inB.id]);
    });
    expect(a.events).toEqual([]);
    expect(b.events.map((e) => e.type)).toEqual(['AppointmentBooked']);
  });
});

describe('completed and no-show', () => {
  it('only staff mark them; a no-show is counted on the patient record', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const a = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      expect(await codeOf(h.changes.markNoShow(h.clinicId, { actor: h.patient(PHONE), requestId: 'r', patientRef: PHONE }, { appointmentId: a.id }))).toBe('SCHEDULING.STAFF_ONLY');
      const marked = await h.changes.markNoShow(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: a.id });
      expect(marked.appointment.state).toBe('no_show');
      expect(h.noShows).toEqual([`${PHONE}:${a.id}`]);
      expect(h.events.map((e) => e.type)).toContain('AppointmentNoShow');
      // Terminal: cannot be completed or cancelled afterwards, and marking again changes nothing.
      expect(await codeOf(h.changes.complete(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: a.id }))).toBe('SCHEDULING.INVALID_TRANSITION');
      expect((await h.changes.markNoShow(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: a.id })).changed).toBe(false);
      expect(h.noShows).toHaveLength(1);
    });
  });
});

describe('patient links', () => {
  it('work once, and die when the appointment changes: a cancelled booking is never revived', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const a = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_10, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      const confirmLink = await h.links.issue(a);
      const cancelLink = await h.links.issue(a);
      expect((await h.links.view(confirmLink)).id).toBe(a.id);
      const confirmed = await h.links.use(confirmLink, 'confirm', 'r1');
      expect(confirmed.appointment.state).toBe('confirmed');
      expect(await codeOf(h.links.use(confirmLink, 'confirm', 'r2'))).toBe('SCHEDULING.LINK_EXPIRED');
      // The second link was made before the confirmation: the appointment changed, so it is dead.
      expect(await codeOf(h.links.view(cancelLink))).toBe('SCHEDULING.LINK_EXPIRED');
      expect(await codeOf(h.links.use(cancelLink, 'cancel', 'r3'))).toBe('SCHEDULING.LINK_EXPIRED');
      expect((await h.store.get(h.clinicId, a.id, kit.clock.now()))!.state).toBe('confirmed');

      const b = (await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: MON_11, idempotencyKey: key() }, h.patient(PHONE))).appointment;
      const oldLink = await h.links.issue(b);
      await h.changes.cancel(h.clinicId, { actor: h.receptionist, requestId: 'r' }, { appointmentId: b.id });
      expect(await codeOf(h.links.use(oldLink, 'confirm', 'r4'))).toBe('SCHEDULING.LINK_EXPIRED');
      expect((await h.store.get(h.clinicId, b.id, kit.clock.now()))!.state).toBe('cancelled');
      expect(await codeOf(h.links.use('garbage', 'confirm', 'r5'))).toBe('SCHEDULING.LINK_EXPIRED');
      expect(await codeOf(h.links.use(`${h.clinicId}.${'A'.repeat(43)}`, 'confirm', 'r6'))).toBe('SCHEDULING.LINK_EXPIRED');
    });
  });
});

describe('slot search and calendars over stored bookings', () => {
  it('a booked time disappears from the search; the day view runs from local midnight to midnight', async () => {
    const h = await harness();
    await h.scoped(async () => {
      const query = { serviceId: 'svc_checkup', from: '2026-03-02', to: '2026-03-02', doctorId: 'doc_a' };
      const before = await h.findSlots.execute(h.clinicId, query, h.patient(PHONE));
      expect(before[0]).toMatchObject({ localStart: '2026-03-02T09:00:00', utcOffset: '+02:00', branchId: 'br_main' });
      await h.book.execute(h.clinicId, { doctorId: 'doc_a', serviceId: 'svc_checkup', patientRef: PHONE, start: before[0]!.start, idempotencyKey: key() }, h.patient(PHONE));
      const after = await h.findSlots.execute(h.clinicId, query, h.patient(PHONE));
      expect(after.map((s) => s.start)).not.toContain(before[0]!.start);
      expect(after).toHaveLength(before.length - 1);

      const day = await h.calendar.execute(h.clinicId, { from: '2026-03-02', days: 1 });
      expect(day).toMatchObject({ timezone: 'Africa/Cairo', from: '2026-03-01T22:00:00.000Z', to: '2026-03-02T22:00:00.000Z' });
      expect(day.appointments).toHaveLength(1);
      const week = await h.calendar.execute(h.clinicId, { from: '2026-03-01', days: 7, doctorId: 'doc_b' });
      expect(week.appointments).toHaveLength(0);
    });
  });
});

describe('scheduling settings', () => {
  it('validates, names the field, and audits each change with before and after', async () => {
    const h = await harness();
    await h.scoped(async () => {
      expect(await codeOf(h.editConfig.updateSettings(h.clinicId, h.owner, 'r', { horizonDays: 0 }))).toBe('SCHEDULING.INVALID_SETTINGS');
      expect(await codeOf(h.editConfig.updateSettings(h.clinicId, h.owner, 'r', { approvalServiceIds: ['svc_nope'] }))).toBe('SCHEDULING.UNKNOWN_SERVICE');
      expect(await codeOf(h.editConfig.setDoctorAvailability(h.clinicId, h.owner, 'r', { id: 'doc_a', branches: [{ branchId: 'br_east', weekly: {} }] }))).toBe('SCHEDULING.UNKNOWN_BRANCH');
      const saved = await h.editConfig.updateSettings(h.clinicId, h.owner, 'req-settings', { reminderOffsetsMinutes: [120, 1440, 120] });
      expect(saved.settings.reminderOffsetsMinutes).toEqual([1440, 120]);
      const [record] = await kit.auditLog.query(h.clinicId, { action: 'scheduling.settings.update', limit: 1 });
      expect(record).toMatchObject({ actor: 'staff:usr_owner', requestId: 'req-settings' });
      expect((record!.changes!.after as { reminderOffsetsMinutes: number[] }).reminderOffsetsMinutes).toEqual([1440, 120]);
    });
  });
});
