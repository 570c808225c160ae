import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmButton, ErrorAlert, LoadingState, SuccessNote, TextField, fieldProblems, formatDateTime, problemsAt, useTRPC } from '@frontdesk/web-common';
import { ConnectFormFooter } from './connect-form-footer';

type PageChannel = 'messenger' | 'instagram';

interface Connection {
  channel: PageChannel;
  accountId: string;
  name: string;
  connectedAt: string;
}

const TEXT: Record<
  PageChannel,
  { heading: string; intro: string; accountLabel: string; accountHint: string; nameLabel: string; nameHint: string; tokenHint: string; noun: string; connect: string }
> = {
  messenger: {
    heading: 'Facebook page (Messenger)',
    intro: "Messages to the clinic's Facebook page go to the assistant and show in the Inbox.",
    accountLabel: 'Page ID',
    accountHint: "The page's numeric ID, from the page's About section or Meta Business Suite → Settings.",
    nameLabel: 'Page name',
    nameHint: 'How staff will recognise it, e.g. the name of the page.',
    tokenHint: "A long-lived access token of this page with the pages_messaging permission. It is stored encrypted and never shown again.",
    noun: 'page',
    connect: 'Connect page',
  },
  instagram: {
    heading: 'Instagram account',
    intro: "Direct messages to the clinic's Instagram professional account go to the assistant and show in the Inbox.",
    accountLabel: 'Instagram account ID',
    accountHint: "The professional account's numeric ID (not the @handle), from the Meta app dashboard.",
    nameLabel: 'Account name',
    nameHint: 'How staff will recognise it, e.g. @nile_dental.',
    tokenHint:
      'The page access token of the Facebook page linked to this Instagram account, with the instagram_manage_messages permission. It is stored encrypted and never shown again.',
    noun: 'account',
    connect: 'Connect account',
  },
};

const TOKEN_LABEL = 'Page access token';

/**
 * Owners (channel.manage): the clinic's Facebook page and Instagram account.
 * Meta's webhooks name the page or account by its ID, which decides the
 * clinic. The page access token is write-only: it is sent once and never shown
 * again, so the form always starts empty.
 */
export function PageChannelsSection() {
  const trpc = useTRPC();
  const current = useQuery(trpc.staff.conversation.channels.get.queryOptions());
  return (
    <>
      {current.isPending && (
        <section className="fd-card" aria-busy="true">
          <LoadingState>Loading the connected page and account…</LoadingState>
        </section>
      )}
      {current.isError && (
        <section className="fd-card">
          <ErrorAlert error={current.error} title="The connected page and account could not be loaded." onRetry={() => void current.refetch()} />
        </section>
      )}
      {current.isSuccess && (
        <>
          <ChannelCard channel="messenger" connected={current.data.messenger} />
          <ChannelCard channel="instagram" connected={current.data.instagram} />
        </>
      )}
    </>
  );
}

function ChannelCard({ channel, connected }: { channel: PageChannel; connected: Connection | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const text = TEXT[channel];
  const labels = { accountId: text.accountLabel, name: text.nameLabel, pageAccessToken: TOKEN_LABEL };
  const [accountId, setAccountId] = useState('');
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.channels.get.queryKey() });
  const connect = useMutation(
    trpc.staff.conversation.channels.connect.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        setToken('');
        await refresh();
      },
    }),
  );
  const disconnect = useMutation(trpc.staff.conversation.channels.disconnect.mutationOptions({ onSuccess: refresh }));
  const problems = fieldProblems(connect.error);
  const fieldsNamed = problems.some((p) => p.path === 'accountId' || p.path === 'name' || p.path === 'pageAccessToken');
  const showForm = editing || !connected;
  const id = `${channel}-channel`;

  const start = () => {
    setAccountId(connected?.accountId ?? '');
    setName(connected?.name ?? '');
    setToken('');
    connect.reset();
    disconnect.reset();
    setEditing(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate({ channel, accountId: accountId.trim(), name: name.trim(), pageAccessToken: token.trim() });
  };

  return (
    <section className="fd-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{text.heading}</h3>
      <p className="fd-muted">{text.intro}</p>
      <dl className="fd-facts">
        <dt>Connected {text.noun}</dt>
        <dd>{connected ? <bdi>{connected.name}</bdi> : <span className="fd-muted">None connected yet</span>}</dd>
        {connected && (
          <>
            <dt>{text.accountLabel}</dt>
            <dd className="fd-mono">{connected.accountId}</dd>
            <dt>Connected on</dt>
            <dd>{formatDateTime(connected.connectedAt)}</dd>
            <dt>{TOKEN_LABEL}</dt>
            <dd className="fd-muted">Stored encrypted; it is never shown again.</dd>
          </>
        )}
      </dl>
      {connect.isSuccess && !editing && connected && (
        <SuccessNote>
          Connected <bdi>{connected.name}</bdi>. Messages to it now reach this clinic.
        </SuccessNote>
      )}
      {disconnect.isSuccess && !connected && <SuccessNote>Disconnected. Its page access token was deleted.</SuccessNote>}
      {disconnect.isError && <ErrorAlert error={disconnect.error} title={`The ${text.noun} was not disconnected.`} />}
      {connected && !editing && (
        <div className="fd-actions">
          <button type="button" className="fd-button fd-button-quiet" onClick={start}>
            Change or renew token
          </button>
          <ConfirmButton
            label="Disconnect"
            confirmLabel={`Disconnect ${text.noun}`}
            accessibleName={`Disconnect ${connected.name}`}
            backLabel="Keep it"
            disabled={disconnect.isPending}
            onConfirm={() => disconnect.mutate({ channel })}
          />
        </div>
      )}
      {showForm && (
        <form className="fd-form" onSubmit={submit} noValidate aria-label={`Connect the ${text.heading}`} style={{ marginBlockStart: '1.25rem' }}>
          <TextField
            label={text.accountLabel}
            hint={text.accountHint}
            name={`${channel}-account-id`}
            inputMode="numeric"
            autoComplete="off"
            value={accountId}
            error={problemsAt(problems, 'accountId')}
            onChange={(e) => setAccountId(e.target.value)}
            style={{ maxInlineSize: '20rem' }}
          />
          <TextField
            label={text.nameLabel}
            hint={text.nameHint}
            name={`${channel}-name`}
            autoComplete="off"
            value={name}
            error={problemsAt(problems, 'name')}
            onChange={(e) => setName(e.target.value)}
            style={{ maxInlineSize: '20rem' }}
          />
          <TextField
            label={TOKEN_LABEL}
            hint={text.tokenHint}
            name={`${channel}-page-access-token`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={token}
            error={problemsAt(problems, 'pageAccessToken')}
            onChange={(e) => setToken(e.target.value)}
            style={{ maxInlineSize: '32rem' }}
          />
          <ConnectFormFooter
            error={connect.isError ? connect.error : null}
            fieldsNamed={fieldsNamed}
            noun={text.noun}
            labels={labels}
            pending={connect.isPending}
            connectLabel={text.connect}
            onCancel={connected ? () => setEditing(false) : undefined}
          />
        </form>
      )}
    </section>
  );
}
