import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLang } from './i18n';
import { openStorage, requestPersistence } from './db/storage';
import { App } from './app/App';
import './app/app.css';

document.documentElement.lang = initialLang();
// Ask early: a browser may evict unprotected data under storage pressure, and photos are irreplaceable.
void requestPersistence();
// Start opening the database now so it overlaps with the first render; App reports a failure.
void openStorage()
  // Finish report copies and thumbnails that a closed or killed session left half-made.
  .then(() => import('./features/photos/pipeline'))
  .then((m) => m.startPhotoPipeline())
  .catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* i18next finishes initialising a tick after start; translated components wait for it here. */}
    <Suspense fallback={null}>
      <App />
    </Suspense>
  </StrictMode>,
);
