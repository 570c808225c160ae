import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorAlert, LoadingState, PageTitle, RouteLink, useTRPC, type StaffUser } from '@frontdesk/web-common';
import { formatLocalDate, todayIn } from '../../shared/clinic-time';
import { ScheduleError, isDoctorNotLinked } from '../../shared/not-linked';
import { byStart, can, stateLook, useCatalog, usePatientDirectory } from '../../shared/schedule-data';
import { AppointmentList } from './appointment-item';

/**
 * The landing page: today's appointments across the doctors the signed-in
 * person may see, in time order, with the quick actions of their role.
 */
export function TodayPage({ user }: { user: StaffUser }) {
  const trpc = useTRPC();
  const catalog = useCatalog();
  const timezone = catalog.data?.profile.timezone;
  const today = timezone ? todayIn(timezone) : undefined;
  const calendar = useQuery({
    ...trpc.staff.scheduling.calendar.queryOptions({ from: today ?? '1970-01-01', days: 1 }),
    enabled: today !== undefined,
    // The front desk leaves this page open all day.
    refetchInterval: 60_000,
  });
  const appointments = [...(calendar.data?.appointments ?? [])].sort(byStart);
  const patients = usePatientDirectory(appointments.map((a) => a.patientRef));
  const counts = new Map<string, number>();
  for (const a of appointments) counts.set(stateLook(a).label, (counts.get(stateLook(a).label) ?? 0) + 1);
  const pending = appointments.filter((a) => a.state === 'held' && a.holdPurpose === 'approval').length;
  const suspended = catalog.data?.profile.status === 'suspended';

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Today · Staff dashboard · Frontdesk">Today</PageTitle>
        <p className="fd-muted">
          Welcome, {user.name}.
          {catalog.isSuccess && (
            <>
              {' '}
              You are signed in to <bdi className="fd-strong">{catalog.data.profile.name}</bdi>.
            </>
          )}
        </p>
      </div>

      {suspended && (
        <div className="fd-notice" role="status">
          <p>
            This clinic is suspended by the platform. Patients see a polite "closed" message and the assistant does not answer. You can still sign in
            and export your data.
          </p>
        </div>
      )}

      <section className="fd-card" aria-labelledby="today-heading" aria-busy={catalog.isPending || calendar.isPending}>
        <div className="fd-section-head">
          <h3 id="today-heading">{today ? formatLocalDate(today) : "Today's appointments"}</h3>
          {can(user, 'booking.manage') && !isDoctorNotLinked(calendar.error) && (
            <RouteLink to="/calendar/book" className="fd-button fd-button-small">
              Book an appointment
            </RouteLink>
          )}
        </div>
        {catalog.isPending && <LoadingState>Loading the clinic…</LoadingState>}
        {catalog.isError && <ErrorAlert error={catalog.error} title="The clinic's details could not be loaded." onRetry={() => void catalog.refetch()} />}
        {calendar.isPending && today && <LoadingState>Loading today's appointments…</LoadingState>}
        {calendar.isError && <ScheduleError error={calendar.error} title="Today's appointments could not be loaded." onRetry={() => void calendar.refetch()} />}
        {catalog.isSuccess && calendar.isSuccess && (
          <>
            <p className="fd-small fd-muted">
              {appointments.length === 0
                ? `Times are the clinic's local time (${calendar.data.timezone}).`
                : `${appointments.length} appointment${appointments.length === 1 ? '' : 's'}: ${[...counts].map(([label, n]) => `${n} ${label.toLowerCase()}`).join(', ')}. Times are the clinic's local time (${calendar.data.timezone}).`}
            </p>
            {pending > 0 && can(user, 'booking.manage') && (
              <div className="fd-notice" role="status">
                <p>
                  {pending} request{pending === 1 ? ' waits' : 's wait'} for your approval: accept or decline {pending === 1 ? 'it' : 'them'} below.
                </p>
              </div>
            )}
            {appointments.length === 0 ? (
              <EmptyState title="No appointments today">
                {catalog.data.doctors.length === 0
                  ? 'The clinic has no doctors yet. The owner adds them under Settings, then sets their hours under Settings → Availability.'
                  : can(user, 'booking.manage')
                    ? 'Book one from the calendar, or wait for patients to book through the assistant.'
                    : 'New bookings appear here as they are made.'}
              </EmptyState>
            ) : (
              <AppointmentList
                label="Today's appointments"
                appointments={appointments}
                catalog={catalog.data}
                timezone={calendar.data.timezone}
                user={user}
                patients={patients}
              />
            )}
          </>
        )}
      </section>
    </>
  );
}
