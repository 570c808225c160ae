import { createHash } from 'node:crypto';
import { NotFound, PreconditionFailed, type Actor, type AuditLog, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import type { ClinicCatalogSnapshot } from '@frontdesk/tenancy';
import { insideServiceWindow, type Conversation, type TranscriptEntry } from '../domain/conversation';
import { NOTICES } from '../domain/notices';
import type { DraftDecision, OutboxDraft } from '../domain/outbox';
import type { ConversationFeed } from '../ports/conversation-feed.port';
import type { ConversationStore, OutboxStats } from '../ports/conversation-store.port';
import type { OutboundQueue } from '../ports/outbound.port';
import { ConversationLines } from './conversation-lines';

export interface StaffInboxDeps {
  store: ConversationStore;
  feed: ConversationFeed;
  outbound: OutboundQueue;
  audit: AuditLog;
  clock: Clock;
  catalog: { getCatalog(clinicId: ClinicId): Promise<ClinicCatalogSnapshot> };
}

export interface StaffScope {
  actor: Extract<Actor, { kind: 'staff' }>;
  requestId: string;
}

/** Free text on WhatsApp (and Meta's other channels) only inside the 24-hour window after the patient's last message. */
export class ServiceWindowClosed extends PreconditionFailed {
  constructor(channel: Conversation['channel'] = 'whatsapp') {
    super(
      'CONVERSATION.WHATSAPP_WINDOW_CLOSED',
      channel === 'messenger' || channel === 'instagram'
        ? `${channel === 'messenger' ? 'Messenger' : 'Instagram'} only allows replies within 24 hours of the patient's last message. The patient has not written since; nothing can reach them there until they write again.`
        : "WhatsApp only allows free text within 24 hours of the patient's last message. The patient has not written since; only approved templates (reminders, offers, broadcasts) can reach them until they write again.",
    );
  }
}

export interface ApprovalRate {
  intent: string;
  decided: number;
  approvedUnchanged: number;
  /** approvedUnchanged / decided, or null before any decision. */
  rate: number | null;
}

/**
 * What staff do with conversations: read the feed and transcripts, take a
 * conversation over and hand it back, write to the patient, and decide the
 * outbox. Every change is audited. Patient conversation text stays out of the
 * audit log, which outlives transcripts and is read by owners: an edited
 * draft is recorded by the length and SHA-256 of the AI's text and of the text
 * sent, enough to show that and how much staff changed, and to check a text
 * against the record.
 */
/** A text as the audit log keeps it: its length and SHA-256, never the words. */
function textFingerprint(text: string): { length: number; sha256: string } {
  return { length: text.length, sha256: createHash('sha256').update(text).digest('hex') };
}

export class StaffInbox {
  private readonly lines: ConversationLines;

  constructor(private readonly deps: StaffInboxDeps) {
    this.lines = new ConversationLines(deps);
  }

  list(clinicId: ClinicId, limit: number): Promise<Conversation[]> {
    return this.deps.store.list(clinicId, limit);
  }

  async view(clinicId: ClinicId, conversationId: string, limit: number): Promise<{ conversation: Conversation; lines: TranscriptEntry[]; serviceWindowOpen: boolean }> {
    const conversation = await this.load(clinicId, conversationId);
    const lines = await this.deps.store.history(clinicId, conversationId, limit);
    return { conversation, lines, serviceWindowOpen: insideServiceWindow(conversation, this.deps.clock.now()) };
  }

  async takeOver(clinicId: ClinicId, scope: StaffScope, conversationId: string): Promise<Conversation> {
    return this.switchMode(clinicId, scope, conversationId, 'human');
  }

  async handBack(clinicId: ClinicId, scope: StaffScope, conversationId: string): Promise<Conversation> {
    return this.switchMode(clinicId, scope, conversationId, 'ai');
  }

  /** Staff dealt with what the assistant flagged (medical advice held back, a request for a person). */
  async markHandled(clinicId: ClinicId, scope: StaffScope, conversationId: string): Promise<void> {
    if (!(await this.deps.store.clearAttention(clinicId, conversationId))) throw new NotFound('CONVERSATION.NOT_FOUND', 'No such conversation in this clinic');
    await this.audit(clinicId, scope, 'conversation.attention_cleared', conversationId);
  }

  /** A person writes to the patient. Writing takes the conversation over, so the AI stops at once. */
  async send(clinicId: ClinicId, scope: StaffScope, conversationId: string, text: string): Promise<TranscriptEntry> {
    let conversation = await this.load(clinicId, conversationId);
    if (!insideServiceWindow(conversation, this.deps.clock.now())) throw new ServiceWindowClosed(conversation.channel);
    if (conversation.mode !== 'human') conversation = await this.switchMode(clinicId, scope, conversationId, 'human');
    const line = await this.lines.write(conversation, { author: 'staff', text, by: scope.actor.id });
    await this.audit(clinicId, scope, 'conversation.message.send', conversationId);
    return line;
  }

  drafts(clinicId: ClinicId, limit: number): Promise<OutboxDraft[]> {
    return this.deps.store.drafts(clinicId, limit);
  }

  /** Sends the draft as the AI wrote it. */
  async approve(clinicId: ClinicId, scope: StaffScope, draftId: string): Promise<TranscriptEntry> {
    return (await this.decide(clinicId, scope, draftId, 'approved'))!;
  }

  /** Sends the staff's edited text instead; the audit record fingerprints the AI's text and the sent text as before/after. */
  async edit(clinicId: ClinicId, scope: StaffScope, draftId: string, text: string): Promise<TranscriptEntry> {
    return (await this.decide(clinicId, scope, draftId, 'edited', text))!;
  }

  async reject(clinicId: ClinicId, scope: StaffScope, draftId: string): Promise<void> {
    await this.decide(clinicId, scope, draftId, 'rejected');
  }

  /** How often staff sent the AI's draft unchanged, per intent: the evidence an owner needs before turning review off. */
  async approvalRates(clinicId: ClinicId): Promise<{ reviewSetting: string; rates: ApprovalRate[] }> {
    const [stats, catalog] = await Promise.all([this.deps.store.outboxStats(clinicId), this.deps.catalog.getCatalog(clinicId)]);
    return { reviewSetting: catalog.aiSettings.humanReview, rates: ratesOf(stats) };
  }

  private async decide(clinicId: ClinicId, scope: StaffScope, draftId: string, asked: DraftDecision, askedText?: string): Promise<TranscriptEntry | null> {
    const notFound = () => new NotFound('CONVERSATION.DRAFT_NOT_FOUND', 'This draft was already decided by someone else, or does not exist');
    const pending = await this.deps.store.draft(clinicId, draftId);
    if (!pending) throw notFound();
    const conversation = await this.load(clinicId, pending.conversationId);
    // Checked before the draft is taken: a send WhatsApp would refuse must not use the draft up.
    if (asked !== 'rejected' && !insideServiceWindow(conversation, this.deps.clock.now())) throw new ServiceWindowClosed(conversation.channel);
    const draft = await this.deps.store.takeDraft(clinicId, draftId);
    if (!draft) throw notFound();
    // An "edit" that leaves the words as the AI wrote them is an approval: it counts towards the unchanged rate.
    const unchanged = asked === 'edited' && askedText?.trim() === draft.text.trim();
    const decision: DraftDecision = unchanged ? 'approved' : asked;
    const editedText = unchanged ? undefined : askedText;
    await this.deps.store.countDecision(clinicId, draft.intent, decision);
    await this.deps.audit.append({
      actor: `staff:${scope.actor.id}`,
      action: `conversation.draft.${decision === 'approved' ? 'approve' : decision === 'edited' ? 'edit' : 'reject'}`,
      target: `draft:${draft.id}`,
      clinicId,
      at: this.deps.clock.now(),
      outcome: 'success',
      requestId: scope.requestId,
      detail: `conversation ${draft.conversationId}, intent ${draft.intent}, ${draft.reason}`,
      ...(editedText !== undefined ? { changes: { before: textFingerprint(draft.text), after: textFingerprint(editedText) } } : {}),
    });
    if (decision === 'rejected') return null;
    return this.lines.write(conversation, { author: 'assistant', text: editedText ?? draft.text, by: scope.actor.id, intent: draft.intent });
  }

  private async switchMode(clinicId: ClinicId, scope: StaffScope, conversationId: string, mode: 'ai' | 'human'): Promise<Conversation> {
    const conversation = await this.deps.store.setMode(clinicId, conversationId, mode, mode === 'human' ? scope.actor.id : null);
    if (!conversation) throw new NotFound('CONVERSATION.NOT_FOUND', 'No such conversation in this clinic');
    await this.deps.feed.publish(clinicId, { type: 'mode', conversationId, mode });
    await this.audit(clinicId, scope, mode === 'human' ? 'conversation.takeover' : 'conversation.hand_back', conversationId);
    const notice = (mode === 'human' ? NOTICES.takenOver : NOTICES.handedBack)[conversation.language];
    if (insideServiceWindow(conversation, this.deps.clock.now())) await this.lines.write(conversation, { author: 'system', text: notice });
    return conversation;
  }

  private async load(clinicId: ClinicId, conversationId: string): Promise<Conversation> {
    const conversation = await this.deps.store.get(clinicId, conversationId);
    if (!conversation) throw new NotFound('CONVERSATION.NOT_FOUND', 'No such conversation in this clinic');
    return conversation;
  }

  private async audit(clinicId: ClinicId, scope: StaffScope, action: string, conversationId: string): Promise<void> {
    await this.deps.audit.append({
      actor: `staff:${scope.actor.id}`,
      action,
      target: `conversation:${conversationId}`,
      clinicId,
      at: this.deps.clock.now(),
      outcome: 'success',
      requestId: scope.requestId,
    });
  }
}

function ratesOf(stats: OutboxStats): ApprovalRate[] {
  return Object.entries(stats.byIntent).map(([intent, decisions]) => {
    const approvedUnchanged = decisions?.approved ?? 0;
    const decided = approvedUnchanged + (decisions?.edited ?? 0) + (decisions?.rejected ?? 0);
    return { intent, decided, approvedUnchanged, rate: decided === 0 ? null : approvedUnchanged / decided };
  });
}
