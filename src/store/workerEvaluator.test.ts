import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isSuperseded } from './evaluator'
import { makeObject, makeReport, makeView } from './testSupport'
import { createWorkerEvaluator } from './workerEvaluator'
import type { EvaluateMessage, WorkerLike, WorkerRequest, WorkerResponse } from '../workers/protocol/messages'

class FakeWorker implements WorkerLike {
  posted: WorkerRequest[] = []
  terminated = false
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  postMessage(message: WorkerRequest) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  answer(index = this.posted.length - 1) {
    const { id, revision } = this.posted[index]
    this.onmessage?.({ data: { id, revision, report: makeView() } } as MessageEvent<WorkerResponse>)
  }
  evaluations(): EvaluateMessage[] {
    return this.posted.filter((message): message is EvaluateMessage => message.type !== 'detail')
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent)
  }
}

let clock = 0
let workers: FakeWorker[]
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (isSuperseded(error) ? 'superseded' : `failed: ${(error as Error).message}`),
  )

beforeEach(() => {
  vi.useFakeTimers()
  clock = 0
  workers = []
})
afterEach(() => vi.useRealTimers())

function setup() {
  return createWorkerEvaluator({
    createWorker: () => {
      const worker = new FakeWorker()
      workers.push(worker)
      return worker
    },
    restartAfterMs: 250,
    now: () => clock,
  })
}

describe('createWorkerEvaluator', () => {
  it('answers a request from one lazily started worker', async () => {
    const evaluate = setup()
    const result = evaluate({ text: 'a', version: 'latest', revision: 3 })
    workers[0].answer()
    await expect(result).resolves.toMatchObject({ revision: 3 })
    expect(workers).toHaveLength(1)
  })

  it('lets a quick evaluation finish and replaces the request waiting behind it', async () => {
    const evaluate = setup()
    const first = outcome(evaluate({ text: 'a', version: 'latest', revision: 1 }))
    const second = outcome(evaluate({ text: 'ab', version: 'latest', revision: 2 }))
    const third = outcome(evaluate({ text: 'abc', version: 'latest', revision: 3 }))
    workers[0].answer(0)
    workers[0].answer(1)
    expect(await Promise.all([first, second, third])).toEqual(['resolved', 'superseded', 'resolved'])
    expect(workers[0].posted.map((r) => r.revision)).toEqual([1, 3])
    expect(workers).toHaveLength(1)
  })

  it('restarts the worker when a running evaluation holds up a newer one too long', async () => {
    const evaluate = setup()
    const slow = outcome(evaluate({ text: 'huge', version: 'latest', revision: 1 }))
    clock = 100
    const fresh = outcome(evaluate({ text: 'small', version: 'latest', revision: 2 }))
    expect(workers).toHaveLength(1)
    clock = 250
    vi.advanceTimersByTime(150)
    expect(workers[0].terminated).toBe(true)
    expect(workers[1].evaluations().map((r) => r.text)).toEqual(['small'])
    workers[1].answer()
    expect(await Promise.all([slow, fresh])).toEqual(['superseded', 'resolved'])
  })

  it('lets a slow evaluation finish when nothing newer waits', async () => {
    const evaluate = setup()
    const slow = outcome(evaluate({ text: 'huge', version: 'latest', revision: 1 }))
    clock = 5000
    vi.advanceTimersByTime(5000)
    workers[0].answer()
    expect(await slow).toBe('resolved')
    expect(workers[0].terminated).toBe(false)
  })

  it('reports a crash and starts a fresh worker for the next request', async () => {
    const evaluate = setup()
    const crashed = outcome(evaluate({ text: 'a', version: 'latest', revision: 1 }))
    workers[0].crash('out of memory')
    expect(await crashed).toBe('failed: out of memory')
    const next = outcome(evaluate({ text: 'a', version: 'latest', revision: 2 }))
    workers[1].answer()
    expect(await next).toBe('resolved')
  })

  it('passes an engine exception on as a failure', async () => {
    const evaluate = setup()
    const result = outcome(evaluate({ text: 'a', version: 'latest', revision: 1 }))
    const { id } = workers[0].posted[0]
    workers[0].onmessage?.({ data: { id, revision: 1, error: 'boom' } } as MessageEvent<WorkerResponse>)
    expect(await result).toBe('failed: boom')
  })

  it('fetches an object detail from the worker that holds the report, beside the evaluation queue', async () => {
    const evaluate = setup()
    await expect(evaluate.detail({ revision: 1, version: 'latest', index: 3 })).rejects.toThrow(/no evaluation/)
    const result = evaluate({ text: 'a', version: 'latest', revision: 1, objectIndex: 0 })
    workers[0].answer()
    await result
    const detail = evaluate.detail({ revision: 1, version: 'latest', index: 3 })
    const asked = workers[0].posted.at(-1)!
    expect(asked).toMatchObject({ type: 'detail', revision: 1, version: 'latest', index: 3 })
    const object = makeObject({ name: 'fourth' })
    workers[0].onmessage?.({ data: { id: asked.id, revision: 1, detail: object } } as MessageEvent<WorkerResponse>)
    await expect(detail).resolves.toBe(object)
    expect(workers).toHaveLength(1)
  })

  it('rejects an outstanding detail request when the worker is restarted', async () => {
    const evaluate = setup()
    const first = evaluate({ text: 'a', version: 'latest', revision: 1 })
    workers[0].answer()
    await first
    const detail = outcome(evaluate.detail({ revision: 1, version: 'latest', index: 1 }))
    const slow = outcome(evaluate({ text: 'huge', version: 'latest', revision: 2 }))
    const fresh = outcome(evaluate({ text: 'small', version: 'latest', revision: 3 }))
    clock = 300
    vi.advanceTimersByTime(300)
    expect(workers[0].terminated).toBe(true)
    expect(await detail).toBe('failed: the evaluation worker was restarted')
    workers[1].answer()
    expect(await Promise.all([slow, fresh])).toEqual(['superseded', 'resolved'])
  })

  it('assembles object summaries sent in parts ahead of the answer', async () => {
    const evaluate = setup()
    const result = evaluate({ text: 'a', version: 'latest', revision: 1 })
    const { id } = workers[0].posted[0]
    const view = makeView(makeReport({ objects: [makeObject({ name: 'a' }), makeObject({ name: 'b' }), makeObject({ name: 'c' })] }))
    const send = (data: WorkerResponse) => workers[0].onmessage?.({ data } as MessageEvent<WorkerResponse>)
    send({ id, revision: 1, objects: view.objects.slice(0, 2) })
    send({ id, revision: 1, report: { ...view, objects: view.objects.slice(2) } })
    expect((await result).report.objects.map((o) => o.name)).toEqual(['a', 'b', 'c'])
  })
})
