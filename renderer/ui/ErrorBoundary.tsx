import { Component, type ReactNode } from 'react';

interface Props { fallback: (error: Error) => ReactNode; children: ReactNode }
interface State { error: Error | null }

/** Keeps one broken page from blanking the whole window; the header and navigation stay usable. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
