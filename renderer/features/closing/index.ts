export { ClosingScreen } from './ClosingScreen';
