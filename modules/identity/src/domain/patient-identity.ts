import { clinicId as toClinicId, isValidId, toAsciiDigits, type Actor, type ClinicId } from '@frontdesk/shared-kernel';

/**
 * Patient identity for the web chat: an anonymous browser session per clinic,
 * verified later with the patient's WhatsApp number (click-to-WhatsApp code)
 * or a magic link from the front desk. Pure rules only; Redis is in adapters/.
 */

/** A patient session ends after this many days without a request... */
export const PATIENT_SESSION_IDLE_DAYS = 30;
/** ...and this many days after it was opened, however active it is. */
export const PATIENT_SESSION_MAX_DAYS = 90;
/** Logical cookie name; the HTTP host adds __Host-, Secure, HttpOnly, SameSite=Lax and the HMAC signature. */
export const PATIENT_SESSION_COOKIE = 'patient_session';

/** Click-to-WhatsApp verification and magic links, as numbers the tests pin. */
export const PATIENT_VERIFICATION_LIMITS = {
  /** A code works for 5 minutes. */
  codeTtlSeconds: 5 * 60,
  /** After the code expired its record is kept this much longer, so a late reply gets "expired" rather than silence. */
  expiredGraceSeconds: 15 * 60,
  /** The 5th wrong code deletes the pending verification. */
  maxWrongTries: 5,
  /** At most 3 codes per phone number per 15 minutes (in one clinic)... */
  perPhone: { max: 3, windowSeconds: 15 * 60 },
  /** ...and 5 per chat session per hour. */
  perSession: { max: 5, windowSeconds: 60 * 60 },
  /** A reply longer than this is an ordinary message even if it holds 6 digits. */
  maxReplyLength: 160,
} as const;

export const PATIENT_MAGIC_LINK_TTL_SECONDS = 15 * 60;

/** Where a sign-in link opens the web chat. The token is in the fragment, so it never reaches a server or proxy log. */
export function patientLinkPath(clinicId: ClinicId, token: string): string {
  return `/chat/?clinic=${encodeURIComponent(clinicId)}#link=${token}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute per session, so reads stay reads. */
export const PATIENT_SESSION_TOUCH_INTERVAL_MS = 60_000;

/** What the host and the conversation module see of a patient session. */
export interface PatientSession {
  /** SHA-256 (hex) of the cookie token: what Redis stores and other modules keep. */
  sessionId: string;
  clinicId: ClinicId;
  /** E.164, once verified. */
  phone: string | null;
  verifiedAt: Date | null;
  createdAt: Date;
  lastSeenAt: Date;
}

export function patientSessionExpired(session: Pick<PatientSession, 'createdAt' | 'lastSeenAt'>, now: Date): boolean {
  const absoluteEnd = session.createdAt.getTime() + PATIENT_SESSION_MAX_DAYS * DAY_MS;
  const idleEnd = session.lastSeenAt.getTime() + PATIENT_SESSION_IDLE_DAYS * DAY_MS;
  return now.getTime() >= Math.min(absoluteEnd, idleEnd);
}

/** Seconds until the session would expire if unused from `now`: the Redis TTL (idle window, cut at the absolute end). */
export function patientSessionSecondsLeft(session: Pick<PatientSession, 'createdAt'>, now: Date): number {
  const absoluteEnd = session.createdAt.getTime() + PATIENT_SESSION_MAX_DAYS * DAY_MS;
  const idleEnd = now.getTime() + PATIENT_SESSION_IDLE_DAYS * DAY_MS;
  return Math.max(1, Math.ceil((Math.min(absoluteEnd, idleEnd) - now.getTime()) / 1000));
}

/** Browser cookie lifetime: the absolute limit. The server-side record decides earlier ends. */
export const PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS = PATIENT_SESSION_MAX_DAYS * 24 * 60 * 60;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** `<clinicId>.<token>`: the clinic names the tenant scope to look the session up in. */
export function cookieValueOf(clinicId: ClinicId, token: string): string {
  return `${clinicId}.${token}`;
}

/** The clinic and token of a cookie value, or null for anything malformed. */
export function parseCookieValue(value: string | undefined | null): { clinicId: ClinicId; token: string } | null {
  if (typeof value !== 'string') return null;
  const dot = value.indexOf('.');
  if (dot < 1) return null;
  const clinic = value.slice(0, dot);
  const token = value.slice(dot + 1);
  if (!isValidId(clinic) || !TOKEN.test(token)) return null;
  return { clinicId: toClinicId(clinic), token };
}

export function isPatientToken(token: string): boolean {
  return TOKEN.test(token);
}

/** The actor of a verified session (id = E.164 phone, as scheduling's patient procedures expect); null before verification. */
export function patientActorOf(session: Pick<PatientSession, 'clinicId' | 'phone'>): Extract<Actor, { kind: 'patient' }> | null {
  return session.phone ? { kind: 'patient', id: session.phone, clinicId: session.clinicId } : null;
}


const SIX_DIGITS = /(?<!\d)\d{6}(?!\d)/;

/**
 * The verification code in a WhatsApp reply: the first run of exactly 6
 * digits (Western, Arabic-Indic or Persian) anywhere in a short message,
 * e.g. "Code: 123456" or "رمز التحقق ١٢٣٤٥٦". Null when there is none or the
 * message is too long to be a reply to the code.
 */
export function extractVerificationCode(text: string): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > PATIENT_VERIFICATION_LIMITS.maxReplyLength) return null;
  return SIX_DIGITS.exec(toAsciiDigits(trimmed))?.[0] ?? null;
}
