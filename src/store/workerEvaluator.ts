/**
 * Runs the engine in a Web Worker. At most one evaluation runs and at most one waits; a newer
 * request replaces the waiting one, and when the running one has taken longer than
 * `restartAfterMs` the worker is terminated and restarted, so a slow huge input never holds up
 * the answer for fresh text.
 */
import { EvaluationSuperseded, type EvaluationRequest, type EvaluationResult, type Evaluator } from './evaluator'
import type { WorkerLike, WorkerRequest } from './workerProtocol'

export interface WorkerEvaluatorOptions {
  createWorker: () => WorkerLike
  /** How long a running evaluation may hold up a newer request before its worker is killed. */
  restartAfterMs?: number
  now?: () => number
}

interface Job {
  request: WorkerRequest
  resolve: (result: EvaluationResult) => void
  reject: (error: unknown) => void
  startedAt?: number
}

export interface WorkerEvaluator extends Evaluator {
  /** Terminates the worker and rejects anything outstanding. */
  dispose: () => void
}

export function createWorkerEvaluator(options: WorkerEvaluatorOptions): WorkerEvaluator {
  const restartAfterMs = options.restartAfterMs ?? 250
  const now = options.now ?? (() => performance.now())
  let worker: WorkerLike | null = null
  let running: Job | null = null
  let waiting: Job | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let nextId = 1

  const stopWorker = () => {
    if (!worker) return
    worker.onmessage = worker.onerror = null
    worker.onmessageerror = null
    worker.terminate()
    worker = null
  }

  const finish = (job: Job, settle: () => void) => {
    if (running !== job) return
    running = null
    settle()
    pump()
  }

  const startWorker = (): WorkerLike => {
    const created = options.createWorker()
    created.onmessage = (event) => {
      const data = event.data
      const job = running
      if (!job || data.id !== job.request.id) return
      if ('report' in data) finish(job, () => job.resolve({ revision: data.revision, report: data.report }))
      else finish(job, () => job.reject(new Error(data.error)))
    }
    // A crash loses the worker's state, so the next request gets a fresh one.
    const crash = (message: string) => {
      const job = running
      stopWorker()
      if (job) finish(job, () => job.reject(new Error(message)))
    }
    created.onerror = (event) => {
      event.preventDefault?.()
      crash(event.message || 'the evaluation worker crashed')
    }
    created.onmessageerror = () => crash('the evaluation worker sent an unreadable answer')
    return created
  }

  const send = (job: Job) => {
    running = job
    job.startedAt = now()
    try {
      worker ??= startWorker()
      worker.postMessage(job.request)
    } catch (error) {
      stopWorker()
      finish(job, () => job.reject(error))
    }
  }

  function pump() {
    clearTimeout(timer)
    if (!waiting) return
    if (!running) {
      const job = waiting
      waiting = null
      send(job)
      return
    }
    const age = now() - (running.startedAt ?? 0)
    if (age >= restartAfterMs) {
      const stale = running
      running = null
      stopWorker()
      stale.reject(new EvaluationSuperseded(stale.request.revision))
      pump()
      return
    }
    timer = setTimeout(pump, restartAfterMs - age)
  }

  const evaluate = (request: EvaluationRequest) =>
    new Promise<EvaluationResult>((resolve, reject) => {
      waiting?.reject(new EvaluationSuperseded(waiting.request.revision))
      waiting = { request: { ...request, id: nextId++ }, resolve, reject }
      pump()
    })

  return Object.assign(evaluate, {
    dispose() {
      clearTimeout(timer)
      stopWorker()
      for (const job of [running, waiting]) job?.reject(new EvaluationSuperseded(job.request.revision))
      running = waiting = null
    },
  })
}
