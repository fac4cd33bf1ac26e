/**
 * The raw figures of a vendor's hotline report: one row per interval from a CSV, or one row of monthly totals
 * entered by hand. Durations are totals in seconds over the row, not averages, so rows add up.
 */
export interface RawFigures {
  /** Calls that reached the queue. */
  offered: number;
  answered: number;
  /** Answered within the report's service-level threshold (ReportData.thresholdSeconds). */
  answeredWithin: number;
  /** Callers who hung up before an agent answered. */
  abandoned: number;
  /** Of those, callers who hung up within SHORT_ABANDON_SECONDS of waiting. */
  abandonedShort: number;
  /** Total talk time (hold included) of the answered calls. */
  talkSeconds: number;
  /** Total after-call work. */
  acwSeconds: number;
  /** Total time agents were logged in (a CSV gives agents logged in × interval length). */
  loggedInSeconds: number;
  /** Total queue time of the answered calls; ASA can be recomputed only when the report gives it. */
  waitSeconds?: number;
}

export interface ReportRow extends RawFigures {
  /** Line of the CSV it came from (1-based), for messages. */
  line?: number;
  /** The interval as the CSV names it, e.g. "2024-03-01 09:00". */
  label?: string;
}

/** Seed 002 names callers who gave up after waiting less than 15 s as an indicator of its own. */
export const SHORT_ABANDON_SECONDS = 15;

export interface ReportData {
  /** The threshold of the answered-within column, e.g. 20 for an 80/20 target. */
  thresholdSeconds: number;
  /** People on the project, when the report says: calls per agent needs it. */
  headcount?: number;
  rows: ReportRow[];
}

export function totals(rows: readonly RawFigures[]): RawFigures {
  const t: RawFigures = { offered: 0, answered: 0, answeredWithin: 0, abandoned: 0, abandonedShort: 0, talkSeconds: 0, acwSeconds: 0, loggedInSeconds: 0 };
  let wait = 0;
  let waitKnown = rows.length > 0;
  for (const r of rows) {
    t.offered += r.offered;
    t.answered += r.answered;
    t.answeredWithin += r.answeredWithin;
    t.abandoned += r.abandoned;
    t.abandonedShort += r.abandonedShort;
    t.talkSeconds += r.talkSeconds;
    t.acwSeconds += r.acwSeconds;
    t.loggedInSeconds += r.loggedInSeconds;
    if (r.waitSeconds === undefined) waitKnown = false;
    else wait += r.waitSeconds;
  }
  // ASA from a part of the intervals would be a figure for another month: all rows carry the wait time, or none counts.
  return waitKnown ? { ...t, waitSeconds: wait } : t;
}

/** Where the vendor's own numbers contradict each other (the report is not internally sound). */
export type ConsistencyCode =
  | 'answered-within-exceeds-answered' | 'short-exceeds-abandoned' | 'answered-abandoned-exceed-offered'
  | 'handle-exceeds-logged-in' | 'talk-without-answers';

export interface ConsistencyIssue { code: ConsistencyCode; line?: number; label?: string; message: string }

const where = (r: ReportRow) => (r.line !== undefined ? `line ${r.line}` : r.label ? `"${r.label}"` : 'the totals');

/** Checks each row for figures that cannot all be true together. */
export function consistencyIssues(rows: readonly ReportRow[]): ConsistencyIssue[] {
  const out: ConsistencyIssue[] = [];
  for (const r of rows) {
    const add = (code: ConsistencyCode, message: string) => out.push({ code, ...(r.line !== undefined ? { line: r.line } : {}), ...(r.label ? { label: r.label } : {}), message: `${where(r)}: ${message}` });
    if (r.answeredWithin > r.answered) add('answered-within-exceeds-answered', `${r.answeredWithin} calls answered within the threshold, but only ${r.answered} answered.`);
    if (r.abandonedShort > r.abandoned) add('short-exceeds-abandoned', `${r.abandonedShort} short abandons, but only ${r.abandoned} abandoned calls.`);
    if (r.answered + r.abandoned > r.offered) add('answered-abandoned-exceed-offered', `${r.answered} answered + ${r.abandoned} abandoned is more than the ${r.offered} offered.`);
    if (r.loggedInSeconds > 0 && r.talkSeconds + r.acwSeconds > r.loggedInSeconds * 1.0001) {
      add('handle-exceeds-logged-in', `talk + after-call work (${Math.round(r.talkSeconds + r.acwSeconds)} s) is more than the agents' logged-in time (${Math.round(r.loggedInSeconds)} s).`);
    }
    if (r.answered === 0 && r.talkSeconds > 0) add('talk-without-answers', `talk time of ${Math.round(r.talkSeconds)} s with no answered call.`);
  }
  return out;
}
