import { isTimeZone } from '../time';
import { z } from '../zod';
import { AUDIT_ACTIONS, TOOL_KINDS, type AuditEntry, type Answer, type Claim, type Decision, type Photo, type PhotoVariant, type Resolution, type Visit, type VisitBundle } from '../model';
import { CATEGORIES, DOC_FIELDS, STEP_KINDS } from '../template/schema';
import { signoffRecord } from '../closing/signoff';
import { redactionRecord } from '../photo/redaction';

/**
 * The manifest of a package and the records it carries, as zod schemas. Records are checked field by field so
 * a package can never put into the database something the app would choke on later. Objects are "loose":
 * a field added by a later version of format 1 is kept, not dropped (see docs/package-format.md).
 */

export const PACKAGE_FORMAT = 'siteproof-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.siteproof';

/** The exact form clock.nowIso() writes; merge and answer selection compare these as strings. */
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected a UTC time like 2025-06-17T09:30:00.000Z');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2025-06-17');
const recordId = z.string().min(1).max(200);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');
const text = z.string().max(100_000);
const category = z.enum(CATEGORIES);

const stamp = { author: z.string().max(200), device: z.string().min(1).max(200), createdAt: instant, updatedAt: instant };

export const visitRecord = z.looseObject({
  ...stamp,
  id: recordId,
  templateId: z.string().min(1).max(200),
  templateVersion: z.string().min(1).max(50),
  vendor: text,
  site: text,
  dateFrom: day,
  dateTo: day.optional(),
  evaluators: z.array(z.string().max(200)).max(50),
  targetCategory: category,
  projectSeats: z.number().finite().nonnegative(),
  claimedCategory: category.optional(),
  timeZone: z.string().min(1).max(64).refine(isTimeZone, 'not a time zone name').optional(),
  archived: z.boolean(),
});

export const claimRecord = z.looseObject({ ...stamp, id: recordId, visitId: recordId, questionId: recordId, value: text });

const period = z.enum(['week', 'month', 'quarter', 'year']);
const frequency = z.looseObject({ count: z.number().finite().nonnegative(), period });
const outcome = z.enum(['seen', 'not-seen', 'not-shown']);

const countData = z.looseObject({ zones: z.array(z.looseObject({ id: z.string().max(200), name: text, count: z.number().finite(), counted: z.boolean().optional() })).max(1000) });
const interviewData = z.looseObject({
  pick: z.looseObject({ inputs: text, poolSize: z.number().int().nonnegative(), picked: z.array(z.string().max(1000)).max(1000), at: instant }).optional(),
  responses: z.array(z.looseObject({
    respondent: text,
    answer: text,
    match: z.enum(['yes', 'partly', 'no']).nullable(),
    number: z.number().finite().optional(),
    frequency: frequency.optional(),
  })).max(1000),
});
const outcomeData = z.looseObject({ outcome: outcome.nullable() });
const documentData = z.looseObject({
  outcome: z.enum(['seen', 'obtained', 'not-shown']).nullable(),
  fields: z.partialRecord(z.enum(DOC_FIELDS), text),
});
const timerData = z.looseObject({ trials: z.array(z.looseObject({ ms: z.number().finite().nonnegative(), at: instant })).max(1000) });
const callTestData = z.looseObject({
  calledAt: instant.optional(),
  number: z.string().max(200).optional(),
  callerId: z.string().max(200).optional(),
  recording: z.enum(['not-requested', 'requested', 'received', 'refused']),
  requestedAt: instant.optional(),
  receivedAt: instant.optional(),
});
const valueData = z.looseObject({ number: z.number().finite().optional(), text: text.optional(), frequency: frequency.optional(), yesNo: z.boolean().optional() });

