import { PhotoPanel } from '../../photos';

/** Photos of one step: what is already captured, the file import, and the camera on demand. */
export function StepPhotos(props: { visitId: string; questionId: string; stepId: string; stepLabel?: string }) {
  return <PhotoPanel {...props} />;
}
