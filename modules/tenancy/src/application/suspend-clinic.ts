import { describeActor, type Actor, type Clock, type TenantGuard } from '@frontdesk/shared-kernel';
import type { ClinicProfile, SuspendClinicInput } from '../index';
import { suspendClinic, validateSuspensionReason } from '../domain/clinic';
import type { CatalogEditor } from './catalog-editor';
import { toProfile } from './catalog-views';

/**
 * An operator suspends a clinic. The work runs under crossTenant (a platform
 * audit record with the reason) and the change is audited on the clinic's own
 * trail, where its owners see it. Staff keep their access; the status is
 * readable through ClinicCatalog so the patient chat and the AI can stop.
 */
export class SuspendClinic {
  constructor(
    private readonly editor: CatalogEditor,
    private readonly guard: TenantGuard,
    private readonly clock: Clock,
  ) {}

  async execute(input: SuspendClinicInput, operator: Actor, requestId: string): Promise<ClinicProfile> {
    const reason = validateSuspensionReason(input.reason);
    const { clinicId } = input;
    const by = describeActor(operator);
    return this.guard.crossTenant(`operator console: suspend clinic ${clinicId}: ${reason}`, operator, requestId, () =>
      this.guard.run({ clinicId, actor: operator, requestId }, () =>
        this.editor.change(clinicId, operator, requestId, (state) => {
          const clinic = suspendClinic(state.clinic, { reason, since: this.clock.now(), by });
          return {
            mutation: { type: 'putClinic', clinic },
            audit: {
              action: 'tenancy.clinic.suspend',
              target: `clinic:${clinicId}`,
              before: { status: state.clinic.status },
              after: { status: clinic.status, reason },
              detail: reason,
            },
            change: { entity: 'status', change: 'updated', id: null },
            alsoPublish: () => [{ type: 'ClinicSuspended', clinicId, occurredAt: this.clock.now(), payload: { clinicId, reason, by } }],
            result: toProfile(clinic),
          };
        }),
      ),
    );
  }
}
