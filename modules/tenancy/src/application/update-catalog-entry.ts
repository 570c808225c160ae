import { NotFound, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { entriesOf, type Drafts, type Entries, type EntryCollection, type EntryKind } from '../domain/entries';
import type { CatalogEditor } from './catalog-editor';
import { definedOnly } from './catalog-views';

export type EntryPatch<K extends EntryCollection> = { id: string } & Partial<Drafts[K]>;

/**
 * An owner changes some fields of a branch, doctor, service or FAQ entry. The
 * fields given replace the stored ones (opening hours: the whole week), and
 * the result is checked as a whole, like a new entry.
 */
export class UpdateCatalogEntry<K extends EntryCollection> {
  constructor(
    private readonly kind: EntryKind<K>,
    private readonly editor: CatalogEditor,
  ) {}

  async execute(clinicId: ClinicId, patch: EntryPatch<K>, actor: Actor, requestId: string): Promise<Entries[K]> {
    const { kind } = this;
    const { id, ...changes } = patch;
    return this.editor.change(clinicId, actor, requestId, (state) => {
      const existing = entriesOf(state, kind.collection).find((entry) => entry.id === id);
      if (!existing) throw new NotFound(kind.notFoundCode, `There is no ${kind.label} with id ${id} in this clinic`);
      const draft = { ...kind.toDraft(existing), ...definedOnly(changes) } as Drafts[K];
      const entry = kind.build(id, draft, state);
      return {
        mutation: { type: 'putEntry', collection: kind.collection, entry },
        audit: { action: `tenancy.${kind.entity}.update`, target: `${kind.entity}:${id}`, before: existing, after: entry },
        change: { entity: kind.entity, change: 'updated', id },
        result: entry,
      };
    });
  }
}
