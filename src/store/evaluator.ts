/** The async seam between the store and the engine: the app runs the engine in a worker, tests call it in-thread. */
import type { ObjectReport } from '@secctx/engine'
import type { PlanView } from '../workers/protocol/planView'
import type { WhatIfAnswer, WhatIfRequest } from '../workers/protocol/whatIf'
import type { DetailRequest, EvaluationRequest, EvaluationResult, FixRequest, LevelFixes, PlanRequest } from '../workers/protocol/requests'

/**
 * Evaluates one request; rejects with {@link EvaluationSuperseded} when a newer request replaced it.
 * `detail`, when present, fetches an object the view left out; it rejects when the evaluator no
 * longer holds that revision's report (a newer evaluation replaced it).
 */
export type Evaluator = ((request: EvaluationRequest) => Promise<EvaluationResult>) & {
  detail?: (request: DetailRequest) => Promise<ObjectReport>
  /** Computes the fixes of one object of the kept evaluation; rejects like `detail`. */
  fixes?: (request: FixRequest) => Promise<LevelFixes>
  /** Plans the namespaces of the kept evaluation's text; rejects like `detail`. */
  plan?: (request: PlanRequest) => Promise<PlanView>
  /** One object of the kept evaluation as if a change were made to its text; rejects like `detail`. */
  whatIf?: (request: WhatIfRequest) => Promise<WhatIfAnswer>
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
