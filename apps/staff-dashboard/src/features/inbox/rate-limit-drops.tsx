import { useQuery } from '@tanstack/react-query';
import { ErrorAlert, LoadingState, useTRPC } from '@frontdesk/web-common';
import type { RateLimitDrop } from './inbox-data';

const LIMIT_LABEL: Record<RateLimitDrop['limit'], string> = {
  session: 'Per chat session',
  phone: 'Per phone',
  clinic: 'For the clinic',
};

const FROM_WHOM: Record<RateLimitDrop['limit'], string> = {
  session: 'from one chat',
  phone: 'from one phone number, over all its chats',
  clinic: 'to the clinic, from all patients together',
};

/** "a minute", "an hour", else the seconds: the limits' windows as staff read them. */
function perWindow(seconds: number): string {
  if (seconds === 60) return 'a minute';
  if (seconds === 3600) return 'an hour';
  return `in ${seconds} seconds`;
}

/** "Over 10 messages a minute from one chat": when a limit drops a message, from the limit itself. */
export function limitExplanation(drop: RateLimitDrop): string {
  return `Over ${drop.max} messages ${perWindow(drop.windowSeconds)} ${FROM_WHOM[drop.limit]}`;
}

/**
 * Inbound messages the rate limits dropped, per limit: a dropped message gets
 * no answer (the patient is asked once to wait), so staff should know it
 * happens. No event announces a drop, so the count is read again every minute.
 */
export function RateLimitDropsCard() {
  const trpc = useTRPC();
  const drops = useQuery(trpc.staff.conversation.rateLimitDrops.queryOptions(undefined, { refetchInterval: 60_000 }));
  return (
    <section className="fd-card fd-drops" aria-labelledby="drops-heading" aria-busy={drops.isPending}>
      <h3 id="drops-heading">Messages dropped by the rate limits</h3>
      <p className="fd-small fd-muted">
        A message over a limit is not answered; the patient is asked once to wait a little and send it again. Counted since the clinic started using Frontdesk.
      </p>
      {drops.isPending && <LoadingState>Loading the dropped messages…</LoadingState>}
      {drops.isError && <ErrorAlert error={drops.error} title="The dropped messages could not be loaded." onRetry={() => void drops.refetch()} />}
      {drops.isSuccess && (
        <div className="fd-table-wrap">
          <table className="fd-table" aria-label="Messages dropped per rate limit">
            <thead>
              <tr>
                <th scope="col">Limit</th>
                <th scope="col">Dropped</th>
                <th scope="col">When it drops a message</th>
              </tr>
            </thead>
            <tbody>
              {drops.data.map((drop) => (
                <tr key={drop.limit}>
                  <th scope="row">{LIMIT_LABEL[drop.limit]}</th>
                  <td className="fd-drops-count">{drop.dropped}</td>
                  <td>{limitExplanation(drop)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
