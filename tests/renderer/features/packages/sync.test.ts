import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncEntry } from '../../../../electron/ipc/contract';
import { db } from '../../../../renderer/db/db';
import { exportVisit, importPackage } from '../../../../renderer/db/packages';
import type { VisitBundle } from '../../../../renderer/domain/model';
import { othersOf, ownPackageName, syncVisit, type SyncFolderApi } from '../../../../renderer/features/packages/sync';
import { syncDossierName, syncDossierWriter } from '../../../../renderer/features/packages/sync-dossier';
import { renderDossier, type PhotoBytes } from '../../../../renderer/pdf/dossier';
import { readDejaVuFonts } from '../../../../renderer/pdf/node-fonts';
import type { PdfJob } from '../../../../renderer/pdf/client';
import { dossierFileName, isPackageFileName } from '../../../../electron/ipc/handlers/validation';
import { bundle, countAnswer, DMYTRO, OLENA, visit, VISIT_ID } from '../../domain/merge/fixtures';

const olena = { author: OLENA.author, device: OLENA.device };
const dmytro = { author: DMYTRO.author, device: DMYTRO.device };
const FOLDER = '/shared/siteproof';

/** A shared folder in memory, with the platform's calls. */
function memoryFolder(initial: Record<string, Uint8Array> = {}) {
  const files = new Map(Object.entries(initial));
  const api: SyncFolderApi = {
    chooseFolder: async () => FOLDER,
    listFolders: async () => [FOLDER],
    revokeFolder: async () => undefined,
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
    writeDossier: async (_folder, name, data) => {
      if (!name.endsWith('.pdf')) throw new Error(`not a pdf name: ${name}`);
      files.set(name, data);
    },
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

/** What the worker does, run in Node: the real renderer with the bundled fonts. */
async function renderInNode(job: Extract<PdfJob, { kind: 'dossier' }>): Promise<Uint8Array> {
  const photos = new Map<string, PhotoBytes>(job.photos.map((p) => [p.id, { jpeg: new Uint8Array(p.jpeg), width: p.width, height: p.height }]));
  return renderDossier(job.model, photos, { fonts: readDejaVuFonts() });
}

describe('the dossier in the sync folder', () => {
  it('a sync writes the merged visit’s dossier PDF, in the UI language, beside the packages', async () => {
    await store(bundle({ visit: visit(OLENA), answers: [countAnswer('a-olena', OLENA, 10, 'q01', 's1', 184)] }));
    const folder = memoryFolder();
    const jobs: Extract<PdfJob, { kind: 'dossier' }>[] = [];
    const writeDossier = syncDossierWriter(folder.api, 'uk', {
      prepare: (await import('../../../../renderer/features/dossier/prepare')).prepareDossier,
      render: (job) => {
        jobs.push(job);
        return renderInNode(job);
      },
      getVisit: async (id) => db.visits.get(id),
    });
    const report = await syncVisit(VISIT_ID, FOLDER, { sync: folder.api, who: olena, writeDossier });

    const name = syncDossierName(VISIT_ID, visit(OLENA));
    expect(report.dossier).toEqual({ status: 'done', name });
    expect(name).toBe('ТОВ «Контакт-Сервіс Плюс»-Київ, вул. Кирилівська, 41-2025-06-17-a3f1c2d4.pdf');
    expect([...folder.files.keys()].sort()).toEqual([name, ownPackageName(VISIT_ID, OLENA.device)].sort());
    const pdf = folder.files.get(name)!;
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(jobs).toHaveLength(1);
    expect(jobs[0].model.lang).toBe('uk');
    expect(jobs[0].model.options).toEqual({ includePhotos: true, showNotApplicable: false });
    expect(jobs[0].model.cover.vendor).toBe('ТОВ «Контакт-Сервіс Плюс»');
    // The package list of the next round ignores the PDF.
    expect(othersOf([...folder.files.keys()], VISIT_ID, 'dev-dmytro')).toEqual([ownPackageName(VISIT_ID, OLENA.device)]);
  }, 60_000);

  it('a dossier that cannot be built is reported and the package is still written', async () => {
    const folder = memoryFolder();
    await store(bundle({ visit: visit(OLENA, { templateVersion: '9.9.9' }) }));
    const writeDossier = syncDossierWriter(folder.api, 'en', {
      prepare: (await import('../../../../renderer/features/dossier/prepare')).prepareDossier,
      render: renderInNode,
      getVisit: async (id) => db.visits.get(id),
    });
    const report = await syncVisit(VISIT_ID, FOLDER, { sync: folder.api, who: olena, writeDossier });
    expect(report.dossier).toMatchObject({ status: 'failed', message: 'noTemplate' });
    expect(report.own.status).toBe('done');
    expect([...folder.files.keys()]).toEqual([ownPackageName(VISIT_ID, OLENA.device)]);
  });
});

describe('syncDossierName', () => {
  it.each([
    ['a plain visit', { vendor: 'Acme', site: 'Lviv', dateFrom: '2026-11-20' }, 'Acme-Lviv-2026-11-20-a3f1c2d4.pdf'],
    ['separators and Windows-forbidden characters', { vendor: 'A/B\\C: "D" <E>|?*', site: '..', dateFrom: '2026-11-20' }, 'A B C D E-2026-11-20-a3f1c2d4.pdf'],
    ['a hidden-looking vendor', { vendor: '.hidden', site: '', dateFrom: '2026-11-20' }, 'hidden-2026-11-20-a3f1c2d4.pdf'],
    ['control characters', { vendor: 'A\nB\u0000C', site: 'S', dateFrom: '' }, 'A B C-S-a3f1c2d4.pdf'],
    ['no visit record', undefined, 'a3f1c2d4.pdf'],
    ['an empty visit', { vendor: ' ', site: '', dateFrom: '' }, 'a3f1c2d4.pdf'],
  ])('%s', (_label, v, expected) => {
    expect(syncDossierName(VISIT_ID, v)).toBe(expected);
  });

  it('always makes a name the main process accepts, even for very long Cyrillic names', () => {
    const long = { vendor: 'Товариство з обмеженою відповідальністю '.repeat(10), site: 'Київ '.repeat(30), dateFrom: '2026-11-20' };
    const samples = [long, { vendor: 'con', site: '', dateFrom: '' }, { vendor: 'nul.', site: ' .', dateFrom: '' }, { vendor: 'Com1.Ltd', site: '', dateFrom: '' }, { vendor: 'Aux', site: '', dateFrom: '' }, undefined];
    for (const v of samples) {
      const name = syncDossierName(VISIT_ID, v);
      expect(dossierFileName.safeParse(name).success, name).toBe(true);
      expect(isPackageFileName(name)).toBe(false);
    }
    expect(new TextEncoder().encode(syncDossierName(VISIT_ID, long)).length).toBeLessThanOrEqual(200);
  });
});
