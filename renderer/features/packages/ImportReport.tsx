import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportSummary, VisitImport } from '../../db/packages';
import type { Lang } from '../../domain/template/schema';
import { formatDay } from '../../domain/text/dates';
import { Banner } from '../../ui/ErrorBanner';
import { useLang } from '../../ui/use-lang';
import { formatInstant } from './format';
import { problemText } from './problems';

function visitLine(t: TFunction<'packages'>, v: VisitImport, lang: Lang): string {
  const key = v.status === 'added' ? 'result.visitAdded' : v.status === 'merged' ? 'result.visitMerged' : 'result.visitUnchanged';
  return t(key, { vendor: v.vendor, site: v.site, date: formatDay(v.dateFrom, lang) });
}

/** What an import did, in counts a person can check against what they expected. */
export function ImportSummaryView({ summary, onDismiss }: { summary: ImportSummary; onDismiss?: () => void }) {
  const { t } = useTranslation('packages');
  const lang = useLang();
  const lines = [
    t('result.from', { author: summary.createdBy.author || t('result.unnamed'), at: formatInstant(summary.createdAt, lang) }),
    ...summary.visits.map((v) => visitLine(t, v, lang)),
  ];
  if (summary.changed) {
    lines.push(t('result.recordsAdded', { count: summary.recordsAdded }), t('result.recordsUpdated', { count: summary.recordsUpdated }));
    lines.push(t('result.photosAdded', { count: summary.photosAdded }), t('result.filesAdded', { count: summary.photoFilesAdded }));
    if (summary.photoFilesRepaired) lines.push(t('result.filesRepaired', { count: summary.photoFilesRepaired }));
  } else {
    lines.push(t('result.nothingNew'));
  }
  lines.push(summary.openConflicts ? t('result.conflicts', { count: summary.openConflicts }) : t('result.noConflicts'));
  if (summary.missingFiles.length) lines.push(t('result.senderMissing', { count: summary.missingFiles.length }));
  // Evidence the package tried to replace, and log times that cannot be true: said first-hand, never hidden in counts.
  for (const c of summary.evidenceConflicts) {
    lines.push(t(c.kind === 'photo-collision' ? 'result.photoCollision' : 'result.photoConflict', { id: c.id, kept: c.kept.device, other: c.other.device }));
  }
  for (const f of summary.auditFlags) lines.push(t('result.auditFlag', { id: f.id, device: f.device, at: formatInstant(f.at, lang) }));
  const signoffConflicts = summary.visits.filter((v) => v.signoffConflicts?.length);
  for (let i = 0; i < signoffConflicts.length; i++) lines.push(t('result.signoffConflict'));
  const warn = summary.openConflicts > 0 || summary.evidenceConflicts.length > 0 || summary.auditFlags.length > 0 || signoffConflicts.length > 0;
  return (
    <div className="pk-report" data-testid="import-summary">
      <Banner tone={warn ? 'warning' : 'info'} title={t('result.title')} messages={lines}
        onDismiss={onDismiss} />
    </div>
  );
}

export function ImportProblemsView({ problems, onDismiss }: { problems: ImportProblem[]; onDismiss?: () => void }) {
  const { t } = useTranslation('packages');
  return (
    <div className="pk-report">
      <Banner tone="error" title={t('result.failed')} messages={problems.map((p) => problemText(t, p))} onDismiss={onDismiss}>
        <details className="pk-technical">
          <summary>{t('result.technical')}</summary>
          <ul>{problems.map((p, i) => <li key={i}><code>{p.code}</code> {p.message}</li>)}</ul>
        </details>
      </Banner>
    </div>
  );
}
