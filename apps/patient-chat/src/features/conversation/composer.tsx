import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { describeError, useTRPC } from '@frontdesk/web-common';
import type { Copy } from '../../shared/copy';
import { newClientMessageId } from '../../shared/page-options';
import { ProblemAlert } from '../../shared/problem';

type Problem = { lead: string; error?: unknown };

export interface ComposerProps {
  clinicId: string;
  copy: Copy;
  /** The chat session is open. */
  ready: boolean;
  /** After a message was taken: the reply is stored by now. */
  onSent: () => void;
}

/**
 * The message box. Enter sends, Shift+Enter starts a new line. The text stays
 * in the box until the server has taken it, so nothing typed is lost to an
 * error; a retry of the same text reuses its id, so a message that did arrive
 * is not stored twice.
 */
export function Composer({ clinicId, copy, ready, onSent }: ComposerProps) {
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const pendingId = useRef<{ text: string; id: string } | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  const send = useMutation(trpc.public.conversation.send.mutationOptions());

  const submit = () => {
    const message = text.trim();
    if (!message || send.isPending || !ready) return;
    if (pendingId.current?.text !== message) pendingId.current = { text: message, id: newClientMessageId() };
    const clientMessageId = pendingId.current.id;
    setProblem(null);
    send.mutate(
      { clinicId, text: message, clientMessageId },
      {
        onSuccess: ({ outcome }) => {
          if (outcome === 'limited') {
            // Dropped, and its id remembered as seen: the retry needs a new one.
            pendingId.current = null;
            setProblem({ lead: copy.tooFast });
            return;
          }
          pendingId.current = null;
          setText((current) => (current.trim() === message ? '' : current));
          onSent();
        },
        onError: (error) => {
          const described = describeError(error);
          if (described.code === 'TOO_MANY_REQUESTS') pendingId.current = null;
          const lead =
            described.code === 'TOO_MANY_REQUESTS'
              ? copy.tooFast
              : described.code === 'UNAUTHORIZED' || described.domainCode === 'CONVERSATION.NO_CHAT_SESSION'
                ? copy.sessionEnded
                : copy.sendFailed;
          setProblem({ lead, error });
        },
        onSettled: () => box.current?.focus(),
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };

  const describedBy = ['pc-message-hint', problem ? 'pc-send-problem' : ''].filter(Boolean).join(' ');
  return (
    <form className="pc-composer" onSubmit={onSubmit} aria-busy={send.isPending}>
      {problem && <ProblemAlert id="pc-send-problem" lead={problem.lead} error={problem.error} />}
      <div className="pc-composer-row">
        <label htmlFor="pc-message" className="fd-visually-hidden">
          {copy.composerLabel}
        </label>
        <textarea
          id="pc-message"
          ref={box}
          rows={1}
          dir="auto"
          value={text}
          placeholder={copy.composerLabel}
          maxLength={2000}
          readOnly={send.isPending}
          aria-describedby={describedBy}
          enterKeyHint="send"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <span id="pc-message-hint" className="fd-visually-hidden">
          {copy.composerHint}
        </span>
        <button type="submit" className="fd-button pc-send" disabled={!ready || send.isPending || text.trim() === ''}>
          {send.isPending ? copy.sending : copy.send}
        </button>
      </div>
    </form>
  );
}
