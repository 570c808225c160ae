import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  EmptyState,
  ErrorAlert,
  LoadingState,
  RouteLink,
  TextArea,
  describeError,
  fieldProblems,
  problemsAt,
  useTRPC,
  type StaffUser,
} from '@frontdesk/web-common';
import { dateTimeLabel } from '../../shared/clinic-time';
import {
  AUTHOR_LABEL,
  CHANNEL_LABEL,
  PROVIDER_CHANNELS,
  WINDOW_CLOSED,
  deliveryLabel,
  patientLabel,
  whenLabel,
  type ConversationDetail,
  type TranscriptLine,
} from './inbox-data';
import { PatientCard } from './patient-card';

interface Props {
  user: StaffUser;
  conversationId: string;
  timezone: string | undefined;
  /** The assistant is writing a reply (live). */
  typing: boolean;
}

/** One conversation: who is answering, the transcript, the patient, and a composer to write to them. */
export function ConversationView({ user, conversationId, timezone, typing }: Props) {
  const trpc = useTRPC();
  const view = useQuery(trpc.staff.conversation.view.queryOptions({ conversationId }));

  if (view.isPending) {
    return (
      <section className="fd-card fd-inbox-conversation" aria-label="Conversation">
        <LoadingState>Loading the conversation…</LoadingState>
      </section>
    );
  }
  if (view.isError) {
    return (
      <section className="fd-card fd-inbox-conversation" aria-labelledby="conversation-heading">
        <h3 id="conversation-heading">Conversation</h3>
        <ErrorAlert error={view.error} title="This conversation could not be loaded." {...(describeError(view.error).code === 'NOT_FOUND' ? {} : { onRetry: () => void view.refetch() })} />
        <p>
          <RouteLink to="/inbox">← All conversations</RouteLink>
        </p>
      </section>
    );
  }
  return <ConversationDetails user={user} detail={view.data} timezone={timezone} typing={typing} />;
}

function ConversationDetails({ user, detail, timezone, typing }: { user: StaffUser; detail: ConversationDetail; timezone: string | undefined; typing: boolean }) {
  const { conversation } = detail;
  const who = patientLabel(conversation);
  return (
    <div className="fd-inbox-conversation">
      <section className="fd-card" aria-labelledby="conversation-heading">
        <p className="fd-back fd-inbox-back">
          <RouteLink to="/inbox">← All conversations</RouteLink>
        </p>
        <div className="fd-section-head">
          <h3 id="conversation-heading">
            <bdi>{who}</bdi> <span className="fd-muted fd-conversation-channel">on {CHANNEL_LABEL[conversation.channel]}</span>
          </h3>
          {conversation.needsAttention && <span className="fd-badge fd-badge-danger">Needs attention</span>}
        </div>
        {conversation.summary && (
          <p className="fd-small fd-muted">
            <span className="fd-strong">Summary</span> (written when the conversation went quiet): <bdi>{conversation.summary}</bdi>
          </p>
        )}
        {conversation.needsAttention && <AttentionNote user={user} conversationId={conversation.id} />}
        <ModeBar user={user} detail={detail} />
        <Transcript detail={detail} timezone={timezone} typing={typing} />
        <Composer user={user} detail={detail} />
      </section>
      <PatientCard user={user} conversation={conversation} timezone={timezone} />
    </div>
  );
}

/** Why the conversation is flagged, and a way to say it was dealt with. */
function AttentionNote({ user, conversationId }: { user: StaffUser; conversationId: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshConversation(conversationId);
  const handled = useMutation(trpc.staff.conversation.markHandled.mutationOptions({ onSuccess: () => refresh() }));
  return (
    <div className="fd-attention-note">
      <p className="fd-small">
        The assistant flagged this conversation for a person: it held back medical advice, or the patient asked for someone. Take it over to answer;
        handing it back to the AI, or marking it handled, clears the flag.
      </p>
      {user.permissions.includes('conversation.takeover') && (
        <button type="button" className="fd-button fd-button-small" disabled={handled.isPending} onClick={() => handled.mutate({ conversationId })}>
          Mark handled
        </button>
      )}
      {handled.error && <ErrorAlert error={handled.error} title="The flag could not be cleared." />}
    </div>
  );
}

/** After a change: this conversation and the feed are read again (the live stream would do it too, a moment later). */
function useRefreshConversation(conversationId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.view.queryKey({ conversationId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.list.queryKey() }),
    ]);
}

