import { isCounted, type Answer, type StepDataByKind, type Verdict, type Visit } from '../model';
import type { Step } from '../template/schema';
import type { Reason, StepFinding, StepOutcome } from './types';

/**
 * Reads a date typed by an evaluator: ISO (2025-03-31) or the day-first forms used in Ukraine and Russia
 * (31.03.2025, 31/03/2025). Returns yyyy-mm-dd, or undefined when it is not a real date.
 */
export function normalizeDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
    if (!match) return undefined;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  // A two-digit year typed into a date field becomes year 0027: no document of ours is dated before 1900.
  if (y < 1900 || y > 2199) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Fewest answers an interview step needs before it counts for the verdict. */
export function minRespondents(step: Extract<Step, { kind: 'interview' }>): number {
  return Math.min(step.minRespondents ?? step.respondents, step.respondents);
}

/** "ISO/IEC 27001:2022" is ISO 27001; "ISO 9001" or "ISAE 3000" is not. Compares letters and digits only, years dropped. */
export function sameStandard(recorded: string, expected: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/:\s*(19|20)\d\d\b/g, '').replace(/\biec\b/g, '').replace(/[^a-z0-9]+/g, '');
  const r = norm(recorded);
  const e = norm(expected);
  const at = r.indexOf(e);
  // "iso27001" must not match inside "iso270010"; a bare "27001" is the standard's number and counts.
  if (at >= 0 && !/\d/.test(r.charAt(at + e.length))) return true;
  const digits = e.replace(/\D+/g, '');
  return digits !== '' && r === digits;
}

const missing = (step: Step): Reason => ({ code: 'missing-evidence', params: { step: step.id, kind: step.kind } });

function finding(step: Step, outcome: StepOutcome, reason: Reason, complete = outcome !== 'open'): StepFinding {
  return { stepId: step.id, kind: step.kind, optional: step.optional === true, outcome, complete, reason };
}

/**
 * What one step's standing answer says about its question, without any threshold. Presence checks are
 * positive when seen; a shown document that expired before the visit is negative (evidence that no longer
 * holds); interviews follow the evaluator's match judgements; a number, time or text that was captured is
 * positive as evidence, except a stated "no"; a test call counts only once the recording arrived or was refused.
 */
export function stepFinding(step: Step, answer: Answer | undefined, visit: Pick<Visit, 'dateFrom'>): StepFinding {
  if (!answer || answer.kind !== step.kind) return finding(step, 'open', missing(step));
  switch (step.kind) {
    case 'observe':
    case 'demo': {
      const { outcome } = answer.data as StepDataByKind['observe'];
      if (outcome === 'seen') return finding(step, 'positive', { code: 'seen', params: { kind: step.kind, outcome } });
      if (outcome) return finding(step, 'negative', { code: 'not-seen', params: { kind: step.kind, outcome } });
      return finding(step, 'open', missing(step));
    }
    case 'document': {
      const d = answer.data as StepDataByKind['document'];
      if (d.outcome === 'not-shown') return finding(step, 'negative', { code: 'not-seen', params: { kind: 'document', outcome: d.outcome } });
      if (!d.outcome) return finding(step, 'open', missing(step));
      const fields = d.fields ?? {};
      // A date nobody can read ("30/06/27") proves no validity: the step stays open until it is a real date.
      for (const f of ['validUntil', 'date'] as const) {
        const typed = fields[f]?.trim();
        if (typed && !normalizeDate(typed)) return finding(step, 'open', { code: 'document-date-invalid', params: { field: f, value: typed } });
      }
      // Any document with a validity date can lapse (a support contract as much as a certificate).
      const validUntil = normalizeDate(fields.validUntil);
      const visitDate = normalizeDate(visit.dateFrom);
      if (validUntil && visitDate && validUntil < visitDate) {
        return finding(step, 'negative', { code: 'document-expired', params: { docType: step.docType, validUntil, visitDate } });
      }
      if (step.standard !== undefined) {
        const recorded = fields.standard?.trim();
        if (!recorded) return finding(step, 'open', { code: 'document-standard-missing', params: { expected: step.standard } });
        if (!sameStandard(recorded, step.standard)) {
          return finding(step, 'negative', { code: 'document-wrong-standard', params: { expected: step.standard, recorded } });
        }
      }
      // Seeing a document on the vendor's screen is not holding a copy the committee can check.
      if (step.copy && d.outcome === 'seen') return finding(step, 'partly', { code: 'document-no-copy', params: { docType: step.docType } });
      return finding(step, 'positive', { code: 'seen', params: { kind: 'document', outcome: d.outcome, docType: step.docType } });
    }
    case 'interview': {
      const d = answer.data as StepDataByKind['interview'];
      const judged = d.responses.filter((r) => r.match !== null);
      const numeric = d.responses.filter((r) =>
        (step.answerType === 'number' && typeof r.number === 'number') || (step.answerType === 'frequency' && r.frequency !== undefined));
      const answered = d.responses.filter((r) => judged.includes(r) || numeric.includes(r)).length;
      const complete = answered >= step.respondents;
      const min = minRespondents(step);
      // One agent's word is not "2–3 random agents": below the minimum the step proves nothing either way.
      if (answered > 0 && answered < min) {
        return finding(step, 'open', { code: 'too-few-respondents', params: { asked: answered, min, respondents: step.respondents } });
      }
      if (judged.length) {
        const yes = judged.filter((r) => r.match === 'yes').length;
        const no = judged.filter((r) => r.match === 'no').length;
        const params = { yes, partly: judged.length - yes - no, no, total: judged.length, respondents: step.respondents };
        if (yes === judged.length) return finding(step, 'positive', { code: 'interview-match', params }, complete);
        if (no === judged.length) return finding(step, 'negative', { code: 'interview-mismatch', params }, complete);
        return finding(step, 'partly', { code: 'interview-partly', params }, complete);
      }
      if (numeric.length) return finding(step, 'positive', { code: 'evidence-captured', params: { kind: step.kind, samples: numeric.length } }, complete);
      return finding(step, 'open', missing(step));
    }
    case 'count': {
      // Zones that were only named hold no count yet: the step stays open until a number is entered somewhere.
      const zones = (answer.data as StepDataByKind['count']).zones;
      if (!zones.some(isCounted)) return finding(step, 'open', missing(step));
      const total = zones.reduce((a, z) => a + z.count, 0);
      return finding(step, 'positive', { code: 'evidence-captured', params: { kind: step.kind, value: total, samples: zones.length } });
    }
    case 'timer': {
      const trials = (answer.data as StepDataByKind['timer']).trials;
      if (!trials.length) return finding(step, 'open', missing(step));
      return finding(step, 'positive', { code: 'evidence-captured', params: { kind: step.kind, samples: trials.length } }, trials.length >= step.trials);
    }
    case 'value': {
      const d = answer.data as StepDataByKind['value'];
      if (step.valueType === 'yes-no') {
        if (d.yesNo === undefined) return finding(step, 'open', missing(step));
        return d.yesNo
          ? finding(step, 'positive', { code: 'evidence-captured', params: { kind: step.kind, answer: 'yes' } })
          : finding(step, 'negative', { code: 'stated-no', params: { kind: step.kind } });
      }
      const captured =
        step.valueType === 'text' ? Boolean(d.text?.trim())
          : step.valueType === 'frequency' ? d.frequency !== undefined
            : typeof d.number === 'number' && Number.isFinite(d.number);
      return captured
        ? finding(step, 'positive', { code: 'evidence-captured', params: { kind: step.kind } })
        : finding(step, 'open', missing(step));
    }
    case 'call-test': {
      const d = answer.data as StepDataByKind['call-test'];
      if (d.recording === 'received') return finding(step, 'positive', { code: 'recording-received', params: { since: d.receivedAt ?? '' } });
      if (d.recording === 'refused') return finding(step, 'negative', { code: 'recording-refused', params: {} });
      if (d.recording === 'requested' || d.calledAt) {
        return finding(step, 'open', { code: 'recording-pending', params: { status: d.recording, since: d.requestedAt ?? d.calledAt ?? '' } });
      }
      return finding(step, 'open', missing(step));
    }
  }
}

