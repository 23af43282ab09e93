/**
 * Text ⇄ bytes with a token dictionary. Tokens take the byte values that can never start a UTF-8
 * sequence (0x80–0xBF, 0xC0, 0xC1, 0xF5–0xFF), so any text round-trips with no escaping.
 */
import { concatBytes } from './bytes'

const encoder = new TextEncoder()

/** The byte that stands for dictionary entry `index`; up to 77 entries fit. */
export function tokenByte(index: number): number {
  if (index < 64) return 0x80 + index
  if (index < 66) return 0xc0 + index - 64
  if (index < 77) return 0xf5 + index - 66
  throw new RangeError(`dictionary entry ${index} has no byte`)
}

interface Token {
  text: string
  byte: number
}

/** Dictionary entries grouped by first character, longest first, so the greedy match is cheap. */
function indexDictionary(dictionary: readonly string[]): Map<string, Token[]> {
  const byFirst = new Map<string, Token[]>()
  dictionary.forEach((text, index) => {
    const bucket = byFirst.get(text[0]!) ?? []
    bucket.push({ text, byte: tokenByte(index) })
    byFirst.set(text[0]!, bucket)
  })
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.text.length - a.text.length)
  return byFirst
}

const indexCache = new WeakMap<readonly string[], Map<string, Token[]>>()

/** Encodes text as UTF-8 with every greedy dictionary match replaced by its token byte. */
export function packText(text: string, dictionary: readonly string[]): Uint8Array {
  let index = indexCache.get(dictionary)
  if (!index) indexCache.set(dictionary, (index = indexDictionary(dictionary)))
  const parts: Uint8Array[] = []
  let runStart = 0
  let at = 0
  while (at < text.length) {
    const token = index.get(text[at]!)?.find((candidate) => text.startsWith(candidate.text, at))
    if (!token) {
      at += 1
      continue
    }
    if (runStart < at) parts.push(encoder.encode(text.slice(runStart, at)))
    parts.push(Uint8Array.of(token.byte))
    at += token.text.length
    runStart = at
  }
  if (runStart < text.length) parts.push(encoder.encode(text.slice(runStart)))
  return concatBytes(parts)
}

/** What {@link unpackText} read: the text, or whether it failed by expanding past the limit (else it was not UTF-8). */
export type Unpacked = { ok: true; text: string } | { ok: false; tooLarge: boolean }

/** Reverses {@link packText}; fails when the bytes are not valid UTF-8 or expand past `limit` bytes. */
export function unpackText(bytes: Uint8Array, dictionary: readonly string[], limit: number): Unpacked {
  const expansions = new Map<number, Uint8Array>(dictionary.map((text, i) => [tokenByte(i), encoder.encode(text)]))
  const parts: Uint8Array[] = []
  let total = 0
  let runStart = 0
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at]!
    const expansion = expansions.get(byte)
    if (expansion === undefined) {
      // A lead byte: skip its whole sequence, so its continuation bytes are not read as tokens.
      at += byte < 0x80 ? 1 : byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4
      continue
    }
    if (runStart < at) parts.push(bytes.subarray(runStart, at))
    parts.push(expansion)
    total += at - runStart + expansion.byteLength
    if (total > limit) return { ok: false, tooLarge: true }
    at += 1
    runStart = at
  }
  if (runStart < bytes.length) parts.push(bytes.subarray(runStart))
  const all = concatBytes(parts)
  if (all.byteLength > limit) return { ok: false, tooLarge: true }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(all) }
  } catch {
    return { ok: false, tooLarge: false }
  }
}
