import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/db';
import {
  clearToolDraft, readLang, readLastQuestion, readToolDraft, saveLang, saveLastQuestion, saveToolDraft,
} from '../../../renderer/db/ui-state';
import { clearDb } from './fixtures';

beforeEach(clearDb);

describe('ui state', () => {
  it('keeps the language in the database and ignores a value that is not a language', async () => {
    expect(await readLang()).toBeUndefined();
    await saveLang('uk');
    expect(await readLang()).toBe('uk');
    expect(await db.uiState.get('lang')).toEqual({ key: 'lang', value: 'uk' });
    await db.uiState.put({ key: 'lang', value: 'de' });
    expect(await readLang()).toBeUndefined();
  });

  it('remembers the last open question per visit', async () => {
    expect(await readLastQuestion('v1')).toBeNull();
    await saveLastQuestion('v1', 'q3');
    await saveLastQuestion('v2', 'q9');
    await saveLastQuestion('v1', 'q4');
    expect(await readLastQuestion('v1')).toBe('q4');
    expect(await readLastQuestion('v2')).toBe('q9');
  });

  it('keeps, replaces and clears a tool draft per visit and tool', async () => {
    expect(await readToolDraft('v1', 'staffing')).toBeUndefined();
    await saveToolDraft('v1', 'staffing', { seats: '10' });
    await saveToolDraft('v1', 'report', { csv: 'a,b' });
    await saveToolDraft('v1', 'staffing', { seats: '11' });
    expect(await readToolDraft('v1', 'staffing')).toEqual({ seats: '11' });
    await clearToolDraft('v1', 'staffing');
    expect(await readToolDraft('v1', 'staffing')).toBeUndefined();
    expect(await readToolDraft('v1', 'report')).toEqual({ csv: 'a,b' });
  });
});
