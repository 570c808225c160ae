import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EmptyState,
  ErrorAlert,
  FieldError,
  LoadingState,
  SelectField,
  SuccessNote,
  TextField,
  fieldProblems,
  problemsAt,
  useTRPC,
  type InputIssue,
} from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import type { Doctor } from './catalog';
import { WEEK, hoursToText, rangesToText, summariseHours, textToHours, textToRanges, type HoursText } from './hours';
import type { SchedulingConfig } from '../../shared/schedule-data';
import { optionLabel } from '../../shared/schedule-data';

type Availability = SchedulingConfig['doctors'][string];
type Exception = NonNullable<Availability['exceptions']>[number];
type Holiday = SchedulingConfig['holidays'][number];

const HOURS_HINT = "24-hour clock in the clinic's time zone. Several periods: 09:00-13:00, 16:00-21:00. Empty: not working. Past midnight: end at 24:00 and go on the next day from 00:00.";

/**
 * Owners: each doctor's weekly hours per branch, weekly breaks, leave and
 * one-off extra hours, and the clinic's holidays. Slot search offers only
 * these times; a doctor without saved hours is never offered.
 */
export function AvailabilitySection({ catalog }: { catalog: Catalog }) {
  const trpc = useTRPC();
  const config = useQuery(trpc.staff.scheduling.config.queryOptions());
  const [doctorId, setDoctorId] = useState(catalog.doctors[0]?.id ?? '');
  const doctor = catalog.doctors.find((d) => d.id === doctorId);

  return (
    <>
      <section className="fd-card" aria-labelledby="hours-heading" aria-busy={config.isPending}>
        <h3 id="hours-heading">Doctors' hours</h3>
        {catalog.doctors.length === 0 ? (
          <EmptyState title="No doctors yet">Add doctors under Doctors first; then set their hours here.</EmptyState>
        ) : (
          <>
            <SelectField
              label="Doctor"
              name="availability-doctor"
              className="fd-narrow-field"
              value={doctorId}
              options={catalog.doctors.map((d) => ({ value: d.id, label: `${optionLabel(d)}${config.data && !config.data.doctors[d.id] ? ' (no hours yet)' : ''}` }))}
              onChange={(e) => setDoctorId(e.target.value)}
            />
            {config.isPending && <LoadingState>Loading the schedule…</LoadingState>}
            {config.isError && <ErrorAlert error={config.error} title="The schedule could not be loaded." onRetry={() => void config.refetch()} />}
            {config.isSuccess && doctor && <DoctorHoursForm key={doctor.id} doctor={doctor} catalog={catalog} saved={config.data.doctors[doctor.id]} />}
          </>
        )}
      </section>
      {config.isSuccess && <HolidaysCard catalog={catalog} holidays={config.data.holidays} />}
    </>
  );
}

interface ExceptionDraft {
  key: number;
  kind: 'leave' | 'extra';
  startDate: string;
  endDate: string;
  date: string;
  branchId: string;
  hours: string;
}

let nextKey = 1;

function exceptionDraft(e: Exception | undefined, kind: 'leave' | 'extra', branchId: string): ExceptionDraft {
  const blank = { key: nextKey++, kind, startDate: '', endDate: '', date: '', branchId, hours: '' };
  if (!e) return blank;
  return e.kind === 'leave'
    ? { ...blank, kind: 'leave', startDate: e.startDate, endDate: e.endDate, hours: rangesToText(e.hours) }
    : { ...blank, kind: 'extra', date: e.date, branchId: e.branchId, hours: rangesToText(e.hours) };
}

function toException(d: ExceptionDraft): Exception {
  if (d.kind === 'leave') {
    const hours = textToRanges(d.hours);
    return { kind: 'leave', startDate: d.startDate, endDate: d.endDate || d.startDate, ...(hours.length > 0 ? { hours } : {}) };
  }
  return { kind: 'extra', date: d.date, branchId: d.branchId, hours: textToRanges(d.hours) };
}

