import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../domain/model';
import type { Template } from '../../domain/template/schema';
import { localize } from '../../domain/template/library';
import { formatDayRange } from '../../domain/text/dates';
import { neutralizeBidi as plain } from '../../domain/text/bidi';
import { href } from '../../routing/route';
import { Badge } from '../../ui/Badge';
import { ButtonLink } from '../../ui/Button';
import { useVisitModel } from './visit-context';
import { categoryTone } from './VisitSummary';

/** Who, where and when, as set on the visits page (edited there), plus the page's main actions. */
export function VisitHeader({ visit, template, actions }: { visit: Visit; template: Template; actions?: ReactNode }) {
  const { t } = useTranslation('visit');
  const { lang } = useVisitModel();
  const dates = formatDayRange(visit.dateFrom, visit.dateTo, lang);
  return (
    <header className="vp-header">
      <div className="vp-header__main">
        <div className="vp-header__top">
          <a className="vp-header__crumb" href={href({ name: 'visits' })}>{t('header.allVisits')}</a>
          <h1 className="vp-header__title">{plain(visit.vendor)}</h1>
        </div>
        <dl className="vp-header__facts">
          <div><dt>{t('header.site')}</dt><dd>{plain(visit.site)}</dd></div>
          <div><dt>{t('header.date')}</dt><dd>{dates}</dd></div>
          <div><dt>{t('header.target')}</dt><dd><Badge tone={categoryTone(visit.targetCategory)}>{visit.targetCategory}</Badge></dd></div>
          <div><dt>{t('header.seats')}</dt><dd>{visit.projectSeats}</dd></div>
          <div><dt>{t('header.evaluators')}</dt><dd>{plain(visit.evaluators.join(', ')) || '—'}</dd></div>
          <div><dt>{t('header.template')}</dt><dd>{localize(template.title, lang)} {template.version}</dd></div>
        </dl>
      </div>
      <div className="vp-header__actions">
        <ButtonLink small href={href({ name: 'visit-edit', visitId: visit.id })}>{t('header.edit')}</ButtonLink>
        {actions}
      </div>
    </header>
  );
}
