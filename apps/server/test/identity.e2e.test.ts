import { createTRPCClient, httpLink } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../src/index';
import { DEMO_LOGINS } from '../src/platform';
import { startTestServer, type TestServer } from './support';

const receptionist = DEMO_LOGINS.find((l) => l.kind === 'staff' && l.role === 'receptionist')!;

/** A tRPC client with a one-cookie jar, like a browser tab. */
function browser(server: TestServer) {
  const jar: { cookie?: string; setCookie?: string } = {};
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${server.baseUrl}/trpc`,
        headers: () => ({ 'x-frontdesk-csrf': '1', ...(jar.cookie ? { cookie: jar.cookie } : {}) }),
        fetch: async (url, init) => {
          const response = await fetch(url, init);
          const set = response.headers.get('set-cookie');
          if (set) {
            jar.setCookie = set;
            const pair = set.split(';')[0]!;
            jar.cookie = /=$/.test(pair) || /Max-Age=0|Expires=Thu, 01 Jan 1970/.test(set) ? undefined : pair;
          }
          return response;
        },
      }),
    ],
  });
  return { client, jar };
}

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
