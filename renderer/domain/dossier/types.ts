import type { DossierFingerprint } from './fingerprint';
import type { Category, Lang } from '../template/schema';
import type { Verdict } from '../model';
import type { DossierStrings } from './strings';
import type { ComparisonToolRows, DossierTools } from './tools';
import type { DossierClosing } from './closing';

/**
 * The dossier as plain data: every text already in the chosen language, every number already formatted.
 * The PDF renderer only lays it out, so everything that decides *what* the committee reads is tested here.
 */
export interface DossierOptions {
  includePhotos: boolean;
  showNotApplicable: boolean;
}

/** What the loader found when it checked a photo's original against the SHA-256 recorded at capture. */
export interface PhotoCheck {
  status: 'ok' | 'missing' | 'hash-mismatch';
  /** A report-size copy exists and can be embedded. */
  report: boolean;
  /**
   * The photo has a redaction and its redacted copy was found with the hash the redaction record gives: the copy
   * is what gets embedded (under the photo id). False when it has a redaction but the copy is missing or altered:
   * then nothing is embedded, never the unredacted report copy.
   */
  redacted?: boolean;
}

export type PhotoStatus = PhotoCheck['status'] | 'unchecked' | 'deleted';
/** A verdict as shown: the four verdicts plus "not applicable". */
export type Shown = Verdict | 'n/a';

export interface DossierPhoto {
  id: string;
  caption: string;
  /** Display text (local time of the capture). */
  capturedAt: string;
  capturedAtIso: string;
  author: string;
  device: string;
  sha256: string;
  shaPrefix: string;
  status: PhotoStatus;
  statusText: string;
  /** The renderer embeds the report copy under the photo id when this is true and it has the bytes. */
  embed: boolean;
  /** Why the image is not embedded, when it is not. */
  imageNote?: string;
  /** SHA-256 of the redacted copy, when the photo has a redaction: that copy is what the dossier shows. */
  redactedSha256?: string;
  questionNumber: number | null;
  width: number;
  height: number;
}

export type Block =
  | { kind: 'fields'; rows: [string, string][] }
  | { kind: 'table'; head: string[]; rows: string[][]; /** Per row, a verdict-like tone for the last column. */ tones?: (Shown | null)[] }
  | { kind: 'text'; text: string; tone?: 'muted' | 'warn' };

export interface StepFinding {
  stepId: string;
  title: string;
  kindLabel: string;
  optional: boolean;
  answered: boolean;
  blocks: Block[];
  /** "captured by …, at …" for the answer that stands. */
  byline?: string;
}

export interface DossierQuestion {
  id: string;
  number: number;
  title: string;
  sectionTitle: string;
  categories: string;
  applicable: boolean;
  why: string;
  recommended: string;
  claim: string;
  steps: StepFinding[];
  verdict: Shown;
  verdictText: string;
  /** What the rules suggested, shown when an evaluator changed it. */
  suggestedText?: string;
  /**
   * One plain sentence whenever an evaluator's decision stands: who overrode the rule, from what to what, and why
   * (or who confirmed it). Absent when the badge is simply the rule's verdict.
   */
  overrideNotice?: string;
  reason: string;
  measurement?: string;
  override?: string;
  notApplicable?: string;
  warnings: string[];
  notes: string[];
  photos: DossierPhoto[];
}

export interface QuestionRef { number: number; title: string; verdictText?: string }

/** A question standing in a category's way, labelled with its verdict for that category. */
export interface BlockerRef extends QuestionRef {
  verdict: Verdict;
  verdictText: string;
  /** The category whose requirement it fails (a lower one when inherited). */
  category: Category;
  reason: string;
}

/** Page 1: the committee's question answered for the target category, then the highest category supported. */
export interface DossierAnswer {
  target: Category;
  status: 'met' | 'not-met' | 'not-verified';
  title: string;
  /** "Not met. The questions that keep the vendor from category B:" and the like. */
  statusText: string;
  blockers: BlockerRef[];
  highest: Category | null;
  highestText: string;
  /** The category above the highest supported, unless that is A's ceiling or the target already listed. */
  next?: { category: Category; title: string; blockers: BlockerRef[] };
  /** Open conflicts, pending follow-ups, questions not verified; each names its questions. */
  warnings: string[];
}

