import type { AuditEntry, Photo } from '../model';
import type { DossierStrings } from './strings';
import type { FindingContext } from './findings';
import { formatDateTime, formatNumber } from './format';

/**
 * The audit appendix says what each entry records in a sentence of the dossier's language: never raw JSON and
 * never an id cut short. Hashes are printed whole (a reader compares them with the evidence index); record ids
 * that mean nothing to a reader (answer ids, revisions) are left out, photos are named by their number for life.
 */
export interface AuditDetailsContext extends Pick<FindingContext, 'lang' | 's' | 't' | 'tz'> {
  photos: ReadonlyMap<string, Photo>;
}

type Details = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const quoted = (v: unknown): string => (str(v).trim() ? `«${str(v).trim()}»` : '—');

const MATCH: Record<string, keyof DossierStrings> = { yes: 'matchYes', partly: 'matchPartly', no: 'matchNo' };
const VERDICT: Record<string, keyof DossierStrings> = { meets: 'verdictMeets', partly: 'verdictPartly', 'not-met': 'verdictNotMet', 'not-verified': 'verdictNotVerified' };

function photoName(d: Details, c: AuditDetailsContext): string {
  const photo = c.photos.get(str(d.photoId));
  const number = num(d.number) ?? photo?.number;
  return c.t('auditDetail.photo', { number: number ?? '—' });
}

function bytes(n: number | undefined, c: AuditDetailsContext): string {
  if (n === undefined) return '—';
  if (n < 1024 * 1024) return c.t('auditDetail.kb', { value: formatNumber(n / 1024, c.lang, 0) });
  return c.t('auditDetail.mb', { value: formatNumber(n / 1024 / 1024, c.lang, 1) });
}

/** Anything the sentences below do not name, in words: "field: value" with nested lists counted, not dumped. */
function plain(d: Details, c: AuditDetailsContext, skip: readonly string[] = []): string {
  return Object.entries(d)
    .filter(([k, v]) => !skip.includes(k) && v !== undefined && v !== null && v !== '')
    .map(([k, v]) => {
      if (Array.isArray(v)) return `${k}: ${c.t('auditDetail.items', { count: v.length })}`;
      if (typeof v === 'object') return `${k}: ${Object.entries(v as Details).map(([kk, vv]) => `${kk} ${typeof vv === 'object' ? '…' : str(vv)}`).join(', ')}`;
      return `${k}: ${str(v)}`;
    })
    .join('; ');
}

