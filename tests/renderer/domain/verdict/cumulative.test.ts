import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../../renderer/domain/template/schema';
import { loadTemplateText } from '../../../../renderer/domain/template/validate';
import { evaluateVisit } from '../../../../renderer/domain/verdict/evaluate';
import { formatReason } from '../../../../renderer/domain/verdict/reasons';
import { answer, bundle, template, visit } from './fixtures';

/** Question 1 of the shipped template: A more than 200 seats, B more than 90, C at least twice the project. */
const shipped = loadTemplateText(readFileSync(new URL('../../../../templates/callcenter-inbound.json', import.meta.url), 'utf8'), 'callcenter-inbound.json');
if (!shipped.ok) throw new Error(shipped.errors.join('\n'));
const seats = shipped.template.sections.flatMap((s) => s.questions).find((q) => q.id === 'agent-seats')!;
const tpl = template([seats]);
const count = (n: number) => answer('agent-seats', 'count-seats', 'count', { zones: [{ id: 'z1', name: 'Hall 1', count: n }] });

const run = (projectSeats: number, counted: number, targetCategory: Category = 'A') =>
  evaluateVisit(tpl, bundle({ visit: visit({ projectSeats, targetCategory }), answers: [count(counted)] }));
const cat = (e: ReturnType<typeof run>, c: Category) => e.categories.find((x) => x.category === c)!;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('categories are cumulative on question 1 (seed 000: B is C plus more, A is B plus more)', () => {
  // Each category's own bound and, below it, everything the lower categories ask.
  const meetsC = (p: number, n: number) => n >= 2 * p;
  const meetsB = (p: number, n: number) => n > 90 && meetsC(p, n);
  const meetsA = (p: number, n: number) => n > 200 && meetsB(p, n);

  for (const p of [50, 100, 150]) {
    const bounds = [2 * p, 90, 200];
    const counts = [...new Set(bounds.flatMap((b) => [b - 1, b, b + 1]))].sort((a, b) => a - b);
    for (const n of counts) {
      it(`project of ${p} seats, ${n} counted`, () => {
        const e = run(p, n);
        const expected = { A: meetsA(p, n), B: meetsB(p, n), C: meetsC(p, n) };
        expect({ A: cat(e, 'A').reached, B: cat(e, 'B').reached, C: cat(e, 'C').reached }).toEqual(expected);
        expect(e.verified).toBe(expected.A ? 'A' : expected.B ? 'B' : expected.C ? 'C' : null);
        // The result on the question's page (target A) agrees with the category verdict.
        expect(e.results[0].suggested === 'meets').toBe(expected.A);
        for (const c of ['A', 'B', 'C'] as const) {
          const blocker = cat(e, c).blockers.find((b) => b.questionId === 'agent-seats');
          if (expected[c]) expect(blocker).toBeUndefined();
          else {
            expect(blocker?.verdict).toBe('not-met');
            // The reason names the part that failed: the category's own bound when it fails, else C's relative bound.
            const ownFails = { A: n <= 200, B: n <= 90, C: n < 2 * p }[c];
            const failed = ownFails ? c : 'C';
            expect(blocker?.reason.params.category).toBe(failed);
          }
        }
      });
    }
  }

  it('250 seats for a project of 150: more than 200, yet not A, because C needs 2 × 150 = 300', () => {
    const e = run(150, 250);
    const r = e.results[0];
    expect(r.suggested).toBe('not-met');
    expect(plain(formatReason(r.reason, 'en'))).toBe('category A includes what category C needs: counted 250 seats; category C needs at least 2 × 150 = 300 seats');
    expect(plain(formatReason(r.reason, 'ru'))).toBe('категория A включает требования категории C: насчитано 250 мест; для категории C нужно не меньше 2 × 150 = 300 мест');
    expect(plain(formatReason(r.reason, 'uk'))).toBe('категорія A включає вимоги категорії C: нараховано 250 місць; для категорії C потрібно не менше 2 × 150 = 300 місць');
    expect(e.verified).toBeNull();
  });

  it('a vendor failing only its own bound is told its own bound', () => {
    const e = run(50, 150);
    expect(plain(formatReason(e.results[0].reason, 'en'))).toBe('counted 150 seats; category A needs more than 200');
    expect(e.verified).toBe('B');
  });

  it('without the project size, C cannot be checked: not verified, never not met', () => {
    const e = evaluateVisit(tpl, bundle({ visit: visit({ projectSeats: 0 }), answers: [count(250)] }));
    expect(e.results[0].suggested).toBe('not-verified');
    expect(cat(e, 'A')).toMatchObject({ reached: false, status: 'not-verified' });
    expect(cat(e, 'A').blockers).toEqual([expect.objectContaining({ questionId: 'agent-seats', verdict: 'not-verified' })]);
  });
});
