import { NotFound, type Actor, type ClinicId } from '@frontdesk/shared-kernel';
import { entriesOf, type EntryCollection, type EntryKind } from '../domain/entries';
import type { CatalogEditor } from './catalog-editor';

/** An owner removes a branch (only when no doctor works there), doctor, service or FAQ entry. */
export class DeleteCatalogEntry<K extends EntryCollection> {
  constructor(
    private readonly kind: EntryKind<K>,
    private readonly editor: CatalogEditor,
  ) {}

  async execute(clinicId: ClinicId, id: string, actor: Actor, requestId: string): Promise<{ id: string; deleted: true }> {
    const { kind } = this;
    return this.editor.change(clinicId, actor, requestId, (state) => {
      const existing = entriesOf(state, kind.collection).find((entry) => entry.id === id);
      if (!existing) throw new NotFound(kind.notFoundCode, `There is no ${kind.label} with id ${id} in this clinic`);
      kind.assertDeletable(id, state);
      return {
        mutation: { type: 'deleteEntry', collection: kind.collection, id },
        audit: { action: `tenancy.${kind.entity}.delete`, target: `${kind.entity}:${id}`, before: existing, after: null },
        change: { entity: kind.entity, change: 'deleted', id },
        result: { id, deleted: true as const },
      };
    });
  }
}
