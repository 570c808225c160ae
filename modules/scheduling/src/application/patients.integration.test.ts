import { afterAll, describe, expect, it } from 'vitest';
import { DomainError, RandomIdGenerator, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisPatientDirectory } from '../adapters/redis/redis-patient-directory';
import { AddClinicalNote, UpdateAllergies } from './clinical-record';
import { GetPatient } from './get-patient';
import type { PatientDeps } from './patient-deps';
import { fixedPhoneRegion } from './phone';
import { RecordNoShow } from './record-no-show';
import { SearchPatients } from './search-patients';
import { SetConsent } from './set-consent';
import { UpsertPatient } from './upsert-patient';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const PHONE = '+201012345678';

function setup() {
  const clinic = uniqueClinicId('pat');
  const directory = new RedisPatientDirectory(kit.redis, kit.guard);
  const deps: PatientDeps = { directory, regions: fixedPhoneRegion('EG'), auditLog: kit.auditLog, clock: kit.clock, ids: new RandomIdGenerator() };
  return clinicHandle(clinic, deps);
}

function clinicHandle(clinic: ClinicId, deps: PatientDeps) {
  const useCases = {
    upsert: new UpsertPatient(deps),
    get: new GetPatient(deps),
    find: new SearchPatients(deps),
    allergies: new UpdateAllergies(deps),
    note: new AddClinicalNote(deps),
    consent: new SetConsent(deps),
    noShow: new RecordNoShow(deps),
  };
  const owner = staffActor(clinic, 'owner');
  const doctor = staffActor(clinic, 'doctor');
  const receptionist = staffActor(clinic, 'receptionist');
  const agent: Actor = { kind: 'agent', clinicId: clinic };
  let requests = 0;
  /** Runs fn inside the clinic's tenant scope, as the use cases are run by the router. */
  const as = <T>(actor: Actor, fn: (requestId: string) => Promise<T>): Promise<T> => {
    const requestId = `req-${clinic}-${++requests}`;
    return kit.guard.run({ clinicId: clinic, actor, requestId }, () => fn(requestId));
  };
  const create = (phone: string, name: string, actor: Actor = receptionist) =>
    as(actor, (r) => useCases.upsert.execute(clinic, { phone, name }, actor, r));
  const search = (query: string, limit?: number) =>
    as(receptionist, () => useCases.find.execute(clinic, limit === undefined ? { query } : { query, limit }));
  const names = async (query: string) => (await search(query)).results.map((p) => p.name);
  const keys = (pattern: string) => kit.redis.keys(`t:{${clinic}}:${pattern}`);
  const audit = () => kit.auditLog.query(clinic, { action: 'scheduling.patient.', limit: 200 });
  return { clinic, deps, ...useCases, owner, doctor, receptionist, agent, as, create, search, names, keys, audit };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('patients (real Redis)', () => {
  it('keeps one record per phone: the same number typed four ways is one patient', async () => {
    const t = setup();
    const first = await t.create('010 1234 5678', 'Hana Adel');
    expect(first.created).toBe(true);
    expect(first.patient).toMatchObject({ phone: PHONE, name: 'Hana Adel', language: 'ar', intakeSummary: '', noShowCount: 0 });
    expect(first.patient.id).toMatch(/^pat_[a-z2-7]{16}$/);

    for (const typed of ['+20 10 1234 5678', '0020-10-1234-5678', '٠١٠١٢٣٤٥٦٧٨']) {
      const again = await t.as(t.receptionist, (r) => t.upsert.execute(t.clinic, { phone: typed, language: 'en' }, t.receptionist, r));
      expect(again.created).toBe(false);
      expect(again.patient.id).toBe(first.patient.id);
      expect(again.patient.name).toBe('Hana Adel'); // left out = kept
    }
    expect(await t.keys('customer:*')).toEqual([`t:{${t.clinic}}:customer:${PHONE}`]);
    const read = await t.as(t.owner, () => t.get.execute(t.clinic, { phone: '01012345678' }, t.owner));
    expect(read).toMatchObject({ id: first.patient.id, language: 'en', allergies: [], clinicalNotes: [] });
    // Creation is audited once, with the opaque id as target.
    const created = (await t.audit()).filter((r) => r.action === 'scheduling.patient.create');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ target: `patient:${first.patient.id}`, actor: 'staff:usr_receptionist', outcome: 'success' });
  });

  it('needs a name to create a record, and writes nothing without one', async () => {
    const t = setup();
    const error = await failure(t.as(t.receptionist, (r) => t.upsert.execute(t.clinic, { phone: PHONE }, t.receptionist, r)));
    expect(error.code).toBe('SCHEDULING.INVALID_PATIENT_NAME');
    expect(error.details).toEqual({ field: 'name' });
    expect(await t.keys('*')).toEqual([]);
  });

  it('finds patients by name in Arabic, whatever the hamza, harakat, yeh or teh marbuta', async () => {
    const t = setup();
    await t.create('010 1234 5678', 'أحمد مصطفى');
    await t.create('011 2345 6789', 'فاطمة الزهراء');
    await t.create('012 3456 7890', 'عبد الرحمن إبراهيم');
    await t.create('015 4567 8901', 'Ahmed Kamal');

    expect(await t.names('احمد')).toEqual(['أحمد مصطفى']);
    expect(await t.names('أَحْمَد')).toEqual(['أحمد مصطفى']);
    expect(await t.names('آحم')).toEqual(['أحمد مصطفى']);
    expect(await t.names('مصطفي')).toEqual(['أحمد مصطفى']);
    expect(await t.names('فاطمه')).toEqual(['فاطمة الزهراء']);
    expect(await t.names('الزهراء')).toEqual(['فاطمة الزهراء']);
    expect(await t.names('زهراء')).toEqual(['فاطمة الزهراء']); // without the article
    expect(await t.names('ابراهيم')).toEqual(['عبد الرحمن إبراهيم']);
    expect(await t.names('عبد رحمن')).toEqual(['عبد الرحمن إبراهيم']);
    expect(await t.names('فاطمه احمد')).toEqual([]); // every word must match the same patient
    expect(await t.names('حمد')).toEqual([]); // a prefix of a word, not any substring
    const found = await t.search('احمد');
    expect(found.by).toBe('name');
    expect(found.results[0]).toEqual({ id: expect.stringMatching(/^pat_/), phone: PHONE, name: 'أحمد مصطفى', language: 'ar', noShowCount: 0 });
  });

  it('finds patients by name in English, case- and accent-insensitive, by the prefix of any word', async () => {
    const t = setup();
    await t.create('010 1234 5678', 'José Müller');
    await t.create('011 2345 6789', 'Josephine Mueller');
    await t.create('012 3456 7890', 'Ahmed Kamal');

    expect(await t.names('jose')).toEqual(['José Müller', 'Josephine Mueller']);
    expect(await t.names('JOSÉ')).toEqual(['José Müller', 'Josephine Mueller']);
    expect(await t.names('mull')).toEqual(['José Müller']);
    expect(await t.names('jo mue')).toEqual(['Josephine Mueller']);
    expect(await t.names('kamal')).toEqual(['Ahmed Kamal']);
    expect(await t.names('amal')).toEqual([]);
    expect((await t.search('jose', 1)).results).toHaveLength(1);
  });

  it('keeps the name index in step with renames, also under concurrent renames', async () => {
    const t = setup();
    await t.create(PHONE, 'Ahmed Kamal');
    await t.create('011 2345 6789', 'Ahmed Said');
    await t.create(PHONE, 'Khaled Kamal');
    expect(await t.names('ahmed')).toEqual(['Ahmed Said']);
    expect(await t.names('khal')).toEqual(['Khaled Kamal']);

    const renames = Array.from({ length: 20 }, (_, i) => `Name${i} Family${i}`);
    await Promise.all(renames.map((name) => t.create(PHONE, name)));
    const final = (await t.as(t.receptionist, () => t.get.execute(t.clinic, { phone: PHONE }, t.receptionist))).name;
    const members = await kit.redis.zrange(`t:{${t.clinic}}:customer-ix:name`, '0', '-1');
    const mine = members.filter((m) => m.endsWith(`|${PHONE.slice(1)}`)).sort();
    const [first, second] = final.toLowerCase().split(' ');
    expect(mine).toEqual([`${first}|201012345678`, `${second}|201012345678`].sort());
    expect(await t.names('name')).toEqual([final]);
  });

  it('finds patients by phone: local with 0, international with + or 00, the last digits, Arabic-Indic digits', async () => {
    const t = setup();
    await t.create('010 1234 5678', 'Hana');
    await t.create('011 2345 6789', 'Omar');
    await t.create('+966 50 123 4567', 'Saud');

    const phones = async (query: string) => (await t.search(query)).results.map((p) => p.name);
    expect(await phones('01012')).toEqual(['Hana']);
    expect(await phones('010 1234 5678')).toEqual(['Hana']);
    expect(await phones('٠١٠١٢')).toEqual(['Hana']);
    expect(await phones('+2010')).toEqual(['Hana']);
    expect(await phones('+201')).toEqual(['Hana', 'Omar']);
    expect(await phones('002011')).toEqual(['Omar']);
    expect(await phones('5678')).toEqual(['Hana']);
    expect(await phones('1012345678')).toEqual(['Hana']); // national number typed without the 0
    expect(await phones('+966')).toEqual(['Saud']);
    expect(await phones('050 123')).toEqual(['Saud']);
    expect(await phones('0199')).toEqual([]);
    expect((await t.search('5678')).by).toBe('phone');
  });

  it('never mixes clinics: the same phone in two clinics is two records, and search never leaks', async () => {
    const a = setup();
    const b = setup();
    const inA = await a.create('010 1234 5678', 'Hana in A');
    const inB = await b.create('+20 10 1234 5678', 'Hana in B');
    await b.create('011 2345 6789', 'Only in B');
    expect(inA.created && inB.created).toBe(true);
    expect(inA.patient.id).not.toBe(inB.patient.id);

    expect((await a.search('01012')).results.map((p) => [p.id, p.name])).toEqual([[inA.patient.id, 'Hana in A']]);
    expect((await b.search('01012')).results.map((p) => [p.id, p.name])).toEqual([[inB.patient.id, 'Hana in B']]);
    expect(await a.names('only')).toEqual([]);
    expect(await a.search('01123')).toMatchObject({ results: [] });
    expect(await a.names('hana')).toEqual(['Hana in A']);

    // Clinical data written in B is not visible in A.
    await b.as(b.doctor, (r) => b.allergies.execute(b.clinic, { phone: PHONE, allergies: ['Latex'] }, b.doctor, r));
    expect(await a.as(a.doctor, () => a.get.execute(a.clinic, { phone: PHONE }, a.doctor))).toMatchObject({ name: 'Hana in A', allergies: [] });
    // Every key of each clinic is inside its own hash tag.
    for (const t of [a, b]) for (const key of await t.keys('*')) expect(key.startsWith(`t:{${t.clinic}}:`)).toBe(true);
    // Clinic A's scope cannot build clinic B's keys at all.
    await expect(a.as(a.owner, () => b.deps.directory.getProfile(b.clinic, PHONE))).rejects.toThrow(/tried to access data of clinic/);
  });

  it('shows allergies and clinical notes to owners and doctors only: the keys are absent for receptionists and the AI agent', async () => {
    const t = setup();
    await t.create(PHONE, 'Hana');
    await t.as(t.doctor, (r) => t.allergies.execute(t.clinic, { phone: PHONE, allergies: ['Penicillin', 'Latex'] }, t.doctor, r));
    const { note } = await t.as(t.doctor, (r) => t.note.execute(t.clinic, { phone: PHONE, text: 'Suspected diabetes; refer for HbA1c' }, t.doctor, r));
    expect(note).toMatchObject({ id: expect.stringMatching(/^note_/), authorId: 'usr_doctor', text: 'Suspected diabetes; refer for HbA1c' });

    for (const actor of [t.owner, t.doctor]) {
      const view = await t.as(actor, () => t.get.execute(t.clinic, { phone: PHONE }, actor));
      expect(view.allergies).toEqual(['Penicillin', 'Latex']);
      expect(view.clinicalNotes).toEqual([note]);
    }
    for (const actor of [t.receptionist, t.agent]) {
      const view = await t.as(actor, () => t.get.execute(t.clinic, { phone: PHONE }, actor));
      expect(view.name).toBe('Hana');
      expect(Object.keys(view)).not.toContain('allergies');
      expect(Object.keys(view)).not.toContain('clinicalNotes');
      expect(JSON.stringify(view)).not.toMatch(/Penicillin|diabetes/);
    }
    // Search results are never clinical, whoever searches.
    expect(JSON.stringify(await t.as(t.owner, () => t.find.execute(t.clinic, { query: 'hana' })))).not.toMatch(/Penicillin|diabetes/);
  });

  it('refuses clinical writes from receptionists and the AI agent, writes nothing, and audits the attempt as denied', async () => {
    const t = setup();
    const { patient } = await t.create(PHONE, 'Hana');
    for (const actor of [t.receptionist, t.agent]) {
      const allergies = await failure(t.as(actor, (r) => t.allergies.execute(t.clinic, { phone: PHONE, allergies: ['Latex'] }, actor, r)));
      expect([allergies.kind, allergies.code]).toEqual(['forbidden', 'SCHEDULING.CLINICAL_FORBIDDEN']);
      const note = await failure(t.as(actor, (r) => t.note.execute(t.clinic, { phone: PHONE, text: 'hello' }, actor, r)));
      expect(note.code).toBe('SCHEDULING.CLINICAL_FORBIDDEN');
    }
    expect(await t.as(t.owner, () => t.get.execute(t.clinic, { phone: PHONE }, t.owner))).toMatchObject({ allergies: [], clinicalNotes: [] });
    expect(await t.keys('customer-notes:*')).toEqual([]);
    const denied = (await t.audit()).filter((r) => r.outcome === 'denied');
    expect(denied.map((r) => [r.actor, r.action, r.target]).sort()).toEqual(
      [
        [`agent:${t.clinic}`, 'scheduling.patient.allergies.update', `patient:${patient.id}`],
        [`agent:${t.clinic}`, 'scheduling.patient.note.add', `patient:${patient.id}`],
        ['staff:usr_receptionist', 'scheduling.patient.allergies.update', `patient:${patient.id}`],
        ['staff:usr_receptionist', 'scheduling.patient.note.add', `patient:${patient.id}`],
      ].sort(),
    );
  });

  it('audits every clinical write and consent change, without phone numbers or clinical text in the trail', async () => {
    const t = setup();
    const { patient } = await t.create(PHONE, 'Hana');
    await t.as(t.doctor, (r) => t.allergies.execute(t.clinic, { phone: PHONE, allergies: ['Penicillin'] }, t.doctor, r));
    await t.as(t.owner, (r) => t.allergies.execute(t.clinic, { phone: PHONE, allergies: ['Penicillin', 'Latex'] }, t.owner, r));
    const { note } = await t.as(t.doctor, (r) => t.note.execute(t.clinic, { phone: PHONE, text: 'Asthma since childhood' }, t.doctor, r));

    const granted = await t.as(t.receptionist, (r) => t.consent.execute(t.clinic, { phone: PHONE, kind: 'whatsapp', granted: true }, t.receptionist, r));
    expect(granted).toMatchObject({ kind: 'whatsapp', changed: true, consent: { granted: true, changedBy: 'staff:usr_receptionist', changedAt: kit.clock.now().toISOString() } });
    const repeat = await t.as(t.receptionist, (r) => t.consent.execute(t.clinic, { phone: PHONE, kind: 'whatsapp', granted: true }, t.receptionist, r));
    expect(repeat.changed).toBe(false);
    await t.as(t.owner, (r) => t.consent.execute(t.clinic, { phone: PHONE, kind: 'whatsapp', granted: false }, t.owner, r));
    await t.as(t.owner, (r) => t.consent.execute(t.clinic, { phone: PHONE, kind: 'marketing', granted: false }, t.owner, r)); // an explicit "no" is recorded too

    const records = (await t.audit()).reverse(); // oldest first
    expect(records.map((r) => [r.action, r.actor, r.detail ?? null])).toEqual([
      ['scheduling.patient.create', 'staff:usr_receptionist', null],
      ['scheduling.patient.allergies.update', 'staff:usr_doctor', 'allergies: 0 -> 1'],
      ['scheduling.patient.allergies.update', 'staff:usr_owner', 'allergies: 1 -> 2'],
      ['scheduling.patient.note.add', 'staff:usr_doctor', `note:${note.id}`],
      ['scheduling.patient.consent.change', 'staff:usr_receptionist', 'whatsapp: granted'],
      ['scheduling.patient.consent.change', 'staff:usr_owner', 'whatsapp: withdrawn'],
      ['scheduling.patient.consent.change', 'staff:usr_owner', 'marketing: withdrawn'],
    ]);
    for (const record of records) {
      expect(record).toMatchObject({ target: `patient:${patient.id}`, clinicId: t.clinic, outcome: 'success' });
      expect(JSON.stringify(record)).not.toMatch(/1012345678|Penicillin|Latex|Asthma/);
    }
    expect(records[5]!.changes).toEqual({ before: { whatsapp: true }, after: { whatsapp: false } });

    const view = await t.as(t.receptionist, () => t.get.execute(t.clinic, { phone: PHONE }, t.receptionist));
    expect(view.consent).toEqual({
      reminders: { granted: false, changedAt: null, changedBy: null },
      whatsapp: { granted: false, changedAt: kit.clock.now().toISOString(), changedBy: 'staff:usr_owner' },
      marketing: { granted: false, changedAt: kit.clock.now().toISOString(), changedBy: 'staff:usr_owner' },
      data_processing: { granted: false, changedAt: null, changedBy: null },
    });
  });

  it('counts no-shows on the record, once per appointment', async () => {
    const t = setup();
    await t.create(PHONE, 'Hana');
    const count = (appointmentId?: string) =>
      t.as(t.receptionist, (r) => t.noShow.execute(t.clinic, appointmentId ? { phone: '010 1234 5678', appointmentId } : { phone: PHONE }, t.receptionist, r));
    expect(await count('apt_1')).toEqual({ counted: true, noShowCount: 1 });
    expect(await count('apt_1')).toEqual({ counted: false, noShowCount: 1 });
    const concurrent = await Promise.all([count('apt_2'), count('apt_2'), count('apt_2')]);
    expect(concurrent.filter((r) => r.counted)).toEqual([{ counted: true, noShowCount: 2 }]);
    expect(concurrent.map((r) => r.noShowCount)).toEqual([2, 2, 2]);
    expect(await count()).toEqual({ counted: true, noShowCount: 3 });
    expect((await t.as(t.receptionist, () => t.get.execute(t.clinic, { phone: PHONE }, t.receptionist))).noShowCount).toBe(3);
    expect((await t.search('hana')).results[0]?.noShowCount).toBe(3);
    expect((await t.audit()).filter((r) => r.action === 'scheduling.patient.no_show')).toHaveLength(3);
    // Direct port use, as the spec names it.
    expect(await t.as(t.owner, () => t.deps.directory.incrementNoShows(t.clinic, PHONE))).toEqual({ counted: true, noShowCount: 4 });

    const missing = await failure(t.as(t.receptionist, (r) => t.noShow.execute(t.clinic, { phone: '011 2345 6789' }, t.receptionist, r)));
    expect([missing.kind, missing.code]).toEqual(['not_found', 'SCHEDULING.PATIENT_NOT_FOUND']);
    expect(await t.keys('customer:+201123456789')).toEqual([]);
  });

  it('explains bad input and names the field', async () => {
    const t = setup();
    await t.create(PHONE, 'Hana');
    const cases: [Promise<unknown>, string, string][] = [
      [t.as(t.receptionist, (r) => t.upsert.execute(t.clinic, { phone: '010 1234', name: 'X' }, t.receptionist, r)), 'SCHEDULING.INVALID_PHONE', 'phone'],
      [t.as(t.receptionist, (r) => t.upsert.execute(t.clinic, { phone: PHONE, name: '   ' }, t.receptionist, r)), 'SCHEDULING.INVALID_PATIENT_NAME', 'name'],
      [t.as(t.receptionist, (r) => t.upsert.execute(t.clinic, { phone: PHONE, name: 'x'.repeat(121) }, t.receptionist, r)), 'SCHEDULING.INVALID_PATIENT_NAME', 'name'],
      [t.as(t.receptionist, (r) => t.upsert.execute(t.clinic, { phone: PHONE, language: 'fr' as never }, t.receptionist, r)), 'SCHEDULING.INVALID_PATIENT', 'language'],
      [t.as(t.receptionist, (r) => t.upsert.execute(t.clinic, { phone: PHONE, intakeSummary: 'x'.repeat(2001) }, t.receptionist, r)), 'SCHEDULING.INVALID_INTAKE_SUMMARY', 'intakeSummary'],
      [t.as(t.doctor, (r) => t.allergies.execute(t.clinic, { phone: PHONE, allergies: ['Latex', 'x'.repeat(101)] }, t.doctor, r)), 'SCHEDULING.INVALID_ALLERGIES', 'allergies.1'],
      [t.as(t.doctor, (r) => t.allergies.execute(t.clinic, { phone: PHONE, allergies: 'Latex' as never }, t.doctor, r)), 'SCHEDULING.INVALID_ALLERGIES', 'allergies'],
      [t.as(t.doctor, (r) => t.note.execute(t.clinic, { phone: PHONE, text: '  ' }, t.doctor, r)), 'SCHEDULING.INVALID_CLINICAL_NOTE', 'text'],
      [t.as(t.doctor, (r) => t.note.execute(t.clinic, { phone: PHONE, text: 'x'.repeat(4001) }, t.doctor, r)), 'SCHEDULING.INVALID_CLINICAL_NOTE', 'text'],
      [t.as(t.owner, (r) => t.consent.execute(t.clinic, { phone: PHONE, kind: 'sms' as never, granted: true }, t.owner, r)), 'SCHEDULING.INVALID_CONSENT', 'kind'],
      [t.as(t.owner, (r) => t.consent.execute(t.clinic, { phone: PHONE, kind: 'marketing', granted: 'yes' as never }, t.owner, r)), 'SCHEDULING.INVALID_CONSENT', 'granted'],
      [t.search('x'), 'SCHEDULING.INVALID_PATIENT_SEARCH', 'query'],
      [t.search('hana', 51), 'SCHEDULING.INVALID_PATIENT_SEARCH', 'limit'],
    ];
    for (const [call, code, field] of cases) {
      const error = await failure(call);
      expect([error.code, error.details?.field], error.message).toEqual([code, field]);
      expect(error.kind).toBe('invalid');
    }
    const notFound = await failure(t.as(t.receptionist, () => t.get.execute(t.clinic, { phone: '011 2345 6789' }, t.receptionist)));
    expect([notFound.kind, notFound.code, notFound.message]).toEqual(['not_found', 'SCHEDULING.PATIENT_NOT_FOUND', 'There is no patient with this phone number in this clinic']);
    // Nothing was changed by the refused calls.
    expect(await t.as(t.owner, () => t.get.execute(t.clinic, { phone: PHONE }, t.owner))).toMatchObject({ name: 'Hana', intakeSummary: '', allergies: [], clinicalNotes: [] });
  });
});
