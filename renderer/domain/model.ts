import type { Category, DocField, StepKind } from './template/schema';

/**
 * Records as stored and exchanged between evaluators. Every record is keyed by a UUID and says who made it,
 * on which device and when, so captures from two laptops can be merged without guessing.
 */
export interface Stamp {
  author: string;
  device: string;
  /** ISO 8601, from the monotonic-corrected clock (see clock.ts). */
  createdAt: string;
  updatedAt: string;
}

export interface Visit extends Stamp {
  id: string;
  templateId: string;
  templateVersion: string;
  vendor: string;
  site: string;
  /** yyyy-mm-dd */
  dateFrom: string;
  dateTo?: string;
  evaluators: string[];
  targetCategory: Category;
  /** The client's own project size in agent seats; some rules are relative to it. */
  projectSeats: number;
  /** The category the vendor claims in its RFP answer. */
  claimedCategory?: Category;
  archived: boolean;
}

/** What the vendor wrote in its RFP answer for one question. */
export interface Claim extends Stamp {
  id: string;
  visitId: string;
  questionId: string;
  value: string;
}

export type Outcome = 'seen' | 'not-seen' | 'not-shown';
export type Period = 'week' | 'month' | 'quarter' | 'year';
export type Match = 'yes' | 'partly' | 'no';
export interface Frequency { count: number; period: Period }

export interface CountData { zones: { id: string; name: string; count: number }[] }
export interface InterviewData {
  pick?: { inputs: string; poolSize: number; picked: string[]; at: string };
  responses: { respondent: string; answer: string; match: Match | null; number?: number; frequency?: Frequency }[];
}
export interface OutcomeData { outcome: Outcome | null }
export interface DocumentData { outcome: 'seen' | 'obtained' | 'not-shown' | null; fields: Partial<Record<DocField, string>> }
export interface TimerData { trials: { ms: number; at: string }[] }
export interface CallTestData {
  calledAt?: string;
  number?: string;
  callerId?: string;
  recording: 'not-requested' | 'requested' | 'received' | 'refused';
  requestedAt?: string;
  receivedAt?: string;
}
export interface ValueData { number?: number; text?: string; frequency?: Frequency; yesNo?: boolean }

export interface StepDataByKind {
  count: CountData;
  interview: InterviewData;
  observe: OutcomeData;
  demo: OutcomeData;
  document: DocumentData;
  timer: TimerData;
  'call-test': CallTestData;
  value: ValueData;
}
export type StepData = StepDataByKind[StepKind];

export interface AnswerRevision { rev: number; updatedAt: string; author: string; device: string; data: StepData; note: string }

/** One evaluator's capture for one step of one question. Edits bump `rev` and keep the previous state in `history`. */
export interface Answer<K extends StepKind = StepKind> extends Stamp {
  id: string;
  visitId: string;
  questionId: string;
  stepId: string;
  kind: K;
  data: StepDataByKind[K];
  note: string;
  rev: number;
  history: AnswerRevision[];
  /**
   * Set when the evaluator cleared the capture. The record stays (so a merge with a package made before the
   * clearing cannot bring it back) but no longer counts for the step; once set, a merge keeps it.
   */
  deleted?: { at: string; by: string; device: string };
}

export type Verdict = 'meets' | 'partly' | 'not-met' | 'not-verified';
export const VERDICTS: readonly Verdict[] = ['meets', 'partly', 'not-met', 'not-verified'];

/** An evaluator's decision on a question: override the suggested verdict, mark it not applicable, or clear both. */
export interface Decision extends Stamp {
  id: string;
  visitId: string;
  questionId: string;
  type: 'override' | 'not-applicable' | 'clear';
  verdict?: Verdict;
  reason: string;
}

/** When evaluators captured the same step differently, one of them chooses which answer stands. */
export interface Resolution extends Stamp {
  id: string;
  visitId: string;
  questionId: string;
  stepId: string;
  chosenAnswerId: string;
  reason: string;
}

export type PhotoVariant = 'original' | 'report' | 'thumb';
export interface Photo extends Stamp {
  id: string;
  visitId: string;
  questionId: string;
  stepId: string;
  /** SHA-256 of the original bytes, hex, computed at capture. */
  sha256: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  fileName?: string;
  source: 'camera' | 'file';
  /** EXIF DateTimeOriginal when the file has one (ISO, local time as written by the camera). */
  takenAt?: string;
  /** EXIF orientation 1..8; derivatives are stored upright. */
  orientation: number;
  caption: string;
  derivatives: 'pending' | 'ready' | 'failed';
  deleted?: { at: string; by: string; reason: string };
}

export interface PhotoBlob {
  /** `${photoId}/${variant}` */
  key: string;
  photoId: string;
  variant: PhotoVariant;
  blob: Blob;
  width: number;
  height: number;
}

/** The one list of audit actions: the type, the package schema and the tests all derive from it. */
export const AUDIT_ACTIONS = [
  'visit-created', 'visit-edited', 'visit-archived', 'visit-restored',
  'random-pick', 'verdict-override', 'verdict-cleared', 'not-applicable',
  'photo-added', 'photo-deleted', 'photo-restored', 'answer-deleted', 'claim-edited',
  'package-imported', 'conflict-resolved',
  // A stopwatch trial that crossed a reload: saved with wall-clock time before the reload, or thrown away.
  'timer-trial-resumed', 'timer-trial-discarded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Append-only: entries are never edited or removed. */
export interface AuditEntry {
  id: string;
  visitId: string;
  at: string;
  author: string;
  device: string;
  action: AuditAction;
  questionId?: string;
  stepId?: string;
  details: Record<string, unknown>;
}

/** Everything that belongs to one visit, as the domain functions (verdicts, dossier, merge, package) see it. */
export interface VisitBundle {
  visit: Visit;
  claims: Claim[];
  answers: Answer[];
  decisions: Decision[];
  resolutions: Resolution[];
  photos: Photo[];
  audit: AuditEntry[];
}
