import type { Category, Lang, Question, Rule } from '../template/schema';
import type { Claim, Decision, Verdict } from '../model';

/**
 * Reasons are structured so the UI and the dossier can render them in any language (see formatReason).
 * `code` picks a sentence; `params` fill it.
 */
export interface Reason {
  code:
    | 'threshold-met' | 'threshold-partly' | 'threshold-not-met'
    | 'all-seen' | 'some-seen' | 'none-seen'
    | 'interview-match' | 'interview-partly' | 'interview-mismatch'
    | 'document-expired'
    | 'missing-evidence' | 'missing-project-seats'
    | 'not-applicable' | 'override';
  params: Record<string, string | number>;
}

export interface Measurement {
  value: number;
  unit: Rule['unit'];
  /** How it was obtained, e.g. 'total of 3 zones', 'median of 5 trials'. */
  measure: Rule['measure'];
  samples: number;
}

export interface Discrepancy {
  questionId: string;
  claim: Claim;
  /** What was found, as display text, e.g. '184 seats' or 'not seen'. */
  found: string;
  /** Higher is more serious: blocks the claimed category, then relative size of the gap. */
  severity: number;
  blocksClaimedCategory: boolean;
}

export interface FollowUp {
  questionId: string;
  stepId: string;
  kind: 'call-recording';
  since?: string;
  status: 'not-requested' | 'requested';
}

export interface QuestionResult {
  question: Question;
  sectionId: string;
  /** Applies to the visit's target category. */
  applicable: boolean;
  /** From the rule and the evidence alone. */
  suggested: Verdict;
  reason: Reason;
  measurement?: Measurement;
  /** After the evaluator's override, if any. Not-applicable questions keep `suggested` here. */
  effective: Verdict;
  override?: Decision;
  notApplicable?: Decision;
  discrepancy?: Discrepancy;
  /** done: every required step has an answer (or N/A); open: something is still to capture. */
  status: 'done' | 'open' | 'n/a';
  /** Open conflicts between evaluators on this question's steps. */
  conflicts: number;
}

export interface CategoryVerdict {
  category: Category;
  /** Every question that applies to this category is met (N/A questions are skipped). */
  reached: boolean;
  /** Question ids that keep the vendor from this category. */
  blocking: string[];
}

export interface VisitEvaluation {
  results: QuestionResult[];
  /** The highest category whose applicable questions are all met; null when not even C is reached. */
  verified: Category | null;
  claimed?: Category;
  categories: CategoryVerdict[];
  counts: Record<Verdict, number>;
  /** Most serious first. */
  discrepancies: Discrepancy[];
  followUps: FollowUp[];
  progress: { done: number; open: number; na: number; total: number };
  openConflicts: number;
}

export type { Lang };
