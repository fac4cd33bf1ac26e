import type { AuditEntry, ClosingSignoff, Photo, PhotoRedaction, VisitBundle } from '../model';
import { canonicalJson, compareInstants, compareStrings } from './canonical';

/**
 * Evidence is immutable by id. A photo's original (bytes, hash, size, type, capture time, who captured it on
 * which device) is fixed at capture for the life of its id, and an audit entry is fixed once written. Two
 * versions of one id that differ there are not an edit to merge: they are a forgery or a collision, and are
 * named as such. Captions, derivatives and soft deletion stay mergeable (see merge.ts).
 */

export type EvidenceConflictKind =
  /** Same photo id, other original; the two records carry different times, so one was made or re-stamped later. */
  | 'photo-conflict'
  /** Same photo id, other original, and the very same times on both sides: two packages collide on one id. */
  | 'photo-collision'
  /** Same audit entry id, other content: an append-only entry was rewritten. */
  | 'audit-tampered'
  /** Same sign-off id, other content: the closing meeting's record, written once, was rewritten. */
  | 'signoff-tampered'
  /** Same redaction id, other content: a redaction record, written once, was rewritten. */
  | 'redaction-tampered';

export interface EvidenceSide { device: string; author: string; at: string; sha256?: string }

export interface EvidenceConflict {
  kind: EvidenceConflictKind;
  table: 'photos' | 'audit' | 'signoffs' | 'redactions';
  id: string;
  /** The version kept (the genuine one where it can be told: see pickPhoto), then the one set aside. */
  kept: EvidenceSide;
  other: EvidenceSide;
  /** The fields that differ. */
  fields: string[];
  message: string;
}

/** What an original is at capture and can never become anything else. */
export const PHOTO_FIXED_FIELDS = ['sha256', 'size', 'mime', 'createdAt', 'author', 'device'] as const;

export const photoFixed = (p: Photo): string => canonicalJson(PHOTO_FIXED_FIELDS.map((k) => p[k]));
export const sameOriginal = (a: Photo, b: Photo): boolean => photoFixed(a) === photoFixed(b);
export const sameEntry = (a: AuditEntry, b: AuditEntry): boolean => canonicalJson(a) === canonicalJson(b);
export const sameSignoff = (a: ClosingSignoff, b: ClosingSignoff): boolean => canonicalJson(a) === canonicalJson(b);
export const sameRedaction = (a: PhotoRedaction, b: PhotoRedaction): boolean => canonicalJson(a) === canonicalJson(b);

/** Of two different contents of one redaction id, the one kept in a merge (earlier, then a fixed order). */
export function pickRedaction(a: PhotoRedaction, b: PhotoRedaction): PhotoRedaction {
  const c = compareInstants(a.at, b.at) || compareStrings(canonicalJson(a), canonicalJson(b));
  return c <= 0 ? a : b;
}

export function redactionConflict(kept: PhotoRedaction, other: PhotoRedaction): EvidenceConflict {
  const side = (r: PhotoRedaction): EvidenceSide => ({ device: r.device, author: r.author, at: r.at, sha256: r.redacted.sha256 });
  const fields = differing(kept, other);
  return {
    kind: 'redaction-tampered', table: 'redactions', id: kept.id, kept: side(kept), other: side(other), fields,
    message: `The redaction ${kept.id} of photo ${kept.photoId} was rewritten: the same id carries other content (${fields.join(', ')} differ). A redaction is never changed once saved: this is tampering.`,
  };
}

/** Of two different contents of one sign-off, the one kept in a merge (signed earlier, then a fixed order). */
export function pickSignoff(a: ClosingSignoff, b: ClosingSignoff): ClosingSignoff {
  const c = compareInstants(a.signedAt, b.signedAt) || compareStrings(canonicalJson(a), canonicalJson(b));
  return c <= 0 ? a : b;
}

/** `photoId → sha256s` that a 'photo-added' audit entry attests: the capture's own record of what was taken. */
export function attestedOriginals(audits: Iterable<AuditEntry>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of audits) {
    if (e.action !== 'photo-added') continue;
    const { photoId, sha256 } = e.details as { photoId?: unknown; sha256?: unknown };
    if (typeof photoId !== 'string' || typeof sha256 !== 'string') continue;
    const set = out.get(photoId) ?? new Set<string>();
    set.add(sha256);
    out.set(photoId, set);
  }
  return out;
}

