import type { Actor, ClinicId } from '@frontdesk/shared-kernel';
import type { ClinicProfile, UpdateProfileInput } from '../index';
import { assertCurrencyChangeable } from '../domain/catalog';
import { validateProfileFields, type Clinic } from '../domain/clinic';
import type { CatalogEditor } from './catalog-editor';
import { definedOnly, toProfile } from './catalog-views';

/** An owner renames the clinic or changes its time zone, default language or currency. */
export class UpdateClinicProfile {
  constructor(private readonly editor: CatalogEditor) {}

  async execute(clinicId: ClinicId, input: UpdateProfileInput, actor: Actor, requestId: string): Promise<ClinicProfile> {
    return this.editor.change(clinicId, actor, requestId, (state) => {
      const current = state.clinic;
      const fields = validateProfileFields({
        name: current.name,
        timezone: current.timezone,
        defaultLanguage: current.defaultLanguage,
        currency: current.currency,
        ...definedOnly(input),
      });
      assertCurrencyChangeable(state, fields.currency);
      const clinic: Clinic = { ...current, ...fields };
      return {
        mutation: { type: 'putClinic', clinic },
        audit: { action: 'tenancy.profile.update', target: `clinic:${clinicId}`, before: toProfile(current), after: toProfile(clinic) },
        change: { entity: 'profile', change: 'updated', id: null },
        result: toProfile(clinic),
      };
    });
  }
}
