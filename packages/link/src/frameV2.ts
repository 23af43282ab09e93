/**
 * Format v2's framing: the compressed payload followed by its CRC-32 (4 bytes, big-endian). v2's
 * payload is v1's; the checksum is what v2 adds, so a damaged link is refused instead of opening a
 * silently garbled manifest.
 */
import { concatBytes } from './bytes'
import { crc32 } from './crc32'

const CHECKSUM_BYTES = 4

/** Appends the checksum to compressed bytes. */
export function frameV2(compressed: Uint8Array): Uint8Array {
  const checksum = new Uint8Array(CHECKSUM_BYTES)
  new DataView(checksum.buffer).setUint32(0, crc32(compressed))
  return concatBytes([compressed, checksum])
}

/** The compressed bytes when the checksum matches; null when the frame was changed or cut. */
export function unframeV2(framed: Uint8Array): Uint8Array | null {
  if (framed.byteLength <= CHECKSUM_BYTES) return null
  const compressed = framed.subarray(0, framed.byteLength - CHECKSUM_BYTES)
  const stored = new DataView(framed.buffer, framed.byteOffset + compressed.byteLength, CHECKSUM_BYTES).getUint32(0)
  return stored === crc32(compressed) ? compressed : null
}
