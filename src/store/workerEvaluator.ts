/**
 * Runs the engine in a Web Worker. At most one evaluation runs and at most one waits; a newer
 * request replaces the waiting one, and when the running one has taken longer than
 * `restartAfterMs` the worker is terminated and restarted, so a slow huge input never holds up
 * the answer for fresh text.
 *
 * The worker answers with a compact view and keeps the full report; `detail` asks it for one
 * object's full report. Detail requests bypass the queue (the worker answers them after whatever
 * it is doing) and are rejected when the worker is stopped, since its report goes with it.
 */
import type { ObjectReport } from '@secctx/engine'
import type { PlanView } from '../workers/protocol/planView'
import type { WhatIfAnswer, WhatIfRequest } from '../workers/protocol/whatIf'
import type { DetailRequest, EvaluationRequest, EvaluationResult, FixRequest, LevelFixes, PlanRequest } from '../workers/protocol/requests'
import { EvaluationSuperseded, type Evaluator } from './evaluator'
import type { ObjectSummary } from '../workers/protocol/reportView'
import type { DetailMessage, EvaluateMessage, FixesMessage, PlanMessage, WhatIfMessage, WorkerLike, WorkerResponse } from '../workers/protocol/messages'

export interface WorkerEvaluatorOptions {
  createWorker: () => WorkerLike
  /** How long a running evaluation may hold up a newer request before its worker is killed. */
  restartAfterMs?: number
  now?: () => number
}

interface Job {
  request: EvaluateMessage
  resolve: (result: EvaluationResult) => void
  reject: (error: unknown) => void
  startedAt?: number
  /** Object summaries received ahead of the answer (see SUMMARY_PART). */
  parts?: ObjectSummary[]
}

export interface WorkerEvaluator extends Evaluator {
  detail: (request: DetailRequest) => Promise<ObjectReport>
  fixes: (request: FixRequest) => Promise<LevelFixes>
  plan: (request: PlanRequest) => Promise<PlanView>
  whatIf: (request: WhatIfRequest) => Promise<WhatIfAnswer>
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
  // Detail and fix requests waiting for their answer, by message id.
  const details = new Map<number, { settle: (data: WorkerResponse) => void; reject: (error: unknown) => void }>()

  const stopWorker = () => {
    const lost = [...details.values()]
    details.clear()
    for (const pending of lost) pending.reject(new Error('the evaluation worker was restarted'))
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
      const asked = details.get(data.id)
      if (asked) {
        details.delete(data.id)
        asked.settle(data)
        return
      }
      const job = running
      if (!job || data.id !== job.request.id) return
      if ('objects' in data) {
        ;(job.parts ??= []).push(...data.objects)
        return
      }
      if (!('report' in data)) {
        finish(job, () => job.reject(new Error('error' in data ? data.error : 'unexpected answer')))
        return
      }
      const report = job.parts ? { ...data.report, objects: [...job.parts, ...data.report.objects] } : data.report
      finish(job, () => job.resolve({ revision: data.revision, report }))
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

  // Only a live worker holds a report; a fresh one would have nothing to answer from.
  type Question = Omit<DetailMessage, 'id'> | Omit<FixesMessage, 'id'> | Omit<PlanMessage, 'id'> | Omit<WhatIfMessage, 'id'>
  const ask = <T>(question: Question, read: (data: WorkerResponse) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      if (!worker) return reject(new Error('no evaluation to take the object from'))
      const id = nextId++
      const settle = (data: WorkerResponse) => {
        const value = read(data)
        if (value !== undefined) resolve(value)
        else reject(new Error('error' in data ? data.error : 'unexpected answer'))
      }
      details.set(id, { settle, reject })
      try {
        worker.postMessage({ ...question, id })
      } catch (error) {
        details.delete(id)
        reject(error)
      }
    })
  const detail = (request: DetailRequest) => ask<ObjectReport>({ type: 'detail', ...request }, (data) => ('detail' in data ? data.detail : undefined))
  const fixes = (request: FixRequest) => ask<LevelFixes>({ type: 'fixes', ...request }, (data) => ('fixes' in data ? data.fixes : undefined))
  const plan = (request: PlanRequest) => ask<PlanView>({ type: 'plan', ...request }, (data) => ('plan' in data ? data.plan : undefined))
  const whatIf = (request: WhatIfRequest) => ask<WhatIfAnswer>({ type: 'whatIf', ...request }, (data) => ('whatIf' in data ? data.whatIf : undefined))

  return Object.assign(evaluate, {
    detail,
    fixes,
    plan,
    whatIf,
    dispose() {
      clearTimeout(timer)
      stopWorker()
      for (const job of [running, waiting]) job?.reject(new EvaluationSuperseded(job.request.revision))
      running = waiting = null
    },
  })
}
