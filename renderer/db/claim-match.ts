import { CLAIM_MATCH_STEP, type Answer, type Match } from '../domain/model';
import { putAnswer } from './answers';
import { appendAudit } from './audit';
import { db } from './db';
import type { Identity } from './identity';

/**
 * Records whether what the evaluator saw matches a text claim. It is this evaluator's answer for the question's
 * reserved claim step (revisions, merge and conflicts as for any capture), and the audit log says what was judged
 * against which claim, in the same transaction. Choosing the same judgement again writes nothing.
 */
export async function saveClaimMatch(who: Identity, input: { visitId: string; questionId: string; match: Match | null; claim: string }): Promise<Answer<'claim-match'>> {
  const { visitId, questionId, match } = input;
  return db.transaction('rw', db.answers, db.audit, async () => {
    const { answer, changed } = await putAnswer(who, { visitId, questionId, stepId: CLAIM_MATCH_STEP, kind: 'claim-match', data: { match }, note: '' });
    if (changed) {
      await appendAudit(who, {
        visitId, action: 'claim-judged', questionId, stepId: CLAIM_MATCH_STEP,
        details: { answerId: answer.id, rev: answer.rev, match, claim: input.claim },
      });
    }
    return answer;
  });
}
