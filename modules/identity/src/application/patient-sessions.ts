import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';
import {
  cookieValueOf,
  parseCookieValue,
  PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS,
  PATIENT_SESSION_TOUCH_INTERVAL_MS,
  patientSessionExpired,
  patientSessionSecondsLeft,
  type PatientSession,
} from '../domain/patient-identity';
import type { OpenedPatientSession, PatientSessions as PatientSessionsContract, PatientVerificationMethod } from '../index';
import { hashToken, newToken, type IdentityDeps } from './deps';
import { normalizePatientPhone } from './patient-phone';

const SYSTEM_REQUEST = 'patient-identity';

/**
 * Runs `fn` in the clinic's tenant scope: the caller's own scope when it is
 * already that clinic's, otherwise a new one (the cookie or the webhook names
 * the clinic before any scope exists). Inside another clinic's scope the
 * guard refuses, as everywhere.
 */
export function inPatientScope<T>(guard: TenantGuard, clinicId: ClinicId, requestId: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (guard.currentScope()?.clinicId === clinicId) return fn();
  return guard.run({ clinicId, actor: { kind: 'system', id: 'patient-identity' }, requestId: requestId ?? SYSTEM_REQUEST }, fn);
}

/** A cookie is user input: inside another clinic's scope, a cookie naming this clinic is simply no session there. */
function foreignScope(guard: TenantGuard, clinicId: ClinicId): boolean {
  const scope = guard.currentScope();
  return !!scope?.clinicId && scope.clinicId !== clinicId && !scope.crossTenantReason;
}

/**
 * Web-chat sessions of patients. The cookie holds `<clinicId>.<token>`; Redis
 * keeps only sha256(token), which is the session id. A session lives 30 days
 * from its last request and never more than 90 days from its creation.
 */
export class PatientSessions implements PatientSessionsContract {
  constructor(private readonly deps: IdentityDeps) {}

  async open(clinicId: ClinicId, requestId?: string): Promise<OpenedPatientSession> {
    const now = this.deps.clock.now();
    const token = newToken();
    const session: PatientSession = { sessionId: hashToken(token), clinicId, phone: null, verifiedAt: null, createdAt: now, lastSeenAt: now };
    await inPatientScope(this.deps.guard, clinicId, requestId, () => this.deps.patientSessions.create(session, patientSessionSecondsLeft(session, now)));
    return { token, cookieValue: cookieValueOf(clinicId, token), maxAgeSeconds: PATIENT_SESSION_COOKIE_MAX_AGE_SECONDS, session: { ...session } };
  }

  async resolve(cookieValue: string | undefined, requestId?: string): Promise<PatientSession | null> {
    const parsed = parseCookieValue(cookieValue);
    if (!parsed) return null;
    const { clinicId, token } = parsed;
    if (foreignScope(this.deps.guard, clinicId)) return null;
    return inPatientScope(this.deps.guard, clinicId, requestId, async () => {
      const session = await this.live(clinicId, hashToken(token));
      if (!session) return null;
      const now = this.deps.clock.now();
      if (now.getTime() - session.lastSeenAt.getTime() >= PATIENT_SESSION_TOUCH_INTERVAL_MS) {
        const touched = await this.deps.patientSessions.touch(clinicId, session.sessionId, now, patientSessionSecondsLeft(session, now));
        if (!touched) return null;
        session.lastSeenAt = now;
      }
      return session;
    });
  }

  async get(clinicId: ClinicId, sessionId: string): Promise<PatientSession | null> {
    if (!/^[0-9a-f]{64}$/.test(sessionId)) return null;
    return inPatientScope(this.deps.guard, clinicId, undefined, async () => (await this.live(clinicId, sessionId)) ?? null);
  }

  async markVerified(clinicId: ClinicId, sessionId: string, phoneE164: string, method: PatientVerificationMethod = 'direct'): Promise<PatientSession | null> {
    // Any accepted form is stored as E.164; a number with + needs no region.
    const phone = normalizePatientPhone(phoneE164, await this.deps.phoneRegions.defaultRegion(clinicId));
    const verified = await inPatientScope(this.deps.guard, clinicId, undefined, async () => {
      const session = await this.live(clinicId, sessionId);
      if (!session) return null;
      const now = this.deps.clock.now();
      if (!(await this.deps.patientSessions.markVerified(clinicId, sessionId, phone, now))) return null;
      return { ...session, phone, verifiedAt: now };
    });
    if (verified) {
      await this.deps.events.publish({
        type: 'PatientSessionVerified',
        clinicId,
        occurredAt: this.deps.clock.now(),
        payload: { clinicId, sessionId, method },
      });
    }
    return verified;
  }

  async end(cookieValue: string | undefined, requestId?: string): Promise<boolean> {
    const parsed = parseCookieValue(cookieValue);
    if (!parsed || foreignScope(this.deps.guard, parsed.clinicId)) return false;
    const sessionId = hashToken(parsed.token);
    return inPatientScope(this.deps.guard, parsed.clinicId, requestId, async () => {
      const existed = (await this.deps.patientSessions.get(parsed.clinicId, sessionId)) !== undefined;
      await this.deps.patientSessions.delete(parsed.clinicId, sessionId);
      return existed;
    });
  }

  /** The session if it exists and has not run out; one that ran out is deleted. Call inside the clinic's scope. */
  private async live(clinicId: ClinicId, sessionId: string): Promise<PatientSession | undefined> {
    const session = await this.deps.patientSessions.get(clinicId, sessionId);
    if (!session) return undefined;
    if (patientSessionExpired(session, this.deps.clock.now())) {
      await this.deps.patientSessions.delete(clinicId, sessionId);
      return undefined;
    }
    return session;
  }
}
