import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditEntry } from '../model';
import { canonicalJson, compareInstants, compareStrings } from '../merge/canonical';

/**
 * The audit log as a hash chain, one per device and visit: each entry holds in `prev` the SHA-256 of the
 * previous entry the same device wrote for the same visit (the first holds GENESIS). Removing, editing or
 * inserting an entry then shows, and says where. Entries are hashed in their canonical JSON (keys sorted), so
 * the hash does not depend on field order. The hash is synchronous: entries are appended inside IndexedDB
 * transactions, which must await nothing but IndexedDB.
 *
 * Entries written before the chain existed have no `prev`: they are "not chained", which is not "broken".
 * What a chain cannot show is the removal of its newest entries; the package's own hashes cover those in transit.
 */

export const GENESIS = '0'.repeat(64);

export const hashEntry = (e: AuditEntry): string => bytesToHex(sha256(utf8ToBytes(canonicalJson(e))));

/**
 * The `prev` for the next entry of `device` in a visit whose entries are `entries`: the hash of the device's
 * newest chained entry (the one no other entry follows), or GENESIS when it has none yet.
 */
export function chainHead(entries: readonly AuditEntry[], device: string): string {
  const mine = entries.filter((e) => e.device === device && typeof e.prev === 'string');
  if (!mine.length) return GENESIS;
  const followed = new Set(mine.map((e) => e.prev as string));
  const heads = mine.filter((e) => !followed.has(hashEntry(e)));
  // A broken chain can have several ends: continue from the newest, so the break stays where it is.
  const newest = (heads.length ? heads : mine).sort((a, b) => compareInstants(a.at, b.at) || compareStrings(a.id, b.id)).at(-1) as AuditEntry;
  return hashEntry(newest);
}

export type ChainBreakKind =
  /** Its `prev` is the hash of no entry of the device: the entry before it was removed or altered. */
  | 'missing-predecessor'
  /** Two entries follow the same one: one of them was inserted, or one was rewritten. */
  | 'fork'
  /** A second first entry. */
  | 'second-start'
  /** An entry without a link, dated after the device's chain began: added outside the app. */
  | 'unlinked';

export interface ChainBreak {
  kind: ChainBreakKind;
  entryId: string;
  at: string;
  action: string;
  /** 1-based position of the entry in the device's log by time. */
  position: number;
  message: string;
}

export interface DeviceChain {
  device: string;
  /** The name on the device's newest entry (devices are named by id; the person is what a reader knows). */
  author: string;
  status: 'intact' | 'broken' | 'not-chained';
  entries: number;
  /** Entries written before the chain existed (no `prev`, dated before the chain's first entry). */
  unchained: number;
  breaks: ChainBreak[];
}

const byTime = (a: AuditEntry, b: AuditEntry) => compareInstants(a.at, b.at) || compareStrings(a.id, b.id);

function verifyDevice(device: string, list: AuditEntry[]): DeviceChain {
  const sorted = [...list].sort(byTime);
  const author = sorted.at(-1)?.author ?? '';
  const chained = sorted.filter((e) => typeof e.prev === 'string');
  if (!chained.length) return { device, author, status: 'not-chained', entries: sorted.length, unchained: sorted.length, breaks: [] };

  const position = new Map(sorted.map((e, i) => [e.id, i + 1]));
  const breaks: ChainBreak[] = [];
  const add = (kind: ChainBreakKind, e: AuditEntry, what: string) => {
    const pos = position.get(e.id) as number;
    breaks.push({ kind, entryId: e.id, at: e.at, action: e.action, position: pos, message: `The audit chain of device ${device} breaks at entry ${e.id} (${e.action}, ${e.at}, no. ${pos} of ${sorted.length}): ${what}.` });
  };
  const hashes = new Set(sorted.map(hashEntry));
  const started = chained[0].at;
  let unchained = 0;
  for (const e of sorted) {
    if (typeof e.prev === 'string') continue;
    if (compareInstants(e.at, started) < 0) unchained++;
    else add('unlinked', e, 'it has no link to the entry before it, although this device had already begun its chain');
  }
  const followers = new Map<string, AuditEntry[]>();
  for (const e of chained) followers.set(e.prev as string, [...(followers.get(e.prev as string) ?? []), e]);
  const starts = followers.get(GENESIS) ?? [];
  for (const e of starts.slice(1)) add('second-start', e, 'it claims to be the first entry of this device, but another one is');
  for (const e of chained) {
    if (e.prev !== GENESIS && !hashes.has(e.prev as string)) add('missing-predecessor', e, 'the entry before it is missing or was altered');
  }
  for (const [prev, list2] of followers) {
    if (prev === GENESIS || list2.length < 2) continue;
    for (const e of list2.slice(1)) add('fork', e, `it follows the same entry as ${list2[0].id}: one of them was inserted or rewritten`);
  }
  breaks.sort((a, b) => a.position - b.position || compareStrings(a.kind, b.kind));
  return { device, author, status: breaks.length ? 'broken' : 'intact', entries: sorted.length, unchained, breaks };
}

/** Checks the chains of one visit's audit log, one report per device (sorted by device id). Pure. */
export function verifyAuditChains(audit: readonly AuditEntry[]): DeviceChain[] {
  const byDevice = new Map<string, AuditEntry[]>();
  for (const e of audit) byDevice.set(e.device, [...(byDevice.get(e.device) ?? []), e]);
  return [...byDevice].sort(([a], [b]) => compareStrings(a, b)).map(([device, list]) => verifyDevice(device, list));
}

/** Links entries made without a chain (demo data, tests) the way the app appends them, in time order per device. */
export function chainEntries(entries: readonly Omit<AuditEntry, 'prev'>[]): AuditEntry[] {
  const heads = new Map<string, string>();
  const out: AuditEntry[] = [];
  for (const e of [...entries].sort((a, b) => compareStrings(a.visitId, b.visitId) || byTime(a as AuditEntry, b as AuditEntry))) {
    const key = `${e.visitId}\u0000${e.device}`;
    const linked: AuditEntry = { ...e, prev: heads.get(key) ?? GENESIS };
    heads.set(key, hashEntry(linked));
    out.push(linked);
  }
  return out;
}
