import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AuditFilters, AuditTable, EmptyState, ErrorAlert, LoadingState, PageTitle, useTRPC, type AuditFilter } from '@frontdesk/web-common';

/** Owners: the clinic's audit trail, filtered by actor, action, target and time. */
export function AuditPage() {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useQuery(trpc.staff.identity.auditLog.queryOptions({ ...filter, limit: 200 }, { placeholderData: keepPreviousData }));
  // Names for `staff:usr_…` actors; owners may read the team.
  const team = useQuery(trpc.staff.identity.team.queryOptions());
  const nameOf = (actor: string) => {
    const [kind, id] = actor.split(':');
    return kind === 'staff' ? team.data?.find((m) => m.id === id)?.name : undefined;
  };
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Audit log · Staff dashboard · Frontdesk">Audit log</PageTitle>
        <p className="fd-muted">Sign-ins, invitations, role changes and catalog edits in your clinic, newest first.</p>
      </div>
      <section className="fd-card" aria-labelledby="filters-heading">
        <h3 id="filters-heading">Filters</h3>
        <AuditFilters onApply={setFilter} />
      </section>
      <section className="fd-card" aria-labelledby="records-heading" aria-busy={log.isFetching}>
        <h3 id="records-heading">Records</h3>
        {log.isPending && <LoadingState>Loading the audit log…</LoadingState>}
        {log.isError && <ErrorAlert error={log.error} title="The audit log could not be loaded." labels={{ from: 'From', to: 'To' }} onRetry={() => void log.refetch()} />}
        {log.isSuccess && log.data.length === 0 && (
          <EmptyState title={filtered ? 'No records match these filters' : 'Nothing recorded yet'}>
            {filtered ? 'Widen the time range or clear a filter.' : 'Sign-ins and changes will appear here.'}
          </EmptyState>
        )}
        {log.isSuccess && log.data.length > 0 && <AuditTable entries={log.data} nameOf={nameOf} caption="Audit records" />}
      </section>
    </>
  );
}
