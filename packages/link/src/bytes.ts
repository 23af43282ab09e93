/** Small byte helpers for the permalink payload: joining chunks and unsigned LEB128 integers. */

/** Joins byte arrays into one. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}

/** Largest integer a payload varint may hold (four bytes); larger values mean a damaged link. */
export const MAX_VARINT = 2 ** 28 - 1

/** Appends a non-negative integer as unsigned LEB128. */
export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_VARINT) throw new RangeError(`varint ${value}`)
  let rest = value
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80)
    rest = Math.floor(rest / 128)
  }
  out.push(rest)
}

/** A cursor over bytes that never reads past the end. */
export class ByteReader {
  private at = 0
  constructor(private readonly bytes: Uint8Array) {}

  /** The next byte, or null at the end. */
  byte(): number | null {
    return this.at < this.bytes.length ? this.bytes[this.at++]! : null
  }

  /** The next unsigned LEB128 integer, or null when it is cut off or longer than four bytes. */
  varint(): number | null {
    let value = 0
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.byte()
      if (byte === null) return null
      value += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return value
    }
    return null
  }

  /** The next `length` bytes, or null when fewer remain. */
  take(length: number): Uint8Array | null {
    if (this.at + length > this.bytes.length) return null
    const out = this.bytes.subarray(this.at, this.at + length)
    this.at += length
    return out
  }

  /** Everything not read yet. */
  rest(): Uint8Array {
    const out = this.bytes.subarray(this.at)
    this.at = this.bytes.length
    return out
  }
}
