import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ConfirmButton, EmptyState, ErrorAlert, SelectField, SuccessNote, TextArea, TextField, useTRPC } from '@frontdesk/web-common';
import { LANGUAGE_NAME, LANGUAGE_OPTIONS, useRefreshCatalog, type Catalog, type FaqEntry } from './catalog';

const LABELS = { question: 'Question', answer: 'Answer', language: 'Language' };

export function FaqSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const [editing, setEditing] = useState<FaqEntry | 'new' | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const remove = useMutation(
    trpc.staff.tenancy.faq.delete.mutationOptions({
      onMutate: () => setDone(undefined),
      onSuccess: async () => {
        setDone('Deleted the question.');
        await refresh();
      },
    }),
  );

  return (
    <section className="fd-card" aria-labelledby="faq-heading">
      <div className="fd-section-head">
        <h3 id="faq-heading">Frequently asked questions</h3>
        {canEdit && !editing && (
          <button type="button" className="fd-button" onClick={() => { setDone(undefined); setEditing('new'); }}>
            Add a question
          </button>
        )}
      </div>
      <p className="fd-muted">The assistant answers patients with these, word for word, in the language of each entry.</p>
      {editing && (
        <FaqForm
          key={editing === 'new' ? 'new' : editing.id}
          entry={editing === 'new' ? undefined : editing}
          defaultLanguage={catalog.profile.defaultLanguage}
          onSaved={() => {
            setEditing(undefined);
            setDone('Saved the question.');
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {done && <SuccessNote>{done}</SuccessNote>}
      {remove.isError && <ErrorAlert error={remove.error} title="The question was not deleted." />}
      {catalog.faq.length === 0 ? (
        <EmptyState title="No questions yet">
          {canEdit ? 'Add the questions patients ask most: parking, payment, what to bring.' : 'The clinic owner has not added questions yet.'}
        </EmptyState>
      ) : (
        <div className="fd-table-wrap">
          <table className="fd-table">
            <caption className="fd-visually-hidden">Frequently asked questions</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answer</th>
                <th scope="col">Language</th>
                {canEdit && (
                  <th scope="col">
                    <span className="fd-visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {catalog.faq.map((entry) => (
                <tr key={entry.id} lang={entry.language} dir={entry.language === 'ar' ? 'rtl' : 'ltr'}>
                  <th scope="row">{entry.question}</th>
                  <td>{entry.answer}</td>
                  <td lang="en" dir="ltr">
                    {LANGUAGE_NAME[entry.language] ?? entry.language}
                  </td>
                  {canEdit && (
                    <td lang="en" dir="ltr">
                      <span className="fd-row-actions">
                        <button type="button" className="fd-button fd-button-small fd-button-quiet" aria-label={`Edit: ${entry.question}`} onClick={() => { setDone(undefined); setEditing(entry); }}>
                          Edit
                        </button>
                        <ConfirmButton
                          label="Delete"
                          accessibleName={`Delete: ${entry.question}`}
                          confirmLabel="Delete question"
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

function FaqForm({
  entry,
  defaultLanguage,
  onSaved,
  onCancel,
}: {
  entry: FaqEntry | undefined;
  defaultLanguage: FaqEntry['language'];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshCatalog();
  const [question, setQuestion] = useState(entry?.question ?? '');
  const [answer, setAnswer] = useState(entry?.answer ?? '');
  const [language, setLanguage] = useState<FaqEntry['language']>(entry?.language ?? defaultLanguage);
  const saved = async () => {
    await refresh();
    onSaved();
  };
  const create = useMutation(trpc.staff.tenancy.faq.create.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.staff.tenancy.faq.update.mutationOptions({ onSuccess: saved }));
  const save = entry ? update : create;
  const rtl = language === 'ar';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { question, answer, language };
    if (entry) update.mutate({ id: entry.id, ...input });
    else create.mutate(input);
  };

  return (
    <form className="fd-form fd-editor" onSubmit={submit} noValidate aria-labelledby="faq-form-heading">
      <h4 id="faq-form-heading">{entry ? 'Edit question' : 'New question'}</h4>
      <SelectField
        label={LABELS.language}
        name="faq-language"
        value={language}
        options={LANGUAGE_OPTIONS}
        onChange={(e) => setLanguage(e.target.value as FaqEntry['language'])}
        style={{ maxInlineSize: '16rem' }}
      />
      <TextField label={LABELS.question} name="faq-question" autoComplete="off" lang={language} dir={rtl ? 'rtl' : 'ltr'} value={question} onChange={(e) => setQuestion(e.target.value)} />
      <TextArea label={LABELS.answer} name="faq-answer" lang={language} dir={rtl ? 'rtl' : 'ltr'} rows={4} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      {save.isError && <ErrorAlert error={save.error} labels={LABELS} />}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : entry ? 'Save question' : 'Add question'}
        </button>
        <button type="button" className="fd-button fd-button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
