import { inject } from 'vitest';
import { silentLogger, type Logger } from '@frontdesk/shared-kernel';
import { loadAppConfig } from '../src/config';
import type { ActorResolver } from '../src/http';
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
  });
  return { baseUrl: platform.url, demoClinicId: DEMO_CLINIC.clinicId, platform, close: () => platform.close() };
}
