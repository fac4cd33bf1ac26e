import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface BannerProps {
  title: ReactNode;
  messages?: readonly ReactNode[];
  children?: ReactNode;
  tone?: 'error' | 'warning' | 'info';
  onDismiss?: () => void;
}

/** A page-level message. Errors and warnings are announced as they appear; information is only shown. */
export function Banner({ title, messages, children, tone = 'error', onDismiss }: BannerProps) {
  const { t } = useTranslation('ui');
  return (
    <div className={`banner banner--${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="banner__content">
        <p className="banner__title">{title}</p>
        {messages && messages.length > 0 && (
          <ul className="banner__list">
            {messages.map((m, i) => <li key={i}>{m}</li>)}
          </ul>
        )}
        {children}
      </div>
      {onDismiss && <Button small variant="ghost" onClick={onDismiss}>{t('dismiss')}</Button>}
    </div>
  );
}

export function ErrorBanner(props: Omit<BannerProps, 'tone'>) {
  return <Banner {...props} tone="error" />;
}
