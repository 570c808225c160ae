import { useEffect } from 'react';
import { hashKey, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@frontdesk/server';
import { isUnauthenticated } from './errors';
import { resetRoute } from './router';
import { useTRPC } from './trpc';

/** The typed tRPC options proxy, for naming procedure types in the apps. */
export type Api = TRPCOptionsProxy<AppRouter>;

/** Who is signed in on this browser: clinic staff (with the permissions of their role) or an operator. */
export type SignedInUser = NonNullable<inferOutput<Api['public']['identity']['session']>>;
export type StaffUser = Extract<SignedInUser, { kind: 'staff' }>;
export type OperatorUser = Extract<SignedInUser, { kind: 'operator' }>;

/** `public.identity.session`: the signed-in user, or null. */
export function useSession() {
  const trpc = useTRPC();
  return useQuery(trpc.public.identity.session.queryOptions(undefined, { staleTime: 60_000 }));
}

function sessionKey(trpc: Api) {
  return trpc.public.identity.session.queryKey();
}

/** Forget everything cached for the old session, then show nobody signed in. */
export function forgetSession(queryClient: QueryClient, trpc: Api): void {
  const key = sessionKey(trpc);
  const keep = hashKey(key);
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== keep });
  queryClient.setQueryData(key, null);
  resetRoute();
}

/** A fresh sign-in: drop anything cached for a previous user and record the new one. */
export function rememberSignIn(queryClient: QueryClient, trpc: Api, user: SignedInUser): void {
  const key = sessionKey(trpc);
  const keep = hashKey(key);
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== keep });
  queryClient.setQueryData(key, user);
}

/** Sign out on the server (the session ends there), then locally. */
export function useSignOut(onSignedOut?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.public.identity.logout.mutationOptions({
      onSuccess: () => {
        forgetSession(queryClient, trpc);
        onSignedOut?.();
      },
    }),
  );
}

/**
 * While signed in: when any call comes back "not signed in" (idle time-out,
 * session ended elsewhere), ask the server who is signed in; the app then shows
 * the sign-in page. `onEnded` lets the app say why.
 */
export function useSessionEndWatch(onEnded: () => void): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    const key = sessionKey(trpc);
    const sessionHash = hashKey(key);
    let reported = false;
    const check = (error: unknown) => {
      if (reported || !isUnauthenticated(error)) return;
      reported = true;
      onEnded();
      void queryClient.invalidateQueries({ queryKey: key });
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && event.query.queryHash !== sessionHash) check(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') check(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [trpc, queryClient, onEnded]);
}
