import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncEntry } from '../../../../electron/ipc/contract';
import { db } from '../../../../renderer/db/db';
import { exportVisit, importPackage } from '../../../../renderer/db/packages';
import type { VisitBundle } from '../../../../renderer/domain/model';
import { othersOf, ownPackageName, syncVisit, type SyncFolderApi } from '../../../../renderer/features/packages/sync';
import { bundle, countAnswer, DMYTRO, OLENA, visit, VISIT_ID } from '../../domain/merge/fixtures';

const olena = { author: OLENA.author, device: OLENA.device };
const dmytro = { author: DMYTRO.author, device: DMYTRO.device };
const FOLDER = '/shared/siteproof';

/** A shared folder in memory, with the platform's calls. */
function memoryFolder(initial: Record<string, Uint8Array> = {}) {
  const files = new Map(Object.entries(initial));
  const api: SyncFolderApi = {
    chooseFolder: async () => FOLDER,
    list: async (folder) => {
      if (folder !== FOLDER) throw new Error(`no folder ${folder}`);
      return [...files].map(([name, data]): SyncEntry => ({ name, size: data.length, modifiedMs: 0 }));
    },
    read: async (_folder, name) => {
      const data = files.get(name);
      if (!data) throw new Error(`no file ${name}`);
      return data;
    },
    write: async (_folder, name, data) => { files.set(name, data); },
  };
  return { files, api };
}

async function store(b: VisitBundle): Promise<void> {
  await db.visits.put(b.visit);
  await db.answers.bulkPut(b.answers);
}

async function freshDb(): Promise<void> {
  await db.delete();
  await db.open();
}

beforeEach(freshDb);

describe('othersOf', () => {
  it('picks the other machines’ packages of this visit and nothing else', () => {
    const names = [ownPackageName('v1', 'me'), 'v1.you.siteproof', 'V1.THEM.SITEPROOF', 'v2.you.siteproof', 'v1-notes.siteproof', 'v1.you.pdf'];
    expect(othersOf(names, 'v1', 'me')).toEqual(['v1.you.siteproof', 'V1.THEM.SITEPROOF']);
  });
});

describe('syncVisit', () => {
  it('merges every other package of the visit, reports a broken one without stopping, then writes this machine’s package', async () => {
    // Dmytro's machine: the same visit, a different count on the same step.
    await store(bundle({ visit: visit(OLENA), answers: [countAnswer('a-dmytro', DMYTRO, 12, 'q01', 's1', 176)] }));
    const theirs = await exportVisit(VISIT_ID, { who: dmytro });
    await freshDb();
    await store({ ...bundle({ visit: { ...visit(DMYTRO), id: 'other-visit' } }) });
    const otherVisit = await exportVisit('other-visit', { who: dmytro });

    await freshDb();
    await store(bundle({ visit: visit(OLENA), answers: [countAnswer('a-olena', OLENA, 10, 'q01', 's1', 184)] }));
    const folder = memoryFolder({
      [`${VISIT_ID}.${DMYTRO.device}.siteproof`]: theirs.bytes,
      [`${VISIT_ID}.broken.siteproof`]: theirs.bytes.subarray(0, 200),
      [`${VISIT_ID}.misnamed.siteproof`]: otherVisit.bytes,
      'other-visit.dev-dmytro.siteproof': otherVisit.bytes,
    });

    const report = await syncVisit(VISIT_ID, FOLDER, { sync: folder.api, who: olena });
    expect(report.files.map((f) => [f.name, f.status])).toEqual([
      [`${VISIT_ID}.${DMYTRO.device}.siteproof`, 'imported'],
      [`${VISIT_ID}.broken.siteproof`, 'failed'],
      [`${VISIT_ID}.misnamed.siteproof`, 'failed'],
    ]);
    const failed = report.files.filter((f) => f.status === 'failed');
    expect(failed.map((f) => f.status === 'failed' && f.problems[0].code)).toEqual(['truncated', 'other-visit']);
    expect(report.openConflicts).toBe(1);
    expect(await db.visits.get('other-visit')).toBeUndefined();
    expect((await db.answers.toArray()).map((a) => a.id).sort()).toEqual(['a-dmytro', 'a-olena']);

    const ownName = ownPackageName(VISIT_ID, OLENA.device);
    expect(report.own).toEqual({ status: 'done', name: ownName });
    expect(report.dossier).toEqual({ status: 'unavailable' });
    // This machine's file already carries what it just merged: the folder settles in one round.
    await freshDb();
    const check = await importPackage(folder.files.get(ownName)!, { who: dmytro });
    expect(check.ok && check.summary.visits[0].added.answers).toBe(2);
  });

  it('a second round with nothing new imports nothing and rewrites the same content', async () => {
    await store(bundle({ visit: visit(OLENA), answers: [countAnswer('a-olena', OLENA, 10, 'q01', 's1', 184)] }));
    const folder = memoryFolder();
    const first = await syncVisit(VISIT_ID, FOLDER, { sync: folder.api, who: olena });
    expect(first.files).toEqual([]);
    const second = await syncVisit(VISIT_ID, FOLDER, { sync: folder.api, who: olena });
    expect(second.files).toEqual([]);
    expect([...folder.files.keys()]).toEqual([ownPackageName(VISIT_ID, OLENA.device)]);
  });

  it('writes the dossier when given a writer, and reports its failure without losing the rest', async () => {
    await store(bundle({ visit: visit(OLENA) }));
    const folder = memoryFolder();
    const done = await syncVisit(VISIT_ID, FOLDER, { sync: folder.api, who: olena, writeDossier: async (id) => `${id}.pdf` });
    expect(done.dossier).toEqual({ status: 'done', name: `${VISIT_ID}.pdf` });
    const failed = await syncVisit(VISIT_ID, FOLDER, { sync: folder.api, who: olena, writeDossier: async () => { throw new Error('disk full'); } });
    expect(failed.dossier).toEqual({ status: 'failed', message: 'disk full' });
    expect(failed.own.status).toBe('done');
  });

  it('throws when the folder cannot be listed at all', async () => {
    await store(bundle({ visit: visit(OLENA) }));
    await expect(syncVisit(VISIT_ID, '/elsewhere', { sync: memoryFolder().api, who: olena })).rejects.toThrow(/no folder/);
  });
});