// The tools' answers (see TOOL_KINDS in model.ts). Figures are bounded so a crafted package cannot carry a
// number the Erlang recursion or the report sums would spin on; the domain validates the same ranges again.
const figure = z.number().finite().nonnegative().max(1e12);
const verdict = z.enum(['short', 'adequate', 'generous']);
const share = z.number().finite().min(0).max(1);
const asaValue = z.number().finite().nonnegative().nullable();
const staffingData = z.looseObject({
  calls: figure,
  intervalMinutes: figure,
  ahtSeconds: figure,
  targetPercent: figure,
  targetSeconds: figure,
  shrinkagePercent: figure.optional(),
  offered: z.number().int().positive().max(1e7).optional(),
  offeredBasis: z.enum(['on-phones', 'scheduled']).optional(),
  result: z.looseObject({
    agents: z.number().int().nonnegative(), serviceLevel: share, pWait: share, asa: asaValue, occupancy: share, scheduled: z.number().int().nonnegative(),
    offered: z.looseObject({ onPhones: z.number().int().nonnegative(), serviceLevel: share, pWait: share, asa: asaValue, occupancy: share, verdict }).optional(),
  }),
});
const reportRow = z.looseObject({
  line: z.number().int().positive().optional(),
  label: z.string().max(200).optional(),
  offered: figure, answered: figure, answeredWithin: figure, abandoned: figure, abandonedShort: figure,
  talkSeconds: figure, acwSeconds: figure, loggedInSeconds: figure, waitSeconds: figure.optional(),
});
const reportCheckData = z.looseObject({
  title: text,
  thresholdSeconds: figure,
  intervalMinutes: figure,
  headcount: z.number().int().positive().max(1e7).optional(),
  source: z.enum(['totals', 'csv']),
  fileName: z.string().max(1000).optional(),
  fileSha256: sha256.optional(),
  rows: z.array(reportRow).max(100_000),
  stated: z.record(z.string().max(50), figure),
  definitions: z.record(z.string().max(50), z.string().max(50)),
  result: z.looseObject({
    flags: z.number().int().nonnegative(),
    inconsistent: z.array(z.string().max(50)).max(100),
    missing: z.array(z.array(z.string().max(50)).max(10)).max(100),
  }),
});

const claimMatchData = z.looseObject({ match: z.enum(['yes', 'partly', 'no']).nullable() });

const DATA_BY_KIND = {
  count: countData,
  interview: interviewData,
  observe: outcomeData,
  demo: outcomeData,
  document: documentData,
  timer: timerData,
  'call-test': callTestData,
  value: valueData,
  staffing: staffingData,
  'report-check': reportCheckData,
  'claim-match': claimMatchData,
} as const satisfies Record<(typeof STEP_KINDS)[number] | (typeof TOOL_KINDS)[number] | 'claim-match', z.ZodType>;

function answerOf<K extends keyof typeof DATA_BY_KIND>(kind: K) {
  const data = DATA_BY_KIND[kind];
  const revision = z.looseObject({ rev: z.number().int().nonnegative(), updatedAt: instant, author: z.string().max(200), device: z.string().min(1).max(200), data, note: text });
  return z.looseObject({
    ...stamp,
    id: recordId,
    visitId: recordId,
    questionId: recordId,
    stepId: recordId,
    kind: z.literal(kind),
    data,
    note: text,
    rev: z.number().int().nonnegative(),
    history: z.array(revision).max(10_000),
    deleted: z.looseObject({ at: instant, by: z.string().max(200), device: z.string().min(1).max(200) }).optional(),
  });
}

export const answerRecord = z.discriminatedUnion('kind', [
  answerOf('count'), answerOf('interview'), answerOf('observe'), answerOf('demo'),
  answerOf('document'), answerOf('timer'), answerOf('call-test'), answerOf('value'),
  answerOf('staffing'), answerOf('report-check'), answerOf('claim-match'),
]);

export const decisionRecord = z.looseObject({
  ...stamp,
  id: recordId,
  visitId: recordId,
  questionId: recordId,
  type: z.enum(['override', 'not-applicable', 'clear']),
  verdict: z.enum(['meets', 'partly', 'not-met', 'not-verified']).optional(),
  reason: text,
});

export const resolutionRecord = z.looseObject({
  ...stamp, id: recordId, visitId: recordId, questionId: recordId, stepId: recordId, chosenAnswerId: recordId, reason: text,
  settles: z.array(z.looseObject({ answerId: recordId, rev: z.number().int().nonnegative() })).max(1000).optional(),
});

