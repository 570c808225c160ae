import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { TenantScopeViolation } from './errors';
import { GLOBAL_KEYS } from './keys';
import { createTenancyKit, staffActor, uniqueClinicId } from './testing/fixtures';

const strict = createTenancyKit({ mode: 'strict' });
afterAll(() => strict.redis.disconnect());

describe('tenant guard in strict mode', () => {
  it('throws when tenant data is touched outside a tenant scope', () => {
    const clinic = uniqueClinicId();
    expect(() => strict.guard.key(clinic, 'clinic')).toThrow(TenantScopeViolation);
    expect(() => strict.guard.currentClinicId()).toThrow(TenantScopeViolation);
  });

  it('builds hash-tagged keys for the clinic in scope', () => {
    const clinic = uniqueClinicId();
    const key = strict.guard.run({ clinicId: clinic, actor: staffActor(clinic), requestId: 'r1' }, () =>
      strict.guard.key(clinic, 'appointment', 'apt_1'),
    );
    expect(key).toBe(`t:{${clinic}}:appointment:apt_1`);
  });

  it('keeps the scope across awaits', async () => {
    const clinic = uniqueClinicId();
    const seen = await strict.guard.run({ clinicId: clinic, actor: staffActor(clinic), requestId: 'r1' }, async () => {
      await new Promise((r) => setTimeout(r, 5));
      return strict.guard.currentClinicId();
    });
    expect(seen).toBe(clinic);
  });

  it('refuses a key for another clinic inside a scope', () => {
    const mine = uniqueClinicId();
    const theirs = uniqueClinicId();
    expect(() =>
      strict.guard.run({ clinicId: mine, actor: staffActor(mine), requestId: 'r1' }, () => strict.guard.key(theirs, 'patients')),
    ).toThrow(/tried to access data of clinic/);
  });

  it('refuses to open a scope for another clinic inside a scope', () => {
    const mine = uniqueClinicId();
    const theirs = uniqueClinicId();
    expect(() =>
      strict.guard.run({ clinicId: mine, actor: staffActor(mine), requestId: 'r1' }, () =>
        strict.guard.run({ clinicId: theirs, actor: staffActor(mine), requestId: 'r1' }, () => 'leaked'),
      ),
    ).toThrow(TenantScopeViolation);
  });

  it('rejects key parts that could break the key layout', () => {
    const clinic = uniqueClinicId();
    strict.guard.run({ clinicId: clinic, actor: staffActor(clinic), requestId: 'r1' }, () => {
      expect(() => strict.guard.key(clinic, 'patient', 'a:b')).toThrow(/Unsafe/);
      expect(() => strict.guard.key(clinic, 'patient', '*')).toThrow(/Unsafe/);
    });
  });
});

describe('crossTenant', () => {
  it('lets audited work touch several clinics and records who, why and when', async () => {
    const a = uniqueClinicId();
    const b = uniqueClinicId();
    const requestId = `req-${a}`;
    const operator = { kind: 'operator', id: 'op_1' } as const;
    const keys = await strict.guard.crossTenant('nightly retention sweep', operator, requestId, async () => [
      strict.guard.key(a, 'clinic'),
      strict.guard.run({ clinicId: b, actor: operator, requestId }, () => strict.guard.key(b, 'clinic')),
    ]);
    expect(keys).toEqual([`t:{${a}}:clinic`, `t:{${b}}:clinic`]);

    const records = await strict.auditLog.recent(null, 50);
    const mine = records.find((r) => r.requestId === requestId);
    expect(mine).toMatchObject({
      actor: 'operator:op_1',
      action: 'tenancy.cross_tenant',
      clinicId: null,
      outcome: 'success',
      detail: 'nightly retention sweep',
    });
    expect(await strict.redis.type(GLOBAL_KEYS.platformAudit)).toBe('stream');
  });

  it('needs a reason', async () => {
    await expect(strict.guard.crossTenant('  ', { kind: 'system', id: 'x' }, 'r', async () => 1)).rejects.toThrow(/reason/);
  });

  it('does not leak its privilege once it returns', async () => {
    const clinic = uniqueClinicId();
    await strict.guard.crossTenant('operator lookup', { kind: 'operator', id: 'op_2' }, 'r2', async () => undefined);
    expect(() => strict.guard.key(clinic, 'clinic')).toThrow(TenantScopeViolation);
  });
});

describe('tenant guard in audit mode', () => {
  it('logs the violation and lets the access go on', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const kit = createTenancyKit({ mode: 'audit', logger: createLogger({ destination: sink }) });
    const clinic = uniqueClinicId();
    expect(kit.guard.key(clinic, 'clinic')).toBe(`t:{${clinic}}:clinic`);
    kit.redis.disconnect();
    const logged = lines.map((l) => JSON.parse(l) as { event?: string; msg: string });
    expect(logged.some((l) => l.event === 'tenant_scope_violation' && l.msg.includes(clinic))).toBe(true);
  });
});
