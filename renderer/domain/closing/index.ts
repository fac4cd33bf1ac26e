/**
 * The closing meeting (issue 13): the preliminary findings shown to the vendor's representative, the sign-off
 * that freezes them, what changed after the meeting, and the later resolution of disputed findings.
 */
export { closingFindings, findingKey, serializeFindings, hashFindings, FINDINGS_FORMAT, FINDINGS_FORMAT_VERSION, type FindingsOptions } from './findings';
export {
  signoffRecord, closingFindingRecord, draftProblems, makeSignoff, checkSignoff, closingState, signatureImageOf, bytesToBase64, base64ToBytes, isPng,
  MAX_SIGNATURE_BASE64, type ClosingState, type SignoffCheck, type SignoffDraft, type SignoffMeta, type SignoffProblem,
} from './signoff';
export {
  compareFindings, changedKeys, editsAfter, disputeResolutions, standingResolution, resolutionDetails,
  type ChangedField, type DisputeOutcome, type DisputeResolution, type DisputeResolutionDetails, type EditAfterMeeting, type PostMeetingChange,
} from './changes';
