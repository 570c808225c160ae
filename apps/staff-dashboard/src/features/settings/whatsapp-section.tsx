import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert, LoadingState, SuccessNote, TextField, fieldProblems, problemsAt, useTRPC } from '@frontdesk/web-common';
import { ConnectFormFooter } from './connect-form-footer';

const LABELS = { phoneNumberId: 'Phone number ID', displayNumber: 'WhatsApp number' } as const;

/**
 * Owners (channel.manage): the WhatsApp Business number patients write to.
 * Meta's webhooks name the number by its id, which decides the clinic.
 */
export function WhatsAppSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.staff.conversation.whatsapp.get.queryOptions());
  const [phoneNumberId, setPhoneNumberId] = useState('');
  const [displayNumber, setDisplayNumber] = useState('');
  const [editing, setEditing] = useState(false);
  const connect = useMutation(
    trpc.staff.conversation.whatsapp.connect.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.whatsapp.get.queryKey() });
      },
    }),
  );
  const problems = fieldProblems(connect.error);
  const fieldsNamed = problems.some((p) => p.path === 'phoneNumberId' || p.path === 'displayNumber');
  const connected = current.data ?? null;
  const showForm = current.isSuccess && (editing || !connected);

  const start = () => {
    setPhoneNumberId(connected?.phoneNumberId ?? '');
    setDisplayNumber(connected?.displayNumber ?? '');
    connect.reset();
    setEditing(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate({ phoneNumberId: phoneNumberId.trim(), displayNumber: displayNumber.replace(/[\s-]/g, '') });
  };

  return (
    <section className="fd-card" aria-labelledby="whatsapp-heading" aria-busy={current.isPending}>
      <h3 id="whatsapp-heading">WhatsApp number</h3>
      <p className="fd-muted">The WhatsApp Business number patients write to. Its messages go to the assistant and show in the Inbox.</p>
      {current.isPending && <LoadingState>Loading the connected number…</LoadingState>}
      {current.isError && <ErrorAlert error={current.error} title="The WhatsApp number could not be loaded." onRetry={() => void current.refetch()} />}
      {current.isSuccess && (
        <dl className="fd-facts">
          <dt>Connected number</dt>
          <dd className="fd-mono">{connected ? <bdi>{connected.displayNumber}</bdi> : <span className="fd-muted">None connected yet</span>}</dd>
          {connected && (
            <>
              <dt>{LABELS.phoneNumberId}</dt>
              <dd className="fd-mono">{connected.phoneNumberId}</dd>
            </>
          )}
        </dl>
      )}
      {connect.isSuccess && !editing && <SuccessNote>Connected {connect.data.displayNumber}. Patients' messages to it now reach this clinic.</SuccessNote>}
      {current.isSuccess && connected && !editing && (
        <div className="fd-actions">
          <button type="button" className="fd-button fd-button-quiet" onClick={start}>
            Change number
          </button>
        </div>
      )}
      {showForm && (
        <form className="fd-form" onSubmit={submit} noValidate aria-label="Connect a WhatsApp number" style={{ marginBlockStart: '1.25rem' }}>
          <TextField
            label={LABELS.phoneNumberId}
            hint="Meta's ID of the number (digits), from WhatsApp Manager → Phone numbers."
            name="phone-number-id"
            inputMode="numeric"
            autoComplete="off"
            value={phoneNumberId}
            error={problemsAt(problems, 'phoneNumberId')}
            onChange={(e) => setPhoneNumberId(e.target.value)}
            style={{ maxInlineSize: '20rem' }}
          />
          <TextField
            label={LABELS.displayNumber}
            hint="The number patients see, in international format, e.g. +201001234567."
            name="display-number"
            type="tel"
            autoComplete="off"
            value={displayNumber}
            error={problemsAt(problems, 'displayNumber')}
            onChange={(e) => setDisplayNumber(e.target.value)}
            style={{ maxInlineSize: '20rem' }}
          />
          <ConnectFormFooter
            error={connect.isError ? connect.error : null}
            fieldsNamed={fieldsNamed}
            noun="number"
            labels={LABELS}
            pending={connect.isPending}
            connectLabel="Connect number"
            onCancel={connected ? () => setEditing(false) : undefined}
          />
        </form>
      )}
    </section>
  );
}
