/** Visit packages in the app: share and merge one visit, back up everything, review conflicting answers. */
export { PackagesPanel } from './PackagesPanel';
export { BackupPanel } from './BackupPanel';
export { ConflictReview } from './ConflictReview';
