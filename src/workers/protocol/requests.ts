/** What the main thread asks the evaluator (worker or in-thread) for, and what it gets back. */
import type { CheckedLevel, ObjectFixes } from '@secctx/engine'
import type { ReportView } from './reportView'

/** What to evaluate; `revision` is echoed back so the store can drop answers for old text. */
export interface EvaluationRequest {
  text: string
  /** `latest` or `v1.<minor>`. */
  version: string
  revision: number
  /** The selected object, whose full detail the answer carries; 0 when absent. */
  objectIndex?: number
}

/** The compact view of an engine report (see reportView.ts) and the revision it was computed for. */
export interface EvaluationResult {
  revision: number
  report: ReportView
}

/** Asks for one object's full report out of the last evaluation of `revision`. */
export interface DetailRequest {
  revision: number
  version: string
  index: number
}

/** The fixes of one object of the last evaluation of `revision`, at both checked levels. */
export type FixRequest = DetailRequest

/** Asks for the namespace rollout plan of the text of the last evaluation of `revision`, at its `version`. */
export interface PlanRequest {
  revision: number
  version: string
}

/** Per checked level, the object's fixes (null when the evaluator has no such object). */
export type LevelFixes = Record<CheckedLevel, ObjectFixes | null>
