import type { FastifyInstance } from 'fastify';
import type { ReceiveMetaWebhook } from '@frontdesk/conversation/server';

export const META_WEBHOOK_PATH = '/webhooks/meta';

/**
 * The Meta webhook (WhatsApp Cloud API) as plain Fastify routes, not tRPC: the
 * signature is an HMAC of the raw bytes, so this scope parses JSON bodies as a
 * Buffer and hands them over untouched; nothing is parsed before the check.
 */
export async function registerMetaWebhook(app: FastifyInstance, webhook: ReceiveMetaWebhook): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    scope.get<{ Querystring: Record<string, string | undefined> }>(META_WEBHOOK_PATH, async (request, reply) => {
      const answer = webhook.subscribe({ mode: request.query['hub.mode'], verifyToken: request.query['hub.verify_token'], challenge: request.query['hub.challenge'] });
      return reply.status(answer.status).type(answer.contentType ?? 'text/plain; charset=utf-8').send(answer.body);
    });
    scope.post(META_WEBHOOK_PATH, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const header = request.headers['x-hub-signature-256'];
      const answer = await webhook.post(raw, typeof header === 'string' ? header : undefined, request.id);
      return reply.status(answer.status).type('text/plain; charset=utf-8').send(answer.body);
    });
  });
}
