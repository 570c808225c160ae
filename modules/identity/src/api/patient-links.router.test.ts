import { afterAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { createCallerFactory, router, silentLogger, type Actor, type Permission } from '@frontdesk/shared-kernel';
import { memoryHttpExchange, staffActor, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { createIdentityKit } from '../testing/identity-kit';
import { createIdentityRouters } from './identity.routers';

const kit = createIdentityKit();
afterAll(() => kit.redis.disconnect());

const routers = createIdentityRouters({
  login: kit.login,
  sessions: kit.sessions,
  invites: kit.invites,
  staffAccounts: kit.staffAccounts,
  auditTrail: kit.auditTrail,
  patientMagicLinks: kit.patientMagicLinks,
});
const appRouter = router({ staff: router({ identity: routers.staff }) });
const as = (actor: Actor) =>
  createCallerFactory(appRouter)({ requestId: 'req-router', actor, http: memoryHttpExchange(), guard: kit.guard, logger: silentLogger(), production: false }).staff
    .identity.patientLinks;

describe('staff.identity.patientLinks.create', () => {
  it('needs patient.magic_link', () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { permission?: Permission } } }>;
    expect(procedures['staff.identity.patientLinks.create']?._def.meta?.permission).toBe('patient.magic_link');
  });

  it('gives a receptionist a chat link for the phone, in their own clinic', async () => {
    const clinicId = uniqueClinicId('plinkr');
    const created = await as(staffActor(clinicId, 'receptionist')).create({ phone: '٠١٠١٢٣٤٥٦٧٨' });
    expect(created.path).toMatch(new RegExp(`^/chat/\\?clinic=${clinicId}#link=[A-Za-z0-9_-]{43}$`));
    expect(created.url).toBe(`https://clinic.example${created.path}`);
    expect(created.expiresAt).toBe(new Date(kit.clock.now().getTime() + 15 * 60_000).toISOString());
    const token = created.path.split('#link=')[1]!;
    const { session } = await kit.patientSessions.open(clinicId);
    expect(await kit.patientMagicLinks.redeem({ clinicId, token, sessionId: session.sessionId })).toEqual({ phone: '+201012345678' });
  });

  it('refuses doctors and bad numbers', async () => {
    const clinicId = uniqueClinicId('plinkr');
    const doctor = await as(staffActor(clinicId, 'doctor'))
      .create({ phone: '010 1234 5678' })
      .catch((e: unknown) => e);
    expect(doctor).toBeInstanceOf(TRPCError);
    expect((doctor as TRPCError).code).toBe('FORBIDDEN');
    const bad = await as(staffActor(clinicId, 'receptionist'))
      .create({ phone: 'call me' })
      .catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe('BAD_REQUEST');
  });
});
