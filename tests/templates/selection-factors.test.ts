import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplateText } from '../../renderer/domain/template/validate';
import { allQuestions } from '../../renderer/domain/template/library';
import { LANGS } from '../../renderer/domain/template/schema';
import { evaluateVisit } from '../../renderer/domain/verdict/evaluate';
import { formatReason } from '../../renderer/domain/verdict/reasons';
import { answer, bundle, visit } from '../renderer/domain/verdict/fixtures';

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
      'project-tasks', 'call-routing', 'dedicated-agents', 'call-volume', 'confidentiality', 'phone-number', 'other-channels', 'working-hours', 'scaling',
      'sla', 'waiting-time', 'queue-length', 'caller-satisfaction', 'call-quality',
      'quality-indicators', 'problem-resolution', 'agent-requirements-in-contract',
      'backup-links', 'data-storage',
      'reports', 'recording-access', 'crm-integration', 'self-service-changes',
      'main-and-backup-vendor',
    ]);
  });

  it('a reply after more than an hour of working time fails the response-speed rule (the article: "worth thinking twice")', () => {
    const speed = qs.find((q) => q.id === 'enquiry-response-speed')!;
    const tpl = { ...t, sections: [{ id: 'x', title: t.sections[0].title, questions: [speed] }] };
    const verdictAt = (minutes: number) => evaluateVisit(tpl, bundle({
      visit: visit({ targetCategory: 'C' }), answers: [answer(speed.id, 'minutes-to-reply', 'value', { number: minutes })],
    })).results[0];
    expect(verdictAt(45).suggested).toBe('meets');
    expect(verdictAt(60).suggested).toBe('meets');
    expect(verdictAt(61)).toMatchObject({ suggested: 'not-met', reason: { params: { bound: 60, unit: 'minutes' } } });
    expect(formatReason(verdictAt(90).reason, 'ru').replace(/\u00a0/g, ' ')).toBe('зафиксировано 90 минут; для категории C нужно не больше 60');
  });

  it('asks about the project’s tasks, the call volume by day and hour, quality indicators and agent requirements in the contract', () => {
    const byId = (id: string) => qs.find((q) => q.id === id)!;
    expect(byId('project-tasks').ask.en).toMatch(/hotline/);
    expect(byId('call-volume').ask.en).toMatch(/day of the week and hour/);
    expect(byId('quality-indicators').steps[0]).toMatchObject({ kind: 'document', docType: 'contract' });
    expect(byId('agent-requirements-in-contract').recommended.C?.en).toMatch(/contract/);
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
