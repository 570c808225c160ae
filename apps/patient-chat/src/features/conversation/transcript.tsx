import { useEffect, useRef } from 'react';
import { localeFor, type Copy, type Language } from '../../shared/copy';
import { ProblemAlert } from '../../shared/problem';
import type { Connection } from './use-conversation';
import type { Intro, Line } from './lines';

/** The page counts as "at the bottom" this close to it: new messages then scroll into view. */
const NEAR_BOTTOM_PX = 120;

function atBottom(): boolean {
  return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - NEAR_BOTTOM_PX;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "10:42 ص" today, "12 Mar, 10:42" before: the patient's own clock and locale. */
function timeOf(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = sameDay(date, new Date())
    ? { hour: 'numeric', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(localeFor(language), options).format(date);
}

interface BubbleProps {
  author: Line['author'];
  /** Who said it, as the patient reads it ("Clinic team"). */
  label: string;
  /** Shown above the text (staff and the assistant); the patient's own label is for screen readers only. */
  showLabel: boolean;
  text: string;
  at?: string | undefined;
  lineId?: string | undefined;
  language: Language;
  greeting?: boolean;
}

function Bubble({ author, label, showLabel, text, at, lineId, language, greeting }: BubbleProps) {
  if (author === 'system') {
    return (
      <li className="pc-notice" data-author="system" data-line-id={lineId}>
        <span className="fd-visually-hidden">{label}: </span>
        <span className="pc-text" dir="auto">
          {text}
        </span>
      </li>
    );
  }
  return (
    <li className={`pc-msg pc-msg-${author}`} data-author={author} data-line-id={lineId} data-greeting={greeting ? '' : undefined}>
      <span className={showLabel ? 'pc-author' : 'fd-visually-hidden'}>
        <bdi>{label}</bdi>
      </span>
      <span className="fd-visually-hidden">: </span>
      <p className="pc-text" dir="auto">
        {text}
      </p>
      {at && (
        <time className="pc-time" dateTime={at}>
          {timeOf(at, language)}
        </time>
      )}
    </li>
  );
}

export interface TranscriptProps {
  copy: Copy;
  language: Language;
  intro: Intro | undefined;
  lines: readonly Line[];
  historyPending: boolean;
  historyError: unknown;
  typing: boolean;
  mode: 'ai' | 'human' | null;
  connection: Connection;
  onRetry: () => void;
}

/**
 * The conversation: the clinic's greeting, then every line, in a log live
 * region so screen readers read new messages as they arrive.
 */
export function Transcript({ copy, language, intro, lines, historyPending, historyError, typing, mode, connection, onRetry }: TranscriptProps) {
  const assistantLabel = intro?.assistantName ? `${intro.assistantName} · ${copy.assistant}` : copy.assistant;
  const labelOf = (author: Line['author']) =>
    author === 'patient' ? copy.you : author === 'staff' ? copy.staff : author === 'system' ? copy.notice : assistantLabel;

  // Follow the conversation while the patient is at the bottom (or just wrote); leave them be while they read back.
  const following = useRef(true);
  useEffect(() => {
    const onScroll = () => {
      following.current = atBottom();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  const last = lines[lines.length - 1];
  useEffect(() => {
    if (following.current || last?.author === 'patient') {
      window.scrollTo({ top: document.documentElement.scrollHeight });
      following.current = true;
    }
  }, [last?.id, last?.author, typing]);

  return (
    <section className="pc-conversation" aria-labelledby="pc-messages-heading">
      <h2 id="pc-messages-heading" className="fd-visually-hidden">
        {copy.messagesHeading}
      </h2>
      <div className="pc-log" role="log" aria-live="polite" aria-relevant="additions" aria-busy={historyPending}>
        <ol className="pc-lines">
          {intro?.greeting && (
            <Bubble author="assistant" label={assistantLabel} showLabel text={intro.greeting} language={language} greeting />
          )}
          {lines.map((line) => (
            <Bubble
              key={line.id}
              author={line.author}
              label={labelOf(line.author)}
              showLabel={line.author !== 'patient'}
              text={line.text}
              at={line.at}
              lineId={line.id}
              language={language}
            />
          ))}
        </ol>
      </div>
      {historyPending && <p className="fd-muted fd-loading pc-center">{copy.loadingMessages}</p>}
      {historyError != null && <ProblemAlert lead={copy.historyFailed} error={historyError} retryLabel={copy.retry} onRetry={onRetry} />}
      {typing && (
        <p className="pc-typing" aria-hidden="true">
          <span className="pc-dots">
            <span />
            <span />
            <span />
          </span>
          {copy.typing(intro?.assistantName ?? copy.assistant)}
        </p>
      )}
      <div role="status" className="pc-status">
        {mode === 'human' && <p className="fd-info pc-human">{copy.humanMode}</p>}
        {connection === 'reconnecting' && <p className="pc-connection">{copy.reconnecting}</p>}
      </div>
      {connection === 'failed' && <ProblemAlert lead={copy.liveFailed} retryLabel={copy.retry} onRetry={onRetry} />}
    </section>
  );
}
