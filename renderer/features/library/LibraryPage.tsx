import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../domain/template/schema';
import { localize } from '../../domain/template/library';
import { useTemplates } from '../../db/templates';
import { resolveEntry, routeValue } from '../../domain/template/registry';
import { navigate } from '../../routing/route';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Banner } from '../../ui/ErrorBanner';
import { SelectField, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { ToggleGroup } from '../../ui/ToggleGroup';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useLang } from '../../ui/use-lang';
import { filterLibrary, type CategoryFilter } from './filter';
import { OwnTemplates } from './OwnTemplates';
import { QuestionCard } from './QuestionCard';

export function LibraryPage({ templateId }: { templateId?: string }) {
  const { t } = useTranslation('library');
  const lang = useLang();
  const [category, setCategory] = useState<CategoryFilter>('all');
  const [query, setQuery] = useState('');
  const countId = useId();
  useDocumentTitle(t('title'));

  const registry = useTemplates();
  const entries = registry?.entries;
  const entry = entries && resolveEntry(entries, templateId);
  const template = entry?.template;
  const result = useMemo(() => (template ? filterLibrary(template, category, query, lang) : null), [template, category, query, lang]);

  if (!registry || !entries) return <Loading label="…" />;
  const own = <OwnTemplates registry={registry} lang={lang} onAdded={(key) => navigate({ name: 'library', templateId: key })} />;

  if (!entry || !template || !result) {
    return (
      <section className="page">
        <h1>{t('title')}</h1>
        <Banner tone="warning" title={t('noTemplates')} />
        {own}
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="library-title">
      <div className="page__header">
        <div>
          <h1 id="library-title">{t('title')}</h1>
          <p className="page__intro">{t('intro')}</p>
        </div>
      </div>

      {own}

      <div className="card library-controls">
        <SelectField
          label={t('template')}
          value={routeValue(entry, entries)}
          onChange={(e) => navigate({ name: 'library', templateId: e.target.value })}
          hint={(
            <>
              {entry.origin === 'own' && <><Badge tone="info">{t('own')}</Badge>{' '}</>}
              {`${t('version', { version: template.version })} · ${t('questionsCount', { count: result.total })}`}
            </>
          )}
        >
          {entries.map((e) => (
            <option key={e.key} value={routeValue(e, entries)}>
              {e.origin === 'own' ? `${localize(e.template.title, lang)} · ${e.template.version} (${t('own')})` : localize(e.template.title, lang)}
            </option>
          ))}
        </SelectField>
        <ToggleGroup<CategoryFilter>
          label={t('category')}
          value={category}
          onChange={setCategory}
          options={[
            { value: 'all', label: t('all'), title: t('allTitle') },
            ...CATEGORIES.map((c) => ({ value: c, label: c, title: t('catTitle', { category: c }) })),
          ]}
        />
        <TextField
          type="search"
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-controls={countId}
        />
      </div>

      <p className="library-count" id={countId} role="status" aria-live="polite" data-testid="question-count" data-shown={result.shown}>
        {t('shown', { shown: result.shown, total: result.total, count: result.total })}
      </p>
      <p className="muted">{localize(template.description, lang)}</p>

      {result.shown === 0 ? (
        <div className="empty">
          <p className="empty__title">{t('none')}</p>
          <Button onClick={() => { setQuery(''); setCategory('all'); }}>{t('clear')}</Button>
        </div>
      ) : (
        result.sections.map(({ section, questions }) => (
          <section key={section.id} className="library-section" aria-labelledby={`sec-${section.id}`}>
            <h2 id={`sec-${section.id}`} className="library-section__title">{localize(section.title, lang)}</h2>
            <ul className="question-list">
              {questions.map((q) => <QuestionCard key={q.id} question={q} lang={lang} focus={category === 'all' ? null : category} />)}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
