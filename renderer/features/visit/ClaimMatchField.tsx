import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_MATCH_STEP, type ClaimMatchData, type Match } from '../../domain/model';
import { stepKey } from '../../domain/answers';
import type { Question } from '../../domain/template/schema';
import { getIdentity } from '../../db/identity';
import { saveClaimMatch } from '../../db/claim-match';
import { RadioGroup } from '../../ui/Field';
import { describeError } from './logic/errors';
import type { SaveState } from './logic/save-queue';
import { SaveStatus } from './steps/SaveStatus';
import { useVisitModel } from './visit-context';

const MATCHES: readonly Match[] = ['yes', 'partly', 'no'];

/**
 * A text claim ("Genesys Cloud") cannot be compared by the app: the evaluator says whether what was seen matches
 * it. "Does not match" makes the claim a discrepancy. Shown only once there is a claim to compare with.
 */
export function ClaimMatchField({ question, claim }: { question: Question; claim: string }) {
  const { t } = useTranslation('visit');
  const { visit, bundle, standing, me, queue } = useVisitModel();
  const [state, setState] = useState<SaveState<Match>>({ status: 'idle' });
  // The choice just saved, shown until the live query brings the stored record: without it the radio flicks back
  // to the previous value between the commit and the query's next run, and a quick second click reads the old one.
  // It is kept with the stored value it replaced: once the stored value moves (to this choice or to a newer one
  // from a merge) the stored value counts again.
  const [committed, setCommitted] = useState<{ match: Match; replaced: Match | null } | null>(null);
  const own = me
    ? bundle.answers.find((a) => !a.deleted && a.questionId === question.id && a.stepId === CLAIM_MATCH_STEP && a.author === me.author && a.device === me.device)
    : undefined;
  const shown = own ?? standing.get(stepKey(question.id, CLAIM_MATCH_STEP));
  const stored = shown?.kind === 'claim-match' ? (shown.data as ClaimMatchData).match : null;
  const pending = state.status === 'saving' || state.status === 'error' ? state.unsaved ?? null : null;
  const value = pending ?? (committed && committed.replaced === stored ? committed.match : stored);

  const choose = async (match: Match) => {
    setState({ status: 'saving', unsaved: match });
    try {
      await queue.run(async () => saveClaimMatch(await getIdentity(), { visitId: visit.id, questionId: question.id, match, claim }));
      setCommitted({ match, replaced: stored });
      setState({ status: 'saved', savedAt: Date.now() });
    } catch (e) {
      setState({ status: 'error', unsaved: match, error: describeError(e, t) });
    }
  };

  return (
    <div className="vp-claim-match">
      <RadioGroup
        legend={t('claimMatch.legend')}
        name={`claim-match-${question.id}`}
        value={value ?? ''}
        options={MATCHES.map((m) => ({ value: m, label: t(`match.${m}`) }))}
        onChange={(m) => void choose(m)}
        hint={value === 'no' ? t('claimMatch.noHint') : undefined}
      />
      <SaveStatus state={state} onRetry={() => state.unsaved && void choose(state.unsaved)} />
    </div>
  );
}
