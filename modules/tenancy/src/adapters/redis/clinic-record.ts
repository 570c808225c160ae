import type { ClinicId } from '@frontdesk/shared-kernel';
import { DEFAULT_CURRENCY, type Clinic, type ClinicLanguage } from '../../domain/clinic';

/**
 * The clinic record is the hash `t:{<clinicId>}:clinic`. Clinics registered
 * before currency and status existed have neither field: they read as EGP
 * and active.
 */
export const SUSPENSION_FIELDS = ['suspensionReason', 'suspendedAt', 'suspendedBy'] as const;

/** Field/value pairs for HSET, and the fields to HDEL (the suspension, once lifted). */
export function clinicToHash(clinic: Clinic): { set: string[]; unset: string[] } {
  const set = [
    'id', clinic.id,
    'name', clinic.name,
    'timezone', clinic.timezone,
    'defaultLanguage', clinic.defaultLanguage,
    'currency', clinic.currency,
    'status', clinic.status,
    'createdAt', clinic.createdAt.toISOString(),
  ];
  if (!clinic.suspension) return { set, unset: [...SUSPENSION_FIELDS] };
  set.push(
    'suspensionReason', clinic.suspension.reason,
    'suspendedAt', clinic.suspension.since.toISOString(),
    'suspendedBy', clinic.suspension.by,
  );
  return { set, unset: [] };
}

export function clinicFromHash(id: ClinicId, fields: Record<string, string>): Clinic | undefined {
  if (!fields.id || !fields.name) return undefined;
  const suspended = fields.status === 'suspended';
  return {
    id,
    name: fields.name,
    timezone: fields.timezone ?? 'UTC',
    defaultLanguage: (fields.defaultLanguage as ClinicLanguage | undefined) ?? 'en',
    currency: fields.currency ?? DEFAULT_CURRENCY,
    status: suspended ? 'suspended' : 'active',
    suspension: suspended
      ? { reason: fields.suspensionReason ?? '', since: new Date(fields.suspendedAt ?? 0), by: fields.suspendedBy ?? '' }
      : null,
    createdAt: new Date(fields.createdAt ?? 0),
  };
}
