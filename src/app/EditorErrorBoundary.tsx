import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What to show once the editor has crashed. */
  fallback: ReactNode
  onError: (error: Error) => void
  children: ReactNode
}

/** Keeps a crashing editor from taking the page down: the app switches to the plain text editor instead. */
export class EditorErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: Error, _info: ErrorInfo) {
    this.props.onError(error)
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
