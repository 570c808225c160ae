import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ErrorAlert, SuccessNote, TextArea, TextField, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { REVIEW_MODES } from '../../shared/review-modes';
import { useRefreshCatalog } from './catalog';

type AiSettings = Catalog['aiSettings'];

const FIELDS = {
  personaName: "Assistant's name",
  'greetings.en': 'English greeting',
  'greetings.ar': 'Arabic greeting',
  escalationRules: 'Escalation rules',
  guardrailMode: 'Guardrails',
  humanReview: 'Human review',
} as const;
/** Field paths the server names in its messages -> the labels on the form. */
const LABELS: Record<string, string> = { ...FIELDS };
for (let i = 0; i < 50; i++) LABELS[`escalationRules.${i}`] = `Escalation rule ${i + 1}`;

const GUARDRAIL_MODES: { value: AiSettings['guardrailMode']; label: string; hint: string }[] = [
  { value: 'log', label: 'Record only', hint: 'Replies that break a guardrail are sent and recorded for review.' },
  { value: 'enforce', label: 'Block', hint: 'Replies that break a guardrail are not sent; a person takes over.' },
];

/** Owners (ai_settings.edit): how the assistant introduces itself, when it hands over, how strictly it is checked. */
export function AiSection({ catalog }: { catalog: Catalog }) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const current = catalog.aiSettings;
  const [personaName, setPersonaName] = useState(current.personaName);
  const [greetingEn, setGreetingEn] = useState(current.greetings.en);
  const [greetingAr, setGreetingAr] = useState(current.greetings.ar);
  const [rules, setRules] = useState(current.escalationRules.join('\n'));
  const [guardrailMode, setGuardrailMode] = useState(current.guardrailMode);
  const [humanReview, setHumanReview] = useState(current.humanReview);
  const save = useMutation(trpc.staff.tenancy.updateAiSettings.mutationOptions({ onSuccess: () => refresh() }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      personaName,
      greetings: { en: greetingEn, ar: greetingAr },
      escalationRules: rules
        .split('\n')
        .map((r) => r.trim())
        .filter(Boolean),
      guardrailMode,
      humanReview,
    });
  };

  return (
    <section className="fd-card" aria-labelledby="ai-heading">
      <h3 id="ai-heading">AI assistant</h3>
      <form className="fd-form" onSubmit={submit} noValidate>
        <TextField label={FIELDS.personaName} hint="How the assistant introduces itself, e.g. Nour" name="persona-name" autoComplete="off" value={personaName} onChange={(e) => setPersonaName(e.target.value)} style={{ maxInlineSize: '20rem' }} />
        <div className="fd-grid">
          <TextArea label={FIELDS['greetings.en']} name="greeting-en" lang="en" rows={3} value={greetingEn} onChange={(e) => setGreetingEn(e.target.value)} />
          <TextArea label={FIELDS['greetings.ar']} name="greeting-ar" lang="ar" dir="rtl" rows={3} value={greetingAr} onChange={(e) => setGreetingAr(e.target.value)} />
        </div>
        <TextArea
          label={FIELDS.escalationRules}
          hint="One per line: topics or phrases that hand the conversation to a person, e.g. chest pain, complaint, refund."
          name="escalation-rules"
          rows={5}
          value={rules}
          onChange={(e) => setRules(e.target.value)}
        />
        <fieldset className="fd-fieldset">
          <legend>{FIELDS.guardrailMode}</legend>
          {GUARDRAIL_MODES.map((mode) => (
            <label key={mode.value} className="fd-check">
              <input type="radio" name="guardrail-mode" value={mode.value} checked={guardrailMode === mode.value} onChange={() => setGuardrailMode(mode.value)} />
              <span className="fd-check-text">
                <span className="fd-strong">{mode.label}</span>
                <span className="fd-hint">{mode.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="fd-fieldset">
          <legend>{FIELDS.humanReview}</legend>
          {REVIEW_MODES.map((mode) => (
            <label key={mode.value} className="fd-check">
              <input type="radio" name="human-review" value={mode.value} checked={humanReview === mode.value} onChange={() => setHumanReview(mode.value)} />
              <span className="fd-check-text">
                <span className="fd-strong">{mode.label}</span>
                <span className="fd-hint">{mode.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {save.isError && <ErrorAlert error={save.error} labels={LABELS} />}
        {save.isSuccess && <SuccessNote>Saved. The assistant uses the new settings from its next reply.</SuccessNote>}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save assistant settings'}
          </button>
        </div>
      </form>
    </section>
  );
}
