import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmButton, ErrorAlert, RouteLink, SelectField, SuccessNote, describeError, useTRPCClient, type StaffUser } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { clockOf, dateTimeLabel, formatLocalDate, localDateOf, timeLabel, todayIn } from '../../shared/clinic-time';
import {
  CUTOFF_OVERRIDE_REQUIRED,
  SLOT_TAKEN,
  branchOf,
  can,
  doctorOf,
  domainCodeOf,
  newIdempotencyKey,
  optionLabel,
  serviceOf,
  useRefreshSchedule,
  type Appointment,
  type PatientSummary,
  type Slot,
} from '../../shared/schedule-data';
import { Bilingual, StateBadge } from '../../shared/labels';
import { SlotPicker } from './slot-picker';

/** The patient of an appointment: name from the directory, phone always (bidi-safe). */
export function PatientLabel({ patientRef, patient }: { patientRef: string; patient: PatientSummary | undefined }) {
  return (
    <>
      <bdi className="fd-strong">{patient?.name ?? 'Patient'}</bdi>{' '}
      <RouteLink to={`/patients/${encodeURIComponent(patientRef)}`} className="fd-mono fd-phone">
        <bdi>{patientRef}</bdi>
      </RouteLink>
      {patient && patient.noShowCount > 0 && (
        <span className="fd-badge fd-badge-danger fd-badge-inline">
          {patient.noShowCount} no-show{patient.noShowCount === 1 ? '' : 's'}
        </span>
      )}
    </>
  );
}

export interface AppointmentListProps {
  appointments: readonly Appointment[];
  catalog: Catalog;
  timezone: string;
  user: StaffUser;
  patients: Map<string, PatientSummary>;
  /** Show the date in each row (lists over several days). */
  showDate?: boolean;
  label: string;
}

/** Appointments in the order given, each with the actions the signed-in role may take. */
export function AppointmentList({ appointments, label, ...rest }: AppointmentListProps) {
  return (
    <ol className="fd-appts" aria-label={label}>
      {appointments.map((appointment) => (
        <li key={appointment.id}>
          <AppointmentItem appointment={appointment} patient={rest.patients.get(appointment.patientRef)} {...rest} />
        </li>
      ))}
    </ol>
  );
}

interface ItemProps extends Omit<AppointmentListProps, 'appointments' | 'label' | 'patients'> {
  appointment: Appointment;
  patient: PatientSummary | undefined;
}

export function AppointmentItem({ appointment: a, patient, catalog, timezone, user, showDate }: ItemProps) {
  const titleId = `appt-${a.id}`;
  const ended = a.state === 'cancelled' || a.state === 'completed' || a.state === 'no_show';
  const date = localDateOf(a.start, timezone);
  return (
    <article className={`fd-appt fd-appt-${a.state}${ended ? ' fd-appt-ended' : ''}`} aria-labelledby={titleId}>
      <div className="fd-appt-time">
        <time dateTime={a.start} className="fd-strong">
          {timeLabel(a.start, timezone)}
        </time>
        <span className="fd-small fd-muted">to {timeLabel(a.end, timezone)}</span>
        {showDate && <span className="fd-small">{formatLocalDate(date, 'short')}</span>}
      </div>
      <div className="fd-appt-main">
        <h4 id={titleId} className="fd-appt-title">
          <span className="fd-visually-hidden">
            {showDate ? `${formatLocalDate(date, 'short')} ` : ''}
            {clockOf(a.start, timezone)}:{' '}
          </span>
          <PatientLabel patientRef={a.patientRef} patient={patient} />
        </h4>
        <p className="fd-appt-facts">
          <Bilingual entry={serviceOf(catalog, a.serviceId)} />
          <span aria-hidden="true"> · </span>
          <Bilingual entry={doctorOf(catalog, a.doctorId)} />
          {catalog.branches.length > 1 && (
            <>
              <span aria-hidden="true"> · </span>
              <Bilingual entry={branchOf(catalog, a.branchId)} className="fd-muted" />
            </>
          )}
        </p>
      </div>
      <div className="fd-appt-state">
        <StateBadge appointment={a} timezone={timezone} />
      </div>
      <AppointmentActions appointment={a} catalog={catalog} timezone={timezone} user={user} patient={patient} />
    </article>
  );
}

type Verb = 'confirm' | 'complete' | 'noShow' | 'cancel' | 'accept' | 'decline';

const DONE: Record<Verb, string> = {
  confirm: 'Confirmed.',
  complete: 'Marked completed.',
  noShow: 'Marked as a no-show.',
  cancel: 'Cancelled.',
  accept: 'Request accepted: the appointment is booked.',
  decline: 'Request declined.',
};