function DoctorHoursForm({ doctor, catalog, saved }: { doctor: Doctor; catalog: Catalog; saved: Availability | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const branches = catalog.branches.filter((b) => doctor.branchIds.includes(b.id));
  const [weekly, setWeekly] = useState<Record<string, HoursText>>(() =>
    Object.fromEntries(branches.map((b) => [b.id, hoursToText(saved?.branches.find((x) => x.branchId === b.id)?.weekly)])),
  );
  const [breaks, setBreaks] = useState<HoursText>(() => hoursToText(saved?.breaks));
  const [exceptions, setExceptions] = useState<ExceptionDraft[]>(() => (saved?.exceptions ?? []).map((e) => exceptionDraft(e, e.kind, branches[0]?.id ?? '')));
  const save = useMutation(
    trpc.staff.scheduling.setAvailability.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.scheduling.pathKey() }),
    }),
  );
  // The domain names fields under `availability.`; the input schema without it.
  const problems = fieldProblems(save.error, 'availability.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      id: doctor.id,
      branches: branches.map((b) => ({ branchId: b.id, weekly: textToHours(weekly[b.id]!) })),
      breaks: textToHours(breaks),
      exceptions: exceptions.map(toException),
    });
  };
  const changeException = (key: number, patch: Partial<ExceptionDraft>) => setExceptions((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  if (branches.length === 0) {
    return <p className="fd-info">{doctor.name} works at no branch yet. Choose their branches under Doctors first.</p>;
  }
  return (
    <form className="fd-form" onSubmit={submit} noValidate aria-label={`Hours of ${doctor.name}`}>
      {saved ? (
        <p className="fd-small fd-muted">
          Saved now: {saved.branches.map((b) => `${catalog.branches.find((x) => x.id === b.branchId)?.name ?? b.branchId}: ${summariseHours(b.weekly)}`).join('; ')}
        </p>
      ) : (
        <p className="fd-notice">{doctor.name} has no hours yet, so patients cannot book with them.</p>
      )}
      <p className="fd-hint">{HOURS_HINT}</p>
      {branches.map((branch, index) => (
        <HoursGrid
          key={branch.id}
          id={`weekly-${branch.id}`}
          legend={`Weekly hours at ${branch.name}`}
          value={weekly[branch.id]!}
          problems={problems}
          path={`branches.${index}.weekly`}
          onChange={(value) => setWeekly((all) => ({ ...all, [branch.id]: value }))}
        />
      ))}
      <HoursGrid id="breaks" legend="Weekly breaks (every branch)" placeholder="No break" value={breaks} problems={problems} path="breaks" onChange={setBreaks} />

      <fieldset className="fd-fieldset">
        <legend>Leave and extra hours</legend>
        <p className="fd-hint">
          Leave closes whole days (or only the hours you write). Extra hours add one-off time on a date, at a branch, even on a holiday.
        </p>
        {exceptions.length === 0 && <p className="fd-muted">None.</p>}
        {exceptions.map((e, index) => {
          const at = `exceptions.${index}`;
          const own = problems.filter((p) => p.path === at);
          return (
            <div key={e.key} className="fd-exception" role="group" aria-label={`${e.kind === 'leave' ? 'Leave' : 'Extra hours'} ${index + 1}`}>
              <p className="fd-strong">{e.kind === 'leave' ? 'Leave' : 'Extra hours'}</p>
              <div className="fd-grid">
                {e.kind === 'leave' ? (
                  <>
                    <TextField label="From" type="date" value={e.startDate} error={problemsAt(problems, `${at}.startDate`)} onChange={(ev) => changeException(e.key, { startDate: ev.target.value })} />
                    <TextField label="To" type="date" value={e.endDate} hint="Empty: one day" error={problemsAt(problems, `${at}.endDate`)} onChange={(ev) => changeException(e.key, { endDate: ev.target.value })} />
                    <TextField label="Hours away" value={e.hours} placeholder="Whole day" hint="Empty: the whole day" error={problemsAt(problems, `${at}.hours`)} onChange={(ev) => changeException(e.key, { hours: ev.target.value })} />
                  </>
                ) : (
                  <>
                    <TextField label="Date" type="date" value={e.date} error={problemsAt(problems, `${at}.date`)} onChange={(ev) => changeException(e.key, { date: ev.target.value })} />
                    <SelectField
                      label="Branch"
                      value={e.branchId}
                      error={problemsAt(problems, `${at}.branchId`)}
                      options={branches.map((b) => ({ value: b.id, label: b.name }))}
                      onChange={(ev) => changeException(e.key, { branchId: ev.target.value })}
                    />
                    <TextField label="Hours" value={e.hours} placeholder="16:00-20:00" error={problemsAt(problems, `${at}.hours`)} onChange={(ev) => changeException(e.key, { hours: ev.target.value })} />
                  </>
                )}
              </div>
              {own.length > 0 && <FieldError id={`exception-${e.key}-error`}>{own.map((p) => p.message).join(' ')}</FieldError>}
              <p>
                <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => setExceptions((list) => list.filter((x) => x.key !== e.key))}>
                  Remove
                </button>
              </p>
            </div>
          );
        })}
        <div className="fd-actions">
          <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => setExceptions((list) => [...list, exceptionDraft(undefined, 'leave', branches[0]!.id)])}>
            Add leave
          </button>
          <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => setExceptions((list) => [...list, exceptionDraft(undefined, 'extra', branches[0]!.id)])}>
            Add extra hours
          </button>
        </div>
      </fieldset>

      {save.isError && (
        <ErrorAlert error={problems.length > 0 ? 'Some hours need fixing: see the messages next to them.' : save.error} title="The hours were not saved." />
      )}
      {save.isSuccess && <SuccessNote>Saved the hours of {doctor.name}.</SuccessNote>}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : `Save hours of ${doctor.name}`}
        </button>
      </div>
    </form>
  );
}

