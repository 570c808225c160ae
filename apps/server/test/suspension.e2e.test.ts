import { createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_TOKENS, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { IDENTITY_TOKENS, SESSION_COOKIE, type AccountProvisioning, type Sessions } from '@frontdesk/identity/server';
import type { AppRouter } from '../src/index';
import { startTestServer, type TestServer } from './support';

describe('a suspended clinic', () => {
  let server: TestServer;
  const clinicId = uniqueClinicId('suspended');
  const member = { email: `reception.${clinicId}@example.test`, password: 'suspended clinic passphrase' };
  const client = (headers: Record<string, string> = {}) =>
    createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.baseUrl}/trpc`, headers: { 'x-frontdesk-csrf': '1', ...headers } })] });

  beforeAll(async () => {
    server = await startTestServer({
      // Operator calls are made by an operator actor; everyone else goes through real sessions.
      resolveActor: async (http, req) => {
        if (req.headers['x-test-operator'] === '1') return { kind: 'operator', id: 'op_suspend' };
        const sessions = server.platform.container.get<Sessions>(IDENTITY_TOKENS.Sessions);
        return (await sessions.resolve(http.readCookie(SESSION_COOKIE), req.id))?.actor ?? { kind: 'anonymous' };
      },
    });
    const operator = client({ 'x-test-operator': '1' });
    await operator.admin.tenancy.registerClinic.mutate({ clinicId, name: 'Sunset Dental', timezone: 'Africa/Cairo' });
    const guard = server.platform.container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
    const provisioning = server.platform.container.get<AccountProvisioning>(IDENTITY_TOKENS.Provisioning);
    await guard.run({ clinicId, actor: { kind: 'system', id: 't' }, requestId: 't' }, () =>
      provisioning.createStaff({ clinicId, name: 'Front Desk', role: 'receptionist', ...member }),
    );
    await operator.admin.tenancy.suspendClinic.mutate({ clinicId, reason: 'unpaid invoices since March' });
  });
  afterAll(() => server.close());

  it('shows patients its status so the chat can close politely', async () => {
    expect(await client().public.tenancy.clinicProfile.query({ clinicId })).toMatchObject({ status: 'suspended' });
  });

  it('still lets its staff sign in', async () => {
    const result = await client().public.identity.login.mutate(member);
    expect(result).toMatchObject({ status: 'signed_in', user: { clinicId } });
  });
});
