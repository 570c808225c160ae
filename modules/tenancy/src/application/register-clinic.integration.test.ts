import { afterAll, describe, expect, it } from 'vitest';
import { EventBus, silentLogger, TenantScopeViolation, type Actor, type DomainEvent } from '@frontdesk/shared-kernel';
import { createTenancyKit, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import type { TenancyEvents } from '../index';
import { RedisClinicStore } from '../adapters/redis/redis-clinic-store';
import { GetClinicProfile } from './clinic-profile';
import { ListClinics } from './list-clinics';
import { RegisterClinic } from './register-clinic';

const kit = createTenancyKit();
const events = new EventBus<TenancyEvents>(silentLogger());
const published: DomainEvent[] = [];
events.subscribe('ClinicRegistered', (event) => {
  published.push(event);
});
const store = new RedisClinicStore(kit.redis, kit.guard);
const register = new RegisterClinic(store, kit.guard, kit.clock, events, kit.auditLog);
const profile = new GetClinicProfile(store, kit.guard);
const list = new ListClinics(store, kit.guard);
const operator: Actor = { kind: 'operator', id: 'op_test' };

afterAll(() => kit.redis.disconnect());

const inScope = <T>(clinicId: ReturnType<typeof uniqueClinicId>, fn: () => Promise<T>) =>
  kit.guard.run({ clinicId, actor: { kind: 'anonymous' }, requestId: 'req' }, fn);

describe('registering a clinic', () => {
  it('stores the profile under the clinic key, audits it and announces it afterwards', async () => {
    const id = uniqueClinicId();
    const created = await register.execute(
      { clinicId: id, name: '  Nile Dental  ', timezone: 'Africa/Cairo', defaultLanguage: 'ar', currency: 'sar' },
      operator,
      'r1',
    );
    expect(created).toEqual({ id, name: 'Nile Dental', timezone: 'Africa/Cairo', defaultLanguage: 'ar', currency: 'SAR', status: 'active' });
    expect(await inScope(id, () => profile.execute())).toEqual(created);
    expect(await kit.redis.hget(`t:{${id}}:clinic`, 'name')).toBe('Nile Dental');
    expect(published.some((e) => e.clinicId === id && e.type === 'ClinicRegistered')).toBe(true);
    const [record] = await kit.auditLog.recent(id, 1);
    expect(record).toMatchObject({ actor: 'operator:op_test', action: 'tenancy.clinic.register', target: `clinic:${id}`, outcome: 'success' });
    expect(record?.changes).toEqual({ before: null, after: created });
  });

  it('starts a clinic active, in Egyptian pounds unless told otherwise', async () => {
    const id = uniqueClinicId();
    const created = await register.execute({ clinicId: id, name: 'Giza Smiles', timezone: 'Africa/Cairo' }, operator, 'r1');
    expect(created).toMatchObject({ currency: 'EGP', status: 'active', defaultLanguage: 'en' });
  });

  it('refuses a currency that is not an ISO 4217 code and writes nothing', async () => {
    const id = uniqueClinicId();
    await expect(register.execute({ clinicId: id, name: 'Clinic', timezone: 'UTC', currency: 'EGX' }, operator, 'r1')).rejects.toMatchObject({
      code: 'TENANCY.INVALID_CURRENCY',
      message: expect.stringContaining('ISO 4217'),
    });
    expect(await kit.redis.exists(`t:{${id}}:clinic`)).toBe(0);
  });

  it('reads a clinic stored before currency and status existed as EGP and active', async () => {
    const id = uniqueClinicId();
    await kit.redis.hset(`t:{${id}}:clinic`, 'id', id, 'name', 'Old Clinic', 'timezone', 'UTC', 'defaultLanguage', 'en', 'createdAt', '2025-01-01T00:00:00.000Z');
    expect(await inScope(id, () => profile.execute())).toEqual({
      id,
      name: 'Old Clinic',
      timezone: 'UTC',
      defaultLanguage: 'en',
      currency: 'EGP',
      status: 'active',
    });
  });

  it('refuses a second clinic with the same id and keeps the first one', async () => {
    const id = uniqueClinicId();
    await register.execute({ clinicId: id, name: 'First', timezone: 'UTC' }, operator, 'r1');
    const before = published.length;
    await expect(register.execute({ clinicId: id, name: 'Second', timezone: 'UTC' }, operator, 'r2')).rejects.toMatchObject({
      code: 'TENANCY.CLINIC_EXISTS',
    });
    expect((await inScope(id, () => profile.execute())).name).toBe('First');
    expect(published.length).toBe(before);
  });

  it('refuses an unknown time zone and writes nothing', async () => {
    const id = uniqueClinicId();
    await expect(register.execute({ clinicId: id, name: 'Clinic', timezone: 'Mars/Olympus' }, operator, 'r1')).rejects.toMatchObject({
      code: 'TENANCY.INVALID_TIMEZONE',
    });
    expect(await kit.redis.exists(`t:{${id}}:clinic`)).toBe(0);
  });

  it('refuses to read a clinic outside a tenant scope', async () => {
    const id = uniqueClinicId();
    await register.execute({ clinicId: id, name: 'Scoped', timezone: 'UTC' }, operator, 'r1');
    await expect(store.get(id)).rejects.toThrow(TenantScopeViolation);
    await expect(profile.execute()).rejects.toThrow(TenantScopeViolation);
  });

  it('reports a missing clinic as not found', async () => {
    await expect(inScope(uniqueClinicId(), () => profile.execute())).rejects.toMatchObject({ code: 'TENANCY.CLINIC_NOT_FOUND' });
  });
});

describe('listing clinics', () => {
  it('works only through crossTenant and leaves an audit record', async () => {
    const id = uniqueClinicId();
    await register.execute({ clinicId: id, name: 'Listed', timezone: 'UTC' }, operator, 'r1');
    const requestId = `list-${id}`;
    const clinics = await list.execute(operator, requestId);
    expect(clinics.map((c) => c.id)).toContain(id);
    const audit = await kit.auditLog.recent(null, 100);
    expect(audit.find((r) => r.requestId === requestId)?.action).toBe('tenancy.cross_tenant');
    await expect(store.listIds()).rejects.toThrow(TenantScopeViolation);
  });
});
