import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../domain/model';
import { localize } from '../../domain/template/library';
import { neutralizeBidi as plain } from '../../domain/text/bidi';
import { href } from '../../routing/route';
import { Badge, categoryTone } from '../../ui/Badge';
import { Button, ButtonLink } from '../../ui/Button';
import { useLang } from '../../ui/use-lang';
import { formatDayRange } from '../../domain/text/dates';
import { useAvailableTemplates } from './templates';

export interface VisitCardProps {
  visit: Visit;
  onArchive: (visit: Visit, archived: boolean) => void;
  onDelete: (visit: Visit) => void;
}


/** One visit in the list; the article is named by the vendor so each card and its buttons can be found by it. */
export function VisitCard({ visit, onArchive, onDelete }: VisitCardProps) {
  const { t } = useTranslation('visits');
  const lang = useLang();
  const headingId = useId();
  const available = useAvailableTemplates();
  const template = available?.find(visit.templateId, visit.templateVersion);
  const templateName = template
    ? `${localize(template.title, lang)} · ${template.version}`
    : available
      ? t('templateMissing', { id: visit.templateId, version: visit.templateVersion })
      // Still reading the user's own templates: show the plain id rather than a false "missing".
      : `${visit.templateId} · ${visit.templateVersion}`;

  return (
    <li>
      <article className={`visit-card${visit.archived ? ' visit-card--archived' : ''}`} aria-labelledby={headingId}>
        <div className="visit-card__main">
          <div className="visit-card__heading">
            <h2 id={headingId} className="visit-card__vendor">
              <a href={href({ name: 'visit', visitId: visit.id })}>{plain(visit.vendor)}</a>
            </h2>
            {visit.archived && <Badge tone="neutral">{t('archived')}</Badge>}
          </div>
          <p className="visit-card__site">{plain(visit.site)}</p>
          <dl className="facts">
            <div><dt>{t('dates')}</dt><dd>{formatDayRange(visit.dateFrom, visit.dateTo, lang)}</dd></div>
            <div><dt>{t('target')}</dt><dd><Badge tone={categoryTone(visit.targetCategory)}>{visit.targetCategory}</Badge></dd></div>
            <div>
              <dt>{t('claimed')}</dt>
              <dd>{visit.claimedCategory ? <Badge tone={categoryTone(visit.claimedCategory)}>{visit.claimedCategory}</Badge> : '—'}</dd>
            </div>
            <div><dt>{t('seats')}</dt><dd>{visit.projectSeats.toLocaleString(lang)}</dd></div>
            <div><dt>{t('evaluators')}</dt><dd>{plain(visit.evaluators.join(', '))}</dd></div>
            <div><dt>{t('template')}</dt><dd>{templateName}</dd></div>
          </dl>
        </div>
        <div className="visit-card__actions" role="group" aria-label={t('actionsFor', { vendor: plain(visit.vendor) })}>
          <ButtonLink variant="primary" small href={href({ name: 'visit', visitId: visit.id })}>{t('open')}</ButtonLink>
          <ButtonLink small href={href({ name: 'visit-edit', visitId: visit.id })}>{t('edit')}</ButtonLink>
          <Button small onClick={() => onArchive(visit, !visit.archived)}>{visit.archived ? t('restore') : t('archive')}</Button>
          <Button small variant="ghost-danger" onClick={() => onDelete(visit)}>{t('delete')}</Button>
        </div>
      </article>
    </li>
  );
}
