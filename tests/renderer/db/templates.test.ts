import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import { setAuthorName } from '../../../renderer/db/identity';
import { addTemplateFromText, loadAllTemplates, MAX_TEMPLATE_CHARS, removeTemplate, TemplateError } from '../../../renderer/db/templates';
import { createVisit, deleteVisit, setVisitArchived } from '../../../renderer/db/visits';
import { templates as shipped } from '../../../renderer/db/shipped-templates';
import { miniTemplate, miniText } from '../domain/template/mini-template';
import { clearDb, visitFields } from './fixtures';

beforeEach(async () => {
  await clearDb();
  await setAuthorName('Olena Koval');
});

async function refusal(p: Promise<unknown>): Promise<TemplateError> {
  const e: unknown = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof TemplateError)) throw new Error(`expected a TemplateError, got ${String(e)}`);
  return e;
}

describe('addTemplateFromText', () => {
  it('stores a valid checklist under id@version and offers it beside the shipped ones', async () => {
    const r = await addTemplateFromText(`\uFEFF${miniText()}`, 'quick.json');
    expect(r.unchanged).toBe(false);
    expect(r.template.id).toBe('quick-visit');
    const row = await db.templates.get('quick-visit@1.0.0');
    expect(row).toMatchObject({ key: 'quick-visit@1.0.0', id: 'quick-visit', version: '1.0.0', fileName: 'quick.json', raw: miniTemplate() });
    expect(Number.isNaN(Date.parse(row!.addedAt))).toBe(false);

    const all = await loadAllTemplates();
    expect(all.errors).toEqual([]);
    expect(all.templates.map((t) => `${t.id}@${t.version}`)).toEqual([...shipped.map((t) => `${t.id}@${t.version}`), 'quick-visit@1.0.0']);
    expect(all.entries.at(-1)?.origin).toBe('own');
  });

  it('refuses a broken file with one message per problem, each naming the file and the field, and stores nothing', async () => {
    const bad = miniTemplate({ version: '1.0' });
    (bad.sections as { questions: { number: unknown }[] }[])[0].questions[0].number = 'one';
    const e = await refusal(addTemplateFromText(JSON.stringify(bad), 'my-list.json'));
    expect(e.code).toBe('invalid');
    expect(e.messages).toHaveLength(2);
    expect(e.messages.every((m) => m.startsWith('my-list.json: '))).toBe(true);
    expect(e.messages.some((m) => m.startsWith('my-list.json: version: '))).toBe(true);
    expect(e.messages.some((m) => m.startsWith('my-list.json: sections[floor].questions[agent-seats].number: '))).toBe(true);
    expect(e.params).toMatchObject({ file: 'my-list.json', count: 2 });
    expect(await db.templates.count()).toBe(0);
  });

  it('refuses text that is not JSON, naming the file', async () => {
    const e = await refusal(addTemplateFromText('{"format": "siteproof-template",', 'cut.json'));
    expect(e.code).toBe('invalid');
    expect(e.messages).toHaveLength(1);
    expect(e.messages[0]).toMatch(/^cut\.json: \(root\): not valid JSON/);
  });

  it('refuses a cross-check problem (rule on a missing step) with its place', async () => {
    const bad = miniTemplate();
    const q = (bad.sections as { questions: { rule: { step: string } }[] }[])[0].questions[0];
    q.rule.step = 'tally';
    const e = await refusal(addTemplateFromText(JSON.stringify(bad), 'rule.json'));
    expect(e.messages).toEqual(['rule.json: sections[floor].questions[agent-seats].rule.step: no step "tally" in this question']);
  });

  it('refuses the id and version of a shipped template with a clear message', async () => {
    const s = shipped[0];
    const e = await refusal(addTemplateFromText(JSON.stringify(miniTemplate({ id: s.id, version: s.version })), 'clash.json'));
    expect(e.code).toBe('shipped');
    expect(e.messages).toEqual([
      `clash.json: version: template "${s.id}" version ${s.version} is shipped with the app; give your checklist another id or version`,
    ]);
    expect(await db.templates.count()).toBe(0);
    // The same id with a new version is a different template and is accepted.
    await addTemplateFromText(JSON.stringify(miniTemplate({ id: s.id, version: '99.0.0' })), 'next.json');
    expect(await db.templates.get(`${s.id}@99.0.0`)).toBeDefined();
  });

  it('accepts the same file twice without a duplicate, but refuses different content under the same id and version', async () => {
    await addTemplateFromText(miniText(), 'quick.json');
    const again = await addTemplateFromText(JSON.stringify(miniTemplate()), 'quick-copy.json');
    expect(again.unchanged).toBe(true);
    expect(await db.templates.count()).toBe(1);

    const changed = miniTemplate({ title: { ru: 'Другой', uk: 'Інший', en: 'Another' } });
    const e = await refusal(addTemplateFromText(JSON.stringify(changed), 'changed.json'));
    expect(e.code).toBe('version-clash');
    expect(e.messages[0]).toContain('changed.json: version: ');
    expect(e.messages[0]).toContain('from quick.json');
    expect((await db.templates.get('quick-visit@1.0.0'))?.raw).toEqual(miniTemplate());
  });

  it('refuses a file far too large to be a checklist before parsing it', async () => {
    const e = await refusal(addTemplateFromText(' '.repeat(MAX_TEMPLATE_CHARS + 1), 'huge.json'));
    expect(e.code).toBe('too-large');
    expect(e.messages[0]).toMatch(/^huge\.json: /);
  });
});

