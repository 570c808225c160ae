import { TextField, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { type Doctor } from './catalog';
import { CatalogSection, NameCell } from './catalog-section';

const LABELS = { name: 'Name', nameAr: 'Arabic name', specialty: 'Specialty', branchIds: 'Branches' };

interface DoctorDraft {
  name: string;
  nameAr: string;
  specialty: string;
  branchIds: string[];
}

export function DoctorsSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const doctors = trpc.staff.tenancy.doctors;
  const branchName = (id: string) => catalog.branches.find((b) => b.id === id)?.name ?? id;

  return (
    <CatalogSection
      id="doctors"
      formId="doctor"
      title="Doctors"
      noun="doctor"
      removeVerb="Remove"
      nameOf={(doctor) => doctor.name}
      actionName={(verb, doctor) => `${verb} ${doctor.name}`}
      entries={catalog.doctors}
      canEdit={canEdit}
      canAdd={catalog.branches.length > 0}
      intro={
        canEdit &&
        catalog.branches.length === 0 && (
          <div className="fd-info">
            <p>Add a branch first: every doctor works at one or more of the clinic's branches.</p>
          </div>
        )
      }
      empty={{ title: 'No doctors yet', editor: 'Add the doctors patients can book with.', reader: 'The clinic owner has not added doctors yet.' }}
      columns={[
        { header: 'Doctor', cell: (doctor) => <NameCell entry={doctor} /> },
        { header: 'Specialty', cell: (doctor) => doctor.specialty },
        { header: 'Branches', cell: (doctor) => doctor.branchIds.map(branchName).join(', ') },
      ]}
      labels={LABELS}
      toDraft={(doctor?: Doctor): DoctorDraft => ({
        name: doctor?.name ?? '',
        nameAr: doctor?.nameAr ?? '',
        specialty: doctor?.specialty ?? '',
        branchIds: doctor?.branchIds ?? (catalog.branches.length === 1 ? [catalog.branches[0]!.id] : []),
      })}
      toInput={({ name, nameAr, specialty, branchIds }) => ({ name, nameAr, specialty, branchIds })}
      renderForm={(draft, change) => (
        <>
          <div className="fd-grid">
            <TextField label={LABELS.name} name="doctor-name" autoComplete="off" value={draft.name} onChange={(e) => change({ name: e.target.value })} />
            <TextField label={LABELS.nameAr} name="doctor-name-ar" autoComplete="off" lang="ar" dir="rtl" value={draft.nameAr} onChange={(e) => change({ nameAr: e.target.value })} />
            <TextField label={LABELS.specialty} hint="e.g. Orthodontics" name="doctor-specialty" autoComplete="off" value={draft.specialty} onChange={(e) => change({ specialty: e.target.value })} />
          </div>
          <fieldset className="fd-fieldset">
            <legend>Works at</legend>
            {catalog.branches.map((branch) => (
              <label key={branch.id} className="fd-check">
                <input
                  type="checkbox"
                  checked={draft.branchIds.includes(branch.id)}
                  onChange={(e) => change({ branchIds: e.target.checked ? [...draft.branchIds, branch.id] : draft.branchIds.filter((b) => b !== branch.id) })}
                />
                <span>{branch.name}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      mutations={{
        create: (onSuccess) => doctors.create.mutationOptions({ onSuccess }),
        update: (onSuccess) => doctors.update.mutationOptions({ onSuccess }),
        remove: (handlers) => doctors.delete.mutationOptions(handlers),
      }}
    />
  );
}
