import { afterAll, describe, expect, it } from 'vitest';
import { RandomIdGenerator, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisPatientDirectory } from '../adapters/redis/redis-patient-directory';
import { PatientConsents } from './patient-consents';
import type { PatientDeps } from './patient-deps';
import { fixedPhoneRegion } from './phone';
import { SetConsent } from './set-consent';
import { UpsertPatient } from './upsert-patient';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

function setup(clinic: ClinicId = uniqueClinicId('consents')) {
  const deps: PatientDeps = { directory: new RedisPatientDirectory(kit.redis, kit.guard), regions: fixedPhoneRegion('EG'), auditLog: kit.auditLog, clock: kit.clock, ids: new RandomIdGenerator() };
  const setConsent = new SetConsent(deps);
  const consents = new PatientConsents({ patients: deps, setConsent });
  const upsert = new UpsertPatient(deps);
  const receptionist = staffActor(clinic, 'receptionist');
  let requests = 0;
  const inScope = <T>(fn: (requestId: string) => Promise<T>, actor: Actor = receptionist) => {
    const requestId = `req-${clinic}-${++requests}`;
    return kit.guard.run({ clinicId: clinic, actor, requestId }, () => fn(requestId));
  };
  const create = (phone: string, name: string) => inScope((r) => upsert.execute(clinic, { phone, name }, receptionist, r));
  const staffSets = (phone: string, kind: 'marketing' | 'reminders', granted: boolean) => inScope((r) => setConsent.execute(clinic, { phone, kind, granted }, receptionist, r));
  const withMarketing = () => inScope(() => consents.phonesWithConsent(clinic, 'marketing'));
  return { clinic, deps, consents, create, staffSets, withMarketing, inScope };
}

describe('PatientConsents (the facade other modules use)', () => {
  it("records the patient's own opt-out as the patient, audited without the phone number, and only once", async () => {
    const t = setup();
    const { patient } = await t.create('+201012340001', 'Hana');
    await t.staffSets('+201012340001', 'marketing', true);
    expect(await t.inScope((r) => t.consents.setByPatient(t.clinic, { phone: '+201012340001', kind: 'marketing', granted: false }, r))).toBe('changed');
    expect(await t.inScope((r) => t.consents.setByPatient(t.clinic, { phone: '+201012340001', kind: 'marketing', granted: false }, r))).toBe('unchanged');
    expect(await t.inScope(() => t.consents.hasConsent(t.clinic, '+201012340001', 'marketing'))).toBe(false);
    const profile = await t.inScope(() => t.deps.directory.getProfile(t.clinic, '+201012340001'));
    expect(profile?.consent.marketing).toMatchObject({ granted: false, changedBy: `patient:${patient.id}` });

    const audit = (await kit.auditLog.query(t.clinic, { action: 'scheduling.patient.consent.change', limit: 10 })).reverse();
    expect(audit.map((r) => [r.actor, r.detail])).toEqual([
      ['staff:usr_receptionist', 'marketing: granted'],
      [`patient:${patient.id}`, 'marketing: withdrawn'],
    ]);
    for (const record of audit) expect(JSON.stringify(record)).not.toContain('1012340001');

    // START brings it back, again as the patient.
    expect(await t.inScope((r) => t.consents.setByPatient(t.clinic, { phone: '+201012340001', kind: 'marketing', granted: true }, r))).toBe('changed');
    expect(await t.inScope(() => t.consents.hasConsent(t.clinic, '+201012340001', 'marketing'))).toBe(true);
  });

  it('writes nothing for a number the clinic has no record of', async () => {
    const t = setup();
    expect(await t.inScope((r) => t.consents.setByPatient(t.clinic, { phone: '+201012340009', kind: 'marketing', granted: false }, r))).toBe('no_record');
    expect(await kit.redis.keys(`t:{${t.clinic}}:customer*`)).toEqual([]);
    expect(await kit.auditLog.query(t.clinic, { action: 'scheduling.patient.', limit: 10 })).toEqual([]);
  });

  it("lists the phones that agreed to news in this clinic only, and follows every change", async () => {
    const a = setup();
    const b = setup();
    for (const [phone, name] of [['+201012340011', 'Amal'], ['+201012340012', 'Badr'], ['+201012340013', 'Chadi']] as const) await a.create(phone, name);
    await b.create('+201012340011', 'Amal in B');
    await b.create('+201012340019', 'Only in B');
    await a.staffSets('+201012340011', 'marketing', true);
    await a.staffSets('+201012340013', 'marketing', true);
    await a.staffSets('+201012340012', 'reminders', true); // another consent: not news
    await b.staffSets('+201012340019', 'marketing', true);

    expect(await a.withMarketing()).toEqual(['+201012340011', '+201012340013']);
    expect(await b.withMarketing()).toEqual(['+201012340019']);
    await a.staffSets('+201012340013', 'marketing', false);
    await a.inScope((r) => a.consents.setByPatient(a.clinic, { phone: '+201012340012', kind: 'marketing', granted: true }, r));
    expect(await a.withMarketing()).toEqual(['+201012340011', '+201012340012']);
    // Clinic B's scope cannot read clinic A's list.
    await expect(b.inScope(() => a.consents.phonesWithConsent(a.clinic, 'marketing'))).rejects.toThrow(/tried to access data of clinic/);
  });

  it('finds consent recorded before the consent index existed, once, at the first read', async () => {
    const t = setup();
    for (let i = 0; i < 450; i++) await t.create(`+2010123${String(50000 + i)}`, `Patient ${i}`);
    // As an older version stored consent: the record's field only.
    const granted = JSON.stringify({ granted: true, at: kit.clock.now().getTime(), by: 'staff:usr_owner' });
    const older = ['+201012350000', '+201012350201', '+201012350449'];
    for (const phone of older) await kit.redis.hset(`t:{${t.clinic}}:customer:${phone}`, 'consent:marketing', granted);
    await kit.redis.hset(`t:{${t.clinic}}:customer:+201012350300`, 'consent:marketing', JSON.stringify({ granted: false, at: 1, by: 'staff:usr_owner' }));
    expect(await kit.redis.exists(`t:{${t.clinic}}:customer-ix:consent-ready`)).toBe(0);

    expect(await t.withMarketing()).toEqual(older);
    expect(await kit.redis.exists(`t:{${t.clinic}}:customer-ix:consent-ready`)).toBe(1);
    // Later changes keep the index right without another walk.
    await t.staffSets('+201012350201', 'marketing', false);
    expect(await t.withMarketing()).toEqual(['+201012350000', '+201012350449']);
  });
});
