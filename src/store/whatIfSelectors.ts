/**
 * What the verdict panel shows: the selected object as the user wrote it, or, while a what-if
 * switch is on for it, as the what-if would have it. The panel reads these; everything else (the
 * object list, editor markers, permalinks) keeps reading the real report.
 */
import type { ObjectReport } from '@secctx/engine'
import type { ObjectSummary } from '../workers/protocol/reportView'
import type { WhatIfView } from '../workers/protocol/whatIf'
import { memoizeSelector } from './memoize'
import { groupViolations, selectSelectedIndex, selectSelectedObject, selectSelectedSummary } from './selectors'
import type { WhatIfState } from './slices/whatIfSlice'
import type { AppState, TargetLevel } from './types'

/** The what-if that is on for the selected object, or null. */
export function selectActiveWhatIf(state: AppState): WhatIfState | null {
  const { whatIf } = state
  return whatIf.change !== null && selectSelectedIndex(state) === whatIf.objectIndex ? whatIf : null
}

/** The object as the active what-if has it; null when none is on or it has nothing to show (see its reason). */
export function selectWhatIfView(state: AppState): WhatIfView | null {
  const answer = selectActiveWhatIf(state)?.answer
  return answer && !('reason' in answer) ? answer : null
}

/** The summary the panel shows: the what-if's, else the selected object's. */
export function selectShownSummary(state: AppState): ObjectSummary | null {
  return selectWhatIfView(state)?.summary ?? selectSelectedSummary(state)
}

/** The full report the panel shows: the what-if's, else the selected object's (null while it loads). */
export function selectShownObject(state: AppState): ObjectReport | null {
  return selectWhatIfView(state)?.detail ?? selectSelectedObject(state)
}

/** The level admission is judged at: a level what-if's own level, else the target level. */
export function selectShownLevel(state: AppState): TargetLevel {
  const change = selectActiveWhatIf(state)?.change
  return change?.kind === 'level' ? change.level : state.settings.level
}

/** Whether the shown object passes the shown level; null when there is no object. */
export function selectShownAllowed(state: AppState): boolean | null {
  const object = selectShownSummary(state)
  if (!object) return null
  const level = selectShownLevel(state)
  return level === 'privileged' || object.allowed[level]
}

/** What kubectl prints for the shown object at the shown level, or null when it is allowed. */
export function selectShownMessage(state: AppState): string | null {
  const object = selectShownObject(state)
  const level = selectShownLevel(state)
  return object && level !== 'privileged' ? object.levels[level].message : null
}

/** The shown object's failing checks, grouped by level (see {@link groupViolations}). */
export const selectShownViolationGroups = memoizeSelector(
  (state: AppState) => [selectShownObject(state)] as const,
  (object) => groupViolations(object),
)
