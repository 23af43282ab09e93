/**
 * Strings from a manifest made visible: characters that move or hide text when shown (controls,
 * bidi overrides and isolates, zero-width characters) written as escapes. One function for the
 * CLI's terminal output and the app's panels, so `kind: Pod` named "admin\u202egnp.exe" reads the
 * same, escaped, everywhere.
 */
import { setOwn } from './values'

// C0 and C1 controls and DEL; the Arabic letter mark; zero-width space, non-joiner and joiner, the
// left-to-right and right-to-left marks; line and paragraph separators; bidi embeddings and
// overrides (U+202A-U+202E); word joiner and invisible operators; bidi isolates (U+2066-U+2069);
// the zero-width no-break space (byte-order mark).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

/** The string with every such character written as a visible escape (`\n`, `\x1b`, `\u202e`). */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    if (char === '\n') return '\\n'
    if (char === '\r') return '\\r'
    if (char === '\t') return '\\t'
    const code = char.charCodeAt(0)
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`
  })
}

/** A copy of a value with every string in it (keys too) escaped; the value itself is left as it was. */
export function escapeInvisibleDeep<T>(value: T): T {
  return escapeDeep(value) as T
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeInvisible(value)
  if (Array.isArray(value)) return value.map(escapeDeep)
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  // Own data only; a manifest key such as `__proto__` stays a plain entry.
  for (const [key, item] of Object.entries(value)) setOwn(copy, escapeInvisible(key), escapeDeep(item))
  return copy
}
