import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ErrorAlert, SelectField, TextField, fieldProblems, problemsAt, useTRPC, useTRPCClient } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { dateTimeLabel, timeLabel } from '../../shared/clinic-time';
import { SLOT_TAKEN, branchOf, doctorOf, domainCodeOf, newIdempotencyKey, optionLabel, serviceOf, useRefreshSchedule, type Appointment, type Language, type Slot } from '../../shared/schedule-data';
import { SlotPicker } from './slot-picker';

type Patient = { phone: string; name: string; noShowCount: number; created: boolean };

const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'ar', label: 'Arabic (العربية)' },
  { value: 'en', label: 'English' },
];

export interface BookingPanelProps {
  catalog: Catalog;
  timezone: string;
  /** The calendar's choices, used as the starting point. */
  doctorId: string;
  branchId: string;
  date: string;
  /** A phone to start with (from a patient's page). */
  phone?: string | undefined;
  onBooked: (appointment: Appointment, message: string) => void;
  onClose: () => void;
}

/**
 * Booking on behalf of a patient, in three steps: the patient (found or
 * created by phone through `patients.upsert`), the service and a free time,
 * then `book` with a fresh idempotency key for each attempt.
 */
export function BookingPanel(props: BookingPanelProps) {
  const { catalog, timezone } = props;
  const [patient, setPatient] = useState<Patient | undefined>();

  return (
    <section className="fd-card fd-booking" aria-labelledby="booking-heading">
      <div className="fd-section-head">
        <h3 id="booking-heading">Book an appointment</h3>
        <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={props.onClose}>
          Close
        </button>
      </div>
      <ol className="fd-booking-steps">
        <li>
          <h4>1. Patient</h4>
          {patient ? (
            <div className="fd-picked">
              <p>
                <bdi className="fd-strong">{patient.name}</bdi> <bdi className="fd-mono">{patient.phone}</bdi>
                {patient.created && <span className="fd-badge fd-badge-brand fd-badge-inline">New patient</span>}
                {patient.noShowCount > 0 && (
                  <span className="fd-badge fd-badge-danger fd-badge-inline">
                    {patient.noShowCount} no-show{patient.noShowCount === 1 ? '' : 's'}
                  </span>
                )}
              </p>
              <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => setPatient(undefined)}>
                Change patient
              </button>
            </div>
          ) : (
            <PatientStep initialPhone={props.phone ?? ''} onPatient={setPatient} />
          )}
        </li>
        <li>
          <h4>2. Service and time</h4>
          {patient ? <TimeStep {...props} patient={patient} key={patient.phone} /> : <p className="fd-muted">Choose the patient first.</p>}
        </li>
      </ol>
      <p className="fd-small fd-muted">Times are the clinic's local time ({timezone}).</p>
      {catalog.services.length === 0 && <p className="fd-muted">The clinic has no services yet: the owner adds them under Settings.</p>}
    </section>
  );
}

