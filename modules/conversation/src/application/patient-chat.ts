import type { ClinicId, Clock } from '@frontdesk/shared-kernel';
import type { PatientMagicLinks, PatientSession, PatientVerification } from '@frontdesk/identity';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { type TranscriptEntry } from '../domain/conversation';
import { conversationIdFor } from './conversation-ids';
import type { ConversationEvent, ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { WhatsAppNumbers } from '../ports/whatsapp-numbers.port';
import type { HandleInbound, InboundOutcome } from './handle-inbound';

export interface PatientChatDeps {
  handle: Pick<HandleInbound, 'execute'>;
  store: ConversationStore;
  feed: ConversationFeed;
  verification: PatientVerification;
  magicLinks: PatientMagicLinks;
  numbers: WhatsAppNumbers;
  catalog: { getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> };
  clock: Clock;
}

const PREFILL = { en: 'My Frontdesk verification code is', ar: 'كود التأكيد بتاعي هو' } as const;

/**
 * The web chat, for one patient session: the conversation key is the session,
 * the verified phone (if any) comes from the session, never from the client.
 */
export class PatientChat {
  constructor(private readonly deps: PatientChatDeps) {}

  conversationOf(session: PatientSession): string {
    return conversationIdFor(session.clinicId, 'web', session.sessionId);
  }

  async intro(session: PatientSession, language: 'ar' | 'en') {
    const [catalog, number, conversation] = await Promise.all([
      this.deps.catalog.getCatalog(session.clinicId),
      this.deps.numbers.numberOf(session.clinicId),
      this.deps.store.get(session.clinicId, this.conversationOf(session)),
    ]);
    return {
      clinicName: catalog.profile.name,
      defaultLanguage: catalog.profile.defaultLanguage,
      greeting: catalog.aiSettings.greetings[language],
      assistantName: catalog.aiSettings.personaName,
      whatsappNumber: number?.displayNumber ?? null,
      verified: session.phone !== null,
      phoneEnding: session.phone ? session.phone.slice(-3) : null,
      conversationId: this.conversationOf(session),
      /** `human` while a person from the clinic has the conversation. */
      mode: conversation?.mode ?? 'ai',
    };
  }

  history(session: PatientSession, limit: number): Promise<TranscriptEntry[]> {
    return this.deps.store.history(session.clinicId, this.conversationOf(session), limit);
  }

  send(session: PatientSession, text: string, clientMessageId: string): Promise<InboundOutcome> {
    return this.deps.handle.execute(
      {
        clinicId: session.clinicId,
        channel: 'web',
        kind: 'text',
        sender: session.sessionId,
        providerMessageId: `web:${session.sessionId}:${clientMessageId}`,
        receivedAt: this.deps.clock.now(),
        text,
        providerType: 'text',
      },
      { sessionId: session.sessionId, verifiedPhone: session.phone },
    );
  }

  /** Starts click-to-WhatsApp: the chat shows a wa.me link to the clinic's number with the code typed in. */
  async startVerification(session: PatientSession, phone: string, language: 'ar' | 'en', requestId: string) {
    const number = await this.deps.numbers.numberOf(session.clinicId);
    if (!number) return { available: false as const };
    const started = await this.deps.verification.start({ clinicId: session.clinicId, sessionId: session.sessionId, phone, requestId });
    const text = `${PREFILL[language]} ${started.code}`;
    const waLink = `https://wa.me/${number.displayNumber.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;
    return { available: true as const, waLink, code: started.code, expiresAt: started.expiresAt, phoneEnding: started.phone.slice(-3) };
  }

  verificationStatus(session: PatientSession) {
    return this.deps.verification.status(session.clinicId, session.sessionId);
  }

  async redeemLink(session: PatientSession, token: string, requestId: string): Promise<{ phoneEnding: string }> {
    const { phone } = await this.deps.magicLinks.redeem({ clinicId: session.clinicId, token, sessionId: session.sessionId, requestId });
    await this.deps.store.setPhone(session.clinicId, this.conversationOf(session), phone);
    return { phoneEnding: phone.slice(-3) };
  }

  subscribe(session: PatientSession, listener: (event: ConversationEvent) => void): Promise<() => Promise<void>> {
    return this.deps.feed.subscribeConversation(session.clinicId, this.conversationOf(session), listener);
  }
}
