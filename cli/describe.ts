import { formatInstantIso } from '../renderer/domain/time';
import { nOf } from './common';
import type { Answer, CallTestData, ClaimMatchData, CountData, DocumentData, Frequency, InterviewData, OutcomeData, ReportCheckData, StaffingData, TimerData, ValueData } from '../renderer/domain/model';

/** One line of plain English per captured answer, for conflict listings in a terminal. */

const freq = (f: Frequency) => `${nOf(f.count, 'time', 'times')} per ${f.period}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function describeAnswer(a: Answer): string {
  const note = a.note.trim() ? ` — note: “${a.note.trim()}”` : '';
  return `${describeData(a)}${note}`;
}

function describeData(a: Answer): string {
  switch (a.kind) {
    case 'count': {
      const { zones } = a.data as CountData;
      const total = zones.reduce((n, z) => n + z.count, 0);
      return zones.length > 1 ? `${total} in total (${zones.map((z) => `${z.name}: ${z.count}`).join(', ')})` : `${total}`;
    }
    case 'interview': {
      const { responses } = a.data as InterviewData;
      return responses.map((r) => {
        const value = r.number !== undefined ? String(r.number) : r.frequency ? freq(r.frequency) : r.match ?? 'not judged';
        return `${r.respondent}: ${value}`;
      }).join('; ') || 'no responses';
    }
    case 'observe':
    case 'demo':
      return (a.data as OutcomeData).outcome ?? 'not decided';
    case 'document': {
      const d = a.data as DocumentData;
      const fields = Object.entries(d.fields).map(([k, v]) => `${k} ${v}`).join(', ');
      return `${d.outcome ?? 'not decided'}${fields ? ` (${fields})` : ''}`;
    }
    case 'timer': {
      const { trials } = a.data as TimerData;
      return trials.length ? `trials ${trials.map((t) => seconds(t.ms)).join(', ')}` : 'no trials';
    }
    case 'call-test': {
      const c = a.data as CallTestData;
      return `called ${c.number ?? '?'}${c.calledAt ? ` at ${c.calledAt.slice(11, 16)} UTC` : ''}, recording ${c.recording}`;
    }
    case 'value': {
      const v = a.data as ValueData;
      if (v.number !== undefined) return String(v.number);
      if (v.frequency) return freq(v.frequency);
      if (v.yesNo !== undefined) return v.yesNo ? 'yes' : 'no';
      return v.text ?? 'empty';
    }
    case 'staffing': {
      const d = a.data as StaffingData;
      const offer = d.offered !== undefined ? `, offer ${d.offered} ${d.result.offered?.verdict ?? ''}` : '';
      return `${nOf(d.calls, 'call', 'calls')} / ${d.intervalMinutes} min, AHT ${d.ahtSeconds} s, ${d.targetPercent}/${d.targetSeconds} → ${nOf(d.result.agents, 'agent', 'agents')}${offer}`;
    }
    case 'report-check': {
      const d = a.data as ReportCheckData;
      return `report ${JSON.stringify(d.title.slice(0, 80))}: ${nOf(d.rows.length, 'row', 'rows')}, ${nOf(d.result.flags, 'flag', 'flags')}`;
    }
    case 'claim-match': {
      const { match } = a.data as ClaimMatchData;
      return match ? `seen against the claim: ${match === 'yes' ? 'matches' : match === 'partly' ? 'partly matches' : 'does not match'}` : 'claim not compared yet';
    }
  }
}

/** "2025-11-12 12:41 (Europe/Kyiv)": in the visit's zone, never the machine's, and named. */
export const when = (isoTime: string, timeZone: string) => `${formatInstantIso(isoTime, timeZone)} (${timeZone})`;
