/** Why the camera is not available, from the getUserMedia error name. */
export type CameraProblem = 'refused' | 'absent' | 'busy' | 'unsupported' | 'other';

export function cameraProblem(e: unknown): CameraProblem {
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
  switch (name) {
    case 'NotAllowedError': case 'SecurityError': case 'PermissionDeniedError': return 'refused';
    case 'NotFoundError': case 'OverconstrainedError': case 'DevicesNotFoundError': return 'absent';
    case 'NotReadableError': case 'AbortError': case 'TrackStartError': return 'busy';
    case 'TypeError': return 'unsupported';
    default: return 'other';
  }
}

/**
 * Asks for the largest frame the camera offers: browsers otherwise default to 640×480, far too little to
 * read a certificate on a wall. `ideal` never fails; the camera picks its nearest size.
 */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { width: { ideal: 4096 }, height: { ideal: 3072 } },
};

export function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/** Draws the current video frame at full size and encodes it as the photo's original JPEG. */
export async function grabFrame(video: HTMLVideoElement, quality = 0.92): Promise<Blob | null> {
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(video, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}
