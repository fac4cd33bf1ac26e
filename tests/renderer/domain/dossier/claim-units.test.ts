import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../../../renderer/domain/dossier';
import type { Lang } from '../../../../renderer/domain/template/schema';
import { allQuestions, bundle, evaluation, testTemplate } from './fixtures';

/** Issue 10 §5: a claim typed with its own words keeps them; only a bare number takes the template's unit. */
const t = testTemplate();
const withUnit = (pred: (u: string) => boolean) => allQuestions(t).find((q) => {
  const u = q.claim.unit as unknown;
  const ru = u && typeof u === 'object' ? (u as Record<string, unknown>).ru : undefined;
  const text = typeof ru === 'string' ? ru : ru && typeof ru === 'object' ? Object.values(ru as Record<string, string>).join(' ') : '';
  return pred(text);
})!;

function claimShown(questionId: string, value: string, lang: Lang): string {
  const b = bundle(t);
  const claims = [...b.claims.filter((c) => c.questionId !== questionId), { ...(b.claims.find((c) => c.questionId === questionId) ?? b.claims[0]!), questionId, value }];
  const bb = { ...b, claims };
  const m = buildDossier({ template: t, bundle: bb, evaluation: evaluation(t, bb), lang, options: { includePhotos: false, showNotApplicable: true }, generatedAt: '2025-04-01T10:00:00.000Z', photoInfo: new Map() });
  return m.questions.find((q) => q.id === questionId)!.claim;
}

describe('claims and units in the dossier', () => {
  const seats = withUnit((u) => /мест/.test(u));
  const yearly = withUnit((u) => /%/.test(u));

  it('gives a bare number the unit in the form that agrees with it', () => {
    expect(claimShown(seats.id, '102', 'uk')).toBe('102\u00a0місця');
    expect(claimShown(seats.id, '25', 'ru')).toBe('25\u00a0мест');
  });

  it('keeps a claim typed with its own unit as typed, in any dossier language', () => {
    expect(claimShown(seats.id, '240 рабочих мест', 'uk')).toBe('240 рабочих мест');
    expect(claimShown(yearly.id, '35%', 'ru')).toBe('35%');
    expect(claimShown(yearly.id, '35%', 'en')).toBe('35%');
  });
});