/** The steps whose evidence decides a question: the required ones, or all of them when every step is optional. */
export function decidingSteps(findings: StepFinding[]): StepFinding[] {
  const required = findings.filter((f) => !f.optional);
  return required.length ? required : findings.filter((f) => f.outcome !== 'open');
}

/**
 * Combines step findings into a question verdict when no threshold applies.
 *
 * Only required steps decide: optional steps are extra evidence by definition, so a missing or unfavourable
 * optional step neither fails nor confirms a question (when every step is optional, the answered ones decide).
 * All positive → meets; all negative → not-met; any other mix of settled steps → partly.
 * While some required steps are still open, the question cannot be met yet, and we report the worst verdict the
 * captured evidence already guarantees, i.e. as if the open steps came out negative: positive evidence so far →
 * partly; only negative evidence so far → not-met (a document the vendor refused to show is a finding, and
 * calling it "not verified" would hide it). With nothing captured the question is not verified.
 */
export function combineFindings(findings: StepFinding[]): { verdict: Verdict; reason: Reason } {
  const deciding = decidingSteps(findings);
  const positive = deciding.filter((f) => f.outcome === 'positive').length;
  const partly = deciding.filter((f) => f.outcome === 'partly').length;
  const negative = deciding.filter((f) => f.outcome === 'negative').length;
  const open = deciding.length - positive - partly - negative;
  const total = deciding.length;
  const params = { positive, partly, negative, open, total };
  // Too few respondents is "not verified", never a "partly" guessed from the other steps; only a negative finding elsewhere outweighs it.
  const underMinimum = deciding.find((f) => f.reason.code === 'too-few-respondents');
  if (underMinimum && !negative) return { verdict: 'not-verified', reason: underMinimum.reason };
  if (!total || open === total) {
    // A lone pending test call says more than "missing": keep its own reason.
    const only = deciding.length === 1 ? deciding[0].reason : undefined;
    return { verdict: 'not-verified', reason: only ?? { code: 'missing-evidence', params } };
  }
  // One deciding step speaks for itself (e.g. "document expired on …"); several are summarised.
  const single = total === 1 ? deciding[0].reason : undefined;
  if (positive === total) return { verdict: 'meets', reason: single ?? { code: 'all-seen', params } };
  if (!positive && !partly) return { verdict: 'not-met', reason: single ?? { code: 'none-seen', params } };
  return { verdict: 'partly', reason: single ?? { code: 'some-seen', params } };
}
