import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_TRANSFER_BYTES } from '../../../../electron/ipc/contract';
import { saveFile, type SaveFileDeps } from '../../../../electron/ipc/handlers/file-save-file';

const data = new Uint8Array([37, 80, 68, 70]);
const documents = path.resolve('/home/eva/Documents');

function deps(choice: { canceled: boolean; filePath?: string }, writeFile: SaveFileDeps['writeFile'] = vi.fn(async () => undefined)) {
  return {
    showSaveDialog: vi.fn(async () => choice),
    writeFile: vi.fn(writeFile),
    defaultDirectory: () => documents,
  };
}

describe('file:save-file', () => {
  it('asks where to save, suggesting the name in Documents, then writes the bytes there', async () => {
    const target = path.join(documents, 'dossier.pdf');
    const d = deps({ canceled: false, filePath: target });
    const filters = [{ name: 'PDF', extensions: ['pdf'] }];
    const result = await saveFile({ suggestedName: 'dossier.pdf', data, filters }, d);
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(d.showSaveDialog).toHaveBeenCalledWith({ defaultPath: path.join(documents, 'dossier.pdf'), filters });
    expect(d.writeFile).toHaveBeenCalledWith(target, data);
  });

  it('returns saved:false and writes nothing when the user cancels', async () => {
    for (const choice of [{ canceled: true }, { canceled: false, filePath: '' }, { canceled: true, filePath: '/x.pdf' }]) {
      const d = deps(choice);
      expect(await saveFile({ suggestedName: 'dossier.pdf', data }, d)).toEqual({ ok: true, value: { saved: false } });
      expect(d.writeFile).not.toHaveBeenCalled();
    }
  });

  it('suggests a Windows-safe name when the title has a colon', async () => {
    const d = deps({ canceled: true });
    await saveFile({ suggestedName: 'Аудит 10:30.pdf', data }, d);
    expect(d.showSaveDialog).toHaveBeenCalledWith({ defaultPath: path.join(documents, 'Аудит 10_30.pdf') });
  });

  it.each([
    ['a path in the name', { suggestedName: '../../.bashrc', data }],
    ['a Windows path in the name', { suggestedName: 'C:\\Windows\\x.pdf', data }],
    ['an empty name', { suggestedName: '', data }],
    ['text instead of bytes', { suggestedName: 'a.pdf', data: 'hello' }],
    ['an array instead of bytes', { suggestedName: 'a.pdf', data: [1, 2, 3] }],
    ['a bad filter extension', { suggestedName: 'a.pdf', data, filters: [{ name: 'PDF', extensions: ['.pdf'] }] }],
    ['no input at all', undefined],
  ])('refuses %s without opening a dialog', async (_label, input) => {
    const d = deps({ canceled: false, filePath: '/tmp/x' });
    const result = await saveFile(input, d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Invalid input: /);
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('refuses data over the transfer cap', async () => {
    const huge = { byteLength: MAX_TRANSFER_BYTES + 1 };
    Object.setPrototypeOf(huge, Uint8Array.prototype);
    const d = deps({ canceled: false, filePath: '/tmp/x' });
    const result = await saveFile({ suggestedName: 'a.pdf', data: huge }, d);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('larger than 1024 MB') });
  });

  it('turns a write failure into a readable message', async () => {
    const target = path.join(documents, 'dossier.pdf');
    const d = deps({ canceled: false, filePath: target }, async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    expect(await saveFile({ suggestedName: 'dossier.pdf', data }, d)).toEqual({ ok: false, error: `Could not save ${target}: the disk is full` });
  });
});
