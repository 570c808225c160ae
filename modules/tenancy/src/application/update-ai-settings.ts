import type { Actor, ClinicId } from '@frontdesk/shared-kernel';
import type { AiSettingsUpdateInput } from '../index';
import { effectiveAiSettings, validateAiSettings, type AiSettings } from '../domain/catalog';
import type { CatalogEditor } from './catalog-editor';
import { definedOnly } from './catalog-views';

/** An owner changes the assistant's persona, greetings, escalation rules, guardrail mode or human review. */
export class UpdateAiSettings {
  constructor(private readonly editor: CatalogEditor) {}

  async execute(clinicId: ClinicId, input: AiSettingsUpdateInput, actor: Actor, requestId: string): Promise<AiSettings> {
    const { greetings, ...rest } = input;
    return this.editor.change(clinicId, actor, requestId, (state) => {
      const current = effectiveAiSettings(state);
      const settings = validateAiSettings({
        ...current,
        ...definedOnly(rest),
        greetings: { ...current.greetings, ...definedOnly(greetings ?? {}) },
      });
      return {
        mutation: { type: 'putAiSettings', settings },
        audit: { action: 'tenancy.ai_settings.update', target: `ai_settings:${clinicId}`, before: current, after: settings },
        change: { entity: 'ai_settings', change: 'updated', id: null },
        result: settings,
      };
    });
  }
}
