import { afterAll, describe, expect, it } from 'vitest';
import { TenantScopeViolation, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { closedAllWeek } from '../../domain/opening-hours';
import type { Branch } from '../../domain/catalog';
import { RedisCatalogStore } from './redis-catalog-store';
import { RedisClinicStore } from './redis-clinic-store';

const kit = createTenancyKit();
const clinics = new RedisClinicStore(kit.redis, kit.guard);
const store = new RedisCatalogStore(kit.redis, kit.guard);

afterAll(() => kit.redis.disconnect());

const inScope = <T>(clinicId: ClinicId, fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: { kind: 'system', id: 'test' }, requestId: 'req' }, fn);

async function newClinic(): Promise<ClinicId> {
  const id = uniqueClinicId();
  await inScope(id, () =>
    clinics.create({
      id,
      name: 'Store Test',
      timezone: 'Africa/Cairo',
      defaultLanguage: 'en',
      currency: 'EGP',
      status: 'active',
      suspension: null,
      createdAt: kit.clock.now(),
    }),
  );
  return id;
}

const branch = (id: string, name: string): Branch => ({
  id,
  name,
  nameAr: 'فرع',
  address: 'Cairo',
  phone: '+20227350000',
  openingHours: closedAllWeek(),
});

describe('the Redis catalog store', () => {
  it("keeps each entity type in one hash under the clinic's hash tag and counts revisions", async () => {
    const id = await newClinic();
    const result = await inScope(id, () => store.commit(id, 0, { type: 'putEntry', collection: 'branches', entry: branch('brn_a', 'Zamalek') }));
    expect(result).toEqual({ ok: true, revision: 1 });
    expect(await kit.redis.get(`t:{${id}}:catalog:rev`)).toBe('1');
    expect(JSON.parse((await kit.redis.hget(`t:{${id}}:catalog:branches`, 'brn_a'))!)).toMatchObject({ name: 'Zamalek' });
    const snapshot = await inScope(id, () => store.read(id));
    expect(snapshot).toMatchObject({ revision: 1, branches: [{ id: 'brn_a', name: 'Zamalek' }], doctors: [], aiSettings: null });
  });

  it('refuses a write made against an old revision and writes nothing', async () => {
    const id = await newClinic();
    await inScope(id, () => store.commit(id, 0, { type: 'putEntry', collection: 'branches', entry: branch('brn_a', 'Zamalek') }));
    const stale = await inScope(id, () => store.commit(id, 0, { type: 'putEntry', collection: 'branches', entry: branch('brn_b', 'Maadi') }));
    expect(stale).toEqual({ ok: false, reason: 'stale' });
    expect(await kit.redis.hexists(`t:{${id}}:catalog:branches`, 'brn_b')).toBe(0);
    expect(await kit.redis.get(`t:{${id}}:catalog:rev`)).toBe('1');
  });

  it('lets exactly one of two writes on the same revision through', async () => {
    const id = await newClinic();
    const results = await inScope(id, () =>
      Promise.all([
        store.commit(id, 0, { type: 'putEntry', collection: 'branches', entry: branch('brn_a', 'Zamalek') }),
        store.commit(id, 0, { type: 'putEntry', collection: 'branches', entry: branch('brn_b', 'Maadi') }),
      ]),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await kit.redis.hlen(`t:{${id}}:catalog:branches`)).toBe(1);
  });

  it('writes nothing for a clinic that does not exist', async () => {
    const id = uniqueClinicId();
    const result = await inScope(id, () => store.commit(id, 0, { type: 'putAiSettings', settings: {} as never }));
    expect(result).toEqual({ ok: false, reason: 'missing' });
    expect(await kit.redis.exists(`t:{${id}}:catalog:ai`, `t:{${id}}:catalog:rev`)).toBe(0);
    expect(await inScope(id, () => store.read(id))).toBeUndefined();
  });

  it('stores a suspension on the clinic record and removes it on resume', async () => {
    const id = await newClinic();
    const clinic = (await inScope(id, () => store.read(id)))!.clinic;
    const since = new Date('2026-03-01T10:00:00Z');
    await inScope(id, () =>
      store.commit(id, 0, { type: 'putClinic', clinic: { ...clinic, status: 'suspended', suspension: { reason: 'unpaid', since, by: 'operator:op_1' } } }),
    );
    expect((await inScope(id, () => store.read(id)))!.clinic).toMatchObject({ status: 'suspended', suspension: { reason: 'unpaid', since, by: 'operator:op_1' } });
    await inScope(id, () => store.commit(id, 1, { type: 'putClinic', clinic: { ...clinic, status: 'active', suspension: null } }));
    expect(await kit.redis.hget(`t:{${id}}:clinic`, 'suspensionReason')).toBeNull();
    expect((await inScope(id, () => store.read(id)))!.clinic).toMatchObject({ status: 'active', suspension: null });
  });

  it("refuses to touch a clinic's catalog outside its scope or from another clinic's scope", async () => {
    const a = await newClinic();
    const b = await newClinic();
    await expect(store.read(a)).rejects.toThrow(TenantScopeViolation);
    await expect(inScope(b, () => store.read(a))).rejects.toThrow(TenantScopeViolation);
    await expect(inScope(b, () => store.commit(a, 0, { type: 'deleteEntry', collection: 'faq', id: 'faq_1' }))).rejects.toThrow(TenantScopeViolation);
    expect(await kit.redis.get(`t:{${a}}:catalog:rev`)).toBeNull();
  });
});
