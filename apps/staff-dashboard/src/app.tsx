import { useCallback, type ReactNode } from 'react';
import {
  ErrorAlert,
  RouteLink,
  SessionGate,
  Shell,
  segmentsOf,
  useRoutePath,
  useSessionEndWatch,
  useSignOut,
  type StaffUser,
} from '@frontdesk/web-common';
import { AccountPage } from './features/account/account-page';
import { AuditPage } from './features/audit/audit-page';
import { BillingPage } from './features/billing/billing-page';
import { BroadcastsPage } from './features/broadcasts/broadcasts-page';
import { InboxPage } from './features/inbox/inbox-page';
import { AcceptInvitePage, inviteFrom } from './features/invite/accept-invite-page';
import { PatientsPage } from './features/patients/patients-page';
import { CalendarPage } from './features/schedule/calendar-page';
import { TodayPage } from './features/schedule/today-page';
import { SecurityPage } from './features/security/security-page';
import { SettingsPage } from './features/settings/settings-page';
import { OperatorAccountNotice, SignInPage } from './features/sign-in/sign-in-page';
import { TeamPage } from './features/team/team-page';
import './features/schedule/schedule.css';

const APP_TITLE = 'Staff dashboard';

/**
 * The dashboard's pages. `allowed` decides from the signed-in user's
 * permissions (the server's permission matrix) whether the page opens; the
 * server checks every call again, so this only keeps people from pages whose
 * calls would be refused.
 */
interface PageDef {
  /** First path segment: `#/team` -> 'team'; '' for Today, the landing page. */
  segment: string;
  label: string;
  allowed: (permissions: readonly string[]) => boolean;
  /** Hidden from the navigation (reached another way). */
  hidden?: boolean;
  render: (user: StaffUser, rest: string[]) => ReactNode;
}

const has = (permission: string) => (permissions: readonly string[]) => permissions.includes(permission);

const PAGES: readonly PageDef[] = [
  { segment: '', label: 'Today', allowed: has('schedule.view'), render: (user) => <TodayPage user={user} /> },
  {
    segment: 'inbox',
    label: 'Inbox',
    allowed: (p) => p.includes('conversation.view') || p.includes('outbox.review'),
    render: (user, rest) => <InboxPage user={user} rest={rest} />,
  },
  { segment: 'calendar', label: 'Calendar', allowed: has('schedule.view'), render: (user, rest) => <CalendarPage user={user} rest={rest} /> },
  { segment: 'patients', label: 'Patients', allowed: has('patient.view'), render: (user, rest) => <PatientsPage user={user} rest={rest} /> },
  { segment: 'broadcasts', label: 'Broadcasts', allowed: has('broadcast.send'), render: (user) => <BroadcastsPage user={user} /> },
  { segment: 'team', label: 'Team', allowed: has('staff.manage'), render: (user) => <TeamPage user={user} /> },
  {
    segment: 'settings',
    label: 'Settings',
    allowed: (p) => p.includes('catalog.edit') || p.includes('clinic.view'),
    render: (user, rest) => <SettingsPage user={user} section={rest[0]} />,
  },
  { segment: 'security', label: 'Security', allowed: has('staff.manage'), render: () => <SecurityPage /> },
  { segment: 'audit', label: 'Audit log', allowed: has('audit.view'), render: () => <AuditPage /> },
  { segment: 'billing', label: 'Billing', allowed: has('billing.manage'), render: () => <BillingPage /> },
  { segment: 'account', label: 'My account', allowed: has('account.self'), render: (user) => <AccountPage user={user} /> },
];

export function App() {
  const invite = inviteFrom(window.location.search);
  if (invite) {
    return (
      <Shell title={APP_TITLE}>
        <AcceptInvitePage clinicId={invite.clinicId} token={invite.token} />
      </Shell>
    );
  }
  return <Dashboard />;
}

/** Signed in or not: the session decides between the sign-in flow and the dashboard. */
function Dashboard() {
  return (
    <SessionGate
      title={APP_TITLE}
      appName="dashboard"
      kind="staff"
      signIn={(notice, signedIn) => <SignInPage notice={notice} onSignedIn={signedIn} />}
      wrongKind={(name) => <OperatorAccountNotice name={name} />}
    >
      {(user, onEnded) => <SignedIn user={user} onEnded={onEnded} />}
    </SessionGate>
  );
}

function SignedIn({ user, onEnded }: { user: StaffUser; onEnded: (notice: string | undefined) => void }) {
  const path = useRoutePath();
  const [segment = '', ...rest] = segmentsOf(path);
  const signOut = useSignOut(() => onEnded(undefined));
  useSessionEndWatch(useCallback(() => onEnded('Your session has ended. Sign in again to continue.'), [onEnded]));

  const page = PAGES.find((p) => p.segment === segment);
  const visible = PAGES.filter((p) => !p.hidden && p.allowed(user.permissions));

  const account = (
    <>
      <span className="fd-account-name">
        {user.name} <span>· {ROLE_LABEL[user.role]}</span>
      </span>
      <button type="button" className="fd-button fd-button-small" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
    </>
  );

  const nav = (
    <ul>
      {visible.map((p) => (
        <li key={p.segment}>
          <RouteLink to={`/${p.segment}`} current={p === page}>
            {p.label}
          </RouteLink>
        </li>
      ))}
    </ul>
  );

  let content: ReactNode;
  if (!page) content = <NotFoundPage />;
  else if (!page.allowed(user.permissions)) content = <NoAccessPage label={page.label} role={user.role} />;
  else content = page.render(user, rest);

  return (
    <Shell title={APP_TITLE} account={account} nav={nav}>
      {signOut.isError && <ErrorAlert error={signOut.error} title="Signing out failed." />}
      {content}
    </Shell>
  );
}

const ROLE_LABEL: Record<StaffUser['role'], string> = { owner: 'Owner', doctor: 'Doctor', receptionist: 'Receptionist' };

/** Shown instead of a page the user's role may not open: never the page itself. */
function NoAccessPage({ label, role }: { label: string; role: StaffUser['role'] }) {
  return (
    <section className="fd-card" aria-labelledby="no-access-heading">
      <h2 id="no-access-heading">{label}</h2>
      <div role="alert" className="fd-alert">
        <p className="fd-strong">You don't have access to {label}</p>
        <p>Your role ({ROLE_LABEL[role].toLowerCase()}) can't open this page. If you need it, ask your clinic's owner.</p>
      </div>
      <p className="fd-actions" style={{ marginBlockStart: '1rem' }}>
        <RouteLink to="/" className="fd-button fd-button-quiet">
          Back to Today
        </RouteLink>
      </p>
    </section>
  );
}

function NotFoundPage() {
  return (
    <section className="fd-card" aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">Page not found</h2>
      <p>There is no page at this address.</p>
      <RouteLink to="/" className="fd-button fd-button-quiet">
        Back to Today
      </RouteLink>
    </section>
  );
}
