import { afterAll, describe, expect, it } from 'vitest';
import {
  EventBus,
  silentLogger,
  TenantScopeViolation,
  type Actor,
  type ClinicId,
  type DomainEvent,
  type StoredAuditRecord,
} from '@frontdesk/shared-kernel';
import { createTenancyKit, memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { ClinicCatalog, TenancyEvents } from '../index';
import { RedisCatalogStore } from '../adapters/redis/redis-catalog-store';
import type { CatalogStore } from '../ports/catalog-store.port';
import { createTenancyHarness } from '../tenancy.test-harness';
import { TENANCY_TOKENS as T } from '../tenancy.tokens';
import { SERVICES } from '../domain/entries';
import { CatalogEditor, MAX_ATTEMPTS } from './catalog-editor';
import { CreateCatalogEntry } from './create-catalog-entry';
import type { DeleteCatalogEntry } from './delete-catalog-entry';
import type { RegisterClinic } from './register-clinic';
import type { UpdateAiSettings } from './update-ai-settings';
import type { UpdateCatalogEntry } from './update-catalog-entry';
import type { UpdateClinicProfile } from './update-profile';

const kit = createTenancyKit();
const harness = createTenancyHarness(kit, () => memoryHttpExchange());
const get = <X>(token: symbol) => harness.container.get<X>(token);

const register = get<RegisterClinic>(T.RegisterClinic);
const createBranch = get<CreateCatalogEntry<'branches'>>(T.CreateBranch);
const deleteBranch = get<DeleteCatalogEntry<'branches'>>(T.DeleteBranch);
const createDoctor = get<CreateCatalogEntry<'doctors'>>(T.CreateDoctor);
const createService = get<CreateCatalogEntry<'services'>>(T.CreateService);
const updateService = get<UpdateCatalogEntry<'services'>>(T.UpdateService);
const deleteService = get<DeleteCatalogEntry<'services'>>(T.DeleteService);
const updateProfile = get<UpdateClinicProfile>(T.UpdateClinicProfile);
const updateAi = get<UpdateAiSettings>(T.UpdateAiSettings);
const catalog = get<ClinicCatalog>(T.ClinicCatalog);

afterAll(() => kit.redis.disconnect());

const system: Actor = { kind: 'system', id: 'test-setup' };

async function newClinic(): Promise<{ id: ClinicId; owner: Actor; scope: <R>(fn: () => Promise<R>) => Promise<R> }> {
  const id = uniqueClinicId();
  await register.execute({ clinicId: id, name: 'Nile Dental', timezone: 'Africa/Cairo' }, system, 'setup');
  const owner = staffActor(id, 'owner');
  return { id, owner, scope: (fn) => kit.guard.run({ clinicId: id, actor: owner, requestId: 'req' }, fn) };
}

const scaling = { name: 'Scaling', nameAr: 'تنظيف الجير', durationMinutes: 30, bufferMinutes: 10, priceMinor: 50000, depositMinor: 10000 };
const zamalek = {
  name: 'Zamalek',
  nameAr: 'الزمالك',
  address: '12 Brazil St, Zamalek, Cairo',
  phone: '+20 2 2735 0000',
  openingHours: { sat: [{ from: '10:00', to: '22:00' }] },
};

const eventsOf = (clinicId: ClinicId) => harness.published.filter((e) => e.clinicId === clinicId);
const auditOf = async (clinicId: ClinicId): Promise<StoredAuditRecord[]> => (await kit.auditLog.recent(clinicId, 100)).reverse();

describe('changing the catalog', () => {
  it('audits create, update and delete on the clinic trail with before and after, actor and request id', async () => {
    const { id, owner, scope } = await newClinic();
    const service = await scope(() => createService.execute(id, scaling, owner, 'req-create'));
    const updated = await scope(() => updateService.execute(id, { id: service.id, priceMinor: 60000 }, owner, 'req-update'));
    await scope(() => deleteService.execute(id, service.id, owner, 'req-delete'));

    const records = (await auditOf(id)).filter((r) => r.action.startsWith('tenancy.service.'));
    expect(records.map((r) => [r.action, r.target, r.requestId, r.actor, r.outcome, r.clinicId])).toEqual([
      ['tenancy.service.create', `service:${service.id}`, 'req-create', `staff:usr_owner`, 'success', id],
      ['tenancy.service.update', `service:${service.id}`, 'req-update', `staff:usr_owner`, 'success', id],
      ['tenancy.service.delete', `service:${service.id}`, 'req-delete', `staff:usr_owner`, 'success', id],
    ]);
    expect(records.map((r) => r.changes)).toEqual([
      { before: null, after: service },
      { before: service, after: updated },
      { before: updated, after: null },
    ]);
    expect(updated).toEqual({ ...service, priceMinor: 60000 });
  });

  it('keeps the fields an update leaves out', async () => {
    const { id, owner, scope } = await newClinic();
    const service = await scope(() => createService.execute(id, scaling, owner, 'r'));
    const renamed = await scope(() => updateService.execute(id, { id: service.id, name: 'Deep scaling' }, owner, 'r'));
    expect(renamed).toEqual({ ...service, name: 'Deep scaling' });
    const noDeposit = await scope(() => updateService.execute(id, { id: service.id, depositMinor: null }, owner, 'r'));
    expect(noDeposit.depositMinor).toBeNull();
  });

  it('announces CatalogChanged with the new revision, once the change can be read back', async () => {
    const { id, owner, scope } = await newClinic();
    const seen: { revision: number; storedRevision: string | null; stored: boolean }[] = [];
    const unsubscribe = harness.bus.subscribe('CatalogChanged', async (event) => {
      if (event.clinicId !== id) return;
      seen.push({
        revision: event.payload.revision,
        storedRevision: await kit.redis.get(`t:{${id}}:catalog:rev`),
        stored: (await kit.redis.hlen(`t:{${id}}:catalog:services`)) === 1,
      });
    });
    try {
      const service = await scope(() => createService.execute(id, scaling, owner, 'r'));
      expect(seen).toEqual([{ revision: 1, storedRevision: '1', stored: true }]);
      const event = eventsOf(id).find((e) => e.type === 'CatalogChanged') as DomainEvent<'CatalogChanged', TenancyEvents['CatalogChanged']>;
      expect(event.payload).toEqual({ clinicId: id, entity: 'service', change: 'created', id: service.id, revision: 1 });
    } finally {
      unsubscribe();
    }
  });

  it('writes, audits and announces nothing when a rule refuses the change', async () => {
    const { id, owner, scope } = await newClinic();
    const auditBefore = (await auditOf(id)).length;
    await expect(scope(() => createService.execute(id, { ...scaling, depositMinor: 90000 }, owner, 'r'))).rejects.toMatchObject({
      code: 'TENANCY.DEPOSIT_EXCEEDS_PRICE',
    });
    await expect(scope(() => createDoctor.execute(id, { name: 'Dr. Hana', nameAr: 'د. هناء', specialty: 'Ortho', branchIds: ['brn_nope'] }, owner, 'r'))).rejects.toMatchObject({
      code: 'TENANCY.UNKNOWN_BRANCH',
    });
    expect(await kit.redis.exists(`t:{${id}}:catalog:services`, `t:{${id}}:catalog:doctors`, `t:{${id}}:catalog:rev`)).toBe(0);
    expect((await auditOf(id)).length).toBe(auditBefore);
    expect(eventsOf(id).filter((e) => e.type === 'CatalogChanged')).toEqual([]);
  });

  it('audits and announces nothing when the write itself fails', async () => {
    const { id, owner, scope } = await newClinic();
    const real = new RedisCatalogStore(kit.redis, kit.guard);
    const broken: CatalogStore = { read: (c) => real.read(c), commit: () => Promise.reject(new Error('connection lost')) };
    const bus = new EventBus<TenancyEvents>(silentLogger());
    const heard: DomainEvent[] = [];
    bus.subscribe('CatalogChanged', (e) => void heard.push(e));
    const create = new CreateCatalogEntry(SERVICES, new CatalogEditor(broken, kit.auditLog, bus, kit.clock), { next: (p) => `${p}_x` });
    const auditBefore = (await auditOf(id)).length;
    await expect(scope(() => create.execute(id, scaling, owner, 'r'))).rejects.toThrow('connection lost');
    expect(heard).toEqual([]);
    expect((await auditOf(id)).length).toBe(auditBefore);
  });

  it('gives up with a clear conflict when other changes keep getting in first', async () => {
    const { id, owner, scope } = await newClinic();
    const real = new RedisCatalogStore(kit.redis, kit.guard);
    let attempts = 0;
    const contested: CatalogStore = {
      read: (c) => real.read(c),
      commit: async () => {
        attempts++;
        return { ok: false, reason: 'stale' };
      },
    };
    const create = new CreateCatalogEntry(SERVICES, new CatalogEditor(contested, kit.auditLog, harness.bus, kit.clock), { next: (p) => `${p}_y` });
    await expect(scope(() => create.execute(id, scaling, owner, 'r'))).rejects.toMatchObject({
      code: 'TENANCY.CONCURRENT_EDIT',
      kind: 'conflict',
      message: 'The catalog was changed by someone else while saving. Reload it and try again',
    });
    expect(attempts).toBe(MAX_ATTEMPTS);
  });

  it('writes nothing when an update changes nothing', async () => {
    const { id, owner, scope } = await newClinic();
    const service = await scope(() => createService.execute(id, scaling, owner, 'r'));
    const auditBefore = (await auditOf(id)).length;
    await scope(() => updateService.execute(id, { id: service.id, name: ' Scaling ' }, owner, 'r'));
    expect(await kit.redis.get(`t:{${id}}:catalog:rev`)).toBe('1');
    expect((await auditOf(id)).length).toBe(auditBefore);
  });

  it('lets concurrent changes all land, each on its own revision', async () => {
    const { id, owner, scope } = await newClinic();
    const names = Array.from({ length: 8 }, (_, i) => `Service ${i + 1}`);
    await scope(() => Promise.all(names.map((name) => createService.execute(id, { ...scaling, name }, owner, 'r'))));
    const snapshot = await scope(() => catalog.getCatalog(id));
    expect(snapshot.services.map((s) => s.name)).toEqual(names);
    expect(snapshot.revision).toBe(8);
    const revisions = eventsOf(id).flatMap((e) => (e.type === 'CatalogChanged' ? [(e.payload as TenancyEvents['CatalogChanged']).revision] : []));
    expect(revisions.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lets only one of two concurrent services with the same name in', async () => {
    const { id, owner, scope } = await newClinic();
    const results = await scope(() =>
      Promise.allSettled([createService.execute(id, scaling, owner, 'r1'), createService.execute(id, { ...scaling, name: 'scaling' }, owner, 'r2')]),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'TENANCY.DUPLICATE_NAME' } });
    expect(await kit.redis.hlen(`t:{${id}}:catalog:services`)).toBe(1);
  });

  it('never leaves a doctor at a branch deleted at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const { id, owner, scope } = await newClinic();
      const branch = await scope(() => createBranch.execute(id, zamalek, owner, 'r'));
      const [doctor, deletion] = await scope(() =>
        Promise.allSettled([
          createDoctor.execute(id, { name: 'Dr. Hana Adel', nameAr: 'د. هناء عادل', specialty: 'Orthodontics', branchIds: [branch.id] }, owner, 'r'),
          deleteBranch.execute(id, branch.id, owner, 'r'),
        ]),
      );
      const snapshot = await scope(() => catalog.getCatalog(id));
      if (doctor.status === 'fulfilled') {
        expect(deletion).toMatchObject({ status: 'rejected', reason: { code: 'TENANCY.BRANCH_IN_USE' } });
        expect(snapshot.branches.map((b) => b.id)).toEqual([branch.id]);
      } else {
        expect(doctor.reason).toMatchObject({ code: 'TENANCY.UNKNOWN_BRANCH' });
        expect(deletion.status).toBe('fulfilled');
        expect(snapshot.branches).toEqual([]);
      }
    }
  });

  it('reports an unknown entry id as not found', async () => {
    const { id, owner, scope } = await newClinic();
    await expect(scope(() => updateService.execute(id, { id: 'svc_nope', priceMinor: 1 }, owner, 'r'))).rejects.toMatchObject({
      code: 'TENANCY.SERVICE_NOT_FOUND',
      kind: 'not_found',
    });
    await expect(scope(() => deleteBranch.execute(id, 'brn_nope', owner, 'r'))).rejects.toMatchObject({ code: 'TENANCY.BRANCH_NOT_FOUND' });
  });
});

