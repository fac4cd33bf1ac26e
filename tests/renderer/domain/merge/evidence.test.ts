import { describe, expect, it } from 'vitest';
import { selectAnswers } from '../../../../renderer/domain/answers';
import { auditTimeFlags, mergeBundles } from '../../../../renderer/domain/merge';
import type { CountData, Photo, Resolution, VisitBundle } from '../../../../renderer/domain/model';
import { at, audit, bundle, countAnswer, DMYTRO, edited, IRINA, OLENA, photo, resolution, SHA } from './fixtures';

/** A genuine capture: one photo and the audit entry written when it was taken. */
function genuine(): VisitBundle {
  return bundle({
    photos: [photo('p-hall', OLENA, 11, SHA(1))],
    audit: [audit('e-created', OLENA, 0, 'visit-created'), audit('e-photo', OLENA, 11, 'photo-added', { photoId: 'p-hall', sha256: SHA(1) })],
  });
}

/** What a forger sends: the same id with other bytes (hash, size), their name and caption, and a later updatedAt. */
function forged(over: Partial<Photo> = {}): VisitBundle {
  const g = genuine();
  return { ...g, photos: [{ ...g.photos[0], sha256: SHA(666), size: 1234, author: 'Forger', device: 'dev-forger', caption: 'forged', updatedAt: at(300), ...over }] };
}

describe('mergeBundles: photo originals are immutable per id', () => {
  it('keeps the genuine original in both orders and names the conflict, never an update', () => {
    for (const [local, incoming] of [[genuine(), forged()], [forged(), genuine()]]) {
      const r = mergeBundles(local, incoming);
      const p = r.bundle.photos[0];
      expect(p.sha256).toBe(SHA(1));
      expect(p.size).toBe(1000);
      expect(p.author).toBe(OLENA.author);
      expect(p.caption).toBe('Операционный зал, 2-й этаж');
      expect(r.evidence).toHaveLength(1);
      expect(r.evidence[0]).toMatchObject({ kind: 'photo-conflict', table: 'photos', id: 'p-hall' });
      expect(r.evidence[0].message).toMatch(/^Two different photos claim id p-hall, from device dev-olena \(.+\) and device dev-forger \(Forger\)/);
    }
    const r = mergeBundles(genuine(), forged());
    expect(r.updated.photos).toBe(0);
    expect(r.changes).toEqual([]);
  });

  it('keeps the one the capture audit attests even when the forger keeps the author and the capture time', () => {
    const sneaky = forged({ author: OLENA.author, device: OLENA.device, sha256: SHA(0) }); // SHA(0) sorts before SHA(1)
    for (const [local, incoming] of [[genuine(), sneaky], [sneaky, genuine()]]) {
      expect(mergeBundles(local, incoming).bundle.photos[0].sha256).toBe(SHA(1));
    }
  });

  it('says "collision between the two packages" when the times are equal and only the bytes differ', () => {
    const g = genuine();
    const twin = { ...g, photos: [{ ...g.photos[0], sha256: SHA(7), size: 999 }] };
    const r = mergeBundles(g, twin);
    expect(r.evidence).toHaveLength(1);
    expect(r.evidence[0].kind).toBe('photo-collision');
    expect(r.evidence[0].message).toMatch(/collision between the two packages/);
    expect(r.evidence[0].message).not.toMatch(/no longer matches/);
  });

  it('still merges captions and soft deletion of the same original', () => {
    const g = genuine();
    const captioned = { ...g, photos: [{ ...g.photos[0], caption: 'Зал, вид от входа', updatedAt: at(40) }] };
    const deleted = { ...g, photos: [{ ...g.photos[0], deleted: { at: at(30), by: DMYTRO.author, reason: 'размыто' }, updatedAt: at(30) }] };
    const r = mergeBundles(captioned, deleted);
    expect(r.evidence).toEqual([]);
    expect(r.bundle.photos[0]).toMatchObject({ caption: 'Зал, вид от входа', deleted: { by: DMYTRO.author } });
  });
});

