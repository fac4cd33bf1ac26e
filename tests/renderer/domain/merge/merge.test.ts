import { describe, expect, it } from 'vitest';
import { canonicalBundle, mergeAll, mergeBundles, MergeError } from '../../../../renderer/domain/merge';
import type { Answer, Photo, VisitBundle } from '../../../../renderer/domain/model';
import {
  at, audit, bundle, claim, countAnswer, decision, DMYTRO, edited, IRINA, observeAnswer, OLENA, photo, resolution, SHA, visit, type Who,
} from './fixtures';

const merged = (a: VisitBundle, b: VisitBundle) => mergeBundles(a, b).bundle;

/** What both evaluators started from: Olena's capture, handed to Dmytro before they split up. */
function base(): VisitBundle {
  return bundle({
    claims: [claim('c-seats', OLENA, 1, 'q01-seats', '250')],
    answers: [countAnswer('a-seats-o', OLENA, 10, 'q01-seats', 'count-seats', 184)],
    photos: [photo('p-hall', OLENA, 11, SHA(1))],
    audit: [audit('e-created', OLENA, 0, 'visit-created')],
  });
}

function olenaSide(): VisitBundle {
  const b = base();
  return {
    ...b,
    answers: [edited(b.answers[0], OLENA, 30, 186, 'пересчитала 2-й этаж'), observeAnswer('a-kb-o', OLENA, 40, 'q09-kb', 'observe-kb', 'seen')],
    photos: [...b.photos, photo('p-kb', OLENA, 41, SHA(2), { questionId: 'q09-kb', stepId: 'observe-kb' })],
    decisions: [decision('d-1', OLENA, 50, 'q01-seats')],
    audit: [...b.audit, audit('e-photo-kb', OLENA, 41, 'photo-added', { photoId: 'p-kb' })],
  };
}

function dmytroSide(): VisitBundle {
  const b = base();
  return {
    ...b,
    visit: { ...b.visit, projectSeats: 45, updatedAt: at(20), author: DMYTRO.author, device: DMYTRO.device },
    claims: [{ ...b.claims[0], value: '260', updatedAt: at(25), author: DMYTRO.author, device: DMYTRO.device }],
    answers: [edited(b.answers[0], DMYTRO, 35, 190), observeAnswer('a-kb-d', DMYTRO, 42, 'q09-kb', 'observe-kb', 'not-seen')],
    // Editing a photo (caption, deletion) never changes who captured it: the app keeps author and device.
    photos: [{ ...b.photos[0], deleted: { at: at(36), by: DMYTRO.author, reason: 'размыто' }, updatedAt: at(36) }],
    audit: [...b.audit, audit('e-photo-del', DMYTRO, 36, 'photo-deleted', { photoId: 'p-hall' })],
  };
}

function irinaSide(): VisitBundle {
  const b = base();
  return {
    ...b,
    answers: [edited(b.answers[0], IRINA, 35, 188), countAnswer('a-seats-i', IRINA, 12, 'q01-seats', 'count-seats', 184)],
    photos: [{ ...b.photos[0], caption: 'Зал 2-го этажа, вид от входа', updatedAt: at(60) }, photo('p-irina', IRINA, 61, SHA(3))],
    resolutions: [resolution('r-1', IRINA, 70, 'q09-kb', 'observe-kb', 'a-kb-o')],
    audit: [...b.audit, audit('e-resolved', IRINA, 70, 'conflict-resolved', { questionId: 'q09-kb' })],
  };
}

describe('mergeBundles: algebra', () => {
  it('merging a bundle with itself gives it back and reports no change', () => {
    const a = canonicalBundle(olenaSide());
    const r = mergeBundles(a, a);
    expect(r.bundle).toEqual(a);
    expect(r.changes).toEqual([]);
    expect(Object.values(r.added).every((n) => n === 0)).toBe(true);
  });

  it('importing the same package twice changes nothing the second time', () => {
    const first = merged(olenaSide(), dmytroSide());
    const second = mergeBundles(first, dmytroSide());
    expect(second.bundle).toEqual(first);
    expect(second.changes).toEqual([]);
  });

  it('does not depend on which side is local (two evaluators)', () => {
    expect(merged(olenaSide(), dmytroSide())).toEqual(merged(dmytroSide(), olenaSide()));
  });

  it('does not depend on order or grouping (three evaluators)', () => {
    const [o, d, i] = [olenaSide(), dmytroSide(), irinaSide()];
    const reference = merged(merged(o, d), i);
    expect(merged(o, merged(d, i))).toEqual(reference);
    expect(merged(merged(i, o), d)).toEqual(reference);
    expect(merged(merged(d, i), o)).toEqual(reference);
    expect(mergeAll([i, d, o])).toEqual(reference);
  });

  it('holds on randomly diverged replicas', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = rng(seed);
      const [a, b, c] = [diverge(base(), OLENA, rnd), diverge(base(), DMYTRO, rnd), diverge(base(), IRINA, rnd)];
      const ab = merged(a, b);
      expect(ab, `seed ${seed}: commutative`).toEqual(merged(b, a));
      expect(merged(ab, c), `seed ${seed}: associative`).toEqual(merged(a, merged(b, c)));
      expect(merged(ab, ab), `seed ${seed}: idempotent`).toEqual(ab);
      expect(mergeBundles(ab, b).changes, `seed ${seed}: re-import`).toEqual([]);
      expect(ab.answers.length).toBeGreaterThanOrEqual(Math.max(a.answers.length, b.answers.length));
    }
  });
});

