import { closingFindings, makeSignoff, signatureImageOf } from '../../../../renderer/domain/closing';
import { buildDossier } from '../../../../renderer/domain/dossier';
import type { AuditEntry, ClosingSignoff, VisitBundle } from '../../../../renderer/domain/model';
import type { Lang } from '../../../../renderer/domain/template/schema';
import { evaluateVisit } from '../../../../renderer/domain/verdict';
import { answer, at, closingBundle, closingTemplate, OLENA, PNG_1X1, VISIT_ID } from './fixtures';

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

const template = closingTemplate();
/** The dossier model of a fixture visit, from the real verdict engine. */
export function closingDossier(bundle: VisitBundle, lang: Lang = 'en') {
  return buildDossier({
    template, bundle, evaluation: evaluateVisit(template, bundle, { lang }), lang,
    options: { includePhotos: false, showNotApplicable: true }, generatedAt: at(500), photoInfo: new Map(),
  });
}

/** Signed at minute 60; a week later the recording arrived and hall 2 was counted; the seat dispute was resolved. */
export function afterTheMeeting(): VisitBundle {
  const s = signedOff();
  const b = closingBundle({ signoffs: [s] });
  b.answers = [
    ...b.answers.filter((a) => a.questionId !== 'recording' && a.questionId !== 'seats'),
    answer('recording', 'call', 'call-test', { calledAt: at(30), recording: 'received', receivedAt: at(10_000) }, 10_000),
    answer('seats', 'count', 'count', { zones: [{ id: 'z1', name: 'Hall 1', count: 184 }, { id: 'z2', name: 'Hall 2', count: 10 }] }, 10_001),
  ];
  const resolved: AuditEntry = {
    id: 'e-res', visitId: VISIT_ID, at: at(10_002), ...OLENA, action: 'closing-dispute-resolved', questionId: 'seats',
    details: { signoffId: s.id, findingKey: 'discrepancy:seats', outcome: 'changed', reason: 'Hall 2 recounted with the vendor' },
  };
  b.audit = [resolved];
  return b;
}

