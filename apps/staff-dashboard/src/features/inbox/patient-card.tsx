import { useQuery } from '@tanstack/react-query';
import { EmptyState, LoadingState, RouteLink, useTRPC, type StaffUser } from '@frontdesk/web-common';
import { ChatSignInLink } from '../../shared/chat-sign-in-link';
import { dateTimeLabel } from '../../shared/clinic-time';
import { StateBadge } from '../../shared/labels';
import { ScheduleError } from '../../shared/not-linked';
import { byStart, can, doctorOf, serviceOf, useCatalog, usePatientDirectory } from '../../shared/schedule-data';
import { CHANNEL_LABEL, type ConversationSummary } from './inbox-data';

const LANGUAGE: Record<string, string> = { ar: 'Arabic', en: 'English' };
/** Appointments that have not happened and are not over. */
const UPCOMING_STATES = new Set(['held', 'booked', 'confirmed']);

/** Who the patient is: phone, the clinic's record of them (a link to it) and their coming visits. */
export function PatientCard({ user, conversation, timezone }: { user: StaffUser; conversation: ConversationSummary; timezone: string | undefined }) {
  const phone = conversation.phone;
  return (
    <section className="fd-card fd-patient-card" aria-labelledby="patient-card-heading">
      <h3 id="patient-card-heading">Patient</h3>
      <dl className="fd-facts">
        <dt>Phone</dt>
        <dd className="fd-mono">{phone ? <bdi>{phone}</bdi> : <span className="fd-muted">Not verified yet</span>}</dd>
        {conversation.displayName && (
          <>
            <dt>{conversation.channel === 'whatsapp' ? 'WhatsApp name' : 'Name given'}</dt>
            <dd>
              <bdi>{conversation.displayName}</bdi>
            </dd>
          </>
        )}
        <dt>Writes in</dt>
        <dd>{LANGUAGE[conversation.language] ?? conversation.language}</dd>
        <dt>Channel</dt>
        <dd>{CHANNEL_LABEL[conversation.channel]}</dd>
      </dl>
      {!phone && (
        <p className="fd-small fd-muted">
          A web visitor becomes a known patient once they confirm their phone number through WhatsApp. Until then there is no record to link.
        </p>
      )}
      {phone && can(user, 'patient.view') && <PatientRecord user={user} phone={phone} timezone={timezone} />}
      {phone && <ChatSignInLink key={phone} user={user} phone={phone} timezone={timezone} />}
    </section>
  );
}

function PatientRecord({ user, phone, timezone }: { user: StaffUser; phone: string; timezone: string | undefined }) {
  const trpc = useTRPC();
  const directory = usePatientDirectory([phone]);
  const known = directory.get(phone);
  const catalog = useCatalog();
  const history = useQuery(trpc.staff.scheduling.patientAppointments.queryOptions({ patientRef: phone }));
  const now = new Date().toISOString();
  const upcoming = (history.data ?? []).filter((a) => UPCOMING_STATES.has(a.state) && a.end > now).sort(byStart).slice(0, 5);

  return (
    <>
      <p>
        {known ? (
          <RouteLink to={`/patients/${encodeURIComponent(phone)}`}>
            Open the patient profile of <bdi>{known.name}</bdi>
          </RouteLink>
        ) : (
          <span className="fd-muted">No patient record for this number yet.</span>
        )}
        {!known && can(user, 'booking.manage') && (
          <>
            {' '}
            <RouteLink to={`/calendar/book/${encodeURIComponent(phone)}`}>Book an appointment</RouteLink>
          </>
        )}
      </p>
      <h4 id="patient-upcoming-heading" className="fd-h5">
        Upcoming appointments
      </h4>
      {history.isPending && <LoadingState>Loading appointments…</LoadingState>}
      {history.isError && <ScheduleError error={history.error} title="The appointments could not be loaded." onRetry={() => void history.refetch()} />}
      {history.isSuccess && upcoming.length === 0 && <EmptyState title="None booked" />}
      {upcoming.length > 0 && catalog.data && timezone && (
        <ul className="fd-upcoming" aria-labelledby="patient-upcoming-heading">
          {upcoming.map((a) => (
            <li key={a.id}>
              <time dateTime={a.start} className="fd-strong">
                {dateTimeLabel(a.start, timezone)}
              </time>
              <span className="fd-small">
                {serviceOf(catalog.data, a.serviceId).name} with {doctorOf(catalog.data, a.doctorId).name}
              </span>
              <span>
                <StateBadge appointment={a} timezone={timezone} compact />
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
