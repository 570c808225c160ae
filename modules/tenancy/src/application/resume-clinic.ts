import { describeActor, type Actor, type Clock, type TenantGuard } from '@frontdesk/shared-kernel';
import type { ClinicProfile, ResumeClinicInput } from '../index';
import { resumeClinic } from '../domain/clinic';
import type { CatalogEditor } from './catalog-editor';
import { toProfile } from './catalog-views';

/** An operator lifts a suspension; audited like the suspension (platform trail via crossTenant, and the clinic's trail). */
export class ResumeClinic {
  constructor(
    private readonly editor: CatalogEditor,
    private readonly guard: TenantGuard,
    private readonly clock: Clock,
  ) {}

  async execute(input: ResumeClinicInput, operator: Actor, requestId: string): Promise<ClinicProfile> {
    const { clinicId } = input;
    const note = input.note?.trim().slice(0, 500) || undefined;
    const by = describeActor(operator);
    return this.guard.crossTenant(`operator console: resume clinic ${clinicId}${note ? `: ${note}` : ''}`, operator, requestId, () =>
      this.guard.run({ clinicId, actor: operator, requestId }, () =>
        this.editor.change(clinicId, operator, requestId, (state) => {
          const clinic = resumeClinic(state.clinic);
          return {
            mutation: { type: 'putClinic', clinic },
            audit: {
              action: 'tenancy.clinic.resume',
              target: `clinic:${clinicId}`,
              before: { status: state.clinic.status, reason: state.clinic.suspension?.reason ?? null },
              after: { status: clinic.status },
              ...(note ? { detail: note } : {}),
            },
            change: { entity: 'status', change: 'updated', id: null },
            alsoPublish: () => [{ type: 'ClinicResumed', clinicId, occurredAt: this.clock.now(), payload: { clinicId, by } }],
            result: toProfile(clinic),
          };
        }),
      ),
    );
  }
}