export interface SectionRow {
  title: string;
  counts: Record<Verdict, number>;
  na: number;
  total: number;
}

export interface DossierSummary {
  answer: DossierAnswer;
  target: Category;
  claimed?: Category;
  verified: Category | null;
  claimedText: string;
  verifiedText: string;
  /** For the next category up (and the claimed one when it is higher still), the questions standing in the way. */
  blockers: { category: Category; title: string; questions: BlockerRef[]; note?: string }[];
  counts: { verdict: Verdict; label: string; count: number }[];
  discrepancies: { number: number; title: string; claim: string; found: string; blocksClaimed: boolean }[];
  followUps: { number: number; title: string; text: string }[];
  openQuestions: QuestionRef[];
  conflicts: { number: number; title: string; text: string }[];
  sections: SectionRow[];
  progress: string;
}

export interface EvidenceRow {
  photoId: string;
  sha256: string;
  capturedAt: string;
  author: string;
  device: string;
  question: string;
  status: PhotoStatus;
  statusText: string;
  /** The photo has a redacted copy (that is what the dossier shows): its SHA-256 and the note that the original is held by the audit team. */
  redacted?: { sha256: string; note: string };
}

export interface AuditRow { at: string; author: string; device: string; action: string; question: string; details: string }

export interface DossierModel {
  kind: 'dossier';
  lang: Lang;
  labels: DossierStrings;
  options: DossierOptions;
  /** Document title, also the PDF's metadata title. */
  title: string;
  /** "vendor — site — date", repeated at the top of every page. */
  runningHeader: string;
  fileName: string;
  keywords: string[];
  cover: {
    vendor: string;
    site: string;
    dates: string;
    evaluators: string;
    template: string;
    templateVersion: string;
    target: Category;
    claimed: string;
    verified: string;
    generatedAt: string;
    /** Stated once: "All times are in Europe/Kyiv (UTC+02:00) …". */
    timeZone: string;
    notices: string[];
  };
  summary: DossierSummary;
  questions: DossierQuestion[];
  omitted: { number: number; title: string; reason: string }[];
  /** The staffing check and the hotline report check, each with its own part; their findings go into the summary. */
  tools: DossierTools;
  /** The closing meeting: attendees, each finding with the vendor's answer, the signatures, changes after it. */
  closing: DossierClosing;
  evidence: EvidenceRow[];
  audit: AuditRow[];
  /** Per device: whether its audit hash chain is intact, not chained, or where it breaks (one line each). */
  auditChains: { device: string; status: 'intact' | 'broken' | 'not-chained'; text: string }[];
  /** How many template texts were shown in another language. */
  fallbacks: number;
  /** What the dossier was built from (printed with a QR code, and sealed into the file's last bytes). */
  fingerprint: DossierFingerprint;
  /** When it was made, as an ISO instant (the cover shows it in the visit's time zone). */
  generatedAtIso: string;
}

export interface ComparisonVendor {
  visitId: string;
  vendor: string;
  site: string;
  dates: string;
  claimed: string;
  verified: string;
  verifiedCategory: Category | null;
  /** Met / applicable, e.g. "27/31". */
  score: string;
  /** The committee's answer for the target category ("Not met"), as on page 1 of the vendor's dossier. */
  answer: string;
  /** The questions that keep it from the target, each with its verdict for that category; "None." when none. */
  blockers: string;
  /** Open conflicts between the evaluators and follow-ups still owed (a recording, a document copy). */
  conflicts: string;
  followUps: string;
}

export interface ComparisonModel {
  kind: 'comparison';
  /** Where each vendor stands for the target category: the table's title and column heads, in the language. */
  standing: { title: string; head: string[] };
  lang: Lang;
  labels: DossierStrings;
  title: string;
  runningHeader: string;
  fileName: string;
  intro: string;
  target: Category;
  generatedAt: string;
  vendors: ComparisonVendor[];
  sections: {
    title: string;
    /** Per vendor: "met/applicable" for the section. */
    totals: string[];
    rows: { number: number; title: string; verdicts: Shown[]; texts: string[] }[];
  }[];
  /** The vendors' staffing and report checks side by side. */
  tools: ComparisonToolRows;
  fallbacks: number;
}
