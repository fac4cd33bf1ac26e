import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplateText } from '../../renderer/domain/template/validate';
import { allQuestions } from '../../renderer/domain/template/library';
import { LANGS } from '../../renderer/domain/template/schema';

const FILE = 'templates/selection-factors.json';
const r = loadTemplateText(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8'), FILE);

describe('selection-factors template', () => {
  it('validates', () => {
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  if (!r.ok) return;
  const t = r.template;
  const qs = allQuestions(t);

  it('identifies itself and numbers its questions 1..n', () => {
    expect(t.id).toBe('selection-factors');
    expect(t.formatVersion).toBe(1);
    expect(qs.map((q) => q.number)).toEqual(qs.map((_, i) => i + 1));
  });

  it('covers the factors of the selection article', () => {
    expect(qs.map((q) => q.id)).toEqual([
      'enquiry-response-speed', 'client-references', 'service-focus',
      'call-routing', 'dedicated-agents', 'confidentiality', 'phone-number', 'other-channels', 'working-hours', 'scaling',
      'sla', 'waiting-time', 'queue-length', 'caller-satisfaction', 'call-quality',
      'problem-resolution',
      'backup-links', 'data-storage',
      'reports', 'recording-access', 'crm-integration', 'self-service-changes',
      'main-and-backup-vendor',
    ]);
  });

  it('applies every factor to all categories (the article ranks none)', () => {
    for (const q of qs) expect(q.categories, q.id).toEqual(['A', 'B', 'C']);
  });

  it('keeps the one-hour hint and the 80/20 split', () => {
    const speed = qs.find((q) => q.id === 'enquiry-response-speed');
    expect(speed?.recommended.A?.en).toMatch(/hour/);
    const split = qs.find((q) => q.id === 'main-and-backup-vendor');
    expect(split?.why.ru).toContain('80%');
    expect(split?.why.en).toContain('20%');
  });

  it('has every text in three languages, Russian differing from English', () => {
    for (const q of qs) {
      for (const l of [q.title, q.ask, q.why, ...Object.values(q.recommended), ...q.steps.map((s) => s.prompt)]) {
        for (const lang of LANGS) expect(l?.[lang].trim(), q.id).not.toBe('');
        expect(l?.ru, q.id).not.toBe(l?.en);
        expect(l?.uk, q.id).not.toBe(l?.en);
      }
    }
  });
});
