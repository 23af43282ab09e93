/** Raw DEFLATE through the platform's CompressionStream, with a hard cap on how much a payload may inflate to. */
import { concatBytes } from './bytes'

/** Why inflating stopped short. */
export type InflateFailure = 'too-large' | 'truncated' | 'corrupt'

/** The inflated bytes, or why inflating stopped. */
export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: InflateFailure; detail: string }

/** Compresses bytes with deflate-raw (no zlib header or checksum: every byte of a link counts). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * Inflates deflate-raw bytes, reading the output chunk by chunk and cancelling the stream as soon
 * as it passes `limit`, so a deflate bomb never gets to allocate its full size.
 */
export async function inflateRawLimited(bytes: Uint8Array, limit: number): Promise<InflateResult> {
  let stream: DecompressionStream
  try {
    stream = new DecompressionStream('deflate-raw')
  } catch (error) {
    return { ok: false, failure: 'corrupt', detail: messageOf(error) }
  }
  const writer = stream.writable.getWriter()
  // Errors surface on the readable side; the writer's promises would otherwise be unhandled rejections.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {})
  writer.close().catch(() => {})

  const reader = stream.readable.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > limit) {
        await reader.cancel().catch(() => {})
        return { ok: false, failure: 'too-large', detail: `inflates past ${limit} bytes` }
      }
      chunks.push(value)
    }
  } catch (error) {
    const detail = messageOf(error)
    return { ok: false, failure: isTruncation(detail) ? 'truncated' : 'corrupt', detail }
  }
  return { ok: true, bytes: concatBytes(chunks) }
}

// Engines word this differently: Chromium says "Compressed input was truncated", Node "unexpected end of file".
function isTruncation(message: string): boolean {
  return /truncat|unexpected end|premature|incomplete/i.test(message)
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
