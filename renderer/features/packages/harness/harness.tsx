import { StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Header } from '../../../app/Header';
import { useRoute, type Route } from '../../../routing/route';
import { db } from '../../../db/db';
import { getIdentity } from '../../../db/identity';
import { addPhoto } from '../../../db/photos';
import { openStorage } from '../../../db/storage';
import { setLang } from '../../../i18n';
import { LANGS, type Lang } from '../../../domain/template/schema';
import { ToastProvider } from '../../../ui/Toast';
import { VisitPage } from '../../visit/VisitPage';
import { NewVisitPage } from '../../visits/VisitFormPage';
import { VisitsPage } from '../../visits/VisitsPage';
import '../../../app/app.css';

/**
 * Test harness: the app's real pages, which place the packages components themselves (BackupPanel on the visits
 * home, PackagesPanel and ConflictReview in the visit page's "Share / merge" tab). Test-only; nothing in the app
 * imports it. `window.packagesHarness` lets tests read storage to check what the UI did.
 */
function page(route: Route): ReactNode {
  switch (route.name) {
    case 'visit-new': return <NewVisitPage />;
    case 'visit': return <VisitPage visitId={route.visitId} />;
    default: return <VisitsPage />;
  }
}

function Harness() {
  const route = useRoute();
  return (
    <ToastProvider>
      <Header route={route} />
      <main id="main" className="app-main">
        <Suspense fallback={null}>{page(route)}</Suspense>
      </main>
    </ToastProvider>
  );
}

const harness = {
  counts: async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const))),
  answers: () => db.answers.toArray(),
  audit: () => db.audit.toArray(),
  resolutions: () => db.resolutions.toArray(),
  photos: () => db.photos.toArray(),
  /** SHA-256 of every stored photo file, by key: what the database really holds. */
  blobShas: async () => {
    const out: Record<string, string> = {};
    for (const row of await db.blobs.toArray()) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer()));
      out[row.key] = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    }
    return out;
  },
  /** Stores `count` distinct small JPEGs as photos of one step of the visit (the capture path, not the camera). */
  seedPhotos: async (visitId: string, count: number, questionId: string, stepId: string) => {
    const who = await getIdentity();
    for (let i = 0; i < count; i++) {
      const canvas = new OffscreenCanvas(160, 120);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = `hsl(${(i * 37) % 360} 50% 50%)`;
      ctx.fillRect(0, 0, 160, 120);
      ctx.fillStyle = '#222';
      ctx.fillText(`photo ${i}`, 10, 60);
      const data = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
      await addPhoto(who, { visitId, questionId, stepId, data, source: 'file', fileName: `p${i}.jpg` });
    }
  },
};

declare global {
  interface Window { packagesHarness?: typeof harness }
}

const lang = new URLSearchParams(location.search).get('lang');
await setLang(LANGS.includes(lang as Lang) ? (lang as Lang) : 'en');
await openStorage();
window.packagesHarness = harness;
createRoot(document.getElementById('root')!).render(<StrictMode><Harness /></StrictMode>);
document.documentElement.dataset.ready = 'true';