/** Who answers the patient, and the switch between the AI and a person. */
function ModeBar({ user, detail }: { user: StaffUser; detail: ConversationDetail }) {
  const trpc = useTRPC();
  const { conversation } = detail;
  const refresh = useRefreshConversation(conversation.id);
  const takeOver = useMutation(trpc.staff.conversation.takeOver.mutationOptions({ onSuccess: () => refresh() }));
  const handBack = useMutation(trpc.staff.conversation.handBack.mutationOptions({ onSuccess: () => refresh() }));
  const canAct = user.permissions.includes('conversation.takeover');
  const busy = takeOver.isPending || handBack.isPending;
  const human = conversation.mode === 'human';
  // A person's mode with nobody named: the patient asked for a person (or the AI handed over) and nobody has taken it yet.
  const unclaimed = human && !conversation.takenOverBy;
  const byWhom = conversation.takenOverBy === user.id ? 'you' : 'a colleague';
  const failed = takeOver.error ?? handBack.error;

  return (
    <div className={`fd-mode fd-mode-${conversation.mode}`}>
      <p className="fd-mode-text">
        <span className={`fd-badge ${human ? 'fd-badge-person' : 'fd-badge-brand'}`}>{human ? 'Person' : 'AI'}</span>{' '}
        {unclaimed ? (
          <>The patient asked for a person and nobody has taken the conversation yet. The assistant does not answer until it is handed back.</>
        ) : human ? (
          <>Taken over by {byWhom}. The assistant does not answer until the conversation is handed back.</>
        ) : (
          <>The assistant is answering. Take over to answer yourself; the assistant stops at once.</>
        )}
      </p>
      {canAct && (
        <div className="fd-actions">
          {unclaimed && (
            <button type="button" className="fd-button fd-button-small" disabled={busy} onClick={() => takeOver.mutate({ conversationId: conversation.id })}>
              {takeOver.isPending ? 'Taking over…' : 'Take over'}
            </button>
          )}
          {human ? (
            <button type="button" className={`fd-button fd-button-small${unclaimed ? ' fd-button-quiet' : ''}`} disabled={busy} onClick={() => handBack.mutate({ conversationId: conversation.id })}>
              {handBack.isPending ? 'Handing back…' : 'Hand back to the AI'}
            </button>
          ) : (
            <button type="button" className="fd-button fd-button-small" disabled={busy} onClick={() => takeOver.mutate({ conversationId: conversation.id })}>
              {takeOver.isPending ? 'Taking over…' : 'Take over'}
            </button>
          )}
        </div>
      )}
      {failed && <ErrorAlert error={failed} title={takeOver.error ? 'The conversation was not taken over.' : 'The conversation was not handed back.'} />}
    </div>
  );
}

