import { ServiceStatus, SignInFlow, useSignOut } from '@frontdesk/web-common';

/** Signed out: the shared sign-in flow (operators always use two-step sign-in) and the platform's status. */
export function SignInPage({ notice, onSignedIn }: { notice: string | undefined; onSignedIn: () => void }) {
  return (
    <>
      <SignInFlow heading="Operator sign-in" notice={notice && <p role="status">{notice}</p>} onSignedIn={onSignedIn} />
      <ServiceStatus label="Platform" showTime />
    </>
  );
}

/** Clinic staff signed in here: point them to the staff dashboard. */
export function StaffAccountNotice({ name }: { name: string }) {
  const signOut = useSignOut();
  return (
    <section className="fd-card fd-narrow" aria-labelledby="staff-heading">
      <h2 id="staff-heading">This is a clinic account</h2>
      <p>You are signed in as {name}, a member of a clinic's team. The operator console is for platform operators.</p>
      <div className="fd-actions">
        <a className="fd-button" href="/staff/">
          Open the staff dashboard
        </a>
        <button type="button" className="fd-button fd-button-quiet" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
          Sign out
        </button>
      </div>
    </section>
  );
}
