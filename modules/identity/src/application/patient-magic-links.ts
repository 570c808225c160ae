import { describeActor, Forbidden, maskPhone, NotFound, roleMay } from '@frontdesk/shared-kernel';
import { isPatientToken, PATIENT_MAGIC_LINK_TTL_SECONDS, patientLinkPath } from '../domain/patient-identity';
import type { CreatedMagicLink, CreateMagicLinkInput, PatientMagicLinks as PatientMagicLinksContract, RedeemMagicLinkInput } from '../index';
import { audit, hashToken, newToken, type IdentityDeps } from './deps';
import { normalizePatientPhone } from './patient-phone';
import { inPatientScope, type PatientSessions } from './patient-sessions';
import { sessionNotFound } from './patient-verification';

/** One answer for unknown, used and expired links, so a link reveals nothing about its past. */
function invalidLink(): NotFound {
  return new NotFound('IDENTITY.MAGIC_LINK_INVALID', 'This sign-in link is not valid any more. Ask the clinic for a new one.');
}

/** Audit target of a link: a prefix of the token's hash, never the token. */
const linkTarget = (tokenHash: string) => `patient-link:${tokenHash.slice(0, 12)}`;

/**
 * Why a redemption failed, for the audit trail only (the caller always gets invalidLink()).
 * GETDEL leaves nothing behind, so a used link cannot be told from one that never existed.
 */
type RedeemFailure = 'malformed token' | 'unknown or already used' | 'expired';

/**
 * Sign-in links for returning patients, made by the front desk: 32 random
 * bytes (only the hash is stored), 15 minutes, single use (GETDEL). Opening
 * one in the web chat verifies that chat session with the link's phone.
 */
export class PatientMagicLinks implements PatientMagicLinksContract {
  constructor(
    private readonly deps: IdentityDeps,
    private readonly sessions: PatientSessions,
  ) {}

  async create(input: CreateMagicLinkInput): Promise<CreatedMagicLink> {
    const { clinicId, actor, requestId } = input;
    if (actor.kind !== 'staff' || actor.clinicId !== clinicId || !roleMay(actor.role, 'patient.magic_link')) {
      throw new Forbidden('Only the front desk of this clinic can send sign-in links', 'IDENTITY.ROLE_FORBIDDEN');
    }
    const phone = normalizePatientPhone(input.phone, await this.deps.phoneRegions.defaultRegion(clinicId));
    const token = newToken();
    const tokenHash = hashToken(token);
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + PATIENT_MAGIC_LINK_TTL_SECONDS * 1000);
    await inPatientScope(this.deps.guard, clinicId, requestId, async () => {
      await this.deps.patientLinks.save(clinicId, tokenHash, { phone, createdBy: describeActor(actor), createdAt: now, expiresAt }, PATIENT_MAGIC_LINK_TTL_SECONDS);
      await audit(this.deps, {
        actor: describeActor(actor),
        action: 'identity.patient_link.create',
        target: linkTarget(tokenHash),
        clinicId,
        outcome: 'success',
        requestId,
        detail: `sign-in link for phone ${maskPhone(phone)}, valid ${PATIENT_MAGIC_LINK_TTL_SECONDS / 60} minutes`,
      });
    });
    const path = patientLinkPath(clinicId, token);
    return { token, expiresAt: expiresAt.toISOString(), path, url: `${this.deps.publicUrl}${path}` };
  }

  async redeem(input: RedeemMagicLinkInput): Promise<{ phone: string }> {
    const { clinicId, sessionId, requestId } = input;
    const tokenHash = hashToken(input.token);
    if (!isPatientToken(input.token)) return this.refuse(input, tokenHash, 'malformed token');
    return inPatientScope(this.deps.guard, clinicId, requestId, async () => {
      // The session is checked first, so a link opened in a dead chat is not used up.
      if (!(await this.sessions.get(clinicId, sessionId))) throw sessionNotFound();
      const link = await this.deps.patientLinks.take(clinicId, tokenHash);
      if (!link) return this.refuse(input, tokenHash, 'unknown or already used');
      if (link.expiresAt <= this.deps.clock.now()) return this.refuse(input, tokenHash, 'expired');
      const session = await this.sessions.markVerified(clinicId, sessionId, link.phone, 'magic_link');
      if (!session) throw sessionNotFound();
      await audit(this.deps, {
        actor: 'anonymous',
        action: 'identity.patient_link.redeem',
        target: linkTarget(tokenHash),
        clinicId,
        outcome: 'success',
        requestId: requestId ?? 'patient-identity',
        detail: `chat session ${sessionId.slice(0, 12)} verified`,
      });
      return { phone: link.phone };
    });
  }

  /** Records the failed redemption (the token's hash prefix, never the token), then answers as for any bad link. */
  private async refuse(input: RedeemMagicLinkInput, tokenHash: string, reason: RedeemFailure): Promise<never> {
    await audit(this.deps, {
      actor: 'anonymous',
      action: 'identity.patient_link.redeem',
      target: linkTarget(tokenHash),
      clinicId: input.clinicId,
      outcome: 'failure',
      requestId: input.requestId ?? 'patient-identity',
      detail: `${reason}; chat session ${input.sessionId.slice(0, 12)}`,
    });
    throw invalidLink();
  }
}
