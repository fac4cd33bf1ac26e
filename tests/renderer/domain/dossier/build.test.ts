import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierInput } from '../../../../renderer/domain/dossier';
import { dossierStrings } from '../../../../renderer/domain/dossier/strings';
import { chainEntries } from '../../../../renderer/domain/audit/chain';
import { AUDIT_ACTIONS, type PhotoRedaction } from '../../../../renderer/domain/model';
import type { Template } from '../../../../renderer/domain/template/schema';
import type { Discrepancy } from '../../../../renderer/domain/verdict/types';
import { allQuestions, bundle, checks, constructedTemplate, decision, evaluation, formatReasonStub, IGOR, type EvalSpec } from './fixtures';

const GENERATED = '2025-03-14T12:00:00.000Z';

function input(over: Partial<DossierInput> & { spec?: EvalSpec; template?: Template } = {}): DossierInput {
  const template = over.template ?? constructedTemplate();
  const b = over.bundle ?? bundle(template);
  return {
    template,
    bundle: b,
    evaluation: over.evaluation ?? evaluation(template, b, over.spec),
    lang: over.lang ?? 'ru',
    options: over.options ?? { includePhotos: true, showNotApplicable: true },
    generatedAt: GENERATED,
    photoInfo: over.photoInfo ?? checks(b),
    formatReason: formatReasonStub,
    ...(over.formatFinding ? { formatFinding: over.formatFinding } : {}),
  };
}

function discrepancy(questionId: string, severity: number, found: string, blocks = false): Discrepancy {
  const b = bundle(constructedTemplate());
  const claim = b.claims.find((c) => c.questionId === questionId)!;
  return { questionId, claim, found, severity, blocksClaimedCategory: blocks };
}

