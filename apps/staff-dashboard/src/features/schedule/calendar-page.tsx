import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorAlert, LoadingState, PageTitle, SelectField, SuccessNote, TextField, navigate, useTRPC, type StaffUser } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { addDays, formatLocalDate, isLocalDate, localDateOf, timeLabel, todayIn, weekStartOf } from '../../shared/clinic-time';
import { StateBadge } from '../../shared/labels';
import { ScheduleError } from '../../shared/not-linked';
import { byStart, can, doctorOf, optionLabel, serviceOf, stateLook, useCatalog, usePatientDirectory, type Appointment, type PatientSummary } from '../../shared/schedule-data';
import { AppointmentItem, AppointmentList } from './appointment-item';
import { BookingPanel } from './booking-panel';

type View = 'day' | 'week';

/**
 * Day and week views per doctor and branch, with booking on behalf of a
 * patient (`#/calendar/book`, or `#/calendar/book/<phone>` from a patient's page).
 */
export function CalendarPage({ user, rest }: { user: StaffUser; rest: string[] }) {
  const catalog = useCatalog();
  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Calendar · Staff dashboard · Frontdesk">Calendar</PageTitle>
        <p className="fd-muted">Appointments by day or week, for one doctor or all of them. Times are the clinic's local time.</p>
      </div>
      {catalog.isPending && <LoadingState>Loading the clinic…</LoadingState>}
      {catalog.isError && <ErrorAlert error={catalog.error} title="The clinic's details could not be loaded." onRetry={() => void catalog.refetch()} />}
      {catalog.isSuccess && <Calendar user={user} rest={rest} catalog={catalog.data} />}
    </>
  );
}

function Calendar({ user, rest, catalog }: { user: StaffUser; rest: string[]; catalog: Catalog }) {
  const trpc = useTRPC();
  const timezone = catalog.profile.timezone;
  const today = todayIn(timezone);
  const [view, setView] = useState<View>('day');
  const [date, setDate] = useState(today);
  const [doctorId, setDoctorId] = useState('');
  const [branchId, setBranchId] = useState('');
  const [booked, setBooked] = useState<string | undefined>();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const booking = rest[0] === 'book' && can(user, 'booking.manage');
  const from = view === 'day' ? date : weekStartOf(date);
  const days = view === 'day' ? 1 : 7;
  const calendar = useQuery(
    trpc.staff.scheduling.calendar.queryOptions({ from, days, ...(doctorId ? { doctorId } : {}), ...(branchId ? { branchId } : {}) }),
  );
  const zone = calendar.data?.timezone ?? timezone;
  const appointments = [...(calendar.data?.appointments ?? [])].sort(byStart);
  const patients = usePatientDirectory(appointments.map((a) => a.patientRef));
  const selected = appointments.find((a) => a.id === selectedId);
  const step = (n: number) => setDate(addDays(date, n * days));
  const doctors = catalog.doctors.filter((d) => !branchId || d.branchIds.includes(branchId));
  const title = view === 'day' ? formatLocalDate(date) : `Week of ${formatLocalDate(from, 'short')} to ${formatLocalDate(addDays(from, 6), 'short')}`;

  return (
    <>
      <section className="fd-card" aria-label="Calendar controls">
        <div className="fd-toolbar">
          <div className="fd-segmented" role="group" aria-label="View">
            {(['day', 'week'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                {v === 'day' ? 'Day' : 'Week'}
              </button>
            ))}
          </div>
          <div className="fd-actions" role="group" aria-label="Dates">
            <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => step(-1)}>
              {view === 'day' ? 'Previous day' : 'Previous week'}
            </button>
            <button type="button" className="fd-button fd-button-small fd-button-quiet" disabled={date === today} onClick={() => setDate(today)}>
              Today
            </button>
            <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => step(1)}>
              {view === 'day' ? 'Next day' : 'Next week'}
            </button>
          </div>
          {can(user, 'booking.manage') && !booking && (
            <button type="button" className="fd-button fd-toolbar-end" onClick={() => navigate('/calendar/book')}>
              Book an appointment
            </button>
          )}
        </div>
        <div className="fd-grid fd-grid-tight">
          <TextField label="Date" type="date" name="calendar-date" value={date} onChange={(e) => isLocalDate(e.target.value) && setDate(e.target.value)} />
          <SelectField
            label="Doctor"
            name="calendar-doctor"
            value={doctorId}
            options={[{ value: '', label: 'All doctors' }, ...doctors.map((d) => ({ value: d.id, label: optionLabel(d) }))]}
            onChange={(e) => setDoctorId(e.target.value)}
          />
          <SelectField
            label="Branch"
            name="calendar-branch"
            value={branchId}
            options={[{ value: '', label: 'All branches' }, ...catalog.branches.map((b) => ({ value: b.id, label: optionLabel(b) }))]}
            onChange={(e) => {
              setBranchId(e.target.value);
              setDoctorId('');
            }}
          />
        </div>
      </section>

      {booking && (
        <BookingPanel
          catalog={catalog}
          timezone={timezone}
          doctorId={doctorId}
          branchId={branchId}
          date={date < today ? today : date}
          phone={rest[1]}
          onClose={() => navigate('/calendar')}
          onBooked={(appointment, message) => {
            setBooked(message);
            setDate(localDateOf(appointment.start, timezone));
            setView('day');
            navigate('/calendar');
          }}
        />
      )}
      {booked && <SuccessNote>{booked}</SuccessNote>}

      <section className="fd-card" aria-labelledby="calendar-heading" aria-busy={calendar.isPending}>
        <h3 id="calendar-heading">{title}</h3>
        {calendar.isPending && <LoadingState>Loading appointments…</LoadingState>}
        {calendar.isError && <ScheduleError error={calendar.error} title="The calendar could not be loaded." onRetry={() => void calendar.refetch()} />}
        {calendar.isSuccess && view === 'day' && (
          appointments.length === 0 ? (
            <EmptyState title="No appointments on this day">{doctorId || branchId ? 'Try all doctors and branches, or another day.' : 'Choose another day, or book one.'}</EmptyState>
          ) : (
            <AppointmentList label={`Appointments on ${formatLocalDate(date)}`} appointments={appointments} catalog={catalog} timezone={zone} user={user} patients={patients} />
          )
        )}
        {calendar.isSuccess && view === 'week' && (
          <>
            {selected && (
              <div className="fd-editor fd-selected">
                <div className="fd-section-head">
                  <h4>Selected appointment</h4>
                  <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => setSelectedId(undefined)}>
                    Close
                  </button>
                </div>
                <AppointmentItem appointment={selected} patient={patients.get(selected.patientRef)} catalog={catalog} timezone={zone} user={user} showDate />
              </div>
            )}
            <WeekGrid
              from={from}
              today={today}
              appointments={appointments}
              catalog={catalog}
              timezone={zone}
              patients={patients}
              selectedId={selectedId}
              showDoctor={!doctorId && catalog.doctors.length > 1}
              onSelect={setSelectedId}
              onOpenDay={(day) => {
                setDate(day);
                setView('day');
              }}
            />
          </>
        )}
      </section>
    </>
  );
}

