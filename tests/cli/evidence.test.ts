import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from '../../renderer/domain/package';
import { AUDIT_1970, AUDIT_2999, collidePhoto, forgePhoto, impossibleAuditTimes, rewriteAudit, rewrittenAuditId } from '../renderer/domain/package/hostile-evidence';
import { siteproof } from './run';

/** Issue 15 §1–2 and the last bullet of §3: crafted packages that try to rewrite evidence, through verify and merge. */

const SLOW = 120_000;
let dir: string;
const at = (name: string) => join(dir, name);
let genuine: Uint8Array;

async function originalOf(path: string, photoId: string) {
  const r = await readPackage(new Uint8Array(readFileSync(path)));
  if (!r.ok) throw new Error(r.problems[0].message);
  const photo = r.manifest.visits[0].photos.find((p) => p.id === photoId)!;
  const file = r.manifest.files.find((f) => f.photoId === photoId && f.variant === 'original')!;
  return { photo, file };
}

async function forgedPhotoId(): Promise<string> {
  const r = await readPackage(genuine);
  if (!r.ok) throw new Error('unsound');
  const g = r.manifest.visits[0].photos;
  const f = await readPackage(new Uint8Array(readFileSync(at('forged.siteproof'))));
  if (!f.ok) throw new Error('unsound');
  return f.manifest.visits[0].photos.find((p) => g.find((q) => q.id === p.id)!.sha256 !== p.sha256)!.id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'siteproof-evidence-'));
  const r = siteproof(['demo', '--photos', '2', '--resolution', '320x240', '--seed', '3', '--out', at('genuine.siteproof')]);
  if (r.code !== 0) throw new Error(`demo failed: ${r.err}`);
  genuine = new Uint8Array(readFileSync(at('genuine.siteproof')));
  writeFileSync(at('forged.siteproof'), await forgePhoto(genuine));
  writeFileSync(at('collision.siteproof'), await collidePhoto(genuine));
  writeFileSync(at('audit-rewritten.siteproof'), await rewriteAudit(genuine));
  writeFileSync(at('audit-times.siteproof'), await impossibleAuditTimes(genuine));
}, SLOW);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a package that replaces a photo under its id (§1)', () => {
  it('passes alone (it is consistent), but verify with the genuine package names the two photos and devices', async () => {
    expect(siteproof(['verify', at('forged.siteproof')]).code).toBe(0);
    const id = await forgedPhotoId();
    const r = siteproof(['verify', at('genuine.siteproof'), at('forged.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`\\[photo-conflict\\] .*Two different photos claim id ${id}, from device \\S+ \\(.*\\) and device dev-forger \\(Forger\\)`));
    const j = JSON.parse(siteproof(['verify', '--json', at('genuine.siteproof'), at('forged.siteproof')]).out) as { conflicts: { kind: string; id: string }[] }[];
    expect(j[0].conflicts).toMatchObject([{ kind: 'photo-conflict', id }]);
  }, SLOW);

  it('merge, in both orders, names the conflict, never "updated", and the merged package keeps the genuine original', async () => {
    const id = await forgedPhotoId();
    const { photo: real, file: realFile } = await originalOf(at('genuine.siteproof'), id);
    for (const [name, order] of [['m1', ['genuine', 'forged']], ['m2', ['forged', 'genuine']]] as const) {
      const r = siteproof(['merge', ...order.map((o) => at(`${o}.siteproof`)), '--out', at(`${name}.siteproof`)]);
      expect(r.code, r.err).toBe(1);
      expect(r.out).toMatch(/EVIDENCE CONFLICTS: 1/);
      expect(r.out).toMatch(new RegExp(`Two different photos claim id ${id}`));
      expect(r.out).not.toMatch(/updated[^\n]* \d+ photos/);
      expect(r.out).toMatch(/updated nothing/);
      const { photo, file } = await originalOf(at(`${name}.siteproof`), id);
      expect(photo).toMatchObject({ sha256: real.sha256, size: real.size, author: real.author, device: real.device, caption: real.caption });
      expect(file.sha256).toBe(realFile.sha256);
    }
    expect(siteproof(['verify', at('m1.siteproof'), at('genuine.siteproof')]).code).toBe(0);
  }, SLOW);

  it('same id, different bytes, equal timestamps: merge says it is a collision between the two packages', () => {
    const r = siteproof(['merge', at('genuine.siteproof'), at('collision.siteproof'), '--out', at('c.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/\[photo-collision\] .*collision between the two packages/);
    expect(`${r.out}${r.err}`).not.toMatch(/no longer matches/);
  }, SLOW);
});

describe('a package that rewrites the audit log (§2)', () => {
  it('verify and merge refuse the rewritten entry as tampering, naming it; merge writes nothing', async () => {
    const id = await rewrittenAuditId(genuine);
    // Alone, the rewrite now also breaks the device's audit hash chain (issue 10 §3).
    const alone = siteproof(['verify', at('audit-rewritten.siteproof')]);
    expect(alone.code).toBe(1);
    expect(alone.out).toMatch(/BROKEN AUDIT CHAIN/);
    const v = siteproof(['verify', at('genuine.siteproof'), at('audit-rewritten.siteproof')]);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(new RegExp(`\\[audit-tampered\\] .*Audit entry ${id} \\(\\S+\\) was rewritten`));
    for (const order of [['genuine', 'audit-rewritten'], ['audit-rewritten', 'genuine']]) {
      const m = siteproof(['merge', ...order.map((o) => at(`${o}.siteproof`)), '--out', at('tampered.siteproof')]);
      expect(m.code).toBe(1);
      expect(m.err).toMatch(new RegExp(`Audit entry ${id} .*tampering`));
      expect(existsSync(at('tampered.siteproof'))).toBe(false);
    }
  }, SLOW);

  it('verify flags entries dated in 1970 and in 2999', () => {
    const r = siteproof(['verify', at('audit-times.siteproof')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FLAGGED/);
    expect(r.out).toMatch(new RegExp(`Audit entry ${AUDIT_1970} .*1970-01-01.*before SiteProof existed`));
    expect(r.out).toMatch(new RegExp(`Audit entry ${AUDIT_2999} .*2999-12-31.*after the package was made`));
    expect(siteproof(['verify', at('genuine.siteproof')]).out).toMatch(/: SOUND/);
  }, SLOW);
});
