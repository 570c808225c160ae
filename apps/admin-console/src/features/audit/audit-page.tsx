import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AuditFilters, AuditTable, EmptyState, ErrorAlert, LoadingState, PageTitle, SelectField, navigate, useTRPC, type AuditFilter } from '@frontdesk/web-common';

/** Any clinic's audit trail (read through an audited cross-tenant scope). */
export function AuditPage({ clinicId }: { clinicId: string | undefined }) {
  const trpc = useTRPC();
  const clinics = useQuery(trpc.admin.tenancy.listClinics.queryOptions());
  const options = [
    { value: '', label: 'Choose a clinic…' },
    ...[...(clinics.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: c.id, label: `${c.name} (${c.id})` })),
  ];
  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Audit log · Operator console · Frontdesk">Audit log</PageTitle>
        <p className="fd-muted">Reading a clinic's log is itself recorded in the platform audit trail.</p>
      </div>
      <section className="fd-card" aria-labelledby="clinic-choice-heading">
        <h3 id="clinic-choice-heading">Choose a clinic</h3>
        {clinics.isError && <ErrorAlert error={clinics.error} title="The clinics could not be loaded." onRetry={() => void clinics.refetch()} />}
        <SelectField
          label="Clinic"
          name="clinic"
          value={clinicId ?? ''}
          options={options}
          disabled={clinics.isPending}
          onChange={(e) => navigate(e.target.value ? `/audit/${encodeURIComponent(e.target.value)}` : '/audit')}
          style={{ maxInlineSize: '28rem' }}
        />
      </section>
      {clinicId ? <ClinicAudit key={clinicId} clinicId={clinicId} /> : <EmptyState title="No clinic chosen">Choose a clinic to read its audit log.</EmptyState>}
    </>
  );
}

function ClinicAudit({ clinicId }: { clinicId: string }) {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useQuery(trpc.admin.identity.auditLog.queryOptions({ clinicId, ...filter, limit: 200 }, { placeholderData: keepPreviousData }));
  const filtered = Object.keys(filter).length > 0;
  return (
    <>
      <section className="fd-card" aria-labelledby="filters-heading">
        <h3 id="filters-heading">Filters</h3>
        <AuditFilters onApply={setFilter} />
      </section>
      <section className="fd-card" aria-labelledby="records-heading" aria-busy={log.isFetching}>
        <h3 id="records-heading">Records</h3>
        {log.isPending && <LoadingState>Loading the audit log…</LoadingState>}
        {log.isError && <ErrorAlert error={log.error} title="The audit log could not be loaded." onRetry={() => void log.refetch()} />}
        {log.isSuccess && log.data.length === 0 && (
          <EmptyState title={filtered ? 'No records match these filters' : 'Nothing recorded yet'}>
            {filtered ? 'Widen the time range or clear a filter.' : 'Sign-ins and changes in this clinic will appear here.'}
          </EmptyState>
        )}
        {log.isSuccess && log.data.length > 0 && <AuditTable entries={log.data} caption={`Audit records of ${clinicId}`} />}
      </section>
    </>
  );
}
