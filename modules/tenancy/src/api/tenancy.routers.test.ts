import { TRPCError } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Actor, type ClinicId, type Permission } from '@frontdesk/shared-kernel';
import { createTenancyKit, memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { ClinicCatalog } from '../index';
import { createTenancyHarness } from '../tenancy.test-harness';
import { TENANCY_TOKENS } from '../tenancy.tokens';

const kit = createTenancyKit();
const harness = createTenancyHarness(kit, () => memoryHttpExchange());
const catalogPort = harness.container.get<ClinicCatalog>(TENANCY_TOKENS.ClinicCatalog);
const operator: Actor = { kind: 'operator', id: 'op_1' };
const admin = harness.as(operator);

afterAll(() => kit.redis.disconnect());

async function newClinic(name = 'Nile Dental'): Promise<ClinicId> {
  const id = uniqueClinicId();
  await admin.admin.tenancy.registerClinic({ clinicId: id, name, timezone: 'Africa/Cairo' });
  return id;
}

const branchInput = {
  name: 'Zamalek',
  nameAr: 'الزمالك',
  address: '12 Brazil St, Zamalek, Cairo',
  phone: '+20227350000',
  openingHours: { sat: [{ from: '10:00', to: '22:00' }] },
};
const serviceInput = { name: 'Scaling', nameAr: 'تنظيف الجير', durationMinutes: 30, priceMinor: 50000 };
const faqInput = { question: 'Do you have parking?', answer: 'Yes, free parking behind the clinic.', language: 'en' as const };

/** The tRPC error a call fails with. */
async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const domainCode = (error: TRPCError) => (error.cause as { code?: string } | undefined)?.code;

describe('the staff catalog procedures', () => {
  it('let an owner build the catalog and read it back, with the ids the kernel generator made', async () => {
    const id = await newClinic();
    const owner = harness.as(staffActor(id, 'owner'));
    const branch = await owner.staff.tenancy.branches.create(branchInput);
    const doctor = await owner.staff.tenancy.doctors.create({ name: 'Dr. Hana Adel', nameAr: 'د. هناء عادل', specialty: 'Orthodontics', branchIds: [branch.id] });
    const service = await owner.staff.tenancy.services.create(serviceInput);
    const faq = await owner.staff.tenancy.faq.create(faqInput);
    expect([branch.id, doctor.id, service.id, faq.id]).toEqual([
      expect.stringMatching(/^brn_[a-z2-7]{16}$/),
      expect.stringMatching(/^doc_[a-z2-7]{16}$/),
      expect.stringMatching(/^svc_[a-z2-7]{16}$/),
      expect.stringMatching(/^faq_[a-z2-7]{16}$/),
    ]);
    expect(service).toMatchObject({ bufferMinutes: 0, depositMinor: null });

    const snapshot = await owner.staff.tenancy.catalog();
    expect(snapshot).toMatchObject({ status: 'active', branches: [branch], doctors: [doctor], services: [service], faq: [faq], revision: 4 });
    expect(await owner.staff.tenancy.myClinic()).toEqual(snapshot.profile);
  });

  it('explain refused input with the domain code and a message for the owner', async () => {
    const id = await newClinic();
    const owner = harness.as(staffActor(id, 'owner'));
    const phone = await failure(owner.staff.tenancy.branches.create({ ...branchInput, phone: '0227350000' }));
    expect(phone.code).toBe('BAD_REQUEST');
    expect(domainCode(phone)).toBe('TENANCY.INVALID_PHONE');
    expect(phone.message).toContain('international format');
    const hours = await failure(owner.staff.tenancy.branches.create({ ...branchInput, openingHours: { mon: [{ from: '18:00', to: '09:00' }] } }));
    expect(domainCode(hours)).toBe('TENANCY.INVALID_HOURS');
    expect(hours.message).toContain('Monday: 18:00-09:00 ends before it starts');
    const typo = await failure(owner.staff.tenancy.branches.create({ ...branchInput, openingHours: { monday: [] } as never }));
    expect(typo.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(typo.cause)).toContain('monday');
  });

  it('refuse to delete a branch a doctor works at', async () => {
    const id = await newClinic();
    const owner = harness.as(staffActor(id, 'owner'));
    const branch = await owner.staff.tenancy.branches.create(branchInput);
    const doctor = await owner.staff.tenancy.doctors.create({ name: 'Dr. Omar Said', nameAr: 'د. عمر سعيد', specialty: 'Endodontics', branchIds: [branch.id] });
    const error = await failure(owner.staff.tenancy.branches.delete({ id: branch.id }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Dr. Omar Said works at this branch. Move them to another branch first');
    await owner.staff.tenancy.doctors.delete({ id: doctor.id });
    expect(await owner.staff.tenancy.branches.delete({ id: branch.id })).toEqual({ id: branch.id, deleted: true });
  });
});

describe('roles', () => {
  it('carry a permission of the matrix on every staff procedure', () => {
    const procedures = harness.appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: Permission } } }>;
    const staff = Object.entries(procedures).filter(([path]) => path.startsWith('staff.'));
    expect(staff.length).toBeGreaterThan(10);
    for (const [path, procedure] of staff) {
      const permission = procedure._def.meta?.permission;
      expect(permission && permission in PERMISSIONS, `${path} needs a permission`).toBe(true);
    }
    expect(procedures['staff.tenancy.updateAiSettings']?._def.meta?.permission).toBe('ai_settings.edit');
    expect(procedures['staff.tenancy.services.update']?._def.meta?.permission).toBe('catalog.edit');
    expect(procedures['staff.tenancy.catalog']?._def.meta?.permission).toBe('clinic.view');
  });

  it('keep doctors and receptionists from editing the catalog, and nothing is written', async () => {
    const id = await newClinic();
    const owner = harness.as(staffActor(id, 'owner'));
    const branch = await owner.staff.tenancy.branches.create(branchInput);
    const service = await owner.staff.tenancy.services.create(serviceInput);
    const revision = (await owner.staff.tenancy.catalog()).revision;
    for (const role of ['doctor', 'receptionist'] as const) {
      const staff = harness.as(staffActor(id, role));
      const attempts = [
        staff.staff.tenancy.updateProfile({ name: 'Renamed' }),
        staff.staff.tenancy.branches.create(branchInput),
        staff.staff.tenancy.branches.update({ id: branch.id, name: 'Renamed' }),
        staff.staff.tenancy.branches.delete({ id: branch.id }),
        staff.staff.tenancy.doctors.create({ name: 'Dr. X', nameAr: 'د. س', specialty: 'General', branchIds: [branch.id] }),
        staff.staff.tenancy.services.update({ id: service.id, priceMinor: 1 }),
        staff.staff.tenancy.services.delete({ id: service.id }),
        staff.staff.tenancy.faq.create(faqInput),
        staff.staff.tenancy.updateAiSettings({ guardrailMode: 'log' }),
      ];
      for (const attempt of attempts) {
        const error = await failure(attempt);
        expect(error.code).toBe('FORBIDDEN');
        expect(domainCode(error)).toBe('IDENTITY.ROLE_FORBIDDEN');
      }
      // They still read the clinic and its catalog.
      expect((await staff.staff.tenancy.catalog()).services).toEqual([service]);
      expect((await staff.staff.tenancy.myClinic()).id).toBe(id);
    }
    expect((await owner.staff.tenancy.catalog()).revision).toBe(revision);
  });

  it('let only the owner change the AI settings', async () => {
    const id = await newClinic();
    const receptionist = harness.as(staffActor(id, 'receptionist'));
    expect((await failure(receptionist.staff.tenancy.updateAiSettings({ humanReview: 'none' }))).code).toBe('FORBIDDEN');
    const owner = harness.as(staffActor(id, 'owner'));
    expect(await owner.staff.tenancy.updateAiSettings({ humanReview: 'all', escalationRules: ['lawyer'] })).toMatchObject({
      humanReview: 'all',
      escalationRules: ['lawyer'],
    });
  });

  it('keep the staff surface from anonymous callers, patients and operators', async () => {
    const id = await newClinic();
    expect((await failure(harness.as({ kind: 'anonymous' }).staff.tenancy.catalog())).code).toBe('UNAUTHORIZED');
    expect((await failure(harness.as({ kind: 'patient', id: 'pat_1', clinicId: id }).staff.tenancy.catalog())).code).toBe('FORBIDDEN');
    expect((await failure(admin.staff.tenancy.services.create(serviceInput))).code).toBe('FORBIDDEN');
    expect((await failure(harness.as(staffActor(id, 'owner')).admin.tenancy.suspendClinic({ clinicId: id, reason: 'test' }))).code).toBe('FORBIDDEN');
  });
});

