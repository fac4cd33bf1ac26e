import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listComparableVisits } from '../../db/dossier';
import { formatDayRange } from '../../domain/text/dates';
import { localize } from '../../domain/template/library';
import type { Lang } from '../../domain/template/schema';
import { useTemplates } from '../../db/templates';
import { findTemplate } from '../../domain/template/registry';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useLang } from '../../ui/use-lang';
import { JobStatus } from './JobStatus';
import { LanguageSelect } from './LanguageSelect';
import { prepareComparison } from './prepare';
import { usePdfJob } from './use-pdf-job';
import './dossier.css';

/** Pick several visits, then one PDF with their verdicts side by side. Mixed templates or targets are refused with the reason. */
export function ComparisonDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('dossier');
  const uiLang = useLang();
  const visits = useLiveQuery(() => listComparableVisits(), []);
  const registry = useTemplates();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [chosen, setChosen] = useState<string[]>([]);
  const { state, start, cancel } = usePdfJob();
  const working = state.phase === 'working';

  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const create = () => start((_signal) => prepareComparison(chosen, lang));

  return (
    <Dialog
      title={t('comparisonTitle')}
      onClose={working ? cancel : onClose}
      actions={working
        ? <Button onClick={cancel}>{t('cancel')}</Button>
        : (
          <>
            <Button onClick={onClose}>{t('close')}</Button>
            <Button variant="primary" disabled={chosen.length < 2} onClick={() => void create()}>{t('createComparison')}</Button>
          </>
        )}
    >
      <p>{t('comparisonIntro')}</p>
      <LanguageSelect value={lang} onChange={setLang} disabled={working} />
      <fieldset className="field dossier-visits" disabled={working}>
        <legend className="field__label">{t('visitsLegend')}</legend>
        {visits === undefined && <p>{t('loadingVisits')}</p>}
        {visits?.length === 0 && <p>{t('noVisits')}</p>}
        {visits?.map((v) => {
          const template = registry && findTemplate(registry.templates, v.templateId, v.templateVersion);
          return (
            <label key={v.id} className="checkbox">
              <input type="checkbox" checked={chosen.includes(v.id)} onChange={(e) => toggle(v.id, e.target.checked)} />
              {t('visitOption', {
                vendor: v.vendor, site: v.site, date: formatDayRange(v.dateFrom, v.dateTo, uiLang), target: v.targetCategory,
                template: template ? `${localize(template.title, uiLang)} ${v.templateVersion}` : `${v.templateId} ${v.templateVersion}`,
              })}
            </label>
          );
        })}
        {chosen.length < 2 && visits !== undefined && visits.length > 0 && <p className="field__hint">{t('chooseTwo')}</p>}
      </fieldset>
      <JobStatus state={state} />
    </Dialog>
  );
}

/** Opens the comparison dialog; place it on the visits page. */
export function ComparisonButton() {
  const { t } = useTranslation('dossier');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('openComparison')}</Button>
      {open && <ComparisonDialog onClose={() => setOpen(false)} />}
    </>
  );
}
