import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Container } from 'inversify';
import { Conflict, KERNEL_TOKENS, createLogger, systemClock, type Clock, type Logger, type TenantGuard } from '@frontdesk/shared-kernel';
import {
  checkRedis,
  createRedisClient,
  startEmbeddedRedis,
  type EmbeddedRedis,
  type RedisClient,
} from '@frontdesk/shared-kernel/redis';
import { TENANCY_TOKENS, type RegisterClinic } from '@frontdesk/tenancy/server';
import type { AppConfig } from './config';
import { buildContainer } from './container';
import { createHttpServer, type ActorResolver, type WebApp } from './http';
import { buildAppRouter } from './router';

export const DEMO_CLINIC = {
  clinicId: 'demo-clinic',
  name: 'Nile Dental Care',
  timezone: 'Africa/Cairo',
  defaultLanguage: 'en',
} as const;

export class RedisNotFit extends Error {
  constructor(problems: string[]) {
    super(`Refusing to start: ${problems.join('; ')}`);
    this.name = 'RedisNotFit';
  }
}

export interface PlatformOptions {
  config: AppConfig;
  logger?: Logger;
  clock?: Clock;
  resolveActor?: ActorResolver;
  webApps?: WebApp[];
}

export interface Platform {
  url: string;
  app: FastifyInstance;
  container: Container;
  redis: RedisClient;
  /** The private redis-server started because no REDIS_URL was given. */
  embeddedRedis?: EmbeddedRedis;
  close(): Promise<void>;
}

/**
 * Cookie-signing secrets: from SESSION_SECRETS, or in development a random one
 * kept in DATA_DIR so sessions survive a restart; tests get a fresh one.
 */
function sessionSecrets(config: AppConfig): string[] {
  if (config.sessionSecrets) return config.sessionSecrets;
  if (config.env === 'test') return [randomBytes(32).toString('base64url')];
  const file = resolve(config.dataDir, 'session-secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return [readFileSync(file, 'utf8').trim()];
}

async function seedDemoClinic(container: Container): Promise<void> {
  const register = container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic);
  try {
    await register.execute(DEMO_CLINIC, { kind: 'system', id: 'demo-seed' }, 'demo-seed');
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}

/**
 * Start everything: Redis (own or given), the container, the HTTP host.
 * close() stops taking requests, lets in-flight ones finish, closes Redis
 * and stops an embedded redis-server.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? systemClock;

  let embeddedRedis: EmbeddedRedis | undefined;
  if (!config.redisUrl && !config.redisClusterNodes) {
    embeddedRedis = await startEmbeddedRedis({ dataDir: resolve(config.dataDir, 'redis') });
    logger.info({ url: embeddedRedis.url, dataDir: resolve(config.dataDir, 'redis') }, 'started a private redis-server');
  }
  const redis = createRedisClient({ url: embeddedRedis?.url ?? config.redisUrl, clusterNodes: config.redisClusterNodes });
  redis.on('error', (error) => logger.error({ err: error }, 'redis connection error'));

  const stopRedis = async () => {
    redis.disconnect();
    await embeddedRedis?.stop();
  };

  try {
    const check = await checkRedis(redis);
    if (!check.ok) {
      if (config.production) throw new RedisNotFit(check.problems);
      for (const problem of check.problems) logger.warn(`!!! REDIS IS NOT SAFE FOR CLINIC DATA: ${problem} !!!`);
    }
    const container = buildContainer({ redis, logger, clock, tenantMode: config.tenantMode });
    if (config.seedDemo) await seedDemoClinic(container);
    const app = await createHttpServer({
      appRouter: buildAppRouter(container),
      redis,
      guard: container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard),
      logger,
      production: config.production,
      bodyLimitBytes: config.bodyLimitBytes,
      cookies: { secrets: sessionSecrets(config), secure: config.secureCookies },
      trustProxy: config.trustProxy,
      ...(options.resolveActor ? { resolveActor: options.resolveActor } : {}),
      ...(options.webApps ? { webApps: options.webApps } : {}),
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        const timer = setTimeout(() => {
          logger.error('shutdown took too long; closing open connections');
          app.server.closeAllConnections();
        }, config.shutdownTimeoutMs);
        try {
          await app.close();
        } finally {
          clearTimeout(timer);
          await redis.quit().catch(() => redis.disconnect());
          await embeddedRedis?.stop();
        }
      })();
      return closing;
    };
    return { url, app, container, redis, ...(embeddedRedis ? { embeddedRedis } : {}), close };
  } catch (error) {
    await stopRedis();
    throw error;
  }
}
