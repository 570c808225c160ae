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

  it('keeps one clinic trail apart from another', async () => {
    const a = uniqueClinicId();
    const b = uniqueClinicId();
    await kit.auditLog.append({ actor: 'x', action: 'a.b', target: 't', clinicId: a, at: new Date(), outcome: 'success', requestId: 'r' });
    expect(await kit.auditLog.recent(b, 10)).toEqual([]);
  });
});
