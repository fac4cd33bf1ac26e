import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../../renderer/db/db';
import { readToolDraft } from '../../../../../renderer/db/ui-state';
import { clearDraft, flushDrafts, loadDrafts, readDraft, writeDraft } from '../../../../../renderer/features/visit/tools/draft';
import { clearDb } from '../../../db/fixtures';

beforeEach(clearDb);

describe('tool drafts', () => {
  it('reads a write at once and keeps it in the database, where a fresh start finds it', async () => {
    writeDraft('v1', 'staffing', { note: 'a' });
    expect(readDraft('v1', 'staffing')).toEqual({ note: 'a' });
    await flushDrafts();
    expect(await readToolDraft('v1', 'staffing')).toEqual({ note: 'a' });
  });

  it('writes only the newest of many quick changes after the one in flight, in order', async () => {
    writeDraft('v1', 'report-check', { n: 0 });
    await flushDrafts();
    let writes = 0;
    const updating = () => { writes++; };
    db.uiState.hook('updating', updating);
    try {
      for (let i = 1; i <= 20; i++) writeDraft('v1', 'report-check', { n: i });
      await flushDrafts();
    } finally {
      db.uiState.hook('updating').unsubscribe(updating);
    }
    expect(writes).toBe(2);
    expect(await readToolDraft('v1', 'report-check')).toEqual({ n: 20 });
  });

  it('clears a draft in memory and on disk', async () => {
    writeDraft('v1', 'staffing', { x: 1 });
    clearDraft('v1', 'staffing');
    expect(readDraft('v1', 'staffing')).toBeUndefined();
    await flushDrafts();
    expect(await readToolDraft('v1', 'staffing')).toBeUndefined();
  });

  it('loads a visit’s drafts from the database (as after a reload) for the screens to read synchronously', async () => {
    await db.uiState.bulkPut([
      { key: 'visit:v2:tool:staffing', value: { seats: '9' } },
      { key: 'visit:v2:question', value: 'q1' },
      { key: 'visit:v3:tool:staffing', value: { seats: 'other' } },
    ]);
    expect(readDraft('v2', 'staffing')).toBeUndefined();
    await loadDrafts('v2');
    expect(readDraft('v2', 'staffing')).toEqual({ seats: '9' });
    expect(readDraft('v3', 'staffing')).toBeUndefined();
  });
});
