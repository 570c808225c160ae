import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmButton, EmptyState, ErrorAlert, SuccessNote, TextField, useTRPC } from '@frontdesk/web-common';
import { useRefreshCatalog, type Catalog, type Doctor } from './catalog';

const LABELS = { name: 'Name', nameAr: 'Arabic name', specialty: 'Specialty', branchIds: 'Branches' };

export function DoctorsSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const [editing, setEditing] = useState<Doctor | 'new' | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const remove = useMutation(
    trpc.staff.tenancy.doctors.delete.mutationOptions({
      onMutate: () => setDone(undefined),
      onSuccess: async (_data, input) => {
        setDone(`Removed ${catalog.doctors.find((d) => d.id === input.id)?.name ?? 'the doctor'}.`);
        await refresh();
      },
    }),
  );
  const branchName = (id: string) => catalog.branches.find((b) => b.id === id)?.name ?? id;

  return (
    <section className="fd-card" aria-labelledby="doctors-heading">
      <div className="fd-section-head">
        <h3 id="doctors-heading">Doctors</h3>
        {canEdit && !editing && catalog.branches.length > 0 && (
          <button type="button" className="fd-button" onClick={() => { setDone(undefined); setEditing('new'); }}>
            Add a doctor
          </button>
        )}
      </div>
      {canEdit && catalog.branches.length === 0 && (
        <div className="fd-info">
          <p>Add a branch first: every doctor works at one or more of the clinic's branches.</p>
        </div>
      )}
      {editing && (
        <DoctorForm
          key={editing === 'new' ? 'new' : editing.id}
          catalog={catalog}
          doctor={editing === 'new' ? undefined : editing}
          onSaved={(name) => {
            setEditing(undefined);
            setDone(`Saved ${name}.`);
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {done && <SuccessNote>{done}</SuccessNote>}
      {remove.isError && <ErrorAlert error={remove.error} title="The doctor was not removed." />}
      {catalog.doctors.length === 0 ? (
        <EmptyState title="No doctors yet">{canEdit ? 'Add the doctors patients can book with.' : 'The clinic owner has not added doctors yet.'}</EmptyState>
      ) : (
        <div className="fd-table-wrap">
          <table className="fd-table">
            <caption className="fd-visually-hidden">Doctors</caption>
            <thead>
              <tr>
                <th scope="col">Doctor</th>
                <th scope="col">Specialty</th>
                <th scope="col">Branches</th>
                {canEdit && (
                  <th scope="col">
                    <span className="fd-visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {catalog.doctors.map((doctor) => (
                <tr key={doctor.id}>
                  <th scope="row">
                    {doctor.name}
                    <span className="fd-block fd-muted" lang="ar" dir="rtl" style={{ fontWeight: 400 }}>
                      {doctor.nameAr}
                    </span>
                  </th>
                  <td>{doctor.specialty}</td>
                  <td>{doctor.branchIds.map(branchName).join(', ')}</td>
                  {canEdit && (
                    <td>
                      <span className="fd-row-actions">
                        <button type="button" className="fd-button fd-button-small fd-button-quiet" aria-label={`Edit ${doctor.name}`} onClick={() => { setDone(undefined); setEditing(doctor); }}>
                          Edit
                        </button>
                        <ConfirmButton
                          label="Remove"
                          accessibleName={`Remove ${doctor.name}`}
                          confirmLabel="Remove doctor"
                          disabled={remove.isPending}
                          onConfirm={() => remove.mutate({ id: doctor.id })}
                        />
                      </span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DoctorForm({
  catalog,
  doctor,
  onSaved,
  onCancel,
}: {
  catalog: Catalog;
  doctor: Doctor | undefined;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const [name, setName] = useState(doctor?.name ?? '');
  const [nameAr, setNameAr] = useState(doctor?.nameAr ?? '');
  const [specialty, setSpecialty] = useState(doctor?.specialty ?? '');
  const [branchIds, setBranchIds] = useState<string[]>(doctor?.branchIds ?? (catalog.branches.length === 1 ? [catalog.branches[0]!.id] : []));
  const saved = async (result: Doctor) => {
    await refresh();
    onSaved(result.name);
  };
  const create = useMutation(trpc.staff.tenancy.doctors.create.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.staff.tenancy.doctors.update.mutationOptions({ onSuccess: saved }));
  const save = doctor ? update : create;
  const toggle = (id: string, on: boolean) => setBranchIds(on ? [...branchIds, id] : branchIds.filter((b) => b !== id));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name, nameAr, specialty, branchIds };
    if (doctor) update.mutate({ id: doctor.id, ...input });
    else create.mutate(input);
  };

  return (
    <form className="fd-form fd-editor" onSubmit={submit} noValidate aria-labelledby="doctor-form-heading">
      <h4 id="doctor-form-heading">{doctor ? `Edit ${doctor.name}` : 'New doctor'}</h4>
      <div className="fd-grid">
        <TextField label={LABELS.name} name="doctor-name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField label={LABELS.nameAr} name="doctor-name-ar" autoComplete="off" lang="ar" dir="rtl" value={nameAr} onChange={(e) => setNameAr(e.target.value)} />
        <TextField label={LABELS.specialty} hint="e.g. Orthodontics" name="doctor-specialty" autoComplete="off" value={specialty} onChange={(e) => setSpecialty(e.target.value)} />
      </div>
      <fieldset className="fd-fieldset">
        <legend>Works at</legend>
        {catalog.branches.map((branch) => (
          <label key={branch.id} className="fd-check">
            <input type="checkbox" checked={branchIds.includes(branch.id)} onChange={(e) => toggle(branch.id, e.target.checked)} />
            <span>{branch.name}</span>
          </label>
        ))}
      </fieldset>
      {save.isError && <ErrorAlert error={save.error} labels={LABELS} />}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : doctor ? 'Save doctor' : 'Add doctor'}
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
