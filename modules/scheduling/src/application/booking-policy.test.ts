import { describe, expect, it } from 'vitest';
import { FakeClock, TenantGuard, TenantScopeViolation, clinicId as toClinicId, silentLogger, type AuditLog, type ClinicId } from '@frontdesk/shared-kernel';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { DEFAULT_SCHEDULING_SETTINGS } from '../domain/scheduling-settings';
import type { SchedulingConfig, SchedulingConfigStore } from '../ports/scheduling-config.port';
import { CAIRO_HOURS } from '../testing/scheduling-harness';
import { InMemoryClinicCatalog, cairoClinic } from '../testing/scheduling-fakes';
import { ConfiguredBookingPolicy } from './booking-policy';
import type { CatalogCacheOptions } from '@frontdesk/tenancy';
import { SchedulingConfigReader } from './scheduling-config';

/** Counts the reads the policy makes through the ClinicCatalog port. */
class CountingCatalog extends InMemoryClinicCatalog {
  reads = 0;
  override async getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> {
    this.reads += 1;
    return super.getCatalog(clinicId);
  }
}

const configStore: SchedulingConfigStore = {
  get: async () => ({
    settings: DEFAULT_SCHEDULING_SETTINGS,
    doctors: Object.fromEntries(CAIRO_HOURS.map((d) => [d.id, d])),
    holidays: [],
    staffDoctors: {},
    revision: 1,
  }),
  save: async (_clinic, next: SchedulingConfig) => ({ ...next, revision: next.revision + 1 }),
};

/** Strict mode throws on a violation; only crossTenant() writes audit records, and these tests never call it. */
const NO_AUDIT = {} as AuditLog;

function setup(options: { cache?: boolean; ttlMs?: number; maxClinics?: number } = {}) {
  const clock = new FakeClock('2026-01-01T09:00:00.000Z');
  const guard = new TenantGuard({ mode: 'strict', auditLog: NO_AUDIT, logger: silentLogger(), clock });
  const catalog = new CountingCatalog();
  const cache: CatalogCacheOptions | undefined =
    options.cache === false ? undefined : { clock, guard, ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}), ...(options.maxClinics ? { maxClinics: options.maxClinics } : {}) };
  const policy = new ConfiguredBookingPolicy(catalog, new SchedulingConfigReader(configStore, clock, 0), cache);
  const admit = (clinic: ClinicId, doctorId = 'doc_a') => {
    const actor = { kind: 'staff', id: 'usr_receptionist', clinicId: clinic, role: 'receptionist' } as const;
    return guard.run({ clinicId: clinic, actor, requestId: 'req-test' }, () =>
      // Sunday 2026-01-04 10:00 in Cairo: Dr. Amal works 09-17 at Zamalek.
      policy.admit(clinic, { doctorId, serviceId: 'svc_checkup', start: new Date('2026-01-04T08:00:00.000Z'), actor, now: clock.now() }),
    );
  };
  return { clock, guard, catalog, policy, admit };
}

const clinicA = toClinicId('policy-a');
const clinicB = toClinicId('policy-b');
const clinicC = toClinicId('policy-c');

describe('ConfiguredBookingPolicy catalog cache', () => {
  it('reads the catalog once per clinic within the TTL, and again after it', async () => {
    const { clock, catalog, admit } = setup();
    catalog.set(clinicA, cairoClinic(clinicA));
    await admit(clinicA);
    await admit(clinicA);
    expect(catalog.reads).toBe(1);
    clock.advance(1_001);
    await admit(clinicA);
    expect(catalog.reads).toBe(2);
  });

  it('sees a catalog edit within the TTL, not before', async () => {
    const { clock, catalog, admit } = setup({ ttlMs: 1_000 });
    const snapshot = cairoClinic(clinicA);
    catalog.set(clinicA, snapshot);
    await admit(clinicA);
    catalog.set(clinicA, { ...snapshot, doctors: snapshot.doctors.filter((d) => d.id !== 'doc_a') });
    await expect(admit(clinicA)).resolves.toMatchObject({ branchId: 'br_main' });
    clock.advance(1_000);
    await expect(admit(clinicA)).rejects.toMatchObject({ code: 'SCHEDULING.UNKNOWN_DOCTOR' });
  });

  it('shares one read among concurrent admissions for a clinic', async () => {
    const { catalog, admit } = setup();
    catalog.set(clinicA, cairoClinic(clinicA));
    await Promise.all(Array.from({ length: 10 }, () => admit(clinicA)));
    expect(catalog.reads).toBe(1);
  });

  it('keeps clinics apart', async () => {
    const { catalog, admit } = setup();
    catalog.set(clinicA, cairoClinic(clinicA));
    const other = cairoClinic(clinicB);
    catalog.set(clinicB, { ...other, doctors: other.doctors.filter((d) => d.id !== 'doc_a') });
    await admit(clinicA);
    await expect(admit(clinicB)).rejects.toMatchObject({ code: 'SCHEDULING.UNKNOWN_DOCTOR' });
    await expect(admit(clinicA)).resolves.toMatchObject({ branchId: 'br_main' });
  });

  it('does not keep a failed read', async () => {
    const { catalog, admit } = setup();
    await expect(admit(clinicA)).rejects.toMatchObject({ code: 'TENANCY.CLINIC_NOT_FOUND' });
    catalog.set(clinicA, cairoClinic(clinicA));
    await expect(admit(clinicA)).resolves.toMatchObject({ branchId: 'br_main' });
    expect(catalog.reads).toBe(2);
  });

  it('checks the tenant scope on every admission, cached or not', async () => {
    const { guard, catalog, policy, admit, clock } = setup();
    catalog.set(clinicA, cairoClinic(clinicA));
    await admit(clinicA);
    const request = { doctorId: 'doc_a', serviceId: 'svc_checkup', start: new Date('2026-01-04T08:00:00.000Z'), now: clock.now() };
    const actorB = { kind: 'staff', id: 'usr_receptionist', clinicId: clinicB, role: 'receptionist' } as const;
    // Outside any scope, and from another clinic's scope: refused although clinic A's catalog is cached.
    await expect(policy.admit(clinicA, { ...request, actor: actorB })).rejects.toBeInstanceOf(TenantScopeViolation);
    await expect(
      guard.run({ clinicId: clinicB, actor: actorB, requestId: 'req-test' }, () => policy.admit(clinicA, { ...request, actor: actorB })),
    ).rejects.toBeInstanceOf(TenantScopeViolation);
    expect(catalog.reads).toBe(1);
  });

  it('is bounded', async () => {
    const { catalog, admit } = setup({ maxClinics: 2 });
    for (const clinic of [clinicA, clinicB, clinicC]) catalog.set(clinic, cairoClinic(clinic));
    await admit(clinicA);
    await admit(clinicB);
    await admit(clinicC); // full: starts over with C only
    await admit(clinicA);
    expect(catalog.reads).toBe(4);
    await admit(clinicC);
    expect(catalog.reads).toBe(4);
  });

  it('without a cache, reads the catalog on every admission', async () => {
    const { catalog, admit } = setup({ cache: false });
    catalog.set(clinicA, cairoClinic(clinicA));
    await admit(clinicA);
    await admit(clinicA);
    expect(catalog.reads).toBe(2);
  });
});
