import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import {
  EmptyState,
  ErrorAlert,
  LoadingState,
  PageTitle,
  SelectField,
  SuccessNote,
  TextArea,
  fieldProblems,
  problemsAt,
  useTRPC,
  type Api,
  type StaffUser,
} from '@frontdesk/web-common';
import { dateTimeLabel, timeLabel } from '../../shared/clinic-time';
import { useCatalog } from '../../shared/schedule-data';
import './broadcasts.css';

type Broadcast = inferOutput<Api['staff']['conversation']['broadcasts']['list']>[number];

/** The server's limit (domain/broadcast.ts, BROADCAST_TEXT_MAX); the server checks it again. */
const TEXT_MAX = 1000;
const LABELS = { text: 'Message', language: 'Language' } as const;
const LANGUAGES = [
  { value: '', label: 'The language the message is written in' },
  { value: 'ar', label: 'Arabic' },
  { value: 'en', label: 'English' },
] as const;

const patients = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'patient' : 'patients'}`;
const waitingOf = (b: Broadcast) => Math.max(0, b.queued - b.sent - b.skipped - b.failed);

/** `#/broadcasts` (broadcast.send: owners and receptionists): write to every patient who agreed to news, and what became of earlier broadcasts. */
export function BroadcastsPage({ user }: { user: StaffUser }) {
  const trpc = useTRPC();
  const catalog = useCatalog();
  const history = useQuery({
    ...trpc.staff.conversation.broadcasts.list.queryOptions(),
    // While messages are still going out, the counters move: read them again.
    refetchInterval: (query) => ((query.state.data ?? []).some((b) => waitingOf(b) > 0) ? 5_000 : false),
  });
  const timezone = catalog.data?.profile.timezone;

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Broadcasts · Staff dashboard · Frontdesk">Broadcasts</PageTitle>
        <p className="fd-muted">
          One message to every patient who agreed to receive the clinic's news. It goes out on WhatsApp, a few patients at a time, so a large list takes a while.
        </p>
      </div>
      <ComposeCard timezone={timezone} />
      <section className="fd-card" aria-labelledby="broadcast-history-heading" aria-busy={history.isPending}>
        <h3 id="broadcast-history-heading">Sent broadcasts</h3>
        {history.isPending && <LoadingState>Loading broadcasts…</LoadingState>}
        {history.isError && <ErrorAlert error={history.error} title="The broadcasts could not be loaded." onRetry={() => void history.refetch()} />}
        {history.isSuccess && history.data.length === 0 && <EmptyState title="No broadcasts yet">Broadcasts you and your colleagues send appear here, with what happened to each.</EmptyState>}
        {history.isSuccess && history.data.length > 0 && <HistoryTable broadcasts={history.data} me={user} timezone={timezone} />}
      </section>
    </>
  );
}

