import { useQuery } from '@tanstack/react-query';
import { ErrorAlert, LoadingState, PageTitle, RouteLink, useTRPC, type StaffUser } from '@frontdesk/web-common';

const LANGUAGE: Record<string, string> = { en: 'English', ar: 'Arabic' };

/** Where each page leads, shown as tiles for the pages this role may open. */
const SHORTCUTS = [
  { to: '/team', label: 'Team', text: 'Invite doctors and receptionists, change roles.', permission: 'staff.manage' },
  { to: '/settings', label: 'Clinic settings', text: 'Branches, doctors, services, FAQ and the assistant.', permission: 'clinic.view' },
  { to: '/security', label: 'Security', text: 'Idle time-out and two-step sign-in for the team.', permission: 'staff.manage' },
  { to: '/audit', label: 'Audit log', text: 'Who did what, and when.', permission: 'audit.view' },
  { to: '/account', label: 'My account', text: 'Password, two-step sign-in and your sessions.', permission: 'account.self' },
] as const;

export function HomePage({ user }: { user: StaffUser }) {
  const trpc = useTRPC();
  const clinic = useQuery(trpc.staff.tenancy.myClinic.queryOptions());

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Home · Staff dashboard · Frontdesk">Welcome, {user.name}</PageTitle>
        {clinic.isSuccess && (
          <p className="fd-muted">
            You are signed in to <bdi className="fd-strong">{clinic.data.name}</bdi>.
          </p>
        )}
      </div>

      <section className="fd-card" aria-labelledby="clinic-heading" aria-busy={clinic.isPending}>
        <h3 id="clinic-heading">Your clinic</h3>
        {clinic.isPending && <LoadingState>Loading your clinic…</LoadingState>}
        {clinic.isError && <ErrorAlert error={clinic.error} title="Your clinic's details could not be loaded." onRetry={() => void clinic.refetch()} />}
        {clinic.isSuccess && (
          <>
            {clinic.data.status === 'suspended' && (
              <div className="fd-notice" role="status">
                <p>
                  This clinic is suspended by the platform. Patients see a polite "closed" message and the assistant does not answer. You
                  can still sign in and export your data.
                </p>
              </div>
            )}
            <dl className="fd-facts">
              <dt>Name</dt>
              <dd>
                <bdi>{clinic.data.name}</bdi>
              </dd>
              <dt>Time zone</dt>
              <dd>{clinic.data.timezone}</dd>
              <dt>Language</dt>
              <dd>{LANGUAGE[clinic.data.defaultLanguage] ?? clinic.data.defaultLanguage}</dd>
              <dt>Currency</dt>
              <dd>{clinic.data.currency}</dd>
              <dt>Status</dt>
              <dd>
                <span className={`fd-badge ${clinic.data.status === 'active' ? '' : 'fd-badge-warn'}`}>{clinic.data.status === 'active' ? 'Open' : 'Suspended'}</span>
              </dd>
            </dl>
          </>
        )}
      </section>

      <section aria-labelledby="shortcuts-heading">
        <h3 id="shortcuts-heading">Get around</h3>
        <div className="fd-tiles">
          {SHORTCUTS.filter((s) => user.permissions.includes(s.permission)).map((s) => (
            <RouteLink key={s.to} to={s.to} className="fd-tile">
              <span className="fd-strong">{s.label}</span>
              <span className="fd-muted fd-small">{s.text}</span>
            </RouteLink>
          ))}
        </div>
      </section>

      <p className="fd-muted fd-small">Appointments, conversations and hand-offs will appear here as those parts of Frontdesk arrive.</p>
    </>
  );
}