/** Quick actions by state and permission; the server checks both again. */
function AppointmentActions({ appointment: a, catalog, timezone, user, patient }: { appointment: Appointment; catalog: Catalog; timezone: string; user: StaffUser; patient: PatientSummary | undefined }) {
  const client = useTRPCClient();
  const refresh = useRefreshSchedule();
  const [done, setDone] = useState<string | undefined>();
  const [moving, setMoving] = useState(false);
  /** One key per intent: the override resend is the same cancel, not a second one. */
  const [cancelKey, setCancelKey] = useState(newIdempotencyKey);
  const change = useMutation({
    mutationFn: ({ verb, overrideCutoff }: { verb: Verb; overrideCutoff?: boolean }) =>
      client.staff.scheduling[verb].mutate({
        appointmentId: a.id,
        ...(verb === 'cancel' ? { idempotencyKey: cancelKey } : {}),
        ...(overrideCutoff ? { overrideCutoff: true } : {}),
      }),
    onMutate: () => setDone(undefined),
    onSuccess: async (result, { verb }) => {
      setDone(result.changed ? DONE[verb] : 'Nothing to change: it was already so.');
      if (verb === 'cancel') setCancelKey(newIdempotencyKey());
      await refresh();
    },
  });
  const booking = can(user, 'booking.manage');
  const attend = can(user, 'appointment.attend');
  const pendingApproval = a.state === 'held' && a.holdPurpose === 'approval';
  const live = a.state === 'booked' || a.state === 'confirmed';
  const who = patient?.name ?? a.patientRef;
  const busy = change.isPending;
  const cutoff = change.isError && domainCodeOf(change.error) === CUTOFF_OVERRIDE_REQUIRED && change.variables?.verb === 'cancel';

  const buttons = [
    pendingApproval && booking && (
      <button key="accept" type="button" className="fd-button fd-button-small" disabled={busy} onClick={() => change.mutate({ verb: 'accept' })}>
        Accept
      </button>
    ),
    pendingApproval && booking && (
      <ConfirmButton key="decline" label="Decline" confirmLabel="Decline request" backLabel="Keep it" disabled={busy} onConfirm={() => change.mutate({ verb: 'decline' })} />
    ),
    a.state === 'booked' && booking && (
      <button key="confirm" type="button" className="fd-button fd-button-small" disabled={busy} onClick={() => change.mutate({ verb: 'confirm' })}>
        Confirm
      </button>
    ),
    live && attend && (
      <button key="complete" type="button" className="fd-button fd-button-small fd-button-quiet" disabled={busy} onClick={() => change.mutate({ verb: 'complete' })}>
        Completed
      </button>
    ),
    live && attend && (
      <ConfirmButton key="noshow" label="No-show" confirmLabel="Mark no-show" backLabel="Keep it" disabled={busy} onConfirm={() => change.mutate({ verb: 'noShow' })} />
    ),
    live && booking && (
      <button key="move" type="button" className="fd-button fd-button-small fd-button-quiet" aria-expanded={moving} disabled={busy} onClick={() => setMoving((m) => !m)}>
        Move
      </button>
    ),
    ((live && booking) || (a.state === 'held' && !pendingApproval && booking)) && (
      <ConfirmButton key="cancel" label="Cancel" confirmLabel="Cancel appointment" backLabel="Keep it" disabled={busy} onConfirm={() => change.mutate({ verb: 'cancel' })} />
    ),
  ].filter(Boolean);

  if (buttons.length === 0 && !done) return null;
  return (
    <div className="fd-appt-actions">
      {buttons.length > 0 && (
        <div className="fd-row-actions" role="group" aria-label={`Actions for ${who}`}>
          {buttons}
        </div>
      )}
      {done && <SuccessNote>{done}</SuccessNote>}
      {cutoff && (
        <div className="fd-notice" role="alert">
          <p>{describeError(change.error).message}</p>
          <p className="fd-actions">
            <button type="button" className="fd-button fd-button-small fd-button-danger" disabled={busy} onClick={() => change.mutate({ verb: 'cancel', overrideCutoff: true })}>
              Cancel anyway
            </button>
            <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => change.reset()}>
              Keep the appointment
            </button>
          </p>
        </div>
      )}
      {change.isError && !cutoff && <ErrorAlert error={change.error} title="That did not work." />}
      {moving && (
        <MovePanel
          appointment={a}
          catalog={catalog}
          timezone={timezone}
          onCancel={() => setMoving(false)}
          onMoved={(message) => {
            setMoving(false);
            setDone(message);
          }}
        />
      )}
    </div>
  );
}

