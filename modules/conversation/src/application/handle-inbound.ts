import { randomUUID } from 'node:crypto';
import type { ClinicId, Clock, Logger } from '@frontdesk/shared-kernel';
import type { CheckReplyInput, GuardrailOutcome } from '@frontdesk/guardrails';
import { interpretReminderReply, type AgentConversation } from '@frontdesk/scheduling';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { languageOf, type Conversation, type TranscriptEntry } from '../domain/conversation';
import { conversationIdFor } from './conversation-ids';
import type { InboundMessage } from '../domain/inbound-message';
import { NOTICES } from '../domain/notices';
import { confirmationLanguage, interpretSubscriptionCommand, type SubscriptionCommand } from '../domain/opt-out';
import type { PatientOptOuts } from './patient-opt-outs';
import type { OutboxDraft } from '../domain/outbox';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore } from '../ports/conversation-store.port';
import type { ModelUsage, PatientLanguage, ReceptionistModel, ReceptionistTools } from '../ports/receptionist-model.port';
import type { OutboundQueue } from '../ports/outbound.port';
import type { AdmitInbound } from './admit-inbound';
import { ConversationLines } from './conversation-lines';
import type { ConversationSummaries } from './conversation-summaries';
import { recordToolCalls, verifiedTurnOf } from './turn-facts';

/** The identity module's click-to-WhatsApp check, as the pipeline needs it. */
export interface InboundVerification {
  matchInbound(input: { clinicId: ClinicId; sender: string; text: string }): Promise<
    { matched: false } | { matched: true; verified: true; sessionId: string; phone: string } | { matched: true; verified: false; reason: string }
  >;
}

/** Scheduling's reply-to-reminder use case ("1" confirms, "2" cancels). */
export interface ReminderReplies {
  execute(clinicId: ClinicId, patientRef: string, text: string, requestId: string): Promise<{ outcome: string; reply: { en: string; ar: string } }>;
}

export interface HandleInboundDeps {
  admit: AdmitInbound;
  store: ConversationStore;
  catalog: { getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> };
  agentTools: { forConversation(conversation: AgentConversation): ReceptionistTools };
  model: ReceptionistModel;
  review: { execute(clinicId: ClinicId, conversationId: string, input: CheckReplyInput): Promise<GuardrailOutcome> };
  feed: ConversationFeed;
  outbound: OutboundQueue;
  clock: Clock;
  logger: Logger;
  verification?: InboundVerification;
  reminders?: ReminderReplies;
  usage?: { record(clinicId: ClinicId, conversationId: string, usage: ModelUsage): Promise<void> };
  summaries?: Pick<ConversationSummaries, 'noteActivity'>;
  /** STOP / START (PatientOptOuts); without it those words go to the model like any message. */
  optOuts?: Pick<PatientOptOuts, 'execute'>;
}

export interface InboundContext {
  /** Web chat: the patient session id (the `session` rate limit and the conversation key). */
  sessionId?: string;
  /** Web chat: the phone the session verified, if it did. */
  verifiedPhone?: string | null;
}

export type InboundOutcome =
  | { outcome: 'duplicate' }
  | { outcome: 'limited'; apologySent: boolean }
  | { outcome: 'verification'; verified: boolean }
  | { outcome: 'reminder_answered'; answer: string }
  /** STOP or START: recorded and confirmed; the model was not asked. */
  | { outcome: 'subscription'; command: SubscriptionCommand; conversationId: string }
  /** Stored; a person is answering, so the AI did not. */
  | { outcome: 'to_staff'; conversationId: string }
  | { outcome: 'replied'; conversationId: string; sent: string | null; drafts: OutboxDraft[]; handoff: boolean };

const HISTORY_LINES = 30;

/** A reminder reply ("1", "2", "yes", "لا") only when the clinic's last word in the conversation was the reminder itself. */
function answersReminder(history: readonly TranscriptEntry[], text: string): boolean {
  const lastOurs = [...history].reverse().find((line) => line.author !== 'patient');
  return lastOurs?.intent === 'reminder' && interpretReminderReply(text) !== undefined;
}

/**
 * The one inbound path for every channel, after authenticity (webhook
 * signature or patient session) was checked by the caller:
 * dedupe + rate limits -> phone verification codes -> reminder replies ->
 * append -> staff if taken over, else the model -> guardrails -> outbox or send.
 * A step after admission that throws releases the message id again, so the
 * provider's redelivery is handled (its patient line may then be stored twice).
 * Runs inside the clinic's tenant scope.
 */
export class HandleInbound {
  private readonly lines: ConversationLines;

  constructor(private readonly deps: HandleInboundDeps) {
    this.lines = new ConversationLines(deps);
  }

