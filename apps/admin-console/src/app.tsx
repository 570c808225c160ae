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
  type OperatorUser,
} from '@frontdesk/web-common';
import { AccountPage } from './features/account/account-page';
import { AuditPage } from './features/audit/audit-page';
import { ClinicPage } from './features/clinics/clinic-page';
import { ClinicsPage } from './features/clinics/clinics-page';
import { NewClinicPage } from './features/clinics/new-clinic-page';
import { SignInPage, StaffAccountNotice } from './features/sign-in/sign-in-page';

const APP_TITLE = 'Operator console';

interface NavItem {
  to: string;
  label: string;
  /** Whether the current path belongs to this item. */
  matches: (segments: string[]) => boolean;
}

const NAV: NavItem[] = [
  { to: '/', label: 'Clinics', matches: (s) => s.length === 0 || (s[0] === 'clinics' && s[1] !== 'new') },
  { to: '/clinics/new', label: 'New clinic', matches: (s) => s[0] === 'clinics' && s[1] === 'new' },
  { to: '/audit', label: 'Audit log', matches: (s) => s[0] === 'audit' },
  { to: '/account', label: 'My account', matches: (s) => s[0] === 'account' },
];

/** `#/`, `#/clinics/new`, `#/clinics/<id>`, `#/audit[/<clinicId>]`, `#/account`. */
function route(segments: string[]): ReactNode {
  const [first, second] = segments;
  if (!first) return <ClinicsPage />;
  if (first === 'clinics' && second === 'new') return <NewClinicPage />;
  if (first === 'clinics' && second) return <ClinicPage clinicId={second} />;
  if (first === 'clinics') return <ClinicsPage />;
  if (first === 'audit') return <AuditPage clinicId={second} />;
  if (first === 'account') return <AccountPage />;
  return (
    <section className="fd-card" aria-labelledby="not-found-heading">
      <h2 id="not-found-heading">Page not found</h2>
      <p>There is no page at this address.</p>
      <RouteLink to="/" className="fd-button fd-button-quiet">
        Back to the clinics
      </RouteLink>
    </section>
  );
}

export function App() {
  return (
    <SessionGate
      title={APP_TITLE}
      appName="console"
      kind="operator"
      signIn={(notice, signedIn) => <SignInPage notice={notice} onSignedIn={signedIn} />}
      wrongKind={(name) => <StaffAccountNotice name={name} />}
    >
      {(user, onEnded) => <SignedIn user={user} onEnded={onEnded} />}
    </SessionGate>
  );
}

function SignedIn({ user, onEnded }: { user: OperatorUser; onEnded: (notice: string | undefined) => void }) {
  const segments = segmentsOf(useRoutePath());
  const signOut = useSignOut(() => onEnded(undefined));
  useSessionEndWatch(useCallback(() => onEnded('Your session has ended. Sign in again to continue.'), [onEnded]));

  const account = (
    <>
      <span className="fd-account-name">
        {user.name} <span>· Operator</span>
      </span>
      <button type="button" className="fd-button fd-button-small" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
    </>
  );
  const nav = (
    <ul>
      {NAV.map((item) => (
        <li key={item.to}>
          <RouteLink to={item.to} current={item.matches(segments)}>
            {item.label}
          </RouteLink>
        </li>
      ))}
    </ul>
  );
  return (
    <Shell title={APP_TITLE} account={account} nav={nav}>
      {signOut.isError && <ErrorAlert error={signOut.error} title="Signing out failed." />}
      {route(segments)}
    </Shell>
  );
}
