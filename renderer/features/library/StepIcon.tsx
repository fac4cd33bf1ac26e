import type { StepKind } from '../../domain/template/schema';

/** Simple line icons, one per kind of verification step; decorative, the kind is also written out. */
const PATHS: Record<StepKind, string[]> = {
  count: ['M9 4L7 20', 'M17 4l-2 16', 'M4 9h16', 'M3 15h16'],
  interview: ['M4 5h16v10H10l-5 4v-4H4z', 'M8 9h8', 'M8 12h5'],
  observe: ['M2 12s3.5-6 10-6 10 6 10 6-3.5 6-10 6S2 12 2 12z', 'M12 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z'],
  document: ['M6 3h8l4 4v14H6z', 'M14 3v4h4', 'M9 12h6', 'M9 16h6'],
  timer: ['M12 8v5l3 2', 'M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M10 2h4'],
  'call-test': ['M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z'],
  demo: ['M3 5h18v11H3z', 'M8 20h8', 'M12 16v4'],
  value: ['M5 19l4-1L19 8l-3-3L6 15z', 'M14 7l3 3'],
};

export function StepIcon({ kind }: { kind: StepKind }) {
  return (
    <svg className="step__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[kind].map((d) => <path key={d} d={d} />)}
    </svg>
  );
}