describe('buildDossier: cover and summary', () => {
  it('fills the cover from the visit and the template', () => {
    const m = buildDossier(input({ lang: 'uk' }));
    expect(m.cover.vendor).toBe('ТОВ «Контакт-Сервіс Київ» № 2');
    expect(m.cover.dates).toBe('12.03.2025 – 13.03.2025');
    expect(m.cover.evaluators).toBe('Олена Ковальчук, Игорь Соколов');
    expect(m.cover.template).toBe('Перевірка аутсорсингового контакт-центру (вхідна лінія)');
    expect(m.cover.templateVersion).toBe('версія 1.0.0');
    expect(m.cover.target).toBe('A');
    expect(m.runningHeader).toBe('ТОВ «Контакт-Сервіс Київ» № 2 — Київ, вул. Ярославська, 12 — 12.03.2025 – 13.03.2025');
    expect(m.fileName).toMatch(/^SiteProof ТОВ «Контакт-Сервіс Київ» № 2 2025-03-12 uk\.pdf$/);
    expect(m.title).toContain('Досьє перевірки');
  });

  it('shows the verified category and the questions blocking the next category up', () => {
    // A C-level question fails: nothing is reached, C is next up; the claimed A is listed as well.
    const m = buildDossier(input({ spec: { verdicts: { turnover: 'not-met', seats: 'partly', wfm: 'not-verified' } } }));
    expect(m.summary.verified).toBeNull();
    expect(m.summary.verifiedText).toBe('нет (не достигнута даже C)');
    expect(m.summary.blockers.map((b) => b.category)).toEqual(['C', 'A']);
    expect(m.summary.blockers[0].questions.map((q) => q.number)).toEqual([1, 13]);
    expect(m.summary.blockers[0].title).toBe('Что мешает поставщику достичь категории C');
    expect(m.summary.blockers[1].questions.map((q) => q.number)).toEqual([1, 13, 29]);
    expect(m.cover.verified).toBe('нет (не достигнута даже C)');
  });

  it('names only the next category when the vendor claims nothing higher', () => {
    const t = constructedTemplate();
    const b = bundle(t, { visit: { claimedCategory: 'B' } });
    const m = buildDossier(input({ template: t, bundle: b, spec: { verdicts: { wfm: 'not-met', generator: 'partly' } } }));
    expect(m.summary.verified).toBe('B');
    expect(m.summary.blockers).toHaveLength(1);
    expect(m.summary.blockers[0]).toMatchObject({ category: 'A', questions: [{ number: 24, title: 'Дизель-генератор' }, { number: 29, title: 'Планирование смен (WFM)' }] });
  });

  it('says plainly when the vendor is at the top category', () => {
    const m = buildDossier(input({ lang: 'en' }));
    expect(m.summary.verified).toBe('A');
    expect(m.summary.blockers).toEqual([{ category: 'A', title: 'Category A is the highest; nothing blocks it.', questions: [] }]);
  });

  it('counts verdicts of applicable questions only, per section too', () => {
    const t = constructedTemplate();
    const b = bundle(t, { visit: { targetCategory: 'B' } });
    const m = buildDossier(input({ template: t, bundle: b, spec: { verdicts: { seats: 'partly', turnover: 'not-met', 'kb-speed': 'not-verified' } } }));
    const applicable = allQuestions(t).filter((q) => q.categories.includes('B')).length;
    const counts = Object.fromEntries(m.summary.counts.map((c) => [c.verdict, c.count]));
    expect(counts).toEqual({ meets: applicable - 3, partly: 1, 'not-met': 1, 'not-verified': 1 });
    expect(m.summary.counts.map((c) => c.label)).toEqual(['Соответствует', 'Частично соответствует', 'Не соответствует', 'Не проверено']);
    const governance = m.summary.sections[1];
    expect(governance).toMatchObject({ title: 'Корпоративное управление', na: 1, total: 2, counts: { meets: 1, partly: 0, 'not-met': 0, 'not-verified': 0 } });
    const sum = m.summary.sections.reduce((n, s) => n + s.na + Object.values(s.counts).reduce((a, x) => a + x, 0), 0);
    expect(sum).toBe(33);
  });

  it('orders discrepancies most serious first and keeps the engine order for ties', () => {
    const spec: EvalSpec = {
      discrepancies: [
        discrepancy('turnover', 0.2, '35 %'),
        discrepancy('seats', 1.5, '184 места', true),
        discrepancy('span', 0.2, '1:22'),
        discrepancy('kb-speed', 0.9, '12,9 с'),
      ],
    };
    const m = buildDossier(input({ spec }));
    expect(m.summary.discrepancies.map((d) => d.number)).toEqual([1, 28, 13, 10]);
    expect(m.summary.discrepancies[0]).toMatchObject({ title: 'Количество рабочих мест операторов', claim: '250', found: '184 места', blocksClaimed: true });
  });

  it('renders a discrepancy finding in the dossier language when a formatter is given', () => {
    const spec: EvalSpec = { discrepancies: [discrepancy('seats', 1, '184 seats', true)] };
    const m = buildDossier(input({ lang: 'uk', spec, formatFinding: () => '184 місця' }));
    expect(m.summary.discrepancies[0].found).toBe('184 місця');
    const failing = buildDossier(input({ lang: 'uk', spec, formatFinding: () => { throw new Error('x'); } }));
    expect(failing.summary.discrepancies[0].found).toBe('184 seats');
  });

  it('lists open follow-ups, open questions and unresolved conflicts', () => {
    const spec: EvalSpec = {
      followUps: [
        { questionId: 'recording', stepId: 's0', kind: 'call-recording', status: 'requested', since: '2025-03-12T10:45:00.000Z' },
        { questionId: 'recording', stepId: 's0', kind: 'call-recording', status: 'not-requested' },
      ],
      open: ['kb-speed', 'seats'],
      conflicts: { turnover: 2 },
    };
    const m = buildDossier(input({ lang: 'en', spec }));
    expect(m.summary.followUps).toHaveLength(2);
    expect(m.summary.followUps[0]).toMatchObject({ number: 22, title: 'Recording of all calls' });
    expect(m.summary.followUps[0].text).toMatch(/^Call recording requested on 12 Mar 2025 \d\d:45, not received yet$/);
    expect(m.summary.followUps[1].text).toBe('Call recording not requested yet');
    expect(m.summary.openQuestions.map((q) => q.number)).toEqual([1, 28]);
    expect(m.summary.conflicts).toEqual([{ number: 13, title: 'Staff turnover', text: '2 steps' }]);
    const q13 = m.questions.find((q) => q.number === 13)!;
    expect(q13.warnings[0]).toContain('2 steps captured differently');
  });
});

