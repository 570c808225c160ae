import { Container } from 'inversify';
import { afterAll, describe, expect, it } from 'vitest';
import { EventBus, KERNEL_TOKENS, RandomIdGenerator, type ClinicId } from '@frontdesk/shared-kernel';
import { createTenancyKit, uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { IDENTITY_PUBLIC_TOKENS, type IdentityEvents, type PatientMagicLinks, type PatientSessions, type PatientVerification } from '@frontdesk/identity';
import { identityContainerModule, IDENTITY_TOKENS, type IdentitySettings } from '@frontdesk/identity/server';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { RedisConversationFeed } from '../adapters/redis/redis-conversation-feed';
import { RedisConversationStore } from '../adapters/redis/redis-conversation-store';
import { RedisWhatsAppNumbers } from '../adapters/redis/redis-whatsapp-numbers';
import { PatientChat } from './patient-chat';

const kit = createTenancyKit();
kit.clock.set(new Date());
const feed = new RedisConversationFeed(kit.redis, kit.guard, kit.logger);
afterAll(async () => {
  await feed.close();
  kit.redis.disconnect();
});

/** Identity's patient facades wired as the server wires them (identity's container module), on the kit's Redis. */
function identityFacades() {
  const container = new Container({ defaultScope: 'Singleton' });
  container.bind(KERNEL_TOKENS.Redis).toConstantValue(kit.redis);
  container.bind(KERNEL_TOKENS.Logger).toConstantValue(kit.logger);
  container.bind(KERNEL_TOKENS.Clock).toConstantValue(kit.clock);
  container.bind(KERNEL_TOKENS.IdGenerator).toConstantValue(new RandomIdGenerator());
  container.bind(KERNEL_TOKENS.AuditLog).toConstantValue(kit.auditLog);
  container.bind(KERNEL_TOKENS.TenantGuard).toConstantValue(kit.guard);
  container.bind(KERNEL_TOKENS.EventBus).toConstantValue(new EventBus<IdentityEvents>(kit.logger));
  const settings: IdentitySettings = { publicUrl: 'https://clinic.example', mailFrom: 'test@example.test', devMailDirectory: '/nonexistent', credentialSecrets: ['patient-chat-test-secret-0123456789abcdef'] };
  container.bind(IDENTITY_TOKENS.Settings).toConstantValue(settings);
  container.load(identityContainerModule);
  return {
    sessions: container.get<PatientSessions>(IDENTITY_PUBLIC_TOKENS.PatientSessions),
    verification: container.get<PatientVerification>(IDENTITY_PUBLIC_TOKENS.PatientVerification),
    magicLinks: container.get<PatientMagicLinks>(IDENTITY_PUBLIC_TOKENS.PatientMagicLinks),
  };
}

const identity = identityFacades();
const numbers = new RedisWhatsAppNumbers(kit.redis, kit.guard);
const chat = new PatientChat({
  // Starting a verification never routes a message: a handler that is called fails the test.
  handle: { execute: () => Promise.reject(new Error('startVerification must not handle a message')) },
  store: new RedisConversationStore(kit.redis, kit.guard),
  feed,
  verification: identity.verification,
  magicLinks: identity.magicLinks,
  numbers,
  catalog: { getCatalog: () => Promise.reject(new Error('startVerification must not read the catalog')) as Promise<ClinicCatalogSnapshot> },
  clock: kit.clock,
});

/** As the public router runs it: inside the clinic's scope, for the anonymous visitor of the chat. */
const asVisitor = <T>(clinicId: ClinicId, fn: () => Promise<T>) => kit.guard.run({ clinicId, actor: { kind: 'anonymous' }, requestId: 'req-chat' }, fn);

let numberCounter = 0;
/** A phone-number id no other test uses (tests share one Redis and never flush). */
const newNumberId = () => `8${Date.now()}${String(++numberCounter).padStart(4, '0')}`;

describe('PatientChat.startVerification', () => {
  it("links to the clinic's WhatsApp number with the 6-digit code typed in, and that message verifies the chat", async () => {
    const clinicId = uniqueClinicId('pchat');
    await asVisitor(clinicId, () => numbers.assign(clinicId, { phoneNumberId: newNumberId(), displayNumber: '+20 100 000-0001' }));
    const { session } = await identity.sessions.open(clinicId);

    const started = await asVisitor(clinicId, () => chat.startVerification(session, '010 1234 5678', 'en', 'req-chat'));

    if (!started.available) throw new Error('expected the chat to offer verification');
    expect(started.code).toMatch(/^\d{6}$/);
    expect(started.phoneEnding).toBe('678');
    expect(started.waLink).toBe(`https://wa.me/201000000001?text=My%20Frontdesk%20verification%20code%20is%20${started.code}`);

    // The prefilled text, sent from the typed number, is what verifies the session.
    const prefill = new URL(started.waLink).searchParams.get('text')!;
    expect(await identity.verification.matchInbound({ clinicId, sender: '201012345678', text: prefill })).toMatchObject({ matched: true, verified: true });
    expect(await identity.verification.status(clinicId, session.sessionId)).toMatchObject({ state: 'verified' });
  });

  it('encodes the Arabic prefill for the link', async () => {
    const clinicId = uniqueClinicId('pchat');
    await asVisitor(clinicId, () => numbers.assign(clinicId, { phoneNumberId: newNumberId(), displayNumber: '+201000000002' }));
    const { session } = await identity.sessions.open(clinicId);

    const started = await asVisitor(clinicId, () => chat.startVerification(session, '+201112345699', 'ar', 'req-chat'));

    if (!started.available) throw new Error('expected the chat to offer verification');
    expect(started.waLink).toBe(`https://wa.me/201000000002?text=${encodeURIComponent(`كود التأكيد بتاعي هو ${started.code}`)}`);
    expect(started.waLink).toMatch(/^https:\/\/wa\.me\/201000000002\?text=[A-Za-z0-9%\-_.!~*'()]+$/);
  });

  it('says verification is not available, and starts none, when the clinic has no WhatsApp number', async () => {
    const clinicId = uniqueClinicId('pchat');
    const { session } = await identity.sessions.open(clinicId);

    expect(await asVisitor(clinicId, () => chat.startVerification(session, '010 1234 5678', 'en', 'req-chat'))).toEqual({ available: false });
    expect(await identity.verification.status(clinicId, session.sessionId)).toEqual({ state: 'none' });
  });
});