/** Pick a new time (and maybe doctor or branch), then `reschedule`; asks before overriding the cutoff. */
function MovePanel({
  appointment: a,
  catalog,
  timezone,
  onCancel,
  onMoved,
}: {
  appointment: Appointment;
  catalog: Catalog;
  timezone: string;
  onCancel: () => void;
  onMoved: (message: string) => void;
}) {
  const client = useTRPCClient();
  const refresh = useRefreshSchedule();
  const [doctorId, setDoctorId] = useState(a.doctorId);
  const [branchId, setBranchId] = useState(a.branchId ?? '');
  const [slot, setSlot] = useState<Slot | undefined>();
  const [key, setKey] = useState(newIdempotencyKey);
  const today = todayIn(timezone);
  const startDate = localDateOf(a.start, timezone);
  const move = useMutation({
    mutationFn: ({ to, overrideCutoff }: { to: Slot; overrideCutoff?: boolean }) =>
      client.staff.scheduling.reschedule.mutate({
        appointmentId: a.id,
        start: to.start,
        doctorId: to.doctorId,
        branchId: to.branchId,
        idempotencyKey: key,
        ...(overrideCutoff ? { overrideCutoff: true } : {}),
      }),
    onSuccess: async (_result, { to }) => {
      await refresh();
      onMoved(`Moved to ${dateTimeLabel(to.start, timezone, 'medium')} with ${doctorOf(catalog, to.doctorId).name}.`);
    },
    onError: async (error) => {
      // A new attempt after a refusal is a new request.
      setKey(newIdempotencyKey());
      if (domainCodeOf(error) === SLOT_TAKEN) {
        setSlot(undefined);
        await refresh();
      }
    },
  });
  const doctor = catalog.doctors.find((d) => d.id === doctorId);
  const branches = catalog.branches.filter((b) => !doctor || doctor.branchIds.includes(b.id));
  const code = domainCodeOf(move.error);
  const attempted = move.variables?.to;

  return (
    <section className="fd-editor fd-move" aria-label={`Move the appointment of ${clockOf(a.start, timezone)}`}>
      <h5 className="fd-h5">Move to another time</h5>
      <div className="fd-grid fd-grid-wide">
        <SelectField
          label="Doctor"
          value={doctorId}
          options={catalog.doctors.map((d) => ({ value: d.id, label: optionLabel(d) }))}
          onChange={(e) => {
            setDoctorId(e.target.value);
            setBranchId('');
            setSlot(undefined);
          }}
        />
        <SelectField
          label="Branch"
          value={branchId}
          options={[{ value: '', label: 'Any of the doctor’s branches' }, ...branches.map((b) => ({ value: b.id, label: optionLabel(b) }))]}
          onChange={(e) => {
            setBranchId(e.target.value);
            setSlot(undefined);
          }}
        />
      </div>
      <SlotPicker
        catalog={catalog}
        timezone={timezone}
        serviceId={a.serviceId}
        doctorId={doctorId}
        branchId={branchId}
        initialDate={startDate < today ? today : startDate}
        selected={slot}
        onSelect={setSlot}
      />
      {code === SLOT_TAKEN && (
        <div role="alert" className="fd-alert">
          <p className="fd-strong">That time was just taken.</p>
          <p>
            {attempted ? `${dateTimeLabel(attempted.start, timezone)} with ${doctorOf(catalog, attempted.doctorId).name}` : 'The time you chose'} is no longer free.
            Choose another time.
          </p>
        </div>
      )}
      {code === CUTOFF_OVERRIDE_REQUIRED && attempted && (
        <div className="fd-notice" role="alert">
          <p>{describeError(move.error).message}</p>
          <p className="fd-actions">
            <button type="button" className="fd-button fd-button-small fd-button-danger" disabled={move.isPending} onClick={() => move.mutate({ to: attempted, overrideCutoff: true })}>
              Move anyway
            </button>
            <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => move.reset()}>
              Keep the current time
            </button>
          </p>
        </div>
      )}
      {move.isError && code !== SLOT_TAKEN && code !== CUTOFF_OVERRIDE_REQUIRED && <ErrorAlert error={move.error} title="The appointment was not moved." />}
      <div className="fd-actions">
        <button type="button" className="fd-button" disabled={!slot || move.isPending} onClick={() => slot && move.mutate({ to: slot })}>
          {move.isPending ? 'Moving…' : slot ? `Move to ${timeLabel(slot.start, timezone)}` : 'Choose a time'}
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
          Close
        </button>
      </div>
    </section>
  );
}
