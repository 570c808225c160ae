import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '@frontdesk/web-common';
import type { InboxEvent } from './inbox-data';

export type LiveState = 'connecting' | 'live' | 'stopped';

export interface InboxLive {
  state: LiveState;
  /** Why live updates stopped, when they did. */
  error: unknown;
  /** Conversations whose assistant is writing a reply right now. */
  typing: ReadonlySet<string>;
  reconnect: () => void;
}

/** Events close together (a reply, its delivery, a draft) cause one refetch, not one each. */
const BATCH_MS = 120;

/**
 * The clinic's live activity (`staff.conversation.events`, server-sent
 * events): each event says what changed, and the queries that show it are
 * read again. The events carry no state the screens keep; the server's
 * transcript stays the record. Each time the stream (re)starts the server
 * says `ready` once it listens, and everything is read again then, so nothing
 * that happened while disconnected stays missing.
 */
export function useInboxLive(): InboxLive {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [typing, setTyping] = useState<ReadonlySet<string>>(() => new Set());
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    timer.current = undefined;
    const targets = [...pending.current];
    pending.current.clear();
    for (const target of targets) {
      if (target === 'list') void queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.list.queryKey() });
      else if (target === 'outbox') void queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.outbox.pathKey() });
      else void queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.view.queryKey({ conversationId: target }) });
    }
  }, [queryClient, trpc]);

  const refresh = useCallback(
    (...targets: string[]) => {
      for (const target of targets) pending.current.add(target);
      timer.current ??= setTimeout(flush, BATCH_MS);
    },
    [flush],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  const setTypingOf = useCallback((conversationId: string, on: boolean) => {
    setTyping((current) => {
      if (current.has(conversationId) === on) return current;
      const next = new Set(current);
      if (on) next.add(conversationId);
      else next.delete(conversationId);
      return next;
    });
  }, []);

  const [ready, setReady] = useState(false);
  const refreshAll = useCallback(() => void queryClient.invalidateQueries({ queryKey: trpc.staff.conversation.pathKey() }), [queryClient, trpc]);

  const onData = useCallback(
    (event: InboxEvent) => {
      switch (event.type) {
        case 'ready':
          // The server listens from here on: whatever happened before is read again, so nothing falls between.
          setReady(true);
          refreshAll();
          break;
        case 'line':
          if (event.line.author !== 'patient') setTypingOf(event.conversationId, false);
          refresh('list', event.conversationId);
          break;
        case 'typing':
          setTypingOf(event.conversationId, event.on);
          break;
        case 'mode':
        case 'verified':
          refresh('list', event.conversationId);
          break;
        case 'delivery':
          refresh(event.conversationId);
          break;
        case 'draft':
          setTypingOf(event.conversationId, false);
          refresh('list', 'outbox', event.conversationId);
          break;
      }
    },
    [refresh, refreshAll, setTypingOf],
  );

  const subscription = useSubscription(
    trpc.staff.conversation.events.subscriptionOptions(undefined, {
      onData,
      onConnectionStateChange: (connection) => {
        if (connection.state !== 'pending') setReady(false);
      },
    }),
  );

  const state: LiveState = subscription.status === 'error' ? 'stopped' : subscription.status === 'pending' && ready ? 'live' : 'connecting';
  return { state, error: subscription.error, typing, reconnect: subscription.reset };
}