function Transcript({ detail, timezone, typing }: { detail: ConversationDetail; timezone: string | undefined; typing: boolean }) {
  const { conversation, lines } = detail;
  const box = useRef<HTMLDivElement>(null);
  const last = lines.at(-1)?.id;
  const provider = PROVIDER_CHANNELS.has(conversation.channel);

  // New lines scroll into view, as in any chat.
  useEffect(() => {
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [last, typing]);

  return (
    <div ref={box} className="fd-transcript" role="log" aria-label="Transcript" tabIndex={0}>
      {lines.length === 0 ? (
        <EmptyState title="No messages yet" />
      ) : (
        <ol className="fd-lines">
          {lines.map((line) => (
            <li key={line.id}>
              <Line line={line} timezone={timezone} showDelivery={provider && line.author !== 'patient'} />
            </li>
          ))}
        </ol>
      )}
      {typing && (
        <p className="fd-small fd-muted fd-typing" dir="ltr">
          The assistant is writing…
        </p>
      )}
    </div>
  );
}

function Line({ line, timezone, showDelivery }: { line: TranscriptLine; timezone: string | undefined; showDelivery: boolean }) {
  const reviewed = line.author === 'assistant' && !!line.by;
  return (
    <article className={`fd-line fd-line-${line.author}`} aria-label={`${AUTHOR_LABEL[line.author]}${timezone ? `, ${dateTimeLabel(line.at, timezone)}` : ''}`}>
      <p className="fd-line-meta fd-small">
        <span className="fd-strong">{AUTHOR_LABEL[line.author]}</span>
        {reviewed && <span className="fd-muted"> · sent after review</span>}
        {timezone && (
          <>
            {' · '}
            <time dateTime={line.at} className="fd-muted">
              {whenLabel(line.at, timezone)}
            </time>
          </>
        )}
        {showDelivery && (
          <>
            {' · '}
            <span className={`fd-delivery fd-delivery-${line.delivery ?? 'queued'}`}>{deliveryLabel(line.delivery)}</span>
          </>
        )}
      </p>
      <p className="fd-line-text" dir="auto">
        {line.text}
      </p>
    </article>
  );
}

/** Writing to the patient; sending takes the conversation over (the server does it in the same call). */
function Composer({ user, detail }: { user: StaffUser; detail: ConversationDetail }) {
  const trpc = useTRPC();
  const { conversation, serviceWindowOpen } = detail;
  const refresh = useRefreshConversation(conversation.id);
  const [text, setText] = useState('');
  const send = useMutation(
    trpc.staff.conversation.send.mutationOptions({
      onSuccess: async () => {
        setText('');
        await refresh();
      },
    }),
  );
  if (!user.permissions.includes('conversation.takeover')) return null;

  const problems = fieldProblems(send.error);
  const textProblem = problemsAt(problems, 'text');
  const windowClosed = !serviceWindowOpen || describeError(send.error).domainCode === WINDOW_CLOSED;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate({ conversationId: conversation.id, text });
  };

  return (
    <form className="fd-form fd-composer" onSubmit={submit} noValidate aria-label="Write to the patient">
      {!serviceWindowOpen && (
        <div className="fd-notice" role="note">
          <p className="fd-strong">Free text can't reach this patient right now.</p>
          {conversation.channel === 'messenger' || conversation.channel === 'instagram' ? (
            <p>
              {CHANNEL_LABEL[conversation.channel]} only allows replies within 24 hours of the patient's last message, and the patient has not written since.
              Nothing can reach them there until they write again; their next message opens the window again.
            </p>
          ) : (
            <p>
              WhatsApp only allows free text within 24 hours of the patient's last message, and the patient has not written since. Until they write again,
              only approved templates (reminders, offers) can reach them. Their next message opens the window again.
            </p>
          )}
        </div>
      )}
      <TextArea
        label="Message to the patient"
        hint={conversation.mode === 'ai' ? 'Sending takes the conversation over: the assistant stops answering until you hand it back.' : 'The patient sees this as a message from the clinic team.'}
        name="staff-message"
        dir="auto"
        rows={3}
        value={text}
        disabled={!serviceWindowOpen}
        error={textProblem}
        onChange={(e) => setText(e.target.value)}
      />
      {send.isError && !textProblem && (
        <ErrorAlert error={send.error} title={windowClosed ? 'The message was not sent: the 24-hour window is closed.' : 'The message was not sent.'} />
      )}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={!serviceWindowOpen || send.isPending}>
          {send.isPending ? 'Sending…' : conversation.mode === 'ai' ? 'Take over and send' : 'Send'}
        </button>
      </div>
    </form>
  );
}
