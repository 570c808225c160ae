import { createHash } from 'node:crypto';
import type { ClinicId } from '@frontdesk/shared-kernel';
import type { Channel } from '../domain/inbound-message';

/** A conversation id does not reveal the phone or session it belongs to, and is the same from every process. */
export function conversationIdFor(clinicId: ClinicId, channel: Channel, patientKey: string): string {
  const digest = createHash('sha256').update(`${clinicId}\u0000${channel}\u0000${patientKey}`).digest('base64url').slice(0, 22);
  return `${channel}-${digest}`;
}
