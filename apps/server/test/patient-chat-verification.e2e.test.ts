import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_TOKENS, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { IDENTITY_PUBLIC_TOKENS, type PatientSession, type PatientSessions, type PatientVerification } from '@frontdesk/identity';
import { CONVERSATION_TOKENS, type WhatsAppNumbers } from '@frontdesk/conversation/server';
import { startTestServer, type TestServer } from './support';

/**
 * PatientChat.startVerification as the server wires it (the platform's container:
 * conversation's PatientChat over identity's real verification, on the run's Redis):
 * the wa.me link with the code typed in, and what happens without a WhatsApp number.
 */

/** What this test needs of conversation's PatientChat (its class is not exported). */
interface PatientChatUseCases {
  startVerification(
    session: PatientSession,
    phone: string,
    language: 'ar' | 'en',
    requestId: string,
  ): Promise<{ available: false } | { available: true; code: string; phoneEnding: string; waLink: string }>;
}

let server: TestServer;
let chat: PatientChatUseCases;
let numbers: WhatsAppNumbers;
let guard: TenantGuard;
const identity = {} as { sessions: PatientSessions; verification: PatientVerification };

beforeAll(async () => {
  server = await startTestServer();
  const { container } = server.platform;
  chat = container.get<PatientChatUseCases>(CONVERSATION_TOKENS.PatientChat);
  numbers = container.get<WhatsAppNumbers>(CONVERSATION_TOKENS.WhatsAppNumbers);
  guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
  identity.sessions = container.get<PatientSessions>(IDENTITY_PUBLIC_TOKENS.PatientSessions);
  identity.verification = container.get<PatientVerification>(IDENTITY_PUBLIC_TOKENS.PatientVerification);
});

afterAll(async () => {
  await server?.close();
});

/** As the public router runs it: inside the clinic's scope, for the anonymous visitor of the chat. */
const asVisitor = <T>(clinicId: ClinicId, fn: () => Promise<T>) => guard.run({ clinicId, actor: { kind: 'anonymous' }, requestId: 'req-chat' }, fn);

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
