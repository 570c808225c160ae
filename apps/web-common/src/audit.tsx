import { useState, type FormEvent } from 'react';
import type { inferOutput } from '@trpc/tanstack-react-query';
import type { Api } from './session';
import { ErrorAlert, TextField, formatDateTime } from './ui';

/** One audit record as the staff and admin audit-log procedures return it. */
export type AuditEntry = inferOutput<Api['staff']['identity']['auditLog']>[number];

/** The filters both audit-log procedures take (times as ISO strings). */
export interface AuditFilter {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}

/** `datetime-local` value (the reader's local time) -> ISO instant, or undefined when empty or not a time. */
function toIso(local: string): string | undefined {
  if (!local) return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Filter form: actor, action, target and a time range. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [target, setTarget] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromIso = toIso(from);
    const toIsoValue = toIso(to);
    if (fromIso && toIsoValue && fromIso > toIsoValue) {
      setProblem('"From" is after "To": choose a start before the end of the range.');
      return;
    }
    setProblem(undefined);
    onApply({
      ...(actor.trim() ? { actor: actor.trim() } : {}),
      ...(action.trim() ? { action: action.trim() } : {}),
      ...(target.trim() ? { target: target.trim() } : {}),
      ...(fromIso ? { from: fromIso } : {}),
      ...(toIsoValue ? { to: toIsoValue } : {}),
    });
  };

  const clear = () => {
    setActor('');
    setAction('');
    setTarget('');
    setFrom('');
    setTo('');
    setProblem(undefined);
    onApply({});
  };

  return (
    <form className="fd-form fd-filters" onSubmit={submit} noValidate aria-label="Filter the audit log">
      <div className="fd-grid">
        <TextField label="Actor" hint="e.g. staff:usr_… or operator:op_…" name="actor" autoComplete="off" value={actor} onChange={(e) => setActor(e.target.value)} />
        <TextField label="Action" hint="Exact, or a prefix ending in a dot: identity." name="action" autoComplete="off" value={action} onChange={(e) => setAction(e.target.value)} />
        <TextField label="Target" hint="e.g. user:usr_…" name="target" autoComplete="off" value={target} onChange={(e) => setTarget(e.target.value)} />
        <TextField label="From" type="datetime-local" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="To" type="datetime-local" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      {problem && <ErrorAlert error={problem} />}
      <div className="fd-actions">
        <button type="submit" className="fd-button">
          Apply filters
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}

const OUTCOME_LABEL: Record<string, string> = { success: 'Success', failure: 'Failed', denied: 'Denied' };

/** The records, newest first. `nameOf` turns `staff:usr_1` into a person's name where the page knows it. */
export function AuditTable({ entries, nameOf, caption }: { entries: AuditEntry[]; nameOf?: (actor: string) => string | undefined; caption: string }) {
  return (
    <div className="fd-table-wrap">
      <table className="fd-table fd-audit-table">
        <caption className="fd-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action and target</th>
            <th scope="col">Outcome</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const name = nameOf?.(entry.actor);
            return (
              <tr key={entry.id}>
                <td className="fd-nowrap">
                  <time dateTime={entry.at}>
                    <span className="fd-block">{formatDateTime(entry.at, { dateStyle: 'medium' })}</span>
                    <span className="fd-block fd-muted">{formatDateTime(entry.at, { timeStyle: 'medium' })}</span>
                  </time>
                </td>
                <td>
                  {name ? (
                    <>
                      {name}
                      <span className="fd-small fd-muted fd-block">{entry.actor}</span>
                    </>
                  ) : (
                    <span className="fd-mono">{entry.actor}</span>
                  )}
                </td>
                <td>
                  <span className="fd-mono fd-block">{entry.action}</span>
                  <span className="fd-mono fd-block fd-muted">{entry.target}</span>
                </td>
                <td>
                  <span className={`fd-badge fd-badge-${entry.outcome}`}>{OUTCOME_LABEL[entry.outcome] ?? entry.outcome}</span>
                </td>
                <td>
                  {entry.detail && <span>{entry.detail}</span>}
                  {entry.changes && (
                    <details className="fd-changes">
                      <summary>Before and after</summary>
                      <pre>{JSON.stringify(entry.changes, null, 2)}</pre>
                    </details>
                  )}
                  {!entry.detail && !entry.changes && <span className="fd-muted">—</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
