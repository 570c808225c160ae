import { InvalidInput } from '@frontdesk/shared-kernel';
import type { PatientLanguage } from './language';

/**
 * Broadcasts: one message from the clinic to every patient who agreed to news
 * (`marketing` consent) and did not send STOP. Pure: limits, the text rule,
 * the send plan and the record's shape.
 */

/** The approved WhatsApp template a broadcast goes out as; its body is `{{1}}`, the broadcast's text. */
export const BROADCAST_TEMPLATE = 'clinic_update';

/** At most this many characters (as people count them). WhatsApp allows 1,024 in a template body, with room left for the template's own words. */
export const BROADCAST_TEXT_MAX = 1000;

/**
 * Broadcast messages one clinic sends per minute, at most: one every 3 s.
 * Slow on purpose: Meta rates a number's quality by how recipients react to
 * marketing messages (blocks, reports) and lowers its messaging limit when the
 * quality drops, so a clinic's number should never blast; and a patient who
 * answers STOP to the first messages of a broadcast stops the rest reaching
 * them. 1,000 patients take 50 minutes.
 */
export const BROADCAST_MESSAGES_PER_MINUTE = 20;

/** Milliseconds between two broadcast messages of one clinic at `perMinute`. */
export function broadcastSpacingMs(perMinute: number = BROADCAST_MESSAGES_PER_MINUTE): number {
  if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > 6000) throw new RangeError(`perMinute must be an integer from 1 to 6000, got ${perMinute}`);
  return Math.ceil(60_000 / perMinute);
}

/** When each of `count` messages goes, from `start`, one every `spacingMs`. */
export function sendTimes(start: Date, count: number, spacingMs: number): Date[] {
  return Array.from({ length: count }, (_, i) => new Date(start.getTime() + i * spacingMs));
}

/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * The broadcast's text: trimmed, 1 to BROADCAST_TEXT_MAX characters, no
 * control characters, and no more than 4 line breaks in a row (WhatsApp
 * refuses template parameters with long runs of new lines).
 */
export function validateBroadcastText(raw: string): string {
  const text = raw.trim();
  const invalid = (message: string) => new InvalidInput('CONVERSATION.INVALID_BROADCAST', message, { field: 'text' });
  if (text.length === 0) throw invalid('Write the message: it is empty');
  if (CONTROL.test(text)) throw invalid('The message contains characters that cannot be sent');
  const length = [...text].length;
  if (length > BROADCAST_TEXT_MAX) throw invalid(`The message is too long: ${length} characters, at most ${BROADCAST_TEXT_MAX}`);
  if (/(\r?\n){5,}/.test(text)) throw invalid('The message has too many empty lines in a row: at most 3');
  return text;
}

/** What happened to one recipient. `sending`: handed to the outbound queue, the send's outcome not yet known. */
export type RecipientState = 'queued' | 'sending' | 'skipped' | 'sent' | 'failed';

export interface Broadcast {
  id: string;
  text: string;
  /** The template's language (ar or en). */
  language: PatientLanguage;
  /** The staff account that sent it. */
  createdBy: string;
  createdAt: Date;
  /** Patients it was addressed to when it was created (marketing consent, not opted out). */
  audience: number;
  /** Messages planned: one per recipient. */
  queued: number;
  /** Recipients who, at their turn, had opted out or withdrawn consent: nothing was sent to them. */
  skipped: number;
  sent: number;
  failed: number;
  /** When the first and the last message are due (the clinic's throttle). */
  firstSendAt: Date;
  lastSendAt: Date;
}
