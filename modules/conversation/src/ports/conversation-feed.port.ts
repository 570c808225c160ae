import type { ClinicId } from '@frontdesk/shared-kernel';
import type { ConversationMode, TranscriptEntry } from '../domain/conversation';

/** What the patient's chat and the staff inbox hear about a conversation, live. */
export type ConversationEvent =
  | { type: 'line'; conversationId: string; line: TranscriptEntry }
  | { type: 'typing'; conversationId: string; on: boolean }
  | { type: 'mode'; conversationId: string; mode: ConversationMode }
  | { type: 'verified'; conversationId: string }
  | { type: 'delivery'; conversationId: string; lineId: string; status: string }
  | { type: 'draft'; conversationId: string; draftId: string };

/**
 * Live events, across every server process (Redis pub/sub): the patient's chat
 * hears its own conversation; the clinic's inbox hears all of the clinic's.
 * Fire and forget: the transcript in Redis is the record, events only tell
 * screens to show it sooner.
 */
export interface ConversationFeed {
  publish(clinicId: ClinicId, event: ConversationEvent): Promise<void>;
  /** Events of one conversation (patient chat). Returns the unsubscribe function. */
  subscribeConversation(clinicId: ClinicId, conversationId: string, listener: (event: ConversationEvent) => void): Promise<() => Promise<void>>;
  /** Events of every conversation of the clinic (staff inbox). */
  subscribeClinic(clinicId: ClinicId, listener: (event: ConversationEvent) => void): Promise<() => Promise<void>>;
}
