import { afterAll, describe, expect, it } from 'vitest';
import { createTenancyKit, uniqueClinicId } from '../../testing/fixtures';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

describe('the Redis audit log', () => {
  it('appends records to the clinic stream and reads them newest first', async () => {
    const clinic = uniqueClinicId();
    const base = { actor: 'staff:usr_1', target: 'appointment:apt_1', clinicId: clinic, outcome: 'success' as const, requestId: 'r1' };
    await kit.auditLog.append({ ...base, action: 'scheduling.appointment.book', at: new Date('2026-01-01T10:00:00Z') });
    await kit.auditLog.append({ ...base, action: 'scheduling.appointment.cancel', at: new Date('2026-01-01T11:00:00Z'), outcome: 'denied' });
    const records = await kit.auditLog.recent(clinic, 10);
    expect(records.map((r) => [r.action, r.outcome])).toEqual([
      ['scheduling.appointment.cancel', 'denied'],
      ['scheduling.appointment.book', 'success'],
    ]);
    expect(records[0]).toMatchObject({ actor: 'staff:usr_1', clinicId: clinic, requestId: 'r1', at: new Date('2026-01-01T11:00:00Z') });
    expect(await kit.redis.type(`t:{${clinic}}:audit`)).toBe('stream');
  });

  it('keeps the before and after of an edit', async () => {
    const clinic = uniqueClinicId();
    const changes = { before: { name: 'Old' }, after: { name: 'New' } };
    await kit.auditLog.append({ actor: 'staff:u', action: 'tenancy.clinic.update', target: `clinic:${clinic}`, clinicId: clinic, at: new Date(), outcome: 'success', requestId: 'r', changes });
    expect((await kit.auditLog.recent(clinic, 1))[0]?.changes).toEqual(changes);
  });

  it('filters by actor, action prefix, target and time range, newest first', async () => {
    const clinic = uniqueClinicId();
    const rec = (actor: string, action: string, target: string, at: string) =>
      kit.auditLog.append({ actor, action, target, clinicId: clinic, at: new Date(at), outcome: 'success', requestId: 'q' });
    await rec('staff:a', 'identity.login', 'user:a', '2026-03-01T10:00:00Z');
    await rec('staff:b', 'identity.login', 'user:b', '2026-03-02T10:00:00Z');
    await rec('staff:a', 'tenancy.service.update', 'service:s1', '2026-03-03T10:00:00Z');
    await rec('staff:a', 'identity.logout', 'user:a', '2026-03-04T10:00:00Z');
    const byActor = await kit.auditLog.query(clinic, { actor: 'staff:a', limit: 10 });
    expect(byActor.map((r) => r.action)).toEqual(['identity.logout', 'tenancy.service.update', 'identity.login']);
    const identity = await kit.auditLog.query(clinic, { action: 'identity.', from: new Date('2026-03-02T00:00:00Z'), limit: 10 });
    expect(identity.map((r) => r.target)).toEqual(['user:a', 'user:b']);
    expect(await kit.auditLog.query(clinic, { target: 'service:s1', to: new Date('2026-03-02T00:00:00Z'), limit: 10 })).toEqual([]);
    expect(await kit.auditLog.query(clinic, { limit: 2 })).toHaveLength(2);
  });

  it('keeps one clinic trail apart from another', async () => {
    const a = uniqueClinicId();
    const b = uniqueClinicId();
    await kit.auditLog.append({ actor: 'x', action: 'a.b', target: 't', clinicId: a, at: new Date(), outcome: 'success', requestId: 'r' });
    expect(await kit.auditLog.recent(b, 10)).toEqual([]);
  });
});
