import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/template/schema';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useLang } from '../../ui/use-lang';
import { JobStatus } from './JobStatus';
import { LanguageSelect } from './LanguageSelect';
import { prepareDossier } from './prepare';
import { usePdfJob } from './use-pdf-job';
import './dossier.css';

function Check({ label, hint, checked, onChange, disabled }: { label: string; hint: string; checked: boolean; onChange: (v: boolean) => void; disabled: boolean }) {
  const hintId = useId();
  return (
    <div className="dossier-option">
      <label className="checkbox">
        <input type="checkbox" checked={checked} disabled={disabled} aria-describedby={hintId} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      <p id={hintId} className="field__hint">{hint}</p>
    </div>
  );
}

/** The options dialog: language, photos or the light version, N/A questions; then progress, cancel, save. */
export function DossierDialog({ visitId, onClose }: { visitId: string; onClose: () => void }) {
  const { t } = useTranslation('dossier');
  const uiLang = useLang();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [includePhotos, setIncludePhotos] = useState(true);
  const [showNotApplicable, setShowNotApplicable] = useState(false);
  const { state, start, cancel } = usePdfJob();
  const working = state.phase === 'working';

  const create = () => start(async (signal, report) => ({
    ok: true as const,
    job: await prepareDossier(visitId, lang, { includePhotos, showNotApplicable }, {
      signal,
      onPhotos: (done, total) => report(t('phasePhotos', { done, total }), done, total),
    }),
  }));

  return (
    <Dialog
      title={t('dossierTitle')}
      onClose={working ? cancel : onClose}
      actions={working
        ? <Button onClick={cancel}>{t('cancel')}</Button>
        : (
          <>
            <Button onClick={onClose}>{t('close')}</Button>
            <Button variant="primary" onClick={() => void create()}>{t('create')}</Button>
          </>
        )}
    >
      <p>{t('dossierIntro')}</p>
      <LanguageSelect value={lang} onChange={setLang} disabled={working} />
      <Check label={t('includePhotos')} hint={t('includePhotosHint')} checked={includePhotos} onChange={setIncludePhotos} disabled={working} />
      <Check label={t('showNa')} hint={t('showNaHint')} checked={showNotApplicable} onChange={setShowNotApplicable} disabled={working} />
      <JobStatus state={state} />
    </Dialog>
  );
}

/** Opens the dossier dialog for one visit; place it in the visit's header or summary. */
export function DossierButton({ visitId, variant = 'primary' }: { visitId: string; variant?: 'primary' | 'secondary' }) {
  const { t } = useTranslation('dossier');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>{t('openDossier')}</Button>
      {open && <DossierDialog visitId={visitId} onClose={() => setOpen(false)} />}
    </>
  );
}
