/** The shape of the app store: five data slices plus the actions that change them. */
import type { Level, Report, TextEdit } from '@secctx/engine'
import type { RevealRequest } from '../editor/types'
import type { PlanView } from '../workers/protocol/planView'
import type { WhatIfSlice } from './slices/whatIfSlice'
import type { LevelFixes } from '../workers/protocol/requests'
import type { ReportView } from '../workers/protocol/reportView'
import type { RequestState } from './useBoundedRetry'

/** A target level: what the namespace enforces. */
export type TargetLevel = Level

/** Monaco, or the plain textarea (chosen by the user, or forced when Monaco cannot load). */
export type EditorMode = 'monaco' | 'textarea'

/** The manifest text being edited. */
export interface DocumentState {
  text: string
  /** Bumped on every text change; evaluation results carry the revision they were computed for. */
  revision: number
}

/** What the user chose: version, level, panels, editor, presenter view. */
export interface SettingsState {
  /** `latest` or `v1.<minor>`. */
  version: string
  level: TargetLevel
  /** The Windows panel was opened by hand (it also opens by itself for Windows pods). */
  windowsOpen: boolean
  editorMode: EditorMode
  /** Workshop presenter view: larger type, set by the workshop feature. */
  presenter: boolean
}

/** Where the evaluation of the current text stands. */
export type EvaluationStatus = 'idle' | 'pending' | 'done' | 'error'

/** The shown report and what it was computed for. */
export interface EvaluationState {
  status: EvaluationStatus
  /**
   * The newest accepted report, as its compact view (summaries, some details, capped lists and
   * markers); kept while a newer one is computed so the panels never flash empty.
   */
  report: ReportView | null
  /** Document revision the report was computed for. */
  forRevision: number | null
  /** Version the report was computed for, as asked (`latest`, `v1.30`). */
  forVersion: string | null
  /** Message of the last failure, cleared by the next success. */
  error: string | null
}

/** Which object the panels show. */
export interface SelectionState {
  /** Index into `report.objects`; selectors clamp it, so it may outlive a shorter report. */
  objectIndex: number
}

/** A button on a notice: its label and what it does. */
export interface NoticeAction {
  label: string
  run: () => void
}

/** A banner message any feature can raise (share decoding, editor loading, evaluation failures). */
export interface Notice {
  /** Lets the raiser clear only its own notice later. */
  id?: string
  kind: 'info' | 'warning' | 'error'
  text: string
  actions?: NoticeAction[]
}

/** Transient UI requests: where the editor should go, and the banner message. */
export interface UiState {
  reveal: RevealRequest | null
  notice: Notice | null
}

/** Everything a permalink or a workshop step needs to restore the view. */
export interface ShareSnapshot {
  text: string
  version: string
  level: TargetLevel
  objectIndex: number
  windowsOpen: boolean
  presenter: boolean
}

/** The store's text part, and the action that changes it. */
export interface DocumentSlice {
  document: DocumentState
  setText: (text: string) => void
}

/** The store's settings part, and one action per setting. */
export interface SettingsSlice {
  settings: SettingsState
  setVersion: (version: string) => void
  setLevel: (level: TargetLevel) => void
  setWindowsOpen: (open: boolean) => void
  setEditorMode: (mode: EditorMode) => void
  setPresenter: (presenter: boolean) => void
}

/** The store's evaluation part, and the actions that ask the evaluator. */
export interface EvaluationSlice {
  evaluation: EvaluationState
  /** Schedules an evaluation of the current text and version; `delayMs` defaults to the store's debounce. */
  requestEvaluation: (delayMs?: number) => void
  /** Fetches the selected object's full report when the shown view lacks it. */
  loadSelectedDetail: () => void
}

/** The store's selection part, and the action that selects an object. */
export interface SelectionSlice {
  selection: SelectionState
  selectObject: (index: number) => void
}

/** The store's transient UI part, and the actions that raise and clear it. */
export interface UiSlice {
  ui: UiState
  /** Moves the editor cursor to a place and scrolls it into view; `scrollOnly` leaves cursor and focus alone. */
  revealAt: (line: number, column: number, options?: { scrollOnly?: boolean }) => void
  showNotice: (notice: Notice) => void
  /** Clears the banner; with an id, only when the banner is that notice. */
  dismissNotice: (id?: string) => void
}

/** The selected object's fixes, as the worker computed them for the shown evaluation. */
export interface FixesState extends RequestState {
  /** `revision:version:index` the fixes are (being) computed for; null when none were asked for. */
  key: string | null
  value: LevelFixes | null
  /** The text the last applied fix produced, so the plain-text editor applies it as an edit it can undo. */
  appliedText: string | null
}

/** The store's fixes part: the selected object's fixes, and the actions that ask for and apply them. */
export interface FixSlice {
  fixes: FixesState
  /** Asks for the selected object's fixes unless they are there or on their way. */
  loadFixes: () => void
  /** Applies edits computed for the current text (ignored when the text has moved on). */
  applyFix: (edits: readonly TextEdit[]) => void
}

/** The namespace rollout plan of the shown evaluation, computed by the worker when the Namespaces view asks. */
export interface NamespacePlanState extends RequestState {
  /** `revision:version` the plan is (being) computed for; null when none was asked for. */
  key: string | null
  /** The last plan that arrived, kept while a newer one is computed so the view never flashes empty. */
  value: PlanView | null
  /** `revision:version` of `value`. */
  valueKey: string | null
}

/** The store's namespace-plan part: the plan of the shown evaluation and the action that asks for it. */
export interface PlanSlice {
  namespacePlan: NamespacePlanState
  /** Asks for the shown evaluation's plan unless it is there or on its way. */
  loadNamespacePlan: () => void
}

/** Store-wide actions: restoring a shared state, and shutting the store down. */
export interface SnapshotSlice {
  /** Replaces the shareable state in one step and re-evaluates (permalinks, gallery, workshop). */
  applySnapshot: (snapshot: Partial<ShareSnapshot>) => void
  /** Stops timers and drops in-flight answers; for tests and hot reload. */
  dispose: () => void
}

/** The whole app store: every slice's state and actions. */
export type AppState = DocumentSlice & SettingsSlice & EvaluationSlice & SelectionSlice & UiSlice & FixSlice & PlanSlice & WhatIfSlice & SnapshotSlice

export type { Report, ReportView }
