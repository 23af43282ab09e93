import type { EvaluationResult } from '../../workers/protocol/requests'
import { isSuperseded } from '../evaluator'
import { clampIndex, keepLastGood, type ReportView } from '../../workers/protocol/reportView'
import type { EvaluationSlice } from '../types'
import type { SliceContext } from './sliceContext'

/** Id of the banner this slice raises, so a later success clears only its own notice. */
export const EVALUATION_NOTICE_ID = 'evaluation-failed'

export function createEvaluationSlice(context: SliceContext): EvaluationSlice {
  const { set, get, evaluator, debounceMs, onDispose } = context
  let timer: ReturnType<typeof setTimeout> | undefined
  let disposed = false
  onDispose(() => {
    disposed = true
    clearTimeout(timer)
  })

  // An answer counts only if text and version are still what it was computed for; anything else is stale.
  const isCurrent = (revision: number, version: string) => {
    const state = get()
    return !disposed && state.document.revision === revision && state.settings.version === version
  }

  // The details an answer brought; a fetched one is kept beside these only, so clicking through a
  // large stream never copies its whole report onto the main thread.
  let answerDetails: ReportView['details'] = {}

  const accept = (result: EvaluationResult, version: string) => {
    if (!isCurrent(result.revision, version)) return
    // A version change re-reads the same text: only a text edit may be mid-way through.
    const shown = get().evaluation.forVersion === version ? get().evaluation.report : null
    const report = keepLastGood(shown, result.report)
    answerDetails = report.details
    set({
      evaluation: {
        status: 'done',
        report,
        forRevision: result.revision,
        forVersion: version,
        error: null,
      },
    })
    get().dismissNotice(EVALUATION_NOTICE_ID)
    get().loadSelectedDetail()
  }

  // One request per object of one view at a time.
  const loadingDetails = new Set<string>()
  const loadSelectedDetail = () => {
    const { report, forRevision, forVersion } = get().evaluation
    if (disposed || !evaluator.detail || !report || forRevision === null || forVersion === null) return
    // The worker holds the newer, broken text's report, whose objects are not the ones shown.
    if (report.objects.length === 0 || report.outOfDate) return
    const index = clampIndex(get().selection.objectIndex, report.objects.length)
    const key = `${forRevision}:${forVersion}:${index}`
    if (report.details[index] || loadingDetails.has(key)) return
    loadingDetails.add(key)
    const objects = report.objects
    evaluator.detail({ revision: forRevision, version: forVersion, index }).then(
      (object) => {
        loadingDetails.delete(key)
        const shown = get().evaluation
        // Only into the view it was asked for: the same report (its summaries) for the same revision.
        if (disposed || !shown.report || shown.report.objects !== objects || shown.forRevision !== forRevision) return
        set({
          evaluation: { ...shown, report: { ...shown.report, details: { ...answerDetails, [index]: object } } },
        })
      },
      () => {
        loadingDetails.delete(key)
        // The worker no longer holds this report (it was restarted after a crash): evaluate again,
        // since an answer carries the selected object's detail. Not when something newer is coming.
        const shown = get().evaluation
        if (shown.status === 'done' && shown.report?.objects === objects && isCurrent(forRevision, forVersion)) {
          get().requestEvaluation(0)
        }
      },
    )
  }

  const fail = (error: unknown, revision: number, version: string) => {
    if (isSuperseded(error) || !isCurrent(revision, version)) return
    const message = error instanceof Error ? error.message : String(error)
    set((state) => ({ evaluation: { ...state.evaluation, status: 'error', error: message } }))
    get().showNotice({
      id: EVALUATION_NOTICE_ID,
      kind: 'error',
      text: `The manifest could not be evaluated (${message}). Your text is kept: edit it or try again.`,
      actions: [{ label: 'Try again', run: () => get().requestEvaluation(0) }],
    })
  }

  const run = () => {
    if (disposed) return
    const { text, revision } = get().document
    const { version } = get().settings
    let pending: Promise<EvaluationResult>
    try {
      pending = evaluator({ text, version, revision, objectIndex: get().selection.objectIndex })
    } catch (error) {
      pending = Promise.reject(error)
    }
    pending.then(
      (result) => accept(result, version),
      (error: unknown) => fail(error, revision, version),
    )
  }

  return {
    evaluation: { status: 'idle', report: null, forRevision: null, forVersion: null, error: null },
    requestEvaluation(delayMs = debounceMs) {
      if (disposed) return
      clearTimeout(timer)
      if (get().evaluation.status !== 'pending') {
        set((state) => ({ evaluation: { ...state.evaluation, status: 'pending' } }))
      }
      timer = setTimeout(run, Math.max(0, delayMs))
    },
    loadSelectedDetail,
  }
}
