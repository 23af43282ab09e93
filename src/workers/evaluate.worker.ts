/**
 * Runs the engine off the main thread, so typing never waits for an evaluation. One request at a
 * time; the store side (store/workerEvaluator.ts) terminates this worker when an answer is no
 * longer wanted.
 *
 * The full report stays here: the main thread gets its compact view (protocol/reportView.ts), whose
 * structured clone is small enough to receive without a long task, and asks for an object's full
 * report when the user selects it.
 */
import { createReportKeeper } from './reportKeeper'
import { SUMMARY_PART, type WorkerRequest, type WorkerResponse } from './protocol/messages'

// The app's tsconfig types `self` as a Window; this is the slice of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage: (message: WorkerResponse) => void
}

const keeper = createReportKeeper()

scope.onmessage = ({ data }) => {
  const { id, revision } = data
  try {
    if (data.type === 'detail') {
      scope.postMessage({ id, revision, detail: keeper.detail(data) })
      return
    }
    if (data.type === 'fixes') {
      scope.postMessage({ id, revision, fixes: keeper.fixes(data) })
      return
    }
    if (data.type === 'whatIf') {
      scope.postMessage({ id, revision, whatIf: keeper.whatIf(data) })
      return
    }
    if (data.type === 'plan') {
      scope.postMessage({ id, revision, plan: keeper.plan(data) })
      return
    }
    const view = keeper.evaluate(data)
    // Summaries first, in parts, then the rest of the view with the last part (see SUMMARY_PART).
    const { objects } = view
    let start = 0
    for (; objects.length - start > SUMMARY_PART; start += SUMMARY_PART) {
      scope.postMessage({ id, revision, objects: objects.slice(start, start + SUMMARY_PART) })
    }
    scope.postMessage({ id, revision, report: { ...view, objects: objects.slice(start) } })
  } catch (error) {
    // A detail of a report this worker no longer holds; or a bug, since the engine returns problems
    // as data. Either way the app is told, and can show it or evaluate again.
    scope.postMessage({ id, revision, error: error instanceof Error ? error.message : String(error) })
  }
}
