import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert, PageTitle, RouteLink, SelectField, SuccessNote, TextField, useTRPC } from '@frontdesk/web-common';
import { InviteOwnerForm } from './invite-owner-form';

const LABELS = { clinicId: 'Clinic id', name: 'Name', timezone: 'Time zone', defaultLanguage: 'Default language', currency: 'Currency' };
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'ar', label: 'Arabic (العربية)' },
] as const;

/** "Nile Dental Care" -> "nile-dental-care": a suggestion for the id while it is untouched. */
function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** Register a clinic, then invite its first owner. */
export function NewClinicPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const zones = useMemo(timeZones, []);
  const [name, setName] = useState('');
  const [clinicId, setClinicId] = useState('');
  const [idTouched, setIdTouched] = useState(false);
  const [timezone, setTimezone] = useState('Africa/Cairo');
  const [defaultLanguage, setLanguage] = useState<'en' | 'ar'>('en');
  const [currency, setCurrency] = useState('EGP');
  const register = useMutation(
    trpc.admin.tenancy.registerClinic.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.tenancy.listClinics.queryKey() }),
    }),
  );
  const id = idTouched ? clinicId : slug(name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate({ clinicId: id, name, timezone, defaultLanguage, currency: currency.trim().toUpperCase() });
  };

  if (register.isSuccess) {
    const clinic = register.data;
    return (
      <>
        <PageTitle documentTitle="Invite the owner · Operator console · Frontdesk">Invite the owner of {clinic.name}</PageTitle>
        <SuccessNote>
          {clinic.name} is registered with the id <code>{clinic.id}</code>.
        </SuccessNote>
        <section className="fd-card" aria-labelledby="owner-heading">
          <h3 id="owner-heading">Owner</h3>
          <InviteOwnerForm clinicId={clinic.id} clinicName={clinic.name} />
        </section>
        <p className="fd-actions">
          <RouteLink to={`/clinics/${encodeURIComponent(clinic.id)}`} className="fd-button fd-button-quiet">
            Open the clinic
          </RouteLink>
          <button type="button" className="fd-button fd-button-quiet" onClick={() => register.reset()}>
            Create another clinic
          </button>
        </p>
      </>
    );
  }

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="New clinic · Operator console · Frontdesk">New clinic</PageTitle>
        <p className="fd-muted">The owner completes the catalog (branches, doctors, services) after accepting the invitation.</p>
      </div>
      <section className="fd-card" aria-labelledby="clinic-form-heading">
        <h3 id="clinic-form-heading">Clinic</h3>
        <form className="fd-form" onSubmit={submit} noValidate>
          <div className="fd-grid">
            <TextField label={LABELS.name} name="clinic-name" autoComplete="off" required value={name} onChange={(e) => setName(e.target.value)} />
            <TextField
              label={LABELS.clinicId}
              hint="Lowercase letters, digits, - and _; used in links. Cannot change later."
              name="clinic-id"
              autoComplete="off"
              spellCheck={false}
              required
              value={id}
              onChange={(e) => {
                setIdTouched(true);
                setClinicId(e.target.value);
              }}
            />
            <TextField
              label={LABELS.timezone}
              hint="IANA name, e.g. Africa/Cairo"
              name="timezone"
              list="fd-time-zones"
              autoComplete="off"
              required
              value={timezone}
              onChange={(e) => setTimezone(e.target.value)}
            />
            <SelectField label={LABELS.defaultLanguage} name="language" value={defaultLanguage} options={LANGUAGES} onChange={(e) => setLanguage(e.target.value as 'en' | 'ar')} />
            <TextField
              label={LABELS.currency}
              hint="ISO code, e.g. EGP, SAR, AED"
              name="currency"
              autoComplete="off"
              maxLength={3}
              value={currency}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            />
          </div>
          <datalist id="fd-time-zones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          {register.isError && <ErrorAlert error={register.error} labels={LABELS} />}
          <div className="fd-actions">
            <button type="submit" className="fd-button" disabled={register.isPending}>
              {register.isPending ? 'Creating…' : 'Create clinic'}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
