/**
 * Runs the engine off the main thread, so typing never waits for an evaluation. One request at a
 * time; the store side (store/workerEvaluator.ts) terminates this worker when an answer is no
 * longer wanted.
 */
import { evaluate } from '../engine'
import type { WorkerRequest, WorkerResponse } from '../store/workerProtocol'

// The app's tsconfig types `self` as a Window; this is the slice of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage: (message: WorkerResponse) => void
}

scope.onmessage = ({ data }) => {
  const { id, revision, text, version } = data
  try {
    scope.postMessage({ id, revision, report: evaluate(text, { version, file: null }) })
  } catch (error) {
    // The engine returns problems as data; reaching here is a bug, reported so the app can show it.
    scope.postMessage({ id, revision, error: error instanceof Error ? error.message : String(error) })
  }
}
