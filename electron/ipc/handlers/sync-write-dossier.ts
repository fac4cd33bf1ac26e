import { dossierMarker } from '../../sync/ownership';
import { folderWriter, type FolderWriter } from './sync-write-file';
import { dossierFileName } from './validation';

/**
 * Writes the visit's dossier PDF into the sync folder: a plain `.pdf` name, the same checks and atomic write as a
 * package. Only a dossier SiteProof wrote is replaced: any other PDF of that name is the user's and stays.
 */
export const writeSyncDossier: FolderWriter = folderWriter(dossierFileName, dossierMarker);
