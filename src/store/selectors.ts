/** Plain selector functions over the app state; the panels read the store only through these. */
import type { ObjectReport, Violation } from '@secctx/engine'
import { memoizeSelector } from './memoize'
import { clampIndex, type ObjectSummary } from '../workers/protocol/reportView'
import type { AppState, ShareSnapshot } from './types'

const NO_OBJECTS: readonly ObjectSummary[] = []

/** The manifest text. */
export const selectText = (state: AppState) => state.document.text
/** The text's revision, bumped on every change. */
export const selectRevision = (state: AppState) => state.document.revision
/** The chosen policy version (`latest` or `v1.<minor>`). */
export const selectVersion = (state: AppState) => state.settings.version
/** The level the namespace is taken to enforce. */
export const selectTargetLevel = (state: AppState) => state.settings.level
/** Monaco or the plain textarea. */
export const selectEditorMode = (state: AppState) => state.settings.editorMode
/** Whether the workshop presenter view is on. */
export const selectPresenter = (state: AppState) => state.settings.presenter
/** The shown report's compact view, or null before the first evaluation. */
export const selectReport = (state: AppState) => state.evaluation.report
/** The text revision the shown report was computed for. */
export const selectReportRevision = (state: AppState) => state.evaluation.forRevision
/** The place the editor was last asked to show. */
export const selectReveal = (state: AppState) => state.ui.reveal
/** The banner message, if any. */
export const selectNotice = (state: AppState) => state.ui.notice

/** Every object of the shown report, summarised; the full report of the selected one is {@link selectSelectedObject}. */
export const selectObjects = (state: AppState) => state.evaluation.report?.objects ?? NO_OBJECTS

/** The selected object's index, clamped to the current report; -1 when there is no object. */
export function selectSelectedIndex(state: AppState): number {
  const count = selectObjects(state).length
  return count === 0 ? -1 : clampIndex(state.selection.objectIndex, count)
}

/** The selected object's summary: kind, name, verdict, pass/fail per level. */
export function selectSelectedSummary(state: AppState): ObjectSummary | null {
  return selectObjects(state)[selectSelectedIndex(state)] ?? null
}

/**
 * The selected object's full report; null when there is no object, and for a moment after
 * selecting in a large input, while its detail comes from the worker (see {@link selectDetailPending}).
 */
export function selectSelectedObject(state: AppState): ObjectReport | null {
  return state.evaluation.report?.details[selectSelectedIndex(state)] ?? null
}

/** True while the selected object's full report is on its way from the worker. */
export function selectDetailPending(state: AppState): boolean {
  return selectSelectedSummary(state) !== null && selectSelectedObject(state) === null
}

/** True while the shown report was computed for an older text or another version. */
export function selectIsStale(state: AppState): boolean {
  const { forRevision, forVersion } = state.evaluation
  return forRevision !== state.document.revision || forVersion !== state.settings.version
}

/** An object's failing checks by the level they belong to: baseline's group comes from the baseline evaluation, restricted's holds restricted's own checks only. */
export interface ViolationGroups {
  baseline: readonly Violation[]
  restricted: readonly Violation[]
}

/** An object's failing checks by the level they belong to (see {@link ViolationGroups}). */
export function groupViolations(object: ObjectReport | null): ViolationGroups {
  return {
    baseline: object?.levels.baseline.violations ?? [],
    restricted: object?.levels.restricted.violations.filter((v) => v.level === 'restricted') ?? [],
  }
}

/** Whether the Windows panel shows: opened by hand, or the selected object targets Windows. */
export function selectWindowsPanelVisible(state: AppState): boolean {
  return state.settings.windowsOpen || (selectSelectedSummary(state)?.targetsWindows ?? false)
}

/** The state a permalink or workshop step restores; the evaluation is derived, so it is not part of it. */
export const selectShareSnapshot = memoizeSelector(
  (state: AppState) =>
    [
      state.document.text,
      state.settings.version,
      state.settings.level,
      state.selection.objectIndex,
      state.settings.windowsOpen,
      state.settings.presenter,
    ] as const,
  (text, version, level, objectIndex, windowsOpen, presenter): ShareSnapshot => ({
    text,
    version,
    level,
    objectIndex,
    windowsOpen,
    presenter,
  }),
)
