import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Shell, describeError, useTRPC } from '@frontdesk/web-common';
import { COPY, type Copy, type Language } from './shared/copy';
import { rememberLanguage } from './shared/page-options';
import { ProblemAlert } from './shared/problem';
import { useConversation } from './features/conversation/use-conversation';
import { Transcript } from './features/conversation/transcript';
import { Composer } from './features/conversation/composer';
import { VerificationPanel, useRecheckVerification } from './features/verification/verification-panel';
import './shared/chat.css';

export { clinicIdFrom, DEFAULT_CLINIC_ID } from './shared/page-options';

export interface AppProps {
  clinicId: string;
  initialLanguage: Language;
  /** Inside the embed.js iframe: no banner, the clinic's name as the heading. */
  embedded?: boolean;
  /** `#link=<token>` from a front-desk sign-in link. */
  linkToken?: string | null;
}

/** Both languages' `lang`/`dir` on <html>, so the whole page (and the browser's own UI) flips. */
function useDocumentLanguage(language: Language, embedded: boolean) {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = language;
    html.dir = language === 'ar' ? 'rtl' : 'ltr';
    document.title = `${COPY[language].title} · Frontdesk`;
    html.classList.toggle('pc-embedded', embedded);
  }, [language, embedded]);
}

/** In the widget, Escape asks embed.js on the host page to close the chat (a message with no data in it). */
function useEscapeClosesWidget(embedded: boolean) {
  useEffect(() => {
    if (!embedded || window.parent === window) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') window.parent.postMessage({ frontdeskChat: 'close' }, '*');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [embedded]);
}

function LanguageToggle({ copy, onChange }: { copy: Copy; onChange: (language: Language) => void }) {
  return (
    <button
      type="button"
      className="fd-button fd-button-small pc-language"
      lang={copy.otherLanguageCode}
      aria-label={copy.switchLanguage}
      onClick={() => onChange(copy.otherLanguageCode)}
    >
      {copy.otherLanguage}
    </button>
  );
}

function Frame({ embedded, copy, heading, toggle, children }: { embedded: boolean; copy: Copy; heading: ReactNode; toggle: ReactNode; children: ReactNode }) {
  if (!embedded) {
    return (
      <Shell title={copy.title} account={toggle}>
        {children}
      </Shell>
    );
  }
  return (
    <div className="pc-embed">
      <header className="pc-embed-head">
        <h1 className="pc-embed-title">{heading}</h1>
        {toggle}
      </header>
      <main className="pc-embed-main" id="fd-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** What the patient reads when the clinic cannot be loaded, in their language, with the server's reason. */
const PROBLEM_LEADS: Record<string, (copy: Copy) => string> = {
  NOT_FOUND: (copy) => copy.notFound,
  BAD_REQUEST: (copy) => copy.badLink,
};

export function App({ clinicId, initialLanguage, embedded = false, linkToken = null }: AppProps) {
  const trpc = useTRPC();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const copy = COPY[language];
  useDocumentLanguage(language, embedded);
  useEscapeClosesWidget(embedded);

  const changeLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    setLanguage(next);
  }, []);

  const profile = useQuery(trpc.public.tenancy.clinicProfile.queryOptions({ clinicId }));
  const active = profile.data?.status === 'active';
  const toggle = <LanguageToggle copy={copy} onChange={changeLanguage} />;
  const heading = profile.data ? <bdi>{profile.data.name}</bdi> : copy.title;

  let body: ReactNode;
  if (profile.isPending) {
    body = (
      <p role="status" className="fd-muted fd-loading">
        {copy.connecting}
      </p>
    );
  } else if (profile.isError) {
    const problem = describeError(profile.error);
    body = (
      <section className="fd-card" aria-labelledby="welcome-heading">
        <h2 id="welcome-heading">{copy.unavailableTitle}</h2>
        <ProblemAlert lead={(problem.code ? PROBLEM_LEADS[problem.code]?.(copy) : undefined) ?? copy.loadFailed} error={profile.error} />
      </section>
    );
  } else {
    const clinic = profile.data;
    body = (
      <>
        <section className="fd-card pc-welcome" aria-labelledby="welcome-heading">
          <h2 id="welcome-heading">
            {copy.welcome} <bdi>{clinic.name}</bdi>
          </h2>
          <p className="fd-small fd-muted">
            {copy.timezone} <bdi className="fd-strong">{clinic.timezone}</bdi>
          </p>
          {!active && (
            <p role="status" className="fd-alert">
              {copy.closed}
            </p>
          )}
        </section>
        {active && <Chat clinicId={clinicId} language={language} copy={copy} linkToken={linkToken} embedded={embedded} />}
      </>
    );
  }

  return (
    <Frame embedded={embedded} copy={copy} heading={heading} toggle={toggle}>
      {body}
    </Frame>
  );
}

/** The open chat: verification, the transcript and the message box, for an active clinic. */
function Chat({ clinicId, language, copy, linkToken, embedded }: { clinicId: string; language: Language; copy: Copy; linkToken: string | null; embedded: boolean }) {
  const onVerified = useRecheckVerification();
  const conversation = useConversation(clinicId, language, onVerified);
  const [verifyExpanded, setVerifyExpanded] = useState(false);

  // The assistant asked the patient to verify: open the form for them.
  const last = conversation.lines[conversation.lines.length - 1];
  const askedToVerify = last?.author === 'assistant' && last.intent === 'verify';
  useEffect(() => {
    if (askedToVerify) setVerifyExpanded(true);
  }, [askedToVerify, last?.id]);

  if (conversation.openError != null && !conversation.ready) {
    return <ProblemAlert lead={copy.loadFailed} error={conversation.openError} retryLabel={copy.retry} onRetry={conversation.retry} />;
  }
  if (conversation.sessionLost) {
    // Typically a browser that keeps no cookies in a third-party iframe: the full page on the chat's own site works.
    const fullPage = `${window.location.pathname}?${new URLSearchParams({ clinic: clinicId, lang: language })}`;
    return (
      <div role="alert" className="fd-alert">
        <p>{copy.cookieBlocked}</p>
        {embedded ? (
          <p>
            <a className="fd-button" href={fullPage} target="_blank" rel="noopener">
              {copy.openInTab}
            </a>
          </p>
        ) : (
          <p>{copy.cookieBlockedHere}</p>
        )}
      </div>
    );
  }
  if (!conversation.ready) {
    return (
      <p role="status" className="fd-muted fd-loading">
        {copy.connecting}
      </p>
    );
  }
  return (
    <>
      <VerificationPanel
        clinicId={clinicId}
        copy={copy}
        language={language}
        ready={conversation.ready}
        expanded={verifyExpanded}
        onExpandedChange={setVerifyExpanded}
        linkToken={linkToken}
      />
      <Transcript
        copy={copy}
        language={language}
        intro={conversation.intro}
        lines={conversation.lines}
        historyPending={conversation.historyPending}
        historyError={conversation.historyError}
        typing={conversation.typing}
        mode={conversation.mode}
        connection={conversation.connection}
        onRetry={conversation.retry}
      />
      <Composer clinicId={clinicId} copy={copy} ready={conversation.ready} onSent={conversation.refresh} />
    </>
  );
}
