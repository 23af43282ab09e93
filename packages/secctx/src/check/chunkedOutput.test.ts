import { describe, expect, it } from 'vitest'
import { ChunkedOutput, encodeParts } from './chunkedOutput'

/** A stream that keeps each write as bytes, as a process stream would receive them. */
function recorder() {
  const writes: Uint8Array[] = []
  return {
    out: { write: (chunk: string | Uint8Array) => writes.push(typeof chunk === 'string' ? Buffer.from(chunk) : Uint8Array.from(chunk)) },
    writes,
    text: () => Buffer.concat(writes).toString('utf8'),
  }
}

describe('chunked output', () => {
  it('writes strings, string lists and bytes in the order given, whole characters in every write, in chunks of at most its size', async () => {
    const stream = recorder()
    const output = new ChunkedOutput(stream.out, 16)
    // Two-, three- and four-byte characters, so a chunk boundary can fall inside none of them.
    const parts = ['ab', 'é€', '😀x', ['yz', 'ü'], Buffer.from('[bytes]'), 'a string longer than a whole chunk ✓', 'end']
    for (const part of parts) await output.add(part)
    await output.flush()
    expect(stream.text()).toBe('abé€😀xyzü[bytes]a string longer than a whole chunk ✓end')
    for (const chunk of stream.writes) expect(Buffer.from(chunk).toString('utf8')).not.toContain('\uFFFD')
    // Only a string too long for any chunk, or bytes made elsewhere, is written on its own, larger than a chunk.
    expect(stream.writes.filter((chunk) => chunk.length > 16).map((chunk) => Buffer.from(chunk).toString('utf8'))).toEqual([
      'a string longer than a whole chunk ✓',
    ])
  })

  it('gathers small strings into one write, and a flush with nothing gathered writes nothing', async () => {
    const stream = recorder()
    const output = new ChunkedOutput(stream.out)
    for (let i = 0; i < 1000; i++) await output.add(`line ${i}\n`)
    await output.flush()
    await output.flush()
    expect(stream.writes).toHaveLength(1)
    expect(stream.text().split('\n')).toHaveLength(1001)
  })

  it('encodes parts into one buffer of their own, exactly sized', () => {
    const bytes = encodeParts(['a', 'é', '😀', ''])
    expect(Buffer.from(bytes).toString('utf8')).toBe('aé😀')
    expect(bytes.byteLength).toBe(1 + 2 + 4)
    // Its own memory, not a slice of Node's shared pool, so it can be transferred to another thread.
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength)
  })
})
