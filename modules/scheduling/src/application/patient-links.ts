import { createHash, randomBytes } from 'node:crypto';
import { Conflict, clinicId as toClinicId, isValidId, type ClinicId, type Clock } from '@frontdesk/shared-kernel';
import type { Appointment } from '../ports/appointment-store.port';
import type { PatientLinkStore } from '../ports/patient-link-store.port';
import type { ChangeAppointment, ChangeResult } from './change-appointment';

export type LinkAction = 'confirm' | 'cancel';

const MAX_LINK_SECONDS = 30 * 24 * 3600;

function expired(): Conflict {
  return new Conflict('SCHEDULING.LINK_EXPIRED', 'This link has already been used or is no longer valid');
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Links that let a patient confirm or cancel one appointment without signing in
 * (sent with a booking or a reminder). The token is 32 random bytes; only its
 * hash is stored. A link works once (read-and-delete) and only while the
 * appointment is unchanged: it carries the appointment's version, and any
 * change of state or time raises the version. So an old link can never act on
 * a moved appointment or revive a cancelled one.
 */
export class PatientLinks {
  constructor(
    private readonly links: PatientLinkStore,
    private readonly changes: ChangeAppointment,
    private readonly clock: Clock,
  ) {}

  async issue(appointment: Appointment): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const untilStart = Math.ceil((appointment.start.getTime() - this.clock.now().getTime()) / 1000);
    const ttl = Math.max(60, Math.min(MAX_LINK_SECONDS, untilStart));
    await this.links.save(appointment.clinicId, hashOf(secret), { appointmentId: appointment.id, version: appointment.version, patientRef: appointment.patientRef }, ttl);
    return `${appointment.clinicId}.${secret}`;
  }

  /** What the link's page shows; does not use the link up. */
  async view(token: string): Promise<Appointment> {
    const { clinicId, hash } = parseToken(token);
    const record = await this.links.peek(clinicId, hash);
    if (!record) throw expired();
    const appointment = await this.changes.load(clinicId, { patientRef: record.patientRef }, record.appointmentId);
    if (appointment.version !== record.version) throw expired();
    return appointment;
  }

  async use(token: string, action: LinkAction, requestId: string): Promise<ChangeResult> {
    const { clinicId, hash } = parseToken(token);
    const record = await this.links.take(clinicId, hash);
    if (!record) throw expired();
    const scope = {
      actor: { kind: 'patient' as const, id: record.patientRef, clinicId },
      requestId,
      patientRef: record.patientRef,
      expectedVersion: record.version,
    };
    const input = { appointmentId: record.appointmentId, idempotencyKey: `link:${hash}` };
    return action === 'confirm' ? this.changes.confirm(clinicId, scope, input) : this.changes.cancel(clinicId, scope, input);
  }
}

/** The clinic a link belongs to (its tenant scope), or LINK_EXPIRED for a malformed link. */
export function clinicOfLink(token: string): ClinicId {
  return parseToken(token).clinicId;
}

function parseToken(token: string): { clinicId: ClinicId; hash: string } {
  const dot = token.indexOf('.');
  const clinic = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (dot < 1 || !isValidId(clinic) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) throw expired();
  return { clinicId: toClinicId(clinic), hash: hashOf(secret) };
}
