import { SCHEDULING_TOKENS, startSchedulingBackground, type CalendarFeeds, type SchedulingBackground } from '@frontdesk/scheduling/server';
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
import { IDENTITY_TOKENS, SESSION_COOKIE, type AccountProvisioning, type Sessions } from '@frontdesk/identity/server';
import { IDENTITY_PUBLIC_TOKENS, PATIENT_SESSION_COOKIE, type PatientSessions } from '@frontdesk/identity';
import {
  BROADCAST_JOB_KIND,
  CONVERSATION_TOKENS,
  OUTBOUND_JOB_KIND,
  SUMMARY_JOB_KIND,
  outboundMessageOf,
  type ConversationSummaries,
  type DeliverBroadcast,
  type ConversationSettings,
  type ReceiveMetaWebhook,
  type RedisConversationFeed,
  type SendOutbound,
  type WhatsAppNumbers,
} from '@frontdesk/conversation/server';
import { SIMULATOR_GRAPH_PATH } from './dev/whatsapp-simulator';
import { TENANCY_PUBLIC_TOKENS } from '@frontdesk/tenancy';
import { TENANCY_TOKENS, type RedisCatalogChanges, type RegisterClinic } from '@frontdesk/tenancy/server';
import { clinicId as toClinicId } from '@frontdesk/shared-kernel';
import type { AppConfig } from './config';
import { buildContainer } from './container';
import { devSecret, sessionSecrets } from './secrets';
import { seedDemoSchedule } from './demo-schedule';
import { createHttpServer, type ActorResolver, type WebApp } from './http';
import { buildAppRouter } from './router';

export const DEMO_CLINIC = {
  clinicId: 'demo-clinic',
  name: 'Nile Dental Care',
  timezone: 'Africa/Cairo',
  defaultLanguage: 'en',
} as const;

/** The demo clinic's simulated WhatsApp number (development: the simulator plays Meta). */
export const DEMO_WHATSAPP = { phoneNumberId: '100000000000001', displayNumber: '+201000000001' } as const;

/** Demo accounts for `npm start` in development. Owners and operators set up two-step sign-in at first login. */
export const DEMO_LOGINS = [
  { kind: 'operator', email: 'operator@frontdesk.test', name: 'Demo Operator', password: 'platform console demo 2026', where: '/admin/' },
  { kind: 'staff', role: 'owner', email: 'owner@demo-clinic.test', name: 'Dr. Salma Farouk', password: 'nile dental demo key one', where: '/staff/' },
  { kind: 'staff', role: 'receptionist', email: 'reception@demo-clinic.test', name: 'Mona Adel', password: 'front desk demo key two', where: '/staff/' },
  { kind: 'staff', role: 'doctor', email: 'doctor@demo-clinic.test', name: 'Dr. Karim Nabil', password: 'clinic rounds demo key three', where: '/staff/' },
] as const;

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
 * Meta settings: from the environment; in development with the simulator on,
 * missing ones get local values and Graph API calls go to the simulator. In
 * production nothing is invented: without an app secret every webhook POST is refused.
 */
function conversationSettings(config: AppConfig, ownUrl: () => string, secrets: readonly string[]): ConversationSettings {
  const simulated = config.whatsappSimulator;
  const { meta } = config;
  const appSecret = meta.appSecret ?? (simulated ? devSecret(config, 'meta-app-secret') : undefined);
  const verifyToken = meta.verifyToken ?? (simulated ? devSecret(config, 'meta-verify-token') : undefined);
  const accessToken = meta.accessToken ?? (simulated ? 'simulator-access-token' : undefined);
  return {
    meta: {
      ...(appSecret ? { appSecret } : {}),
      ...(verifyToken ? { verifyToken } : {}),
      ...(accessToken ? { accessToken } : {}),
      graphVersion: meta.graphVersion,
      // Read when the sender is built, after the server listens (the simulator's URL needs the port).
      get graphBaseUrl() {
        return meta.graphUrl ?? (simulated ? `${ownUrl()}${SIMULATOR_GRAPH_PATH}` : undefined);
      },
    },
    // Page access tokens are encrypted at rest with keys derived from the session secrets.
    tokenSecrets: secrets,
    ...(config.anthropic
      ? {
          anthropic: {
            apiKey: config.anthropic.apiKey,
            ...(config.anthropic.baseURL ? { baseURL: config.anthropic.baseURL } : {}),
            ...(config.anthropic.model ? { model: config.anthropic.model } : {}),
            ...(config.anthropic.turnTimeoutMs ? { timeoutMs: config.anthropic.turnTimeoutMs } : {}),
          },
        }
      : {}),
  };
}

async function ignoreConflict(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
  }
}

