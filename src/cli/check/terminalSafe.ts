/** Makes a report's text safe for a terminal: manifests are untrusted, and printed raw their strings could clear the screen, plant hyperlinks or forge lines. */
import type { Report } from '../../engine'

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/** The string with every control character written as a visible escape (`\n`, `\x1b`, `\u2028`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    if (char === '\n') return '\\n'
    if (char === '\r') return '\\r'
    if (char === '\t') return '\\t'
    const code = char.charCodeAt(0)
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`
  })
}

/** A copy of the report with every string escaped; the report itself is left as the engine made it. */
export function terminalSafeReport(report: Report): Report {
  return escapeDeep(report) as Report
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return escapeControls(value)
  if (Array.isArray(value)) return value.map(escapeDeep)
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  // Own data only; a manifest key such as `__proto__` stays a plain entry.
  for (const [key, item] of Object.entries(value)) Object.defineProperty(copy, key, { value: escapeDeep(item), enumerable: true, writable: true, configurable: true })
  return copy
}
