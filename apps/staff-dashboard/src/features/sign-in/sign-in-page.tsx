import { ServiceStatus, SignInFlow } from '@frontdesk/web-common';

/** Signed out: the shared sign-in flow, and whether the service is up. */
export function SignInPage({ notice, onSignedIn }: { notice: string | undefined; onSignedIn: () => void }) {
  return (
    <>
      <SignInFlow
        heading="Sign in to your clinic"
        notice={notice && <p role="status">{notice}</p>}
        onSignedIn={onSignedIn}
      />
      <ServiceStatus />
    </>
  );
}

/** An operator's session in the staff dashboard: point them to their console. */
export function OperatorAccountNotice({ name }: { name: string }) {
  return (
    <section className="fd-card fd-narrow" aria-labelledby="operator-heading">
      <h2 id="operator-heading">This is an operator account</h2>
      <p>
        You are signed in as {name}, a platform operator. The staff dashboard is for clinic teams; your work happens in the operator
        console.
      </p>
      <a className="fd-button" href="/admin/">
        Open the operator console
      </a>
    </section>
  );
}
