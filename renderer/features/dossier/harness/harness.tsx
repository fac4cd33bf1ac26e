import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../i18n';
import { setLang } from '../../../i18n';
import { db } from '../../../db/db';
import { sha256Hex } from '../../../db/photos';
import type { Answer, Photo, Visit } from '../../../domain/model';
import type { Category, Lang } from '../../../domain/template/schema';
import { templates } from '../../../db/shipped-templates';
import { setPlatform } from '../../../platform';
import '../../../app/app.css';
import { ComparisonButton, DossierButton } from '../index';

/**
 * Test-only page: seeds IndexedDB with three visits (two comparable, one aiming at another category), photos
 * with report copies (one whose original does not match its hash, one without a report copy), and records
 * what the dossier dialogs save instead of downloading it.
 */
declare global {
  interface Window { __saved: { name: string; base64: string; size: number }[] }
}
window.__saved = [];

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

setPlatform({
  kind: 'web',
  getVersion: async () => 'harness',
  freeDiskSpace: async () => null,
  async saveFile(name, data) {
    window.__saved.push({ name, size: data.length, base64: toBase64(data) });
    return true;
  },
  // The dossier harness saves PDFs only; packages are never streamed from it.
  openSaveStream: async () => null,
  sync: null,
});

async function jpeg(width: number, height: number, hue: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = `hsl(${hue} 45% 55%)`;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#333';
  for (let i = 0; i < 8; i++) ctx.fillRect((i * 97) % width, (i * 53) % height, 60, 30);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
}

const stamp = { author: 'Олена Ковальчук', device: 'harness', createdAt: '2025-03-12T08:00:00.000Z', updatedAt: '2025-03-12T08:00:00.000Z' };

async function seed(): Promise<void> {
  const template = templates[0];
  const visit = (id: string, vendor: string, target: Category): Visit => ({
    ...stamp, id, templateId: template.id, templateVersion: template.version, vendor, site: 'Київ, вул. Ярославська, 12',
    dateFrom: '2025-03-12', evaluators: ['Олена Ковальчук'], targetCategory: target, projectSeats: 40, claimedCategory: 'A', archived: false,
  });
  await db.visits.bulkPut([visit('v1', 'ТОВ «Контакт-Сервіс Київ» № 2', 'B'), visit('v2', 'ООО «Бета-Колл»', 'B'), visit('v3', 'Gamma Ltd', 'A')]);
  const first = template.sections[0].questions[0];
  const count = first.steps.find((s) => s.kind === 'count')!;
  const answer: Answer = {
    ...stamp, id: 'a1', visitId: 'v1', questionId: first.id, stepId: count.id, kind: 'count',
    data: { zones: [{ id: 'z1', name: 'Зал 1', count: 120 }] }, note: 'Частина місць без гарнітур', rev: 1, history: [],
  };
  await db.answers.put(answer);
  const specs = [
    { id: 'p1', hue: 20, intact: true, report: true },
    { id: 'p2', hue: 200, intact: false, report: true },
    { id: 'p3', hue: 120, intact: true, report: false },
  ];
  for (const s of specs) {
    const bytes = await jpeg(640, 480, s.hue);
    const photo: Photo = {
      ...stamp, id: s.id, visitId: 'v1', questionId: first.id, stepId: count.id,
      sha256: s.intact ? await sha256Hex(bytes) : '0'.repeat(64), mime: 'image/jpeg', size: bytes.length, width: 640, height: 480,
      source: 'camera', orientation: 1, caption: `Зал 1, ґанок і їдальня: фото ${s.id}`, derivatives: s.report ? 'ready' : 'failed',
    };
    await db.photos.put(photo);
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' });
    await db.blobs.put({ key: `${s.id}/original`, photoId: s.id, variant: 'original', blob, width: 640, height: 480 });
    if (s.report) await db.blobs.put({ key: `${s.id}/report`, photoId: s.id, variant: 'report', blob, width: 640, height: 480 });
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  await setLang((params.get('lang') ?? 'en') as Lang);
  await seed();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <main style={{ padding: 24, display: 'flex', gap: 12 }}>
        <DossierButton visitId="v1" />
        <ComparisonButton />
      </main>
    </StrictMode>,
  );
  document.documentElement.dataset.ready = 'true';
}

void main();
