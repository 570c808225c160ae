import type { ClinicId } from '@frontdesk/shared-kernel';
import type { AiSettings, CatalogState } from '../domain/catalog';
import type { Clinic } from '../domain/clinic';
import type { AnyEntry, EntryCollection } from '../domain/entries';

/** One change to a clinic's catalog. The store applies it whole or not at all. */
export type CatalogMutation =
  | { type: 'putEntry'; collection: EntryCollection; entry: AnyEntry }
  | { type: 'deleteEntry'; collection: EntryCollection; id: string }
  /** The clinic record: profile fields, status and suspension. */
  | { type: 'putClinic'; clinic: Clinic }
  | { type: 'putAiSettings'; settings: AiSettings };

export type CommitResult =
  | { ok: true; revision: number }
  /** `stale`: someone else changed the catalog since `expectedRevision`; `missing`: no such clinic. Nothing was written. */
  | { ok: false; reason: 'stale' | 'missing' };

export interface CatalogStore {
  /** A consistent snapshot of the clinic's catalog; undefined if the clinic does not exist. */
  read(clinicId: ClinicId): Promise<CatalogState | undefined>;
  /** Applies the mutation and bumps the revision, only if the revision is still `expectedRevision`. */
  commit(clinicId: ClinicId, expectedRevision: number, mutation: CatalogMutation): Promise<CommitResult>;
}
