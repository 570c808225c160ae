import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Shell, describeError, useTRPC } from '@frontdesk/web-common';

export const DEFAULT_CLINIC_ID = 'demo-clinic';

/** The clinic this chat belongs to: `?clinic=<id>`, or the demo clinic. */
export function clinicIdFrom(search: string): string {
  const id = new URLSearchParams(search).get('clinic')?.trim();
  return id ? id : DEFAULT_CLINIC_ID;
}

type Language = 'en' | 'ar';

/** What the patient reads once the clinic is known, in the clinic's language. */
const COPY: Record<Language, { title: string; welcome: string; timezone: string; comingSoon: string; closed: string }> = {
  en: {
    title: 'Chat with the clinic',
    welcome: 'Welcome to',
    timezone: "Times are shown in the clinic's timezone:",
    comingSoon: "Messaging with the clinic's receptionist will be available here soon.",
    closed: 'Online messaging with this clinic is paused for now. Please call the clinic directly; we are sorry for the inconvenience.',
  },
  ar: {
    title: 'تواصل مع العيادة',
    welcome: 'مرحبًا بكم في',
    timezone: 'تُعرض المواعيد بتوقيت العيادة:',
    comingSoon: 'ستتوفر هنا قريبًا المراسلة مع موظفي الاستقبال في العيادة.',
    closed: 'المراسلة الإلكترونية مع هذه العيادة متوقفة حاليًا. يُرجى الاتصال بالعيادة مباشرةً، ونعتذر عن الإزعاج.',
  },
};

/** Before the clinic is known (or when it cannot be found) the page stays in English. */
const PROBLEMS: Record<string, string> = {
  NOT_FOUND: 'We could not find this clinic. Please check the link the clinic gave you.',
  BAD_REQUEST: 'This chat link is not valid. Please check the link the clinic gave you.',
};

export function App({ clinicId }: { clinicId: string }) {
  const trpc = useTRPC();
  const profile = useQuery(trpc.public.tenancy.clinicProfile.queryOptions({ clinicId }));
  const language: Language = profile.data?.defaultLanguage ?? 'en';
  const copy = COPY[language];

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    document.title = `${COPY[language].title} · Frontdesk`;
  }, [language]);

  const problem = profile.isError ? describeError(profile.error) : undefined;

  return (
    <Shell title={copy.title}>
      <section
        className="fd-card"
        aria-labelledby={profile.isPending ? undefined : 'welcome-heading'}
        aria-busy={profile.isPending}
      >
        {profile.isPending && <p role="status">Connecting to the clinic…</p>}
        {profile.isSuccess && (
          <>
            <h2 id="welcome-heading">
              {copy.welcome} <bdi>{profile.data.name}</bdi>
            </h2>
            <p>
              {copy.timezone} <bdi className="fd-strong">{profile.data.timezone}</bdi>
            </p>
            {profile.data.status === 'suspended' ? (
              <p role="status" className="fd-alert">
                {copy.closed}
              </p>
            ) : (
              <p className="fd-muted">{copy.comingSoon}</p>
            )}
          </>
        )}
        {problem && (
          <>
            <h2 id="welcome-heading">This chat is not available</h2>
            <div role="alert" className="fd-alert">
              <p>{(problem.code ? PROBLEMS[problem.code] : undefined) ?? 'The chat could not be loaded. Please try again later.'}</p>
              <p>{problem.message}</p>
            </div>
          </>
        )}
      </section>
    </Shell>
  );
}
