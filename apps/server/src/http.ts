import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Actor, Logger, RequestContext, TenantGuard } from '@frontdesk/shared-kernel';
import { checkRedis, type RedisClient } from '@frontdesk/shared-kernel/redis';
import type { AppRouter } from './router';

/** Resolves who is calling. Identity plugs sessions in here; until then everyone is anonymous. */
export type ActorResolver = (request: FastifyRequest) => Promise<Actor> | Actor;

export const anonymousActors: ActorResolver = () => ({ kind: 'anonymous' });

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
  resolveActor?: ActorResolver;
  webApps?: WebApp[];
}

/** Request ids from a proxy are kept when they look like ids; anything else is replaced. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9_.:-]{8,128}$/;

export async function createHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
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

  await app.register(helmet, {
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
      createContext: async ({ req }): Promise<RequestContext> => ({
        requestId: req.id,
        actor: await resolveActor(req),
        guard: options.guard,
        logger: options.logger,
        production: options.production,
      }),
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

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
