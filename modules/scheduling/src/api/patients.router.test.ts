import { afterAll, describe, expect, it } from 'vitest';
import { createCallerFactory, RandomIdGenerator, router, silentLogger, type Actor, type ClinicId, type Permission } from '@frontdesk/shared-kernel';
import { createTenancyKit, memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { RedisPatientDirectory } from '../adapters/redis/redis-patient-directory';
import { AddClinicalNote, UpdateAllergies } from '../application/clinical-record';
import { GetPatient } from '../application/get-patient';
import type { PatientDeps } from '../application/patient-deps';
import { fixedPhoneRegion } from '../application/phone';
import { SearchPatients } from '../application/search-patients';
import { SetConsent } from '../application/set-consent';
import { UpsertPatient } from '../application/upsert-patient';
import { createPatientsRouter } from './patients.router';
import { domainCode, failure } from '../testing/outcomes';

const kit = createTenancyKit();
afterAll(() => kit.redis.disconnect());

const deps: PatientDeps = {
  directory: new RedisPatientDirectory(kit.redis, kit.guard),
  regions: fixedPhoneRegion('EG'),
  auditLog: kit.auditLog,
  clock: kit.clock,
  ids: new RandomIdGenerator(),
};
const patients = createPatientsRouter({
  searchPatients: new SearchPatients(deps),
  getPatient: new GetPatient(deps),
  upsertPatient: new UpsertPatient(deps),
  updateAllergies: new UpdateAllergies(deps),
  addClinicalNote: new AddClinicalNote(deps),
  setConsent: new SetConsent(deps),
});
const appRouter = router({ staff: router({ scheduling: router({ patients }) }) });
const createCaller = createCallerFactory(appRouter);
let requests = 0;
const as = (actor: Actor) =>
  createCaller({ requestId: `req-${++requests}`, actor, http: memoryHttpExchange(), guard: kit.guard, logger: silentLogger(), production: false })
    .staff.scheduling.patients;


const PHONE = '+201012345678';

describe('the staff patient procedures', () => {
  it('each carry the permission of the matrix they need', () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: Permission } } }>;
    const permissions = Object.fromEntries(Object.entries(procedures).map(([path, p]) => [path.replace('staff.scheduling.patients.', ''), p._def.meta?.permission]));
    expect(permissions).toEqual({
      search: 'patient.view',
      get: 'patient.view',
      upsert: 'booking.manage',
      updateClinical: 'clinical.view',
      addNote: 'clinical.view',
      setConsent: 'booking.manage',
    });
  });

  it('let a receptionist register and find a patient but never see or write clinical data', async () => {
    const clinic = uniqueClinicId('patr');
    const receptionist = as(staffActor(clinic, 'receptionist'));
    const doctor = as(staffActor(clinic, 'doctor'));
    const created = await receptionist.upsert({ phone: '010 1234 5678', name: 'Hana Adel', language: 'en' });
    expect(created).toMatchObject({ created: true, patient: { phone: PHONE, name: 'Hana Adel', language: 'en' } });
    await doctor.updateClinical({ phone: PHONE, allergies: ['Penicillin'] });
    await doctor.addNote({ phone: PHONE, text: 'Mild asthma' });

    const seen = await receptionist.get({ phone: '٠١٠١٢٣٤٥٦٧٨' });
    expect(seen.name).toBe('Hana Adel');
    expect('allergies' in seen || 'clinicalNotes' in seen).toBe(false);
    expect(await doctor.get({ phone: PHONE })).toMatchObject({ allergies: ['Penicillin'], clinicalNotes: [{ text: 'Mild asthma', authorId: 'usr_doctor' }] });
    expect((await receptionist.search({ query: 'hana' })).results.map((p) => p.phone)).toEqual([PHONE]);

    for (const call of [receptionist.updateClinical({ phone: PHONE, allergies: [] }), receptionist.addNote({ phone: PHONE, text: 'x' })]) {
      const error = await failure(call);
      expect([error.code, domainCode(error)]).toEqual(['FORBIDDEN', 'IDENTITY.ROLE_FORBIDDEN']);
    }
    // booking.manage is for owners and receptionists, not doctors.
    expect((await failure(doctor.upsert({ phone: PHONE, name: 'Renamed' }))).code).toBe('FORBIDDEN');
    expect((await failure(doctor.setConsent({ phone: PHONE, kind: 'reminders', granted: true }))).code).toBe('FORBIDDEN');
    expect((await doctor.get({ phone: PHONE })).allergies).toEqual(['Penicillin']);
  });

  it('keep patients, the AI agent and anonymous callers out', async () => {
    const clinic = uniqueClinicId('patr');
    expect((await failure(as({ kind: 'anonymous' }).search({ query: 'hana' }))).code).toBe('UNAUTHORIZED');
    expect((await failure(as({ kind: 'agent', clinicId: clinic }).get({ phone: PHONE }))).code).toBe('FORBIDDEN');
    expect((await failure(as({ kind: 'patient', id: PHONE, clinicId: clinic }).get({ phone: PHONE }))).code).toBe('FORBIDDEN');
  });

  it('work in the caller\'s own clinic only, whatever clinic the input names', async () => {
    const a = uniqueClinicId('patr');
    const b = uniqueClinicId('patr');
    const ownerA = as(staffActor(a, 'owner'));
    const ownerB = as(staffActor(b, 'owner'));
    await ownerB.upsert({ phone: PHONE, name: 'Patient of B' });
    await ownerB.updateClinical({ phone: PHONE, allergies: ['Latex'] });

    expect(await ownerA.search({ query: 'patient' })).toEqual({ by: 'name', results: [] });
    expect(await ownerA.search({ query: '01012' })).toEqual({ by: 'phone', results: [] });
    const missing = await failure(ownerA.get({ phone: PHONE, clinicId: b } as never));
    expect([missing.code, domainCode(missing)]).toEqual(['NOT_FOUND', 'SCHEDULING.PATIENT_NOT_FOUND']);
    expect((await failure(ownerA.updateClinical({ phone: PHONE, allergies: [] }))).code).toBe('NOT_FOUND');
    await ownerA.upsert({ phone: PHONE, name: 'Patient of A', clinicId: b } as never);
    expect((await ownerA.get({ phone: PHONE })).name).toBe('Patient of A');
    expect(await ownerB.get({ phone: PHONE })).toMatchObject({ name: 'Patient of B', allergies: ['Latex'] });
  });

  it('report bad input as BAD_REQUEST naming the field', async () => {
    const clinic = uniqueClinicId('patr');
    const owner = as(staffActor(clinic, 'owner'));
    const shape = await failure(owner.upsert({ phone: PHONE, name: 'Hana', language: 'fr' as never }));
    expect(shape.code).toBe('BAD_REQUEST');
    expect(shape.message).toContain('language');
    const phone = await failure(owner.upsert({ phone: '010 1234', name: 'Hana' }));
    expect([phone.code, domainCode(phone), (phone.cause as { details?: { field?: string } }).details?.field]).toEqual([
      'BAD_REQUEST',
      'SCHEDULING.INVALID_PHONE',
      'phone',
    ]);
    const name = await failure(owner.upsert({ phone: PHONE, name: ' ' }));
    expect([domainCode(name), name.message]).toEqual(['SCHEDULING.INVALID_PATIENT_NAME', "The patient's name is missing"]);
    const limit = await failure(owner.search({ query: 'hana', limit: 500 }));
    expect(limit.code).toBe('BAD_REQUEST');
    expect(limit.message).toContain('limit');
  });
});
