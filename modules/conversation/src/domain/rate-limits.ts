/**
 * Inbound guard policy (issue #5): the three rate limits, written once here, and
 * the apology an over-limit patient receives. Pure data and functions.
 */

export type RateLimitName = 'session' | 'phone' | 'clinic';

export interface RateLimit {
  /** Also the subject the counter is kept for: one chat session, one phone number, one clinic. */
  readonly name: RateLimitName;
  /** Messages accepted per window; the next one in the same window is dropped. */
  readonly max: number;
  readonly windowSeconds: number;
}

/**
 * Checked in this order: the most specific subject first, so a limited message
 * is reported (and apologised for) against the narrowest limit it broke.
 */
export const INBOUND_RATE_LIMITS: readonly RateLimit[] = Object.freeze([
  Object.freeze({ name: 'session', max: 10, windowSeconds: 60 }),
  Object.freeze({ name: 'phone', max: 60, windowSeconds: 60 * 60 }),
  Object.freeze({ name: 'clinic', max: 200, windowSeconds: 60 }),
] as const);

/**
 * How long a provider message id is remembered, so a redelivered webhook is recognised.
 * Meta retries a webhook that was not answered 200 with decreasing frequency, for up to
 * about 7 days on WhatsApp as reported (not confirmed in Meta's own pages: ../shared/VENDORS.md
 * section 1.8), so the id is kept 7 days: a late redelivery is not answered twice, and the
 * longer memory costs one small key per message.
 */
export const INBOUND_DEDUPE_TTL_SECONDS = 7 * 24 * 60 * 60;

export type ApologyLanguage = 'ar' | 'en';

const APOLOGIES: Readonly<Record<ApologyLanguage, string>> = Object.freeze({
  ar: 'نعتذر، لقد وصلتنا رسائل كثيرة في وقت قصير. يُرجى الانتظار قليلاً ثم إعادة إرسال رسالتك، وسنكون سعداء بخدمتك.',
  en: 'Sorry, we have received a lot of messages in a short time. Please wait a moment and send your message again; we will be glad to help.',
});

/** The apology for a dropped message, in the patient's language; Arabic unless English is asked for. */
export function apologyFor(language: ApologyLanguage = 'ar'): string {
  return APOLOGIES[language] ?? APOLOGIES.ar;
}