describe('buildDossier: question parts', () => {
  it('gives every question its number, title, why, recommendation for the target, claim and findings', () => {
    const m = buildDossier(input({ lang: 'en' }));
    expect(m.questions.map((q) => q.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    const q1 = m.questions[0];
    expect(q1).toMatchObject({ title: 'Number of agent seats', recommended: 'Recommendation for category A', claim: '250', verdict: 'meets', verdictText: 'Meets' });
    expect(q1.why).toContain('question 1');
    expect(q1.reason).toBe('{en:all-seen}');
    expect(q1.measurement).toBe('Measured: 184\u00a0seats (total, 2 samples)');
    const count = q1.steps[0];
    expect(count.blocks[0]).toEqual({ kind: 'table', head: ['Zone', 'Count'], rows: [['Зал 1 (2 этаж)', '96'], ['Зал 2', '88'], ['Total', '184\u00a0seats']] });
    expect(q1.steps[1].blocks[0]).toEqual({ kind: 'fields', rows: [['Value', '1,250\u00a0calls']] });
    expect(q1.notes).toEqual(['Олена Ковальчук: Часть мест без гарнитур']);
  });

  it('shows interview picks from the answer and from the audit log, with match marks', () => {
    const m = buildDossier(input({ lang: 'ru' }));
    const values = m.questions.find((q) => q.id === 'values')!;
    const interview = values.steps[1];
    const fields = interview.blocks[0];
    expect(fields.kind).toBe('fields');
    expect(JSON.stringify(fields)).toContain('выбраны 14, 38 из 57');
    const table = interview.blocks[1];
    expect(table).toMatchObject({ kind: 'table', head: ['Собеседник', 'Ответ', 'Совпадение'], tones: ['meets', 'not-met'] });
    expect(table.kind === 'table' && table.rows.map((r) => r[2])).toEqual(['✓ совпадает', '✗ не совпадает']);
    const logged = interview.blocks[2];
    expect(logged).toMatchObject({ kind: 'text', tone: 'muted' });
    // The logged pick reads as a sentence (issue 10 §3), never as `picked: ["14","38"]`.
    expect(logged.kind === 'text' && logged.text).toContain('2 из 57 выбраны криптографически случайно: 14, 38');
    expect(logged.kind === 'text' && logged.text).not.toMatch(/poolSize|picked:|\[/);
  });

  it('summarises timer trials by mean (the seed’s average), median and worst, and flags an expired document', () => {
    const m = buildDossier(input({ lang: 'en' }));
    const timer = m.questions.find((q) => q.id === 'kb-speed')!.steps[0];
    expect(timer.blocks[1]).toEqual({ kind: 'fields', rows: [['Mean', '10.5 s'], ['Median', '10.1 s'], ['Worst', '12.9 s'], ['Trial', '3 of 3 trials']] });
    const doc = m.questions.find((q) => q.id === 'security-standard')!.steps[0];
    expect(doc.blocks[0]).toMatchObject({ kind: 'fields', rows: expect.arrayContaining([['Valid until', '30 Nov 2024'], ['Standard', 'ISO/IEC 27001:2013']]) });
    expect(doc.blocks[1]).toEqual({ kind: 'text', tone: 'warn', text: 'Validity: EXPIRED on 30 Nov 2024 (before the visit)' });
    const call = m.questions.find((q) => q.id === 'recording')!.steps[0];
    expect(call.blocks[0]).toMatchObject({ kind: 'fields', rows: expect.arrayContaining([['Recording', 'requested, not received'], ['Number', '+380 44 200 00 00']]) });
  });

  it('marks a timer trial that was resumed after an app restart, from the audit log', () => {
    const t = constructedTemplate();
    const b = bundle(t);
    const answer = b.answers.find((a) => a.questionId === 'kb-speed')!;
    const second = (answer.data as { trials: { at: string }[] }).trials[1];
    b.audit.push({ id: 'audit-resumed', visitId: b.visit.id, at: second.at, author: 'Игорь Соколов', device: 'dev', action: 'timer-trial-resumed', questionId: 'kb-speed', stepId: answer.stepId, details: { trialAt: second.at, ms: 12900, startedBy: 'Игорь Соколов' } });
    const m = buildDossier(input({ template: t, bundle: b, lang: 'en' }));
    const blocks = m.questions.find((q) => q.id === 'kb-speed')!.steps[0].blocks;
    expect(blocks[0].kind === 'table' && blocks[0].rows.map((r) => r[0])).toEqual(['1', '2 *', '3']);
    expect(blocks).toContainEqual({ kind: 'text', tone: 'muted', text: expect.stringMatching(/^\* Trial 2 was running when the app closed/) });
    expect(m.audit.some((r) => r.action === 'timer trial resumed after a reload')).toBe(true);

    const plain = buildDossier(input({ template: t, bundle: bundle(t), lang: 'en' }));
    const plainBlocks = plain.questions.find((q) => q.id === 'kb-speed')!.steps[0].blocks;
    expect(plainBlocks[0].kind === 'table' && plainBlocks[0].rows.map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(plainBlocks.some((b) => b.kind === 'text')).toBe(false);
  });

  it('marks unanswered questions and steps as not answered', () => {
    const t = constructedTemplate();
    const b = bundle(t, { unanswered: ['wfm', 'seats'] });
    const m = buildDossier(input({ template: t, bundle: b, lang: 'uk', spec: { verdicts: { wfm: 'not-verified', seats: 'not-verified' } } }));
    const wfm = m.questions.find((q) => q.id === 'wfm')!;
    expect(wfm.steps.every((s) => !s.answered)).toBe(true);
    expect(wfm.steps[0].blocks[0]).toEqual({ kind: 'text', tone: 'warn', text: 'Немає відповіді' });
    expect(wfm.claim).toBe('Заяву не внесено.');
    expect(wfm.verdictText).toBe('Не перевірено');
  });

  it('shows an override with who, when and why, and what the rules had suggested', () => {
    const d = decision('platform', 'override', 'Система своя, без поддержки', 'partly');
    const m = buildDossier(input({ spec: { overrides: { platform: { decision: d, suggested: 'meets' } } } }));
    const q = m.questions.find((x) => x.id === 'platform')!;
    expect(q.verdict).toBe('partly');
    expect(q.suggestedText).toBe('По правилам: Соответствует');
    expect(q.override).toMatch(/^Изменено: Игорь Соколов, 12\.03\.2025 \d\d:\d\d\. Причина: Система своя, без поддержки$/);
  });

  it('shows not-applicable questions with the reason, or leaves them out and lists them', () => {
    const t = constructedTemplate();
    const b = bundle(t, { visit: { targetCategory: 'B' } });
    const na = { generator: decision('generator', 'not-applicable', 'Не нужен для проекта') };
    const shown = buildDossier(input({ template: t, bundle: b, lang: 'en', spec: { notApplicable: na } }));
    const values = shown.questions.find((q) => q.id === 'values')!;
    expect(values).toMatchObject({ verdict: 'n/a', verdictText: 'Not applicable', reason: 'Does not apply to category B.', applicable: false });
    expect(shown.questions).toHaveLength(33);

    const hidden = buildDossier(input({ template: t, bundle: b, lang: 'en', spec: { notApplicable: na }, options: { includePhotos: true, showNotApplicable: false } }));
    const applicableB = allQuestions(t).filter((q) => q.categories.includes('B')).length;
    expect(hidden.questions).toHaveLength(applicableB);
    expect(hidden.omitted.map((o) => o.number)).toEqual(allQuestions(t).filter((q) => !q.categories.includes('B')).map((q) => q.number));
    expect(hidden.omitted[0]).toEqual({ number: 2, title: 'Corporate values', reason: 'Does not apply to category B.' });
    // With target A the generator applies, so only the evaluator's N/A mark leaves it out, with that reason.
    const targetA = buildDossier(input({ template: t, lang: 'en', spec: { notApplicable: na }, options: { includePhotos: true, showNotApplicable: false } }));
    expect(targetA.omitted).toEqual([{ number: 24, title: 'Diesel generator', reason: expect.stringMatching(/^Marked not applicable by Игорь Соколов on .*Reason: Не нужен для проекта$/) }]);
  });
});

describe('buildDossier: photos and evidence', () => {
  const t = constructedTemplate();
  const b = bundle(t, {
    photos: [
      { questionId: 'seats', caption: 'Зал 1' },
      { questionId: 'seats', stepId: 's0', caption: '' },
      { questionId: 'generator', caption: 'Генератор' },
      { questionId: 'generator', caption: 'Дубль', deleted: true },
    ],
  });
  const [ok, mismatch, missing, deleted] = b.photos;
  const info = checks(b, {
    [mismatch.id]: { status: 'hash-mismatch', report: true },
    [missing.id]: { status: 'missing', report: false },
  });

  it('marks intact, hash-mismatched and missing photos plainly', () => {
    const m = buildDossier(input({ template: t, bundle: b, photoInfo: info, lang: 'en' }));
    const seats = m.questions[0].photos;
    expect(seats.map((p) => p.status)).toEqual(['ok', 'hash-mismatch']);
    expect(seats[0]).toMatchObject({ id: ok.id, caption: 'Зал 1', shaPrefix: '010101010101', embed: true, author: 'Олена Ковальчук', statusText: 'intact' });
    expect(seats[1]).toMatchObject({ caption: '(no caption)', statusText: 'HASH MISMATCH: the original does not match its fingerprint', embed: true });
    const gen = m.questions.find((q) => q.id === 'generator')!.photos;
    expect(gen).toHaveLength(1);
    expect(gen[0]).toMatchObject({ status: 'missing', embed: false, imageNote: 'no report-size copy, image not shown', statusText: 'MISSING: the original is not in the database' });
  });

  it('names a photo without a caption by its number for life and its file name', () => {
    const numbered = { ...b, photos: b.photos.map((p, i) => (p.id === mismatch.id ? { ...p, number: 4, fileName: 'IMG_4012.jpg' } : i === 0 ? { ...p, number: 1 } : p)) };
    const en = buildDossier(input({ template: t, bundle: numbered, photoInfo: info, lang: 'en' })).questions[0].photos;
    expect(en.map((p) => p.caption)).toEqual(['Зал 1', 'Photo 4 · IMG_4012.jpg']);
    const uk = buildDossier(input({ template: t, bundle: { ...numbered, photos: numbered.photos.map((p) => (p.id === mismatch.id ? { ...p, fileName: undefined } : p)) }, photoInfo: info, lang: 'uk' })).questions[0].photos;
    expect(uk[1].caption).toBe('Фото 4');
  });

  it('lists every photo in the evidence index with the full SHA-256, deleted ones too', () => {
    const m = buildDossier(input({ template: t, bundle: b, photoInfo: info, lang: 'ru' }));
    expect(m.evidence.map((e) => e.photoId)).toEqual([ok.id, mismatch.id, missing.id, deleted.id]);
    expect(m.evidence[0]).toMatchObject({ sha256: '01'.repeat(32), question: '№ 1', author: 'Олена Ковальчук', device: 'laptop-olena-7f3a', capturedAt: '12.03.2025 10:10 (часы камеры)' });
    expect(m.evidence[3].status).toBe('deleted');
    expect(m.evidence[3].statusText).toMatch(/^удалено 12\.03\.2025 \d\d:\d\d, Игорь Соколов: Дубль$/);
  });

  it('does not embed photos in the light version, and says so', () => {
    const m = buildDossier(input({ template: t, bundle: b, photoInfo: info, options: { includePhotos: false, showNotApplicable: true } }));
    const all = m.questions.flatMap((q) => q.photos);
    expect(all.every((p) => !p.embed)).toBe(true);
    expect(all[0].imageNote).toBe('не вставлено (облегчённая версия)');
    expect(m.cover.notices).toContain('Облегчённая версия: фото перечислены с отпечатками, но не вставлены.');
    expect(m.fileName).toMatch(/ ru light\.pdf$/);
  });

  it('shows a photo that nobody checked as not checked rather than intact', () => {
    const m = buildDossier(input({ template: t, bundle: b, photoInfo: new Map() }));
    expect(m.questions[0].photos[0]).toMatchObject({ status: 'unchecked', statusText: 'не проверено', embed: false });
  });

  it('shows a redacted photo as its redacted copy, both hashes in the evidence index, and never the original in its place', () => {
    const redaction: PhotoRedaction = {
      id: 'red-1', visitId: ok.visitId, photoId: ok.id, originalSha256: ok.sha256,
      areas: [{ kind: 'rect', x: 0.1, y: 0.1, w: 0.2, h: 0.2 }], annotations: [], author: 'Олена Ковальчук', device: 'laptop-olena-7f3a',
      at: '2025-03-12T12:00:00.000Z', redacted: { sha256: 'ab'.repeat(32), size: 1000, width: 1600, height: 1200 },
    };
    const redacted = { ...b, redactions: [redaction] };
    const withCopy = checks(b, { [ok.id]: { status: 'ok', report: true, redacted: true } });
    const m = buildDossier(input({ template: t, bundle: redacted, photoInfo: withCopy, lang: 'en' }));
    expect(m.questions[0].photos[0]).toMatchObject({ id: ok.id, embed: true, sha256: ok.sha256, redactedSha256: 'ab'.repeat(32) });
    expect(m.questions[0].photos[1].redactedSha256).toBeUndefined();
    expect(m.evidence[0]).toMatchObject({
      sha256: ok.sha256, redacted: { sha256: 'ab'.repeat(32), note: 'shown in this dossier as a redacted copy (personal data blacked out); the original is held by the audit team' },
    });
    expect(m.evidence[1].redacted).toBeUndefined();
    // The redacted copy is missing: nothing is shown, although the report copy of the original is there.
    const without = checks(b, { [ok.id]: { status: 'ok', report: true, redacted: false } });
    const ru = buildDossier(input({ template: t, bundle: redacted, photoInfo: without, lang: 'ru' }));
    expect(ru.questions[0].photos[0]).toMatchObject({ embed: false, imageNote: 'обезличенной копии нет, изображение не показано (оригинал вместо неё не показывается)' });
    expect(ru.evidence[0].redacted?.note).toBe('в досье показана обезличенная копия (персональные данные закрыты); оригинал хранится у группы аудита');
  });

  it('keeps the audit log in time order with question numbers and readable details', () => {
    const m = buildDossier(input({ template: t, bundle: { ...b, audit: [...b.audit].reverse() }, lang: 'uk' }));
    expect(m.audit.map((a) => a.action)).toEqual(['візит створено', 'випадковий вибір', 'оцінку змінено', 'фото видалено']);
    expect(m.audit[2]).toMatchObject({ author: IGOR.author, question: '№ 20', details: 'оцінка: Відповідає → Частково відповідає' });
  });
});

describe('buildDossier: damaged input', () => {
  it('falls back to another language for a missing translation and marks it', () => {
    const t = constructedTemplate();
    const q = t.sections[0].questions[0];
    (q.title as Record<string, string>).uk = '';
    delete (q.why as Partial<Record<string, string>>).uk;
    const m = buildDossier(input({ template: t, lang: 'uk' }));
    expect(m.questions[0].title).toBe('[RU] Количество рабочих мест операторов');
    expect(m.questions[0].why).toMatch(/^\[RU\] Это показывает/);
    expect(m.fallbacks).toBeGreaterThanOrEqual(2);
    expect(m.cover.notices.some((n) => n.includes('[RU], [UK] або [EN]'))).toBe(true);
    const en = buildDossier(input({ template: t, lang: 'en' }));
    expect(en.fallbacks).toBe(0);
  });

  it('survives a result missing from the evaluation, answers of the wrong shape and empty records', () => {
    const t = constructedTemplate();
    const b = bundle(t);
    const ev = evaluation(t, b);
    ev.results = ev.results.filter((r) => r.question.id !== 'span');
    const broken = b.answers.find((a) => a.questionId === 'kb-speed')!;
    (broken as { data: unknown }).data = { trials: 'oops' };
    const wrongKind = b.answers.find((a) => a.questionId === 'launch')!;
    (wrongKind as { kind: string }).kind = 'timer';
    const m = buildDossier(input({ template: t, bundle: { ...b, audit: undefined as never }, evaluation: ev }));
    const span = m.questions.find((q) => q.id === 'span')!;
    expect(span).toMatchObject({ verdict: 'not-verified', warnings: ['Правила не дали результата по этому вопросу.'] });
    const timer = m.questions.find((q) => q.id === 'kb-speed')!.steps[0];
    expect(timer.answered).toBe(true);
    expect(timer.blocks[0]).toMatchObject({ kind: 'table', rows: [] });
    const launch = m.questions.find((q) => q.id === 'launch')!.steps[0];
    expect(launch.blocks[0]).toMatchObject({ kind: 'text', tone: 'warn' });
    expect(m.audit).toEqual([]);
  });

  it('keeps going when formatReason throws', () => {
    const m = buildDossier({ ...input(), formatReason: () => { throw new Error('no sentence'); } });
    expect(m.questions[0].reason).toBe('all-seen ');
  });
});

describe('dossier strings', () => {
  it.each(['ru', 'uk', 'en'] as const)('names every audit action in %s', (lang) => {
    const s = dossierStrings(lang) as Record<string, string>;
    const unnamed = AUDIT_ACTIONS.filter((a) => typeof s[`audit.${a}`] !== 'string' || s[`audit.${a}`].trim() === '');
    expect(unnamed).toEqual([]);
  });
});

describe('buildDossier: integrity of the audit log (issue 10 §3)', () => {
  const t = constructedTemplate();
  const b = bundle(t);

  it('says per device whether its hash chain is intact', () => {
    const m = buildDossier(input({ template: t, bundle: { ...b, audit: chainEntries(b.audit) }, lang: 'en' }));
    expect(m.auditChains.length).toBeGreaterThan(0);
    for (const c of m.auditChains) {
      expect(c.status).toBe('intact');
      expect(c.text).toMatch(new RegExp(`^Device ${c.device} \\(.+\\): intact, \\d+ entries\\.$`));
    }
  });

  it('says where a chain breaks, in the dossier language', () => {
    const chained = chainEntries(b.audit);
    const device = chained[0].device;
    const mine = chained.filter((e) => e.device === device);
    if (mine.length < 2) throw new Error('the fixture needs two entries of one device');
    const removed = chained.filter((e) => e.id !== mine[0].id);
    const m = buildDossier(input({ template: t, bundle: { ...b, audit: removed }, lang: 'ru' }));
    const c = m.auditChains.find((x) => x.device === device)!;
    expect(c.status).toBe('broken');
    expect(c.text).toMatch(/НАРУШЕНА на записи № 1 из \d+ .*предыдущая запись удалена или изменена/);
  });

  it('calls a log from before chains "not chained", not broken', () => {
    const m = buildDossier(input({ template: t, bundle: b, lang: 'uk' }));
    expect(m.auditChains.every((c) => c.status === 'not-chained' && /без ланцюжка/.test(c.text))).toBe(true);
  });
});
