import { useQuery } from '@tanstack/react-query';
import { Shell, describeError, useTRPC } from '@frontdesk/web-common';

export function App() {
  const trpc = useTRPC();
  const health = useQuery(trpc.public.health.queryOptions());

  return (
    <Shell title="Staff dashboard">
      <section className="fd-card" aria-labelledby="service-heading">
        <h2 id="service-heading">Service</h2>
        <p role="status">
          {health.isPending && 'Checking the service…'}
          {health.isSuccess && (
            <>
              Service status: <span className="fd-badge">{health.data.status}</span>
            </>
          )}
        </p>
        {health.isSuccess && <p className="fd-muted">Version {health.data.version}</p>}
        {health.isError && (
          <div role="alert" className="fd-alert">
            <p>The service could not be reached.</p>
            <p>{describeError(health.error).message}</p>
          </div>
        )}
      </section>
      <section className="fd-card" aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">Sign in</h2>
        <p className="fd-muted">
          Staff sign-in arrives with the identity module. Appointments, conversations and hand-offs will appear here once
          you are signed in.
        </p>
      </section>
    </Shell>
  );
}
