import {
  clinicRoleOf,
  describeActor,
  Forbidden,
  NotFound,
  type Actor,
  type AuditLog,
  type AuditOutcome,
  type ClinicId,
  type Clock,
  type IdGenerator,
} from '@frontdesk/shared-kernel';
import { mayAccessClinical, type PatientProfile } from '../domain/patient';
import type { PatientDirectory } from '../ports/patient-directory.port';
import { parsePhone, type ParsedPhone, type PhoneRegionSource } from './phone';

/** What every patient use case needs; the container builds one and hands it to each. */
export interface PatientDeps {
  directory: PatientDirectory;
  /** The clinic's default phone region: `010...` means `+2010...` in EG. */
  regions: PhoneRegionSource;
  auditLog: AuditLog;
  clock: Clock;
  ids: IdGenerator;
  /** Which patients an actor may see (doctors: their own). Absent: everyone in the clinic. */
  visibility?: PatientVisibility;
}

export interface PatientVisibility {
  mayViewPatient(clinicId: ClinicId, actor: Actor, phone: string): Promise<boolean>;
}

export async function phoneOf(deps: PatientDeps, clinicId: ClinicId, raw: string): Promise<ParsedPhone> {
  return parsePhone(raw, await deps.regions.defaultRegion(clinicId));
}

export function patientNotFound(): NotFound {
  return new NotFound('SCHEDULING.PATIENT_NOT_FOUND', 'There is no patient with this phone number in this clinic');
}

export async function requireProfile(deps: PatientDeps, clinicId: ClinicId, phone: string): Promise<PatientProfile> {
  const profile = await deps.directory.getProfile(clinicId, phone);
  if (!profile) throw patientNotFound();
  return profile;
}

/** A profile the actor may see; a patient outside a doctor's own reads as not found. */
export async function requireVisibleProfile(deps: PatientDeps, clinicId: ClinicId, actor: Actor, phone: string): Promise<PatientProfile> {
  const profile = await requireProfile(deps, clinicId, phone);
  if (deps.visibility && !(await deps.visibility.mayViewPatient(clinicId, actor, phone))) throw patientNotFound();
  return profile;
}

/** One audit record about a patient. The target is the opaque patient id: no phone numbers or clinical text in the trail. */
export async function auditPatient(
  deps: PatientDeps,
  record: {
    clinicId: ClinicId;
    actor: Actor;
    requestId: string;
    action: string;
    patientId: string;
    outcome?: AuditOutcome;
    detail?: string;
    changes?: { before: unknown; after: unknown };
  },
): Promise<void> {
  await deps.auditLog.append({
    actor: describeActor(record.actor),
    action: record.action,
    target: `patient:${record.patientId}`,
    clinicId: record.clinicId,
    at: deps.clock.now(),
    outcome: record.outcome ?? 'success',
    requestId: record.requestId,
    ...(record.detail ? { detail: record.detail } : {}),
    ...(record.changes ? { changes: record.changes } : {}),
  });
}

/**
 * Clinical data is for roles that may `clinical.view` (owner, doctor), never
 * the AI agent or a patient. Checked before anything is read. A refused
 * attempt is audited as `denied` (target: the patient id when the number has
 * a record) and throws Forbidden `SCHEDULING.CLINICAL_FORBIDDEN`, whether or
 * not the patient exists.
 */
export async function requireClinicalAccess(
  deps: PatientDeps,
  scope: { clinicId: ClinicId; actor: Actor; requestId: string; action: string; phone: string },
): Promise<void> {
  if (mayAccessClinical(clinicRoleOf(scope.actor))) return;
  const profile = await deps.directory.getProfile(scope.clinicId, scope.phone);
  await auditPatient(deps, {
    clinicId: scope.clinicId,
    actor: scope.actor,
    requestId: scope.requestId,
    action: scope.action,
    patientId: profile?.id ?? 'unknown',
    outcome: 'denied',
    detail: 'role may not access clinical data',
  });
  throw new Forbidden('Only doctors and owners can see or change allergies and clinical notes', 'SCHEDULING.CLINICAL_FORBIDDEN');
}
