/** Writes the few new values a fix adds, in the style of the text around them: block or flow YAML, or JSON. */

/** A value a fix writes: a scalar, a list of strings, or a mapping of these. */
export type FixValue = string | number | boolean | readonly string[] | { readonly [key: string]: FixValue }

/** How new text is written where it goes. */
export interface Style {
  /** JSON: every string double-quoted. */
  json: boolean
  /** Spaces per nesting level for block mappings. */
  step: number
  /** The line break of the surrounding text. */
  eol: string
}

// Plain scalars that a YAML 1.1 reader (kubectl's) would not read back as the same string.
const RESERVED = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|)$/
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/

/** A scalar as YAML (plain when that reads back as the same value) or JSON. */
export function scalar(value: string | number | boolean, json: boolean, quote?: string): string {
  if (typeof value !== 'string') return String(value)
  if (quote === "'" && !json) return `'${value.replaceAll("'", "''")}'`
  if (json || quote === '"' || RESERVED.test(value) || !PLAIN.test(value)) return JSON.stringify(value)
  return value
}

/** A mapping key as YAML or JSON. */
export function key(name: string, json: boolean): string {
  return scalar(name, json)
}

/** A value in flow style: `{a: b}`, `[ALL]`, or JSON. */
export function flowValue(value: FixValue, json: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => scalar(item, json)).join(', ')}]`
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, FixValue>)
      .map(([name, inner]) => `${key(name, json)}: ${flowValue(inner, json)}`)
      .join(', ')}}`
  }
  return scalar(value as string | number | boolean, json)
}

/** A mapping entry in block style at `indent` spaces; nested mappings go on their own lines, lists in flow style (`drop: [ALL]`). */
export function blockEntry(name: string, value: FixValue, indent: number, style: Style): string {
  if (typeof value !== 'object' || Array.isArray(value)) return `${key(name, false)}: ${flowValue(value, false)}`
  const inner = indent + style.step
  const lines = Object.entries(value as Record<string, FixValue>).map(([child, v]) => style.eol + ' '.repeat(inner) + blockEntry(child, v, inner, style))
  return `${key(name, false)}:${lines.join('')}`
}

/** `{a: {b: value}}` for the path [a, b]. */
export function nest(path: readonly string[], value: FixValue): FixValue {
  return path.reduceRight<FixValue>((inner, name) => ({ [name]: inner }), value)
}
