import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EmptyState,
  ErrorAlert,
  LoadingState,
  PageTitle,
  RouteLink,
  SuccessNote,
  TextArea,
  TextField,
  fieldProblems,
  navigate,
  problemsAt,
  useTRPC,
  type StaffUser,
} from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { ChatSignInLink } from '../../shared/chat-sign-in-link';
import { Bilingual, StateBadge } from '../../shared/labels';
import { dateTimeLabel } from '../../shared/clinic-time';
import { ScheduleError } from '../../shared/not-linked';
import { branchOf, can, doctorOf, serviceOf, useCatalog, type Appointment, type PatientView } from '../../shared/schedule-data';

const LANGUAGE: Record<string, string> = { ar: 'Arabic', en: 'English' };

const CONSENT: { kind: 'reminders' | 'whatsapp' | 'marketing' | 'data_processing'; label: string }[] = [
  { kind: 'reminders', label: 'Appointment reminders' },
  { kind: 'whatsapp', label: 'Messages on WhatsApp' },
  { kind: 'marketing', label: 'Offers and news' },
  { kind: 'data_processing', label: 'Processing of health data' },
];

/** `#/patients`: search; `#/patients/<phone>`: one patient's page. */
export function PatientsPage({ user, rest }: { user: StaffUser; rest: string[] }) {
  return rest[0] ? <PatientPage user={user} phone={rest[0]} /> : <PatientSearch user={user} />;
}