describe('the clinic profile and AI settings', () => {
  it('updates the profile with an audit of before and after', async () => {
    const { id, owner, scope } = await newClinic();
    const profile = await scope(() => updateProfile.execute(id, { name: 'Nile Dental Care', defaultLanguage: 'ar', currency: 'usd' }, owner, 'r-profile'));
    expect(profile).toEqual({ id, name: 'Nile Dental Care', timezone: 'Africa/Cairo', defaultLanguage: 'ar', currency: 'USD', status: 'active' });
    const [record] = await kit.auditLog.recent(id, 1);
    expect(record).toMatchObject({ action: 'tenancy.profile.update', target: `clinic:${id}`, requestId: 'r-profile' });
    expect(record?.changes).toMatchObject({ before: { name: 'Nile Dental', currency: 'EGP' }, after: { name: 'Nile Dental Care', currency: 'USD' } });
  });

  it('keeps the currency while a service has a price', async () => {
    const { id, owner, scope } = await newClinic();
    await scope(() => createService.execute(id, scaling, owner, 'r'));
    await expect(scope(() => updateProfile.execute(id, { currency: 'USD' }, owner, 'r'))).rejects.toMatchObject({ code: 'TENANCY.CURRENCY_IN_USE' });
    expect((await scope(() => catalog.getProfile(id))).currency).toBe('EGP');
  });

  it('changes only the AI settings given, starting from the defaults', async () => {
    const { id, owner, scope } = await newClinic();
    const defaults = (await scope(() => catalog.getCatalog(id))).aiSettings;
    const saved = await scope(() => updateAi.execute(id, { guardrailMode: 'log', greetings: { en: 'Welcome to Nile Dental!' } }, owner, 'r-ai'));
    expect(saved).toEqual({ ...defaults, guardrailMode: 'log', greetings: { ...defaults.greetings, en: 'Welcome to Nile Dental!' } });
    expect((await scope(() => catalog.getCatalog(id))).aiSettings).toEqual(saved);
    const [record] = await kit.auditLog.recent(id, 1);
    expect(record).toMatchObject({ action: 'tenancy.ai_settings.update', target: `ai_settings:${id}`, changes: { before: defaults, after: saved } });
  });
});

