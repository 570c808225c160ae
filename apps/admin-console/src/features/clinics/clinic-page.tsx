import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert, LoadingState, PageTitle, RouteLink, SuccessNote, TextArea, formatDateTime, useTRPC } from '@frontdesk/web-common';
import { InviteOwnerForm } from './invite-owner-form';

const LANGUAGE: Record<string, string> = { en: 'English', ar: 'Arabic' };

/** One clinic: profile, catalog at a glance, suspend or resume, owner invitation, audit log link. */
export function ClinicPage({ clinicId }: { clinicId: string }) {
  const trpc = useTRPC();
  const view = useQuery(trpc.admin.tenancy.clinicCatalog.queryOptions({ clinicId }));

  if (view.isPending) return <LoadingState>Loading the clinic…</LoadingState>;
  if (view.isError) {
    return (
      <>
        <PageTitle documentTitle="Clinic · Operator console · Frontdesk">Clinic {clinicId}</PageTitle>
        <ErrorAlert error={view.error} title="This clinic could not be loaded." onRetry={() => void view.refetch()} />
        <p>
          <RouteLink to="/">Back to the clinics</RouteLink>
        </p>
      </>
    );
  }
  const { profile, suspension } = view.data;
  const suspended = view.data.status === 'suspended';

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle={`${profile.name} · Operator console · Frontdesk`}>
          <bdi>{profile.name}</bdi>
        </PageTitle>
        <p className="fd-muted">
          <span className="fd-mono">{profile.id}</span> ·{' '}
          <span className={`fd-badge ${suspended ? 'fd-badge-warn' : ''}`}>{suspended ? 'Suspended' : 'Active'}</span>
        </p>
      </div>

      <section className="fd-card" aria-labelledby="profile-heading">
        <div className="fd-section-head">
          <h3 id="profile-heading">Profile</h3>
          <RouteLink to={`/audit/${encodeURIComponent(profile.id)}`} className="fd-button fd-button-quiet fd-button-small">
            Audit log
          </RouteLink>
        </div>
        <dl className="fd-facts">
          <dt>Time zone</dt>
          <dd>{profile.timezone}</dd>
          <dt>Language</dt>
          <dd>{LANGUAGE[profile.defaultLanguage] ?? profile.defaultLanguage}</dd>
          <dt>Currency</dt>
          <dd>{profile.currency}</dd>
          <dt>Catalog</dt>
          <dd>
            {view.data.branches.length} branches · {view.data.doctors.length} doctors · {view.data.services.length} services · {view.data.faq.length} FAQ
            entries
          </dd>
        </dl>
      </section>

      <section className="fd-card" aria-labelledby="status-heading">
        <h3 id="status-heading">Status</h3>
        {suspended ? <ResumeForm clinicId={profile.id} suspension={suspension} /> : <SuspendForm clinicId={profile.id} />}
      </section>

      <section className="fd-card" aria-labelledby="owner-heading">
        <h3 id="owner-heading">Invite an owner</h3>
        <InviteOwnerForm clinicId={profile.id} clinicName={profile.name} />
      </section>
    </>
  );
}

function useRefreshClinic(clinicId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.admin.tenancy.clinicCatalog.queryKey({ clinicId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.admin.tenancy.listClinics.queryKey() }),
    ]);
}

function SuspendForm({ clinicId }: { clinicId: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshClinic(clinicId);
  const [reason, setReason] = useState('');
  const suspend = useMutation(trpc.admin.tenancy.suspendClinic.mutationOptions({ onSuccess: () => refresh() }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    suspend.mutate({ clinicId, reason });
  };
  return (
    <form className="fd-form" onSubmit={submit} noValidate>
      <p>
        The clinic is active. Suspending it closes the patient chat with a polite message and stops the assistant; staff can still sign in
        and export their data.
      </p>
      <TextArea label="Reason" hint="Recorded in the audit trail and shown to operators." name="suspend-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      {suspend.isError && <ErrorAlert error={suspend.error} labels={{ reason: 'Reason' }} />}
      <div className="fd-actions">
        <button type="submit" className="fd-button fd-button-danger" disabled={suspend.isPending}>
          {suspend.isPending ? 'Suspending…' : 'Suspend clinic'}
        </button>
      </div>
    </form>
  );
}

function ResumeForm({ clinicId, suspension }: { clinicId: string; suspension: { reason: string; since: string; by: string } | null }) {
  const trpc = useTRPC();
  const refresh = useRefreshClinic(clinicId);
  const [note, setNote] = useState('');
  const resume = useMutation(trpc.admin.tenancy.resumeClinic.mutationOptions({ onSuccess: () => refresh() }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resume.mutate({ clinicId, ...(note.trim() ? { note } : {}) });
  };
  return (
    <form className="fd-form" onSubmit={submit} noValidate>
      <div className="fd-notice" role="status">
        <p>
          Suspended{suspension ? ` since ${formatDateTime(suspension.since)} by ${suspension.by}: ${suspension.reason}` : ''}. Patients see a
          closed message and the assistant does not answer.
        </p>
      </div>
      <TextArea label="Note (optional)" hint="Why the clinic is back, for the audit trail." name="resume-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      {resume.isError && <ErrorAlert error={resume.error} labels={{ note: 'Note' }} />}
      {resume.isSuccess && <SuccessNote>The clinic is active again.</SuccessNote>}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={resume.isPending}>
          {resume.isPending ? 'Resuming…' : 'Resume clinic'}
        </button>
      </div>
    </form>
  );
}
