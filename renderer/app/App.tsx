import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { issues as templateIssues } from '../db/shipped-templates';
import { openStorage } from '../db/storage';
import { VisitsPage } from '../features/visits/VisitsPage';
import { EditVisitPage, NewVisitPage } from '../features/visits/VisitFormPage';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/Loading';
import { ToastProvider } from '../ui/Toast';
import { Header } from './Header';
import { NotFound } from './NotFound';
import { useRoute, type Route } from '../routing/route';
import { StartupBanners } from './StartupBanners';
import { StorageWarning } from './StorageWarning';

// Pages other than the home screen load on first use, which keeps the cold start short.
const LibraryPage = lazy(() => import('../features/library/LibraryPage').then((m) => ({ default: m.LibraryPage })));
const AboutPage = lazy(() => import('../features/about/AboutPage').then((m) => ({ default: m.AboutPage })));
const VisitPage = lazy(() => import('../features/visit/VisitPage').then((m) => ({ default: m.VisitPage })));

function page(route: Route): ReactNode {
  switch (route.name) {
    case 'visits': return <VisitsPage />;
    case 'visit-new': return <NewVisitPage />;
    case 'visit-edit': return <EditVisitPage visitId={route.visitId} />;
    case 'visit': return <VisitPage visitId={route.visitId} />;
    case 'library': return <LibraryPage templateId={route.templateId} />;
    case 'about': return <AboutPage />;
    case 'not-found': return <NotFound path={route.path} />;
  }
}

const routeKey = (r: Route) => JSON.stringify(r);

/** The browser's own error, without Dexie's wrapping (which repeats the inner message). */
function describe(e: unknown): string {
  let error = e;
  const innerOf = (x: Error): unknown => (x as Error & { inner?: unknown }).inner;
  while (error instanceof Error && innerOf(error) instanceof Error) error = innerOf(error);
  if (!(error instanceof Error)) return String(error);
  return error.name && error.name !== 'Error' && !error.message.startsWith(error.name) ? `${error.name}: ${error.message}` : error.message;
}

const needsDatabase = (r: Route) => r.name === 'visits' || r.name === 'visit' || r.name === 'visit-new' || r.name === 'visit-edit';

export function App() {
  const { t } = useTranslation('app');
  const route = useRoute();
  const key = routeKey(route);
  const [dbError, setDbError] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);

  useEffect(() => {
    openStorage().catch((e: unknown) => setDbError(describe(e)));
  }, []);

  // After a navigation, start reading at the new page rather than wherever focus was left.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [key]);

  return (
    <ToastProvider>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>{t('skipToContent')}</a>
      <Header route={route} />
      {(dbError || templateIssues.length > 0) && (
        <div className="app-banners">
          <StartupBanners templateIssues={templateIssues} dbError={dbError} />
        </div>
      )}
      <StorageWarning />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <ErrorBoundary key={key} fallback={(e) => <ErrorBanner title={t('pageFailed', { message: e.message })} />}>
          {dbError && needsDatabase(route) ? (
            <p className="empty">{t('dbUnavailable')}</p>
          ) : (
            <Suspense fallback={<Loading label={t('loading')} />}>{page(route)}</Suspense>
          )}
        </ErrorBoundary>
      </main>
    </ToastProvider>
  );
}
