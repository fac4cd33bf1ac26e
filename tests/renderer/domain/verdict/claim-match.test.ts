import { describe, expect, it } from 'vitest';
import { CLAIM_MATCH_STEP, type Match } from '../../../../renderer/domain/model';
import { evaluateVisit } from '../../../../renderer/domain/verdict/evaluate';
import { formatFinding } from '../../../../renderer/domain/verdict/reasons';
import { answer, bundle, claim, question, steps, template, visit } from './fixtures';

const platform = question({ id: 'platform', number: 22, steps: [steps.observe('see'), steps.value('seen', 'text')], claim: { type: 'text' } });
const tpl = template([platform]);

function evaluate(match: Match | null, opts: { seen?: string; outcome?: 'seen' | 'not-seen' } = {}) {
  const answers = [
    answer('platform', 'see', 'observe', { outcome: opts.outcome ?? 'seen' }),
    ...(opts.seen ? [answer('platform', 'seen', 'value', { text: opts.seen })] : []),
    ...(match !== undefined ? [answer('platform', CLAIM_MATCH_STEP, 'claim-match', { match })] : []),
  ];
  const e = evaluateVisit(tpl, bundle({ visit: visit({ claimedCategory: 'A' }), answers, claims: [claim('platform', 'Genesys Cloud')] }), { lang: 'en' });
  return e.results[0];
}

describe('text claims compared with what was seen', () => {
  it('claimed "Genesys Cloud", seen "Avaya Aura 8", judged "does not match": a discrepancy naming what was seen', () => {
    const r = evaluate('no', { seen: 'Avaya Aura 8' });
    expect(r.discrepancy).toMatchObject({ questionId: 'platform', gap: 1, finding: { type: 'claim-mismatch', seen: 'Avaya Aura 8' } });
    expect(r.discrepancy?.found).toContain('Avaya Aura 8');
    expect(r.discrepancy?.claim.value).toBe('Genesys Cloud');
  });

  it('"matches" is no discrepancy even when the question fails; "partly" and no judgement follow the verdict', () => {
    expect(evaluate('yes', { outcome: 'not-seen' }).discrepancy).toBeUndefined();
    expect(evaluate('partly', { seen: 'Genesys Cloud, old version' }).discrepancy).toBeUndefined();
    expect(evaluate('partly', { seen: 'Genesys', outcome: 'not-seen' }).discrepancy).toMatchObject({ finding: { type: 'verdict' } });
    expect(evaluate(null, { outcome: 'not-seen' }).discrepancy).toMatchObject({ finding: { type: 'verdict' } });
  });

  it('renders the mismatch in every language', () => {
    expect(formatFinding({ type: 'claim-mismatch', seen: 'Avaya' }, 'ru')).toBe('увидели: «Avaya», не совпадает с заявленным');
    expect(formatFinding({ type: 'claim-mismatch' }, 'uk')).toBe('побачене не збігається із заявленим');
    expect(formatFinding({ type: 'claim-mismatch' }, 'en')).toBe('what was seen does not match the claim');
  });
});
