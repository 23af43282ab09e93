/**
 * Worker threads that evaluate and render a large input's pieces side by side while the main thread
 * writes what they send back, in stream order. A piece comes back as UTF-8 bytes, handed over
 * without a copy, so the main thread neither renders, nor encodes, nor holds reports.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads'
import { evaluate, type EvaluateOptions, type StreamPiece } from '@secctx/engine'
import { encodeParts } from './chunkedOutput'
import { type PieceFormat, type RenderedPiece, renderPiece } from './renderPiece'

/** A piece to evaluate, with the options of its input and the format to render it in. */
export interface PieceJob {
  piece: StreamPiece
  options: EvaluateOptions
  format: PieceFormat
}

type Reply = { id: number; piece: RenderedPiece } | { id: number; error: string }

/** Marks the threads the pool starts, so the bundle's entry knows to serve pieces instead of running the CLI. */
const ROLE = 'secctx-piece-worker'

/** Young generation of each thread (three semi-spaces of 32 MB). */
const YOUNG_GENERATION_MB = 96

/** A bound on `SECCTX_THREADS`: each thread is a heap of its own. */
const MAX_THREADS = 64

/**
 * Worker threads for this run: `SECCTX_THREADS` when set (1 turns them off), else none. Measured on a
 * quiet 2-core machine (5,000 manifests, `--format json`): one thread 1.35 s, two worker threads 2.0 s
 * (handing pieces over and each thread's own heap cost more than the second core gives), so they are
 * something to try on a larger machine, not a default.
 */
export function threadCount(env: Readonly<Record<string, string | undefined>>): number {
  const asked = Number.parseInt(env.SECCTX_THREADS ?? '', 10)
  return Number.isSafeInteger(asked) && asked >= 1 ? Math.min(asked, MAX_THREADS) : 1
}

/** Whether this thread is one of a pool's workers. */
export function isPieceWorker(): boolean {
  return parentPort !== null && (workerData as { role?: unknown } | null)?.role === ROLE
}

/** Serves pieces in a pool's worker thread until the pool ends it. */
export function servePieces(): void {
  const port = parentPort
  if (!port) return
  port.on('message', ({ id, job }: { id: number; job: PieceJob }) => {
    try {
      const piece = renderPiece(evaluate(job.piece.text, { ...job.options, start: job.piece.start }), job.format)
      const body = encodeParts(piece.body as string[])
      port.postMessage({ id, piece: { ...piece, body } } satisfies Reply, [body.buffer as ArrayBuffer])
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply)
    }
  })
}

interface Pending {
  resolve(piece: RenderedPiece): void
  reject(error: Error): void
}

/** A pool of worker threads running `script` (the bundled CLI, whose entry serves pieces in them). */
export class PiecePool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending>; failed: Error | null }[] = []
  private next = 0

  constructor(script: string, threads: number) {
    for (let i = 0; i < threads; i++) {
      // A piece's parse and report are many short-lived objects: a young generation twice V8's default
      // size halves the scavenges that would otherwise take a good part of each thread's time.
      const worker = new Worker(script, { workerData: { role: ROLE }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
      const pending = new Map<number, Pending>()
      const entry = { worker, pending, failed: null as Error | null }
      worker.on('message', (reply: Reply) => {
        const waiting = pending.get(reply.id)
        pending.delete(reply.id)
        if ('error' in reply) waiting?.reject(new Error(reply.error))
        else waiting?.resolve(reply.piece)
      })
      // A thread that fails or stops fails what it was given and everything sent to it later.
      const fail = (error: Error) => {
        entry.failed ??= error
        for (const waiting of pending.values()) waiting.reject(entry.failed)
        pending.clear()
      }
      worker.on('error', fail)
      worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)))
      this.workers.push(entry)
    }
  }

  /** The jobs' rendered pieces, in the order of the jobs; a few per thread are in flight at a time. */
  async *render(jobs: Iterable<PieceJob>): AsyncGenerator<RenderedPiece> {
    const inFlight: Promise<RenderedPiece>[] = []
    for (const job of jobs) {
      inFlight.push(this.send(job))
      if (inFlight.length >= 2 * this.workers.length) yield await (inFlight.shift() as Promise<RenderedPiece>)
    }
    while (inFlight.length > 0) yield await (inFlight.shift() as Promise<RenderedPiece>)
  }

  /** Ends every thread. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()))
  }

  private send(job: PieceJob): Promise<RenderedPiece> {
    // The thread with the fewest pieces waiting gets the next one, so a slow piece does not hold the others up.
    const target = this.workers.reduce((best, each) => (each.pending.size < best.pending.size ? each : best))
    const id = this.next++
    const result = new Promise<RenderedPiece>((resolve, reject) => (target.failed ? reject(target.failed) : target.pending.set(id, { resolve, reject })))
    // Awaited in order later; until then a failure must not count as unhandled.
    result.catch(() => undefined)
    target.worker.postMessage({ id, job })
    return result
  }
}
