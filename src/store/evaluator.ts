/** The async seam between the store and the engine: the app runs the engine in a worker, tests call it in-thread. */
import type { Report } from '../engine/types'

/** What to evaluate; `revision` is echoed back so the store can drop answers for old text. */
export interface EvaluationRequest {
  text: string
  /** `latest` or `v1.<minor>`. */
  version: string
  revision: number
}

/** An engine report and the revision it was computed for. */
export interface EvaluationResult {
  revision: number
  report: Report
}

/** Evaluates one request; rejects with {@link EvaluationSuperseded} when a newer request replaced it. */
export type Evaluator = (request: EvaluationRequest) => Promise<EvaluationResult>

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
