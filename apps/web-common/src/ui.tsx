import { useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { describeError, type InputIssue } from './errors';

/**
 * Small building blocks every page uses, so loading, empty and error states
 * and form fields look and behave the same in all three apps.
 */

/** While data loads: a polite live region. */
export function LoadingState({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p role="status" className="fd-muted fd-loading">
      {children}
    </p>
  );
}

/** When there is nothing to show yet, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="fd-empty">
      <p className="fd-strong">{title}</p>
      {children && <p className="fd-muted">{children}</p>}
    </div>
  );
}

function humanPath(path: string, labels: Record<string, string> | undefined): string {
  if (!path) return '';
  return labels?.[path] ?? path;
}

function IssueList({ issues, labels }: { issues: InputIssue[]; labels?: Record<string, string> | undefined }) {
  return (
    <ul className="fd-issues">
      {issues.map((issue, index) => {
        const field = humanPath(issue.path, labels);
        return (
          <li key={`${issue.path}-${index}`}>
            {field && <span className="fd-strong">{field}: </span>}
            {issue.message}
          </li>
        );
      })}
    </ul>
  );
}

export interface ErrorAlertProps {
  /** The error of a query or mutation, or a message the page worked out itself. */
  error: unknown;
  /** A lead sentence ("The team could not be loaded."); the server's message follows. */
  title?: string;
  /** Field paths to the labels people see (`idleMinutes` -> "Idle time-out"). */
  labels?: Record<string, string>;
  /** Offers a retry button (for failed queries). */
  onRetry?: () => void;
}

/**
 * A failed call explained next to the thing that failed, in a role="alert":
 * the server's sentence, each invalid field, and the request id for support.
 */
export function ErrorAlert({ error, title, labels, onRetry }: ErrorAlertProps) {
  const problem = typeof error === 'string' ? undefined : describeError(error);
  const message = typeof error === 'string' ? error : problem?.message;
  const issues = problem?.issues ?? [];
  return (
    <div role="alert" className="fd-alert">
      {title && <p className="fd-strong">{title}</p>}
      {issues.length > 0 ? (
        <>
          <p>Please check {issues.length === 1 ? 'this field' : 'these fields'}:</p>
          <IssueList issues={issues} labels={labels} />
        </>
      ) : (
        <p>{message}</p>
      )}
      {problem?.code === 'INTERNAL_SERVER_ERROR' && problem.requestId && (
        <p className="fd-small">
          Reference for support: <code>{problem.requestId}</code>
        </p>
      )}
      {onRetry && (
        <p>
          <button type="button" className="fd-button fd-button-small" onClick={onRetry}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}

/** A short success message in a polite live region. */
export function SuccessNote({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="fd-success">
      {children}
    </p>
  );
}

interface FieldOwnProps {
  label: string;
  /** Shown under the label and tied to the input with aria-describedby. */
  hint?: ReactNode;
  /** What the server (or the form) found wrong with this field, shown under it; marks the input invalid. */
  error?: string | undefined;
}

/** aria-describedby for a field: its hint and its error, when there are any. */
function describedBy(inputId: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${inputId}-hint` : '', error ? `${inputId}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The message under an invalid field. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span id={id} className="fd-field-error">
      {children}
    </span>
  );
}

/** A labelled input with an optional hint. */
export function TextField({ label, hint, error, id, className, ...input }: FieldOwnProps & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  return (
    <div className={`fd-field ${className ?? ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} aria-describedby={describedBy(inputId, hint, error)} aria-invalid={error ? true : undefined} {...input} />
      {hint && (
        <span id={hintId} className="fd-hint">
          {hint}
        </span>
      )}
      {error && <FieldError id={`${inputId}-error`}>{error}</FieldError>}
    </div>
  );
}

export function TextArea({ label, hint, error, id, className, ...input }: FieldOwnProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  return (
    <div className={`fd-field ${className ?? ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <textarea id={inputId} aria-describedby={describedBy(inputId, hint, error)} aria-invalid={error ? true : undefined} {...input} />
      {hint && (
        <span id={hintId} className="fd-hint">
          {hint}
        </span>
      )}
      {error && <FieldError id={`${inputId}-error`}>{error}</FieldError>}
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  id,
  className,
  options,
  ...select
}: FieldOwnProps & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  const generated = useId();
  const selectId = id ?? generated;
  const hintId = `${selectId}-hint`;
  return (
    <div className={`fd-field ${className ?? ''}`}>
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} aria-describedby={describedBy(selectId, hint, error)} aria-invalid={error ? true : undefined} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <span id={hintId} className="fd-hint">
          {hint}
        </span>
      )}
      {error && <FieldError id={`${selectId}-error`}>{error}</FieldError>}
    </div>
  );
}

/**
 * The page's h2, focused when the page opens so screen readers announce
 * where a navigation landed; also sets the document title.
 */
export function PageTitle({ children, documentTitle, id }: { children: ReactNode; documentTitle?: string; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (documentTitle) document.title = documentTitle;
    ref.current?.focus({ preventScroll: true });
  }, [documentTitle]);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="fd-page-title">
      {children}
    </h2>
  );
}

/** A destructive action that asks once more in place (no browser dialogs). */
export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
  disabled,
  accessibleName,
  backLabel = 'Cancel',
}: {
  label: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** A fuller name for screen readers ("Delete Main branch"). */
  accessibleName?: string;
  /** The button that changes nothing ("Keep it" where "Cancel" would be ambiguous). */
  backLabel?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="fd-button fd-button-small fd-button-quiet" disabled={disabled} aria-label={accessibleName} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="fd-confirm">
      <button
        type="button"
        className="fd-button fd-button-small fd-button-danger"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="fd-button fd-button-small fd-button-quiet" onClick={() => setAsking(false)}>
        {backLabel}
      </button>
    </span>
  );
}

/** "12 Mar 2026, 14:05" in the reader's locale; the raw value if it is not a date. */
export function formatDateTime(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, options);
}
