import type { TFunction } from 'i18next';
import { CATEGORIES, type Category, type Lang, type Question, type Rule } from '../../domain/template/schema';

export interface RuleText {
  intro: string;
  bounds: { category: Category; text: string }[];
}

/** A threshold rule in plain words, e.g. "A: at least 300 (partly met: at least 250)". */
export function ruleText(t: TFunction<'library'>, question: Question, rule: Rule, lang: Lang): RuleText {
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  // Steps are listed numbered right above the rule, so the rule points at one by number rather than repeating it.
  const index = question.steps.findIndex((s) => s.id === rule.step);
  const step = question.steps[index];
  const intro = t('ruleIntro', {
    measure: t(`measure_${rule.measure}`),
    step: index >= 0 ? index + 1 : rule.step,
    kind: step ? t(`kind_${step.kind}`) : '?',
    unit: t(`unit_${rule.unit}`),
  });
  const bounds: RuleText['bounds'] = [];
  for (const category of CATEGORIES) {
    const b = rule.bounds[category];
    if (!b) continue;
    const op = t(`op_${b.op}`);
    const relative = b.factor !== undefined;
    let text = relative ? t('boundRelative', { op, factor: num.format(b.factor!) }) : t('boundAbsolute', { op, value: num.format(b.value ?? 0) });
    if (b.partly !== undefined) {
      const partly = relative ? t('partlyRelative', { op, factor: num.format(b.partly) }) : t('partlyAbsolute', { op, value: num.format(b.partly) });
      text += ` (${partly})`;
    }
    bounds.push({ category, text });
  }
  return { intro, bounds };
}
