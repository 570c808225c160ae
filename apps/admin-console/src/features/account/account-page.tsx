import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmButton, ErrorAlert, LoadingState, PageTitle, forgetSession, useTRPC } from '@frontdesk/web-common';

/** The operator's own account: who, two-step sign-in, log out on every device. */
export function AccountPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.admin.identity.me.queryOptions());
  const everywhere = useMutation(trpc.admin.identity.logoutEverywhere.mutationOptions({ onSuccess: () => forgetSession(queryClient, trpc) }));
  return (
    <>
      <PageTitle documentTitle="My account · Operator console · Frontdesk">My account</PageTitle>
      <section className="fd-card" aria-labelledby="me-heading" aria-busy={me.isPending}>
        <h3 id="me-heading">Operator</h3>
        {me.isPending && <LoadingState />}
        {me.isError && <ErrorAlert error={me.error} title="Your account could not be loaded." onRetry={() => void me.refetch()} />}
        {me.isSuccess && (
          <dl className="fd-facts">
            <dt>Name</dt>
            <dd>{me.data.name}</dd>
            <dt>E-mail</dt>
            <dd>{me.data.email}</dd>
            <dt>Two-step sign-in</dt>
            <dd>{me.data.mfaEnabled ? <span className="fd-badge">On</span> : <span className="fd-badge fd-badge-warn">Off</span>}</dd>
          </dl>
        )}
      </section>
      <section className="fd-card" aria-labelledby="sessions-heading">
        <h3 id="sessions-heading">Sessions</h3>
        <p className="fd-muted">Operator sessions end after 12 hours, or 30 minutes without activity. If a device was lost, end them all.</p>
        {everywhere.isError && <ErrorAlert error={everywhere.error} title="Logging out everywhere failed." />}
        <ConfirmButton label="Log out everywhere" confirmLabel="Yes, log out on every device" disabled={everywhere.isPending} onConfirm={() => everywhere.mutate()} />
      </section>
    </>
  );
}
