/** Characters, scalars and quoting for the fast reader (simpleStream.ts); scalars are resolved by the go-yaml rules (goyaml/resolve.ts). */
import { formatFloatKey } from './goyaml/decode'
import { resolveScalar } from './goyaml/resolve'

// Thrown whenever the input leaves the subset; readSimpleStream catches it and leaves the text to the full reader.
const NOT_SIMPLE = new Error('not simple')
export const bail = (): never => {
  throw NOT_SIMPLE
}

// Tabs, carriage returns, other control characters and non-ASCII text (NEL, LS and PS are line
// breaks for go-yaml) are left to the full reader, whose rules for them the fast path does not repeat.
export const OUTSIDE_SUBSET = /[^\n\x20-\x7e]/

/** Deepest nesting the fast path reads; the full reader's limit (MAX_DEPTH) is far above it. */
export const MAX_SIMPLE_DEPTH = 40

export const SPACE = 32
export const NEWLINE = 10
export const HASH = 35
export const COLON = 58
export const DASH = 45
export const DOUBLE = 34
export const SINGLE = 39
const BACKSLASH = 92

// Escapes after a backslash that go-yaml reads as JSON does (`\uXXXX` is checked apart); go-yaml v2
// refuses JSON's `\/`, so that one is left to the full reader.
const SIMPLE_ESCAPES = new Map([...'"\\bfnrt'].map((c, i) => [c.charCodeAt(0), '"\\\b\f\n\r\t'[i]]))
const HEX4 = /^[0-9A-Fa-f]{4}$/

export const isTokenChar = (ch: number) =>
  (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 46 || ch === 47 || ch === DASH

/** First characters of a plain scalar that are indicators or otherwise outside the subset. */
export const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)))

/** A plain scalar's value as go-yaml v2 resolves it; what kubectl would refuse (NaN, infinities) is left to the full reader. */
export function plainValue(raw: string): unknown {
  const { value } = resolveScalar('', raw)
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number' && !Number.isFinite(value)) bail()
  return value === 0 ? 0 : value
}

/** A mapping key as kubectl's YAML-to-JSON step writes it; `<<` (merge) and a null key are left to the full reader. */
export function plainKey(raw: string): string {
  const { tag, value } = resolveScalar('', raw)
  if (value === null || raw === '<<' || tag.endsWith(':merge')) bail()
  // An integer key past int64 is an error of the full reader's (go-yaml makes it a uint64).
  if (typeof value === 'bigint' && value > 2n ** 63n - 1n) bail()
  return typeof value === 'number' ? formatFloatKey(value) : String(value)
}

/**
 * Just past the closing quote of the scalar opened at `start`, or -1 when it does not close on its
 * line or uses an escape outside JSON's, which YAML shares (any other is the full reader's to accept or refuse).
 */
export function quotedEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start)
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === NEWLINE) return -1
    if (quote === SINGLE) {
      if (ch !== SINGLE) continue
      if (text.charCodeAt(i + 1) !== SINGLE) return i + 1
      i++
    } else if (ch === DOUBLE) return i + 1
    else if (ch === BACKSLASH) {
      const escaped = text.charCodeAt(i + 1)
      if (SIMPLE_ESCAPES.has(escaped)) i++
      else if (escaped === 117 && HEX4.test(text.slice(i + 2, i + 6)) && !/^[dD][89a-fA-F]/.test(text.slice(i + 2, i + 4))) i += 5
      else return -1
    }
  }
  return -1
}

/** The text of the quoted scalar in [start, end), which quotedEnd accepted. */
export function decodeQuoted(text: string, start: number, end: number): string {
  const double = text.charCodeAt(start) === DOUBLE
  const body = text.slice(start + 1, end - 1)
  if (!double) return body.replaceAll("''", "'")
  if (!body.includes('\\')) return body
  return body.replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (_, escape: string) =>
    escape.length > 1 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (SIMPLE_ESCAPES.get(escape.charCodeAt(0)) as string),
  )
}
