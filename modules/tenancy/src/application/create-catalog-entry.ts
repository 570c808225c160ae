import type { Actor, ClinicId, IdGenerator } from '@frontdesk/shared-kernel';
import { assertRoomFor } from '../domain/catalog';
import type { Drafts, Entries, EntryCollection, EntryKind } from '../domain/entries';
import type { CatalogEditor } from './catalog-editor';

/** An owner adds a branch, doctor, service or FAQ entry (one instance per kind, see the container). */
export class CreateCatalogEntry<K extends EntryCollection> {
  constructor(
    private readonly kind: EntryKind<K>,
    private readonly editor: CatalogEditor,
    private readonly ids: IdGenerator,
  ) {}

  async execute(clinicId: ClinicId, draft: Drafts[K], actor: Actor, requestId: string): Promise<Entries[K]> {
    const { kind } = this;
    const id = this.ids.next(kind.idPrefix);
    return this.editor.change(clinicId, actor, requestId, (state) => {
      assertRoomFor(kind.collection, state);
      const entry = kind.build(id, draft, state);
      return {
        mutation: { type: 'putEntry', collection: kind.collection, entry },
        audit: { action: `tenancy.${kind.entity}.create`, target: `${kind.entity}:${id}`, before: null, after: entry },
        change: { entity: kind.entity, change: 'created', id },
        result: entry,
      };
    });
  }
}