  async execute(message: InboundMessage, context: InboundContext = {}): Promise<InboundOutcome> {
    const { clinicId } = message;
    const d = this.deps;
    const provider = message.channel !== 'web';
    const patientKey = provider ? message.sender : (context.sessionId ?? message.sender);
    const conversationId = conversationIdFor(clinicId, message.channel, patientKey);
    const text = (message.text ?? '').trim();
    const hintLanguage: PatientLanguage = languageOf(text, 'ar');

    const admission = await d.admit.execute({
      clinicId,
      providerMessageId: message.providerMessageId,
      sessionKey: provider ? undefined : patientKey,
      phone: provider ? message.sender : (context.verifiedPhone ?? undefined),
      language: hintLanguage,
    });
    if (admission.outcome === 'duplicate') return { outcome: 'duplicate' };
    if (admission.outcome === 'limited') {
      if (admission.apology) await this.notify(message, conversationId, admission.apology);
      return { outcome: 'limited', apologySent: admission.apology !== undefined };
    }

    try {
      return await this.handleAdmitted(message, context, { provider, patientKey, conversationId, text, hintLanguage });
    } catch (error) {
      // The webhook answers 500 and the provider redelivers: forget the id, or the redelivery is dropped as a duplicate and the message is lost.
      await d.admit.release(clinicId, message.providerMessageId).catch((releaseError: unknown) => {
        d.logger.error({ clinicId, err: releaseError }, 'could not release the dedupe marker of a failed inbound message; its redelivery will be dropped');
      });
      throw error;
    }
  }

  private async handleAdmitted(
    message: InboundMessage,
    context: InboundContext,
    admitted: { provider: boolean; patientKey: string; conversationId: string; text: string; hintLanguage: PatientLanguage },
  ): Promise<InboundOutcome> {
    const { clinicId } = message;
    const d = this.deps;
    const { provider, patientKey, conversationId, text, hintLanguage } = admitted;

    // A verification code is checked in memory and never stored in the transcript.
    if (message.channel === 'whatsapp' && text && d.verification) {
      const match = await d.verification.matchInbound({ clinicId, sender: message.sender, text });
      if (match.matched) {
        if (match.verified) {
          const webConversation = conversationIdFor(clinicId, 'web', match.sessionId);
          await d.store.setPhone(clinicId, webConversation, match.phone);
          await d.feed.publish(clinicId, { type: 'verified', conversationId: webConversation });
        }
        await this.notify(message, conversationId, (match.verified ? NOTICES.verified : NOTICES.verificationFailed)[hintLanguage]);
        return { outcome: 'verification', verified: match.verified };
      }
    }

    const verifiedPhone = provider ? (message.channel === 'whatsapp' ? message.sender : null) : (context.verifiedPhone ?? null);
    const now = d.clock.now();
    const lineText = text || (message.media ? `[${message.media.kind}]` : `[${message.providerType}]`);
    const { conversation, history } = await d.store.recordInbound({
      clinicId,
      conversationId,
      channel: message.channel,
      patientKey,
      phone: verifiedPhone,
      displayName: message.senderName ?? null,
      language: hintLanguage,
      text: lineText,
      at: now,
      historyLimit: HISTORY_LINES,
    });
    // The store published the patient's line to the chat and the inbox in the same step.
    await d.summaries?.noteActivity(conversation, history);
    // STOP / START on every channel, whoever has the conversation: recorded, confirmed, and never shown to the model.
    const command = d.optOuts ? interpretSubscriptionCommand(text) : undefined;
    if (command && d.optOuts) {
      await d.optOuts.execute({ clinicId, channel: message.channel, sender: message.sender, verifiedPhone, command, requestId: `inbound:${message.providerMessageId}` });
      const earlier = history.slice(0, -1).filter((line) => line.author === 'patient').map((line) => line.text);
      const language = confirmationLanguage(text, earlier);
      await this.lines.write(conversation, { author: 'system', text: (command === 'opt_out' ? NOTICES.optedOut : NOTICES.optedIn)[language] });
      return { outcome: 'subscription', command, conversationId };
    }
    if (verifiedPhone && d.reminders && answersReminder(history, text)) {
      const answer = await d.reminders.execute(clinicId, verifiedPhone, text, `inbound:${message.providerMessageId}`);
      if (answer.outcome !== 'nothing_to_answer' && answer.outcome !== 'not_understood') {
        // The clinic's answer to its own reminder, not the AI's: sent as a system message, so it reaches the patient even while a person has the conversation.
        await this.lines.write(conversation, { author: 'assistant', text: answer.reply[hintLanguage], intent: 'reminder' }, { sentAs: 'system' });
        return { outcome: 'reminder_answered', answer: answer.outcome };
      }
    }

    if (conversation.mode === 'human') return { outcome: 'to_staff', conversationId };
    if (!text) {
      await this.lines.write(conversation, { author: 'assistant', text: NOTICES.unsupported[conversation.language], intent: 'other' });
      return { outcome: 'replied', conversationId, sent: NOTICES.unsupported[conversation.language], drafts: [], handoff: false };
    }
    return this.answerWithModel(conversation, history.slice(0, -1), text, now);
  }

