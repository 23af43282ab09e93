/** Which web worker Monaco gets for each label it asks for. */

/** The labels this app bundles a worker for. */
export interface WorkerFactories {
  /** Monaco's own editor worker. */
  editorWorkerService: () => Worker
  /** monaco-yaml's language service. */
  yaml: () => Worker
}

/**
 * Creates the worker for `label`. An unknown label throws instead of returning nothing: Monaco
 * would otherwise fall back to running the worker code on the main thread, or fetch it from a URL
 * the Content-Security-Policy blocks, and the real cause would be lost.
 */
export function createWorkerForLabel(label: string, factories: WorkerFactories): Worker {
  switch (label) {
    case 'editorWorkerService':
      return factories.editorWorkerService()
    case 'yaml':
      return factories.yaml()
    default:
      throw new Error(`No web worker is bundled for the Monaco worker label "${label}"`)
  }
}
