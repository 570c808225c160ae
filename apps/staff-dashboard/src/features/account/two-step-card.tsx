import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert, LoadingState, MfaSetup, RecoveryCodes, SuccessNote, TextField, useTRPC, type StaffUser } from '@frontdesk/web-common';

/**
 * Two-step sign-in for the signed-in person. Owners must keep it (they
 * enrolled at sign-in); doctors and receptionists may turn it on or off,
 * unless the clinic requires it for everyone (the server then refuses).
 */
export function TwoStepCard({ user }: { user: StaffUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refreshUser = () => queryClient.invalidateQueries({ queryKey: trpc.public.identity.session.queryKey() });
  const [codes, setCodes] = useState<string[] | undefined>();

  const start = useMutation(trpc.staff.identity.startMfa.mutationOptions());
  const confirm = useMutation(
    trpc.staff.identity.confirmMfa.mutationOptions({
      onSuccess: ({ recoveryCodes }) => setCodes(recoveryCodes),
    }),
  );
  const disable = useMutation(trpc.staff.identity.disableMfa.mutationOptions({ onSuccess: () => void refreshUser() }));
  const [disableCode, setDisableCode] = useState('');

  const submitDisable = (event: FormEvent) => {
    event.preventDefault();
    disable.mutate({ code: disableCode });
  };

  let body;
  if (codes) {
    body = (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(undefined);
          start.reset();
          confirm.reset();
          void refreshUser();
        }}
      />
    );
  } else if (user.mfaEnabled) {
    body = (
      <>
        <p>
          <span className="fd-badge">On</span> Signing in asks for a code from your authenticator app.
        </p>
        {user.role === 'owner' ? (
          <p className="fd-muted">Clinic owners must keep two-step sign-in on.</p>
        ) : (
          <form className="fd-form" onSubmit={submitDisable} noValidate>
            <TextField
              label="Code from your authenticator app, to turn it off"
              name="disable-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              className="fd-field-code"
              value={disableCode}
              onChange={(e) => setDisableCode(e.target.value.replace(/\s/g, ''))}
            />
            {disable.isError && <ErrorAlert error={disable.error} labels={{ code: 'Code' }} />}
            <div className="fd-actions">
              <button type="submit" className="fd-button fd-button-quiet" disabled={disable.isPending}>
                {disable.isPending ? 'Turning off…' : 'Turn off two-step sign-in'}
              </button>
            </div>
          </form>
        )}
      </>
    );
  } else if (start.isSuccess) {
    body = (
      <MfaSetup
        details={start.data}
        pending={confirm.isPending}
        error={confirm.isError ? confirm.error : undefined}
        onSubmit={(code) => confirm.mutate({ code })}
        onCancel={() => {
          start.reset();
          confirm.reset();
        }}
      />
    );
  } else {
    body = (
      <>
        {disable.isSuccess && <SuccessNote>Two-step sign-in is off.</SuccessNote>}
        <p>
          <span className="fd-badge fd-badge-neutral">Off</span> Add a code from an authenticator app to your sign-in, so a leaked password
          is not enough to open patient data.
        </p>
        {start.isPending && <LoadingState>Preparing your QR code…</LoadingState>}
        {start.isError && <ErrorAlert error={start.error} title="Two-step sign-in could not be started." />}
        <div className="fd-actions">
          <button type="button" className="fd-button" disabled={start.isPending} onClick={() => start.mutate()}>
            Set up two-step sign-in
          </button>
        </div>
      </>
    );
  }

  return (
    <section className="fd-card" aria-labelledby="two-step-heading">
      <h3 id="two-step-heading">Two-step sign-in</h3>
      {body}
    </section>
  );
}