  private async answerWithModel(conversation: Conversation, history: TranscriptEntry[], text: string, now: Date): Promise<InboundOutcome> {
    const d = this.deps;
    const { clinicId, id: conversationId } = conversation;
    const catalog = await d.catalog.getCatalog(clinicId);
    // A suspended clinic keeps the message for staff but its AI does not answer.
    if (catalog.profile.status === 'suspended') {
      const notice = NOTICES.clinicPaused[conversation.language];
      await this.lines.write(conversation, { author: 'system', text: notice });
      return { outcome: 'replied', conversationId, sent: notice, drafts: [], handoff: false };
    }
    const settings = catalog.aiSettings;
    const patient = conversation.phone ? { phone: conversation.phone } : null;
    const recorded = recordToolCalls(d.agentTools.forConversation({ clinicId, conversationId, ...(patient ? { verifiedPatient: patient.phone } : {}) }));
    if (conversation.channel === 'web') await d.feed.publish(clinicId, { type: 'typing', conversationId, on: true });

    const reply = await d.model.reply({
      clinicId,
      conversationId,
      catalog,
      now,
      language: conversation.language,
      history: history.filter((l) => l.author !== 'system').map((l) => ({ author: l.author as 'patient' | 'assistant' | 'staff', text: l.text, at: l.at.toISOString() })),
      message: text,
      patient,
      state: conversation.modelState,
      tools: recorded.tools,
    });
    if (reply.usage && d.usage) await d.usage.record(clinicId, conversationId, reply.usage);

    const outcome = await d.review.execute(clinicId, conversationId, {
      reply: reply.text,
      turn: verifiedTurnOf(catalog, patient, recorded.calls, settings.personaName),
      now,
      mode: settings.guardrailMode,
      language: reply.language,
    });
    const flagged = outcome.verdict === 'block';
    const draft = (reason: OutboxDraft['reason']): OutboxDraft => ({
      id: randomUUID(),
      conversationId,
      text: reply.text,
      reason,
      intent: reply.intent,
      findings: outcome.findings.map((f) => ({ kind: f.kind, excerpt: f.excerpt })),
      createdAt: now,
    });
    // enforce + flagged: the patient gets the replacement now, staff see the original.
    // Otherwise a reply waits for a person when the clinic reviews all replies, or flagged ones and this one is.
    let sent: string | null;
    let drafts: OutboxDraft[];
    if (flagged && outcome.replaced) {
      sent = outcome.reply;
      drafts = [draft('flagged_original')];
    } else if (settings.humanReview === 'all' || (flagged && settings.humanReview === 'flagged')) {
      sent = null;
      drafts = [draft('review')];
    } else {
      sent = reply.text;
      drafts = [];
    }

    const stored = await d.store.recordAiReply(clinicId, conversationId, {
      at: d.clock.now(),
      text: sent,
      intent: reply.intent,
      modelState: reply.state,
      handoff: reply.handoff,
      attention: outcome.staffReview || reply.handoff,
      drafts,
    });
    if (conversation.channel === 'web') await d.feed.publish(clinicId, { type: 'typing', conversationId, on: false });
    if (stored.outcome === 'taken_over') {
      d.logger.info({ clinicId, conversationId }, 'AI reply dropped: a person took the conversation over while the model was answering');
      return { outcome: 'to_staff', conversationId };
    }
    // The store published the reply line; provider channels still need it sent.
    // A hand-over reply ("a person will answer") put the conversation in a person's hands in the same step; the
    // outbound job drops AI lines of such conversations, so it goes as the clinic's message or it never arrives.
    if (stored.line) await this.lines.send(conversation, stored.line, reply.handoff ? { sentAs: 'system' } : {});
    for (const held of drafts) await d.feed.publish(clinicId, { type: 'draft', conversationId, draftId: held.id });
    if (reply.handoff) await d.feed.publish(clinicId, { type: 'mode', conversationId, mode: 'human' });
    return { outcome: 'replied', conversationId, sent, drafts, handoff: reply.handoff };
  }

  /** A notice outside the transcript (apology, verification answer): straight to the sender. */
  private async notify(message: InboundMessage, conversationId: string, text: string): Promise<void> {
    if (message.channel === 'web') {
      await this.deps.feed.publish(message.clinicId, {
        type: 'line',
        conversationId,
        line: { id: `notice-${message.providerMessageId}`, author: 'system', text, at: this.deps.clock.now() },
      });
      return;
    }
    await this.deps.outbound.enqueue({ clinicId: message.clinicId, conversationId, channel: message.channel, to: message.sender, author: 'system', body: { kind: 'text', text } });
  }
}
