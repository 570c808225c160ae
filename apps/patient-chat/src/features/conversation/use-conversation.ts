import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { isUnauthenticated, useTRPC, useTRPCClient } from '@frontdesk/web-common';
import type { Language } from '../../shared/copy';
import { mergeLines, type ChatEvent, type Intro, type Line } from './lines';

/** A typing indicator whose "off" got lost does not stay on for ever. */
const TYPING_TIMEOUT_MS = 30_000;

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'failed';

export interface Conversation {
  /** What `open` said: clinic, greeting, assistant's name, verified or not. */
  intro: Intro | undefined;
  /** `open` failed: nothing else can work. */
  openError: unknown;
  /** The session cookie is set: history, events and verification may be called. */
  ready: boolean;
  lines: Line[];
  historyPending: boolean;
  historyError: unknown;
  retry: () => void;
  typing: boolean;
  /** Who answers, as last heard live; null until the clinic says. */
  mode: 'ai' | 'human' | null;
  connection: Connection;
  /** Reads the stored transcript again (after a send: the reply is stored by the time it returns). */
  refresh: () => void;
  /**
   * The server does not know this browser's session even after opening a new
   * one: the browser is not keeping the session cookie (blocked cookies, or a
   * cross-site iframe).
   */
  sessionLost: boolean;
}

/**
 * The patient's conversation: `open` (the session cookie), then the stored
 * history, then the live events, merged into one transcript.
 */
export function useConversation(clinicId: string, language: Language, onVerified: () => void): Conversation {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();

  // `open` is a mutation on the server (it may set the cookie) but safe to repeat: it resumes the
  // session. Run as a query it happens once per clinic and language, even under StrictMode, and a
  // language switch keeps the old greeting on screen until the new one is there.
  const open = useQuery({
    queryKey: ['patient-chat', 'open', clinicId, language],
    queryFn: () => client.public.conversation.open.mutate({ clinicId, language }),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnReconnect: false,
    placeholderData: keepPreviousData,
  });
  const ready = open.data !== undefined;

  const history = useQuery(trpc.public.conversation.history.queryOptions(ready ? { clinicId } : skipToken));
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: trpc.public.conversation.history.queryKey() }), [queryClient, trpc]);

  // A session that ended (expired, or the cookie was cleared) is opened again, once; if the server
  // still does not know us, the browser is not keeping the cookie and retrying will not help.
  const unauthorized = isUnauthenticated(history.error);
  const [reopened, setReopened] = useState(false);
  const reopen = open.refetch;
  useEffect(() => {
    if (!unauthorized || reopened) return;
    setReopened(true);
    void reopen().then(refresh);
  }, [unauthorized, reopened, reopen, refresh]);
  useEffect(() => {
    if (history.isSuccess) setReopened(false);
  }, [history.isSuccess, history.dataUpdatedAt]);
  const sessionLost = unauthorized && reopened && !open.isFetching && !history.isFetching;

  const [live, setLive] = useState<ReadonlyMap<string, Line>>(() => new Map());
  const [typing, setTyping] = useState(false);
  const [mode, setMode] = useState<'ai' | 'human' | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const showTyping = useCallback((on: boolean) => {
    clearTimeout(typingTimer.current);
    setTyping(on);
    if (on) typingTimer.current = setTimeout(() => setTyping(false), TYPING_TIMEOUT_MS);
  }, []);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const onData = (event: ChatEvent) => {
    switch (event.type) {
      case 'line': {
        const { line } = event;
        setLive((current) => (current.has(line.id) ? current : new Map(current).set(line.id, line)));
        if (line.author === 'assistant' || line.author === 'staff') showTyping(false);
        // A staff message means a person has the conversation (sending takes it over).
        if (line.author === 'staff') setMode('human');
        break;
      }
      case 'typing':
        showTyping(event.on);
        break;
      case 'mode':
        setMode(event.mode);
        if (event.mode === 'human') showTyping(false);
        break;
      case 'verified':
        onVerified();
        break;
      case 'ready':
        // The server listens from here on: whatever happened before (or while reconnecting) is in the history.
        refresh();
        break;
      default:
        // Delivery receipts and drafts are for the staff inbox.
        break;
    }
  };

  const events = useSubscription(
    trpc.public.conversation.events.subscriptionOptions(ready && !unauthorized ? { clinicId } : skipToken, {
      onData,
    }),
  );

  const connection: Connection =
    events.status === 'pending' ? 'live' : events.status === 'error' ? 'failed' : events.status === 'connecting' && events.error ? 'reconnecting' : 'connecting';

  const lines = useMemo(() => mergeLines(history.data, live), [history.data, live]);

  const retry = useCallback(() => {
    if (open.isError) void open.refetch();
    else if (history.isError) void history.refetch();
    if (events.status === 'error') events.reset();
  }, [open, history, events]);

  return {
    intro: open.data,
    openError: open.error,
    ready,
    lines,
    historyPending: ready && history.isPending,
    historyError: history.error,
    retry,
    typing,
    // Until an event says otherwise, what the server said when the chat opened.
    mode: mode ?? open.data?.mode ?? null,
    connection,
    refresh,
    sessionLost,
  };
}
