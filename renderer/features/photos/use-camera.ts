import { useEffect, useRef, useState, type RefObject } from 'react';
import { CAMERA_CONSTRAINTS, cameraProblem, stopStream, type CameraProblem } from './camera';

export type CameraState =
  | { kind: 'off' }
  | { kind: 'starting' }
  | { kind: 'live' }
  | { kind: 'problem'; problem: CameraProblem; detail: string };

const hasCamera = () => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';

/**
 * The live camera while `on` is true, shown in the video element behind `videoRef`. It is started once and kept
 * while the owner stays mounted (the capture bar lives beside the questions, so moving on does not turn it off);
 * turning it off or unmounting gives the camera back to the system at once. `retry` asks again after a problem.
 */
export function useCamera(on: boolean): { state: CameraState; videoRef: RefObject<HTMLVideoElement | null>; retry: () => void } {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [attempt, setAttempt] = useState(0);
  const initial = (): CameraState => (!on ? { kind: 'off' } : hasCamera() ? { kind: 'starting' } : { kind: 'problem', problem: 'unsupported', detail: '' });
  const [state, setState] = useState<CameraState>(initial);
  const [shown, setShown] = useState({ on, attempt });
  if (shown.on !== on || shown.attempt !== attempt) {
    setShown({ on, attempt });
    setState(initial());
  }

  useEffect(() => {
    if (!on || !hasCamera()) return;
    const video = videoRef.current;
    let stream: MediaStream | null = null;
    let gone = false;
    navigator.mediaDevices.getUserMedia(CAMERA_CONSTRAINTS).then(
      async (s) => {
        // Turned off (or unmounted) while the permission prompt was open: give the camera straight back.
        if (gone) return stopStream(s);
        stream = s;
        if (video) {
          video.srcObject = s;
          await video.play().catch(() => undefined);
        }
        if (!gone) setState({ kind: 'live' });
      },
      (e: unknown) => {
        if (!gone) setState({ kind: 'problem', problem: cameraProblem(e), detail: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      gone = true;
      stopStream(stream);
      if (video) video.srcObject = null;
    };
  }, [on, attempt]);

  return { state, videoRef, retry: () => setAttempt((a) => a + 1) };
}
