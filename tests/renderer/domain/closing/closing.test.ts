import { describe, expect, it } from 'vitest';
import {
  checkSignoff, closingFindings, closingState, compareFindings, disputeResolutions, editsAfter, hashFindings, makeSignoff, serializeFindings,
  signatureImageOf, signoffRecord, standingResolution, type SignoffDraft,
} from '../../../../renderer/domain/closing';
import type { AuditEntry, ClosingFinding, ClosingSignoff, VisitBundle } from '../../../../renderer/domain/model';
import type { Lang } from '../../../../renderer/domain/template/schema';
import { evaluateVisit } from '../../../../renderer/domain/verdict';
import { answer, at, closingBundle, closingTemplate, OLENA, PNG_1X1, VISIT_ID } from './fixtures';

const template = closingTemplate();
const findingsOf = (b: VisitBundle, lang: Lang = 'en') =>
  closingFindings(template, evaluateVisit(template, b, { lang }), b.visit.targetCategory, lang, { timeZone: 'Europe/Kyiv' });

const drawn = () => ({ method: 'drawn' as const, image: signatureImageOf(PNG_1X1, 1, 1) });

function draft(findings: ClosingFinding[], over: Partial<SignoffDraft> = {}): SignoffDraft {
  return {
    representative: { name: 'Петро Іваненко', role: 'Operations director' },
    evaluator: { name: OLENA.author, signature: drawn() },
    vendor: { status: 'signed', signature: drawn() },
    responses: findings.map((f, i) => (i === 0 ? { key: f.key, answer: 'dispute', comment: 'Hall 2 was not counted' } : { key: f.key, answer: 'accept', comment: '' })),
    ...over,
  };
}

function signed(...args: Parameters<typeof makeSignoff>): ClosingSignoff {
  const made = makeSignoff(...args);
  if (!made.ok) throw new Error(made.problems.join());
  return made.signoff;
}

const meta = { id: 'signoff-1', visitId: VISIT_ID, author: OLENA.author, device: OLENA.device, signedAt: at(60), lang: 'en' as const };

describe('closing findings', () => {
  it('list every discrepancy, every not-met verdict for the target category and every open follow-up, in question order', () => {
    const f = findingsOf(closingBundle());
    expect(f.map((x) => x.key)).toEqual([
      'discrepancy:seats', 'not-met:seats', 'not-met:generator', 'recording-owed:recording:call', 'document-owed:iso:cert',
    ]);
    expect(f[0].text).toMatch(/^Claimed: 250 — found: 184/);
    expect(f[1].text).toMatch(/^Not met for category A: /);
    expect(f[3].text).toContain('requested');
    expect(f.every((x) => x.title.endsWith(' en'))).toBe(true);
  });

  it('come in the meeting language', () => {
    const ru = findingsOf(closingBundle(), 'ru');
    expect(ru[0].text).toMatch(/^Заявлено: 250 — установлено:/);
    expect(ru[0].title).toBe('Seats ru');
    const uk = findingsOf(closingBundle(), 'uk');
    expect(uk[4].text).toMatch(/^Копію документа/);
  });

  it('leave out a question marked not applicable and a recording already received', () => {
    const b = closingBundle();
    b.answers = b.answers.map((a) => (a.questionId === 'recording' ? { ...a, data: { calledAt: at(30), recording: 'received', receivedAt: at(40) } } : a));
    b.decisions = [{ ...OLENA, createdAt: at(9), updatedAt: at(9), id: 'd1', visitId: VISIT_ID, questionId: 'generator', type: 'not-applicable', reason: 'no generator needed' }];
    const keys = findingsOf(b).map((x) => x.key);
    expect(keys).not.toContain('not-met:generator');
    expect(keys).not.toContain('recording-owed:recording:call');
  });

  it('serialize canonically: the same list gives the same text and hash whatever order its fields were set in', () => {
    const f = findingsOf(closingBundle());
    const shuffled = f.map((x) => Object.fromEntries(Object.entries(x).reverse()) as unknown as ClosingFinding);
    expect(serializeFindings('en', shuffled)).toBe(serializeFindings('en', f));
    expect(hashFindings('en', f)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFindings('en', shuffled)).toBe(hashFindings('en', f));
    // The hash covers the language, each text and the order shown.
    expect(hashFindings('ru', f)).not.toBe(hashFindings('en', f));
    expect(hashFindings('en', [...f].reverse())).not.toBe(hashFindings('en', f));
    expect(hashFindings('en', [{ ...f[0], text: `${f[0].text}.` }, ...f.slice(1)])).not.toBe(hashFindings('en', f));
  });

  it('pin the hash of a fixed list (the serialization is a format: changing it breaks every signed meeting)', () => {
    const fixed: ClosingFinding[] = [{ key: 'not-met:q', kind: 'not-met', questionId: 'q', number: 1, title: 'Q', text: 'Not met' }];
    expect(serializeFindings('en', fixed)).toBe('{"findings":[{"key":"not-met:q","kind":"not-met","number":1,"questionId":"q","text":"Not met","title":"Q"}],"format":"siteproof-closing-findings","lang":"en","version":1}');
  });
});

