/** A small valid checklist in the user file format (templates/README.md), for tests that add one. */
export function miniTemplate(over: Record<string, unknown> = {}): Record<string, unknown> {
  const text = (en: string) => ({ ru: `${en} (ru)`, uk: `${en} (uk)`, en });
  return {
    format: 'siteproof-template',
    formatVersion: 1,
    id: 'quick-visit',
    version: '1.0.0',
    title: text('Quick visit'),
    description: text('One question about seats'),
    sections: [
      {
        id: 'floor',
        title: text('Floor'),
        questions: [
          {
            id: 'agent-seats',
            number: 1,
            categories: ['A', 'B'],
            title: text('Agent seats'),
            ask: text('How many seats do you have?'),
            why: text('Room for the project to grow.'),
            recommended: { A: text('More than 200'), B: text('More than 90') },
            claim: { type: 'number', unit: text('seats') },
            rule: {
              type: 'threshold', step: 'count-seats', measure: 'total', unit: 'seats',
              bounds: { A: { op: '>', value: 200 }, B: { op: '>', value: 90 } },
            },
            steps: [{ id: 'count-seats', kind: 'count', zones: true, prompt: text('Count the seats room by room.'), unit: text('seats') }],
          },
        ],
      },
    ],
    ...over,
  };
}

export const miniText = (over: Record<string, unknown> = {}): string => JSON.stringify(miniTemplate(over), null, 2);
