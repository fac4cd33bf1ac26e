import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ClosingFinding, ClosingResponse, ClosingSignoff, SignatureImage, SignatureMark, VisitBundle } from '../model';
import { LANGS } from '../template/schema';
import { z } from '../zod';
import { hashFindings } from './hash';

/**
 * The sign-off record: its schema (what a package may bring), how one is made from what was on the screen, and
 * the checks that its frozen findings and signature images still match their hashes.
 */

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected a UTC time like 2025-06-17T09:30:00.000Z');
const recordId = z.string().min(1).max(200);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');
const text = z.string().max(100_000);
const name = z.string().max(200);

/** A drawn signature's PNG, base64: a canvas of a few hundred pixels is tens of KB; 2 MB is far beyond any. */
export const MAX_SIGNATURE_BASE64 = 2_000_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const signatureImage = z.looseObject({
  pngBase64: z.string().min(1).max(MAX_SIGNATURE_BASE64).regex(BASE64, 'expected base64'),
  sha256: hex64,
  width: z.number().int().positive().max(10_000),
  height: z.number().int().positive().max(10_000),
});
const signatureMark = z.discriminatedUnion('method', [
  z.looseObject({ method: z.literal('drawn'), image: signatureImage }),
  z.looseObject({ method: z.literal('typed'), typedName: name.min(1) }),
]);

export const closingFindingRecord = z.looseObject({
  key: z.string().min(1).max(500),
  kind: z.enum(['discrepancy', 'not-met', 'recording-owed', 'document-owed']),
  questionId: recordId,
  stepId: recordId.optional(),
  number: z.number().int().nonnegative().max(1e6),
  title: text,
  text,
});

export const signoffRecord = z.looseObject({
  id: recordId,
  visitId: recordId,
  author: name,
  device: z.string().min(1).max(200),
  createdAt: instant,
  updatedAt: instant,
  lang: z.enum(LANGS),
  representative: z.looseObject({ name, role: name }),
  evaluator: z.looseObject({ name, signature: signatureMark }),
  vendor: z.discriminatedUnion('status', [
    z.looseObject({ status: z.literal('signed'), signature: signatureMark }),
    z.looseObject({ status: z.literal('refused'), reason: text }),
  ]),
  findings: z.array(closingFindingRecord).max(10_000),
  findingsHash: hex64,
  responses: z.array(z.looseObject({
    key: z.string().min(1).max(500),
    answer: z.enum(['accept', 'dispute']),
    comment: text,
    photoId: recordId.optional(),
  })).max(10_000),
  signedAt: instant,
});

// Compile-time proof that what the schema accepts is what the model describes.
export const asSignoff = (s: z.output<typeof signoffRecord>): ClosingSignoff => s;

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const isPng = (bytes: Uint8Array): boolean => PNG_MAGIC.every((b, i) => bytes[i] === b);

/** A drawn signature as stored: the PNG's bytes (base64) with their SHA-256. */
export function signatureImageOf(png: Uint8Array, width: number, height: number): SignatureImage {
  return { pngBase64: bytesToBase64(png), sha256: bytesToHex(sha256(png)), width, height };
}

export type SignoffProblem =
  | 'no-representative' | 'no-evaluator-name' | 'no-evaluator-signature' | 'no-vendor-signature' | 'no-refusal-reason'
  | 'missing-answers' | 'dispute-without-comment' | 'unknown-finding' | 'not-png' | 'empty-typed-name';

export interface SignoffDraft {
  representative: { name: string; role: string };
  evaluator: { name: string; signature: SignatureMark | null };
  vendor: { status: 'signed'; signature: SignatureMark | null } | { status: 'refused'; reason: string };
  responses: ClosingResponse[];
}

function markProblems(mark: SignatureMark | null, missing: SignoffProblem): SignoffProblem[] {
  if (!mark) return [missing];
  if (mark.method === 'typed') return mark.typedName.trim() ? [] : ['empty-typed-name'];
  try {
    return isPng(base64ToBytes(mark.image.pngBase64)) ? [] : ['not-png'];
  } catch {
    return ['not-png'];
  }
}

/**
 * What keeps a draft from being signed. A representative signing answers every finding, and a dispute says why;
 * a refusal to sign needs its reason (its answers, if any were given, are kept as given).
 */
