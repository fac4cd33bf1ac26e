import type { Bridge, Result } from '../../electron/ipc/contract';
import { MAX_CHUNK_BYTES } from '../../electron/ipc/contract';
import { chunkedStream } from './chunked';
import type { Platform } from './platform';

/** Chunks of a streamed save: large enough that IPC round trips are few, well under the handler's cap. */
export const SAVE_CHUNK_BYTES = Math.min(8 * 1024 * 1024, MAX_CHUNK_BYTES);

/** Turns a bridge Result into a value, or an Error carrying the main process's readable message. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (result.ok) return result.value;
  throw new Error(result.error);
}

export function createElectronPlatform(bridge: Bridge): Platform {
  return {
    kind: 'electron',
    getVersion: () => unwrap(bridge.getVersion()),
    async freeDiskSpace() {
      const result = await bridge.getFreeSpace();
      return result.ok ? result.value.freeBytes : null;
    },
    async saveFile(suggestedName, data, filters) {
      const output = await unwrap(bridge.saveFile(filters ? { suggestedName, data, filters } : { suggestedName, data }));
      return output.saved;
    },
    async openSaveStream(suggestedName, filters) {
      const opened = await unwrap(bridge.openPackageWrite(filters ? { suggestedName, filters } : { suggestedName }));
      if (!opened) return null;
      const { id } = opened;
      const stream = chunkedStream({
        send: async (offset, data) => {
          await unwrap(bridge.writePackageChunk({ id, offset, data }));
        },
        close: async (size) => {
          await unwrap(bridge.closePackageWrite({ id, size }));
        },
        abort: async () => {
          await bridge.abortPackageWrite({ id });
        },
      }, SAVE_CHUNK_BYTES);
      return { stream, target: 'file' };
    },
    sync: {
      async chooseFolder() {
        const folder = await unwrap(bridge.chooseSyncFolder());
        return folder?.path ?? null;
      },
      async listFolders() {
        return (await unwrap(bridge.listSyncFolders())).map((folder) => folder.path);
      },
      async revokeFolder(folder) {
        // Not granted (any more) is what the caller wanted: the folder is not open to the app either way.
        await unwrap(bridge.revokeSyncFolder({ path: folder }));
      },
      list: (folder) => unwrap(bridge.listSyncPackages({ path: folder })),
      read: (folder, name) => unwrap(bridge.readSyncFile({ folder, name })),
      async write(folder, name, data) {
        await unwrap(bridge.writeSyncFile({ folder, name, data }));
      },
      async writeDossier(folder, name, data) {
        await unwrap(bridge.writeSyncDossier({ folder, name, data }));
      },
    },
  };
}
