import { describeError } from '@frontdesk/web-common';

/**
 * A failed call explained in the patient's language, with the server's own
 * sentence (English) under it and the request id for support; web-common's
 * ErrorAlert is English-only.
 */
export function ProblemAlert({ lead, error, retryLabel, onRetry, id }: { lead: string; error?: unknown; retryLabel?: string; onRetry?: () => void; id?: string }) {
  const problem = error == null ? undefined : describeError(error);
  const detail = problem && problem.message !== lead ? problem.message : undefined;
  return (
    <div role="alert" className="fd-alert pc-alert" id={id}>
      <p>{lead}</p>
      {detail && (
        <p className="fd-small" lang="en" dir="auto">
          {detail}
          {problem?.code === 'INTERNAL_SERVER_ERROR' && problem.requestId && (
            <>
              {' '}
              (<code>{problem.requestId}</code>)
            </>
          )}
        </p>
      )}
      {onRetry && retryLabel && (
        <p>
          <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={onRetry}>
            {retryLabel}
          </button>
        </p>
      )}
    </div>
  );
}