describe('the ClinicCatalog port', () => {
  it('returns the whole verified catalog, ordered, with status and default AI settings', async () => {
    const { id, owner, scope } = await newClinic();
    const branch = await scope(() => createBranch.execute(id, zamalek, owner, 'r'));
    await scope(() => createService.execute(id, { ...scaling, name: 'Whitening' }, owner, 'r'));
    await scope(() => createService.execute(id, scaling, owner, 'r'));
    const doctor = await scope(() => createDoctor.execute(id, { name: 'Dr. Hana', nameAr: 'د. هناء', specialty: 'Orthodontics', branchIds: [branch.id] }, owner, 'r'));
    const snapshot = await kit.guard.run({ clinicId: id, actor: { kind: 'agent', clinicId: id }, requestId: 'agent' }, () => catalog.getCatalog(id));
    expect(snapshot).toMatchObject({
      profile: { id, name: 'Nile Dental', currency: 'EGP', status: 'active' },
      status: 'active',
      revision: 4,
      branches: [{ id: branch.id, phone: '+20227350000' }],
      doctors: [doctor],
      faq: [],
      aiSettings: { guardrailMode: 'enforce', humanReview: 'flagged' },
    });
    expect(snapshot.services.map((s) => s.name)).toEqual(['Scaling', 'Whitening']);
  });

  it("refuses a clinic other than the caller's scope, and callers without a scope", async () => {
    const a = await newClinic();
    const b = await newClinic();
    await expect(a.scope(() => catalog.getCatalog(b.id))).rejects.toThrow(TenantScopeViolation);
    await expect(a.scope(() => catalog.getProfile(b.id))).rejects.toThrow(TenantScopeViolation);
    await expect(catalog.getCatalog(a.id)).rejects.toThrow(TenantScopeViolation);
  });

  it('reports an unknown clinic as not found', async () => {
    const id = uniqueClinicId();
    const scope = <R>(fn: () => Promise<R>) => kit.guard.run({ clinicId: id, actor: system, requestId: 'r' }, fn);
    await expect(scope(() => catalog.getCatalog(id))).rejects.toMatchObject({ code: 'TENANCY.CLINIC_NOT_FOUND' });
    await expect(scope(() => catalog.getProfile(id))).rejects.toMatchObject({ code: 'TENANCY.CLINIC_NOT_FOUND' });
  });
});