export function draftProblems(draft: SignoffDraft, findings: readonly ClosingFinding[]): SignoffProblem[] {
  const out = new Set<SignoffProblem>();
  if (!draft.representative.name.trim() || !draft.representative.role.trim()) out.add('no-representative');
  if (!draft.evaluator.name.trim()) out.add('no-evaluator-name');
  for (const p of markProblems(draft.evaluator.signature, 'no-evaluator-signature')) out.add(p);
  if (draft.vendor.status === 'signed') for (const p of markProblems(draft.vendor.signature, 'no-vendor-signature')) out.add(p);
  else if (!draft.vendor.reason.trim()) out.add('no-refusal-reason');
  const keys = new Set(findings.map((f) => f.key));
  const answered = new Set(draft.responses.map((r) => r.key));
  if (draft.responses.some((r) => !keys.has(r.key))) out.add('unknown-finding');
  if (draft.vendor.status === 'signed' && findings.some((f) => !answered.has(f.key))) out.add('missing-answers');
  if (draft.responses.some((r) => r.answer === 'dispute' && !r.comment.trim())) out.add('dispute-without-comment');
  return [...out];
}

export interface SignoffMeta { id: string; visitId: string; author: string; device: string; signedAt: string; lang: ClosingSignoff['lang'] }

/** The sign-off record, frozen: the findings as shown and their hash, the answers in the order of the findings. */
export function makeSignoff(draft: SignoffDraft, findings: readonly ClosingFinding[], meta: SignoffMeta): { ok: true; signoff: ClosingSignoff } | { ok: false; problems: SignoffProblem[] } {
  const problems = draftProblems(draft, findings);
  if (problems.length) return { ok: false, problems };
  const order = new Map(findings.map((f, i) => [f.key, i]));
  const responses = [...draft.responses]
    .sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0))
    .map((r) => ({ key: r.key, answer: r.answer, comment: r.comment.trim(), ...(r.photoId ? { photoId: r.photoId } : {}) }));
  const frozen = findings.map((f) => ({ ...f }));
  const typed = (m: SignatureMark): SignatureMark => (m.method === 'typed' ? { method: 'typed', typedName: m.typedName.trim() } : m);
  const signoff: ClosingSignoff = {
    id: meta.id,
    visitId: meta.visitId,
    author: meta.author,
    device: meta.device,
    createdAt: meta.signedAt,
    updatedAt: meta.signedAt,
    lang: meta.lang,
    representative: { name: draft.representative.name.trim(), role: draft.representative.role.trim() },
    evaluator: { name: draft.evaluator.name.trim(), signature: typed(draft.evaluator.signature as SignatureMark) },
    vendor: draft.vendor.status === 'signed'
      ? { status: 'signed', signature: typed(draft.vendor.signature as SignatureMark) }
      : { status: 'refused', reason: draft.vendor.reason.trim() },
    findings: frozen,
    findingsHash: hashFindings(meta.lang, frozen),
    responses,
    signedAt: meta.signedAt,
  };
  return { ok: true, signoff };
}

export interface SignoffCheck {
  /** The frozen findings still give the recorded hash. */
  findingsOk: boolean;
  /** Per drawn signature (evaluator, vendor), whether its PNG still gives its SHA-256. */
  signatures: { side: 'evaluator' | 'vendor'; ok: boolean }[];
  ok: boolean;
}

function imageOk(image: SignatureImage): boolean {
  try {
    return bytesToHex(sha256(base64ToBytes(image.pngBase64))) === image.sha256;
  } catch {
    return false;
  }
}

/** Recomputes the sign-off's hashes: a frozen list or a signature altered after signing shows. */
export function checkSignoff(s: ClosingSignoff): SignoffCheck {
  const findingsOk = hashFindings(s.lang, s.findings) === s.findingsHash;
  const signatures: SignoffCheck['signatures'] = [];
  if (s.evaluator.signature.method === 'drawn') signatures.push({ side: 'evaluator', ok: imageOk(s.evaluator.signature.image) });
  if (s.vendor.status === 'signed' && s.vendor.signature.method === 'drawn') signatures.push({ side: 'vendor', ok: imageOk(s.vendor.signature.image) });
  return { findingsOk, signatures, ok: findingsOk && signatures.every((x) => x.ok) };
}

/** The visit's closing meeting: not held yet, signed once, or two different sign-offs to show side by side. */
export type ClosingState =
  | { status: 'open' }
  | { status: 'signed'; signoff: ClosingSignoff }
  | { status: 'conflict'; signoffs: ClosingSignoff[] };

export function closingState(bundle: Pick<VisitBundle, 'signoffs'>): ClosingState {
  const list = [...(bundle.signoffs ?? [])].sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : a.id < b.id ? -1 : 1));
  if (list.length === 0) return { status: 'open' };
  if (list.length === 1) return { status: 'signed', signoff: list[0] };
  return { status: 'conflict', signoffs: list };
}