function PatientSearch({ user }: { user: StaffUser }) {
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search = useQuery({ ...trpc.staff.scheduling.patients.search.queryOptions({ query, limit: 30 }), enabled: query !== '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  const looksLikePhone = /^[+\d\s()-]{7,}$/.test(query);

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Patients · Staff dashboard · Frontdesk">Patients</PageTitle>
        <p className="fd-muted">Find a patient by phone number (any part of it) or by name, in English or Arabic.</p>
      </div>
      <section className="fd-card" aria-labelledby="patient-search-heading">
        <h3 id="patient-search-heading">Find a patient</h3>
        <form className="fd-search-form" role="search" onSubmit={submit} noValidate>
          <TextField label="Phone or name" type="search" name="patient-query" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="fd-button">
            Search
          </button>
        </form>
        {search.isFetching && <LoadingState>Searching…</LoadingState>}
        {search.isError && <ScheduleError error={search.error} title="The search did not work." labels={{ query: 'Phone or name' }} />}
        {search.isSuccess && search.data.results.length === 0 && (
          <EmptyState title={`No patient matches "${query}"`}>
            {looksLikePhone && can(user, 'booking.manage') ? (
              <>
                A new patient?{' '}
                <RouteLink to={`/calendar/book/${encodeURIComponent(query)}`}>Book an appointment for this number</RouteLink> and the record is made on the
                way.
              </>
            ) : (
              'Check the spelling, or search by phone number.'
            )}
          </EmptyState>
        )}
        {search.isSuccess && search.data.results.length > 0 && (
          <div className="fd-table-wrap">
            <table className="fd-table">
              <caption className="fd-visually-hidden">Patients found</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Phone</th>
                  <th scope="col">No-shows</th>
                </tr>
              </thead>
              <tbody>
                {search.data.results.map((p) => (
                  <tr key={p.phone}>
                    <th scope="row">
                      <RouteLink to={`/patients/${encodeURIComponent(p.phone)}`}>
                        <bdi>{p.name}</bdi>
                      </RouteLink>
                    </th>
                    <td className="fd-mono">
                      <bdi>{p.phone}</bdi>
                    </td>
                    <td>{p.noShowCount > 0 ? <span className="fd-badge fd-badge-danger">{p.noShowCount}</span> : <span className="fd-muted">0</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function PatientPage({ user, phone }: { user: StaffUser; phone: string }) {
  const trpc = useTRPC();
  const patient = useQuery(trpc.staff.scheduling.patients.get.queryOptions({ phone }));
  const catalog = useCatalog();
  return (
    <>
      <p className="fd-back">
        <RouteLink to="/patients">← All patients</RouteLink>
      </p>
      {patient.isPending && <LoadingState>Loading the patient…</LoadingState>}
      {patient.isError && (
        <>
          <PageTitle documentTitle="Patient · Staff dashboard · Frontdesk">Patient</PageTitle>
          <ScheduleError error={patient.error} title="This patient could not be loaded." onRetry={() => void patient.refetch()} />
        </>
      )}
      {patient.isSuccess && catalog.isError && <ErrorAlert error={catalog.error} title="The clinic's details could not be loaded." />}
      {patient.isSuccess && <PatientDetails user={user} patient={patient.data} catalog={catalog.data} />}
    </>
  );
}

function PatientDetails({ user, patient, catalog }: { user: StaffUser; patient: PatientView; catalog: Catalog | undefined }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.staff.scheduling.patientAppointments.queryOptions({ patientRef: patient.phone }));
  const timezone = catalog?.profile.timezone;
  const appointments = [...(history.data ?? [])].sort((a, b) => b.start.localeCompare(a.start));
  const clinical = can(user, 'clinical.view') && patient.clinicalNotes !== undefined;

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle={`${patient.name} · Patients · Staff dashboard · Frontdesk`}>
          <bdi>{patient.name}</bdi>
        </PageTitle>
        <p className="fd-muted">
          <bdi className="fd-mono">{patient.phone}</bdi> · speaks {LANGUAGE[patient.language] ?? patient.language}
        </p>
      </div>

      <section className="fd-card" aria-labelledby="profile-heading">
        <div className="fd-section-head">
          <h3 id="profile-heading">Profile</h3>
          {can(user, 'booking.manage') && (
            <button type="button" className="fd-button fd-button-small" onClick={() => navigate(`/calendar/book/${encodeURIComponent(patient.phone)}`)}>
              Book an appointment
            </button>
          )}
        </div>
        <dl className="fd-facts">
          <dt>Phone</dt>
          <dd className="fd-mono">
            <bdi>{patient.phone}</bdi>
          </dd>
          <dt>Language</dt>
          <dd>{LANGUAGE[patient.language] ?? patient.language}</dd>
          <dt>No-shows</dt>
          <dd>
            <span className={`fd-badge ${patient.noShowCount > 0 ? 'fd-badge-danger' : 'fd-badge-neutral'}`}>
              {patient.noShowCount}
            </span>
          </dd>
          <dt>Patient since</dt>
          <dd>{timezone ? dateTimeLabel(patient.createdAt, timezone, 'long') : patient.createdAt}</dd>
          {patient.intakeSummary && (
            <>
              <dt>Intake summary</dt>
              <dd>{patient.intakeSummary}</dd>
            </>
          )}
        </dl>
      </section>

      <ChatSignInLink key={patient.phone} user={user} phone={patient.phone} timezone={timezone} card />

      <ConsentCard user={user} patient={patient} timezone={timezone} />

      <section className="fd-card" aria-labelledby="history-heading" aria-busy={history.isPending}>
        <h3 id="history-heading">Appointments</h3>
        {history.isPending && <LoadingState>Loading appointments…</LoadingState>}
        {history.isError && <ScheduleError error={history.error} title="The appointments could not be loaded." onRetry={() => void history.refetch()} />}
        {history.isSuccess && appointments.length === 0 && <EmptyState title="No appointments yet" />}
        {history.isSuccess && appointments.length > 0 && catalog && timezone && <History appointments={appointments} catalog={catalog} timezone={timezone} />}
      </section>

      {clinical && <ClinicalCard user={user} patient={patient} timezone={timezone} />}
    </>
  );
}

function History({ appointments, catalog, timezone }: { appointments: Appointment[]; catalog: Catalog; timezone: string }) {
  return (
    <div className="fd-table-wrap">
      <table className="fd-table" aria-label="Appointment history">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Visit</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {appointments.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="fd-nowrap">
                <time dateTime={a.start}>{dateTimeLabel(a.start, timezone)}</time>
              </th>
              <td>
                <Bilingual entry={serviceOf(catalog, a.serviceId)} className="fd-block" />
                <span className="fd-small fd-muted">
                  {doctorOf(catalog, a.doctorId).name}
                  {catalog.branches.length > 1 && ` · ${branchOf(catalog, a.branchId).name}`}
                </span>
              </td>
              <td>
                <StateBadge appointment={a} timezone={timezone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConsentCard({ user, patient, timezone }: { user: StaffUser; patient: PatientView; timezone: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setConsent = useMutation(
    trpc.staff.scheduling.patients.setConsent.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.scheduling.patients.get.queryKey({ phone: patient.phone }) }),
    }),
  );
  const editable = can(user, 'booking.manage');
  return (
    <section className="fd-card" aria-labelledby="consent-heading">
      <h3 id="consent-heading">Consent</h3>
      <ul className="fd-consent">
        {CONSENT.map(({ kind, label }) => {
          const flag = patient.consent[kind];
          return (
            <li key={kind}>
              <span className="fd-strong">{label}</span>
              <span className={`fd-badge ${flag.granted ? '' : 'fd-badge-neutral'}`}>{flag.granted ? 'Granted' : 'Not granted'}</span>
              {flag.changedAt && timezone && <span className="fd-small fd-muted">since {dateTimeLabel(flag.changedAt, timezone)}</span>}
              {editable && (
                <button
                  type="button"
                  className="fd-button fd-button-small fd-button-quiet"
                  disabled={setConsent.isPending}
                  aria-label={`${flag.granted ? 'Withdraw' : 'Record'} consent: ${label}`}
                  onClick={() => setConsent.mutate({ phone: patient.phone, kind, granted: !flag.granted })}
                >
                  {flag.granted ? 'Withdraw' : 'Record consent'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {setConsent.isError && <ErrorAlert error={setConsent.error} title="The consent was not changed." />}
    </section>
  );
}

/** Allergies and clinical notes: only for roles with clinical.view (owners and doctors), never rendered for others. */
function ClinicalCard({ user, patient, timezone }: { user: StaffUser; patient: PatientView; timezone: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.scheduling.patients.get.queryKey({ phone: patient.phone }) });
  const [note, setNote] = useState('');
  const [allergies, setAllergies] = useState((patient.allergies ?? []).join('\n'));
  const [editingAllergies, setEditingAllergies] = useState(false);
  const addNote = useMutation(
    trpc.staff.scheduling.patients.addNote.mutationOptions({
      onSuccess: async () => {
        setNote('');
        await refresh();
      },
    }),
  );
  const saveAllergies = useMutation(
    trpc.staff.scheduling.patients.updateClinical.mutationOptions({
      onSuccess: async () => {
        setEditingAllergies(false);
        await refresh();
      },
    }),
  );
  const team = useQuery({ ...trpc.staff.identity.team.queryOptions(), enabled: can(user, 'staff.manage') });
  const authorOf = (id: string) => (id === user.id ? 'you' : (team.data?.find((m) => m.id === id)?.name ?? 'a colleague'));
  const notes = [...(patient.clinicalNotes ?? [])].reverse();
  const noteProblems = fieldProblems(addNote.error);
  const allergyProblems = fieldProblems(saveAllergies.error);

  return (
    <section className="fd-card fd-clinical" aria-labelledby="clinical-heading">
      <h3 id="clinical-heading">Clinical record</h3>
      <p className="fd-small fd-muted">Only owners and doctors see this section. Receptionists and the assistant never do.</p>

      <h4 id="allergies-heading">Allergies</h4>
      {!editingAllergies && (
        <>
          {(patient.allergies ?? []).length === 0 ? (
            <p className="fd-muted">None recorded.</p>
          ) : (
            <ul aria-labelledby="allergies-heading" className="fd-allergies">
              {(patient.allergies ?? []).map((a) => (
                <li key={a} className="fd-badge fd-badge-warn">
                  {a}
                </li>
              ))}
            </ul>
          )}
          {saveAllergies.isSuccess && <SuccessNote>Allergies saved.</SuccessNote>}
          <p>
            <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => setEditingAllergies(true)}>
              Edit allergies
            </button>
          </p>
        </>
      )}
      {editingAllergies && (
        <form
          className="fd-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            saveAllergies.mutate({ phone: patient.phone, allergies: allergies.split('\n') });
          }}
        >
          <TextArea
            label="Allergies, one per line"
            name="allergies"
            value={allergies}
            error={problemsAt(allergyProblems, 'allergies')}
            onChange={(e) => setAllergies(e.target.value)}
          />
          {saveAllergies.isError && allergyProblems.length === 0 && <ErrorAlert error={saveAllergies.error} />}
          <div className="fd-actions">
            <button type="submit" className="fd-button" disabled={saveAllergies.isPending}>
              {saveAllergies.isPending ? 'Saving…' : 'Save allergies'}
            </button>
            <button type="button" className="fd-button fd-button-quiet" onClick={() => setEditingAllergies(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}

      <h4 id="notes-heading">Clinical notes</h4>
      {notes.length === 0 ? (
        <p className="fd-muted">No notes yet.</p>
      ) : (
        <ol className="fd-notes" aria-labelledby="notes-heading">
          {notes.map((n) => (
            <li key={n.id}>
              <p className="fd-note-text">{n.text}</p>
              <p className="fd-small fd-muted">
                {timezone ? dateTimeLabel(n.at, timezone, 'medium') : n.at}, by {authorOf(n.authorId)}
              </p>
            </li>
          ))}
        </ol>
      )}
      <form
        className="fd-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          addNote.mutate({ phone: patient.phone, text: note });
        }}
      >
        <TextArea label="New note" name="clinical-note" value={note} error={problemsAt(noteProblems, 'text')} onChange={(e) => setNote(e.target.value)} />
        {addNote.isError && noteProblems.length === 0 && <ErrorAlert error={addNote.error} title="The note was not added." />}
        {addNote.isSuccess && <SuccessNote>Note added.</SuccessNote>}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={addNote.isPending}>
            {addNote.isPending ? 'Adding…' : 'Add note'}
          </button>
        </div>
      </form>
    </section>
  );
}
