/** Messages between the store's worker evaluator and `workers/evaluate.worker.ts`. */
import type { ObjectReport } from '@secctx/engine'
import type { PlanView } from './planView'
import type { DetailRequest, EvaluationRequest, FixRequest, LevelFixes, PlanRequest } from './requests'
import type { ReportView } from './reportView'
import type { WhatIfAnswer, WhatIfRequest } from './whatIf'

/** Evaluate a text; the worker keeps the full report and answers with its compact view. */
export interface EvaluateMessage extends EvaluationRequest {
  type?: 'evaluate'
  /** Matches the answer to its request across restarts. */
  id: number
}

/** One object's full report from the evaluation the worker holds. */
export interface DetailMessage extends DetailRequest {
  type: 'detail'
  id: number
}

/** One object's fixes, computed from the text and evaluation the worker holds. */
export interface FixesMessage extends FixRequest {
  type: 'fixes'
  id: number
}

/** The namespace rollout plan of the text the worker holds. */
export interface PlanMessage extends PlanRequest {
  type: 'plan'
  id: number
}

/** One object of the evaluation the worker holds, as if a change were made to its text. */
export interface WhatIfMessage extends WhatIfRequest {
  type: 'whatIf'
  id: number
}

/** Any message the main thread sends the evaluation worker; each carries an id its answer repeats. */
export type WorkerRequest = EvaluateMessage | DetailMessage | FixesMessage | PlanMessage | WhatIfMessage

/**
 * Object summaries travel in parts of at most this many, each its own message, ahead of the
 * answer that carries the rest of the view: receiving (deserialising) one part is a few ms on the
 * main thread, where all of a 5 MB stream's summaries at once would be one task of ~50 ms.
 */
export const SUMMARY_PART = 500

/** Any message the worker sends back: for the request of that id, a part of its summaries, its answer, or why it failed. */
export type WorkerResponse =
  | { id: number; revision: number; objects: ReportView['objects'] }
  | { id: number; revision: number; report: ReportView }
  | { id: number; revision: number; detail: ObjectReport }
  | { id: number; revision: number; fixes: LevelFixes }
  | { id: number; revision: number; plan: PlanView }
  | { id: number; revision: number; whatIf: WhatIfAnswer }
  | { id: number; revision: number; error: string }

/** The part of `Worker` the evaluator uses, so tests can drive a fake one. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror?: ((event: MessageEvent) => void) | null
}
