import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/template/library';
import type { Lang } from '../../domain/template/schema';
import { describeTemplateIssue } from '../../domain/template/validate';
import { addTemplateFromText, removeTemplate, TemplateError } from '../../db/templates';
import type { TemplateEntry, TemplateRegistry } from '../../domain/template/registry';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Banner } from '../../ui/ErrorBanner';
import { FilePicker } from '../../ui/FilePicker';
import { useToast } from '../../ui/Toast';
import { templateProblem } from './template-problem';
import './library.css';

type Outcome = { kind: 'busy'; file: string } | { kind: 'failed'; error: unknown; file: string };

interface Removal { key: string; title: string; version: string }

export interface OwnTemplatesProps {
  registry: TemplateRegistry;
  lang: Lang;
  /** Called with the key of a template just added, so the page can show it. */
  onAdded: (key: string) => void;
}

/** Adding checklists from files, and the list of the user's own ones with a way to remove them. */
export function OwnTemplates({ registry, lang, onAdded }: OwnTemplatesProps) {
  const { t } = useTranslation('library');
  const inputId = useId();
  const hintId = useId();
  const toast = useToast();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [removal, setRemoval] = useState<Removal | null>(null);
  // Worded at each render, so the validator's details follow a change of language.
  const problem = outcome?.kind === 'failed' ? templateProblem(t, outcome.error, outcome.file, lang) : null;
  const own = registry.entries.filter((e): e is TemplateEntry & { origin: 'own' } => e.origin === 'own');

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ kind: 'busy', file: file.name });
    try {
      const text = await file.text();
      const added = await addTemplateFromText(text, file.name);
      const params = { title: localize(added.template.title, lang), version: added.template.version, file: file.name };
      // A toast, because showing the new checklist changes the address and so remounts this page.
      toast(t(added.unchanged ? 'addedUnchanged' : 'added', params), added.unchanged ? 'info' : 'success');
      setOutcome(null);
      onAdded(added.stored.key);
    } catch (err) {
      setOutcome({ kind: 'failed', error: err, file: file.name });
    } finally {
      // Clear the picker so choosing the same file again, once fixed, triggers a new check.
      input.value = '';
    }
  };

  const remove = async (key: string) => {
    try {
      await removeTemplate(key);
    } catch (err) {
      // The dialog shows the thrown message; say it in the user's language.
      if (err instanceof TemplateError) throw new Error(t(`err_${err.code}`, err.params), { cause: err });
      throw err;
    }
    setRemoval(null);
    toast(t('removed'));
  };

  return (
    <section className="card own-templates" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="own-templates__title">{t('ownTitle')}</h2>
      <p className="muted">{t('ownIntro')}</p>

      <div className="field">
        <label htmlFor={inputId} className="field__label">{t('addFromFile')}</label>
        <FilePicker id={inputId} accept=".json,application/json" aria-describedby={hintId}
          disabled={outcome?.kind === 'busy'} onChange={(e) => void pick(e)} />
        <p id={hintId} className="field__hint">{t('addHint')}</p>
      </div>

      {outcome?.kind === 'busy' && <p role="status">{t('reading', { file: outcome.file })}</p>}
      {outcome?.kind === 'failed' && (
        <Banner tone="error" title={problem?.title} messages={problem?.messages} onDismiss={() => setOutcome(null)} />
      )}

      {registry.broken.map((b) => (
        <Banner key={b.key} tone="warning" title={t('brokenTitle')} messages={b.issues.length ? b.issues.map((i) => describeTemplateIssue(i, lang)) : b.errors}>
          <Button small variant="ghost-danger" aria-label={t('brokenRemoveLabel', { key: b.key })}
            onClick={() => setRemoval({ key: b.key, title: b.id, version: b.version })}>
            {t('remove')}
          </Button>
        </Banner>
      ))}

      {own.length === 0 ? (
        <p className="muted">{t('ownNone')}</p>
      ) : (
        <ul className="own-templates__list" aria-label={t('ownTitle')}>
          {own.map((e) => {
            const title = localize(e.template.title, lang);
            return (
              <li key={e.key} className="own-templates__item">
                <Badge tone="info">{t('own')}</Badge>
                <span className="own-templates__name">{title}</span>
                <span className="muted">
                  {t('version', { version: e.template.version })}{e.fileName ? ` · ${t('fileLabel', { file: e.fileName })}` : ''}
                </span>
                <Button small variant="ghost-danger" aria-label={t('removeLabel', { title, version: e.template.version })}
                  onClick={() => setRemoval({ key: e.key, title, version: e.template.version })}>
                  {t('remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}

      {removal && (
        <ConfirmDialog
          tone="danger"
          title={t('removeTitle')}
          message={t('removeMessage', { title: removal.title, version: removal.version })}
          confirmLabel={t('remove')}
          onConfirm={() => remove(removal.key)}
          onCancel={() => setRemoval(null)}
        />
      )}
    </section>
  );
}
