import { SelectField, TextArea, TextField, useTRPC } from '@frontdesk/web-common';
import type { Catalog } from '../../shared/catalog';
import { LANGUAGE_NAME, LANGUAGE_OPTIONS, type FaqEntry } from './catalog';
import { CatalogSection } from './catalog-section';

const LABELS = { question: 'Question', answer: 'Answer', language: 'Language' };

interface FaqDraft {
  question: string;
  answer: string;
  language: FaqEntry['language'];
}

export function FaqSection({ catalog, canEdit }: { catalog: Catalog; canEdit: boolean }) {
  const trpc = useTRPC();
  const faq = trpc.staff.tenancy.faq;

  return (
    <CatalogSection
      id="faq"
      formId="faq"
      title="Frequently asked questions"
      noun="question"
      actionName={(verb, entry) => `${verb}: ${entry.question}`}
      entries={catalog.faq}
      canEdit={canEdit}
      intro={<p className="fd-muted">The assistant answers patients with these, word for word, in the language of each entry.</p>}
      empty={{
        title: 'No questions yet',
        editor: 'Add the questions patients ask most: parking, payment, what to bring.',
        reader: 'The clinic owner has not added questions yet.',
      }}
      columns={[
        { header: 'Question', cell: (entry) => entry.question },
        { header: 'Answer', cell: (entry) => entry.answer },
        { header: 'Language', cell: (entry) => LANGUAGE_NAME[entry.language] ?? entry.language, cellProps: { lang: 'en', dir: 'ltr' } },
      ]}
      rowProps={(entry) => ({ lang: entry.language, dir: entry.language === 'ar' ? 'rtl' : 'ltr' })}
      actionsCellProps={{ lang: 'en', dir: 'ltr' }}
      labels={LABELS}
      toDraft={(entry?: FaqEntry): FaqDraft => ({
        question: entry?.question ?? '',
        answer: entry?.answer ?? '',
        language: entry?.language ?? catalog.profile.defaultLanguage,
      })}
      toInput={({ question, answer, language }) => ({ question, answer, language })}
      renderForm={({ question, answer, language }, change) => {
        const dir = language === 'ar' ? 'rtl' : 'ltr';
        return (
          <>
            <SelectField
              label={LABELS.language}
              name="faq-language"
              value={language}
              options={LANGUAGE_OPTIONS}
              onChange={(e) => change({ language: e.target.value as FaqEntry['language'] })}
              style={{ maxInlineSize: '16rem' }}
            />
            <TextField label={LABELS.question} name="faq-question" autoComplete="off" lang={language} dir={dir} value={question} onChange={(e) => change({ question: e.target.value })} />
            <TextArea label={LABELS.answer} name="faq-answer" lang={language} dir={dir} rows={4} value={answer} onChange={(e) => change({ answer: e.target.value })} />
          </>
        );
      }}
      mutations={{
        create: (onSuccess) => faq.create.mutationOptions({ onSuccess }),
        update: (onSuccess) => faq.update.mutationOptions({ onSuccess }),
        remove: (handlers) => faq.delete.mutationOptions(handlers),
      }}
    />
  );
}
