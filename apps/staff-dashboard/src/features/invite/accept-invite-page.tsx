import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ErrorAlert, LoadingState, PageTitle, TextField, useTRPC } from '@frontdesk/web-common';

const ROLE_NAMES: Record<string, string> = { owner: 'owner', doctor: 'doctor', receptionist: 'receptionist' };

/** `?invite=<token>&clinic=<clinicId>` from an invite e-mail, or nothing. */
export function inviteFrom(search: string): { token: string; clinicId: string } | undefined {
  const params = new URLSearchParams(search);
  const token = params.get('invite')?.trim();
  const clinicId = params.get('clinic')?.trim();
  return token && clinicId ? { token, clinicId } : undefined;
}

/**
 * Someone opened their invite link: show whom it is for and which role, ask
 * for a name and a password, then send them to sign in.
 */
export function AcceptInvitePage({ clinicId, token }: { clinicId: string; token: string }) {
  const trpc = useTRPC();
  const details = useQuery(trpc.public.identity.inviteDetails.queryOptions({ clinicId, token }, { staleTime: Infinity }));
  const clinic = useQuery(trpc.public.tenancy.clinicProfile.queryOptions({ clinicId }, { staleTime: Infinity }));
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const accept = useMutation(trpc.public.identity.acceptInvite.mutationOptions());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    accept.mutate({ clinicId, token, name, password });
  };

  if (accept.isSuccess) {
    return (
      <section className="fd-card fd-narrow" aria-labelledby="invite-heading">
        <PageTitle id="invite-heading" documentTitle="Invitation accepted · Staff dashboard · Frontdesk">Your account is ready</PageTitle>
        <p role="status" className="fd-success">
          Welcome to the team. Sign in with {accept.data.email} and the password you just chose.
        </p>
        <p style={{ marginBlockStart: '1rem' }}>
          <a className="fd-button" href="/staff/">
            Sign in
          </a>
        </p>
      </section>
    );
  }

  return (
    <section className="fd-card fd-narrow" aria-labelledby="invite-heading" aria-busy={details.isPending}>
      <h2 id="invite-heading">Join {clinic.data ? <bdi>{clinic.data.name}</bdi> : 'your clinic'} on Frontdesk</h2>
      {details.isPending && <LoadingState>Checking your invitation…</LoadingState>}
      {details.isError && (
        <>
          <ErrorAlert error={details.error} title="This invitation cannot be used." />
          <p className="fd-muted" style={{ marginBlockStart: '1rem' }}>
            Invitations work once and for 7 days. Ask the person who invited you to send a new one.
          </p>
        </>
      )}
      {details.isSuccess && (
        <>
          <dl className="fd-facts">
            <dt>E-mail</dt>
            <dd>{details.data.email}</dd>
            <dt>Role</dt>
            <dd>
              <span className="fd-badge fd-badge-brand">{ROLE_NAMES[details.data.role] ?? details.data.role}</span>
            </dd>
          </dl>
          <form className="fd-form" style={{ marginBlockStart: '1.25rem' }} onSubmit={submit} noValidate>
            {/* Lets password managers store the new password with the right account. */}
            <input type="email" name="username" autoComplete="username" value={details.data.email} readOnly hidden />
            <TextField label="Your name" name="name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
            <TextField
              label="Choose a password"
              hint="At least 12 characters. A phrase of a few words is easy to remember and hard to guess."
              type="password"
              name="new-password"
              autoComplete="new-password"
              required
              minLength={12}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <TextField
              label="Repeat the password"
              type="password"
              name="repeat-password"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
            {mismatch && <ErrorAlert error="The two passwords are not the same." />}
            {accept.isError && <ErrorAlert error={accept.error} labels={{ name: 'Your name', password: 'Password' }} />}
            <div className="fd-actions">
              <button type="submit" className="fd-button" disabled={accept.isPending}>
                {accept.isPending ? 'Creating your account…' : 'Create my account'}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
