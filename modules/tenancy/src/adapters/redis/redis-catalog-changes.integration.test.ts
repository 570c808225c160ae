import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { silentLogger, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { CachedClinicCatalog, TENANCY_PUBLIC_TOKENS, type ClinicCatalog } from '../../index';
import type { CreateCatalogEntry } from '../../application/create-catalog-entry';
import type { RegisterClinic } from '../../application/register-clinic';
import { createTenancyHarness } from '../../tenancy.test-harness';
import { TENANCY_TOKENS as T } from '../../tenancy.tokens';
import { RedisCatalogChanges } from './redis-catalog-changes';

/**
 * Two processes: the writer is the tenancy module as the server wires it (its
 * CatalogEditor announces each write); the reader is another process's cache,
 * with its own Redis connections. The fake clock never moves, so a cache that
 * sees a change saw it through the announcement, not through its TTL.
 */
const kit = createTenancyKit();
const writer = createTenancyHarness(kit, () => memoryHttpExchange());
// Named, so the test can drop exactly this reader's subscriber (duplicates keep the name).
const READER = `catalog-reader-${process.pid}-${Date.now()}`;
const readerRedis = new Redis(inject('redisUrl'), { connectionName: READER });
const readerChanges = new RedisCatalogChanges(readerRedis, silentLogger());
const source = writer.container.get<ClinicCatalog>(T.ClinicCatalog);

afterAll(async () => {
  await readerChanges.close();
  await writer.container.get<RedisCatalogChanges>(TENANCY_PUBLIC_TOKENS.CatalogChanges).close();
  readerRedis.disconnect();
  kit.redis.disconnect();
});

const branch = (name: string) => ({ name, nameAr: 'فرع', address: 'Cairo', phone: '+20 2 2735 0000', openingHours: { sat: [{ from: '10:00', to: '22:00' }] } });

async function newClinic(): Promise<{ id: ClinicId; owner: Actor; scope: <R>(fn: () => Promise<R>) => Promise<R> }> {
  const id = uniqueClinicId();
  await writer.container.get<RegisterClinic>(T.RegisterClinic).execute({ clinicId: id, name: 'Nile Dental', timezone: 'Africa/Cairo' }, { kind: 'system', id: 'test' }, 'setup');
  const owner = staffActor(id, 'owner');
  return { id, owner, scope: (fn) => kit.guard.run({ clinicId: id, actor: owner, requestId: 'req' }, fn) };
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 3_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const branchNames = async (cache: ClinicCatalog, id: ClinicId, scope: <R>(fn: () => Promise<R>) => Promise<R>) =>
  (await scope(() => cache.getCatalog(id))).branches.map((b) => b.name);

describe('catalog caches hear of every write, from any process', () => {
  it('drops a clinic as soon as another process writes its catalog, and keeps it while nothing changes', async () => {
    const cache = new CachedClinicCatalog(source, { clock: kit.clock, guard: kit.guard, changes: readerChanges });
    await until('the subscription', () => readerChanges.live);
    const { id, owner, scope } = await newClinic();
    const other = await newClinic();
    expect(await branchNames(cache, id, scope)).toEqual([]);
    const first = await scope(() => cache.getCatalog(id));
    expect(await scope(() => cache.getCatalog(id))).toBe(first); // a hit: the same snapshot object
    const otherFirst = await other.scope(() => cache.getCatalog(other.id));

    await scope(() => writer.container.get<CreateCatalogEntry<'branches'>>(T.CreateBranch).execute(id, branch('Zamalek'), owner, 'r1'));
    await until('the new branch', async () => (await branchNames(cache, id, scope)).includes('Zamalek'));
    // The other clinic's entry was not touched.
    expect(await other.scope(() => cache.getCatalog(other.id))).toBe(otherFirst);
  });

  it('without the announcements, the same cache keeps the old catalog until its short TTL', async () => {
    const cache = new CachedClinicCatalog(source, { clock: kit.clock, guard: kit.guard, shortTtlMs: 1_000 });
    const { id, owner, scope } = await newClinic();
    expect(await branchNames(cache, id, scope)).toEqual([]);
    await scope(() => writer.container.get<CreateCatalogEntry<'branches'>>(T.CreateBranch).execute(id, branch('Maadi'), owner, 'r2'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await branchNames(cache, id, scope)).toEqual([]);
    kit.clock.advance(1_001);
    expect(await branchNames(cache, id, scope)).toEqual(['Maadi']);
  });

  it('forgets every clinic when its subscriber connection comes back after a drop, and is not live meanwhile', async () => {
    const cache = new CachedClinicCatalog(source, { clock: kit.clock, guard: kit.guard, changes: readerChanges });
    await until('the subscription', () => readerChanges.live);
    const { id, scope } = await newClinic();
    const before = await scope(() => cache.getCatalog(id));
    const forgotten: (ClinicId | null)[] = [];
    const stop = readerChanges.onChange((clinicId) => forgotten.push(clinicId));
    // Drop the subscriber's connection from the server side; ioredis reconnects by itself.
    const clients = String(await kit.redis.call('CLIENT', 'LIST', 'TYPE', 'pubsub')).split('\n');
    const subscriber = clients.find((line) => line.includes(` name=${READER} `));
    expect(subscriber).toBeDefined();
    await kit.redis.call('CLIENT', 'KILL', 'ID', /\bid=(\d+)/.exec(subscriber!)![1]!);
    await until('the drop', () => !readerChanges.live || forgotten.includes(null));
    await until('the subscription again', () => readerChanges.live && forgotten.includes(null));
    stop();
    expect(await scope(() => cache.getCatalog(id))).not.toBe(before);
  });
});
