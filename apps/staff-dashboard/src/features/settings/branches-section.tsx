import { TextField, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { type Branch } from './catalog';
import { CatalogSection, NameCell } from './catalog-section';
import { WEEK, hoursToText, summariseHours, textToHours, type HoursText } from './hours';

const FIELDS = { name: 'Name', nameAr: 'Arabic name', address: 'Address', phone: 'Phone', openingHours: 'Opening hours' } as const;
/** Field paths the server names in its messages -> the labels on the form. */
const LABELS: Record<string, string> = { ...FIELDS };
for (const { day, label } of WEEK) LABELS[`openingHours.${day}`] = label;

interface BranchDraft {
  name: string;
  nameAr: string;
  address: string;
  phone: string;
  hours: HoursText;
}

export function BranchesSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const branches = trpc.staff.tenancy.branches;
  return (
    <CatalogSection
      id="branches"
      formId="branch"
      title="Branches"
      noun="branch"
      nameOf={(branch) => branch.name}
      actionName={(verb, branch) => `${verb} ${branch.name}`}
      entries={catalog.branches}
      canEdit={canEdit}
      empty={{
        title: 'No branches yet',
        editor: 'Add your first branch: patients need its address, phone and opening hours.',
        reader: 'The clinic owner has not added a branch yet.',
      }}
      columns={[
        { header: 'Branch', cell: (branch) => <NameCell entry={branch} /> },
        {
          header: 'Address and phone',
          cell: (branch) => (
            <>
              {branch.address}
              {branch.phone && <span className="fd-block fd-mono">{branch.phone}</span>}
            </>
          ),
        },
        { header: 'Opening hours', cell: (branch) => summariseHours(branch.openingHours), cellProps: { className: 'fd-small' } },
      ]}
      labels={LABELS}
      toDraft={(branch?: Branch): BranchDraft => ({
        name: branch?.name ?? '',
        nameAr: branch?.nameAr ?? '',
        address: branch?.address ?? '',
        phone: branch?.phone ?? '',
        hours: hoursToText(branch?.openingHours),
      })}
      toInput={({ name, nameAr, address, phone, hours }) => ({ name, nameAr, address, phone, openingHours: textToHours(hours) })}
      renderForm={(draft, change) => (
        <>
          <div className="fd-grid">
            <TextField label={FIELDS.name} name="branch-name" autoComplete="off" value={draft.name} onChange={(e) => change({ name: e.target.value })} />
            <TextField label={FIELDS.nameAr} name="branch-name-ar" autoComplete="off" lang="ar" dir="rtl" value={draft.nameAr} onChange={(e) => change({ nameAr: e.target.value })} />
            <TextField label={FIELDS.address} name="branch-address" autoComplete="street-address" value={draft.address} onChange={(e) => change({ address: e.target.value })} />
            <TextField
              label={FIELDS.phone}
              hint="International format, e.g. +20 100 123 4567"
              type="tel"
              name="branch-phone"
              autoComplete="tel"
              value={draft.phone}
              onChange={(e) => change({ phone: e.target.value })}
            />
          </div>
          <fieldset className="fd-fieldset">
            <legend>Opening hours</legend>
            <p className="fd-hint">24-hour clock in the clinic's time zone. Several periods: 09:00-13:00, 16:00-21:00. Leave a day empty when closed.</p>
            <div className="fd-hours">
              {WEEK.map(({ day, label }) => (
                <HoursRow key={day} label={label} value={draft.hours[day]} onChange={(value) => change({ hours: { ...draft.hours, [day]: value } })} />
              ))}
            </div>
          </fieldset>
        </>
      )}
      mutations={{
        create: (onSuccess) => branches.create.mutationOptions({ onSuccess }),
        update: (onSuccess) => branches.update.mutationOptions({ onSuccess }),
        remove: (handlers) => branches.delete.mutationOptions(handlers),
      }}
    />
  );
}

function HoursRow({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = `hours-${label.toLowerCase()}`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={id} autoComplete="off" placeholder="Closed" value={value} onChange={(e) => onChange(e.target.value)} />
    </>
  );
}
