import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ErrorAlert, SuccessNote, TextField, useTRPC } from '@frontdesk/web-common';

/** Operators invite a clinic's owner; the owner then invites the team. */
export function InviteOwnerForm({ clinicId, clinicName }: { clinicId: string; clinicName: string }) {
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const invite = useMutation(trpc.admin.identity.inviteOwner.mutationOptions({ onSuccess: () => setEmail('') }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ clinicId, email });
  };
  return (
    <form className="fd-form" onSubmit={submit} noValidate aria-label={`Invite the owner of ${clinicName}`}>
      <TextField
        label="Owner's e-mail"
        hint="They get a link to choose a password; at their first sign-in they set up two-step sign-in."
        type="email"
        name="owner-email"
        autoComplete="off"
        required
        value={email}
        onChange={(e) => {
          setEmail(e.target.value);
          if (invite.isSuccess) invite.reset();
        }}
        style={{ maxInlineSize: '24rem' }}
      />
      {invite.isError && <ErrorAlert error={invite.error} labels={{ email: "Owner's e-mail", clinicId: 'Clinic' }} />}
      {invite.isSuccess && (
        <SuccessNote>
          Invitation sent to {invite.variables.email}. It expires on {new Date(invite.data.expiresAt).toLocaleDateString()}.
        </SuccessNote>
      )}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={invite.isPending}>
          {invite.isPending ? 'Sending…' : 'Send owner invitation'}
        </button>
      </div>
    </form>
  );
}
