import { closingFindings, makeSignoff, signatureImageOf } from '../../../../renderer/domain/closing';
import type { ClosingSignoff, VisitBundle } from '../../../../renderer/domain/model';
import { evaluateVisit } from '../../../../renderer/domain/verdict';
import { at, closingBundle, closingTemplate, OLENA, PNG_1X1, VISIT_ID } from './fixtures';

/** A sign-off of the fixture visit as the app makes it (drawn signatures, the first finding disputed). */
export function signedOff(id = 'signoff-1', over: { minute?: number; who?: { author: string; device: string }; bundle?: VisitBundle; representative?: string } = {}): ClosingSignoff {
  const template = closingTemplate();
  const b = over.bundle ?? closingBundle();
  const who = over.who ?? OLENA;
  const f = closingFindings(template, evaluateVisit(template, b, { lang: 'en' }), b.visit.targetCategory, 'en', { timeZone: 'Europe/Kyiv' });
  const mark = { method: 'drawn' as const, image: signatureImageOf(PNG_1X1, 1, 1) };
  const made = makeSignoff({
    representative: { name: over.representative ?? 'Petro Ivanenko', role: 'Operations director' },
    evaluator: { name: who.author, signature: mark },
    vendor: { status: 'signed', signature: mark },
    responses: f.map((x, i) => ({ key: x.key, answer: i === 0 ? 'dispute' : 'accept', comment: i === 0 ? 'Hall 2 was not counted' : '' })),
  }, f, { id, visitId: VISIT_ID, author: who.author, device: who.device, signedAt: at(over.minute ?? 60), lang: 'en' });
  if (!made.ok) throw new Error(made.problems.join());
  return made.signoff;
}
