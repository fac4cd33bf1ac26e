export { PhotoPanel } from './PhotoPanel';
export { PhotoStrip } from './PhotoStrip';
export { PhotoImport } from './PhotoImport';
export { CameraCapture } from './CameraCapture';
export { CaptureBar } from './CaptureBar';
export { PhotoViewer } from './PhotoViewer';
export { startPhotoPipeline, savePhoto } from './pipeline';
export type { StepRef } from './types';
