import type { WorkerLike } from '../workers/protocol/messages'

/** Starts the engine worker; a module worker from the app's own origin, as the CSP's worker-src 'self' requires. */
export function createEvaluateWorker(): WorkerLike {
  return new Worker(new URL('../workers/evaluate.worker.ts', import.meta.url), {
    type: 'module',
    name: 'evaluate',
  }) as unknown as WorkerLike
}
