import type { z } from 'zod';
import type { template } from '../../../../renderer/domain/template/schema';

/** A template as written in a file, before validation; tests break it one field at a time. */
export type RawTemplate = z.input<typeof template>;
export type RawQuestion = RawTemplate['sections'][number]['questions'][number];
export type RawRule = NonNullable<RawQuestion['rule']>;

export const tx = (s: string) => ({ ru: `${s} ru`, uk: `${s} uk`, en: `${s} en` });

export function validTemplate(): RawTemplate {
  return {
    format: 'siteproof-template',
    formatVersion: 1,
    id: 'mini',
    version: '1.2.3',
    title: tx('Mini'),
    description: tx('A small checklist'),
    sections: [
      {
        id: 'floor',
        title: tx('Floor'),
        questions: [
          {
            id: 'seats',
            number: 1,
            categories: ['A', 'B', 'C'],
            title: tx('Seats'),
            ask: tx('How many seats'),
            why: tx('Size matters'),
            recommended: { A: tx('More than 200'), B: tx('More than 90'), C: tx('Twice the project') },
            claim: { type: 'number' },
            rule: {
              type: 'threshold',
              step: 'count',
              measure: 'total',
              unit: 'seats',
              bounds: { A: { op: '>', value: 200 }, B: { op: '>', value: 90 }, C: { op: '>=', factor: 2, of: 'projectSeats' } },
            },
            steps: [{ id: 'count', kind: 'count', prompt: tx('Count the seats'), unit: tx('seats'), zones: true }],
          },
          {
            id: 'generator',
            number: 2,
            categories: ['A'],
            title: tx('Diesel generator'),
            ask: tx('Do you have a generator'),
            why: tx('Power cuts'),
            recommended: { A: tx('Yes, for the project room') },
            claim: { type: 'yes-no' },
            steps: [{ id: 'see', kind: 'observe', prompt: tx('Photograph the generator') }],
          },
        ],
      },
      {
        id: 'kb',
        title: tx('Knowledge base'),
        questions: [
          {
            id: 'kb-time',
            number: 3,
            categories: ['A', 'B'],
            title: tx('Search time'),
            ask: tx('How long to find an answer'),
            why: tx('Callers wait'),
            recommended: { A: tx('10-15 seconds'), B: tx('10-15 seconds') },
            claim: { type: 'number' },
            rule: { type: 'threshold', step: 'timed', measure: 'median', unit: 'seconds', bounds: { A: { op: '<=', value: 15 }, B: { op: '<=', value: 15, partly: 20 } } },
            steps: [
              { id: 'timed', kind: 'timer', prompt: tx('Time three searches'), trials: 3 },
              { id: 'agent', kind: 'interview', prompt: tx('Ask an agent'), role: 'agent', respondents: 1, question: tx('Which tool do you use'), reference: tx('A searchable system'), optional: true },
            ],
          },
        ],
      },
    ],
  };
}