describe('clinic isolation', () => {
  it('keeps staff of clinic A out of clinic B, whatever they put in the input', async () => {
    const a = await newClinic('Clinic A');
    const b = await newClinic('Clinic B');
    const ownerA = harness.as(staffActor(a, 'owner'));
    const ownerB = harness.as(staffActor(b, 'owner'));
    const branchB = await ownerB.staff.tenancy.branches.create(branchInput);
    const serviceB = await ownerB.staff.tenancy.services.create(serviceInput);
    const before = await ownerB.staff.tenancy.catalog();

    expect((await failure(ownerA.staff.tenancy.services.update({ id: serviceB.id, priceMinor: 1 }))).code).toBe('NOT_FOUND');
    expect((await failure(ownerA.staff.tenancy.services.delete({ id: serviceB.id }))).code).toBe('NOT_FOUND');
    expect((await failure(ownerA.staff.tenancy.branches.update({ id: branchB.id, name: 'Taken over' }))).code).toBe('NOT_FOUND');
    const refused = await failure(
      ownerA.staff.tenancy.doctors.create({ name: 'Dr. Spy', nameAr: 'د. جاسوس', specialty: 'General', branchIds: [branchB.id] }),
    );
    expect(domainCode(refused)).toBe('TENANCY.UNKNOWN_BRANCH');

    // A clinic id slipped into the input is ignored: the write lands in the caller's own clinic.
    await ownerA.staff.tenancy.faq.create({ ...faqInput, clinicId: b } as never);
    await ownerA.staff.tenancy.updateProfile({ name: 'Clinic A renamed', clinicId: b } as never);

    const catalogA = await ownerA.staff.tenancy.catalog();
    expect(catalogA.profile).toMatchObject({ id: a, name: 'Clinic A renamed' });
    expect(catalogA.faq).toHaveLength(1);
    expect(catalogA.services).toEqual([]);
    expect(await ownerB.staff.tenancy.catalog()).toEqual(before);
  });
});

