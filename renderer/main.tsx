import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLang, loadLang } from './i18n';
import { openStorage, requestPersistence } from './db/storage';
import { App } from './app/App';
import './app/app.css';

// A first guess (localStorage's copy) until the database says which language was chosen.
document.documentElement.lang = initialLang();
// Ask early: a browser may evict unprotected data under storage pressure, and photos are irreplaceable.
void requestPersistence();
// Start opening the database now so it overlaps with loading the UI; App reports a failure.
const storage = openStorage();
void storage
  // Finish report copies and thumbnails that a closed or killed session left half-made.
  .then(() => import('./features/photos/pipeline'))
  .then((m) => m.startPhotoPipeline())
  .catch(() => {});

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* i18next finishes initialising a tick after start; translated components wait for it here. */}
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  );
}

// The language is the database's (it survives a kill; localStorage may not): read it before the first paint, so the
// page never flashes another language. A database that fails or hangs leaves the first guess.
void loadLang(storage).catch(() => undefined).then(render);
