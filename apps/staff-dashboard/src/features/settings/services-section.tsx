import { TextField, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { formatMoney, minorToInput, parseMoney, type Service } from './catalog';
import { CatalogSection, NameCell } from './catalog-section';

const LABELS = {
  name: 'Name',
  nameAr: 'Arabic name',
  durationMinutes: 'Duration',
  bufferMinutes: 'Buffer after',
  priceMinor: 'Price',
  depositMinor: 'Deposit',
};

interface ServiceDraft {
  name: string;
  nameAr: string;
  duration: string;
  buffer: string;
  price: string;
  deposit: string;
}

export function ServicesSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const services = trpc.staff.tenancy.services;
  const currency = catalog.profile.currency;
  /** The draft's numbers; undefined where what was typed is not a number or amount. */
  const parse = (draft: ServiceDraft) => ({
    durationMinutes: draft.duration.trim() ? Number(draft.duration) : Number.NaN,
    bufferMinutes: draft.buffer.trim() ? Number(draft.buffer) : 0,
    priceMinor: parseMoney(draft.price, currency),
    depositMinor: draft.deposit.trim() ? parseMoney(draft.deposit, currency) : null,
  });

  return (
    <CatalogSection
      id="services"
      formId="service"
      title="Services"
      noun="service"
      nameOf={(service) => service.name}
      actionName={(verb, service) => `${verb} ${service.name}`}
      entries={catalog.services}
      canEdit={canEdit}
      empty={{
        title: 'No services yet',
        editor: 'Add what patients can book, with its duration and price.',
        reader: 'The clinic owner has not added services yet.',
      }}
      columns={[
        { header: 'Service', cell: (service) => <NameCell entry={service} /> },
        {
          header: 'Duration',
          cell: (service) => (
            <>
              {service.durationMinutes} min
              {service.bufferMinutes > 0 && <span className="fd-block fd-small fd-muted">+ {service.bufferMinutes} min buffer</span>}
            </>
          ),
        },
        { header: 'Price', cell: (service) => formatMoney(service.priceMinor, currency) },
        { header: 'Deposit', cell: (service) => (service.depositMinor === null ? <span className="fd-muted">None</span> : formatMoney(service.depositMinor, currency)) },
      ]}
      labels={LABELS}
      toDraft={(service?: Service): ServiceDraft => ({
        name: service?.name ?? '',
        nameAr: service?.nameAr ?? '',
        duration: String(service?.durationMinutes ?? 30),
        buffer: String(service?.bufferMinutes ?? 0),
        price: service ? minorToInput(service.priceMinor, currency) : '',
        deposit: service?.depositMinor != null ? minorToInput(service.depositMinor, currency) : '',
      })}
      check={(draft) => {
        const { durationMinutes, bufferMinutes, priceMinor, depositMinor } = parse(draft);
        const found: string[] = [];
        if (!Number.isFinite(durationMinutes)) found.push('Duration: enter the number of minutes, e.g. 30.');
        if (!Number.isFinite(bufferMinutes)) found.push('Buffer after: enter a number of minutes, or 0.');
        if (priceMinor === undefined) found.push(`Price: enter an amount in ${currency}, e.g. 150 or 150.50.`);
        if (depositMinor === undefined) found.push(`Deposit: enter an amount in ${currency}, or leave it empty for no deposit.`);
        return found;
      }}
      toInput={(draft) => {
        // Only called once `check` found nothing, so the amounts are there.
        const { durationMinutes, bufferMinutes, priceMinor, depositMinor } = parse(draft);
        return { name: draft.name, nameAr: draft.nameAr, durationMinutes, bufferMinutes, priceMinor: priceMinor ?? 0, depositMinor: depositMinor ?? null };
      }}
      renderForm={(draft, change) => (
        <div className="fd-grid">
          <TextField label={LABELS.name} name="service-name" autoComplete="off" value={draft.name} onChange={(e) => change({ name: e.target.value })} />
          <TextField label={LABELS.nameAr} name="service-name-ar" autoComplete="off" lang="ar" dir="rtl" value={draft.nameAr} onChange={(e) => change({ nameAr: e.target.value })} />
          <TextField
            label={`${LABELS.durationMinutes} (minutes)`}
            hint="5 to 480"
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            name="service-duration"
            value={draft.duration}
            onChange={(e) => change({ duration: e.target.value })}
          />
          <TextField
            label={`${LABELS.bufferMinutes} (minutes)`}
            hint="Time kept free after the visit"
            type="number"
            inputMode="numeric"
            min={0}
            max={240}
            name="service-buffer"
            value={draft.buffer}
            onChange={(e) => change({ buffer: e.target.value })}
          />
          <TextField label={`${LABELS.priceMinor} (${currency})`} inputMode="decimal" name="service-price" autoComplete="off" value={draft.price} onChange={(e) => change({ price: e.target.value })} />
          <TextField
            label={`${LABELS.depositMinor} (${currency})`}
            hint="Empty: no deposit. At most the price."
            inputMode="decimal"
            name="service-deposit"
            autoComplete="off"
            value={draft.deposit}
            onChange={(e) => change({ deposit: e.target.value })}
          />
        </div>
      )}
      mutations={{
        create: (onSuccess) => services.create.mutationOptions({ onSuccess }),
        update: (onSuccess) => services.update.mutationOptions({ onSuccess }),
        remove: (handlers) => services.delete.mutationOptions(handlers),
      }}
    />
  );
}
