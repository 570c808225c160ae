import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmButton, EmptyState, ErrorAlert, SuccessNote, TextField, useTRPC } from '@frontdesk/web-common';
import { useRefreshCatalog, type Branch, type Catalog } from './catalog';
import { WEEK, hoursToText, summariseHours, textToHours, type HoursText } from './hours';

const FIELDS = { name: 'Name', nameAr: 'Arabic name', address: 'Address', phone: 'Phone', openingHours: 'Opening hours' } as const;
/** Field paths the server names in its messages -> the labels on the form. */
const LABELS: Record<string, string> = { ...FIELDS };
for (const { day, label } of WEEK) LABELS[`openingHours.${day}`] = label;

export function BranchesSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const [editing, setEditing] = useState<Branch | 'new' | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const remove = useMutation(
    trpc.staff.tenancy.branches.delete.mutationOptions({
      onMutate: () => setDone(undefined),
      onSuccess: async (_data, input) => {
        setDone(`Deleted ${catalog.branches.find((b) => b.id === input.id)?.name ?? 'the branch'}.`);
        await refresh();
      },
    }),
  );

  return (
    <section className="fd-card" aria-labelledby="branches-heading">
      <div className="fd-section-head">
        <h3 id="branches-heading">Branches</h3>
        {canEdit && !editing && (
          <button type="button" className="fd-button" onClick={() => { setDone(undefined); setEditing('new'); }}>
            Add a branch
          </button>
        )}
      </div>
      {editing && (
        <BranchForm
          key={editing === 'new' ? 'new' : editing.id}
          branch={editing === 'new' ? undefined : editing}
          onSaved={(name) => {
            setEditing(undefined);
            setDone(`Saved ${name}.`);
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {done && <SuccessNote>{done}</SuccessNote>}
      {remove.isError && <ErrorAlert error={remove.error} title="The branch was not deleted." />}
      {catalog.branches.length === 0 ? (
        <EmptyState title="No branches yet">
          {canEdit ? 'Add your first branch: patients need its address, phone and opening hours.' : 'The clinic owner has not added a branch yet.'}
        </EmptyState>
      ) : (
        <div className="fd-table-wrap">
          <table className="fd-table">
            <caption className="fd-visually-hidden">Branches</caption>
            <thead>
              <tr>
                <th scope="col">Branch</th>
                <th scope="col">Address and phone</th>
                <th scope="col">Opening hours</th>
                {canEdit && (
                  <th scope="col">
                    <span className="fd-visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {catalog.branches.map((branch) => (
                <tr key={branch.id}>
                  <th scope="row">
                    {branch.name}
                    <span className="fd-block fd-muted" lang="ar" dir="rtl" style={{ fontWeight: 400 }}>
                      {branch.nameAr}
                    </span>
                  </th>
                  <td>
                    {branch.address}
                    {branch.phone && <span className="fd-block fd-mono">{branch.phone}</span>}
                  </td>
                  <td className="fd-small">{summariseHours(branch.openingHours)}</td>
                  {canEdit && (
                    <td>
                      <span className="fd-row-actions">
                        <button type="button" className="fd-button fd-button-small fd-button-quiet" aria-label={`Edit ${branch.name}`} onClick={() => { setDone(undefined); setEditing(branch); }}>
                          Edit
                        </button>
                        <ConfirmButton
                          label="Delete"
                          accessibleName={`Delete ${branch.name}`}
                          confirmLabel="Delete branch"
                          disabled={remove.isPending}
                          onConfirm={() => remove.mutate({ id: branch.id })}
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

function BranchForm({ branch, onSaved, onCancel }: { branch: Branch | undefined; onSaved: (name: string) => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const [name, setName] = useState(branch?.name ?? '');
  const [nameAr, setNameAr] = useState(branch?.nameAr ?? '');
  const [address, setAddress] = useState(branch?.address ?? '');
  const [phone, setPhone] = useState(branch?.phone ?? '');
  const [hours, setHours] = useState<HoursText>(hoursToText(branch?.openingHours));
  const saved = async (result: Branch) => {
    await refresh();
    onSaved(result.name);
  };
  const create = useMutation(trpc.staff.tenancy.branches.create.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.staff.tenancy.branches.update.mutationOptions({ onSuccess: saved }));
  const save = branch ? update : create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name, nameAr, address, phone, openingHours: textToHours(hours) };
    if (branch) update.mutate({ id: branch.id, ...input });
    else create.mutate(input);
  };

  return (
    <form className="fd-form fd-editor" onSubmit={submit} noValidate aria-labelledby="branch-form-heading">
      <h4 id="branch-form-heading">{branch ? `Edit ${branch.name}` : 'New branch'}</h4>
      <div className="fd-grid">
        <TextField label={FIELDS.name} name="branch-name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField label={FIELDS.nameAr} name="branch-name-ar" autoComplete="off" lang="ar" dir="rtl" value={nameAr} onChange={(e) => setNameAr(e.target.value)} />
        <TextField label={FIELDS.address} name="branch-address" autoComplete="street-address" value={address} onChange={(e) => setAddress(e.target.value)} />
        <TextField
          label={FIELDS.phone}
          hint="International format, e.g. +20 100 123 4567"
          type="tel"
          name="branch-phone"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
      </div>
      <fieldset className="fd-fieldset">
        <legend>Opening hours</legend>
        <p className="fd-hint">24-hour clock in the clinic's time zone. Several periods: 09:00-13:00, 16:00-21:00. Leave a day empty when closed.</p>
        <div className="fd-hours">
          {WEEK.map(({ day, label }) => (
            <HoursRow key={day} label={label} value={hours[day]} onChange={(value) => setHours({ ...hours, [day]: value })} />
          ))}
        </div>
      </fieldset>
      {save.isError && <ErrorAlert error={save.error} labels={LABELS} />}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : branch ? 'Save branch' : 'Add branch'}
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
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
