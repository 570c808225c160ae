import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert, FieldError, LoadingState, SuccessNote, TextField, fieldProblems, problemsAt, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import type { SchedulingConfig } from '../../shared/schedule-data';

type Settings = SchedulingConfig['settings'];
type NumberField = Exclude<keyof Settings, 'reminderOffsetsMinutes' | 'approvalServiceIds'>;

const NUMBERS: { field: NumberField; label: string; hint: string }[] = [
  { field: 'minimumNoticeMinutes', label: 'Minimum notice (minutes)', hint: 'Patients and the assistant cannot book sooner than this. Staff can.' },
  { field: 'horizonDays', label: 'Booking horizon (days)', hint: 'How far ahead patients can book.' },
  { field: 'patientCancelCutoffHours', label: 'Cancel cutoff (hours)', hint: 'Patients cannot cancel online this close to the start. Staff can, after confirming.' },
  { field: 'patientRescheduleCutoffHours', label: 'Move cutoff (hours)', hint: 'The same for moving an appointment.' },
  { field: 'holdMinutes', label: 'Hold time (minutes)', hint: "How long a held time waits for a deposit or the patient's answer." },
  { field: 'approvalHoldMinutes', label: 'Approval wait (minutes)', hint: 'How long a request for a service below waits for staff to accept it.' },
  { field: 'waitlistOfferMinutes', label: 'Waitlist offer (minutes)', hint: 'How long a freed time is kept for the next patient on the waitlist.' },
];

const LABELS: Record<string, string> = { reminderOffsetsMinutes: 'Reminders', approvalServiceIds: 'Services that need approval' };
for (const n of NUMBERS) LABELS[n.field] = n.label;

/** "1440, 120" -> "24 h and 2 h before". */
function describeOffsets(offsets: number[]): string {
  if (offsets.length === 0) return 'No reminders.';
  const words = offsets.map((m) => (m % 1440 === 0 ? `${m / 1440} d` : m % 60 === 0 ? `${m / 60} h` : `${m} min`));
  return `${words.join(', ')} before the start.`;
}

function parseOffsets(text: string): number[] | undefined {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isInteger(n)) ? numbers : undefined;
}

/** Owners: the clinic's booking rules (`staff.scheduling.updateSettings`). */
export function BookingRulesSection({ catalog }: { catalog: Catalog }) {
  const trpc = useTRPC();
  const config = useQuery(trpc.staff.scheduling.config.queryOptions());
  return (
    <section className="fd-card" aria-labelledby="rules-heading" aria-busy={config.isPending}>
      <h3 id="rules-heading">Booking rules</h3>
      <p className="fd-muted">What patients and the assistant may do on their own. Staff booking for a patient are not held to notice, horizon or cutoffs.</p>
      {config.isPending && <LoadingState>Loading the booking rules…</LoadingState>}
      {config.isError && <ErrorAlert error={config.error} title="The booking rules could not be loaded." onRetry={() => void config.refetch()} />}
      {config.isSuccess && <RulesForm catalog={catalog} settings={config.data.settings} />}
    </section>
  );
}

function RulesForm({ catalog, settings }: { catalog: Catalog; settings: Settings }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(
    () => Object.fromEntries(NUMBERS.map(({ field }) => [field, String(settings[field])])) as Record<NumberField, string>,
  );
  const [reminders, setReminders] = useState(settings.reminderOffsetsMinutes.join(', '));
  const [approval, setApproval] = useState<string[]>(settings.approvalServiceIds);
  const [local, setLocal] = useState<{ path: string; message: string }[]>([]);
  const save = useMutation(
    trpc.staff.scheduling.updateSettings.mutationOptions({
      onSuccess: (saved) => {
        setReminders(saved.reminderOffsetsMinutes.join(', '));
        return queryClient.invalidateQueries({ queryKey: trpc.staff.scheduling.config.queryKey() });
      },
    }),
  );
  const problems = [...local, ...fieldProblems(save.error)];
  const offsets = parseOffsets(reminders);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: { path: string; message: string }[] = [];
    const patch: Partial<Settings> = {};
    for (const { field } of NUMBERS) {
      const value = Number(numbers[field].trim());
      if (numbers[field].trim() === '' || !Number.isInteger(value)) found.push({ path: field, message: 'Enter a whole number.' });
      else patch[field] = value;
    }
    if (!offsets) found.push({ path: 'reminderOffsetsMinutes', message: 'Enter minutes as whole numbers, separated by commas.' });
    setLocal(found);
    if (found.length > 0) {
      save.reset();
      return;
    }
    save.mutate({ ...patch, reminderOffsetsMinutes: offsets ?? [], approvalServiceIds: approval });
  };

  return (
    <form className="fd-form" onSubmit={submit} noValidate aria-label="Booking rules">
      <div className="fd-grid">
        {NUMBERS.map(({ field, label, hint }) => (
          <TextField
            key={field}
            label={label}
            hint={hint}
            type="number"
            inputMode="numeric"
            name={field}
            value={numbers[field]}
            error={problemsAt(problems, field)}
            onChange={(e) => setNumbers((all) => ({ ...all, [field]: e.target.value }))}
          />
        ))}
        <TextField
          label="Reminders before the start (minutes)"
          hint={offsets ? `Up to 4, e.g. 1440, 120. Now: ${describeOffsets([...offsets].sort((a, b) => b - a))}` : 'Up to 4, e.g. 1440, 120 (24 h and 2 h)'}
          name="reminderOffsetsMinutes"
          autoComplete="off"
          value={reminders}
          error={problemsAt(problems, 'reminderOffsetsMinutes')}
          onChange={(e) => setReminders(e.target.value)}
        />
      </div>
      <fieldset className="fd-fieldset" aria-describedby={problemsAt(problems, 'approvalServiceIds') ? 'approval-error' : undefined}>
        <legend>Services that need approval</legend>
        <p className="fd-hint">Requests for these services are held until a receptionist accepts or declines them on Today. Staff bookings need no approval.</p>
        {catalog.services.length === 0 && <p className="fd-muted">No services yet.</p>}
        {catalog.services.map((service) => (
          <label key={service.id} className="fd-check">
            <input
              type="checkbox"
              checked={approval.includes(service.id)}
              onChange={(e) => setApproval((ids) => (e.target.checked ? [...ids, service.id] : ids.filter((id) => id !== service.id)))}
            />
            <span>
              {service.name}
              {service.nameAr && (
                <>
                  {' '}
                  <span lang="ar" dir="rtl" className="fd-ar">
                    {service.nameAr}
                  </span>
                </>
              )}
            </span>
          </label>
        ))}
        {problemsAt(problems, 'approvalServiceIds') && <FieldError id="approval-error">{problemsAt(problems, 'approvalServiceIds')}</FieldError>}
      </fieldset>
      {(save.isError || local.length > 0) && (
        <ErrorAlert
          error={problems.length > 0 ? 'Some rules need fixing: see the messages next to them.' : save.error}
          title="The booking rules were not saved."
          labels={LABELS}
        />
      )}
      {save.isSuccess && <SuccessNote>Booking rules saved.</SuccessNote>}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save booking rules'}
        </button>
      </div>
    </form>
  );
}
