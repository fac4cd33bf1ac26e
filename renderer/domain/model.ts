import type { ReportRow } from './report/figures';
import type { Category, DocField, Lang, StepKind } from './template/schema';

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
  /**
   * IANA time zone of the visit ("Europe/Kyiv"), set when it is created (the laptop's by default) and editable:
   * every time of the visit is shown in it, in the app, the dossier and the CLI. Absent on visits recorded
   * before database version 3 and in older packages; those are shown in UTC, and say so.
   */
  timeZone?: string;
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

/**
 * `counted` marks a zero the evaluator entered (typed 0, or −1 down to 0), so a zone that was only named is not
 * taken for a count of zero. Any number above 0 was entered by definition and needs no flag.
 */
export interface CountZone { id: string; name: string; count: number; counted?: boolean }
export interface CountData { zones: CountZone[] }
/** A zone whose number the evaluator entered (a typed 0 included), as opposed to one only named so far. */
export const isCounted = (z: CountZone): boolean => z.counted === true || z.count > 0;
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

/**
 * The visit's tools (the staffing check and the hotline report check) are captured as answers too, so they get
 * what every capture gets: revisions, tombstones, merge by UUID, conflicts between evaluators, the package.
 * They belong to no template question: their answers carry these reserved ids, which no template can use
 * (template ids are lower-case letters, digits and dashes).
 */
export const TOOL_KINDS = ['staffing', 'report-check'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];
export const TOOL_STEP: Record<ToolKind, { questionId: string; stepId: string }> = {
  staffing: { questionId: 'tool:staffing', stepId: 'check' },
  'report-check': { questionId: 'tool:report-check', stepId: 'check' },
};
export const isToolKind = (kind: string): kind is ToolKind => (TOOL_KINDS as readonly string[]).includes(kind);

/** What the evaluator saw when confirming the staffing check; `siteproof verify` recomputes it from the inputs. */
export interface StaffingSnapshot {
  agents: number;
  serviceLevel: number;
  pWait: number;
  /** Seconds; null when the queue has no steady state. */
  asa: number | null;
  occupancy: number;
  scheduled: number;
  offered?: { onPhones: number; serviceLevel: number; pWait: number; asa: number | null; occupancy: number; verdict: 'short' | 'adequate' | 'generous' };
}

/** Inputs of the staffing check (see domain/staffing), as captured. */
export interface StaffingData {
  calls: number;
  intervalMinutes: number;
  ahtSeconds: number;
  targetPercent: number;
  targetSeconds: number;
  shrinkagePercent?: number;
  offered?: number;
  offeredBasis?: 'on-phones' | 'scheduled';
  result: StaffingSnapshot;
}

/** What the report check found when confirmed; `siteproof verify` recomputes it from the figures. */
export interface ReportSnapshot {
  flags: number;
  /** Indicator ids whose stated figure does not follow from the figures. */
  inconsistent: string[];
  /** Key indicator groups the report leaves out. */
  missing: string[][];
}

/** The vendor's hotline report as entered or imported (see domain/report). */
export interface ReportCheckData {
  /** Which report: client, hotline, month, as the evaluator names it. */
  title: string;
  thresholdSeconds: number;
  /** Length of the CSV's intervals (agents logged in × this = logged-in time). */
  intervalMinutes: number;
  headcount?: number;
  source: 'totals' | 'csv';
  fileName?: string;
  /** SHA-256 of the imported CSV's bytes, so the dossier can name exactly which file was checked. */
  fileSha256?: string;
  rows: ReportRow[];
  /** The indicators as the report states them (percent 0–100, seconds, hours). */
  stated: Record<string, number>;
  /** The client's definition per indicator (definition ids of domain/report/definitions.ts). */
  definitions: Record<string, string>;
  result: ReportSnapshot;
}

export interface ToolDataByKind {
  staffing: StaffingData;
  'report-check': ReportCheckData;
}

/**
 * Where the vendor's claim is text ("Genesys Cloud"), no number can be compared: the evaluator says whether what
 * was seen matches it. The judgement is a capture like any other (revisions, merge, conflicts, the package), kept
 * under the question with a reserved step id that no template step can use (step ids have no colon).
 */
export const CLAIM_MATCH_STEP = 'claim:match';
export interface ClaimMatchData { match: Match | null }
export interface JudgementDataByKind { 'claim-match': ClaimMatchData }

export type AnswerKind = StepKind | ToolKind | 'claim-match';
export type AnswerDataByKind = StepDataByKind & ToolDataByKind & JudgementDataByKind;
export type AnswerData = AnswerDataByKind[AnswerKind];

export interface AnswerRevision { rev: number; updatedAt: string; author: string; device: string; data: AnswerData; note: string }

/** One evaluator's capture for one step of one question (or one tool). Edits bump `rev` and keep the previous state in `history`. */
export interface Answer<K extends AnswerKind = AnswerKind> extends Stamp {
  id: string;
  visitId: string;
  questionId: string;
  stepId: string;
  kind: K;
  data: AnswerDataByKind[K];
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
  /**
   * The revisions of the step's answers this resolution saw (all of them, the chosen one included). It settles
   * exactly these: a later revision of any answer, or an answer it never saw, is a new state (see selectAnswers).
   * Absent in resolutions made before it existed: those settle what was saved up to their time.
   */
  settles?: SettledRevision[];
}

export interface SettledRevision { answerId: string; rev: number }

/**
 * 'redacted': the copy with personal data blacked out and the evaluator's marks drawn on (see PhotoRedaction), made
 * from the original at report size; only photos with a redaction have one. The original is never touched.
 */
