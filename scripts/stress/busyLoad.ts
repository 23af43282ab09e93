/**
 * Keeps every core busy until killed: one worker thread per core, each spinning on arithmetic.
 * The e2e stress check runs it beside Playwright, as a busy CI machine or a laptop compiling would.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

/** Starts the load in this process: one spinning thread per core (or `threads`). */
export function startBusyLoad(threads = availableParallelism()): () => Promise<void> {
  // Evaluated as a script, so the load needs no build step and no file beside it.
  const spin = 'let x = 0; for (;;) { x = (x * 1103515245 + 12345) % 2147483648 }'
  const workers = Array.from({ length: threads }, () => new Worker(spin, { eval: true }))
  return async () => {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
