import { CALENDAR_FEED_ROUTE, serveCalendarFeed, type CalendarFeedRenderer } from '@frontdesk/scheduling/server';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import helmet from 'helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Actor, HttpExchange, Logger, RequestContext, TenantGuard } from '@frontdesk/shared-kernel';
import { checkRedis, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { ReceiveMetaWebhook } from '@frontdesk/conversation/server';
import type { AppRouter } from './router';
import { registerMetaWebhook } from './meta-webhook-routes';
import { registerWhatsAppSimulator, type SimulatorOptions } from './dev/whatsapp-simulator';

/** Resolves who is calling. Identity plugs sessions in here; until then everyone is anonymous. */
export type ActorResolver = (http: HttpExchange, request: FastifyRequest) => Promise<Actor> | Actor;

export const anonymousActors: ActorResolver = () => ({ kind: 'anonymous' });

export interface CookiePolicy {
  /** HMAC-SHA256 secrets; the first signs, all verify (rotation). */
  secrets: string[];
  /** Secure + __Host- prefix. Off only for plain http on localhost in development. */
  secure: boolean;
}

/** A custom header a cross-site form or image cannot send without a CORS preflight we never grant. */
export const CSRF_HEADER = 'x-frontdesk-csrf';

function cookieName(policy: CookiePolicy, name: string): string {
  return policy.secure ? `__Host-fd_${name}` : `fd_${name}`;
}

function httpExchange(request: FastifyRequest, reply: FastifyReply, policy: CookiePolicy): HttpExchange {
  return {
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
    readCookie(name) {
      const raw = request.cookies[cookieName(policy, name)];
      if (!raw) return undefined;
      const unsigned = request.unsignCookie(raw);
      return unsigned.valid && unsigned.value !== null ? unsigned.value : undefined;
    },
    writeCookie(name, value, options = {}) {
      void reply.setCookie(cookieName(policy, name), value, {
        signed: true,
        httpOnly: true,
        secure: policy.secure,
        sameSite: 'lax',
        path: '/',
        ...(options.maxAgeSeconds !== undefined ? { maxAge: options.maxAgeSeconds } : {}),
      });
    },
    clearCookie(name) {
      void reply.clearCookie(cookieName(policy, name), { path: '/', secure: policy.secure, httpOnly: true, sameSite: 'lax' });
    },
  };
}

export interface WebApp {
  /** URL prefix, e.g. `/staff/`. */
  prefix: string;
  /** Directory of the Vite build. */
  root: string;
}

const appDir = (name: string) => fileURLToPath(new URL(`../../${name}/dist`, import.meta.url));

export const WEB_APPS: WebApp[] = [
  { prefix: '/staff/', root: appDir('staff-dashboard') },
  { prefix: '/chat/', root: appDir('patient-chat') },
  { prefix: '/admin/', root: appDir('admin-console') },
];

export interface HttpOptions {
  appRouter: AppRouter;
  redis: RedisClient;
  guard: TenantGuard;
  logger: Logger;
  production: boolean;
  bodyLimitBytes: number;
  cookies: CookiePolicy;
  /** Trust X-Forwarded-For from these proxy addresses (or hop count); false = use the socket peer. */
  trustProxy: string | number | false;
  resolveActor?: ActorResolver;
  webApps?: WebApp[];
  /** Doctors' ICS feeds at /ics/<clinic>/<secret>.ics (scheduling). */
  calendarFeeds?: CalendarFeedRenderer;
  /** The Meta (WhatsApp) webhook at /webhooks/meta. */
  metaWebhook?: ReceiveMetaWebhook;
  /** Origins allowed to frame the patient chat (CSP frame-ancestors); default any. */
  chatEmbedOrigins?: string[];
  /** Development only: the WhatsApp simulator page at /dev/whatsapp. */
  whatsappSimulator?: SimulatorOptions;
}

/** Request ids from a proxy are kept when they look like ids; anything else is replaced. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9_.:-]{8,128}$/;

export async function createHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    trustProxy: typeof options.trustProxy === 'number' ? (_address: string, hop: number) => hop < (options.trustProxy as number) : options.trustProxy,
    bodyLimit: options.bodyLimitBytes,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 5000 },
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // During shutdown, answers close their connection so keep-alive sockets do not hold the process open.
  let shuttingDown = false;
  app.addHook('preClose', async () => {
    shuttingDown = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (shuttingDown) reply.header('connection', 'close');
    return payload;
  });

  // Security headers from helmet, built once: @fastify/helmet rebuilt helmet's middleware on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));

  // The patient chat may be embedded (iframe or /chat/embed.js) by the origins given; every other page stays unframeable.
  const chatAncestors = (options.chatEmbedOrigins ?? ['*']).join(' ');
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/chat/')) return payload;
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("frame-ancestors 'none'", `frame-ancestors ${chatAncestors}`));
    reply.removeHeader('x-frame-options');
    // The embed script is loaded by clinics' own sites.
    if (request.url.startsWith('/chat/embed.js')) reply.header('cross-origin-resource-policy', 'cross-origin');
    return payload;
  });

  await app.register(fastifyCookie, { secret: options.cookies.secrets, hook: 'onRequest' });

  // State changes need the custom header: tRPC mutations are POSTs, queries are GETs and change nothing.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.url.startsWith('/trpc') && request.headers[CSRF_HEADER] !== '1') {
      return reply.status(403).send({ error: `Missing ${CSRF_HEADER} header`, requestId: request.id });
    }
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message = status >= 500 && options.production ? 'Internal server error' : error.message;
    void reply.status(status).send({ error: message, requestId: request.id });
  });

  const resolveActor = options.resolveActor ?? anonymousActors;
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: options.appRouter,
      createContext: async ({ req, res }): Promise<RequestContext> => {
        const http = httpExchange(req, res, options.cookies);
        return {
          requestId: req.id,
          actor: await resolveActor(http, req),
          http,
          guard: options.guard,
          logger: options.logger,
          production: options.production,
        };
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  const feeds = options.calendarFeeds;
  if (feeds) {
    // logLevel warn: the path is the feed's secret, so the request line must not be logged.
    app.get<{ Params: { clinicId: string; file: string } }>(CALENDAR_FEED_ROUTE, { logLevel: 'warn' }, async (request, reply) => {
      const answer = await serveCalendarFeed(feeds, { clinicId: request.params.clinicId, file: request.params.file, requestId: request.id });
      return reply.status(answer.status).headers(answer.headers).send(answer.body);
    });
  }

  if (options.metaWebhook) await registerMetaWebhook(app, options.metaWebhook);
  if (options.whatsappSimulator && !options.production) await registerWhatsAppSimulator(app, options.whatsappSimulator);

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    try {
      await options.redis.ping();
      const check = await checkRedis(options.redis);
      if (!check.ok) return reply.status(503).send({ status: 'not_ready', problems: check.problems });
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'not_ready', problems: ['Redis is unreachable'] });
    }
  });

  const webApps = options.webApps ?? WEB_APPS;
  let decorated = false;
  for (const web of webApps) {
    if (!existsSync(web.root)) {
      options.logger.warn({ app: web.prefix, root: web.root }, 'web app is not built; run `npm run build:web`');
      app.get(`${web.prefix}*`, async (_req, reply) =>
        reply.status(503).type('text/plain').send('This web app is not built yet. Run `npm run build:web` and restart.'),
      );
      continue;
    }
    await app.register(fastifyStatic, { root: web.root, prefix: web.prefix, decorateReply: !decorated, index: ['index.html'], redirect: true });
    decorated = true;
  }
  app.get('/', async (_request, reply) => reply.redirect('/staff/'));

  return app;
}
