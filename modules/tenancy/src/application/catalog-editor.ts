import {
  Conflict,
  describeActor,
  NotFound,
  type Actor,
  type AuditLog,
  type ClinicId,
  type Clock,
  type EventOf,
  type EventPublisher,
} from '@frontdesk/shared-kernel';
import type { CatalogChange, CatalogEntity, TenancyEvents } from '../index';
import type { CatalogState } from '../domain/catalog';
import type { CatalogChangeAnnouncer } from '../ports/catalog-change-announcer.port';
import type { CatalogMutation, CatalogStore } from '../ports/catalog-store.port';

/** What a use case decides to do with the catalog it was shown. */
export interface PlannedChange<R> {
  mutation: CatalogMutation;
  audit: { action: string; target: string; before: unknown; after: unknown; detail?: string };
  change: { entity: CatalogEntity; change: CatalogChange; id: string | null };
  /** Events besides CatalogChanged, built once the write has its revision. */
  alsoPublish?: (revision: number) => EventOf<TenancyEvents>[];
  result: R;
}

/** Each round of contention lets at least one writer through, so this covers ten owners saving at once. */
export const MAX_ATTEMPTS = 10;

/** A few jittered milliseconds, so writers that collided do not collide again in lockstep. */
const pause = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 4 * attempt));

/**
 * The one path every catalog change takes:
 *   read a snapshot -> the use case validates against it and plans the change
 *   -> compare-and-set write on the snapshot's revision (retried on a fresh
 *   snapshot if another change got in first) -> word to every process's
 *   catalog cache -> audit record with before and after -> CatalogChanged
 *   (and any other event), only after the write.
 * A plan that changes nothing writes, audits and publishes nothing.
 * Not a use case itself: the use cases share it.
 */
export class CatalogEditor {
  constructor(
    private readonly store: CatalogStore,
    private readonly auditLog: AuditLog,
    private readonly events: EventPublisher<TenancyEvents>,
    private readonly clock: Clock,
    private readonly changes?: CatalogChangeAnnouncer,
  ) {}

  async change<R>(clinicId: ClinicId, actor: Actor, requestId: string, plan: (state: CatalogState) => PlannedChange<R>): Promise<R> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const state = await this.store.read(clinicId);
      if (!state) throw new NotFound('TENANCY.CLINIC_NOT_FOUND', `No clinic with id ${clinicId}`);
      const planned = plan(state);
      if (JSON.stringify(planned.audit.before) === JSON.stringify(planned.audit.after)) return planned.result;

      const committed = await this.store.commit(clinicId, state.revision, planned.mutation);
      if (!committed.ok) {
        if (committed.reason === 'missing') throw new NotFound('TENANCY.CLINIC_NOT_FOUND', `No clinic with id ${clinicId}`);
        await pause(attempt);
        continue;
      }
      await this.changes?.announce(clinicId);

      const at = this.clock.now();
      await this.auditLog.append({
        actor: describeActor(actor),
        action: planned.audit.action,
        target: planned.audit.target,
        clinicId,
        at,
        outcome: 'success',
        requestId,
        ...(planned.audit.detail ? { detail: planned.audit.detail } : {}),
        changes: { before: planned.audit.before, after: planned.audit.after },
      });
      await this.events.publish({
        type: 'CatalogChanged',
        clinicId,
        occurredAt: at,
        payload: { clinicId, ...planned.change, revision: committed.revision },
      });
      for (const event of planned.alsoPublish?.(committed.revision) ?? []) await this.events.publish(event);
      return planned.result;
    }
    throw new Conflict('TENANCY.CONCURRENT_EDIT', 'The catalog was changed by someone else while saving. Reload it and try again');
  }
}
