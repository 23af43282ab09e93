/**
 * Shim: monaco-yaml 5.5.1 (through monaco-worker-manager 2.0.1) calls
 * `monaco.editor.createWebWorker({ label, createData })`, the API Monaco had before 0.53. Monaco
 * 0.57 expects a ready `worker` instead. This wrapper builds that worker the way Monaco's own
 * internal `createWebWorker` does (without importing that module, which pulls in every editor
 * contribution) and hands monaco-yaml a copy of the Monaco API with it.
 *
 * Remove when monaco-yaml passes `worker` itself: remcohaszing/monaco-yaml#272, microsoft/monaco-editor#5049.
 */
import type * as Monaco from 'monaco-editor/editor'

interface LegacyWorkerOptions {
  label?: string
  createData?: unknown
  host?: Record<string, (...args: unknown[]) => unknown>
  keepIdleModels?: boolean
}

export function withLegacyCreateWebWorker(monaco: typeof Monaco, getWorker: (label: string) => Worker): typeof Monaco {
  const createWebWorker = (options: LegacyWorkerOptions) => {
    const worker = getWorker(options.label ?? 'yaml')
    // The two-message handshake monaco-worker-manager's worker entry expects.
    worker.postMessage('ignore')
    worker.postMessage(options.createData)
    return monaco.editor.createWebWorker({
      worker,
      host: options.host,
      keepIdleModels: options.keepIdleModels,
    })
  }
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } } as typeof Monaco
}