export type PhotoVariant = 'original' | 'report' | 'thumb' | 'redacted';
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
  /**
   * The photo's number in its visit, given at capture and kept for life: a deleted photo keeps its number and
   * no later photo reuses it, so a note citing "photo 4" always means the same picture. Missing only on records
   * from packages made before numbers existed.
   */
  number?: number;
  /** The file was cut short (no end-of-image marker): kept byte for byte, but it may show only in part. */
  truncated?: boolean;
}

/** A point in normalized image coordinates: 0..1 across the upright picture (as a person sees it), left to right / top to bottom. */
export interface RedactionPoint { x: number; y: number }
/** An area to black out, normalized: a rectangle, or a free-hand outline (a closed polygon). */
export type RedactionArea =
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  | { kind: 'path'; points: RedactionPoint[] };
/** A mark drawn in red on the redacted copy to point at what matters; a circle is the ellipse inside its box. */
export type RedactionAnnotation =
  | { kind: 'arrow'; from: RedactionPoint; to: RedactionPoint }
  | { kind: 'circle'; x: number; y: number; w: number; h: number }
  | { kind: 'text'; x: number; y: number; text: string };

/**
 * One redaction of a photo: which areas were blacked out and which marks drawn, by whom and when, and the redacted
 * copy it made (its own SHA-256). Written once, never edited: redacting again adds a new record, and the latest
 * (by `at`, then id) is the photo's current redaction. The original's hash says which picture it was drawn on.
 */
export interface PhotoRedaction {
  id: string;
  visitId: string;
  photoId: string;
  /** SHA-256 of the original the areas were drawn on (Photo.sha256). */
  originalSha256: string;
  areas: RedactionArea[];
  annotations: RedactionAnnotation[];
  author: string;
  device: string;
  at: string;
  /** The redacted copy (JPEG, upright, no EXIF): its SHA-256, byte size and pixel size. */
  redacted: { sha256: string; size: number; width: number; height: number };
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
  // A staffing or report check confirmed: its inputs' headline and what it found, beside the answer's revision.
  'staffing-checked', 'report-checked',
  // The evaluator's yes / partly / no on a text claim (what was seen against what the vendor wrote).
  'claim-judged',
  // The closing meeting: the sign-off written (once), and an evaluator's later resolution of a disputed finding.
  'closing-signed', 'closing-dispute-resolved',
  // A redacted copy of a photo made (areas blacked out, marks drawn); the original is untouched.
  'photo-redacted',
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
  /**
   * SHA-256 of the previous entry the same device wrote for the same visit (GENESIS for its first): the log is a
   * hash chain per device, so a removed, edited or inserted entry shows (see domain/audit/chain.ts). Absent on
   * entries written before chains existed.
   */
  prev?: string;
}

/**
 * One preliminary finding as the vendor's representative was shown it at the closing meeting (see
 * domain/closing): every text already in the meeting's language, so the frozen list reads as it was shown.
 */
export type ClosingFindingKind = 'discrepancy' | 'not-met' | 'recording-owed' | 'document-owed';
export interface ClosingFinding {
  /** Stable across recomputations: `<kind>:<questionId>[:<stepId>]`. */
  key: string;
  kind: ClosingFindingKind;
  questionId: string;
  stepId?: string;
  /** The question's number in its template. */
  number: number;
  /** The question's title. */
  title: string;
  /** The finding itself ("claimed: 250 seats — found: 184 seats"). */
  text: string;
}

export type ClosingAnswer = 'accept' | 'dispute';
/** The vendor's answer to one finding: accepted, or disputed with a comment (and a photo of what they showed). */
export interface ClosingResponse { key: string; answer: ClosingAnswer; comment: string; photoId?: string }

/** A drawn signature: the canvas as PNG (base64 of its bytes) and the SHA-256 of those bytes. */
export interface SignatureImage { pngBase64: string; sha256: string; width: number; height: number }
/**
 * How one side signed: a drawing on the canvas, or (where drawing is impossible: keyboard only, no pointer) the
 * signer's name typed as confirmation, which is recorded and shown as typed, never as a drawn signature.
 */
export type SignatureMark = { method: 'drawn'; image: SignatureImage } | { method: 'typed'; typedName: string };

/**
 * The closing meeting's sign-off: written once, never edited (a package bringing the same id with other content is
 * refused, as for audit entries). It freezes the findings as shown, their hash, the vendor's answers and both sides'
 * signatures, or the vendor's refusal to sign with its reason. createdAt = updatedAt = signedAt.
 */
export interface ClosingSignoff extends Stamp {
  id: string;
  visitId: string;
  /** The language the findings were shown in. */
  lang: Lang;
  representative: { name: string; role: string };
  evaluator: { name: string; signature: SignatureMark };
  vendor: { status: 'signed'; signature: SignatureMark } | { status: 'refused'; reason: string };
  findings: ClosingFinding[];
  /** SHA-256 of the canonical serialization of `lang` and `findings` (domain/closing/findings.ts). */
  findingsHash: string;
  responses: ClosingResponse[];
  signedAt: string;
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
  /**
   * The closing meeting's sign-off: one per visit; two (from two laptops) are a conflict to show, never a pick.
   * Absent on visits without one and in packages made before the closing meeting existed.
   */
  signoffs?: ClosingSignoff[];
  /** Photo redactions (see PhotoRedaction); absent on visits without one and in packages made before redaction existed. */
  redactions?: PhotoRedaction[];
}
