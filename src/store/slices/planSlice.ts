import type { AppState, PlanSlice } from '../types'
import type { SliceContext } from './sliceContext'
import { failedAgain } from '../useBoundedRetry'

/** The key of the plan the shown evaluation would have, or null when there is none to plan (no report, or one of older text). */
export function wantedPlanKey(state: AppState): string | null {
  const { report, forRevision, forVersion } = state.evaluation
  // An out-of-date report shows older objects than the text the worker holds: no plan until it reads again.
  if (!report || report.outOfDate || forRevision === null || forVersion === null || forRevision !== state.document.revision) return null
  return `${forRevision}:${forVersion}`
}

/** The namespace rollout plan, computed where the full report and its text live (the worker), on request. */
export function createPlanSlice({ set, get, evaluator, onDispose }: SliceContext): PlanSlice {
  let disposed = false
  onDispose(() => (disposed = true))
  return {
    namespacePlan: { key: null, status: 'idle', value: null, valueKey: null },
    loadNamespacePlan() {
      const key = wantedPlanKey(get())
      const { forRevision: revision, forVersion: version } = get().evaluation
      if (disposed || key === null || revision === null || version === null || !evaluator.plan) return
      const current = get().namespacePlan
      if (current.key === key && current.status !== 'error') return
      set((state) => ({ namespacePlan: { ...state.namespacePlan, key, status: 'loading' } }))
      evaluator.plan({ revision, version }).then(
        (value) => {
          if (disposed || get().namespacePlan.key !== key) return
          set((state) => ({ namespacePlan: { ...state.namespacePlan, status: 'done', value, valueKey: key, failed: undefined } }))
        },
        () => {
          // The worker no longer holds that evaluation (a newer one, or a restart): useNamespacePlan asks again, a bounded number of times.
          if (disposed || get().namespacePlan.key !== key) return
          set((state) => ({ namespacePlan: { ...state.namespacePlan, status: 'error', failed: failedAgain(state.namespacePlan.failed, key) } }))
        },
      )
    },
  }
}
