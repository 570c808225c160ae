import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorAlert, LoadingState, PageTitle, RouteLink, useTRPC } from '@frontdesk/web-common';

const LANGUAGE: Record<string, string> = { en: 'English', ar: 'Arabic' };

/** Every clinic on the platform (read through an audited cross-tenant scope). */
export function ClinicsPage() {
  const trpc = useTRPC();
  const clinics = useQuery(trpc.admin.tenancy.listClinics.queryOptions());
  const sorted = clinics.data ? [...clinics.data].sort((a, b) => a.name.localeCompare(b.name)) : [];
  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Clinics · Operator console · Frontdesk">Clinics</PageTitle>
        <p className="fd-muted">Every clinic on this Frontdesk. Opening this list is recorded in the platform audit trail.</p>
      </div>
      <section className="fd-card" aria-labelledby="clinics-heading" aria-busy={clinics.isPending}>
        <div className="fd-section-head">
          <h3 id="clinics-heading">{clinics.isSuccess ? `${clinics.data.length} ${clinics.data.length === 1 ? 'clinic' : 'clinics'}` : 'All clinics'}</h3>
          <RouteLink to="/clinics/new" className="fd-button">
            New clinic
          </RouteLink>
        </div>
        {clinics.isPending && <LoadingState>Loading the clinics…</LoadingState>}
        {clinics.isError && <ErrorAlert error={clinics.error} title="The clinics could not be loaded." onRetry={() => void clinics.refetch()} />}
        {clinics.isSuccess && clinics.data.length === 0 && <EmptyState title="No clinics yet">Create the first clinic and invite its owner.</EmptyState>}
        {clinics.isSuccess && clinics.data.length > 0 && (
          <div className="fd-table-wrap">
            <table className="fd-table">
              <caption className="fd-visually-hidden">Clinics</caption>
              <thead>
                <tr>
                  <th scope="col">Clinic</th>
                  <th scope="col">Time zone</th>
                  <th scope="col">Language</th>
                  <th scope="col">Currency</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((clinic) => (
                  <tr key={clinic.id}>
                    <th scope="row">
                      <RouteLink to={`/clinics/${encodeURIComponent(clinic.id)}`}>
                        <bdi>{clinic.name}</bdi>
                      </RouteLink>
                      <span className="fd-block fd-small fd-muted fd-mono" style={{ fontWeight: 400 }}>
                        {clinic.id}
                      </span>
                    </th>
                    <td>{clinic.timezone}</td>
                    <td>{LANGUAGE[clinic.defaultLanguage] ?? clinic.defaultLanguage}</td>
                    <td>{clinic.currency}</td>
                    <td>
                      <span className={`fd-badge ${clinic.status === 'active' ? '' : 'fd-badge-warn'}`}>{clinic.status === 'active' ? 'Active' : 'Suspended'}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
