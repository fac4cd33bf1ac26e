import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'cat-a' | 'cat-b' | 'cat-c';

export function Badge({ tone = 'neutral', title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return <span className={`badge badge--${tone}`} title={title}>{children}</span>;
}

/** Category badges share one colour per category everywhere in the app. */
export const categoryTone = (category: string): BadgeTone => (category === 'A' ? 'cat-a' : category === 'B' ? 'cat-b' : 'cat-c');
