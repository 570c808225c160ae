import { createTRPCClient, httpBatchLink, httpLink } from '@trpc/client';
import { inject } from 'vitest';
import { silentLogger, type Actor, type Clock, type Logger } from '@frontdesk/shared-kernel';
import { loadAppConfig } from '../src/config';
import type { ActorResolver } from '../src/http';
import type { AppRouter } from '../src/index';
import { DEMO_CLINIC, startPlatform, type Platform } from '../src/platform';

export interface TestServer {
  baseUrl: string;
  demoClinicId: string;
  platform: Platform;
  close(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  resolveActor?: ActorResolver;
  logger?: Logger;
  /** For tests that move time (e.g. past a 24-hour window); the system clock otherwise. */
  clock?: Clock;
}

/** The real server on a free port, against the run's private Redis. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    PORT: '0',
    REDIS_URL: inject('redisUrl'),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const platform = await startPlatform({
    config,
    logger: options.logger ?? silentLogger(),
    ...(options.resolveActor ? { resolveActor: options.resolveActor } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { baseUrl: platform.url, demoClinicId: DEMO_CLINIC.clinicId, platform, close: () => platform.close() };
}

/**
 * Test-only actors picked by an `x-test-actor` header (`operator`, or
 * `staff:<role>` of one clinic), standing in for sign-in where a test is about
 * something else. Production has no such path.
 */
export function headerActors(clinicId: string): ActorResolver {
  return (_http, req): Actor => {
    const who = String(req.headers['x-test-actor'] ?? '');
    if (who === 'operator') return { kind: 'operator', id: 'op_e2e' };
    const [kind, role] = who.split(':');
    if (kind === 'staff') return { kind: 'staff', id: `usr_${role}`, clinicId: clinicId as never, role: role as 'owner' };
    return { kind: 'anonymous' };
  };
}

/** A tRPC client of the test server acting as `actor` (see headerActors). */
export function clientAs(server: TestServer, actor: string) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${server.baseUrl}/trpc`, headers: { 'x-frontdesk-csrf': '1', 'x-test-actor': actor } })],
  });
}

/** A tRPC client with a one-cookie jar, like a browser tab: keeps the last cookie set, drops a cleared one. */
export function browser(server: TestServer) {
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
