import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';
import { formatDateTime } from './ui';

/**
 * The live `public.health` answer under the sign-in form: status, version
 * and (optionally) the server's clock, in one quiet line.
 */
export function ServiceStatus({ label = 'Service', showTime = false }: { label?: string; showTime?: boolean }) {
  const trpc = useTRPC();
  const health = useQuery(trpc.public.health.queryOptions());
  return (
    <section className="fd-status-line" aria-label={label}>
      <p role="status">
        {health.isPending && 'Checking the service…'}
        {health.isSuccess && (
          <>
            Service status: <span className="fd-badge">{health.data.status}</span>
          </>
        )}
        {health.isError && <span className="fd-error-text">The service could not be reached. Check your connection and reload the page.</span>}
      </p>
      {health.isSuccess && (
        <p>
          Version {health.data.version}
          {showTime && (
            <>
              {' · Server time '}
              <time dateTime={health.data.time}>{formatDateTime(health.data.time, { dateStyle: 'medium', timeStyle: 'long' })}</time>
            </>
          )}
        </p>
      )}
    </section>
  );
}
