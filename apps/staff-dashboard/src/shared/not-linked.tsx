import { ErrorAlert, describeError } from '@frontdesk/web-common';

/** The server's answer to a doctor's account the owner has not linked to a doctor entry yet. */
export const DOCTOR_NOT_LINKED = 'SCHEDULING.DOCTOR_NOT_LINKED';

export function isDoctorNotLinked(error: unknown): boolean {
  return !!error && describeError(error).domainCode === DOCTOR_NOT_LINKED;
}

/**
 * Not a failure to retry but a step the owner has to take: said plainly,
 * with who can fix it and where, instead of a generic error.
 */
export function NotLinkedPanel() {
  return (
    <div className="fd-notice" role="status" aria-labelledby="not-linked-title">
      <p id="not-linked-title" className="fd-strong">
        Your account is not linked to a doctor profile yet.
      </p>
      <p>Ask the clinic owner to link it in Team. Then you see your own appointments and patients here.</p>
    </div>
  );
}

/** The not-linked panel for that answer; the usual error alert for any other. */
export function ScheduleError({ error, title, onRetry, labels }: { error: unknown; title: string; onRetry?: () => void; labels?: Record<string, string> }) {
  if (isDoctorNotLinked(error)) return <NotLinkedPanel />;
  return <ErrorAlert error={error} title={title} {...(onRetry ? { onRetry } : {})} {...(labels ? { labels } : {})} />;
}
