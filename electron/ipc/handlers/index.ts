import type { Channel, Contract, Result } from '../contract';
import { getVersion, type GetVersionDeps } from './app-get-version';
import { saveFile, type SaveFileDeps } from './file-save-file';
import { abortPackageWrite, closePackageWrite, openPackageWrite, writePackageChunk, type PackageWriteDeps } from './package-write';
import { getFreeSpace, type FreeSpaceDeps } from './storage-get-free-space';
import { chooseSyncFolder, type ChooseFolderDeps } from './sync-choose-folder';
import { listSyncFolders, type ListFoldersDeps } from './sync-list-folders';
import { listSyncPackages } from './sync-list-packages';
import { readSyncFile } from './sync-read-file';
import { revokeSyncFolder, type RevokeFolderDeps } from './sync-revoke-folder';
import { writeSyncDossier } from './sync-write-dossier';
import { writeSyncFile, type WriteFileDeps } from './sync-write-file';

/** One function per channel, dependencies already bound: what register.ts hands to ipcMain. */
export type BoundHandlers = { [C in Channel]: (input: unknown) => Promise<Result<Contract[C]['output']>> };

export type HandlerDeps = GetVersionDeps & SaveFileDeps & ChooseFolderDeps & ListFoldersDeps & RevokeFolderDeps & WriteFileDeps & PackageWriteDeps & FreeSpaceDeps;

export function createHandlers(deps: HandlerDeps): BoundHandlers {
  return {
    'app:get-version': (input) => getVersion(input, deps),
    'file:save-file': (input) => saveFile(input, deps),
    'sync:choose-folder': (input) => chooseSyncFolder(input, deps),
    'sync:list-folders': (input) => listSyncFolders(input, deps),
    'sync:revoke-folder': (input) => revokeSyncFolder(input, deps),
    'sync:list-packages': (input) => listSyncPackages(input, deps),
    'sync:read-file': (input) => readSyncFile(input, deps),
    'sync:write-file': (input) => writeSyncFile(input, deps),
    'sync:write-dossier': (input) => writeSyncDossier(input, deps),
    'package:open-write': (input) => openPackageWrite(input, deps),
    'package:write-chunk': (input) => writePackageChunk(input, deps),
    'package:close-write': (input) => closePackageWrite(input, deps),
    'package:abort-write': (input) => abortPackageWrite(input, deps),
    'storage:get-free-space': (input) => getFreeSpace(input, deps),
  };
}