/** Seven rows, one per weekday: a line of periods each, with the server's message under a wrong one. */
function HoursGrid({
  id,
  legend,
  placeholder = 'Not working',
  value,
  problems,
  path,
  onChange,
}: {
  id: string;
  legend: string;
  placeholder?: string;
  value: HoursText;
  problems: InputIssue[];
  path: string;
  onChange: (value: HoursText) => void;
}) {
  return (
    <fieldset className="fd-fieldset">
      <legend>{legend}</legend>
      <div className="fd-hours">
        {WEEK.map(({ day, label }) => {
          const inputId = `${id}-${day}`;
          const error = problemsAt(problems, `${path}.${day}`);
          return (
            <div key={day} className="fd-hours-row">
              <label htmlFor={inputId}>{label}</label>
              <div className="fd-hours-input">
                <input
                  id={inputId}
                  name={inputId}
                  autoComplete="off"
                  placeholder={placeholder}
                  value={value[day]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  onChange={(e) => onChange({ ...value, [day]: e.target.value })}
                />
                {error && <FieldError id={`${inputId}-error`}>{error}</FieldError>}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface HolidayDraft {
  key: number;
  date: string;
  name: string;
  branchId: string;
}

/** The clinic's public holidays: the whole clinic or one branch is closed on the date. */
function HolidaysCard({ catalog, holidays }: { catalog: Catalog; holidays: Holiday[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<HolidayDraft[]>(() => holidays.map((h) => ({ key: nextKey++, date: h.date, name: h.name ?? '', branchId: h.branchId ?? '' })));
  const save = useMutation(
    trpc.staff.scheduling.setHolidays.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.scheduling.pathKey() }),
    }),
  );
  const problems = fieldProblems(save.error);
  const change = (key: number, patch: Partial<HolidayDraft>) => setDrafts((list) => list.map((h) => (h.key === key ? { ...h, ...patch } : h)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      holidays: drafts.map((h) => ({ date: h.date, ...(h.name.trim() ? { name: h.name.trim() } : {}), ...(h.branchId ? { branchId: h.branchId } : {}) })),
    });
  };
  return (
    <section className="fd-card" aria-labelledby="holidays-heading">
      <h3 id="holidays-heading">Clinic holidays</h3>
      <p className="fd-muted">Nobody is booked on these dates, at the whole clinic or at one branch. A doctor's extra hours still count.</p>
      <form className="fd-form" onSubmit={submit} noValidate aria-label="Clinic holidays">
        {drafts.length === 0 && <p className="fd-muted">No holidays.</p>}
        {drafts.map((h, index) => (
          <div key={h.key} className="fd-holiday" role="group" aria-label={`Holiday ${index + 1}`}>
            <TextField label="Date" type="date" value={h.date} error={problemsAt(problems, `holidays.${index}.date`)} onChange={(e) => change(h.key, { date: e.target.value })} />
            <TextField label="Name" value={h.name} placeholder="e.g. Eid al-Fitr" error={problemsAt(problems, `holidays.${index}.name`)} onChange={(e) => change(h.key, { name: e.target.value })} />
            <SelectField
              label="Closed"
              value={h.branchId}
              error={problemsAt(problems, `holidays.${index}.branchId`)}
              options={[{ value: '', label: 'The whole clinic' }, ...catalog.branches.map((b) => ({ value: b.id, label: `Only ${b.name}` }))]}
              onChange={(e) => change(h.key, { branchId: e.target.value })}
            />
            <button type="button" className="fd-button fd-button-small fd-button-quiet" aria-label={`Remove holiday ${index + 1}`} onClick={() => setDrafts((list) => list.filter((x) => x.key !== h.key))}>
              Remove
            </button>
          </div>
        ))}
        {save.isError && <ErrorAlert error={problems.length > 0 ? 'A holiday needs fixing: see the message next to it.' : save.error} title="The holidays were not saved." />}
        {save.isSuccess && <SuccessNote>Holidays saved.</SuccessNote>}
        <div className="fd-actions">
          <button type="button" className="fd-button fd-button-quiet" onClick={() => setDrafts((list) => [...list, { key: nextKey++, date: '', name: '', branchId: '' }])}>
            Add a holiday
          </button>
          <button type="submit" className="fd-button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save holidays'}
          </button>
        </div>
      </form>
    </section>
  );
}
