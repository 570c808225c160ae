import { useState, type ReactNode } from 'react';
import { useSession, type OperatorUser, type SignedInUser, type StaffUser } from './session';
import { Shell } from './shell';
import { ErrorAlert, LoadingState } from './ui';

type UserOfKind<K extends SignedInUser['kind']> = K extends 'staff' ? StaffUser : OperatorUser;

export interface SessionGateProps<K extends SignedInUser['kind']> {
  title: string;
  /** The app's name in the "could not reach the server" message ("dashboard", "console"). */
  appName: string;
  /** Which kind of account this app is for; the other kind sees `wrongKind`. */
  kind: K;
  signIn: (notice: string | undefined, signedIn: () => void) => ReactNode;
  wrongKind: (name: string) => ReactNode;
  /** The signed-in app; `onEnded` brings the sign-in page back with a note. */
  children: (user: UserOfKind<K>, onEnded: (notice: string | undefined) => void) => ReactNode;
}

/** Signed in or not: the session decides between the sign-in flow and the app. */
export function SessionGate<K extends SignedInUser['kind']>({ title, appName, kind, signIn, wrongKind, children }: SessionGateProps<K>) {
  const session = useSession();
  const [notice, setNotice] = useState<string | undefined>();

  if (session.isPending) {
    return (
      <Shell title={title}>
        <LoadingState>Checking whether you are signed in…</LoadingState>
      </Shell>
    );
  }
  if (session.isError) {
    return (
      <Shell title={title}>
        <ErrorAlert error={session.error} title={`The ${appName} could not reach the server.`} onRetry={() => void session.refetch()} />
      </Shell>
    );
  }
  const user = session.data;
  if (!user) return <Shell title={title}>{signIn(notice, () => setNotice(undefined))}</Shell>;
  if (user.kind !== kind) return <Shell title={title}>{wrongKind(user.name)}</Shell>;
  return <>{children(user as UserOfKind<K>, setNotice)}</>;
}
