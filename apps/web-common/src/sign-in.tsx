import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rememberSignIn, type SignedInUser } from './session';
import { useTRPC } from './trpc';
import { ErrorAlert, LoadingState, TextField } from './ui';

/**
 * The sign-in flow both the staff dashboard and the operator console use:
 * e-mail and password, then a code from the authenticator app (or a recovery
 * code), or, for accounts that must have two-step sign-in and have none yet,
 * enrolment with a QR code followed by the ten recovery codes, shown once.
 */

type Step =
  | { kind: 'password' }
  | { kind: 'code'; challenge: string }
  | { kind: 'enrol'; challenge: string }
  | { kind: 'recovery-codes'; codes: string[]; user: SignedInUser };

export interface SignInFlowProps {
  /** The h2 of the first step, e.g. "Sign in to the staff dashboard". */
  heading?: string;
  /** A sentence above the form, e.g. why the last session ended. */
  notice?: ReactNode;
  /** Called once the user is signed in (after the recovery codes, if any). */
  onSignedIn?: (user: SignedInUser) => void;
}

export function SignInFlow({ heading = 'Sign in', notice, onSignedIn }: SignInFlowProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'password' });

  const finish = (user: SignedInUser) => {
    rememberSignIn(queryClient, trpc, user);
    onSignedIn?.(user);
  };
  const restart = () => setStep({ kind: 'password' });

  switch (step.kind) {
    case 'password':
      return (
        <PasswordStep
          heading={heading}
          notice={notice}
          onSignedIn={finish}
          onCodeNeeded={(challenge) => setStep({ kind: 'code', challenge })}
          onEnrolmentNeeded={(challenge) => setStep({ kind: 'enrol', challenge })}
        />
      );
    case 'code':
      return <CodeStep challenge={step.challenge} onSignedIn={finish} onCancel={restart} />;
    case 'enrol':
      return (
        <EnrolmentStep
          challenge={step.challenge}
          onEnrolled={(codes, user) => setStep({ kind: 'recovery-codes', codes, user })}
          onCancel={restart}
        />
      );
    case 'recovery-codes':
      return (
        <section className="fd-card fd-wide" aria-labelledby="recovery-heading">
          <h2 id="recovery-heading">Save your recovery codes</h2>
          <RecoveryCodes codes={step.codes} onDone={() => finish(step.user)} />
        </section>
      );
  }
}

function PasswordStep({
  heading,
  notice,
  onSignedIn,
  onCodeNeeded,
  onEnrolmentNeeded,
}: {
  heading: string;
  notice: ReactNode;
  onSignedIn: (user: SignedInUser) => void;
  onCodeNeeded: (challenge: string) => void;
  onEnrolmentNeeded: (challenge: string) => void;
}) {
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation(
    trpc.public.identity.login.mutationOptions({
      onSuccess: (result) => {
        if (result.status === 'signed_in') onSignedIn(result.user);
        else if (result.status === 'mfa_required') onCodeNeeded(result.challenge);
        else onEnrolmentNeeded(result.challenge);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email, password });
  };
  return (
    <section className="fd-card fd-narrow" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{heading}</h2>
      {notice && <div className="fd-notice">{notice}</div>}
      <form className="fd-form" onSubmit={submit} noValidate aria-describedby={login.isError ? 'sign-in-error' : undefined}>
        <TextField label="E-mail" type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {login.isError && (
          <div id="sign-in-error">
            <ErrorAlert error={login.error} labels={{ email: 'E-mail', password: 'Password' }} />
          </div>
        )}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
    </section>
  );
}

function CodeStep({ challenge, onSignedIn, onCancel }: { challenge: string; onSignedIn: (user: SignedInUser) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const verify = useMutation(
    trpc.public.identity.verifyMfa.mutationOptions({
      onSuccess: (result) => {
        if (result.status === 'signed_in') onSignedIn(result.user);
      },
    }),
  );
  const expired = verify.isError && verify.error.data?.code === 'UNAUTHORIZED' && /Sign in again/.test(verify.error.message);
  return (
    <section className="fd-card fd-narrow" aria-labelledby="code-heading">
      <h2 id="code-heading">Two-step sign-in</h2>
      <p className="fd-muted">
        {useRecovery
          ? 'Enter one of the recovery codes you saved when you set up two-step sign-in. Each code works once.'
          : 'Open your authenticator app and enter the 6-digit code it shows for Frontdesk.'}
      </p>
      <form
        className="fd-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          verify.mutate({ challenge, code });
        }}
      >
        {useRecovery ? (
          <TextField
            key="recovery"
            label="Recovery code"
            name="recovery-code"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="xxxxx-xxxxx"
          />
        ) : (
          <TextField
            key="totp"
            label="6-digit code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            required
            className="fd-field-code"
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\s/g, ''))}
          />
        )}
        {verify.isError && <ErrorAlert error={verify.error} labels={{ code: useRecovery ? 'Recovery code' : 'Code', challenge: 'Sign-in step' }} />}
        <div className="fd-actions">
          {expired ? (
            <button type="button" className="fd-button" onClick={onCancel}>
              Sign in again
            </button>
          ) : (
            <button type="submit" className="fd-button" disabled={verify.isPending}>
              {verify.isPending ? 'Checking…' : 'Verify'}
            </button>
          )}
          <button
            type="button"
            className="fd-button fd-button-quiet"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setCode('');
              verify.reset();
            }}
          >
            {useRecovery ? 'Use the authenticator app instead' : 'Use a recovery code instead'}
          </button>
          <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
            Back
          </button>
        </div>
      </form>
    </section>
  );
}

