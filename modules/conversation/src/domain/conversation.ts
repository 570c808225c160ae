import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Channel } from './inbound-message';
import type { PatientLanguage, ReplyIntent } from './language';

/**
 * One patient's thread with one clinic on one channel. Who answers is the
 * conversation's `mode`: the AI, or a person who took it over. The mode is
 * checked inside the same Redis script that stores an AI reply, so a takeover
 * stops the AI from every process at once.
 */
export type ConversationMode = 'ai' | 'human';

export interface Conversation {
  id: string;
  clinicId: ClinicId;
  channel: Channel;
  /** WhatsApp: the sender's E.164 phone; web: the chat session id; Messenger/Instagram: the page-scoped id. */
  patientKey: string;
  /** The verified phone (E.164) or null: WhatsApp senders are verified by Meta, web chat by click-to-WhatsApp. */
  phone: string | null;
  displayName: string | null;
  mode: ConversationMode;
  /** The staff account that took it over. */
  takenOverBy: string | null;
  language: PatientLanguage;
  createdAt: Date;
  lastMessageAt: Date;
  /** The patient's last message: WhatsApp's 24-hour customer-service window runs from here. */
  lastInboundAt: Date | null;
  /** The first line of the last message, for the activity feed. */
  preview: string;
  /** A guardrail flagged medical advice or the patient asked for a person: staff should look. */
  needsAttention: boolean;
  /** The model's memory between turns (JSON). */
  modelState: Record<string, unknown>;
  /** What the conversation was about, written once it went quiet. */
  summary: string | null;
  /** When the pending summary job runs; null when none is pending. */
  summaryDueAt: Date | null;
}

export type LineAuthor = 'patient' | 'assistant' | 'staff' | 'system';

export interface TranscriptEntry {
  /** The Redis stream id: time-ordered and unique in the conversation. */
  id: string;
  author: LineAuthor;
  text: string;
  at: Date;
  /** Staff account id for staff lines. */
  by?: string;
  /** For outbound lines on provider channels: sent, delivered, read, failed. */
  delivery?: string;
  intent?: ReplyIntent;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
const LATIN = /[A-Za-z]/;

/** The language a message is written in; `fallback` when it has no letters (digits, emoji). */
export function languageOf(text: string, fallback: PatientLanguage): PatientLanguage {
  if (ARABIC.test(text)) return 'ar';
  if (LATIN.test(text)) return 'en';
  return fallback;
}

/** WhatsApp's customer-service window: free text may go out only this long after the patient's last message. */
export const WHATSAPP_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function insideServiceWindow(conversation: Pick<Conversation, 'channel' | 'lastInboundAt'>, now: Date): boolean {
  if (conversation.channel !== 'whatsapp' && conversation.channel !== 'messenger' && conversation.channel !== 'instagram') return true;
  return conversation.lastInboundAt !== null && now.getTime() - conversation.lastInboundAt.getTime() < WHATSAPP_SERVICE_WINDOW_MS;
}

/** The first line, shortened, for the feed. */
export function previewOf(text: string): string {
  const first = text.split('\n')[0]!.trim();
  return first.length > 120 ? `${first.slice(0, 119)}…` : first;
}
