import { useQuery } from '@tanstack/react-query';
import { ErrorAlert, PageTitle, RouteLink, describeError, useTRPC, type StaffUser } from '@frontdesk/web-common';
import { can, useCatalog } from '../../shared/schedule-data';
import { ConversationList } from './conversation-list';
import { ConversationView } from './conversation-view';
import { useInboxLive, type InboxLive } from './inbox-live';
import { OutboxPanel } from './outbox-panel';
import { RateLimitDropsCard } from './rate-limit-drops';
import './inbox.css';

/**
 * `#/inbox`: the clinic's conversations, live; `#/inbox/<conversation id>`:
 * one transcript beside the feed; `#/inbox/outbox`: replies held for a person.
 * One live stream serves all three.
 */
export function InboxPage({ user, rest }: { user: StaffUser; rest: string[] }) {
  const live = useInboxLive();
  const catalog = useCatalog();
  const timezone = catalog.data?.profile.timezone;
  const showOutbox = rest[0] === 'outbox';
  const conversationId = showOutbox ? undefined : rest[0];
  const canSee = can(user, 'conversation.view');
  const canReview = can(user, 'outbox.review');

  return (
    <>
      <div className="fd-page-head fd-inbox-head">
        <PageTitle documentTitle={`${showOutbox ? 'Outbox' : 'Inbox'} · Staff dashboard · Frontdesk`}>Inbox</PageTitle>
        <p className="fd-muted">Patients' conversations with the assistant, as they happen. Take one over to answer yourself.</p>
        <LiveStatus live={live} />
      </div>
      <nav aria-label="Inbox sections">
        <ul className="fd-tabs">
          {canSee && (
            <li>
              <RouteLink to="/inbox" current={!showOutbox}>
                Conversations
              </RouteLink>
            </li>
          )}
          {canReview && (
            <li>
              <RouteLink to="/inbox/outbox" current={showOutbox}>
                Outbox <OutboxCount />
              </RouteLink>
            </li>
          )}
        </ul>
      </nav>
      {catalog.isError && <ErrorAlert error={catalog.error} title="The clinic's details (its time zone) could not be loaded." onRetry={() => void catalog.refetch()} />}
      {showOutbox ? (
        canReview ? (
          <OutboxPanel user={user} timezone={timezone} />
        ) : (
          <NoSection label="the outbox" />
        )
      ) : canSee ? (
        <>
          <div className={`fd-inbox${conversationId ? ' fd-inbox-open' : ''}`}>
            <ConversationList selected={conversationId} timezone={timezone} typing={live.typing} />
            {conversationId ? (
              <ConversationView key={conversationId} user={user} conversationId={conversationId} timezone={timezone} typing={live.typing.has(conversationId)} />
            ) : (
              <section className="fd-card fd-inbox-placeholder" aria-label="No conversation open">
                <p className="fd-muted">Choose a conversation to read the transcript, take it over or write to the patient.</p>
              </section>
            )}
          </div>
          <RateLimitDropsCard />
        </>
      ) : (
        <NoSection label="conversations" />
      )}
    </>
  );
}

/** Whether the feed is live: staff rely on it, so a stopped stream is said plainly, with a way back. */
function LiveStatus({ live }: { live: InboxLive }) {
  if (live.state === 'stopped') {
    return (
      <div role="alert" className="fd-alert fd-live-stopped">
        <p className="fd-strong">Live updates stopped.</p>
        <p>{describeError(live.error).message} New messages show up when you reload the page or reconnect.</p>
        <p>
          <button type="button" className="fd-button fd-button-small" onClick={live.reconnect}>
            Reconnect
          </button>
        </p>
      </div>
    );
  }
  return (
    <p role="status" className={`fd-live fd-live-${live.state}`}>
      <span className="fd-live-dot" aria-hidden="true" />
      {live.state === 'live' ? 'Live: new messages appear as they arrive' : 'Connecting to live updates…'}
    </p>
  );
}

/** The number of drafts waiting, in the Outbox tab. */
function OutboxCount() {
  const trpc = useTRPC();
  const drafts = useQuery(trpc.staff.conversation.outbox.list.queryOptions());
  const count = drafts.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <span className="fd-badge fd-badge-warn fd-badge-count">
      {count}
      <span className="fd-visually-hidden"> waiting</span>
    </span>
  );
}

function NoSection({ label }: { label: string }) {
  return (
    <div role="alert" className="fd-alert">
      <p>Your role can't open {label}. If you need it, ask your clinic's owner.</p>
    </div>
  );
}
