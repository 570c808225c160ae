import { useState, type FormEvent, type HTMLAttributes, type ReactNode, type TdHTMLAttributes } from 'react';
import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { ConfirmButton, EmptyState, ErrorAlert, SuccessNote } from '@frontdesk/web-common';
import { useRefreshCatalog } from './catalog';

/** One column of the list; the first column is the row's header cell. */
export interface CatalogColumn<Entry> {
  header: string;
  cell: (entry: Entry) => ReactNode;
  cellProps?: TdHTMLAttributes<HTMLTableCellElement>;
}

type Saved<Entry> = (result: Entry) => Promise<void>;
/**
 * Mutation options as tRPC builds them. The error type differs by procedure and
 * is only shown (ErrorAlert takes any error), so it is left open here.
 */
type Options<TData, TVariables, TOnMutateResult = unknown> = UseMutationOptions<TData, never, TVariables, TOnMutateResult>;

/** The create/update/delete procedures of one catalog list, as tRPC mutation options. */
export interface CatalogMutations<Entry, Input> {
  create: (onSuccess: Saved<Entry>) => Options<Entry, Input>;
  update: (onSuccess: Saved<Entry>) => Options<Entry, Input & { id: string }>;
  remove: (handlers: {
    onMutate: () => void;
    onSuccess: (data: { id: string; deleted: true }, input: { id: string }) => Promise<void>;
  }) => Options<{ id: string; deleted: true }, { id: string }, void>;
}

export interface CatalogSectionProps<Entry extends { id: string }, Draft, Input> {
  /** `${id}-heading` labels the section. */
  id: string;
  /** `${formId}-form-heading` labels the form. */
  formId: string;
  title: string;
  /** "branch": Add a branch, New branch, Save branch, Delete branch, the branch. */
  noun: string;
  removeVerb?: 'Delete' | 'Remove';
  /** The entry's name in messages ("Saved Main branch."); without it, "the <noun>". */
  nameOf?: (entry: Entry) => string;
  /** Accessible names of the row buttons ("Edit Main branch"). */
  actionName: (verb: string, entry: Entry) => string;
  entries: readonly Entry[];
  canEdit: boolean;
  /** Whether "Add a …" is offered (when editing is allowed). */
  canAdd?: boolean;
  /** Shown under the heading, above the form. */
  intro?: ReactNode;
  empty: { title: string; editor: string; reader: string };
  columns: readonly CatalogColumn<Entry>[];
  rowProps?: (entry: Entry) => HTMLAttributes<HTMLTableRowElement>;
  actionsCellProps?: TdHTMLAttributes<HTMLTableCellElement>;
  /** Field paths the server names in its messages -> the labels on the form. */
  labels: Record<string, string>;
  toDraft: (entry: Entry | undefined) => Draft;
  renderForm: (draft: Draft, change: (patch: Partial<Draft>) => void) => ReactNode;
  /** Problems found before sending, shown as "Please check these fields". */
  check?: (draft: Draft) => string[];
  toInput: (draft: Draft) => Input;
  mutations: CatalogMutations<Entry, Input>;
}

/**
 * A list of catalog entries (branches, doctors, services, questions) with its
 * add/edit form and delete buttons; the catalog is reloaded after each change.
 */
