import { useEffect } from 'react';

/** Names the window after the page, so the task bar and screen readers say where the user is. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — SiteProof` : 'SiteProof';
  }, [title]);
}
