import { useTranslation } from 'react-i18next';
import { href, type Route } from '../routing/route';
import { LanguageSwitcher } from './LanguageSwitcher';

type Section = 'visits' | 'library' | 'about';

function sectionOf(route: Route): Section | null {
  switch (route.name) {
    case 'visits': case 'visit': case 'visit-new': case 'visit-edit': return 'visits';
    case 'library': return 'library';
    case 'about': return 'about';
    case 'not-found': return null;
  }
}

export function Header({ route }: { route: Route }) {
  const { t } = useTranslation('app');
  const current = sectionOf(route);
  const links: { section: Section; label: string; target: string }[] = [
    { section: 'visits', label: t('navVisits'), target: href({ name: 'visits' }) },
    { section: 'library', label: t('navLibrary'), target: href({ name: 'library' }) },
    { section: 'about', label: t('navAbout'), target: href({ name: 'about' }) },
  ];
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="brand" href={href({ name: 'visits' })}>
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect x="2" y="2" width="28" height="28" rx="7" />
            <path d="M9 16.5l4.5 4.5L23 11.5" />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{t('appName')}</span>
            <span className="brand__tagline">{t('tagline')}</span>
          </span>
        </a>
        <nav className="main-nav" aria-label={t('mainNav')}>
          <ul>
            {links.map((l) => (
              <li key={l.section}>
                <a href={l.target} aria-current={current === l.section ? 'page' : undefined}>{l.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