describe('mergeBundles: what is kept', () => {
  it('keeps the higher revision and puts the other side’s edit into history, once', () => {
    const r = mergeBundles(olenaSide(), dmytroSide());
    const a = r.bundle.answers.find((x) => x.id === 'a-seats-o') as Answer<'count'>;
    // Both edited rev 1 → rev 2; Dmytro's edit is later, so it stands.
    expect(a.rev).toBe(2);
    expect(a.data.zones[0].count).toBe(190);
    expect(a.author).toBe(DMYTRO.author);
    expect(a.history.map((h) => [h.rev, h.device])).toEqual([[1, OLENA.device], [2, OLENA.device]]);
    expect(a.history[1].note).toBe('пересчитала 2-й этаж');
    expect(r.updated.answers).toBe(1);
    expect(r.changes).toContainEqual({ table: 'answers', id: 'a-seats-o', change: 'updated', fields: ['author', 'data', 'device', 'history', 'note', 'updatedAt'] });
  });

  it('prefers a higher revision over a later edit, and breaks a full tie by device id', () => {
    const a0 = countAnswer('x', OLENA, 10, 'q01-seats', 'count-seats', 100);
    const twice = edited(edited(a0, OLENA, 20, 101), OLENA, 21, 102); // rev 3, early
    const onceLater = edited(a0, DMYTRO, 50, 150); // rev 2, late
    const m = merged(bundle({ answers: [twice] }), bundle({ answers: [onceLater] })).answers[0] as Answer<'count'>;
    expect(m.rev).toBe(3);
    expect(m.data.zones[0].count).toBe(102);
    expect(m.history.map((h) => h.rev)).toEqual([1, 2, 2]);

    const sameTimeO = edited(a0, OLENA, 30, 120);
    const sameTimeD = edited(a0, DMYTRO, 30, 130);
    const tie = merged(bundle({ answers: [sameTimeO] }), bundle({ answers: [sameTimeD] })).answers[0];
    expect(tie.device).toBe('dev-olena'); // 'dev-olena' > 'dev-dmytro'
    expect(tie.history.map((h) => h.device)).toEqual(['dev-olena', 'dev-dmytro']);
  });

  it('keeps a photo deleted on one side deleted, with its record, while taking later edits from the other', () => {
    const r = mergeBundles(irinaSide(), dmytroSide());
    const p = r.bundle.photos.find((x) => x.id === 'p-hall') as Photo;
    expect(p.deleted).toEqual({ at: at(36), by: DMYTRO.author, reason: 'размыто' });
    expect(p.caption).toBe('Зал 2-го этажа, вид от входа'); // Irina's caption edit is the later write
    // Merging with a side that never saw the deletion cannot undo it.
    expect(merged(r.bundle, base()).photos.find((x) => x.id === 'p-hall')?.deleted).toBeDefined();
  });

  it('only ever adds photos', () => {
    const onlyOlena = bundle({ photos: [photo('p1', OLENA, 1, SHA(1))] });
    const onlyDmytro = bundle({ photos: [photo('p2', DMYTRO, 2, SHA(2))] });
    const r = mergeBundles(onlyOlena, onlyDmytro);
    expect(r.bundle.photos.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(r.added.photos).toBe(1);
    expect(merged(r.bundle, bundle()).photos).toHaveLength(2);
  });

  it('takes derivatives in their best state', () => {
    const pending = photo('p1', OLENA, 1, SHA(1), { derivatives: 'pending' });
    const ready = { ...pending, derivatives: 'ready' as const };
    expect(merged(bundle({ photos: [pending] }), bundle({ photos: [ready] })).photos[0].derivatives).toBe('ready');
  });

  it('unions decisions, resolutions and audit entries by id, and takes the last write of claims and the visit header', () => {
    const r = mergeBundles(olenaSide(), dmytroSide());
    expect(r.bundle.decisions.map((d) => d.id)).toEqual(['d-1']);
    expect(r.bundle.audit.map((e) => e.id)).toEqual(['e-created', 'e-photo-del', 'e-photo-kb']);
    expect(r.bundle.claims).toHaveLength(1);
    expect(r.bundle.claims[0].value).toBe('260');
    expect(r.bundle.visit.projectSeats).toBe(45);
    expect(r.added).toMatchObject({ audit: 1, answers: 1, decisions: 0 });
    expect(r.updated).toMatchObject({ visit: 1, claims: 1, photos: 1 });
  });

  it('treats a visit this device does not have yet as all added', () => {
    const r = mergeBundles(null, olenaSide());
    expect(r.bundle).toEqual(canonicalBundle(olenaSide()));
    expect(r.added).toEqual({ visit: 1, claims: 1, answers: 2, decisions: 1, resolutions: 0, photos: 2, audit: 2, signoffs: 0, redactions: 0 });
    expect(r.changes.every((c) => c.change === 'added')).toBe(true);
    expect(r.changes).toHaveLength(9);
  });

  it('refuses to merge two different visits', () => {
    const other = bundle({ visit: visit(OLENA, { id: 'another-visit' }) });
    expect(() => mergeBundles(bundle(), other)).toThrow(MergeError);
    expect(() => mergeBundles(bundle(), other)).toThrow(/different visits/);
  });
});

describe('mergeBundles: cleared answers', () => {
  const cleared = (a: Answer, who: Who, minute: number): Answer => ({ ...a, deleted: { at: at(minute), by: who.author, device: who.device } });
  const seats = () => countAnswer('a-seats', OLENA, 10, 'q01-seats', 'count-seats', 184);

  it('keeps an answer cleared on one side cleared, whichever side is local', () => {
    const stale = bundle({ answers: [seats()] });
    const clearedSide = bundle({ answers: [cleared(seats(), OLENA, 20)] });
    for (const [local, incoming] of [[stale, clearedSide], [clearedSide, stale]]) {
      const r = mergeBundles(local, incoming);
      expect(r.bundle.answers).toHaveLength(1);
      expect(r.bundle.answers[0].deleted).toEqual({ at: at(20), by: OLENA.author, device: OLENA.device });
      expect(r.bundle.answers[0].data).toEqual(seats().data);
    }
    expect(mergeBundles(stale, clearedSide).changes).toEqual([{ table: 'answers', id: 'a-seats', change: 'updated', fields: ['deleted'] }]);
  });

  it('does not bring a cleared answer back when a package made before the clearing is imported again', () => {
    const before = bundle({ answers: [seats()] });
    const local = canonicalBundle(bundle({ answers: [cleared(seats(), OLENA, 20)] }));
    const r = mergeBundles(local, before);
    expect(r.bundle).toEqual(local);
    expect(r.changes).toEqual([]);
    expect(mergeBundles(null, before).bundle.answers[0].deleted).toBeUndefined();
  });

  it('keeps the mark even when the other side holds a later revision, and keeps that revision', () => {
    const a = seats();
    const later = edited(a, OLENA, 30, 190);
    const m = merged(bundle({ answers: [cleared(a, DMYTRO, 25)] }), bundle({ answers: [later] })).answers[0] as Answer<'count'>;
    expect(m.deleted).toEqual({ at: at(25), by: DMYTRO.author, device: DMYTRO.device });
    expect(m.rev).toBe(2);
    expect(m.data.zones[0].count).toBe(190);
    expect(m).toEqual(merged(bundle({ answers: [later] }), bundle({ answers: [cleared(a, DMYTRO, 25)] })).answers[0]);
  });

  it('keeps the earlier of two marks, whatever the order', () => {
    const byOlena = bundle({ answers: [cleared(seats(), OLENA, 40)] });
    const byDmytro = bundle({ answers: [cleared(seats(), DMYTRO, 35)] });
    expect(merged(byOlena, byDmytro).answers[0].deleted?.by).toBe(DMYTRO.author);
    expect(merged(byOlena, byDmytro)).toEqual(merged(byDmytro, byOlena));
  });

  it('no longer lists a conflict for a cleared answer', () => {
    const o = countAnswer('a-o', OLENA, 10, 'q01-seats', 'count-seats', 184);
    const d = countAnswer('a-d', DMYTRO, 11, 'q01-seats', 'count-seats', 190);
    expect(mergeBundles(bundle({ answers: [o] }), bundle({ answers: [d] })).conflicts).toHaveLength(1);
    expect(mergeBundles(bundle({ answers: [o] }), bundle({ answers: [cleared(d, DMYTRO, 12)] })).conflicts).toEqual([]);
  });
});

describe('mergeBundles: conflicts', () => {
  it('lists a step where two evaluators’ answers differ, with both answers', () => {
    const r = mergeBundles(olenaSide(), dmytroSide());
    const kb = r.conflicts.find((c) => c.questionId === 'q09-kb');
    expect(kb?.stepId).toBe('observe-kb');
    expect(kb?.answers.map((a) => [a.author, a.data])).toEqual([
      [OLENA.author, { outcome: 'seen' }],
      [DMYTRO.author, { outcome: 'not-seen' }],
    ]);
  });

  it('does not list steps where the answers agree', () => {
    const same1 = countAnswer('s1', OLENA, 5, 'q02', 'count', 12);
    const same2 = countAnswer('s2', DMYTRO, 6, 'q02', 'count', 12);
    expect(mergeBundles(bundle({ answers: [same1] }), bundle({ answers: [same2] })).conflicts).toEqual([]);
  });

  it('closes a conflict once a resolution for the step arrives', () => {
    const withoutResolution = merged(olenaSide(), dmytroSide());
    expect(mergeBundles(withoutResolution, withoutResolution).conflicts.map((c) => c.questionId)).toContain('q09-kb');
    const r = mergeBundles(withoutResolution, irinaSide());
    expect(r.conflicts.map((c) => c.questionId)).not.toContain('q09-kb');
    expect(r.added.resolutions).toBe(1);
  });

  it('reports conflicts in a stable order whatever the merge order', () => {
    const key = (r: ReturnType<typeof mergeBundles>) => r.conflicts.map((c) => `${c.questionId}/${c.stepId}:${c.answers.map((a) => a.id).join(',')}`);
    expect(key(mergeBundles(irinaSide(), olenaSide()))).toEqual(key(mergeBundles(olenaSide(), irinaSide())));
  });
});

// ---- random divergence for the property test ----

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Applies a random series of what an evaluator does during a visit, at coarse times so that ties happen. */
function diverge(b: VisitBundle, who: Who, rnd: () => number): VisitBundle {
  const out: VisitBundle = structuredClone(b);
  const minute = () => 20 + Math.floor(rnd() * 6) * 5;
  let n = 0;
  const id = (prefix: string) => `${prefix}-${who.device}-${n++}`;
  const steps = Math.floor(rnd() * 8) + 2;
  for (let i = 0; i < steps; i++) {
    const op = Math.floor(rnd() * 9);
    const t = minute();
    if (op === 0) out.answers.push(countAnswer(id('a'), who, t, `q0${Math.floor(rnd() * 3)}`, 'count', Math.floor(rnd() * 3)));
    else if (op === 1 && out.answers.length) {
      const k = Math.floor(rnd() * out.answers.length);
      if (out.answers[k].kind === 'count') out.answers[k] = edited(out.answers[k], who, t, Math.floor(rnd() * 3));
    } else if (op === 2) out.photos.push(photo(id('p'), who, t, SHA(1000 + n)));
    else if (op === 3 && out.photos.length) {
      const k = Math.floor(rnd() * out.photos.length);
      out.photos[k] = { ...out.photos[k], deleted: { at: at(t), by: who.author, reason: 'дубль' }, updatedAt: at(t) };
    } else if (op === 4 && out.photos.length) {
      const k = Math.floor(rnd() * out.photos.length);
      out.photos[k] = { ...out.photos[k], caption: `подпись ${Math.floor(rnd() * 3)}`, updatedAt: at(t) };
    } else if (op === 5) out.claims = out.claims.map((c) => ({ ...c, value: String(200 + Math.floor(rnd() * 3)), updatedAt: at(t), author: who.author, device: who.device }));
    else if (op === 6) out.decisions.push(decision(id('d'), who, t, 'q01-seats'));
    else if (op === 7 && out.answers.length) {
      const k = Math.floor(rnd() * out.answers.length);
      if (!out.answers[k].deleted) out.answers[k] = { ...out.answers[k], deleted: { at: at(t), by: who.author, device: who.device } };
    }
    else out.visit = { ...out.visit, site: `площадка ${Math.floor(rnd() * 2)}`, updatedAt: at(t), author: who.author, device: who.device };
    out.audit.push(audit(id('e'), who, t, 'visit-edited', { op }));
  }
  return out;
}

describe('mergeBundles: photo numbers', () => {
  it('keeps a photo number for life: an edit on the other side does not renumber it, and two numbers settle on the lower one', () => {
    const mine = photo('p-num', OLENA, 11, SHA(7), { number: 4, caption: '' });
    const theirs = { ...mine, caption: 'Зал 2', updatedAt: at(40), number: 9 };
    const ab = merged(bundle({ photos: [mine] }), bundle({ photos: [theirs] })).photos[0];
    const ba = merged(bundle({ photos: [theirs] }), bundle({ photos: [mine] })).photos[0];
    expect(ab).toMatchObject({ caption: 'Зал 2', number: 4 });
    expect(ba).toEqual(ab);
    const { number: _n, ...unnumbered } = theirs;
    expect(merged(bundle({ photos: [mine] }), bundle({ photos: [unnumbered as typeof mine] })).photos[0].number).toBe(4);
  });
});