describe('the sign-off', () => {
  it('freezes the findings shown with their hash, the answers and both signatures with their SHA-256', () => {
    const f = findingsOf(closingBundle());
    const made = makeSignoff(draft(f), f, meta);
    if (!made.ok) throw new Error(made.problems.join());
    const s = made.signoff;
    expect(s.findings).toEqual(f);
    expect(s.findingsHash).toBe(hashFindings('en', f));
    expect(s.createdAt).toBe(at(60));
    expect(s.updatedAt).toBe(at(60));
    expect(s.responses[0]).toEqual({ key: 'discrepancy:seats', answer: 'dispute', comment: 'Hall 2 was not counted' });
    expect(s.evaluator.signature.method === 'drawn' && s.evaluator.signature.image.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(signoffRecord.safeParse(s).success).toBe(true);
    expect(checkSignoff(s)).toEqual({ findingsOk: true, signatures: [{ side: 'evaluator', ok: true }, { side: 'vendor', ok: true }], ok: true });
    // A frozen list edited afterwards no longer matches its hash, nor does a swapped signature image.
    expect(checkSignoff({ ...s, findings: s.findings.slice(1) }).findingsOk).toBe(false);
    const other = { ...drawn(), image: { ...drawn().image, pngBase64: btoa('not the same image') } };
    expect(checkSignoff({ ...s, vendor: { status: 'signed', signature: other } }).ok).toBe(false);
  });

  it('refuses a draft without names, signatures, answers to every finding or a comment on a dispute', () => {
    const f = findingsOf(closingBundle());
    const bad = makeSignoff(draft(f, {
      representative: { name: ' ', role: '' },
      evaluator: { name: OLENA.author, signature: null },
      vendor: { status: 'signed', signature: null },
      responses: [{ key: f[0].key, answer: 'dispute', comment: '  ' }],
    }), f, meta);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.sort()).toEqual(['dispute-without-comment', 'missing-answers', 'no-evaluator-signature', 'no-representative', 'no-vendor-signature']);
    const notPng = makeSignoff(draft(f, { evaluator: { name: 'x', signature: { method: 'drawn', image: { ...drawn().image, pngBase64: btoa('GIF89a') } } } }), f, meta);
    expect(!notPng.ok && notPng.problems).toEqual(['not-png']);
  });

  it('records a refusal to sign with its reason, and a typed name where drawing was impossible, as such', () => {
    const f = findingsOf(closingBundle());
    const noReason = makeSignoff(draft(f, { vendor: { status: 'refused', reason: '' } }), f, meta);
    expect(!noReason.ok && noReason.problems).toEqual(['no-refusal-reason']);
    const made = makeSignoff(draft(f, { vendor: { status: 'refused', reason: ' We do not agree with the count ' }, responses: [], evaluator: { name: OLENA.author, signature: { method: 'typed', typedName: ` ${OLENA.author} ` } } }), f, meta);
    if (!made.ok) throw new Error(made.problems.join());
    expect(made.signoff.vendor).toEqual({ status: 'refused', reason: 'We do not agree with the count' });
    expect(made.signoff.evaluator.signature).toEqual({ method: 'typed', typedName: OLENA.author });
    expect(checkSignoff(made.signoff)).toEqual({ findingsOk: true, signatures: [], ok: true });
    const empty = makeSignoff(draft(f, { evaluator: { name: 'x', signature: { method: 'typed', typedName: ' ' } } }), f, meta);
    expect(!empty.ok && empty.problems).toEqual(['empty-typed-name']);
  });

  it('is one per visit: two different ones are a conflict, never a pick', () => {
    const f = findingsOf(closingBundle());
    const a = signed(draft(f), f, meta);
    const b = signed(draft(f), f, { ...meta, id: 'signoff-2', signedAt: at(61) });
    expect(closingState({})).toEqual({ status: 'open' });
    expect(closingState({ signoffs: [a] })).toEqual({ status: 'signed', signoff: a });
    expect(closingState({ signoffs: [b, a] })).toEqual({ status: 'conflict', signoffs: [a, b] });
  });
});

