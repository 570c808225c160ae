import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert, SuccessNote, TextField, useTRPC } from '@frontdesk/web-common';

/** Needs the current password; every other session ends when it changes. */
export function PasswordCard({ email }: { email: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(
    trpc.staff.identity.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrent('');
        setNew('');
        setRepeat('');
        void queryClient.invalidateQueries({ queryKey: trpc.staff.identity.sessions.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword, newPassword });
  };
  return (
    <section className="fd-card" aria-labelledby="password-heading">
      <h3 id="password-heading">Password</h3>
      <form className="fd-form" onSubmit={submit} noValidate>
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <div className="fd-stack">
          <TextField
            label="Current password"
            type="password"
            name="current-password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
          />
          <TextField
            label="New password"
            hint="At least 12 characters."
            type="password"
            name="new-password"
            autoComplete="new-password"
            required
            minLength={12}
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
          />
          <TextField
            label="Repeat the new password"
            type="password"
            name="repeat-password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </div>
        {mismatch && <ErrorAlert error="The new password and its repetition are not the same." />}
        {change.isError && <ErrorAlert error={change.error} labels={{ currentPassword: 'Current password', newPassword: 'New password' }} />}
        {change.isSuccess && <SuccessNote>Password changed. Your other sessions were signed out.</SuccessNote>}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}
