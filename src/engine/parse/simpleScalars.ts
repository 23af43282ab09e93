/** Characters, scalars and quoting for the fast reader (simpleStream.ts); scalars are decoded and resolved by js-yaml itself. */
import { SCALAR_STYLE, getScalarValue, mergeTag, type ScalarEvent } from 'js-yaml'
import { KUBERNETES_YAML_SCHEMA } from './schema'

// Thrown whenever the input leaves the subset; readSimpleStream catches it and leaves the text to js-yaml.
const NOT_SIMPLE = new Error('not simple')
export const bail = (): never => {
  throw NOT_SIMPLE
}

// Tabs, carriage returns, other control characters and non-ASCII text are left to js-yaml, whose
// rules for them (indentation, line breaks, printable characters) the fast path does not repeat.
export const OUTSIDE_SUBSET = /[^\n\x20-\x7e]/

/** Deepest nesting the fast path reads; js-yaml's own limit (MAX_DEPTH) is far above it. */
export const MAX_SIMPLE_DEPTH = 40

export const SPACE = 32
export const NEWLINE = 10
export const HASH = 35
export const COLON = 58
export const DASH = 45
export const DOUBLE = 34
export const SINGLE = 39
const BACKSLASH = 92

// JSON's escapes after a backslash (`\uXXXX` is checked apart), all of which YAML reads the same way.
const SIMPLE_ESCAPES = new Set('"\\/bfnrt'.split('').map((c) => c.charCodeAt(0)))
const HEX4 = /^[0-9A-Fa-f]{4}$/

export const isTokenChar = (ch: number) =>
  (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || ch === 95 || ch === 46 || ch === 47 || ch === DASH

/** First characters of a plain scalar that are indicators or otherwise outside the subset. */
export const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)))

/**
 * A plain scalar's value, resolved as js-yaml's constructor resolves it (`resolveImplicitScalarTag` is
 * marked internal in js-yaml's types; js-yaml is pinned, and simpleStream.test.ts would catch a change).
 */
export function plainValue(raw: string): unknown {
  return KUBERNETES_YAML_SCHEMA.resolveImplicitScalarTag(raw).value
}

/** A mapping key as js-yaml stores it: the resolved scalar as a string; `<<` (merge) is left to js-yaml. */
export function plainKey(raw: string): string {
  const resolved = KUBERNETES_YAML_SCHEMA.resolveImplicitScalarTag(raw)
  if (raw === '<<' || resolved.tag.tagName === mergeTag.tagName) bail()
  return String(resolved.value)
}

/**
 * Just past the closing quote of the scalar opened at `start`, or -1 when it does not close on its
 * line or uses an escape outside JSON's, which YAML shares (any other is js-yaml's to accept or refuse).
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
      else if (escaped === 117 && HEX4.test(text.slice(i + 2, i + 6))) i += 5
      else return -1
    }
  }
  return -1
}

/** The text of the quoted scalar in [start, end); escapes are decoded by js-yaml, exactly as its constructor would. */
export function decodeQuoted(text: string, start: number, end: number): string {
  const double = text.charCodeAt(start) === DOUBLE
  const escape = text.indexOf(double ? '\\' : "''", start + 1)
  if (escape === -1 || escape >= end - 1) return text.slice(start + 1, end - 1)
  const style = double ? SCALAR_STYLE.DOUBLE_QUOTED : SCALAR_STYLE.SINGLE_QUOTED
  return getScalarValue(text, { valueStart: start + 1, valueEnd: end - 1, style, fast: false } as ScalarEvent)
}
