import { useTranslation } from 'react-i18next';
import type {
  Answer, CallTestData, ClaimMatchData, CountData, DocumentData, Frequency, InterviewData, OutcomeData, TimerData, ValueData,
} from '../../domain/model';
import type { DocField, Lang } from '../../domain/template/schema';
import { formatDay } from '../../domain/text/dates';
import { normalizeDate } from '../../domain/verdict/evidence';
import { useLang } from '../../ui/use-lang';
import { formatInstant, formatNumber } from './format';

type T = (key: string, options?: Record<string, unknown>) => string;

function frequencyText(t: T, f: Frequency, lang: Lang): string {
  return t('content.frequency', { count: formatNumber(f.count, lang), period: t(`content.period.${f.period}`) });
}

/** Each kind of capture laid out so two evaluators' versions can be compared line by line. */
function lines(a: Answer, t: T, lang: Lang): string[] {
  const out: string[] = [];
  switch (a.kind) {
    case 'count': {
      const d = a.data as CountData;
      for (const z of d.zones ?? []) out.push(t('content.zone', { name: z.name || z.id, count: formatNumber(z.count, lang) }));
      if ((d.zones ?? []).length) out.push(t('content.total', { count: formatNumber(d.zones.reduce((n, z) => n + z.count, 0), lang) }));
      break;
    }
    case 'interview': {
      const d = a.data as InterviewData;
      if (d.pick) out.push(t('content.pick', { pool: d.pick.poolSize, picked: d.pick.picked.join(', ') }));
      for (const r of d.responses ?? []) {
        const parts = [r.answer.trim() || t('content.noAnswer')];
        if (r.match) parts.push(t(`content.match.${r.match}`));
        if (r.number !== undefined) parts.push(t('content.number', { value: formatNumber(r.number, lang) }));
        if (r.frequency) parts.push(frequencyText(t, r.frequency, lang));
        out.push(`${t('content.respondent', { respondent: r.respondent })}: ${parts.join('; ')}`);
      }
      break;
    }
    case 'observe':
    case 'demo': {
      const d = a.data as OutcomeData;
      out.push(d.outcome ? t(`content.outcome.${d.outcome}`) : t('content.outcome.none'));
      break;
    }
    case 'document': {
      const d = a.data as DocumentData;
      out.push(d.outcome ? t(`content.outcome.${d.outcome}`) : t('content.outcome.none'));
      for (const [field, value] of Object.entries(d.fields ?? {}) as [DocField, string][]) {
        if (value?.trim()) out.push(`${t(`content.field.${field}`)}: ${field === 'validUntil' || field === 'date' ? formatDay(normalizeDate(value) ?? value, lang) : value}`);
      }
      break;
    }
    case 'timer': {
      const d = a.data as TimerData;
      (d.trials ?? []).forEach((trial, i) => out.push(t('content.trial', { n: i + 1, seconds: formatNumber(trial.ms / 1000, lang, 1) })));
      break;
    }
    case 'call-test': {
      const d = a.data as CallTestData;
      if (d.calledAt) out.push(t('content.calledAt', { value: formatInstant(d.calledAt, lang) }));
      if (d.number) out.push(t('content.callNumber', { value: d.number }));
      if (d.callerId) out.push(t('content.callerId', { value: d.callerId }));
      out.push(t(`content.recording.${d.recording}`));
      break;
    }
    case 'value': {
      const d = a.data as ValueData;
      if (d.number !== undefined) out.push(t('content.number', { value: formatNumber(d.number, lang) }));
      if (d.frequency) out.push(frequencyText(t, d.frequency, lang));
      if (d.text?.trim()) out.push(t('content.text', { value: d.text }));
      if (d.yesNo !== undefined) out.push(d.yesNo ? t('content.yes') : t('content.no'));
      break;
    }
    case 'claim-match': {
      // The evaluator's yes / partly / no on a text claim reads like an interview judgement.
      const d = a.data as ClaimMatchData;
      out.push(d.match ? t(`content.match.${d.match}`) : t('content.outcome.none'));
      break;
    }
  }
  return out;
}

export function AnswerContent({ answer }: { answer: Answer }) {
  const { t } = useTranslation('packages');
  const lang = useLang();
  const shown = lines(answer, t as T, lang);
  return (
    <div className="pk-answer__content">
      {shown.length ? <ul className="pk-answer__lines">{shown.map((l, i) => <li key={i}>{l}</li>)}</ul> : <p className="muted">{t('content.empty')}</p>}
      {answer.note.trim() && (
        <p className="pk-answer__note"><span className="pk-answer__label">{t('content.note')}:</span> {answer.note}</p>
      )}
    </div>
  );
}