/**
 * Of two different originals claiming one id, the one to keep: the one the capture's audit entry attests (when
 * exactly one is), then the earlier capture, then a fixed order of the content, so the pick never depends on
 * which side is local. Everything compared is fixed at capture, so a forger cannot win by a later updatedAt.
 */
export function pickOriginal(a: Photo, b: Photo, attested: ReadonlyMap<string, ReadonlySet<string>>): Photo {
  const seen = attested.get(a.id);
  const rank = (p: Photo) => (seen?.has(p.sha256) ? 0 : 1);
  const c = rank(a) - rank(b) || compareInstants(a.createdAt, b.createdAt) || compareStrings(photoFixed(a), photoFixed(b));
  return c <= 0 ? a : b;
}

/** Of two different contents of one audit entry, the one kept in a merge (earlier, then a fixed order). */
export function pickEntry(a: AuditEntry, b: AuditEntry): AuditEntry {
  const c = compareInstants(a.at, b.at) || compareStrings(canonicalJson(a), canonicalJson(b));
  return c <= 0 ? a : b;
}

function differing(a: object, b: object, keys?: readonly string[]): string[] {
  const all = keys ?? [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const get = (o: object, k: string) => canonicalJson((o as Record<string, unknown>)[k]);
  return all.filter((k) => get(a, k) !== get(b, k)).sort();
}

const who = (s: EvidenceSide) => `device ${s.device}${s.author ? ` (${s.author})` : ''}`;

export function photoConflict(kept: Photo, other: Photo): EvidenceConflict {
  const collision = kept.createdAt === other.createdAt && kept.updatedAt === other.updatedAt;
  const side = (p: Photo): EvidenceSide => ({ device: p.device, author: p.author, at: p.createdAt, sha256: p.sha256 });
  const fields = differing(kept, other, PHOTO_FIXED_FIELDS);
  const message = collision
    ? `Photo id ${kept.id} is a collision between the two packages: both carry the same id and the same times but a different original (SHA-256 ${kept.sha256.slice(0, 12)}… and ${other.sha256.slice(0, 12)}…, from ${who(side(kept))} and ${who(side(other))}). The photo with SHA-256 ${kept.sha256.slice(0, 12)}… is kept, the other is refused.`
    : `Two different photos claim id ${kept.id}, from ${who(side(kept))} and ${who(side(other))}: their ${fields.join(', ')} differ. An original never changes after capture, so this is not an update: the photo with SHA-256 ${kept.sha256.slice(0, 12)}… is kept, the other (${other.sha256.slice(0, 12)}…) is refused.`;
  return { kind: collision ? 'photo-collision' : 'photo-conflict', table: 'photos', id: kept.id, kept: side(kept), other: side(other), fields, message };
}

export function auditConflict(kept: AuditEntry, other: AuditEntry): EvidenceConflict {
  const side = (e: AuditEntry): EvidenceSide => ({ device: e.device, author: e.author, at: e.at });
  const fields = differing(kept, other);
  return {
    kind: 'audit-tampered', table: 'audit', id: kept.id, kept: side(kept), other: side(other), fields,
    message: `Audit entry ${kept.id} (${kept.action}) was rewritten: the same id carries other content (${fields.join(', ')} differ; ${who(side(kept))} at ${kept.at}, ${who(side(other))} at ${other.at}). Audit entries are never changed once written: this is tampering.`,
  };
}

export function signoffConflict(kept: ClosingSignoff, other: ClosingSignoff): EvidenceConflict {
  const side = (s: ClosingSignoff): EvidenceSide => ({ device: s.device, author: s.author, at: s.signedAt });
  const fields = differing(kept, other);
  return {
    kind: 'signoff-tampered', table: 'signoffs', id: kept.id, kept: side(kept), other: side(other), fields,
    message: `The closing meeting sign-off ${kept.id} was rewritten: the same id carries other content (${fields.join(', ')} differ; ${who(side(kept))} at ${kept.signedAt}, ${who(side(other))} at ${other.signedAt}). A sign-off is never changed once signed: this is tampering.`,
  };
}

const sortConflicts = (list: EvidenceConflict[]) => list.sort((x, y) => compareStrings(x.table, y.table) || compareStrings(x.id, y.id));

/**
 * Every photo and audit entry that the two sides hold under the same id with different evidence. The `kept`
 * side is what mergeBundles keeps, or with `keep: 'first'` always `a` (an importer keeps what its own database
 * holds: a package can never replace it).
 */
export function evidenceConflicts(
  a: Pick<VisitBundle, 'photos' | 'audit' | 'signoffs' | 'redactions'>, b: Pick<VisitBundle, 'photos' | 'audit' | 'signoffs' | 'redactions'>, options: { keep?: 'merge' | 'first' } = {},
): EvidenceConflict[] {
  const first = options.keep === 'first';
  const out: EvidenceConflict[] = [];
  const attested = attestedOriginals([...a.audit, ...b.audit]);
  const photos = new Map(a.photos.map((p) => [p.id, p]));
  for (const p of b.photos) {
    const q = photos.get(p.id);
    if (!q || sameOriginal(p, q)) continue;
    const kept = first ? q : pickOriginal(q, p, attested);
    out.push(photoConflict(kept, kept === q ? p : q));
  }
  const entries = new Map(a.audit.map((e) => [e.id, e]));
  for (const e of b.audit) {
    const f = entries.get(e.id);
    if (!f || sameEntry(e, f)) continue;
    const kept = first ? f : pickEntry(f, e);
    out.push(auditConflict(kept, kept === f ? e : f));
  }
  const signed = new Map((a.signoffs ?? []).map((s) => [s.id, s]));
  for (const s of b.signoffs ?? []) {
    const t = signed.get(s.id);
    if (!t || sameSignoff(s, t)) continue;
    const kept = first ? t : pickSignoff(t, s);
    out.push(signoffConflict(kept, kept === t ? s : t));
  }
  const redacted = new Map((a.redactions ?? []).map((r) => [r.id, r]));
  for (const r of b.redactions ?? []) {
    const t = redacted.get(r.id);
    if (!t || sameRedaction(r, t)) continue;
    const kept = first ? t : pickRedaction(t, r);
    out.push(redactionConflict(kept, kept === t ? r : t));
  }
  return sortConflicts(out);
}

// --- audit times ----------------------------------------------------------------------------------------------

/** SiteProof did not exist before this: an entry dated earlier was not written by it at that time. */
export const EARLIEST_PLAUSIBLE = '2024-01-01T00:00:00.000Z';
/** Laptops' clocks drift: an entry a little after the package was made is skew, not the future. */
export const CLOCK_SKEW_MS = 60 * 60_000;

export interface AuditTimeFlag {
  id: string;
  visitId: string;
  at: string;
  device: string;
  why: 'before-app' | 'after-package';
  message: string;
}

/** Audit entries dated before SiteProof existed, or after the package that carries them was made. */
export function auditTimeFlags(audit: readonly AuditEntry[], packageCreatedAt: string): AuditTimeFlag[] {
  const limit = Date.parse(packageCreatedAt) + CLOCK_SKEW_MS;
  const out: AuditTimeFlag[] = [];
  for (const e of [...audit].sort((x, y) => compareStrings(x.id, y.id))) {
    const t = Date.parse(e.at);
    if (t < Date.parse(EARLIEST_PLAUSIBLE)) {
      out.push({ id: e.id, visitId: e.visitId, at: e.at, device: e.device, why: 'before-app', message: `Audit entry ${e.id} (${e.action}, device ${e.device}) is dated ${e.at}, before SiteProof existed: its time cannot be true.` });
    } else if (t > limit) {
      out.push({ id: e.id, visitId: e.visitId, at: e.at, device: e.device, why: 'after-package', message: `Audit entry ${e.id} (${e.action}, device ${e.device}) is dated ${e.at}, after the package was made (${packageCreatedAt}): its time cannot be true.` });
    }
  }
  return out;
}