async function seedDemo(container: Container): Promise<void> {
  const register = container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic);
  await ignoreConflict(() => register.execute(DEMO_CLINIC, { kind: 'system', id: 'demo-seed' }, 'demo-seed'));
  const provisioning = container.get<AccountProvisioning>(IDENTITY_TOKENS.Provisioning);
  const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
  const clinicId = toClinicId(DEMO_CLINIC.clinicId);
  for (const login of DEMO_LOGINS) {
    if (login.kind === 'operator') {
      await ignoreConflict(() => provisioning.createOperator(login));
    } else {
      await ignoreConflict(() =>
        guard.run({ clinicId, actor: { kind: 'system', id: 'demo-seed' }, requestId: 'demo-seed' }, () => provisioning.createStaff({ ...login, clinicId })),
      );
    }
  }
  await seedDemoSchedule(container, clinicId);
  const numbers = container.get<WhatsAppNumbers>(CONVERSATION_TOKENS.WhatsAppNumbers);
  await guard.run({ clinicId, actor: { kind: 'system', id: 'demo-seed' }, requestId: 'demo-seed' }, () => numbers.assign(clinicId, DEMO_WHATSAPP));
}

/** Who is calling: a staff session behind its signed cookie, else a patient chat session that verified a phone. */
function sessionActors(container: Container): ActorResolver {
  const sessions = container.get<Sessions>(IDENTITY_TOKENS.Sessions);
  const patients = container.get<PatientSessions>(IDENTITY_PUBLIC_TOKENS.PatientSessions);
  return async (http, request) => {
    const staff = await sessions.resolve(http.readCookie(SESSION_COOKIE), request.id);
    if (staff) return staff.actor;
    const patientCookie = http.readCookie(PATIENT_SESSION_COOKIE);
    if (!patientCookie) return { kind: 'anonymous' };
    const patient = await patients.resolve(patientCookie, request.id);
    return patient?.phone ? { kind: 'patient', id: patient.phone, clinicId: patient.clinicId } : { kind: 'anonymous' };
  };
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

  let background: SchedulingBackground | undefined;
  let ownUrl = '';
  try {
    const check = await checkRedis(redis);
    if (!check.ok) {
      if (config.production) throw new RedisNotFit(check.problems);
      for (const problem of check.problems) logger.warn(`!!! REDIS IS NOT SAFE FOR CLINIC DATA: ${problem} !!!`);
    }
    // One read: in tests every call would invent a new secret.
    const secrets = sessionSecrets(config);
    const container = buildContainer({
      redis,
      logger,
      clock,
      tenantMode: config.tenantMode,
      identity: {
        publicUrl: config.publicUrl,
        mailFrom: config.mailFrom,
        devMailDirectory: resolve(config.dataDir, 'mail'),
        ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
        credentialSecrets: secrets,
      },
      conversation: conversationSettings(config, () => ownUrl, secrets),
    });
    // Subscriptions first, so the demo bookings plan their reminders too. Outbound messages are jobs of the same queue.
    const sendOutbound = container.get<SendOutbound>(CONVERSATION_TOKENS.SendOutbound);
    background = startSchedulingBackground(container, {
      [OUTBOUND_JOB_KIND]: (job, run) => sendOutbound.handle(outboundMessageOf(job), run),
      [SUMMARY_JOB_KIND]: container.get<ConversationSummaries>(CONVERSATION_TOKENS.Summaries).handle,
      [BROADCAST_JOB_KIND]: container.get<DeliverBroadcast>(CONVERSATION_TOKENS.DeliverBroadcast).handle,
    });
    if (config.seedDemo) await seedDemo(container);
    const app = await createHttpServer({
      appRouter: buildAppRouter(container),
      redis,
      guard: container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard),
      logger,
      production: config.production,
      bodyLimitBytes: config.bodyLimitBytes,
      cookies: { secrets, secure: config.secureCookies },
      trustProxy: config.trustProxy,
      resolveActor: options.resolveActor ?? sessionActors(container),
      ...(options.webApps ? { webApps: options.webApps } : {}),
      calendarFeeds: container.get<CalendarFeeds>(SCHEDULING_TOKENS.CalendarFeeds),
      metaWebhook: container.get<ReceiveMetaWebhook>(CONVERSATION_TOKENS.MetaWebhook),
      ...(config.chatEmbedOrigins ? { chatEmbedOrigins: config.chatEmbedOrigins } : {}),
      ...(config.whatsappSimulator
        ? { whatsappSimulator: { appSecret: container.get<ConversationSettings>(CONVERSATION_TOKENS.Settings).meta.appSecret!, ...DEMO_WHATSAPP } }
        : {}),
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    ownUrl = url;

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
          await background?.close().catch((error: unknown) => logger.error({ err: error }, 'stopping the job worker failed'));
          await container.get<RedisConversationFeed>(CONVERSATION_TOKENS.Feed).close();
          await container.get<RedisCatalogChanges>(TENANCY_PUBLIC_TOKENS.CatalogChanges).close();
          await redis.quit().catch(() => redis.disconnect());
          await embeddedRedis?.stop();
        }
      })();
      return closing;
    };
    return { url, app, container, redis, ...(embeddedRedis ? { embeddedRedis } : {}), close };
  } catch (error) {
    await background?.close().catch(() => undefined);
    await stopRedis();
    throw error;
  }
}
