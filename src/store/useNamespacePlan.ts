import { useEffect } from 'react'
import { wantedPlanKey } from './slices/planSlice'
import type { NamespacePlanState } from './types'
import { useAppStore } from './useAppStore'

/** Failed requests for one evaluation's plan before the view stops asking, and the pause per failure. */
const MAX_ATTEMPTS = 4
const RETRY_MS = 200

/** What the Namespaces view shows: the last plan, whether it is the shown evaluation's, and how asking for that one went. */
export interface NamespacePlanFor extends NamespacePlanState {
  /** True when `value` is the plan of the shown evaluation (not an older one kept while the new one comes). */
  current: boolean
  /** The requests for the shown evaluation's plan failed too often: the view says so. */
  gaveUp: boolean
}

/** The shown evaluation's namespace plan, asked for while the calling view is mounted (and again, a few times, if the worker dropped it). */
export function useNamespacePlan(): NamespacePlanFor {
  const wanted = useAppStore(wantedPlanKey)
  const plan = useAppStore((state) => state.namespacePlan)
  const load = useAppStore((state) => state.loadNamespacePlan)
  const failed = plan.failed?.key === wanted ? plan.failed.attempts : 0
  useEffect(() => {
    if (wanted === null) return
    if (failed === 0) return load()
    if (failed >= MAX_ATTEMPTS) return
    const timer = setTimeout(load, RETRY_MS * failed)
    return () => clearTimeout(timer)
  }, [wanted, load, failed])
  return { ...plan, current: wanted !== null && plan.valueKey === wanted, gaveUp: failed >= MAX_ATTEMPTS }
}
