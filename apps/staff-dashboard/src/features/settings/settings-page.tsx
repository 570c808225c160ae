import { useQuery } from '@tanstack/react-query';
import { ErrorAlert, LoadingState, PageTitle, RouteLink, useTRPC, type StaffUser } from '@frontdesk/web-common';
import { AiSection } from './ai-section';
import { AvailabilitySection } from './availability-section';
import { BookingRulesSection } from './booking-rules-section';
import { BranchesSection } from './branches-section';
import { DoctorsSection } from './doctors-section';
import { FaqSection } from './faq-section';
import { PageChannelsSection } from './page-channels-section';
import { ProfileSection } from './profile-section';
import { ServicesSection } from './services-section';
import { WhatsAppSection } from './whatsapp-section';

interface SectionDef {
  id: string;
  label: string;
  /** Who sees the tab; the catalog itself needs clinic.view. */
  permission?: string;
}

const SECTIONS: SectionDef[] = [
  { id: 'profile', label: 'Clinic' },
  { id: 'branches', label: 'Branches' },
  { id: 'doctors', label: 'Doctors' },
  { id: 'services', label: 'Services' },
  { id: 'availability', label: 'Availability', permission: 'catalog.edit' },
  { id: 'booking', label: 'Booking rules', permission: 'catalog.edit' },
  { id: 'faq', label: 'FAQ' },
  { id: 'ai', label: 'AI assistant', permission: 'ai_settings.edit' },
  { id: 'whatsapp', label: 'WhatsApp', permission: 'channel.manage' },
  { id: 'messenger', label: 'Messenger & Instagram', permission: 'channel.manage' },
];

/**
 * The clinic's verified catalog: what the assistant and scheduling may tell
 * patients. Owners edit it; other roles read it.
 */
export function SettingsPage({ user, section = 'profile' }: { user: StaffUser; section: string | undefined }) {
  const trpc = useTRPC();
  const catalog = useQuery(trpc.staff.tenancy.catalog.queryOptions());
  const canEdit = user.permissions.includes('catalog.edit');
  const tabs = SECTIONS.filter((s) => !s.permission || user.permissions.includes(s.permission));
  const current = SECTIONS.find((s) => s.id === section);
  const allowed = current && tabs.includes(current);

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle={`${current?.label ?? 'Settings'} · Settings · Staff dashboard · Frontdesk`}>Clinic settings</PageTitle>
        <p className="fd-muted">
          {canEdit
            ? 'What Frontdesk tells patients comes from here. Every change is recorded in the audit log.'
            : "You can read the clinic's settings. Only the clinic owner can change them."}
        </p>
      </div>
      <nav aria-label="Settings sections">
        <ul className="fd-tabs">
          {tabs.map((tab) => (
            <li key={tab.id}>
              <RouteLink to={`/settings/${tab.id}`} current={tab === current}>
                {tab.label}
              </RouteLink>
            </li>
          ))}
        </ul>
      </nav>
      {!current && (
        <div role="alert" className="fd-alert">
          <p>There is no settings section called "{section}".</p>
        </div>
      )}
      {current && !allowed && (
        <div role="alert" className="fd-alert">
          <p className="fd-strong">You don't have access to {current.label}</p>
          <p>Your role can't open this section. If you need it, ask your clinic's owner.</p>
        </div>
      )}
      {allowed && catalog.isPending && <LoadingState>Loading the clinic's settings…</LoadingState>}
      {allowed && catalog.isError && (
        <ErrorAlert error={catalog.error} title="The clinic's settings could not be loaded." onRetry={() => void catalog.refetch()} />
      )}
      {allowed && catalog.isSuccess && (
        <>
          {current.id === 'profile' && <ProfileSection catalog={catalog.data} canEdit={canEdit} />}
          {current.id === 'branches' && <BranchesSection catalog={catalog.data} canEdit={canEdit} />}
          {current.id === 'doctors' && <DoctorsSection catalog={catalog.data} canEdit={canEdit} />}
          {current.id === 'services' && <ServicesSection catalog={catalog.data} canEdit={canEdit} />}
          {current.id === 'availability' && <AvailabilitySection catalog={catalog.data} />}
          {current.id === 'booking' && <BookingRulesSection catalog={catalog.data} />}
          {current.id === 'faq' && <FaqSection catalog={catalog.data} canEdit={canEdit} />}
          {current.id === 'ai' && <AiSection catalog={catalog.data} />}
          {current.id === 'whatsapp' && <WhatsAppSection />}
          {current.id === 'messenger' && <PageChannelsSection />}
        </>
      )}
    </>
  );
}