describe('removeTemplate', () => {
  it('removes an unused checklist', async () => {
    await addTemplateFromText(miniText(), 'quick.json');
    await removeTemplate('quick-visit@1.0.0');
    expect(await db.templates.count()).toBe(0);
    expect((await loadAllTemplates()).templates).toEqual([...shipped]);
  });

  it('is refused while a visit, archived or not, uses that id and version', async () => {
    await addTemplateFromText(miniText(), 'quick.json');
    await addTemplateFromText(miniText({ version: '1.1.0' }), 'quick-11.json');
    const visit = await createVisit(visitFields({ templateId: 'quick-visit', templateVersion: '1.0.0', vendor: 'Acme Contact' }));
    await setVisitArchived(visit.id, true);

    const e = await refusal(removeTemplate('quick-visit@1.0.0'));
    expect(e.code).toBe('in-use');
    expect(e.messages).toEqual(['quick.json: checklist "quick-visit" version 1.0.0 is used by 1 visit(s) (Acme Contact); delete those visits first']);
    expect(e.params).toMatchObject({ count: 1, vendors: 'Acme Contact' });
    expect(await db.templates.get('quick-visit@1.0.0')).toBeDefined();

    // Another version of the same id is not in use.
    await removeTemplate('quick-visit@1.1.0');
    expect(await db.templates.get('quick-visit@1.1.0')).toBeUndefined();

    await deleteVisit(visit.id);
    await removeTemplate('quick-visit@1.0.0');
    expect(await db.templates.count()).toBe(0);
  });

  it('says so when the checklist is not stored', async () => {
    const e = await refusal(removeTemplate('nothing@1.0.0'));
    expect(e.code).toBe('not-found');
  });
});

describe('loadAllTemplates', () => {
  it('reports a broken stored record instead of failing', async () => {
    await addTemplateFromText(miniText(), 'quick.json');
    await db.templates.put({ key: 'old@1.0.0', id: 'old', version: '1.0.0', raw: { format: 'siteproof-template' }, addedAt: '2024-01-01T00:00:00.000Z', fileName: 'old.json' });
    const all = await loadAllTemplates();
    expect(all.templates.map((t) => t.id)).toContain('quick-visit');
    expect(all.broken.map((b) => b.key)).toEqual(['old@1.0.0']);
    expect(all.errors.length).toBeGreaterThan(0);
    expect(all.errors.every((m) => m.startsWith('old.json: '))).toBe(true);
  });
});
