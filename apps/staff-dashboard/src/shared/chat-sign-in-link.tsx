import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ErrorAlert, TextField, useTRPC, type StaffUser } from '@frontdesk/web-common';
import { clockOf } from './clinic-time';
import { can } from './schedule-data';

interface Props {
  user: StaffUser;
  /** The patient's phone: the chat that opens the link is verified with it. */
  phone: string;
  timezone: string | undefined;
  /** A card of its own (patient page) or a part of the inbox's patient card. */
  card?: boolean;
}

/**
 * A returning patient's way back into the web chat on a new phone or browser,
 * without a WhatsApp code: a sign-in link the front desk makes and sends them.
 * The server makes it for `patient.magic_link` only (owners and
 * receptionists), lets it work once within 15 minutes, and audits it.
 * Render with `key={phone}`, so a link made for one patient never shows on another's card.
 */
export function ChatSignInLink({ user, phone, timezone, card = false }: Props) {
  const trpc = useTRPC();
  const headingId = useId();
  const [copied, setCopied] = useState<'yes' | 'no'>();
  /** Minutes the link is good for, counted when it arrives (the server sets the time, 15 minutes today). */
  const [validMinutes, setValidMinutes] = useState<number>();
  const create = useMutation(
    trpc.staff.identity.patientLinks.create.mutationOptions({
      onMutate: () => setCopied(undefined),
      onSuccess: (link) => setValidMinutes(Math.round((Date.parse(link.expiresAt) - Date.now()) / 60_000)),
    }),
  );
  if (!can(user, 'patient.magic_link')) return null;

  const link = create.data;
  const Heading = card ? 'h3' : 'h4';
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  return (
    <section className={card ? 'fd-card fd-chat-link' : 'fd-chat-link'} aria-labelledby={headingId}>
      <Heading id={headingId} className={card ? undefined : 'fd-h5'}>
        Chat sign-in link
      </Heading>
      <p className="fd-small fd-muted">
        For a returning patient in the web chat on a new phone or browser: the link signs the chat in as <bdi className="fd-mono">{phone}</bdi>, without a
        WhatsApp code. Send it only to this patient.
      </p>
      {link && (
        <div className="fd-form">
          <TextField
            label="Sign-in link"
            name="chat-sign-in-link"
            dir="ltr"
            readOnly
            value={link.url}
            hint={
              <>
                Valid for {validMinutes} minutes{timezone && <>, until {clockOf(link.expiresAt, timezone)}</>}, and works once.
              </>
            }
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
      {create.isError && <ErrorAlert error={create.error} title="The sign-in link was not made." labels={{ phone: 'Phone' }} />}
      <div className="fd-actions">
        {link && (
          <button type="button" className="fd-button fd-button-small" onClick={() => void copy(link.url)}>
            Copy link
          </button>
        )}
        <button type="button" className={`fd-button fd-button-small${link ? ' fd-button-quiet' : ''}`} disabled={create.isPending} onClick={() => create.mutate({ phone })}>
          {create.isPending ? 'Making the link…' : link ? 'Make a new link' : 'Make a chat sign-in link'}
        </button>
      </div>
      <p role="status" className="fd-small fd-muted">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'no' && 'The browser did not allow copying; select the link and copy it yourself.'}
      </p>
    </section>
  );
}