const variant = z.enum(['original', 'report', 'thumb', 'redacted']);

export const photoRecord = z.looseObject({
  ...stamp,
  id: recordId,
  visitId: recordId,
  questionId: recordId,
  stepId: recordId,
  sha256,
  mime: z.string().min(1).max(100),
  size: z.number().int().nonnegative(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  fileName: z.string().max(1000).optional(),
  source: z.enum(['camera', 'file']),
  takenAt: z.string().max(50).optional(),
  orientation: z.number().int().min(1).max(8),
  caption: text,
  derivatives: z.enum(['pending', 'ready', 'failed']),
  deleted: z.looseObject({ at: instant, by: z.string().max(200), reason: text }).optional(),
  number: z.number().int().positive().max(1e9).optional(),
  truncated: z.boolean().optional(),
});

export const auditRecord = z.looseObject({
  id: recordId,
  visitId: recordId,
  at: instant,
  author: z.string().max(200),
  device: z.string().min(1).max(200),
  action: z.enum(AUDIT_ACTIONS),
  questionId: recordId.optional(),
  stepId: recordId.optional(),
  details: z.record(z.string(), z.unknown()),
  prev: sha256.optional(),
});

export const visitEntry = z.looseObject({
  visit: visitRecord,
  templateId: z.string().min(1).max(200),
  templateVersion: z.string().min(1).max(50),
  claims: z.array(claimRecord),
  answers: z.array(answerRecord),
  decisions: z.array(decisionRecord),
  resolutions: z.array(resolutionRecord),
  photos: z.array(photoRecord),
  audit: z.array(auditRecord),
  /** The closing meeting's sign-off (one; two only when two laptops each signed). Absent in older packages. */
  signoffs: z.array(signoffRecord).max(100).optional(),
  /** Photo redactions (records only; each photo's current redacted copy is a 'redacted' file). Absent in older packages. */
  redactions: z.array(redactionRecord).max(100_000).optional(),
});

export const fileEntry = z.looseObject({
  path: z.string().min(1).max(255),
  sha256,
  size: z.number().int().nonnegative(),
  photoId: recordId,
  variant,
  mime: z.string().min(1).max(100),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
});

export const missingEntry = z.looseObject({ photoId: recordId, variant });

export const manifestSchema = z.looseObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  createdAt: instant,
  createdBy: z.looseObject({ author: z.string().max(200), device: z.string().min(1).max(200) }),
  appVersion: z.string().min(1).max(50),
  kind: z.enum(['visit', 'backup']),
  visits: z.array(visitEntry),
  files: z.array(fileEntry),
  /** Photo files the exporting device did not have (e.g. a blob lost under the database). */
  missing: z.array(missingEntry),
  /**
   * 'sharing': made for people outside the audit team. The originals and unredacted copies of redacted photos are
   * left out (listed in `missing`); the audit team keeps them. Absent on ordinary packages.
   */
  purpose: z.literal('sharing').optional(),
});

/** One visit as it travels: the records of a VisitBundle plus the template it was captured with. */
export interface VisitEntry extends VisitBundle {
  templateId: string;
  templateVersion: string;
}

export interface FileEntry {
  /** `photos/<sha256 of the file>.<ext>`; several entries may share a path when their bytes are identical. */
  path: string;
  sha256: string;
  size: number;
  photoId: string;
  variant: PhotoVariant;
  mime: string;
  width: number;
  height: number;
}

export interface MissingFile { photoId: string; variant: PhotoVariant }

export interface Manifest {
  format: typeof PACKAGE_FORMAT;
  formatVersion: typeof PACKAGE_FORMAT_VERSION;
  createdAt: string;
  createdBy: { author: string; device: string };
  appVersion: string;
  kind: 'visit' | 'backup';
  visits: VisitEntry[];
  files: FileEntry[];
  missing: MissingFile[];
  purpose?: 'sharing';
}

// Compile-time proof that what the schema accepts is what the model describes.
export const asManifest = (m: z.output<typeof manifestSchema>): Manifest => m;
export type { AuditEntry, Answer, Claim, Decision, Photo, Resolution, Visit };
