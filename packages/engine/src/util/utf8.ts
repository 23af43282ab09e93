/** UTF-8 byte counting without TextEncoder, which the engine's ES2022-only environment does not declare. */

/** Bytes the string takes in UTF-8, as Go's `len()` counts a string; a lone surrogate counts as U+FFFD (3 bytes), which is what the API server's JSON decoder turns it into. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
  }
  return bytes
}
