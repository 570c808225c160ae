import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Channel } from '../domain/inbound-message';

/**
 * Who asked the clinic to stop its broadcasts (STOP), per clinic, by address
 * (`phone:+20…`, `messenger:<psid>`, `instagram:<id>`; see domain/opt-out.ts).
 * Only the patient's own START lifts an opt-out.
 */
export interface OptOutStore {
  /** Records the opt-out; false when it was already recorded (the first record is kept). */
  optOut(clinicId: ClinicId, address: string, record: { channel: Channel; at: Date }): Promise<boolean>;
  /** Lifts the opt-out; false when there was none. */
  optIn(clinicId: ClinicId, address: string): Promise<boolean>;
  /** One answer per address, in order. */
  areOptedOut(clinicId: ClinicId, addresses: readonly string[]): Promise<boolean[]>;
}