/** Find a returning patient, or enter a new one's phone and name; `patients.upsert` makes or updates the record. */
function PatientStep({ initialPhone, onPatient }: { initialPhone: string; onPatient: (patient: Patient) => void }) {
  const trpc = useTRPC();
  const [phone, setPhone] = useState(initialPhone);
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Language>('ar');
  const [search, setSearch] = useState('');
  const query = search.trim();
  const searchable = /\p{L}.*\p{L}/u.test(query) || (query.match(/\d/g)?.length ?? 0) >= 3;
  const found = useQuery({ ...trpc.staff.scheduling.patients.search.queryOptions({ query, limit: 8 }), enabled: searchable });
  const upsert = useMutation(
    trpc.staff.scheduling.patients.upsert.mutationOptions({
      onSuccess: (result) => onPatient({ phone: result.patient.phone, name: result.patient.name, noShowCount: result.patient.noShowCount, created: result.created }),
    }),
  );
  const problems = fieldProblems(upsert.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    upsert.mutate({ phone, ...(name.trim() ? { name, language } : {}) });
  };

  return (
    <div className="fd-form">
      <TextField
        label="Find a returning patient"
        hint="Phone number or name"
        type="search"
        name="patient-search"
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {searchable && found.isSuccess && found.data.results.length === 0 && <p className="fd-muted fd-small">No patient matches "{query}". Enter the phone and name below.</p>}
      {searchable && found.isError && <ErrorAlert error={found.error} />}
      {searchable && found.isSuccess && found.data.results.length > 0 && (
        <ul className="fd-pick-list" aria-label="Matching patients">
          {found.data.results.map((p) => (
            <li key={p.phone}>
              <button
                type="button"
                className="fd-button fd-button-small fd-button-quiet"
                onClick={() => onPatient({ phone: p.phone, name: p.name, noShowCount: p.noShowCount, created: false })}
              >
                <bdi>{p.name}</bdi> <bdi className="fd-mono">{p.phone}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="fd-form" onSubmit={submit} noValidate aria-label="Patient details">
        <div className="fd-grid">
          <TextField
            label="Phone"
            hint="Any form: 010 1234 5678 or +20 10 1234 5678"
            type="tel"
            name="patient-phone"
            autoComplete="off"
            value={phone}
            error={problemsAt(problems, 'phone')}
            onChange={(e) => setPhone(e.target.value)}
          />
          <TextField
            label="Name"
            hint="Needed for a new patient; a returning patient keeps theirs when left empty"
            name="patient-name"
            autoComplete="off"
            value={name}
            error={problemsAt(problems, 'name')}
            onChange={(e) => setName(e.target.value)}
          />
          <SelectField label="Language" name="patient-language" value={language} options={LANGUAGES} onChange={(e) => setLanguage(e.target.value as Language)} />
        </div>
        {upsert.isError && problems.length === 0 && <ErrorAlert error={upsert.error} title="The patient could not be saved." />}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={upsert.isPending}>
            {upsert.isPending ? 'Saving…' : 'Continue'}
          </button>
        </div>
      </form>
    </div>
  );
}

function TimeStep({ catalog, timezone, doctorId: initialDoctor, branchId: initialBranch, date, patient, onBooked }: BookingPanelProps & { patient: Patient }) {
  const client = useTRPCClient();
  const refresh = useRefreshSchedule();
  const [serviceId, setServiceId] = useState(catalog.services[0]?.id ?? '');
  const [doctorId, setDoctorId] = useState(initialDoctor);
  const [branchId, setBranchId] = useState(initialBranch);
  const [slot, setSlot] = useState<Slot | undefined>();
  const book = useMutation({
    // A fresh key per attempt: a double click is one booking, a new attempt after SLOT_TAKEN is a new request.
    mutationFn: ({ to }: { to: Slot }) =>
      client.staff.scheduling.book.mutate({
        doctorId: to.doctorId,
        branchId: to.branchId,
        serviceId,
        start: to.start,
        idempotencyKey: newIdempotencyKey(),
        patient: { phone: patient.phone },
      }),
    onSuccess: async (result, { to }) => {
      await refresh();
      const when = dateTimeLabel(to.start, timezone, 'medium');
      const held = result.appointment.state === 'held';
      onBooked(
        result.appointment,
        `${held ? 'Requested' : 'Booked'} ${serviceOf(catalog, serviceId).name} for ${patient.name} with ${doctorOf(catalog, to.doctorId).name} on ${when}.`,
      );
    },
    onError: async (error) => {
      if (domainCodeOf(error) === SLOT_TAKEN) {
        setSlot(undefined);
        await refresh();
      }
    },
  });
  const doctors = catalog.doctors.filter((d) => !branchId || d.branchIds.includes(branchId));
  const doctor = catalog.doctors.find((d) => d.id === doctorId);
  const branches = catalog.branches.filter((b) => !doctor || doctor.branchIds.includes(b.id));
  const taken = domainCodeOf(book.error) === SLOT_TAKEN ? book.variables?.to : undefined;
  const problems = fieldProblems(book.error);

  /** A new service, doctor or branch means the chosen time no longer applies. */
  const andForgetSlot = (set: (value: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setSlot(undefined);
  };

  return (
    <div className="fd-form">
      <div className="fd-grid fd-grid-wide">
        <SelectField
          label="Service"
          name="booking-service"
          value={serviceId}
          error={problemsAt(problems, 'serviceId')}
          options={catalog.services.map((s) => ({ value: s.id, label: `${optionLabel(s)} (${s.durationMinutes} min)` }))}
          onChange={andForgetSlot(setServiceId)}
        />
        <SelectField
          label="Doctor"
          name="booking-doctor"
          value={doctorId}
          error={problemsAt(problems, 'doctorId')}
          options={[{ value: '', label: 'Any doctor' }, ...doctors.map((d) => ({ value: d.id, label: optionLabel(d) }))]}
          onChange={andForgetSlot(setDoctorId)}
        />
        <SelectField
          label="Branch"
          name="booking-branch"
          value={branchId}
          error={problemsAt(problems, 'branchId')}
          options={[{ value: '', label: 'Any branch' }, ...branches.map((b) => ({ value: b.id, label: optionLabel(b) }))]}
          onChange={andForgetSlot(setBranchId)}
        />
      </div>
      {serviceId && (
        <SlotPicker
          catalog={catalog}
          timezone={timezone}
          serviceId={serviceId}
          doctorId={doctorId}
          branchId={branchId}
          initialDate={date}
          selected={slot}
          onSelect={setSlot}
        />
      )}
      {taken && (
        <div role="alert" className="fd-alert">
          <p className="fd-strong">That time was just taken.</p>
          <p>
            Someone else booked {dateTimeLabel(taken.start, timezone)} with {doctorOf(catalog, taken.doctorId).name} a moment ago. Nothing was booked for{' '}
            {patient.name}: choose another time.
          </p>
        </div>
      )}
      {book.isError && !taken && <ErrorAlert error={book.error} title="The appointment was not booked." />}
      {slot && (
        <p className="fd-info">
          {serviceOf(catalog, serviceId).name} with {doctorOf(catalog, slot.doctorId).name} at {branchOf(catalog, slot.branchId).name},{' '}
          {dateTimeLabel(slot.start, timezone, 'medium')}
        </p>
      )}
      <div className="fd-actions">
        <button type="button" className="fd-button" disabled={!slot || book.isPending} onClick={() => slot && book.mutate({ to: slot })}>
          {book.isPending ? 'Booking…' : slot ? `Book ${timeLabel(slot.start, timezone)} for ${patient.name}` : 'Choose a time to book'}
        </button>
      </div>
    </div>
  );
}
