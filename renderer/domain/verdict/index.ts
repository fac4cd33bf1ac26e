// Public API of the verdict engine; implementation lands in evaluate.ts / reasons.ts.
export type * from './types';
