import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import {
  clinicId as toClinicId,
  createCallerFactory,
  KERNEL_TOKENS,
  PERMISSIONS,
  roleMay,
  silentLogger,
  type Actor,
  type ClinicId,
  type Permission,
  type RequestContext,
  type StaffRole,
  type TenantGuard,
} from '@frontdesk/shared-kernel';
import { memoryHttpExchange, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { IDENTITY_TOKENS, type AccountProvisioning } from '@frontdesk/identity/server';
import { TENANCY_TOKENS, type RegisterClinic } from '@frontdesk/tenancy/server';
import { buildAppRouter, type AppRouter } from '../src/router';
import { startTestServer, type TestServer } from './support';

/**
 * Walks every staff and admin procedure of the AppRouter as each role of
 * clinic A, aimed at clinic B's records. A new procedure without a permission,
 * or one that lets A read or change B, fails this test.
 */
const ROLES: StaffRole[] = ['owner', 'doctor', 'receptionist'];

interface Procedure {
  _def: { type: 'query' | 'mutation' | 'subscription'; meta?: { permission?: Permission } };
}

function proceduresOf(router: AppRouter): [string, Procedure][] {
  return Object.entries((router as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures);
}

async function snapshot(server: TestServer, clinic: ClinicId): Promise<Record<string, unknown>> {
  const redis = server.platform.redis;
  const keys = (await redis.keys(`t:{${clinic}}:*`)).sort();
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const type = await redis.type(key);
    out[key] =
      type === 'hash' ? await redis.hgetall(key)
      : type === 'set' ? (await redis.smembers(key)).sort()
      : type === 'stream' ? await redis.xlen(key)
      : type === 'zset' ? await redis.zrange(key, '0', '-1', 'WITHSCORES')
      : type === 'list' ? await redis.lrange(key, 0, -1)
      : await redis.get(key);
  }
  return out;
}

describe('every staff and admin procedure, as each role of clinic A against clinic B', () => {
  let server: TestServer;
  let router: AppRouter;
  const a = uniqueClinicId('walk-a');
  const b = uniqueClinicId('walk-b');
  const actorsOfA = new Map<StaffRole, Actor>();
  let bRecords: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    const container = server.platform.container;
    router = buildAppRouter(container);
    const register = container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic);
    const provisioning = container.get<AccountProvisioning>(IDENTITY_TOKENS.Provisioning);
    const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
    const system: Actor = { kind: 'system', id: 'walk' };
    const ids: Record<string, string> = {};
    for (const clinic of [a, b]) {
      await register.execute({ clinicId: clinic, name: `Clinic ${clinic}`, timezone: 'Africa/Cairo' }, system, 'walk');
      for (const role of ROLES) {
        const { id } = await guard.run({ clinicId: clinic, actor: system, requestId: 'walk' }, () =>
          provisioning.createStaff({ clinicId: clinic, email: `${role}@${clinic}.test`, name: `${role} ${clinic}`, role, password: `walking the clinic ${clinic}` }),
        );
        if (clinic === a) actorsOfA.set(role, { kind: 'staff', id, clinicId: toClinicId(a), role });
        else ids[role] = id;
      }
    }
    // A catalog entry of B, created by B's owner, so update/delete procedures are aimed at something real.
    const bOwner: RequestContext = {
      requestId: 'walk-b-owner',
      actor: { kind: 'staff', id: ids.owner!, clinicId: toClinicId(b), role: 'owner' },
      http: memoryHttpExchange(),
      guard,
      logger: silentLogger(),
      production: false,
    };
    const branch = (await createCallerFactory(router)(bOwner).staff.tenancy.branches.create({
      name: 'B Branch',
      nameAr: 'فرع ب',
      address: 'Somewhere 1',
      phone: '+201001234567',
      openingHours: { sun: [{ from: '09:00', to: '17:00' }] },
    })) as { id: string };
    bRecords = { clinicId: b, userId: ids.receptionist!, id: branch.id, ownerId: ids.owner!, sessionId: 'f'.repeat(64) };
  });
  afterAll(() => server.close());

  it('gives every staff procedure a permission from the matrix', () => {
    const staff = proceduresOf(router).filter(([path]) => path.startsWith('staff.'));
    expect(staff.length).toBeGreaterThan(10);
    for (const [path, procedure] of staff) {
      const permission = procedure._def.meta?.permission;
      expect(permission, `${path} has no permission`).toBeDefined();
      expect(Object.keys(PERMISSIONS), path).toContain(permission);
    }
  });

  it('refuses or confines every call, and never reads or changes clinic B', async () => {
    const before = await snapshot(server, b);
    const createCaller = createCallerFactory(router);
    const outcomes: string[] = [];
    for (const [path, procedure] of proceduresOf(router)) {
      const surface = path.split('.')[0];
      if (surface !== 'staff' && surface !== 'admin' && surface !== 'patient') continue;
      for (const role of ROLES) {
        const ctx: RequestContext = {
          requestId: `walk-${path}-${role}`,
          actor: actorsOfA.get(role)!,
          http: memoryHttpExchange(),
          guard: server.platform.container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard),
          logger: silentLogger(),
          production: false,
        };
        const caller = createCaller(ctx) as unknown as Record<string, unknown>;
        const call = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
        const input = { ...bRecords, email: `someone@${b}.test`, role: 'receptionist', disabled: true, limit: 10, idleMinutes: 30, requireMfaForAllStaff: false };
        let result: unknown;
        let error: TRPCError | undefined;
        try {
          result = await call(input);
        } catch (caught) {
          error = caught as TRPCError;
        }
        const permission = procedure._def.meta?.permission;
        const mayRun = surface === 'staff' && permission !== undefined && roleMay(role, permission);
        if (!mayRun) {
          expect(error?.code, `${path} as ${role} must be refused`).toBe('FORBIDDEN');
        } else {
          expect(JSON.stringify(result ?? null), `${path} as ${role} returned clinic B data`).not.toContain(b);
          for (const id of Object.values(bRecords)) expect(JSON.stringify(result ?? null), `${path} as ${role}`).not.toContain(id);
          if (error) expect(['FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'UNAUTHORIZED', 'CONFLICT', 'PRECONDITION_FAILED'], `${path} as ${role}: ${error.message}`).toContain(error.code);
        }
        outcomes.push(`${path}:${role}:${error?.code ?? 'ok'}`);
      }
    }
    expect(outcomes.length).toBeGreaterThan(30);
    expect(await snapshot(server, b)).toEqual(before);
  });
});
