import { describe, expect, it } from 'vitest';
import { addTemplateFromText, TemplateError } from '../../../../renderer/db/templates';
import { describeTemplateIssues, loadTemplate } from '../../../../renderer/domain/template/validate';
import { translator } from '../../../../renderer/i18n/instance';
import { templateProblem } from '../../../../renderer/features/library/template-problem';
import { validTemplate } from '../../domain/template/fixture';

const FILE = 'my-checklist.json';

/** A checklist whose first question has an empty Ukrainian title. */
function brokenText(): string {
  const t = validTemplate() as unknown as { sections: { questions: Record<string, unknown>[] }[] };
  (t.sections[0].questions[0].title as Record<string, string>).uk = '';
  return JSON.stringify(t);
}

async function refusal(text: string): Promise<TemplateError> {
  try {
    await addTemplateFromText(text, FILE);
  } catch (e) {
    if (e instanceof TemplateError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

describe('templateProblem', () => {
  it('gives a Russian user the validator’s details in Russian under the Russian title', async () => {
    const error = await refusal(brokenText());
    const problem = templateProblem(translator('ru', 'library'), error, FILE, 'ru');
    expect(problem.title).toBe(translator('ru', 'library')('err_invalid', { file: FILE, count: 1 }));
    expect(problem.messages).toEqual([`${FILE}: sections[floor].questions[seats].title.uk: украинский текст пуст`]);
    // English keeps the validator's wording.
    expect(templateProblem(translator('en', 'library'), error, FILE, 'en').messages).toEqual([
      `${FILE}: sections[floor].questions[seats].title.uk: Ukrainian text is empty`,
    ]);
  });

  it('words cross-checks, zod issues and a broken JSON file in Ukrainian and Russian', async () => {
    const t = validTemplate() as unknown as { sections: { questions: Record<string, unknown>[] }[] } & Record<string, unknown>;
    t.sections[0].questions[1].number = t.sections[0].questions[0].number;
    const cross = loadTemplate(t, FILE);
    expect(cross.ok).toBe(false);
    if (!cross.ok) {
      const uk = describeTemplateIssues(cross.issues, 'uk');
      expect(uk.some((line) => line.endsWith('використано двічі'))).toBe(true);
      expect(uk.join('\n')).not.toMatch(/is used twice/);
    }
    const shape = validTemplate() as unknown as Record<string, unknown>;
    shape.surprise = 1;
    const zod = loadTemplate(shape, FILE);
    expect(zod.ok).toBe(false);
    if (!zod.ok) expect(describeTemplateIssues(zod.issues, 'ru')).toEqual([`${FILE}: (root): неизвестные поля: "surprise"`]);

    const json = await refusal('{ not json');
    const ru = templateProblem(translator('ru', 'library'), json, FILE, 'ru').messages;
    expect(ru).toHaveLength(1);
    expect(ru[0]).toMatch(/^my-checklist\.json: \(root\): это не корректный JSON \(/);
  });
});
