/** Base64url (RFC 4648 §5, no padding) for permalink payloads; strict, because links arrive from anywhere. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUES = new Map<string, number>([...ALPHABET].map((char, index) => [char, index]))

/** Encodes bytes as unpadded base64url. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const triple = (a << 16) | (b << 8) | c
    out += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!
    if (i + 1 < bytes.length) out += ALPHABET[(triple >> 6) & 63]!
    if (i + 2 < bytes.length) out += ALPHABET[triple & 63]!
  }
  return out
}

/**
 * Decodes unpadded base64url; null for any character outside the alphabet or an impossible length.
 * `canonical` also refuses text whose last character carries set bits beyond the last byte: the
 * encoder never writes those, and ignoring them would let a changed character decode unchanged.
 */
export function decodeBase64Url(text: string, { canonical = false } = {}): Uint8Array | null {
  // A single leftover character cannot carry a whole byte: the text was cut or padded by hand.
  if (text.length % 4 === 1) return null
  const out = new Uint8Array(Math.floor((text.length * 3) / 4))
  let bits = 0
  let buffer = 0
  let at = 0
  for (const char of text) {
    const value = VALUES.get(char)
    if (value === undefined) return null
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (buffer >> bits) & 0xff
    }
    buffer &= (1 << bits) - 1
  }
  if (canonical && buffer !== 0) return null
  return out
}
