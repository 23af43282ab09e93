import { wantedPlanKey } from './slices/planSlice'
import type { NamespacePlanState } from './types'
import { useAppStore } from './useAppStore'
import { failuresFor, useBoundedRetry } from './useBoundedRetry'

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
  const gaveUp = useBoundedRetry(wanted, failuresFor(plan.failed, wanted), load)
  return { ...plan, current: wanted !== null && plan.valueKey === wanted, gaveUp }
}
