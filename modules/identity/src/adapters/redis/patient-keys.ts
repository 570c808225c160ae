import { createHash } from 'node:crypto';
import type { ClinicId, TenantGuard } from '@frontdesk/shared-kernel';

/**
 * Key layout of patient identity, all tenant keys in the clinic's hash tag
 * (so the verification script's keys share one cluster slot). Phone numbers
 * appear in key names only as SHA-256:
 *
 * - `t:{clinic}:patient-session:<sessionId>`            hash  createdAt, lastSeenAt, phone, verifiedAt, pendingPhoneHash; TTL = idle window (cut at the absolute end)
 * - `t:{clinic}:patient-verification:<sha256(phone)>`   hash  sessionId, phone, codeHash, expiresAt, wrongTries, createdAt; TTL = code life + grace
 * - `t:{clinic}:patient-verify-rate:phone:<sha256(phone)>`  zset  start times (ms) in the last 15 minutes
 * - `t:{clinic}:patient-verify-rate:session:<sessionId>`    zset  start times (ms) in the last hour
 * - `t:{clinic}:patient-link:<sha256(token)>`           string JSON {phone, createdBy, createdAt, expiresAt}; TTL 15 min, GETDEL
 */
export function phoneKeyPart(phone: string): string {
  return createHash('sha256').update(phone).digest('hex');
}

export class PatientKeys {
  constructor(private readonly guard: TenantGuard) {}

  session(clinicId: ClinicId, sessionId: string): string {
    return this.guard.key(clinicId, 'patient-session', sessionId);
  }

  verification(clinicId: ClinicId, phone: string): string {
    return this.verificationByHash(clinicId, phoneKeyPart(phone));
  }

  verificationByHash(clinicId: ClinicId, phoneHash: string): string {
    return this.guard.key(clinicId, 'patient-verification', phoneHash);
  }

  phoneRate(clinicId: ClinicId, phone: string): string {
    return this.guard.key(clinicId, 'patient-verify-rate', 'phone', phoneKeyPart(phone));
  }

  sessionRate(clinicId: ClinicId, sessionId: string): string {
    return this.guard.key(clinicId, 'patient-verify-rate', 'session', sessionId);
  }

  link(clinicId: ClinicId, tokenHash: string): string {
    return this.guard.key(clinicId, 'patient-link', tokenHash);
  }
}
