import { createHash, randomInt } from 'node:crypto';
import { maskPhone, NotFound, RateLimited, type ClinicId } from '@frontdesk/shared-kernel';
import { extractVerificationCode, PATIENT_VERIFICATION_LIMITS as LIMITS } from '../domain/patient-identity';
import type {
  InboundForVerification,
  PatientVerification as PatientVerificationContract,
  StartedVerification,
  StartVerificationInput,
  VerificationMatch,
  VerificationStatus,
} from '../index';
import type { IdentityDeps } from './deps';
import { normalizePatientPhone, senderPhone } from './patient-phone';
import { inPatientScope, type PatientSessions } from './patient-sessions';

export function sessionNotFound(): NotFound {
  return new NotFound('IDENTITY.PATIENT_SESSION_NOT_FOUND', 'This chat session has ended. Reload the page to start again.');
}

/**
 * What Redis keeps instead of the code: SHA-256 over clinic, phone and code.
 * The code is not a secret from the chat (the chat shows it); what it proves
 * is that the number's WhatsApp account sent it. The hash keeps the code out
 * of Redis dumps and MONITOR output all the same.
 */
function codeHashOf(clinicId: ClinicId, phone: string, code: string): string {
  return createHash('sha256').update(`patient-verification\n${clinicId}\n${phone}\n${code}`).digest('hex');
}

/**
 * Click-to-WhatsApp verification. The chat asks for the patient's number,
 * shows a 6-digit code and a wa.me link; the patient sends the code from that
 * number. Pending verifications are keyed by (clinic, typed number), so a
 * message from any other number verifies nothing.
 */
export class PatientVerification implements PatientVerificationContract {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly sessions: PatientSessions,
  ) {}

  async start(input: StartVerificationInput): Promise<StartedVerification> {
    const { clinicId, sessionId, requestId } = input;
    const phone = normalizePatientPhone(input.phone, await this.deps.phoneRegions.defaultRegion(clinicId));
    return inPatientScope(this.deps.guard, clinicId, requestId, async () => {
      if (!(await this.sessions.get(clinicId, sessionId))) throw sessionNotFound();
      const now = this.deps.clock.now();
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const expiresAt = new Date(now.getTime() + LIMITS.codeTtlSeconds * 1000);
      const started = await this.deps.patientVerifications.start({
        clinicId,
        sessionId,
        phone,
        codeHash: codeHashOf(clinicId, phone, code),
        now,
        expiresAt,
        keepSeconds: LIMITS.codeTtlSeconds + LIMITS.expiredGraceSeconds,
        perPhone: LIMITS.perPhone,
        perSession: LIMITS.perSession,
      });
      if (started.outcome === 'no_session') throw sessionNotFound();
      if (started.outcome === 'rate_limited') {
        const minutes = Math.ceil(started.retryAfterSeconds / 60);
        throw new RateLimited(
          'IDENTITY.VERIFICATION_RATE_LIMITED',
          `Too many codes were asked for. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          started.retryAfterSeconds,
        );
      }
      return { phone, code, expiresAt: expiresAt.toISOString() };
    });
  }

  async matchInbound(message: InboundForVerification): Promise<VerificationMatch> {
    const phone = senderPhone(message.sender);
    const code = extractVerificationCode(message.text);
    // Without a code in the text (or a readable sender) it is an ordinary message: no Redis round trip.
    if (!phone || !code) return { matched: false };
    const { clinicId } = message;
    const checked = await inPatientScope(this.deps.guard, clinicId, undefined, () =>
      this.deps.patientVerifications.check(clinicId, phone, codeHashOf(clinicId, phone, code), this.deps.clock.now(), LIMITS.maxWrongTries),
    );
    switch (checked.outcome) {
      case 'none':
        return { matched: false };
      case 'wrong_code':
        return { matched: true, verified: false, reason: 'wrong_code' };
      case 'too_many_tries':
      case 'expired':
        return { matched: true, verified: false, reason: checked.outcome };
      case 'verified': {
        const session = await this.sessions.markVerified(clinicId, checked.sessionId, phone, 'whatsapp');
        // The chat session ended between the code and the reply: nothing to verify any more.
        if (!session) return { matched: true, verified: false, reason: 'expired' };
        return { matched: true, verified: true, sessionId: checked.sessionId, phone };
      }
    }
  }

  async status(clinicId: ClinicId, sessionId: string): Promise<VerificationStatus> {
    return inPatientScope(this.deps.guard, clinicId, undefined, async () => {
      const session = await this.sessions.get(clinicId, sessionId);
      if (!session) return { state: 'none' as const };
      const pending = await this.deps.patientVerifications.pendingFor(clinicId, sessionId);
      if (pending && pending.expiresAt > this.deps.clock.now()) {
        return { state: 'pending' as const, phone: maskPhone(pending.phone), expiresAt: pending.expiresAt.toISOString() };
      }
      if (session.phone) return { state: 'verified' as const, phone: maskPhone(session.phone) };
      return { state: 'none' as const };
    });
  }
}