function EnrolmentStep({
  challenge,
  onEnrolled,
  onCancel,
}: {
  challenge: string;
  onEnrolled: (codes: string[], user: SignedInUser) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const start = useMutation(trpc.public.identity.startMfaEnrolment.mutationOptions());
  // Once per challenge: a second start would replace the secret the QR code shows.
  const started = useRef<string | undefined>(undefined);
  const startMutate = start.mutate;
  useEffect(() => {
    if (started.current === challenge) return;
    started.current = challenge;
    startMutate({ challenge });
  }, [challenge, startMutate]);
  const confirm = useMutation(
    trpc.public.identity.confirmMfaEnrolment.mutationOptions({
      onSuccess: ({ result, recoveryCodes }) => {
        if (result.status === 'signed_in') onEnrolled(recoveryCodes, result.user);
      },
    }),
  );
  return (
    <section className="fd-card fd-wide" aria-labelledby="enrol-heading">
      <h2 id="enrol-heading">Set up two-step sign-in</h2>
      <p>
        Your account needs a second step when you sign in: a code from an authenticator app on your phone (for example Google Authenticator,
        Microsoft Authenticator or 1Password). It keeps patient data safe even if your password leaks.
      </p>
      {(start.isIdle || start.isPending) && <LoadingState>Preparing your QR code…</LoadingState>}
      {start.isError && (
        <>
          <ErrorAlert error={start.error} title="Two-step sign-in could not be started." labels={{ challenge: 'Sign-in step' }} />
          <div className="fd-actions">
            <button type="button" className="fd-button" onClick={onCancel}>
              Sign in again
            </button>
          </div>
        </>
      )}
      {start.isSuccess && (
        <MfaSetup
          details={start.data}
          pending={confirm.isPending}
          error={confirm.isError ? confirm.error : undefined}
          onSubmit={(code) => confirm.mutate({ challenge, code })}
          onCancel={onCancel}
        />
      )}
    </section>
  );
}

/** Splits a base32 secret into groups of four for reading and typing. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export interface MfaSetupProps {
  details: { qrDataUrl: string; secret: string };
  pending: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
  onCancel?: () => void;
}

/** QR code, the same secret as text for manual entry, and the confirming code. */
export function MfaSetup({ details, pending, error, onSubmit, onCancel }: MfaSetupProps) {
  const [code, setCode] = useState('');
  return (
    <div className="fd-enrol">
      <ol className="fd-steps">
        <li>
          <p>Scan this QR code with your authenticator app.</p>
          <img className="fd-qr" src={details.qrDataUrl} width={220} height={220} alt="QR code to add Frontdesk to an authenticator app" />
        </li>
        <li>
          <p>Can't scan it? Choose "enter a setup key" in the app and type this key:</p>
          <p>
            <code className="fd-secret" id="mfa-secret">
              {groupSecret(details.secret)}
            </code>
          </p>
        </li>
        <li>
          <form
            className="fd-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit(code);
            }}
          >
            <TextField
              label="Enter the 6-digit code the app shows"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={6}
              required
              className="fd-field-code"
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\s/g, ''))}
            />
            {error !== undefined && <ErrorAlert error={error} labels={{ code: 'Code' }} />}
            <div className="fd-actions">
              <button type="submit" className="fd-button" disabled={pending}>
                {pending ? 'Checking…' : 'Turn on two-step sign-in'}
              </button>
              {onCancel && (
                <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
                  Cancel
                </button>
              )}
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}

/** The ten recovery codes, shown once, with a deliberate "I saved them". */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="fd-recovery">
      <p>
        Two-step sign-in is on. If you lose your phone, each of these codes lets you sign in once. <strong>This is the only time they are shown</strong>:
        print them or keep them in a password manager.
      </p>
      <ol className="fd-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="fd-actions">
        <button type="button" className="fd-button" onClick={onDone}>
          I saved them, continue
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={() => void copy()}>
          Copy the codes
        </button>
      </div>
      <p role="status" className="fd-small fd-muted">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'no' && 'The browser did not allow copying; select the codes and copy them yourself.'}
      </p>
    </div>
  );
}
