import type { Category, Lang, Question, Rule, StepKind } from '../template/schema';
import type { Claim, Decision, Verdict } from '../model';
import type { ToolsSummary } from '../tools/findings';

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
    | 'not-applicable' | 'override'
    // Added with the engine: single-step findings (see reasons.ts for the sentences).
    | 'seen' | 'not-seen' | 'evidence-captured' | 'stated-no'
    | 'recording-received' | 'recording-refused' | 'recording-pending'
    // Methodology checks: respondents below the step's minimum, a copy asked for, dates and standards as recorded.
    | 'too-few-respondents' | 'document-no-copy' | 'document-date-invalid' | 'document-standard-missing' | 'document-wrong-standard';
  params: Record<string, string | number>;
}

/** How one step's captured evidence speaks to its question; `open` means nothing conclusive yet. */
export type StepOutcome = 'positive' | 'partly' | 'negative' | 'open';

export interface StepFinding {
  stepId: string;
  kind: StepKind;
  optional: boolean;
  outcome: StepOutcome;
  /** Everything the step asks for is captured (all trials, all respondents, recording settled). */
  complete: boolean;
  reason: Reason;
}

/** What was found for a discrepancy, as data; formatFinding (reasons.ts) renders it in a language. */
export type Finding =
  | { type: 'measured'; value: number; unit: Rule['unit']; measure: Rule['measure']; samples: number }
  | { type: 'verdict'; verdict: Verdict; reason?: Reason }
  /** The evaluator judged that what was seen does not match a text claim; `seen` is what was written down as seen. */
  | { type: 'claim-mismatch'; seen?: string };

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
  /** The same finding as data, for rendering in another language. */
  finding?: Finding;
  /** The claim as understood: a number in the rule's unit, when it could be read as one. */
  claimedValue?: number;
  /** Relative size of the gap (0.26 = the finding is 26% worse than claimed; 1 for a plain yes/no contradiction). */
  gap?: number;
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
  /** Per-step findings behind `suggested` (always filled by evaluateVisit). */
  steps?: StepFinding[];
}

/** One question standing between the vendor and a category, with its verdict *for that category*. */
export interface Blocker {
  questionId: string;
  /** The category whose requirement it fails: the one judged, or a lower one it inherits from. */
  category: Category;
  /** Never 'meets'; after the evaluator's override when there is one. */
  verdict: Verdict;
  reason: Reason;
  overridden?: true;
}

export interface CategoryVerdict {
  category: Category;
  /** Every question that applies to this category is met (N/A questions are skipped). */
  reached: boolean;
  /**
   * met: nothing blocks; not-met: a question is not met or only partly met; not-verified: only questions
   * nobody could verify yet stand in the way (never reported as "not met").
   */
  status: 'met' | 'not-met' | 'not-verified';
  /** Question ids that keep the vendor from this category. */
  blocking: string[];
  /** The same questions with their verdict for this category (or the lower one they come from). */
  blockers: Blocker[];
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
  /** The staffing and report checks, and their findings (a short offer, more agents than seats). */
  tools: ToolsSummary;
}

export interface EvaluateOptions {
  /** Language of the display text in `Discrepancy.found`; defaults to English. */
  lang?: Lang;
}

export type { Lang };
