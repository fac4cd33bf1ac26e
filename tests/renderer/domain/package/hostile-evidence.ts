import { createHash } from 'node:crypto';
import { bundlesOf, photoFilesOf, readPackage, writePackage, type Manifest, type PhotoFile } from '../../../../renderer/domain/package';
import type { PhotoVariant } from '../../../../renderer/domain/model';

/**
 * Crafted packages that pass every check of a single package but try to rewrite evidence (issue 15 §1–2):
 * each takes a genuine package and gives back a forged one that is internally consistent (hashes, sizes, file
 * list and names all match), exactly as a forger with the format documentation would make it.
 */

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
export const FORGER = { author: 'Forger', device: 'dev-forger' };

type Edit = (m: Manifest, files: Map<string, PhotoFile>) => void;

async function rewrite(bytes: Uint8Array, edit: Edit): Promise<Uint8Array> {
  const read = await readPackage(bytes);
  if (!read.ok) throw new Error(`not a sound package: ${read.problems.map((p) => p.message).join(' ')}`);
  const m: Manifest = structuredClone(read.manifest);
  const files = new Map<string, PhotoFile>(photoFilesOf(read).map((f) => [`${f.photoId}/${f.variant}`, { bytes: f.bytes, width: f.width, height: f.height, mime: f.mime }]));
  edit(m, files);
  const written = await writePackage(bundlesOf(m), (id: string, v: PhotoVariant) => files.get(`${id}/${v}`), {
    createdBy: m.createdBy, appVersion: m.appVersion, kind: m.kind, createdAt: m.createdAt,
  });
  if (!written.ok) throw new Error(`the forgery could not be written: ${written.problems.map((p) => p.message).join(' ')}`);
  return written.bytes;
}

/** The first photo that travels with its original. */
function firstPhoto(m: Manifest, files: Map<string, PhotoFile>) {
  const photo = m.visits[0].photos.find((p) => files.has(`${p.id}/original`));
  if (!photo) throw new Error('the package has no photo with an original');
  return photo;
}

function replaceOriginal(m: Manifest, files: Map<string, PhotoFile>, trailer: string) {
  const photo = firstPhoto(m, files);
  const original = files.get(`${photo.id}/original`) as PhotoFile;
  const bytes = new Uint8Array([...original.bytes, ...new TextEncoder().encode(trailer)]);
  files.set(`${photo.id}/original`, { ...original, bytes });
  photo.sha256 = sha256(bytes);
  photo.size = bytes.length;
  return photo;
}

/** §1: the same photo id with new bytes (the original plus a trailer), the forger's name and caption, a later updatedAt. */
export const forgePhoto = (genuine: Uint8Array) => rewrite(genuine, (m, files) => {
  const photo = replaceOriginal(m, files, 'FORGED-TRAILER');
  Object.assign(photo, { author: FORGER.author, device: FORGER.device, caption: 'Forged caption', updatedAt: m.createdAt });
});

/** §3 last bullet: same photo id, other bytes, and every time exactly as in the genuine package. */
export const collidePhoto = (genuine: Uint8Array) => rewrite(genuine, (m, files) => {
  replaceOriginal(m, files, 'COLLISION');
});

/** §2: an audit entry copied with its id, its details and author changed and a later time. */
export const rewriteAudit = (genuine: Uint8Array) => rewrite(genuine, (m) => {
  const entries = m.visits[0].audit;
  const entry = entries.find((e) => e.action === 'random-pick') ?? entries[entries.length - 1];
  Object.assign(entry, { author: FORGER.author, device: FORGER.device, at: m.createdAt, details: { ...entry.details, forged: 'inputs rewritten' } });
  return entry.id;
});

/** §2: audit entries dated in 1970 and in 2999, which no SiteProof could have written. */
export const AUDIT_1970 = 'e0000000-0000-4000-8000-000000001970';
export const AUDIT_2999 = 'e0000000-0000-4000-8000-000000002999';
export const impossibleAuditTimes = (genuine: Uint8Array) => rewrite(genuine, (m) => {
  const v = m.visits[0];
  const base = { visitId: v.visit.id, author: FORGER.author, device: FORGER.device, action: 'visit-edited' as const, details: {} };
  v.audit.push({ ...base, id: AUDIT_1970, at: '1970-01-01T00:00:00.000Z' }, { ...base, id: AUDIT_2999, at: '2999-12-31T00:00:00.000Z' });
});

/** The id of the entry rewriteAudit changes, read from the genuine package. */
export async function rewrittenAuditId(genuine: Uint8Array): Promise<string> {
  const read = await readPackage(genuine);
  if (!read.ok) throw new Error('not sound');
  const entries = [...read.manifest.visits[0].audit].sort((a, b) => (a.id < b.id ? -1 : 1));
  return (entries.find((e) => e.action === 'random-pick') ?? entries[entries.length - 1]).id;
}

/** Stage 2 of issue 10 §3: an audit entry edited in place (a chained one, not the device's newest), or every link stripped. */
export const editChainedAudit = (genuine: Uint8Array) => rewrite(genuine, (m) => {
  const entries = m.visits[0].audit;
  const device = entries.find((e) => e.prev)?.device;
  const mine = entries.filter((e) => e.device === device && e.prev).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (mine.length < 3) throw new Error('the package needs a device with three chained entries');
  mine[1].details = { ...mine[1].details, edited: 'afterwards' };
});

export const unchainedAudit = (genuine: Uint8Array) => rewrite(genuine, (m) => {
  for (const e of m.visits[0].audit) delete e.prev;
});

/** Which entry editChainedAudit edits and which one the chain then breaks at (the one after it). */
export async function editedAndNext(genuine: Uint8Array): Promise<{ edited: string; next: string; device: string }> {
  const read = await readPackage(genuine);
  if (!read.ok) throw new Error('not sound');
  const entries = read.manifest.visits[0].audit;
  const device = entries.find((e) => e.prev)?.device as string;
  const mine = entries.filter((e) => e.device === device && e.prev).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { edited: mine[1].id, next: mine[2].id, device };
}
