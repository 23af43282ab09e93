/**
 * Runs the engine off the main thread, so typing never waits for an evaluation. One request at a
 * time; the store side (store/workerEvaluator.ts) terminates this worker when an answer is no
 * longer wanted.
 *
 * The full report stays here: the main thread gets its compact view (store/reportView.ts), whose
 * structured clone is small enough to receive without a long task, and asks for an object's full
 * report when the user selects it.
 */
import { evaluate } from '../engine'
import type { Report } from '../engine/types'
import { compactReport } from '../store/reportView'
import { SUMMARY_PART, type WorkerRequest, type WorkerResponse } from '../store/workerProtocol'

// The app's tsconfig types `self` as a Window; this is the slice of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage: (message: WorkerResponse) => void
}

/** The last evaluation, for detail requests. */
let last: { revision: number; version: string; report: Report } | null = null

scope.onmessage = ({ data }) => {
  const { id, revision } = data
  try {
    if (data.type === 'detail') {
      const object =
        last && last.revision === revision && last.version === data.version ? last.report.objects[data.index] : undefined
      if (object) scope.postMessage({ id, revision, detail: object })
      else scope.postMessage({ id, revision, error: `no report of object ${data.index} for revision ${revision}` })
      return
    }
    const { text, version, objectIndex = 0 } = data
    last = null
    const report = evaluate(text, { version, file: null })
    last = { revision, version, report }
    const view = compactReport(report, text, objectIndex)
    // Summaries first, in parts, then the rest of the view with the last part (see SUMMARY_PART).
    const { objects } = view
    let start = 0
    for (; objects.length - start > SUMMARY_PART; start += SUMMARY_PART) {
      scope.postMessage({ id, revision, objects: objects.slice(start, start + SUMMARY_PART) })
    }
    scope.postMessage({ id, revision, report: { ...view, objects: objects.slice(start) } })
  } catch (error) {
    // The engine returns problems as data; reaching here is a bug, reported so the app can show it.
    scope.postMessage({ id, revision, error: error instanceof Error ? error.message : String(error) })
  }
}