export function CatalogSection<Entry extends { id: string }, Draft, Input>(props: CatalogSectionProps<Entry, Draft, Input>) {
  const { id, title, noun, removeVerb = 'Delete', nameOf, actionName, entries, canEdit, canAdd = true, columns, mutations } = props;
  const refresh = useRefreshCatalog();
  const [editing, setEditing] = useState<Entry | 'new' | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const named = (entry: Entry | undefined) => (entry && nameOf ? nameOf(entry) : `the ${noun}`);
  const remove = useMutation(
    mutations.remove({
      onMutate: () => setDone(undefined),
      onSuccess: async (_data, input) => {
        setDone(`${removeVerb}d ${named(entries.find((e) => e.id === input.id))}.`);
        await refresh();
      },
    }),
  );
  const [first, ...rest] = columns;

  return (
    <section className="fd-card" aria-labelledby={`${id}-heading`}>
      <div className="fd-section-head">
        <h3 id={`${id}-heading`}>{title}</h3>
        {canEdit && !editing && canAdd && (
          <button type="button" className="fd-button" onClick={() => { setDone(undefined); setEditing('new'); }}>
            {`Add a ${noun}`}
          </button>
        )}
      </div>
      {props.intro}
      {editing && (
        <CatalogForm
          key={editing === 'new' ? 'new' : editing.id}
          {...props}
          entry={editing === 'new' ? undefined : editing}
          onSaved={(result) => {
            setEditing(undefined);
            setDone(`Saved ${named(result)}.`);
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {done && <SuccessNote>{done}</SuccessNote>}
      {remove.isError && <ErrorAlert error={remove.error} title={`The ${noun} was not ${removeVerb.toLowerCase()}d.`} />}
      {entries.length === 0 ? (
        <EmptyState title={props.empty.title}>{canEdit ? props.empty.editor : props.empty.reader}</EmptyState>
      ) : (
        <div className="fd-table-wrap">
          <table className="fd-table">
            <caption className="fd-visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col">
                    {column.header}
                  </th>
                ))}
                {canEdit && (
                  <th scope="col">
                    <span className="fd-visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} {...props.rowProps?.(entry)}>
                  {first && <th scope="row">{first.cell(entry)}</th>}
                  {rest.map((column) => (
                    <td key={column.header} {...column.cellProps}>
                      {column.cell(entry)}
                    </td>
                  ))}
                  {canEdit && (
                    <td {...props.actionsCellProps}>
                      <span className="fd-row-actions">
                        <button type="button" className="fd-button fd-button-small fd-button-quiet" aria-label={actionName('Edit', entry)} onClick={() => { setDone(undefined); setEditing(entry); }}>
                          Edit
                        </button>
                        <ConfirmButton
                          label={removeVerb}
                          accessibleName={actionName(removeVerb, entry)}
                          confirmLabel={`${removeVerb} ${noun}`}
                          disabled={remove.isPending}
                          onConfirm={() => remove.mutate({ id: entry.id })}
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

function CatalogForm<Entry extends { id: string }, Draft, Input>({
  formId,
  noun,
  nameOf,
  labels,
  toDraft,
  renderForm,
  check,
  toInput,
  mutations,
  entry,
  onSaved,
  onCancel,
}: CatalogSectionProps<Entry, Draft, Input> & { entry: Entry | undefined; onSaved: (result: Entry) => void; onCancel: () => void }) {
  const refresh = useRefreshCatalog();
  const [draft, setDraft] = useState<Draft>(() => toDraft(entry));
  const [problems, setProblems] = useState<string[]>([]);
  const saved = async (result: Entry) => {
    await refresh();
    onSaved(result);
  };
  const create = useMutation(mutations.create(saved));
  const update = useMutation(mutations.update(saved));
  const save = entry ? update : create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (check) {
      const found = check(draft);
      setProblems(found);
      if (found.length > 0) return;
    }
    const input = toInput(draft);
    if (entry) update.mutate({ id: entry.id, ...input });
    else create.mutate(input);
  };

  return (
    <form className="fd-form fd-editor" onSubmit={submit} noValidate aria-labelledby={`${formId}-form-heading`}>
      <h4 id={`${formId}-form-heading`}>{entry ? `Edit ${nameOf ? nameOf(entry) : noun}` : `New ${noun}`}</h4>
      {renderForm(draft, (patch) => setDraft((current) => ({ ...current, ...patch })))}
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
      {save.isError && <ErrorAlert error={save.error} labels={labels} />}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : entry ? `Save ${noun}` : `Add ${noun}`}
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The first cell of a named entry: its name, with the Arabic name below. */
export function NameCell({ entry }: { entry: { name: string; nameAr: string } }) {
  return (
    <>
      {entry.name}
      <span className="fd-block fd-muted" lang="ar" dir="rtl" style={{ fontWeight: 400 }}>
        {entry.nameAr}
      </span>
    </>
  );
}
