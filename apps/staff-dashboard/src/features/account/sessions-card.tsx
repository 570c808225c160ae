import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmButton, ErrorAlert, LoadingState, SuccessNote, forgetSession, formatDateTime, useTRPC } from '@frontdesk/web-common';

/** "Chrome on Linux" from a user-agent string; the raw string stays in the title. */
export function describeDevice(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : undefined;
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : undefined;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? (userAgent || 'Unknown device');
}

export function SessionsCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.staff.identity.sessions.queryOptions());
  const end = useMutation(
    trpc.staff.identity.endSession.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.staff.identity.sessions.queryKey() }),
    }),
  );
  const everywhere = useMutation(
    trpc.staff.identity.logoutEverywhere.mutationOptions({
      onSuccess: () => forgetSession(queryClient, trpc),
    }),
  );

  return (
    <section className="fd-card" aria-labelledby="sessions-heading" aria-busy={sessions.isPending}>
      <div className="fd-section-head">
        <h3 id="sessions-heading">Where you are signed in</h3>
        <ConfirmButton
          label="Log out everywhere"
          confirmLabel="Yes, log out on every device"
          disabled={everywhere.isPending}
          onConfirm={() => everywhere.mutate()}
        />
      </div>
      {everywhere.isError && <ErrorAlert error={everywhere.error} title="Logging out everywhere failed." />}
      {sessions.isPending && <LoadingState>Loading your sessions…</LoadingState>}
      {sessions.isError && <ErrorAlert error={sessions.error} title="Your sessions could not be loaded." onRetry={() => void sessions.refetch()} />}
      {end.isError && <ErrorAlert error={end.error} title="That session was not ended." />}
      {end.isSuccess && <SuccessNote>The session was ended; that device must sign in again.</SuccessNote>}
      {sessions.isSuccess && (
        <div className="fd-table-wrap">
          <table className="fd-table">
            <caption className="fd-visually-hidden">Your active sessions</caption>
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">IP address</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last active</th>
                <th scope="col">
                  <span className="fd-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((session) => (
                <tr key={session.id}>
                  <th scope="row" title={session.userAgent}>
                    {describeDevice(session.userAgent)} {session.current && <span className="fd-badge fd-badge-brand">This browser</span>}
                  </th>
                  <td className="fd-mono">{session.ip}</td>
                  <td>{formatDateTime(session.createdAt)}</td>
                  <td>{formatDateTime(session.lastSeenAt)}</td>
                  <td>
                    {!session.current && (
                      <ConfirmButton
                        label="End"
                        accessibleName={`End the session of ${describeDevice(session.userAgent)} from ${session.ip}`}
                        confirmLabel="End session"
                        disabled={end.isPending}
                        onConfirm={() => end.mutate({ sessionId: session.id })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