function ComposeCard({ timezone }: { timezone: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const audience = useQuery(trpc.staff.conversation.broadcasts.audience.queryOptions());
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<'' | 'ar' | 'en'>('');
  const send = useMutation(
    trpc.staff.conversation.broadcasts.send.mutationOptions({
      onSuccess: () => {
        setText('');
        void queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.broadcasts.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.broadcasts.audience.queryKey() });
      },
    }),
  );
  const problems = fieldProblems(send.error);
  const textProblem = problemsAt(problems, 'text');
  const length = [...text.trim()].length;
  const recipients = audience.data?.recipients ?? 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(language ? { text, language } : { text });
  };

  return (
    <section className="fd-card" aria-labelledby="compose-heading">
      <h3 id="compose-heading">New broadcast</h3>
      <div aria-live="polite" className="fd-broadcast-audience">
        {audience.isPending && <LoadingState>Counting the patients who agreed to news…</LoadingState>}
        {audience.isError && <ErrorAlert error={audience.error} title="The number of patients could not be counted." onRetry={() => void audience.refetch()} />}
        {audience.isSuccess && (
          <p>
            Will go to <span className="fd-strong">{patients(recipients)}</span> who agreed to news.
            {audience.data.optedOut > 0 && <span className="fd-muted"> {patients(audience.data.optedOut)} who agreed have since replied STOP and are left out.</span>}
          </p>
        )}
        {audience.isSuccess && recipients === 0 && (
          <p className="fd-muted">To add a patient, open their page under Patients and tick "Offers and news" under Consent, once they have agreed.</p>
        )}
      </div>
      <form className="fd-form" onSubmit={submit} noValidate aria-label="New broadcast">
        <TextArea
          label={LABELS.text}
          name="broadcast-text"
          rows={6}
          dir="auto"
          value={text}
          maxLength={TEXT_MAX + 200}
          hint={`${length.toLocaleString()} of ${TEXT_MAX.toLocaleString()} characters. Patients see it inside your approved "clinic_update" WhatsApp message.`}
          error={textProblem ?? (length > TEXT_MAX ? `The message is too long: ${length} characters, at most ${TEXT_MAX}` : undefined)}
          onChange={(e) => {
            setText(e.target.value);
            if (send.isSuccess || send.isError) send.reset();
          }}
        />
        <SelectField
          label={LABELS.language}
          name="broadcast-language"
          value={language}
          options={LANGUAGES}
          error={problemsAt(problems, 'language')}
          onChange={(e) => setLanguage(e.target.value as '' | 'ar' | 'en')}
          style={{ maxInlineSize: '24rem' }}
        />
        <div className="fd-info">
          <p>
            Patients can reply <span className="fd-strong">STOP</span> (or{' '}
            <bdi lang="ar" dir="rtl">
              توقف
            </bdi>
            ) at any time and get no more broadcasts; START brings them back. Stopping
            never affects their appointment reminders or the answers to their own messages.
          </p>
        </div>
        {send.isError && !textProblem && <ErrorAlert error={send.error} title="The broadcast was not sent." labels={LABELS} />}
        {send.isSuccess && (
          <SuccessNote>
            Sending to {patients(send.data.queued)}.{' '}
            {timezone && send.data.queued > 1 ? `The last message goes out around ${timeLabel(send.data.lastSendAt, timezone)}.` : ''}
          </SuccessNote>
        )}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={send.isPending || !audience.isSuccess || recipients === 0}>
            {send.isPending ? 'Sending…' : `Send to ${patients(recipients)}`}
          </button>
        </div>
      </form>
    </section>
  );
}

function HistoryTable({ broadcasts, me, timezone }: { broadcasts: Broadcast[]; me: StaffUser; timezone: string | undefined }) {
  const when = (iso: string) => (timezone ? dateTimeLabel(iso, timezone) : new Date(iso).toLocaleString());
  return (
    // Focusable: on a narrow screen the table scrolls sideways, and keyboard users must be able to scroll it too.
    <div className="fd-table-wrap" role="region" aria-labelledby="broadcast-history-heading" tabIndex={0}>
      <table className="fd-table fd-broadcast-table">
        <caption className="fd-visually-hidden">Sent broadcasts, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Message</th>
            <th scope="col">By</th>
            <th scope="col" className="fd-number">
              Patients
            </th>
            <th scope="col" className="fd-number">
              Sent
            </th>
            <th scope="col" className="fd-number">
              <abbr title="Replied STOP or withdrew consent before their turn: nothing was sent to them">Skipped</abbr>
            </th>
            <th scope="col" className="fd-number">
              Failed
            </th>
            <th scope="col" className="fd-number">
              Waiting
            </th>
          </tr>
        </thead>
        <tbody>
          {broadcasts.map((b) => (
            <tr key={b.id}>
              <th scope="row" className="fd-nowrap">
                <time dateTime={b.createdAt}>{when(b.createdAt)}</time>
              </th>
              <td>
                <p className="fd-broadcast-text" dir="auto">
                  {b.text}
                </p>
              </td>
              <td>{b.createdBy === me.id ? 'You' : 'A colleague'}</td>
              <td className="fd-number">{b.audience}</td>
              <td className="fd-number">{b.sent}</td>
              <td className="fd-number">{b.skipped}</td>
              <td className="fd-number">{b.failed > 0 ? <span className="fd-badge fd-badge-danger">{b.failed}</span> : 0}</td>
              <td className="fd-number">{waitingOf(b) > 0 ? <span className="fd-badge fd-badge-warn">{waitingOf(b)}</span> : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
