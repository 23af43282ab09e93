/** The async seam between the store and the engine: the app runs the engine in a worker, tests call it in-thread. */
import type { CheckedLevel, ObjectFixes, ObjectReport } from '@secctx/engine'
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

/** Per checked level, the object's fixes (null when the evaluator has no such object). */
export type LevelFixes = Record<CheckedLevel, ObjectFixes | null>

/**
 * Evaluates one request; rejects with {@link EvaluationSuperseded} when a newer request replaced it.
 * `detail`, when present, fetches an object the view left out; it rejects when the evaluator no
 * longer holds that revision's report (a newer evaluation replaced it).
 */
export type Evaluator = ((request: EvaluationRequest) => Promise<EvaluationResult>) & {
  detail?: (request: DetailRequest) => Promise<ObjectReport>
  /** Computes the fixes of one object of the kept evaluation; rejects like `detail`. */
  fixes?: (request: FixRequest) => Promise<LevelFixes>
}

/** The evaluator gave up on a request because a newer one arrived; not a failure, the store ignores it. */
export class EvaluationSuperseded extends Error {
  constructor(revision: number) {
    super(`evaluation of revision ${revision} was superseded`)
    this.name = 'EvaluationSuperseded'
  }
}

/** True for the rejection an evaluator uses to drop an outdated request. */
export function isSuperseded(error: unknown): boolean {
  return error instanceof Error && error.name === 'EvaluationSuperseded'
}
