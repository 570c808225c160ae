import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Channel } from '../domain/inbound-message';
import type { Conversation, ConversationMode, LineAuthor, TranscriptEntry } from '../domain/conversation';
import type { DraftDecision, OutboxDraft } from '../domain/outbox';
import type { PatientLanguage, ReplyIntent } from '../ports/receptionist-model.port';

export interface InboundRecord {
  clinicId: ClinicId;
  conversationId: string;
  channel: Channel;
  patientKey: string;
  phone: string | null;
  displayName: string | null;
  language: PatientLanguage;
  text: string;
  at: Date;
  /** How many earlier lines to return with the conversation. */
  historyLimit: number;
}

export interface AiReplyRecord {
  at: Date;
  /** What the patient receives now; null when nothing goes out (the draft waits for review). */
  text: string | null;
  intent: ReplyIntent;
  modelState: Record<string, unknown>;
  /** The patient asked for a person: the conversation goes to staff after this reply. */
  handoff: boolean;
  /** Staff should look (medical advice stopped, handoff). */
  attention: boolean;
  /** Drafts to hold in the outbox (a reply awaiting review, or a flagged original). */
  drafts: OutboxDraft[];
}

export type AiReplyOutcome = { outcome: 'stored'; line: TranscriptEntry | null } | { outcome: 'taken_over' };

export interface OutboxStats {
  /** intent -> decision -> count. */
  byIntent: Partial<Record<ReplyIntent, Partial<Record<DraftDecision, number>>>>;
}

/**
 * Conversations, transcripts and the outbox of one clinic. The two writes on
 * the message path are one round trip each; the AI reply is stored only while
 * the conversation is still the AI's (checked in the same atomic step).
 */
export interface ConversationStore {
  /** Opens the conversation if new, appends the patient's line, returns the conversation and its latest lines (oldest first, the new one last). */
  recordInbound(record: InboundRecord): Promise<{ conversation: Conversation; history: TranscriptEntry[] }>;
  recordAiReply(clinicId: ClinicId, conversationId: string, reply: AiReplyRecord): Promise<AiReplyOutcome>;
  /** A staff or system line (no mode check: staff may write whatever the mode). */
  appendLine(clinicId: ClinicId, conversationId: string, line: { author: LineAuthor; text: string; at: Date; by?: string; intent?: ReplyIntent }): Promise<TranscriptEntry>;
  get(clinicId: ClinicId, conversationId: string): Promise<Conversation | null>;
  history(clinicId: ClinicId, conversationId: string, limit: number): Promise<TranscriptEntry[]>;
  /** Most recently active first. */
  list(clinicId: ClinicId, limit: number): Promise<Conversation[]>;
  /** Sets who answers. Returns null for an unknown conversation. */
  setMode(clinicId: ClinicId, conversationId: string, mode: ConversationMode, by: string | null): Promise<Conversation | null>;
  /** Staff dealt with what needed attention; false for an unknown conversation. */
  clearAttention(clinicId: ClinicId, conversationId: string): Promise<boolean>;
  /** Notes when the summary job will run (null: none pending). */
  setSummaryDue(clinicId: ClinicId, conversationId: string, at: Date | null): Promise<void>;
  /** Stores the summary and clears the pending marker. */
  setSummary(clinicId: ClinicId, conversationId: string, summary: string): Promise<void>;
  /** The web chat's patient verified their phone. */
  setPhone(clinicId: ClinicId, conversationId: string, phone: string): Promise<void>;
  /** Remembers which line a provider message id carries, for delivery statuses. */
  linkProviderMessage(clinicId: ClinicId, providerMessageId: string, conversationId: string, lineId: string): Promise<void>;
  /** Records a delivery status; returns the line it belongs to, or null for an unknown message. */
  recordDelivery(clinicId: ClinicId, providerMessageId: string, status: string): Promise<{ conversationId: string; lineId: string } | null>;
  /** Records a line's delivery status by the line itself (a send the provider refused has no provider message id). */
  recordLineDelivery(clinicId: ClinicId, conversationId: string, lineId: string, status: string): Promise<void>;
  drafts(clinicId: ClinicId, limit: number): Promise<OutboxDraft[]>;
  /** Reads one draft without deciding it. */
  draft(clinicId: ClinicId, draftId: string): Promise<OutboxDraft | null>;
  /** Removes and returns a draft; null when another person already decided it. */
  takeDraft(clinicId: ClinicId, draftId: string): Promise<OutboxDraft | null>;
  countDecision(clinicId: ClinicId, intent: ReplyIntent, decision: DraftDecision): Promise<void>;
  outboxStats(clinicId: ClinicId): Promise<OutboxStats>;
}
