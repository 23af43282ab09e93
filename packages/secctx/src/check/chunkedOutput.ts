/**
 * Output gathered into large writes. Each write to a stream turns a string into a buffer and costs a
 * call into the stream, so one write per object (or per line) spends the run on writing; one string
 * of the whole run holds all of it in memory (and past a few hundred MB cannot be made at all).
 * Strings are encoded straight into the chunk's buffer: joining them first and encoding the joined
 * string cost ten times as much (a concatenated string is flattened, then encoded, then dropped).
 */
import type { OutputStream } from '../io'

/** Bytes gathered before a write: large enough that writing costs little, small enough to hold. */
const CHUNK_BYTES = 256 * 1024

/** The most bytes a string of `length` UTF-16 code units can take in UTF-8 (a surrogate pair is 2 units, 4 bytes). */
const MAX_BYTES_PER_UNIT = 3

/** Writes `text`; waits for the stream to drain when it asks to (a slow reader must not make the process buffer the run). */
export async function send(out: OutputStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return
  if (out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once?.('drain', resolve))
}

/** Strings as one UTF-8 buffer of their own (never a shared pool's, so it can be transferred to another thread). */
export function encodeParts(parts: readonly string[]): Uint8Array {
  let size = 0
  for (const part of parts) size += Buffer.byteLength(part)
  const bytes = Buffer.allocUnsafeSlow(size)
  let used = 0
  for (const part of parts) used += bytes.write(part, used)
  return bytes
}

/** A stream's output, written a chunk at a time. */
export class ChunkedOutput {
  private buffer: Buffer
  private used = 0

  constructor(
    private readonly out: OutputStream,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes)
  }

  /** Adds text (a string, or strings in order); writes what has gathered once it is a chunk. Bytes (UTF-8, made in a worker thread) are written as they are, after the text before them. */
  async add(text: string | readonly string[] | Uint8Array): Promise<void> {
    if (typeof text === 'string') return this.addString(text)
    if (!(text instanceof Uint8Array)) {
      for (const part of text) await this.addString(part)
      return
    }
    await this.flush()
    return send(this.out, text)
  }

  /** Writes what has gathered. */
  async flush(): Promise<void> {
    if (this.used === 0) return
    const full = this.buffer.subarray(0, this.used)
    // The stream may hold the bytes until they are written out: the next chunk gets a buffer of its own.
    this.buffer = Buffer.allocUnsafe(this.chunkBytes)
    this.used = 0
    await send(this.out, full)
  }

  private async addString(text: string): Promise<void> {
    const most = text.length * MAX_BYTES_PER_UNIT
    if (most > this.buffer.length - this.used) await this.flush()
    if (most > this.buffer.length) return send(this.out, text)
    this.used += this.buffer.write(text, this.used)
  }
}
