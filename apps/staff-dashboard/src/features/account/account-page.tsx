import { PageTitle, type StaffUser } from '@frontdesk/web-common';
import { PasswordCard } from './password-card';
import { SessionsCard } from './sessions-card';
import { TwoStepCard } from './two-step-card';

/** The signed-in person's own account: sessions, password, two-step sign-in. */
export function AccountPage({ user }: { user: StaffUser }) {
  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="My account · Staff dashboard · Frontdesk">My account</PageTitle>
        <p className="fd-muted">
          {user.name} · {user.email}
        </p>
      </div>
      <SessionsCard />
      <PasswordCard email={user.email} />
      <TwoStepCard user={user} />
    </>
  );
}
