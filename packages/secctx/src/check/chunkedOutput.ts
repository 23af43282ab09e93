/**
 * Output gathered into large writes. Each write to a stream turns a string into a buffer and costs a
 * call into the stream, so one write per object (or per line) spends the run on writing; one string
 * of the whole run holds all of it in memory (and past a few hundred MB cannot be made at all).
 */
import type { OutputStream } from '../io'

/** Characters gathered before a write: large enough that writing costs little, small enough to hold. */
export const CHUNK_CHARS = 256 * 1024

/** Writes `text`; waits for the stream to drain when it asks to (a slow reader must not make the process buffer the run). */
export async function send(out: OutputStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return
  if (out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once?.('drain', resolve))
}

/** A stream's text, written a chunk at a time. */
export class ChunkedOutput {
  private pending: string[] = []
  private size = 0

  constructor(
    private readonly out: OutputStream,
    private readonly chunkChars = CHUNK_CHARS,
  ) {}

  /** Adds text; writes what has gathered once it is a chunk. Bytes (UTF-8, made in a worker thread) are written as they are, after the text before them. */
  async add(text: string | Uint8Array): Promise<void> {
    if (typeof text !== 'string') {
      await this.flush()
      return send(this.out, text)
    }
    this.pending.push(text)
    this.size += text.length
    if (this.size >= this.chunkChars) await this.flush()
  }

  /** Writes what has gathered. */
  async flush(): Promise<void> {
    const text = this.pending.join('')
    this.pending = []
    this.size = 0
    await send(this.out, text)
  }
}
