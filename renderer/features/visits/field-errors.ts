import type { ParseKeys, TFunction } from 'i18next';
import type { Lang } from '../../domain/template/schema';
import { EXAMPLE_DAY, formatDay } from '../../domain/text/dates';
import { VISIT_LIMITS, type VisitField, type VisitFieldError } from '../../domain/visit';

const REQUIRED: Partial<Record<VisitField, ParseKeys<'visits'>>> = {
  template: 'eTemplateRequired',
  vendor: 'eVendorRequired',
  site: 'eSiteRequired',
  dateFrom: 'eDateFromRequired',
  evaluators: 'eEvaluatorsRequired',
  targetCategory: 'eTargetRequired',
  projectSeats: 'eSeatsRequired',
};

/** A sentence that says what is wrong with a field and how to fix it, in the UI language. */
export function fieldErrorText(t: TFunction<'visits'>, field: VisitField, error: VisitFieldError, lang: Lang): string {
  switch (error) {
    case 'required': return t(REQUIRED[field] ?? 'eVendorRequired');
    case 'too-long':
      return field === 'evaluators'
        ? t('eEvaluatorsTooLong', { count: VISIT_LIMITS.evaluators, max: VISIT_LIMITS.evaluator })
        : t('eTooLong', { max: field === 'site' ? VISIT_LIMITS.site : VISIT_LIMITS.vendor, count: field === 'site' ? VISIT_LIMITS.site : VISIT_LIMITS.vendor });
    case 'unknown-template': return t('eTemplateUnknown');
    case 'invalid-date': return t('eInvalidDate', { example: formatDay(EXAMPLE_DAY, lang) });
    case 'date-order': return t('eDateOrder');
    case 'not-integer': return t('eNotInteger');
    case 'not-positive': return t('eNotPositive');
    case 'too-large': return t('eTooLarge', { max: VISIT_LIMITS.projectSeats.toLocaleString(lang) });
    case 'invalid-category': return t('eInvalidCategory');
    case 'duplicate-evaluator': return t('eDuplicateEvaluator');
    case 'invalid-time-zone': return t('eTimeZone');
  }
}
