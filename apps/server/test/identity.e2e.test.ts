import { createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_TOKENS, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { IDENTITY_TOKENS, type AccountProvisioning } from '@frontdesk/identity/server';
import type { AppRouter } from '../src/index';
import { DEMO_LOGINS } from '../src/platform';
import { browser, startTestServer, type TestServer } from './support';

const receptionist = DEMO_LOGINS.find((l) => l.kind === 'staff' && l.role === 'receptionist')!;

describe('signing in over HTTPS-configured cookies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PUBLIC_URL: 'https://clinic.example', SESSION_SECRETS: 'first-secret-0123456789-0123456789,old-secret-0123456789-0123456789' } });
  });
  afterAll(() => server.close());

  it('sets a __Host- cookie that is Secure, HttpOnly, SameSite=Lax, with no Domain', async () => {
    const { client, jar } = browser(server);
    const result = await client.public.identity.login.mutate({ email: receptionist.email, password: receptionist.password });
    expect(result).toMatchObject({ status: 'signed_in', user: { role: 'receptionist', clinicId: 'demo-clinic' } });
    const set = jar.setCookie!;
    expect(set.startsWith('__Host-fd_session=')).toBe(true);
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; Secure/);
    expect(set).toMatch(/; SameSite=Lax/);
    expect(set).toMatch(/; Path=\//);
    expect(set).not.toMatch(/Domain=/i);
    expect(await client.staff.identity.me.query()).toMatchObject({ email: receptionist.email });
    expect(await client.public.identity.session.query()).toMatchObject({ email: receptionist.email, role: 'receptionist' });
  });

  it('treats a cookie with one changed byte as no session', async () => {
    const { client, jar } = browser(server);
    await client.public.identity.login.mutate({ email: receptionist.email, password: receptionist.password });
    const [name, value] = jar.cookie!.split('=') as [string, string];
    const decoded = decodeURIComponent(value);
    const i = Math.floor(decoded.length / 3);
    const flipped = decoded.slice(0, i) + (decoded[i] === 'a' ? 'b' : 'a') + decoded.slice(i + 1);
    jar.cookie = `${name}=${encodeURIComponent(flipped)}`;
    expect(await client.public.identity.session.query()).toBeNull();
    await expect(client.staff.identity.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });

  it('logs out server-side: the old cookie is worthless afterwards', async () => {
    const { client, jar } = browser(server);
    await client.public.identity.login.mutate({ email: receptionist.email, password: receptionist.password });
    const stolen = jar.cookie!;
    await client.public.identity.logout.mutate();
    jar.cookie = stolen;
    await expect(client.staff.identity.me.query()).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });

  it('keeps sessions signed with an older secret valid during rotation', async () => {
    const { client, jar } = browser(server);
    await client.public.identity.login.mutate({ email: receptionist.email, password: receptionist.password });
    await server.close();
    // Same Redis, secrets rotated: the old first secret is now the second.
    server = await startTestServer({ env: { PUBLIC_URL: 'https://clinic.example', SESSION_SECRETS: 'new-secret-0123456789-0123456789-01,first-secret-0123456789-0123456789' } });
    const again = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${server.baseUrl}/trpc`, headers: { cookie: jar.cookie!, 'x-frontdesk-csrf': '1' } })],
    });
    expect(await again.staff.identity.me.query()).toMatchObject({ email: receptionist.email });
  });

  it('does not tell which e-mails exist', async () => {
    const { client } = browser(server);
    const known = await client.public.identity.login.mutate({ email: receptionist.email, password: 'wrong wrong wrong' }).catch((e: Error) => e.message);
    const unknown = await client.public.identity.login.mutate({ email: 'nobody-here@demo-clinic.test', password: 'wrong wrong wrong' }).catch((e: Error) => e.message);
    expect(known).toBe(unknown);
  });
});

describe('two-step sign-in over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('walks an owner through enrolment and then a code, ending in a session', async () => {
    const { generateSync } = await import('otplib');
    const clinicId = uniqueClinicId('mfa-http');
    const owner = { email: `owner.${clinicId}@example.test`, password: 'an owner passphrase for http' };
    const guard = server.platform.container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
    await guard.run({ clinicId, actor: { kind: 'system', id: 't' }, requestId: 't' }, () =>
      server.platform.container.get<AccountProvisioning>(IDENTITY_TOKENS.Provisioning).createStaff({ clinicId, name: 'Owner', role: 'owner', ...owner }),
    );
    const { client } = browser(server);
    const first = await client.public.identity.login.mutate(owner);
    if (first.status !== 'mfa_enrolment_required') throw new Error(`expected enrolment, got ${first.status}`);
    expect(await client.public.identity.session.query()).toBeNull();
    const { secret } = await client.public.identity.startMfaEnrolment.mutate({ challenge: first.challenge });
    const done = await client.public.identity.confirmMfaEnrolment.mutate({ challenge: first.challenge, code: generateSync({ secret }) });
    expect(done.result.status).toBe('signed_in');
    expect(done.recoveryCodes).toHaveLength(10);
    expect(await client.public.identity.session.query()).toMatchObject({ email: owner.email, role: 'owner', mfaEnabled: true });

    await client.public.identity.logout.mutate();
    const second = await client.public.identity.login.mutate(owner);
    if (second.status !== 'mfa_required') throw new Error(`expected a code step, got ${second.status}`);
    const code = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect((await client.public.identity.verifyMfa.mutate({ challenge: second.challenge, code })).status).toBe('signed_in');
    await expect(client.public.identity.verifyMfa.mutate({ challenge: 'not-a-challenge', code: '123456' })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    });
  });
});
