import { describe, expect, it } from 'vitest';
import { auditDetailsText } from '../../../../renderer/domain/dossier/audit-details';
import { dossierStrings, dossierT } from '../../../../renderer/domain/dossier/strings';
import type { AuditEntry, Photo } from '../../../../renderer/domain/model';
import type { Lang } from '../../../../renderer/domain/template/schema';

const SHA = 'a1'.repeat(32);
const photo = { id: 'p-1', number: 7, sha256: SHA } as Photo;
const ctx = (lang: Lang) => ({ lang, s: dossierStrings(lang), t: dossierT(lang), tz: 'Europe/Kyiv', photos: new Map([[photo.id, photo]]) });
const entry = (action: AuditEntry['action'], details: Record<string, unknown>): AuditEntry =>
  ({ id: 'e', visitId: 'v', at: '2026-03-12T08:50:00.000Z', author: 'Олена', device: 'd-1', action, details }) as AuditEntry;

/** The audit appendix reads as sentences: no JSON, no braces, no id cut short (issue 10 §3). */
const ENTRIES: AuditEntry[] = [
  entry('visit-created', { vendor: 'Контакт', site: 'Київ', templateId: 'callcenter-inbound', templateVersion: '1.0.0' }),
  entry('visit-edited', { changes: { vendor: { from: 'A', to: 'B' }, evaluators: { from: ['Олена'], to: ['Олена', 'Дмитро'] } } }),
  entry('random-pick', { inputs: 'seats 1–96', poolSize: 96, picked: [44, 70] }),
  entry('verdict-override', { decisionId: 'dec-1', reason: 'seen twice', verdict: 'partly' }),
  entry('photo-added', { photoId: 'p-1', number: 7, sha256: SHA, size: 2_400_000, source: 'camera', fileName: null }),
  entry('photo-deleted', { photoId: 'p-1', sha256: SHA, reason: 'blurred' }),
  entry('claim-judged', { answerId: 'a-1', rev: 2, match: 'no', claim: 'Genesys Cloud' }),
  entry('conflict-resolved', { resolutionId: 'r', chosenAnswerId: 'a', chosenAuthor: 'Дмитро', chosenRev: 3, setAside: [{ id: 'x' }], reason: 'recount' }),
  entry('package-imported', { from: { author: 'Дмитро', device: 'd-2' }, packageCreatedAt: '2026-03-12T15:00:00.000Z', kind: 'visit', newVisit: false, added: { answers: 3, photos: 2 }, updated: { answers: 1 }, openConflicts: 2, refusedPhotos: [{ id: 'p', kept: SHA, refused: SHA, device: 'd-3' }] }),
  entry('staffing-checked', { answerId: 'a', rev: 1, agents: 46, scheduled: 66, offered: 48, verdict: 'adequate' }),
];

describe('audit details in words', () => {
  for (const lang of ['en', 'ru', 'uk'] as const) {
    it(`writes every kind of entry as text without JSON in ${lang}`, () => {
      for (const e of ENTRIES) {
        const text = auditDetailsText(e, ctx(lang));
        expect(text, e.action).not.toMatch(/[{}[\]"]|\{\{/);
        expect(text, e.action).not.toMatch(/\b(answerId|decisionId|resolutionId|rev|poolSize|chosenAuthor)\b/);
        expect(text.length, e.action).toBeGreaterThan(3);
      }
    });
  }

  it('names photos by their number and prints hashes whole', () => {
    const text = auditDetailsText(ENTRIES[5]!, ctx('en'));
    expect(text).toBe(`photo 7, reason: blurred; the original stays in the package, SHA-256 ${SHA}`);
    expect(auditDetailsText(ENTRIES[4]!, ctx('ru'))).toContain(`фото 7, источник: камера, 2,3 МБ, SHA-256 ${SHA}`);
  });

  it('says a random pick as a sentence with the right plural', () => {
    expect(auditDetailsText(ENTRIES[2]!, ctx('en'))).toBe('2 of 96 drawn by cryptographic random choice: 44, 70 (pool: seats 1–96)');
    expect(auditDetailsText(ENTRIES[2]!, ctx('ru'))).toBe('2 из 96 выбраны криптографически случайно: 44, 70 (выборка: seats 1–96)');
  });

  it('sums what an import added and updated, and counts what it left open or refused', () => {
    // The date's format is the dossier language's (tested with the time formatting); here only that it is there.
    const text = auditDetailsText(ENTRIES[8]!, ctx('en')).replace(/\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4}|\d{1,2} \w{3} \d{4}/, 'DATE');
    expect(text).toBe('package of Дмитро (device d-2) made DATE 17:00; records added: 5, updated: 1; 2 conflicts left open; 1 photo refused as a different original under a known id');
  });
});