describe('mergeBundles: audit entries are append-only by id', () => {
  it('names a rewritten entry as tampering and does not take the rewrite', () => {
    const g = genuine();
    const rewritten = { ...g, audit: [g.audit[0], { ...g.audit[1], author: 'Forger', at: at(500), details: { photoId: 'p-hall', sha256: SHA(666) } }] };
    for (const [local, incoming] of [[g, rewritten], [rewritten, g]]) {
      const r = mergeBundles(local, incoming);
      expect(r.evidence).toHaveLength(1);
      expect(r.evidence[0]).toMatchObject({ kind: 'audit-tampered', table: 'audit', id: 'e-photo' });
      expect(r.evidence[0].message).toMatch(/Audit entry e-photo \(photo-added\) was rewritten/);
      expect(r.bundle.audit.find((e) => e.id === 'e-photo')?.author).toBe(OLENA.author);
    }
    expect(mergeBundles(g, rewritten).updated.audit).toBe(0);
  });

  it('flags entries dated before SiteProof existed or after the package was made', () => {
    const entries = [
      { ...audit('e-1970', OLENA, 0, 'visit-edited'), at: '1970-01-01T00:00:00.000Z' },
      { ...audit('e-2999', OLENA, 0, 'visit-edited'), at: '2999-01-01T00:00:00.000Z' },
      { ...audit('e-ok', OLENA, 0, 'visit-edited'), at: '2026-06-17T09:00:00.000Z' },
    ];
    const flags = auditTimeFlags(entries, '2026-06-17T18:00:00.000Z');
    expect(flags.map((f) => [f.id, f.why])).toEqual([['e-1970', 'before-app'], ['e-2999', 'after-package']]);
    expect(flags[0].message).toMatch(/before SiteProof existed/);
    expect(flags[1].message).toMatch(/after the package was made/);
  });
});

describe('a resolution settles exactly the revisions it saw (issue 9, defect 1)', () => {
  // Olena enters 65, Dmytro 58; on Olena's laptop the review keeps Dmytro's 58.
  const olena65 = () => countAnswer('a-o', OLENA, 10, 'q14', 'count', 65);
  const dmytro58 = () => countAnswer('a-d', DMYTRO, 12, 'q14', 'count', 58);
  const keep58 = (): Resolution => ({ ...resolution('r-1', OLENA, 20, 'q14', 'count', 'a-d'), settles: [{ answerId: 'a-d', rev: 1 }, { answerId: 'a-o', rev: 1 }] });
  const total = (b: VisitBundle) => (selectAnswers(b).byStep.get('q14/count')?.data as CountData).zones[0].count;

  it('the chosen value counts until someone edits', () => {
    const b = bundle({ answers: [olena65(), dmytro58()], resolutions: [keep58()] });
    expect(total(b)).toBe(58);
    expect(selectAnswers(b).conflicts).toEqual([]);
  });

  it('a later edit wins locally and, merged in either order, on the other laptop too, without a conflict', () => {
    const olenaLaptop = bundle({ answers: [edited(olena65(), OLENA, 30, 60), dmytro58()], resolutions: [keep58()] });
    expect(total(olenaLaptop)).toBe(60);
    expect(selectAnswers(olenaLaptop).conflicts).toEqual([]);
    const dmytroLaptop = bundle({ answers: [olena65(), dmytro58()] });
    for (const m of [mergeBundles(olenaLaptop, dmytroLaptop), mergeBundles(dmytroLaptop, olenaLaptop)]) {
      expect(total(m.bundle)).toBe(60);
      expect(m.conflicts).toEqual([]);
    }
  });

  it('later edits that disagree are a new conflict, whichever order the packages are merged in', () => {
    const olenaLaptop = bundle({ answers: [edited(olena65(), OLENA, 30, 60), dmytro58()], resolutions: [keep58()] });
    const dmytroLaptop = bundle({ answers: [olena65(), edited(dmytro58(), DMYTRO, 35, 62)] });
    for (const m of [mergeBundles(olenaLaptop, dmytroLaptop), mergeBundles(dmytroLaptop, olenaLaptop)]) {
      expect(m.conflicts).toHaveLength(1);
      expect(m.conflicts[0].answers.map((a) => (a.data as CountData).zones[0].count)).toEqual([60, 62]);
      expect(total(m.bundle)).toBe(62); // the newest is shown until it is resolved again
    }
  });

  it('an answer the resolution never saw, older than it, is weighed against the chosen one', () => {
    const irina = countAnswer('a-i', IRINA, 15, 'q14', 'count', 70);
    const m = mergeBundles(bundle({ answers: [olena65(), dmytro58()], resolutions: [keep58()] }), bundle({ answers: [irina] }));
    expect(m.conflicts).toHaveLength(1);
    expect(m.conflicts[0].answers.map((a) => a.id).sort()).toEqual(['a-d', 'a-i']);
  });

  it('a resolution made before revisions were recorded settles what was saved up to its time', () => {
    const { settles: _s, ...old } = keep58();
    expect(total(bundle({ answers: [olena65(), dmytro58()], resolutions: [old] }))).toBe(58);
    expect(total(bundle({ answers: [edited(olena65(), OLENA, 30, 60), dmytro58()], resolutions: [old] }))).toBe(60);
  });
});
