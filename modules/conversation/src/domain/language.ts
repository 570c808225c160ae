/** The patient's language for a turn. Arabic means Egyptian Arabic. */
export type PatientLanguage = 'ar' | 'en';

/**
 * What a reply intends; the outbox counts approvals per intent, so an owner
 * sees for which kinds of reply the AI has earned auto-send. `reminder` marks
 * reminder lines, so a "1"/"2" reply is read as an answer to them.
 */
export const REPLY_INTENTS = ['greeting', 'faq', 'book', 'reschedule', 'cancel', 'my_appointments', 'verify', 'human', 'reminder', 'other'] as const;
export type ReplyIntent = (typeof REPLY_INTENTS)[number];