describe('after the meeting', () => {
  it('compares the frozen findings with the current ones: added, removed, changed with what changed', () => {
    const before = closingBundle();
    const frozen = findingsOf(before);
    const after = closingBundle({
      answers: [
        // The recording arrived; hall 2 was counted (still short of the claim, but another number); the certificate copy is still owed.
        ...before.answers.filter((a) => a.questionId !== 'recording' && a.questionId !== 'seats' && a.questionId !== 'generator'),
        answer('recording', 'call', 'call-test', { calledAt: at(30), recording: 'received', receivedAt: at(100) }, 100),
        answer('seats', 'count', 'count', { zones: [{ id: 'z1', name: 'Hall 1', count: 184 }, { id: 'z2', name: 'Hall 2', count: 10 }] }, 101),
        answer('generator', 'see', 'observe', { outcome: 'not-seen' }),
      ],
      claims: [...before.claims],
    });
    const changes = compareFindings(frozen, findingsOf(after));
    expect(changes.map((c) => [c.type, c.key])).toEqual([
      ['changed', 'discrepancy:seats'], ['changed', 'not-met:seats'], ['removed', 'recording-owed:recording:call'],
    ]);
    const seat = changes[0];
    expect(seat.type === 'changed' && seat.fields).toEqual(['text']);
    expect(seat.type === 'changed' && seat.after.text).toContain('194');
    expect(compareFindings(frozen, frozen)).toEqual([]);
    const added = compareFindings(frozen.slice(1), frozen);
    expect(added).toEqual([{ type: 'added', key: frozen[0].key, finding: frozen[0] }]);
  });

  it('lists the captures edited after the signature', () => {
    const b = closingBundle();
    b.answers.push(answer('recording', 'call', 'call-test', { recording: 'received' }, 100));
    expect(editsAfter(b, at(60)).map((e) => [e.table, e.questionId, e.at])).toEqual([['answers', 'recording', at(100)]]);
  });

  it('resolves disputes through the audit log: the latest resolution stands, the others stay in its history', () => {
    const f = findingsOf(closingBundle());
    const s = signed(draft(f), f, meta);
    const entry = (id: string, min: number, details: Record<string, unknown>): AuditEntry => ({ id, visitId: VISIT_ID, at: at(min), ...OLENA, action: 'closing-dispute-resolved', details });
    const audit = [
      entry('e2', 130, { signoffId: s.id, findingKey: 'discrepancy:seats', outcome: 'changed', reason: 'Hall 2 recounted' }),
      entry('e1', 120, { signoffId: s.id, findingKey: 'discrepancy:seats', outcome: 'kept', reason: 'Hall 2 is another project' }),
      // Not a disputed finding, another sign-off, a malformed outcome: ignored.
      entry('e3', 121, { signoffId: s.id, findingKey: 'not-met:generator', outcome: 'kept', reason: 'x' }),
      entry('e4', 122, { signoffId: 'other', findingKey: 'discrepancy:seats', outcome: 'kept', reason: 'x' }),
      entry('e5', 123, { signoffId: s.id, findingKey: 'discrepancy:seats', outcome: 'maybe', reason: 'x' }),
    ];
    const res = disputeResolutions(s, audit);
    expect([...res.keys()]).toEqual(['discrepancy:seats']);
    expect(res.get('discrepancy:seats')!.map((r) => r.auditId)).toEqual(['e1', 'e2']);
    expect(standingResolution(res.get('discrepancy:seats'))).toMatchObject({ outcome: 'changed', reason: 'Hall 2 recounted', author: OLENA.author });
  });
});
