import { useQuery } from '@tanstack/react-query';
import { Shell, describeError, useTRPC } from '@frontdesk/web-common';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' });
}

export function App() {
  const trpc = useTRPC();
  const health = useQuery(trpc.public.health.queryOptions());

  return (
    <Shell title="Operator console">
      <section className="fd-card" aria-labelledby="platform-heading">
        <h2 id="platform-heading">Platform</h2>
        <p role="status">
          {health.isPending && 'Checking the platform…'}
          {health.isSuccess && (
            <>
              Service status: <span className="fd-badge">{health.data.status}</span>
            </>
          )}
        </p>
        {health.isSuccess && (
          <dl className="fd-facts">
            <dt>Server time</dt>
            <dd>
              <time dateTime={health.data.time}>{formatTime(health.data.time)}</time>
            </dd>
            <dt>Version</dt>
            <dd>{health.data.version}</dd>
          </dl>
        )}
        {health.isError && (
          <div role="alert" className="fd-alert">
            <p>The platform could not be reached.</p>
            <p>{describeError(health.error).message}</p>
          </div>
        )}
      </section>
    </Shell>
  );
}
