import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category, type Lang, type Question, type Step } from '../../domain/template/schema';
import { localize, localizeUnit } from '../../domain/template/library';
import { Badge, categoryTone } from '../../ui/Badge';
import { ruleText } from './rule-text';
import { StepIcon } from './StepIcon';

function StepDetail({ step, index, lang }: { step: Step; index: number; lang: Lang }) {
  const { t } = useTranslation('library');
  const extra =
    step.kind === 'interview' ? t('respondents', { count: step.respondents, role: t(`role_${step.role}`) })
    : step.kind === 'timer' ? t('trials', { count: step.trials })
    : null;
  return (
    <li className="step">
      <StepIcon kind={step.kind} />
      <div>
        <span className="step__kind">{index + 1}. {t(`kind_${step.kind}`)}{extra ? ` · ${extra}` : ''}</span>
        <span>{localize(step.prompt, lang)}</span>
        {step.optional && <span className="step__optional">{t('optional')}</span>}
        {step.kind === 'interview' && <p className="muted small">«{localize(step.question, lang)}»</p>}
      </div>
    </li>
  );
}

export interface QuestionCardProps {
  question: Question;
  lang: Lang;
  /** The category being browsed: its recommendation is listed first. */
  focus: Category | null;
}

export function QuestionCard({ question: q, lang, focus }: QuestionCardProps) {
  const { t } = useTranslation('library');
  const titleId = useId();
  const cats = CATEGORIES.filter((c) => q.recommended[c]);
  const ordered = focus && cats.includes(focus) ? [focus, ...cats.filter((c) => c !== focus)] : cats;
  const rule = q.rule ? ruleText(t, q, q.rule, lang) : null;

  return (
    <li>
      <article className="card question" aria-labelledby={titleId}>
        <div className="question__head">
          <span className="question__number" aria-hidden="true">{q.number}</span>
          <div>
            <h3 id={titleId} className="question__title">
              <span className="visually-hidden">{q.number}. </span>
              {localize(q.title, lang)}
            </h3>
            <div className="question__cats" aria-label={t('categories')}>
              {q.categories.map((c) => <Badge key={c} tone={categoryTone(c)}>{c}</Badge>)}
            </div>
          </div>
        </div>

        <div className="question__grid">
          <div className="question__block">
            <h4>{t('ask')}</h4>
            <p>{localize(q.ask, lang)}</p>
          </div>
          <div className="question__block">
            <h4>{t('why')}</h4>
            <p>{localize(q.why, lang)}</p>
          </div>
        </div>

        <div className="question__block">
          <h4>{t('recommended')}</h4>
          <ul className="recommended">
            {ordered.map((c) => (
              <li key={c}>
                <Badge tone={categoryTone(c)}>{c}</Badge>
                <span>{localize(q.recommended[c]!, lang)}</span>
              </li>
            ))}
          </ul>
        </div>

        <div className="question__block">
          <h4>{t('steps')}</h4>
          <ol className="steps">
            {q.steps.map((s, i) => <StepDetail key={s.id} step={s} index={i} lang={lang} />)}
          </ol>
        </div>

        <div className="question__block rule">
          <h4>{t('rule')}</h4>
          {rule ? (
            <>
              <p>{rule.intro}</p>
              <ul>
                {rule.bounds.map((b) => <li key={b.category}><strong>{b.category}:</strong> {b.text}</li>)}
              </ul>
            </>
          ) : (
            <p>{t('noRule')}</p>
          )}
          <p className="muted small">{t('claim')}: {t(`claim_${q.claim.type}`)}{q.claim.unit ? `, ${localizeUnit(q.claim.unit, lang)}` : ''}</p>
        </div>
      </article>
    </li>
  );
}