export function auditDetailsText(e: AuditEntry, c: AuditDetailsContext): string {
  const d = (e.details ?? {}) as Details;
  const t = c.t;
  switch (e.action) {
    case 'visit-created':
      return t('auditDetail.visitCreated', { vendor: quoted(d.vendor), site: quoted(d.site), template: `${str(d.templateId)} ${str(d.templateVersion)}`.trim() || '—' });
    case 'visit-edited': {
      const changes = (d.changes && typeof d.changes === 'object' ? d.changes : {}) as Record<string, { from?: unknown; to?: unknown } | unknown>;
      const parts = Object.entries(changes).map(([field, ch]) => {
        const { from, to } = (ch && typeof ch === 'object' ? ch : { to: ch }) as { from?: unknown; to?: unknown };
        return t('auditDetail.change', { field, from: quoted(Array.isArray(from) ? from.join(', ') : from), to: quoted(Array.isArray(to) ? to.join(', ') : to) });
      });
      return parts.join('; ') || '—';
    }
    case 'random-pick': {
      const picked = Array.isArray(d.picked) ? d.picked.map(str) : [];
      return t('auditDetail.randomPick', { count: picked.length, pool: num(d.poolSize) ?? '—', picked: picked.join(', ') || '—', inputs: str(d.inputs) || '—' });
    }
    case 'verdict-override':
    case 'not-applicable':
    case 'verdict-cleared': {
      const word = (v: unknown) => (VERDICT[str(v)] ? c.s[VERDICT[str(v)]!] : str(v) || '—');
      const parts = [
        d.verdict !== undefined ? t('auditDetail.verdict', { verdict: word(d.verdict) }) : '',
        d.from !== undefined || d.to !== undefined ? t('auditDetail.change', { field: t('auditDetail.verdictField'), from: word(d.from), to: word(d.to) }) : '',
        str(d.reason) ? t('auditDetail.reason', { reason: str(d.reason) }) : '',
      ].filter(Boolean);
      return parts.join('; ') || plain(d, c, ['decisionId']) || '—';
    }
    case 'photo-added':
      return t('auditDetail.photoAdded', {
        photo: photoName(d, c), source: str(d.source) === 'camera' ? t('auditDetail.fromCamera') : str(d.fileName) || str(d.source) || '—',
        size: bytes(num(d.size), c), sha256: str(d.sha256) || '—',
      });
    case 'photo-deleted':
      return t('auditDetail.photoDeleted', { photo: photoName(d, c), reason: str(d.reason) || '—', sha256: str(d.sha256) || '—' });
    case 'photo-restored':
      return t('auditDetail.photoRestored', { photo: photoName(d, c), sha256: str(d.sha256) || '—' });
    case 'photo-redacted':
      return t('auditDetail.photoRedacted', {
        photo: photoName(d, c), areas: num(d.areas) ?? '—', marks: num(d.annotations) ?? '—',
        original: str(d.originalSha256) || '—', redacted: str(d.redactedSha256) || '—',
      });
    case 'answer-deleted':
      return t('auditDetail.reason', { reason: str(d.reason) || '—' });
    case 'claim-edited':
      return t('auditDetail.change', { field: str(d.field) || t('auditDetail.claim'), from: quoted(d.from), to: quoted(d.to) });
    case 'claim-judged': {
      const match = MATCH[str(d.match)];
      return t('auditDetail.claimJudged', { claim: quoted(d.claim), match: match ? c.s[match] : '—' });
    }
    case 'conflict-resolved':
      return t('auditDetail.conflictResolved', { author: str(d.chosenAuthor) || '—', count: Array.isArray(d.setAside) ? d.setAside.length : 0, reason: str(d.reason) || '—' });
    case 'package-imported': {
      const from = (d.from && typeof d.from === 'object' ? d.from : {}) as Details;
      const refused = Array.isArray(d.refusedPhotos) ? d.refusedPhotos.length : 0;
      const added = (d.added && typeof d.added === 'object' ? Object.values(d.added as Details) : []).reduce<number>((n, v) => n + (num(v) ?? 0), 0);
      const updated = (d.updated && typeof d.updated === 'object' ? Object.values(d.updated as Details) : []).reduce<number>((n, v) => n + (num(v) ?? 0), 0);
      return [
        t('auditDetail.packageImported', { author: str(from.author) || '—', device: str(from.device) || '—', at: formatDateTime(str(d.packageCreatedAt) || undefined, c.lang, c.tz), added, updated }),
        num(d.openConflicts) ? t('auditDetail.openConflicts', { count: num(d.openConflicts)! }) : '',
        refused ? t('auditDetail.refusedPhotos', { count: refused }) : '',
      ].filter(Boolean).join('; ');
    }
    case 'timer-trial-resumed':
      return t('auditDetail.trialResumed', { at: formatDateTime(str(d.trialAt) || undefined, c.lang, c.tz), seconds: formatNumber((num(d.ms) ?? 0) / 1000, c.lang, 1), author: str(d.startedBy) || '—' });
    case 'timer-trial-discarded':
      return t('auditDetail.trialDiscarded', { at: formatDateTime(str(d.startedAt) || undefined, c.lang, c.tz), seconds: formatNumber((num(d.elapsedMs) ?? 0) / 1000, c.lang, 1), author: str(d.startedBy) || '—', reason: str(d.reason) || '—' });
    case 'staffing-checked':
      return [
        t('auditDetail.staffing', { agents: num(d.agents) ?? '—', scheduled: num(d.scheduled) ?? '—' }),
        num(d.offered) !== undefined ? t('auditDetail.staffingOffer', { offered: num(d.offered)!, verdict: str(d.verdict) || '—' }) : '',
      ].filter(Boolean).join('; ');
    case 'report-checked':
      return t('auditDetail.report', { title: quoted(d.title), rows: num(d.rows) ?? 0, flags: Array.isArray(d.flags) ? d.flags.length : 0 })
        + (str(d.fileSha256) ? `; SHA-256 ${str(d.fileSha256)}` : '');
    default:
      return plain(d, c);
  }
}
