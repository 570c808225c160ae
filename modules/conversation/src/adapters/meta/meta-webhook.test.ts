import { describe, expect, it } from 'vitest';
import type { Logger, TenantGuard } from '@frontdesk/shared-kernel';
import type { ConversationFeed } from '../../ports/conversation-feed.port';
import type { ConversationStore } from '../../ports/conversation-store.port';
import type { MetaPages } from '../../ports/meta-pages.port';
import type { WhatsAppNumbers } from '../../ports/whatsapp-numbers.port';
import type { HandleInbound } from '../../application/handle-inbound';
import { messagingWebhook } from './messaging-webhook-builder';
import { ReceiveMetaWebhook } from './meta-webhook';
import { signPayload } from './webhook-verification';
import { whatsappTextWebhook } from './whatsapp-webhook-builder';

const APP_SECRET = 'test-app-secret-0123456789abcdef';
const PHONE_NUMBER_ID = '106540352242922';

/** Any method called on it is recorded as `<dep>.<method>`, and answers null: the webhook must not get that far. */
function spy<T>(name: string, calls: string[]): T {
  return new Proxy(
    {},
    {
      get: (_target, method) =>
        typeof method === 'string'
          ? (...args: unknown[]) => {
              calls.push(`${name}.${method}`);
              // The guard runs the work it is given, so a call behind it would be recorded too.
              return name === 'guard' && method === 'run' && typeof args[1] === 'function' ? (args[1] as () => unknown)() : Promise.resolve(null);
            }
          : undefined,
    },
  ) as T;
}

function webhookWith(appSecret: string | undefined) {
  const calls: string[] = [];
  const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } as unknown as Logger;
  const webhook = new ReceiveMetaWebhook({
    settings: { appSecret, verifyToken: 'verify-token' },
    numbers: spy<WhatsAppNumbers>('numbers', calls),
    pages: spy<MetaPages>('pages', calls),
    handle: spy<HandleInbound>('handle', calls),
    store: spy<ConversationStore>('store', calls),
    feed: spy<ConversationFeed>('feed', calls),
    guard: spy<TenantGuard>('guard', calls),
    logger: silent,
  });
  return { webhook, calls };
}

const whatsapp = whatsappTextWebhook({ phoneNumberId: PHONE_NUMBER_ID, displayNumber: '+201000000001', from: '+201001234567', text: 'عايز أحجز 🦷', id: 'wamid.SPY1', sentAt: new Date('2025-06-09T10:00:00Z') });
const messenger = messagingWebhook({ channel: 'messenger', accountId: '104567890123456', events: [{ kind: 'text', from: '6543210987654321', mid: 'm_SPY1', text: 'Hello', at: new Date('2025-06-09T10:00:00Z') }] });

describe('ReceiveMetaWebhook.post refuses before touching anything', () => {
  it.each([
    ['a missing signature', whatsapp, undefined],
    ['a signature made with another secret', whatsapp, signPayload(whatsapp, 'another-secret-0123456789')],
    ['a body changed after signing', whatsapp.replace('WABA', 'WABB'), signPayload(whatsapp, APP_SECRET)],
    ['a signature that is not sha256=<hex>', whatsapp, 'sha1=0123456789abcdef'],
    ['a forged Messenger webhook', messenger, signPayload(messenger, 'another-secret-0123456789')],
  ])('answers 401 to %s and calls no dependency', async (_name, body, signature) => {
    const { webhook, calls } = webhookWith(APP_SECRET);
    expect(await webhook.post(Buffer.from(body, 'utf8'), signature, 'req-1')).toEqual({ status: 401, body: 'Invalid signature' });
    expect(calls).toEqual([]);
  });

  it.each([
    ['unsigned', undefined],
    ['signed with an empty secret', signPayload(whatsapp, '')],
  ])('without an app secret answers 401 to every POST (%s) and calls no dependency', async (_name, signature) => {
    const { webhook, calls } = webhookWith(undefined);
    expect(await webhook.post(Buffer.from(whatsapp, 'utf8'), signature, 'req-2')).toEqual({ status: 401, body: 'Invalid signature' });
    expect(calls).toEqual([]);
  });

  it('a correctly signed body does reach the dependencies (the spies see calls)', async () => {
    const { webhook, calls } = webhookWith(APP_SECRET);
    expect(await webhook.post(Buffer.from(whatsapp, 'utf8'), signPayload(whatsapp, APP_SECRET), 'req-3')).toEqual({ status: 200, body: 'OK' });
    // The spy routes the number to no clinic, so routing is all that happens.
    expect(calls).toEqual(['numbers.clinicFor']);
  });
});