function WeekGrid({
  from,
  today,
  appointments,
  catalog,
  timezone,
  patients,
  selectedId,
  showDoctor,
  onSelect,
  onOpenDay,
}: {
  showDoctor: boolean;
  from: string;
  today: string;
  appointments: Appointment[];
  catalog: Catalog;
  timezone: string;
  patients: Map<string, PatientSummary>;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onOpenDay: (date: string) => void;
}) {
  const dates = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  return (
    <div className="fd-week">
      {dates.map((day) => {
        const list = appointments.filter((a) => localDateOf(a.start, timezone) === day);
        return (
          <section
            key={day}
            className={`fd-week-day${day === today ? ' fd-week-today' : ''}${list.length === 0 ? ' fd-week-empty' : ''}`}
            aria-label={formatLocalDate(day, 'medium')}
          >
            <h4>
              <button type="button" className="fd-link-button" onClick={() => onOpenDay(day)}>
                {formatLocalDate(day, 'short')}
              </button>
              {day === today && <span className="fd-badge fd-badge-brand fd-badge-inline">Today</span>}
            </h4>
            {list.length === 0 ? (
              <p className="fd-small fd-muted">Nothing booked</p>
            ) : (
              <ul className="fd-week-list">
                {list.map((a) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      className="fd-week-entry"
                      aria-pressed={a.id === selectedId}
                      title={`${timeLabel(a.start, timezone)} ${patients.get(a.patientRef)?.name ?? a.patientRef}, ${serviceOf(catalog, a.serviceId).name}, ${doctorOf(catalog, a.doctorId).name}: ${stateLook(a).label}`}
                      onClick={() => onSelect(a.id)}
                    >
                      <span className="fd-strong">{timeLabel(a.start, timezone)}</span>
                      <bdi>{patients.get(a.patientRef)?.name ?? a.patientRef}</bdi>
                      <span className="fd-muted">{serviceOf(catalog, a.serviceId).name}</span>
                      {showDoctor && <span className="fd-muted">{doctorOf(catalog, a.doctorId).name}</span>}
                      <StateBadge appointment={a} timezone={timezone} compact />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
