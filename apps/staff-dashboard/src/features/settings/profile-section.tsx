import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ErrorAlert, SelectField, SuccessNote, TextField, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { LANGUAGE_NAME, LANGUAGE_OPTIONS, useRefreshCatalog } from './catalog';

const LABELS = { name: 'Clinic name', timezone: 'Time zone', defaultLanguage: 'Language', currency: 'Currency' };

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** Name, time zone, language and currency of the clinic. */
export function ProfileSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const { profile } = catalog;
  if (!canEdit) {
    return (
      <section className="fd-card" aria-labelledby="profile-heading">
        <h3 id="profile-heading">Clinic</h3>
        <dl className="fd-facts">
          <dt>Name</dt>
          <dd>
            <bdi>{profile.name}</bdi>
          </dd>
          <dt>Time zone</dt>
          <dd>{profile.timezone}</dd>
          <dt>Language</dt>
          <dd>{LANGUAGE_NAME[profile.defaultLanguage] ?? profile.defaultLanguage}</dd>
          <dt>Currency</dt>
          <dd>{profile.currency}</dd>
        </dl>
      </section>
    );
  }
  return <ProfileForm catalog={catalog} />;
}

function ProfileForm({ catalog }: { catalog: Catalog }) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const zones = useMemo(timeZones, []);
  const [name, setName] = useState(catalog.profile.name);
  const [timezone, setTimezone] = useState(catalog.profile.timezone);
  const [defaultLanguage, setLanguage] = useState(catalog.profile.defaultLanguage);
  const [currency, setCurrency] = useState(catalog.profile.currency);
  const save = useMutation(trpc.staff.tenancy.updateProfile.mutationOptions({ onSuccess: () => refresh() }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, timezone, defaultLanguage, currency: currency.trim().toUpperCase() });
  };
  return (
    <section className="fd-card" aria-labelledby="profile-heading">
      <h3 id="profile-heading">Clinic</h3>
      <form className="fd-form" onSubmit={submit} noValidate>
        <div className="fd-grid">
          <TextField label={LABELS.name} name="clinic-name" autoComplete="organization" value={name} onChange={(e) => setName(e.target.value)} />
          <TextField
            label={LABELS.timezone}
            hint="IANA name, e.g. Africa/Cairo"
            name="timezone"
            list="fd-time-zones"
            autoComplete="off"
            value={timezone}
            onChange={(e) => setTimezone(e.target.value)}
          />
          <SelectField
            label={LABELS.defaultLanguage}
            hint="The language patients are greeted in"
            name="language"
            value={defaultLanguage}
            options={LANGUAGE_OPTIONS}
            onChange={(e) => setLanguage(e.target.value as typeof defaultLanguage)}
          />
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
        {save.isError && <ErrorAlert error={save.error} labels={LABELS} />}
        {save.isSuccess && <SuccessNote>Saved.</SuccessNote>}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </section>
  );
}
