import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ConfirmButton,
  EmptyState,
  ErrorAlert,
  LoadingState,
  RouteLink,
  SuccessNote,
  TextArea,
  describeError,
  fieldProblems,
  problemsAt,
  useTRPC,
  type StaffUser,
} from '@frontdesk/web-common';
import { reviewModeOf } from '../../shared/review-modes';
import { can } from '../../shared/schedule-data';
import { DRAFT_NOT_FOUND, WINDOW_CLOSED, findingLabel, intentLabel, patientLabel, whenLabel, type ApprovalRates, type ConversationSummary, type Draft } from './inbox-data';

/**
 * Replies the assistant wrote that wait for a person: held for review (the
 * patient has nothing yet), or flagged originals (the patient got the
 * guardrails' replacement). Next to them, how often staff sent the AI's reply
 * unchanged, per intent: what an owner looks at before changing the review setting.
 */
export function OutboxPanel({ user, timezone }: { user: StaffUser; timezone: string | undefined }) {
  const trpc = useTRPC();
  const drafts = useQuery(trpc.staff.conversation.outbox.list.queryOptions());
  // The feed names the patients; drafts carry only the conversation id.
  const conversations = useQuery({ ...trpc.staff.conversation.list.queryOptions({ limit: 50 }), enabled: can(user, 'conversation.view') });
  const byId = new Map((conversations.data ?? []).map((c) => [c.id, c]));
  const [done, setDone] = useState<string | undefined>();
  const list = [...(drafts.data ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <>
      <section className="fd-card" aria-labelledby="outbox-heading" aria-busy={drafts.isPending}>
        <h3 id="outbox-heading">Held for a person</h3>
        <p className="fd-muted">Oldest first. Approve sends the assistant's reply as it is; edit it to send your own words instead; reject sends nothing.</p>
        {done && <SuccessNote>{done}</SuccessNote>}
        {drafts.isPending && <LoadingState>Loading the outbox…</LoadingState>}
        {drafts.isError && <ErrorAlert error={drafts.error} title="The outbox could not be loaded." onRetry={() => void drafts.refetch()} />}
        {drafts.isSuccess && list.length === 0 && <EmptyState title="Nothing waiting">Replies the assistant holds for review appear here as they come in.</EmptyState>}
        {list.length > 0 && (
          <ol className="fd-drafts" aria-label="Replies waiting, oldest first">
            {list.map((draft) => (
              <li key={draft.id}>
                <DraftItem draft={draft} conversation={byId.get(draft.conversationId)} timezone={timezone} canOpen={can(user, 'conversation.view')} onDecided={setDone} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <ApprovalRatesCard user={user} />
    </>
  );
}

/** After a decision: the outbox, the rates and the conversation's transcript are read again. */
function useRefreshOutbox() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.outbox.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.view.queryKey() }),
    ]);
}

interface DraftItemProps {
  draft: Draft;
  conversation: ConversationSummary | undefined;
  timezone: string | undefined;
  canOpen: boolean;
  onDecided: (message: string) => void;
}

function DraftItem({ draft, conversation, timezone, canOpen, onDecided }: DraftItemProps) {
  const trpc = useTRPC();
  const refresh = useRefreshOutbox();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(draft.text);
  const who = conversation ? patientLabel(conversation) : 'a patient';
  const decided = (message: string) => async () => {
    onDecided(message);
    await refresh();
  };
  const approve = useMutation(trpc.staff.conversation.outbox.approve.mutationOptions({ onSuccess: decided(`Sent the assistant's reply to ${who}.`) }));
  const edit = useMutation(trpc.staff.conversation.outbox.edit.mutationOptions({ onSuccess: decided(`Sent your edited reply to ${who}.`) }));
  const reject = useMutation(trpc.staff.conversation.outbox.reject.mutationOptions({ onSuccess: decided(`Rejected the reply to ${who}; nothing was sent.`) }));
  const busy = approve.isPending || edit.isPending || reject.isPending;
  const failed = approve.error ?? edit.error ?? reject.error;
  const editProblem = problemsAt(fieldProblems(edit.error), 'text');
  const titleId = `draft-${draft.id}`;
  const flagged = draft.reason === 'flagged_original';

  const submitEdit = (event: FormEvent) => {
    event.preventDefault();
    edit.mutate({ draftId: draft.id, text });
  };

  return (
    <article className={`fd-draft${flagged ? ' fd-draft-flagged' : ''}`} aria-labelledby={titleId}>
      <div className="fd-section-head">
        <h4 id={titleId} className="fd-h5">
          {intentLabel(draft.intent)} to <bdi>{who}</bdi>
        </h4>
        {timezone && (
          <time dateTime={draft.createdAt} className="fd-small fd-muted">
            {whenLabel(draft.createdAt, timezone)}
          </time>
        )}
      </div>
      <p className="fd-draft-reason">
        {flagged ? (
          <>
            <span className="fd-badge fd-badge-danger">Flagged original</span> The guardrails stopped this reply; the patient received a safe replacement
            instead. This is what the assistant wanted to send.
          </>
        ) : (
          <>
            <span className="fd-badge fd-badge-warn">Waiting for review</span> The clinic reviews these replies; the patient has received nothing yet.
          </>
        )}
      </p>
      {draft.findings.length > 0 && (
        <ul className="fd-findings" aria-label="Guardrail findings">
          {draft.findings.map((finding, index) => (
            <li key={`${finding.kind}-${index}`}>
              <span className="fd-strong">{findingLabel(finding.kind)}</span> <code className="fd-finding-kind">{finding.kind}</code>:{' '}
              <q dir="auto">{finding.excerpt}</q>
            </li>
          ))}
        </ul>
      )}
      {!editing && (
        <blockquote className="fd-draft-text" dir="auto">
          {draft.text}
        </blockquote>
      )}
      {editing && (
        <form className="fd-form" onSubmit={submitEdit} noValidate>
          <TextArea label="Your reply" hint="This is sent instead of the assistant's words." name={`draft-${draft.id}-text`} dir="auto" rows={4} value={text} error={editProblem} onChange={(e) => setText(e.target.value)} />
          <div className="fd-actions">
            <button type="submit" className="fd-button fd-button-small" disabled={busy}>
              {edit.isPending ? 'Sending…' : 'Send edited reply'}
            </button>
            <button type="button" className="fd-button fd-button-small fd-button-quiet" disabled={busy} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {failed && !editProblem && <ErrorAlert error={failed} title={failureTitle(failed)} />}
      {!editing && (
        <div className="fd-actions">
          <button type="button" className="fd-button fd-button-small" disabled={busy} onClick={() => approve.mutate({ draftId: draft.id })}>
            {approve.isPending ? 'Sending…' : flagged ? 'Approve: send as is' : 'Approve and send'}
          </button>
          <button type="button" className="fd-button fd-button-small fd-button-quiet" disabled={busy} onClick={() => setEditing(true)}>
            Edit
          </button>
          <ConfirmButton label="Reject" confirmLabel="Reject: send nothing" backLabel="Keep it" disabled={busy} onConfirm={() => reject.mutate({ draftId: draft.id })} />
          {canOpen && <RouteLink to={`/inbox/${encodeURIComponent(draft.conversationId)}`}>Open the conversation</RouteLink>}
        </div>
      )}
    </article>
  );
}

function failureTitle(error: unknown): string {
  const code = describeError(error).domainCode;
  if (code === WINDOW_CLOSED) return 'Not sent: the 24-hour window is closed.';
  if (code === DRAFT_NOT_FOUND) return 'This reply is no longer waiting.';
  return 'That did not work.';
}

/** "approved unchanged N of M" per intent, next to the clinic's review setting. */
function ApprovalRatesCard({ user }: { user: StaffUser }) {
  const trpc = useTRPC();
  const rates = useQuery(trpc.staff.conversation.outbox.approvalRates.queryOptions());
  return (
    <section className="fd-card" aria-labelledby="approval-heading" aria-busy={rates.isPending}>
      <h3 id="approval-heading">How often the assistant was right</h3>
      {rates.isPending && <LoadingState>Loading approval rates…</LoadingState>}
      {rates.isError && <ErrorAlert error={rates.error} title="The approval rates could not be loaded." onRetry={() => void rates.refetch()} />}
      {rates.isSuccess && <RatesBody user={user} data={rates.data} />}
    </section>
  );
}

function RatesBody({ user, data }: { user: StaffUser; data: ApprovalRates }) {
  const mode = reviewModeOf(data.reviewSetting);
  const rows = [...data.rates].sort((a, b) => b.decided - a.decided || a.intent.localeCompare(b.intent));
  return (
    <>
      <p className="fd-review-setting">
        Human review: <span className="fd-strong">{mode.label}</span>
        {mode.hint && <span className="fd-muted"> ({mode.hint})</span>}
      </p>
      <p className="fd-small fd-muted">
        {can(user, 'ai_settings.edit') ? (
          <>
            When the assistant's replies of a kind are approved unchanged almost every time, you can review less.{' '}
            <RouteLink to="/settings/ai">Change human review in the AI assistant settings</RouteLink>.
          </>
        ) : (
          <>The clinic owner decides which replies are reviewed, in Settings → AI assistant; these numbers help them decide.</>
        )}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No decisions yet">Each approval, edit or rejection counts here, per kind of reply.</EmptyState>
      ) : (
        <div className="fd-table-wrap">
          <table className="fd-table" aria-label="Approval rate per kind of reply">
            <thead>
              <tr>
                <th scope="col">Kind of reply</th>
                <th scope="col">Decisions</th>
                <th scope="col">Rate</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.intent}>
                  <th scope="row">{intentLabel(r.intent)}</th>
                  <td>
                    approved unchanged {r.approvedUnchanged} of {r.decided}
                  </td>
                  <td>{r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