describe('suspension', () => {
  it('is set by an operator with a reason, audited on both trails and announced, and shown to everyone who reads the clinic', async () => {
    const id = await newClinic();
    const requestId = `suspend-${id}`;
    const suspended = await harness.as(operator, requestId).admin.tenancy.suspendClinic({ clinicId: id, reason: 'Unpaid invoices since March' });
    expect(suspended).toMatchObject({ id, status: 'suspended' });

    const platform = await kit.auditLog.recent(null, 200);
    expect(platform.find((r) => r.requestId === requestId)).toMatchObject({
      action: 'tenancy.cross_tenant',
      actor: 'operator:op_1',
      clinicId: null,
      detail: `operator console: suspend clinic ${id}: Unpaid invoices since March`,
    });
    const [record] = await kit.auditLog.recent(id, 1);
    expect(record).toMatchObject({
      action: 'tenancy.clinic.suspend',
      actor: 'operator:op_1',
      target: `clinic:${id}`,
      clinicId: id,
      requestId,
      detail: 'Unpaid invoices since March',
      changes: { before: { status: 'active' }, after: { status: 'suspended', reason: 'Unpaid invoices since March' } },
    });
    const events = harness.published.filter((e) => e.clinicId === id).map((e) => e.type);
    expect(events).toEqual(['ClinicRegistered', 'CatalogChanged', 'ClinicSuspended']);
    expect(harness.published.find((e) => e.clinicId === id && e.type === 'ClinicSuspended')?.payload).toEqual({
      clinicId: id,
      reason: 'Unpaid invoices since March',
      by: 'operator:op_1',
    });

    // Patients still reach the profile and learn the clinic is closed.
    expect(await harness.as({ kind: 'anonymous' }).public.tenancy.clinicProfile({ clinicId: id })).toMatchObject({ id, status: 'suspended' });
    // Staff still get in and read.
    expect((await harness.as(staffActor(id, 'receptionist')).staff.tenancy.catalog()).status).toBe('suspended');
    // Other modules (the AI agent) read it through the port.
    const viaPort = await kit.guard.run({ clinicId: id, actor: { kind: 'agent', clinicId: id }, requestId: 'r' }, () => catalogPort.getCatalog(id));
    expect(viaPort.status).toBe('suspended');
    // Operators see why.
    expect((await admin.admin.tenancy.clinicCatalog({ clinicId: id })).suspension).toEqual({
      reason: 'Unpaid invoices since March',
      since: kit.clock.now().toISOString(),
      by: 'operator:op_1',
    });
  });

  it('is refused twice in a row, needs a reason, and is lifted by resume', async () => {
    const id = await newClinic();
    expect((await failure(admin.admin.tenancy.suspendClinic({ clinicId: id, reason: '  ' }))).message).toBe('The reason for the suspension is missing');
    await admin.admin.tenancy.suspendClinic({ clinicId: id, reason: 'Abuse report' });
    const twice = await failure(admin.admin.tenancy.suspendClinic({ clinicId: id, reason: 'Again' }));
    expect(twice.code).toBe('PRECONDITION_FAILED');
    expect(domainCode(twice)).toBe('TENANCY.ALREADY_SUSPENDED');

    const requestId = `resume-${id}`;
    expect(await harness.as(operator, requestId).admin.tenancy.resumeClinic({ clinicId: id, note: 'Resolved' })).toMatchObject({ status: 'active' });
    const [record] = await kit.auditLog.recent(id, 1);
    expect(record).toMatchObject({
      action: 'tenancy.clinic.resume',
      requestId,
      detail: 'Resolved',
      changes: { before: { status: 'suspended', reason: 'Abuse report' }, after: { status: 'active' } },
    });
    expect((await kit.auditLog.recent(null, 200)).some((r) => r.requestId === requestId && r.action === 'tenancy.cross_tenant')).toBe(true);
    expect(harness.published.some((e) => e.clinicId === id && e.type === 'ClinicResumed')).toBe(true);
    expect(await harness.as({ kind: 'anonymous' }).public.tenancy.clinicProfile({ clinicId: id })).toMatchObject({ status: 'active' });
    expect((await admin.admin.tenancy.clinicCatalog({ clinicId: id })).suspension).toBeNull();
    expect(domainCode(await failure(admin.admin.tenancy.resumeClinic({ clinicId: id })))).toBe('TENANCY.NOT_SUSPENDED');
  });

  it('reports an unknown clinic as not found', async () => {
    const error = await failure(admin.admin.tenancy.suspendClinic({ clinicId: uniqueClinicId(), reason: 'Unknown' }));
    expect(domainCode(error)).toBe('TENANCY.CLINIC_NOT_FOUND');
  });
});

describe('the operator views', () => {
  it("read any clinic's catalog through crossTenant, noted on the clinic's own trail", async () => {
    const id = await newClinic();
    await harness.as(staffActor(id, 'owner')).staff.tenancy.services.create(serviceInput);
    const requestId = `view-${id}`;
    const view = await harness.as(operator, requestId).admin.tenancy.clinicCatalog({ clinicId: id });
    expect(view).toMatchObject({ profile: { id }, status: 'active', suspension: null, services: [{ name: 'Scaling' }] });
    expect((await kit.auditLog.recent(null, 200)).find((r) => r.requestId === requestId)?.detail).toBe(
      `operator console: read the catalog of clinic ${id}`,
    );
    expect((await kit.auditLog.recent(id, 1))[0]).toMatchObject({ action: 'tenancy.catalog.operator_view', requestId });
  });

  it('list clinics with their status and currency', async () => {
    const id = await newClinic();
    await admin.admin.tenancy.suspendClinic({ clinicId: id, reason: 'Testing the list' });
    const clinics = await admin.admin.tenancy.listClinics();
    expect(clinics.find((c) => c.id === id)).toMatchObject({ status: 'suspended', currency: 'EGP' });
  });
});
