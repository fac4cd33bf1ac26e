import { folderWriter, type FolderWriter } from './sync-write-file';
import { dossierFileName } from './validation';

/** Writes the visit's dossier PDF into the sync folder: a plain `.pdf` name, the same checks and atomic write as a package. */
export const writeSyncDossier: FolderWriter = folderWriter(dossierFileName);
