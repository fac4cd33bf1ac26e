import type { z } from 'zod';
import type { PhotoVariant } from '../model';
import type { Manifest } from './manifest';
import { extensionFor, PHOTO_PATH_PATTERN } from './paths';
import { toolResultProblem } from '../tools/verify';
import { checkSignoff } from '../closing/signoff';
import { currentRedaction } from '../photo/redaction';
import { problem, type Problem } from './problems';

/** Size and SHA-256 of each file actually in the package, by path. */
export type PresentFiles = Map<string, { size: number; sha256: string }>;

/** Zod issues as "where: what", naming records by their id so the message points at something findable. */
export function describeIssues(error: z.ZodError, raw: unknown): Problem[] {
  return error.issues.map((issue) => {
    let cursor: unknown = raw;
    let where = '';
    for (const key of issue.path) {
      if (typeof key === 'number') {
        const item = Array.isArray(cursor) ? cursor[key] : undefined;
        const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
        where += id ? `[${key} id=${id}]` : `[${key}]`;
        cursor = item;
      } else {
        where += where ? `.${String(key)}` : String(key);
        cursor = cursor && typeof cursor === 'object' ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
      }
    }
    where ||= '(top level)';
    return problem('manifest-invalid', `The manifest is invalid at ${where}: ${issue.message}.`, { where, issue: issue.message });
  });
}

const TABLES = ['claims', 'answers', 'decisions', 'resolutions', 'photos', 'audit'] as const;

/**
 * Everything that must hold between the manifest and the files beside it, and among the records themselves.
 * The writer runs the same checks, so SiteProof never writes a package it would refuse to read.
 */
