import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { clientAs, headerActors, startTestServer, type TestServer } from './support';

/** Every log line the server writes, to prove the feed secret never reaches the logs. */
const logLines: string[] = [];
const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } });

const WEEK = [{ from: '09:00', to: '17:00' }];

describe('scheduling through the real server', () => {
  let server: TestServer;
  const clinicId = uniqueClinicId('e2e-sch');
  beforeAll(async () => {
    server = await startTestServer({ logger, resolveActor: headerActors(clinicId) });
  });
  afterAll(() => server.close());

  it('sets hours, books, and serves the doctor an ICS feed that can be revoked', async () => {
    await clientAs(server, 'operator').admin.tenancy.registerClinic.mutate({ clinicId, name: 'Feed Dental', timezone: 'Africa/Cairo' });
    const owner = clientAs(server, 'staff:owner');
    const branch = await owner.staff.tenancy.branches.create.mutate({ name: 'Dokki', nameAr: 'الدقي', address: '5 Street', phone: '+20233350000', openingHours: { sun: WEEK, mon: WEEK, tue: WEEK, wed: WEEK, thu: WEEK } });
    const doctor = await owner.staff.tenancy.doctors.create.mutate({ name: 'Dr. Salma Fawzy', nameAr: 'د. سلمى فوزي', specialty: 'Dentist', branchIds: [branch.id] });
    const service = await owner.staff.tenancy.services.create.mutate({ name: 'Check-up', nameAr: 'كشف', durationMinutes: 30, priceMinor: 30000 });
    const weekly = { sun: WEEK, mon: WEEK, tue: WEEK, wed: WEEK, thu: WEEK, sat: WEEK };
    await owner.staff.scheduling.setAvailability.mutate({ id: doctor.id, branches: [{ branchId: branch.id, weekly }] });

    // Three days ahead and more, so both reminders (24 h and 2 h before) are still to come.
    const today = new Date();
    const from = new Date(today.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(today.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const reception = clientAs(server, 'staff:receptionist');
    const slots = await reception.staff.scheduling.slots.query({ serviceId: service.id, from, to });
    expect(slots.length).toBeGreaterThan(0);
    const booked = await reception.staff.scheduling.book.mutate({
      doctorId: doctor.id,
      serviceId: service.id,
      start: slots[0]!.start,
      idempotencyKey: crypto.randomUUID(),
      patient: { phone: '01001234567', name: 'Mona Adel' },
    });
    expect(booked.appointment).toMatchObject({ patientRef: '+201001234567', state: 'booked', branchId: branch.id });
    // The server's subscriptions planned the two reminders as durable jobs.
    const reminderJobs = async () => (await server.platform.redis.keys(`g:{jobs}:delayed:reminder.${clinicId}.${booked.appointment.id}.*`)).filter((k) => k.split(':').length === 4);
    await expect.poll(async () => (await reminderJobs()).length).toBe(2);

    // Only owners hand out feeds.
    await expect(reception.staff.scheduling.calendarFeeds.create.mutate({ doctorId: doctor.id })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    const { path } = await owner.staff.scheduling.calendarFeeds.create.mutate({ doctorId: doctor.id });
    expect(path).toMatch(new RegExp(`^/ics/${clinicId}/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await fetch(`${server.baseUrl}${path}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`UID:${booked.appointment.id}@frontdesk`);
    expect(ics).not.toContain('1001234567');
    expect(ics).not.toContain('Mona');

    const secret = path.split('/').pop()!.replace('.ics', '');
    // Requests are logged (so this check can fail), but never the feed's path.
    expect(logLines.some((line) => line.includes('incoming request'))).toBe(true);
    expect(logLines.join('\n')).not.toContain(secret);

    // Cancelling drops them.
    await reception.staff.scheduling.cancel.mutate({ appointmentId: booked.appointment.id, idempotencyKey: crypto.randomUUID() });
    await expect.poll(async () => (await reminderJobs()).length).toBe(0);

    await owner.staff.scheduling.calendarFeeds.revoke.mutate({ doctorId: doctor.id });
    expect((await fetch(`${server.baseUrl}${path}`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/ics/${clinicId}/not-a-secret.ics`)).status).toBe(404);
  });
});
