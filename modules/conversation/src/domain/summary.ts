import type { TranscriptEntry } from './conversation';
import type { ReplyIntent } from './language';

/** How long a conversation must be silent before its summary is written. */
export const QUIET_MINUTES = 15;

const TOPICS: Partial<Record<ReplyIntent, string>> = {
  book: 'booking',
  reschedule: 'moving an appointment',
  cancel: 'cancelling',
  my_appointments: 'their appointments',
  faq: 'questions',
  verify: 'verifying their phone',
  human: 'asking for a person',
  reminder: 'a reminder',
};

const quote = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
};

/**
 * A short summary for staff of what a quiet conversation was about, written
 * from the transcript alone (no model call): how much the patient wrote, the
 * topics the receptionist's replies were about, whether the clinic team
 * joined, and the patient's last words. Deterministic, so it can be tested and
 * it never states a fact the transcript does not hold.
 */
export function summarizeConversation(lines: readonly TranscriptEntry[]): string {
  const patient = lines.filter((line) => line.author === 'patient');
  const topics = [...new Set(lines.flatMap((line) => (line.author === 'assistant' && line.intent && TOPICS[line.intent] ? [TOPICS[line.intent]!] : [])))];
  const staff = lines.filter((line) => line.author === 'staff').length;
  const parts = [`The patient wrote ${patient.length} message${patient.length === 1 ? '' : 's'}${topics.length ? ` about ${joinList(topics)}` : ''}.`];
  if (staff > 0) parts.push(`The clinic team wrote ${staff} message${staff === 1 ? '' : 's'}.`);
  const last = patient.at(-1);
  if (last) parts.push(`Last from the patient: "${quote(last.text)}"`);
  return parts.join(' ');
}

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
