import type { ClinicId } from '@frontdesk/shared-kernel';
import type { PatientSession } from '../domain/patient-identity';

export interface PatientSessionStore {
  create(session: PatientSession, ttlSeconds: number): Promise<void>;
  get(clinicId: ClinicId, sessionId: string): Promise<PatientSession | undefined>;
  /** Sets lastSeenAt and the TTL, only if the session still exists (an ended session is not brought back). */
  touch(clinicId: ClinicId, sessionId: string, lastSeenAt: Date, ttlSeconds: number): Promise<boolean>;
  /** Records the verified phone, only if the session still exists; false when it is gone. */
  markVerified(clinicId: ClinicId, sessionId: string, phone: string, verifiedAt: Date): Promise<boolean>;
  /** Deletes the session and a pending phone verification that belongs to it. */
  delete(clinicId: ClinicId, sessionId: string): Promise<void>;
}
