import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError, useTRPC } from '@frontdesk/web-common';
import { minutesAndSeconds, type Copy, type Language } from '../../shared/copy';
import { clearHash } from '../../shared/page-options';
import { endingOf } from '../../shared/phone';
import { ProblemAlert } from '../../shared/problem';

/** How often the chat asks whether the WhatsApp message has arrived (the `verified` event is usually first). */
const POLL_MS = 2_000;

export interface VerificationPanelProps {
  clinicId: string;
  copy: Copy;
  language: Language;
  /** The chat session is open. */
  ready: boolean;
  /** The form is shown (the patient opened it, or the assistant asked for verification). */
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  /** A front-desk sign-in link's token from `#link=`, redeemed once. */
  linkToken: string | null;
}

/** Seconds left until `expiresAt`, ticking once a second while there is a code. */
function useCountdown(expiresAt: string | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!expiresAt) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  if (!expiresAt) return null;
  return Math.max(0, Date.parse(expiresAt) - now);
}

/**
 * Click-to-WhatsApp verification: the patient types their number, the chat
 * shows a code and a wa.me link, the patient sends the code from WhatsApp and
 * the chat turns verified (the `verified` event, or the 2-second poll).
 */
/**
 * Reads the verification state again after something changed it. A first read still in flight
 * may have been answered before the change, and invalidating alone would wait for that stale
 * answer instead of asking again, so it is cancelled first.
 */
export function useRecheckVerification(): () => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => {
    const queryKey = trpc.public.conversation.verification.queryKey();
    void queryClient.cancelQueries({ queryKey }).then(() => queryClient.invalidateQueries({ queryKey }));
  }, [queryClient, trpc]);
}

export function VerificationPanel({ clinicId, copy, language, ready, expanded, onExpandedChange, linkToken }: VerificationPanelProps) {
  const trpc = useTRPC();
  const formId = useId();
  const phoneId = useId();
  const [phone, setPhone] = useState('');

  const status = useQuery(
    trpc.public.conversation.verification.queryOptions(ready ? { clinicId } : skipToken, {
      staleTime: 0,
      refetchInterval: (query) => (query.state.data?.state === 'pending' ? POLL_MS : false),
    }),
  );
  const recheck = useRecheckVerification();

  const start = useMutation(trpc.public.conversation.startVerification.mutationOptions({ onSuccess: recheck }));

  // A front-desk sign-in link: redeemed once, then taken out of the address bar.
  const redeem = useMutation(trpc.public.conversation.redeemLink.mutationOptions({ onSuccess: recheck, onSettled: clearHash }));
  const redeemed = useRef(false);
  useEffect(() => {
    if (!ready || !linkToken || redeemed.current) return;
    redeemed.current = true;
    redeem.mutate({ clinicId, token: linkToken });
  }, [ready, linkToken, clinicId, redeem]);

  const state = status.data?.state;
  const verified = state === 'verified';
  const started = start.data?.available ? start.data : undefined;
  const left = useCountdown(started && !verified ? started.expiresAt : undefined);
  const expired = left !== null && left <= 0;
  const waitingForCode = started !== undefined && !verified && !expired;

  // Once verified, the form folds away.
  useEffect(() => {
    if (verified) onExpandedChange(false);
  }, [verified, onExpandedChange]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (start.isPending) return;
    start.mutate({ clinicId, phone, language });
  };

  const startProblem = start.error ? describeError(start.error) : undefined;
  const phoneError =
    startProblem?.domainCode === 'IDENTITY.INVALID_PHONE' || startProblem?.issues.some((issue) => issue.path === 'phone')
      ? copy.invalidPhone
      : startProblem?.domainCode === 'IDENTITY.VERIFICATION_RATE_LIMITED' || startProblem?.code === 'TOO_MANY_REQUESTS'
        ? copy.rateLimited(startProblem.message)
        : undefined;

  return (
    <section className={`pc-verify${verified ? ' pc-verify-done' : ''}`} aria-labelledby={`${formId}-title`}>
      <div role="status" className="pc-verify-status">
        {verified && (
          <p className="pc-verified" id={`${formId}-title`}>
            <span aria-hidden="true">✓ </span>
            {copy.verified(endingOf(status.data?.phone))}
          </p>
        )}
        {redeem.isPending && <p className="fd-muted">{copy.linkRedeeming}</p>}
        {redeem.isSuccess && !verified && <p>{copy.linkVerified(redeem.data.phoneEnding)}</p>}
      </div>
      {redeem.isError && <ProblemAlert lead={copy.linkFailed} error={redeem.error} />}

      {!verified && (
        <>
          <div className="pc-verify-head">
            <h2 id={`${formId}-title`} className="pc-verify-title">
              {copy.verifyTitle}
            </h2>
            <button
              type="button"
              className="fd-button fd-button-small fd-button-quiet"
              aria-expanded={expanded}
              aria-controls={`${formId}-body`}
              onClick={() => onExpandedChange(!expanded)}
            >
              {expanded ? copy.verifyHide : copy.verifyOpen}
            </button>
          </div>
          <div id={`${formId}-body`} hidden={!expanded} className="pc-verify-body">
            {start.data?.available === false && (
              <p role="alert" className="fd-alert">
                {copy.notAvailable}
              </p>
            )}

            {waitingForCode && started ? (
              <div className="pc-code-box">
                <p>{copy.codeIntro(started.phoneEnding)}</p>
                <p className="pc-code-line">
                  <span className="fd-visually-hidden">{copy.codeLabel}: </span>
                  <strong className="pc-code" dir="ltr" data-testid="verification-code">
                    {started.code}
                  </strong>
                </p>
                <p>
                  <a className="fd-button pc-whatsapp" href={started.waLink} target="_blank" rel="noopener noreferrer">
                    {copy.sendOnWhatsApp}
                  </a>
                </p>
                <p className="fd-muted">
                  {copy.waiting} {left !== null && <span className="pc-countdown">{copy.expiresIn(minutesAndSeconds(left))}</span>}
                </p>
                <p>
                  <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => start.reset()}>
                    {copy.otherNumber}
                  </button>
                </p>
              </div>
            ) : (
              <form className="fd-form pc-verify-form" onSubmit={onSubmit} noValidate>
                <p className="fd-muted fd-small">{copy.verifyWhy}</p>
                {expired && <p className="fd-alert">{copy.expired}</p>}
                <div className="fd-field">
                  <label htmlFor={phoneId}>{copy.phoneLabel}</label>
                  <input
                    id={phoneId}
                    type="tel"
                    dir="ltr"
                    inputMode="tel"
                    autoComplete="tel"
                    value={phone}
                    required
                    aria-invalid={phoneError ? true : undefined}
                    aria-describedby={`${phoneId}-hint${phoneError ? ` ${phoneId}-error` : ''}`}
                    onChange={(event) => setPhone(event.target.value)}
                  />
                  <span id={`${phoneId}-hint`} className="fd-hint">
                    {copy.phoneHint}
                  </span>
                  {phoneError && (
                    <span id={`${phoneId}-error`} className="fd-field-error" role="alert">
                      {phoneError}
                    </span>
                  )}
                </div>
                {start.error != null && !phoneError && <ProblemAlert lead={copy.verifyFailed} error={start.error} />}
                <p>
                  <button type="submit" className="fd-button" disabled={!ready || start.isPending || phone.trim() === ''}>
                    {start.isPending ? copy.gettingCode : copy.getCode}
                  </button>
                </p>
              </form>
            )}
          </div>
        </>
      )}
    </section>
  );
}
