import type { ClinicCatalogSnapshot, ClinicProfile, OperatorClinicView } from '../index';
import { effectiveAiSettings, type CatalogState } from '../domain/catalog';
import type { Clinic } from '../domain/clinic';
import { ENTRY_KINDS } from '../domain/entries';

/** The DTOs the module hands out: plain JSON, ordered for display and prompts. */
export function toProfile(clinic: Clinic): ClinicProfile {
  return {
    id: clinic.id,
    name: clinic.name,
    timezone: clinic.timezone,
    defaultLanguage: clinic.defaultLanguage,
    currency: clinic.currency,
    status: clinic.status,
  };
}

export function toSnapshot(state: CatalogState): ClinicCatalogSnapshot {
  return {
    profile: toProfile(state.clinic),
    status: state.clinic.status,
    revision: state.revision,
    branches: [...state.branches].sort(ENTRY_KINDS.branches.compare),
    doctors: [...state.doctors].sort(ENTRY_KINDS.doctors.compare),
    services: [...state.services].sort(ENTRY_KINDS.services.compare),
    faq: [...state.faq].sort(ENTRY_KINDS.faq.compare),
    aiSettings: effectiveAiSettings(state),
  };
}

export function toOperatorView(state: CatalogState): OperatorClinicView {
  const suspension = state.clinic.suspension;
  return {
    ...toSnapshot(state),
    suspension: suspension ? { reason: suspension.reason, since: suspension.since.toISOString(), by: suspension.by } : null,
  };
}

/** Drops keys whose value is undefined, so a partial update never blanks a field. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
