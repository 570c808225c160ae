import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmButton, EmptyState, ErrorAlert, SuccessNote, TextField, useTRPC } from '@frontdesk/web-common';
import { formatMoney, minorToInput, parseMoney, useRefreshCatalog, type Catalog, type Service } from './catalog';

const LABELS = {
  name: 'Name',
  nameAr: 'Arabic name',
  durationMinutes: 'Duration',
  bufferMinutes: 'Buffer after',
  priceMinor: 'Price',
  depositMinor: 'Deposit',
};

export function ServicesSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const currency = catalog.profile.currency;
  const [editing, setEditing] = useState<Service | 'new' | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const remove = useMutation(
    trpc.staff.tenancy.services.delete.mutationOptions({
      onMutate: () => setDone(undefined),
      onSuccess: async (_data, input) => {
        setDone(`Deleted ${catalog.services.find((s) => s.id === input.id)?.name ?? 'the service'}.`);
        await refresh();
      },
    }),
  );

  return (
    <section className="fd-card" aria-labelledby="services-heading">
      <div className="fd-section-head">
        <h3 id="services-heading">Services</h3>
        {canEdit && !editing && (
          <button type="button" className="fd-button" onClick={() => { setDone(undefined); setEditing('new'); }}>
            Add a service
          </button>
        )}
      </div>
      {editing && (
        <ServiceForm
          key={editing === 'new' ? 'new' : editing.id}
          currency={currency}
          service={editing === 'new' ? undefined : editing}
          onSaved={(name) => {
            setEditing(undefined);
            setDone(`Saved ${name}.`);
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {done && <SuccessNote>{done}</SuccessNote>}
      {remove.isError && <ErrorAlert error={remove.error} title="The service was not deleted." />}
      {catalog.services.length === 0 ? (
        <EmptyState title="No services yet">{canEdit ? 'Add what patients can book, with its duration and price.' : 'The clinic owner has not added services yet.'}</EmptyState>
      ) : (
        <div className="fd-table-wrap">
          <table className="fd-table">
            <caption className="fd-visually-hidden">Services</caption>
            <thead>
              <tr>
                <th scope="col">Service</th>
                <th scope="col">Duration</th>
                <th scope="col">Price</th>
                <th scope="col">Deposit</th>
                {canEdit && (
                  <th scope="col">
                    <span className="fd-visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {catalog.services.map((service) => (
                <tr key={service.id}>
                  <th scope="row">
                    {service.name}
                    <span className="fd-block fd-muted" lang="ar" dir="rtl" style={{ fontWeight: 400 }}>
                      {service.nameAr}
                    </span>
                  </th>
                  <td>
                    {service.durationMinutes} min
                    {service.bufferMinutes > 0 && <span className="fd-block fd-small fd-muted">+ {service.bufferMinutes} min buffer</span>}
                  </td>
                  <td>{formatMoney(service.priceMinor, currency)}</td>
                  <td>{service.depositMinor === null ? <span className="fd-muted">None</span> : formatMoney(service.depositMinor, currency)}</td>
                  {canEdit && (
                    <td>
                      <span className="fd-row-actions">
                        <button type="button" className="fd-button fd-button-small fd-button-quiet" aria-label={`Edit ${service.name}`} onClick={() => { setDone(undefined); setEditing(service); }}>
                          Edit
                        </button>
                        <ConfirmButton
                          label="Delete"
                          accessibleName={`Delete ${service.name}`}
                          confirmLabel="Delete service"
                          disabled={remove.isPending}
                          onConfirm={() => remove.mutate({ id: service.id })}
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

function ServiceForm({
  currency,
  service,
  onSaved,
  onCancel,
}: {
  currency: string;
  service: Service | undefined;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const [name, setName] = useState(service?.name ?? '');
  const [nameAr, setNameAr] = useState(service?.nameAr ?? '');
  const [duration, setDuration] = useState(String(service?.durationMinutes ?? 30));
  const [buffer, setBuffer] = useState(String(service?.bufferMinutes ?? 0));
  const [price, setPrice] = useState(service ? minorToInput(service.priceMinor, currency) : '');
  const [deposit, setDeposit] = useState(service?.depositMinor != null ? minorToInput(service.depositMinor, currency) : '');
  const [problems, setProblems] = useState<string[]>([]);
  const saved = async (result: Service) => {
    await refresh();
    onSaved(result.name);
  };
  const create = useMutation(trpc.staff.tenancy.services.create.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.staff.tenancy.services.update.mutationOptions({ onSuccess: saved }));
  const save = service ? update : create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: string[] = [];
    const durationMinutes = Number(duration);
    const bufferMinutes = buffer.trim() ? Number(buffer) : 0;
    const priceMinor = parseMoney(price, currency);
    const depositMinor = deposit.trim() ? parseMoney(deposit, currency) : null;
    if (!duration.trim() || !Number.isFinite(durationMinutes)) found.push('Duration: enter the number of minutes, e.g. 30.');
    if (!Number.isFinite(bufferMinutes)) found.push('Buffer after: enter a number of minutes, or 0.');
    if (priceMinor === undefined) found.push(`Price: enter an amount in ${currency}, e.g. 150 or 150.50.`);
    if (depositMinor === undefined) found.push(`Deposit: enter an amount in ${currency}, or leave it empty for no deposit.`);
    setProblems(found);
    if (found.length > 0 || priceMinor === undefined || depositMinor === undefined) return;
    const input = { name, nameAr, durationMinutes, bufferMinutes, priceMinor, depositMinor };
    if (service) update.mutate({ id: service.id, ...input });
    else create.mutate(input);
  };

  return (
    <form className="fd-form fd-editor" onSubmit={submit} noValidate aria-labelledby="service-form-heading">
      <h4 id="service-form-heading">{service ? `Edit ${service.name}` : 'New service'}</h4>
      <div className="fd-grid">
        <TextField label={LABELS.name} name="service-name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField label={LABELS.nameAr} name="service-name-ar" autoComplete="off" lang="ar" dir="rtl" value={nameAr} onChange={(e) => setNameAr(e.target.value)} />
        <TextField label={`${LABELS.durationMinutes} (minutes)`} hint="5 to 480" type="number" inputMode="numeric" min={5} max={480} name="service-duration" value={duration} onChange={(e) => setDuration(e.target.value)} />
        <TextField
          label={`${LABELS.bufferMinutes} (minutes)`}
          hint="Time kept free after the visit"
          type="number"
          inputMode="numeric"
          min={0}
          max={240}
          name="service-buffer"
          value={buffer}
          onChange={(e) => setBuffer(e.target.value)}
        />
        <TextField label={`${LABELS.priceMinor} (${currency})`} inputMode="decimal" name="service-price" autoComplete="off" value={price} onChange={(e) => setPrice(e.target.value)} />
        <TextField
          label={`${LABELS.depositMinor} (${currency})`}
          hint="Empty: no deposit. At most the price."
          inputMode="decimal"
          name="service-deposit"
          autoComplete="off"
          value={deposit}
          onChange={(e) => setDeposit(e.target.value)}
        />
      </div>
      {problems.length > 0 && (
        <div role="alert" className="fd-alert">
          <p>Please check these fields:</p>
          <ul className="fd-issues">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {save.isError && <ErrorAlert error={save.error} labels={LABELS} />}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : service ? 'Save service' : 'Add service'}
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
