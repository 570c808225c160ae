import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { signPayload, whatsappTextWebhook } from '@frontdesk/conversation/server';
import { META_WEBHOOK_PATH } from '../meta-webhook-routes';
import { SIMULATOR_PAGE, SIMULATOR_SCRIPT } from './whatsapp-simulator-page';

export const SIMULATOR_PATH = '/dev/whatsapp';
/** The Graph API base URL the server sends to when the simulator stands in for Meta. */
export const SIMULATOR_GRAPH_PATH = `${SIMULATOR_PATH}/graph`;

interface SimulatedMessage {
  direction: 'in' | 'out';
  phone: string;
  text: string;
  at: string;
  id: string;
}

export interface SimulatorOptions {
  appSecret: string;
  /** Meta's id of the number the simulated phone writes to (the demo clinic's). */
  phoneNumberId: string;
  displayNumber: string;
}

/**
 * Development only (never registered in production): a page that plays a
 * patient's phone. "Sending" builds the webhook Meta would POST, signs it with
 * the app secret and posts it to our own webhook route, so the real check runs;
 * the server's Graph API calls come back here and show up as replies.
 */
export async function registerWhatsAppSimulator(app: FastifyInstance, options: SimulatorOptions): Promise<void> {
  const log: SimulatedMessage[] = [];
  const remember = (message: SimulatedMessage) => {
    log.push(message);
    if (log.length > 500) log.shift();
  };

  app.get(SIMULATOR_PATH, async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(SIMULATOR_PAGE));

  app.get(`${SIMULATOR_PATH}/simulator.js`, async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-store').send(SIMULATOR_SCRIPT));

  app.get<{ Querystring: { phone?: string } }>(`${SIMULATOR_PATH}/messages`, async (request) => ({
    messages: log.filter((m) => !request.query.phone || m.phone === request.query.phone),
  }));

  app.post<{ Body: { phone?: unknown; text?: unknown; name?: unknown } }>(`${SIMULATOR_PATH}/send`, async (request, reply) => {
    const phone = typeof request.body?.phone === 'string' ? request.body.phone.replace(/[\s-]/g, '') : '';
    const text = typeof request.body?.text === 'string' ? request.body.text.trim() : '';
    if (!/^\+[1-9]\d{6,14}$/.test(phone)) return reply.status(400).send({ error: 'phone must be in international format, e.g. +201001234567' });
    if (!text || text.length > 4096) return reply.status(400).send({ error: 'text must be 1-4096 characters' });
    const id = `wamid.SIM${randomBytes(12).toString('hex')}`;
    const payload = whatsappTextWebhook({
      phoneNumberId: options.phoneNumberId,
      displayNumber: options.displayNumber,
      from: phone,
      text,
      id,
      sentAt: new Date(),
      profileName: typeof request.body?.name === 'string' ? request.body.name : 'Simulated patient',
    });
    remember({ direction: 'in', phone, text, at: new Date().toISOString(), id });
    const answer = await app.inject({
      method: 'POST',
      url: META_WEBHOOK_PATH,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(payload, options.appSecret) },
      payload,
    });
    return reply.status(answer.statusCode === 200 ? 200 : 502).send({ webhookStatus: answer.statusCode, id });
  });

  // Stands in for the Graph API's POST /{version}/{phone-number-id}/messages (WhatsApp) and, with the same
  // path, the Send API's POST /{version}/{page-or-ig-id}/messages (Messenger, Instagram), told apart by the body.
  app.post<{ Params: { version: string; phoneNumberId: string }; Body: Record<string, unknown> }>(`${SIMULATOR_GRAPH_PATH}/:version/:phoneNumberId/messages`, async (request, reply) => {
    const body = request.body ?? {};
    if (body.messaging_product !== 'whatsapp' && typeof body.recipient === 'object' && body.recipient !== null) {
      const recipient = String((body.recipient as { id?: unknown }).id ?? '');
      const text = (body.message as { text?: unknown } | undefined)?.text;
      if (!/^(\d{1,32}|me)$/.test(request.params.phoneNumberId) || !recipient || typeof text !== 'string' || !text) {
        return reply.status(400).send({ error: { message: 'recipient.id and message.text are required', type: 'OAuthException', code: 100 } });
      }
      const mid = `m_SIM${randomBytes(12).toString('hex')}`;
      remember({ direction: 'out', phone: `page:${request.params.phoneNumberId}:${recipient}`, text, at: new Date().toISOString(), id: mid });
      return reply.send({ recipient_id: recipient, message_id: mid });
    }
    const to = `+${String(body.to ?? '').replace(/^\+/, '')}`;
    const text =
      body.type === 'text'
        ? String((body.text as { body?: string } | undefined)?.body ?? '')
        : body.type === 'template'
          ? templatePreview(body.template)
          : `[${String(body.type)}]`;
    const id = `wamid.OUT${randomBytes(12).toString('hex')}`;
    remember({ direction: 'out', phone: to, text, at: new Date().toISOString(), id });
    return reply.send({ messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to.slice(1) }], messages: [{ id }] });
  });
}

/** A template as the phone would roughly show it: its name, then its body parameters (the approved wording is Meta's, not ours). */
function templatePreview(template: unknown): string {
  const t = (template ?? {}) as { name?: string; components?: { type?: string; parameters?: { type?: string; text?: string }[] }[] };
  const parameters = (t.components ?? [])
    .filter((c) => c.type === 'body')
    .flatMap((c) => c.parameters ?? [])
    .map((p) => p.text ?? '')
    .filter(Boolean);
  return `[template ${t.name ?? ''}]${parameters.length ? ` ${parameters.join(' · ')}` : ''}`;
}
