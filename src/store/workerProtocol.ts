/** Messages between the store's worker evaluator and `workers/evaluate.worker.ts`. */
import type { Report } from '../engine/types'
import type { EvaluationRequest } from './evaluator'

export interface WorkerRequest extends EvaluationRequest {
  /** Matches the answer to its request across restarts. */
  id: number
}

export type WorkerResponse =
  | { id: number; revision: number; report: Report }
  | { id: number; revision: number; error: string }

/** The part of `Worker` the evaluator uses, so tests can drive a fake one. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror?: ((event: MessageEvent) => void) | null
}
