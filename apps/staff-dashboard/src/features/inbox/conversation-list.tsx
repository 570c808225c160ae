import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorAlert, LoadingState, RouteLink, useTRPC } from '@frontdesk/web-common';
import { CHANNEL_LABEL, patientLabel, whenLabel, type ConversationSummary } from './inbox-data';

/** The activity feed: the clinic's conversations, the most recent first. */
export function ConversationList({ selected, timezone, typing }: { selected: string | undefined; timezone: string | undefined; typing: ReadonlySet<string> }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.staff.conversation.list.queryOptions({ limit: 50 }));
  const conversations = [...(list.data ?? [])].sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt));

  return (
    <section className="fd-card fd-inbox-list" aria-labelledby="conversations-heading" aria-busy={list.isPending}>
      <h3 id="conversations-heading">Conversations</h3>
      {list.isPending && <LoadingState>Loading conversations…</LoadingState>}
      {list.isError && <ErrorAlert error={list.error} title="The conversations could not be loaded." onRetry={() => void list.refetch()} />}
      {list.isSuccess && conversations.length === 0 && (
        <EmptyState title="No conversations yet">When a patient writes on WhatsApp or in the web chat, the conversation appears here at once.</EmptyState>
      )}
      {conversations.length > 0 && (
        <ol className="fd-conversations" aria-label="Conversations, most recent first">
          {conversations.map((c) => (
            <li key={c.id}>
              <ConversationItem conversation={c} current={c.id === selected} timezone={timezone} typing={typing.has(c.id)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ConversationItem({ conversation: c, current, timezone, typing }: { conversation: ConversationSummary; current: boolean; timezone: string | undefined; typing: boolean }) {
  return (
    <RouteLink to={`/inbox/${encodeURIComponent(c.id)}`} current={current} className={`fd-conversation${c.needsAttention ? ' fd-conversation-attention' : ''}`}>
      <span className="fd-conversation-top">
        <bdi className="fd-strong fd-conversation-who">{patientLabel(c)}</bdi>
        <time dateTime={c.lastMessageAt} className="fd-small fd-muted">
          {timezone ? whenLabel(c.lastMessageAt, timezone) : ''}
        </time>
      </span>
      <span className="fd-conversation-preview" dir="auto">
        {typing ? <em>The assistant is writing…</em> : c.preview || <em>No messages</em>}
      </span>
      <span className="fd-conversation-tags">
        <span className="fd-badge fd-badge-neutral">{CHANNEL_LABEL[c.channel]}</span>
        {c.mode === 'ai' ? <span className="fd-badge fd-badge-brand">AI</span> : <span className="fd-badge fd-badge-person">Person</span>}
        {c.needsAttention && <span className="fd-badge fd-badge-danger">Needs attention</span>}
      </span>
    </RouteLink>
  );
}
