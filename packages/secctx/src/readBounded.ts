/**
 * Reads an input stream whole, up to a documented limit: `secctx check /dev/zero` stops with a
 * clear error instead of exhausting memory, and an input that sends nothing (a FIFO with no
 * writer, a terminal) is announced on standard error instead of hanging in silence.
 */

/** The most `secctx` reads from one input: far past any real manifest stream, well inside the memory evaluation needs. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024
/** How long an input may send nothing before `secctx` says it is waiting for it. */
export const WAITING_NOTICE_MS = 2000

/** Options of one read. */
export interface BoundedReadOptions {
  limit?: number
  /** Called once when nothing has arrived after `waitingMs`. */
  onWaiting?: () => void
  waitingMs?: number
}

/** The stream's bytes; rejects with a message naming the limit once it is passed. */
export async function readBounded(stream: AsyncIterable<Uint8Array | string>, options: BoundedReadOptions = {}): Promise<Uint8Array> {
  const limit = options.limit ?? MAX_INPUT_BYTES
  const timer = options.onWaiting ? setTimeout(options.onWaiting, options.waitingMs ?? WAITING_NOTICE_MS) : undefined
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      clearTimeout(timer)
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      size += bytes.byteLength
      if (size > limit)
        throw new Error(`it is larger than ${describeBytes(limit)}, the most secctx reads from one input: split it (for example one namespace per run)`)
      chunks.push(bytes)
    }
  } finally {
    clearTimeout(timer)
  }
  return Buffer.concat(chunks, size)
}

function describeBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`
}