export function crossCheck(manifest: Manifest, present: PresentFiles): Problem[] {
  const problems: Problem[] = [];
  if (manifest.kind === 'visit' && manifest.visits.length !== 1) {
    problems.push(problem('visit-count', `A visit package holds exactly one visit; this one holds ${manifest.visits.length}.`, { count: manifest.visits.length }));
  }
  const visitIds = new Set<string>();
  const photos = new Map<string, { sha256: string }>();
  /** photoId → SHA-256 of the redacted copy its current redaction names. */
  const redactedCopies = new Map<string, string>();
  for (const entry of manifest.visits) {
    const visitId = entry.visit.id;
    if (visitIds.has(visitId)) problems.push(problem('duplicate-visit', `Visit ${visitId} appears twice in the package.`, { visitId }));
    visitIds.add(visitId);
    if (entry.templateId !== entry.visit.templateId || entry.templateVersion !== entry.visit.templateVersion) {
      problems.push(problem('template-mismatch', `Visit ${visitId} names template ${entry.visit.templateId} ${entry.visit.templateVersion}, but the package lists ${entry.templateId} ${entry.templateVersion}.`, { visitId }));
    }
    for (const table of [...TABLES, 'signoffs', 'redactions'] as const) {
      const ids = new Set<string>();
      for (const record of entry[table] ?? []) {
        if (ids.has(record.id) || (table === 'photos' && photos.has(record.id))) {
          problems.push(problem('duplicate-record', `Record ${record.id} appears twice among the ${table} of visit ${visitId}.`, { table, id: record.id, visitId }));
        }
        ids.add(record.id);
        if (record.visitId !== visitId) {
          problems.push(problem('record-wrong-visit', `Record ${record.id} (${table}) belongs to visit ${record.visitId}, which is not the visit it is packed with (${visitId}).`, { table, id: record.id, visitId, recordVisitId: record.visitId }));
        }
      }
    }
    for (const s of entry.signoffs ?? []) {
      if (!checkSignoff(s).ok) {
        problems.push(problem('signoff-hash-mismatch', `The closing meeting sign-off ${s.id} of visit ${visitId} does not match its own hashes: the findings as shown or a signature image were altered after signing.`, { id: s.id, visitId }));
      }
    }
    for (const p of entry.photos) photos.set(p.id, p);
    const own = new Map(entry.photos.map((p) => [p.id, p]));
    for (const r of entry.redactions ?? []) {
      const photo = own.get(r.photoId);
      if (!photo || photo.sha256 !== r.originalSha256) {
        problems.push(problem('redaction-mismatch', `The redaction ${r.id} of visit ${visitId} names photo ${r.photoId} with an original this package does not hold.`, { id: r.id, photoId: r.photoId, visitId }));
      }
    }
    for (const p of entry.photos) {
      const current = currentRedaction(entry.redactions ?? [], p.id);
      if (current) redactedCopies.set(p.id, current.redacted.sha256);
    }
    for (const a of entry.answers) {
      for (const r of [a, ...a.history]) {
        const why = toolResultProblem({ kind: a.kind, data: r.data });
        if (why) {
          const which = r === a ? `answer ${a.id}` : `revision ${r.rev} of answer ${a.id}`;
          problems.push(problem('tool-result-mismatch', `The ${a.kind} check in ${which} does not hold: ${why}.`, { id: a.id, kind: a.kind, rev: r.rev }));
        }
      }
    }
  }

  const listedPaths = new Set<string>();
  const variants = new Set<string>();
  const originals = new Set<string>();
  const slot = (photoId: string, variant: PhotoVariant) => `${photoId}/${variant}`;
  for (const f of manifest.files) {
    listedPaths.add(f.path);
    const m = PHOTO_PATH_PATTERN.exec(f.path);
    if (!m || m[1] !== f.sha256 || m[2] !== extensionFor(f.mime)) {
      problems.push(problem('file-path-mismatch', `"${f.path}" should be named photos/${f.sha256}.${extensionFor(f.mime)} after its content.`, { path: f.path }));
    }
    const photo = photos.get(f.photoId);
    if (!photo) problems.push(problem('file-unknown-photo', `"${f.path}" is listed for photo ${f.photoId}, which is not in the package.`, { path: f.path, photoId: f.photoId }));
    if (variants.has(slot(f.photoId, f.variant))) {
      problems.push(problem('file-duplicate', `Photo ${f.photoId} has more than one ${f.variant} file listed.`, { photoId: f.photoId, variant: f.variant }));
    }
    variants.add(slot(f.photoId, f.variant));
    if (f.variant === 'original') originals.add(f.photoId);
    const actual = present.get(f.path);
    if (!actual) {
      problems.push(problem('file-missing', `"${f.path}" (the ${f.variant} of photo ${f.photoId}) is listed but not in the package.`, { path: f.path, photoId: f.photoId, variant: f.variant }));
      continue;
    }
    if (actual.size !== f.size) {
      problems.push(problem('file-size-mismatch', `"${f.path}" has ${actual.size} bytes; the manifest says ${f.size}.`, { path: f.path, size: actual.size, expected: f.size }));
    } else if (actual.sha256 !== f.sha256) {
      problems.push(problem('file-hash-mismatch', `"${f.path}" does not match its SHA-256: the file was altered or damaged after the package was made.`, { path: f.path, photoId: f.photoId, variant: f.variant }));
    }
    if (f.variant === 'redacted' && redactedCopies.get(f.photoId) !== f.sha256) {
      problems.push(problem('redaction-mismatch', `"${f.path}" is listed as the redacted copy of photo ${f.photoId}, but it is not the copy its current redaction names.`, { path: f.path, photoId: f.photoId }));
    }
    if (f.variant === 'original' && photo && photo.sha256 !== f.sha256) {
      problems.push(problem('original-hash-mismatch', `The original of photo ${f.photoId} is not the photo that was captured: its SHA-256 differs from the one recorded at capture.`, { path: f.path, photoId: f.photoId }));
    }
  }
  for (const miss of manifest.missing) {
    if (!photos.has(miss.photoId)) problems.push(problem('file-unknown-photo', `A missing ${miss.variant} is declared for photo ${miss.photoId}, which is not in the package.`, { photoId: miss.photoId }));
    if (variants.has(slot(miss.photoId, miss.variant))) {
      problems.push(problem('file-duplicate', `The ${miss.variant} of photo ${miss.photoId} is both listed and declared missing.`, { photoId: miss.photoId, variant: miss.variant }));
    }
    variants.add(slot(miss.photoId, miss.variant));
    if (miss.variant === 'original') originals.add(miss.photoId);
  }
  for (const id of photos.keys()) {
    if (!originals.has(id)) problems.push(problem('photo-original-missing', `Photo ${id} has no original in the package and none is declared missing.`, { photoId: id }));
  }
  for (const path of present.keys()) {
    if (!listedPaths.has(path)) problems.push(problem('file-unlisted', `"${path}" is in the package but not in its manifest.`, { path }));
  }
  return problems;
}
