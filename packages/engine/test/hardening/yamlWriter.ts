/**
 * Writes plain data as YAML or JSON in a layout drawn from a seed: block or flow collections,
 * plain, single- or double-quoted strings, comments, indentation, blank lines, CRLF and document
 * markers. Every layout of one value must mean the same data to a YAML 1.1 reader (go-yaml v2, as
 * kubectl), so a string is only written plain when no YAML 1.1 resolver could read it as
 * anything else, and only quoted in a style that can hold all of its characters.
 */
import { isMap, seededRandom, type Data } from './data'

/** How the layout is chosen. */
export interface YamlStyle {
  /** Seeds every choice; one seed always gives the same text. */
  seed: number
  /** Chance that a non-empty collection is written in flow style; 0 for all-block, 1 for all-flow. */
  flow?: number
  /** Whether to add comments on their own lines, after values and around the document. */
  comments?: boolean
  /** Whether to add blank lines, trailing spaces, document markers and CRLF line breaks. */
  whitespace?: boolean
}

// YAML 1.1 reads these plain words as booleans or null, so such strings must be quoted.
const RESERVED = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/
// Starts with a letter or underscore and holds no indicator, space or colon: a plain string in any context.
const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/
// Characters a single-quoted scalar cannot hold (it has no escapes): controls, line breaks, surrogates, BOM and non-characters.
const NOT_SINGLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/
const COMMENTS = ['note: not data', 'key: value', '{"flow": [1]}', '--- not a marker', '"quoted" and \'quoted\'', 'ünïcødé ✓', '&anchor *alias']

/** The value as one YAML document in the layout the seed picks. */
export function writeYaml(value: Data, style: YamlStyle): string {
  return new Writer(style).document(value)
}

/** The value as JSON, compact or indented by the seed's choice. */
export function writeJson(value: Data, seed: number): string {
  const random = seededRandom(seed)
  const indents = [undefined, 1, 2, 4, '\t']
  return JSON.stringify(value, null, indents[Math.floor(random() * indents.length)])
}

class Writer {
  private readonly random: () => number
  private readonly flow: number
  private readonly comments: boolean
  private readonly whitespace: boolean
  private readonly step: number

  constructor(style: YamlStyle) {
    this.random = seededRandom(style.seed)
    this.flow = style.flow ?? 0.25
    this.comments = style.comments ?? true
    this.whitespace = style.whitespace ?? true
    this.step = this.pick([2, 3, 4])
  }

  document(value: Data): string {
    const body = this.isCollection(value) && !this.inlined() ? this.block(value, 0) : [this.inline(value)]
    const lines: string[] = []
    if (this.comments && this.chance(0.3)) lines.push(`# ${this.pick(COMMENTS)}`)
    if (this.whitespace && this.chance(0.4)) lines.push(this.comments && this.chance(0.5) ? `--- # ${this.pick(COMMENTS)}` : '---')
    // kubectl reads text that starts with `{` as JSON, so a flow-style document must not come first.
    if (lines.length === 0 && body[0].startsWith('{')) lines.push('---')
    lines.push(...body)
    if (this.whitespace && this.chance(0.2)) lines.push('...')
    if (this.comments && this.chance(0.2)) lines.push(`# ${this.pick(COMMENTS)}`)
    const spaced = this.whitespace ? lines.flatMap((line) => this.spaced(line)) : lines
    const lineBreak = this.whitespace && this.chance(0.3) ? '\r\n' : '\n'
    return spaced.join(lineBreak) + (this.chance(0.8) ? lineBreak : '')
  }

  /** A line with maybe a blank line before it and trailing spaces after it. */
  private spaced(line: string): string[] {
    const out = this.chance(0.1) ? [''] : []
    out.push(this.chance(0.1) ? `${line}${' '.repeat(1 + Math.floor(this.random() * 3))}` : line)
    return out
  }

  /** A non-empty collection in block style, as lines indented by `indent`. The first line is never a comment. */
  private block(value: Data[] | { [key: string]: Data }, indent: number): string[] {
    const pad = ' '.repeat(indent)
    const lines: string[] = []
    if (Array.isArray(value)) {
      for (const item of value) {
        if (!this.isCollection(item) || this.inlined()) {
          lines.push(this.comment(`${pad}- ${this.inline(item)}`))
          continue
        }
        const inner = this.block(item, indent + 2)
        if (this.chance(0.7)) {
          // Compact form: the item's first line shares the dash's line.
          inner[0] = `${pad}- ${inner[0].slice(indent + 2)}`
          lines.push(...inner)
        } else lines.push(this.comment(`${pad}-`), ...inner)
      }
      return lines
    }
    for (const [index, key] of Object.keys(value).entries()) {
      if (index > 0 && this.comments && this.chance(0.05)) lines.push(`${pad}# ${this.pick(COMMENTS)}`)
      const item = value[key]
      const written = this.scalar(key)
      if (!this.isCollection(item) || this.inlined()) {
        lines.push(this.comment(`${pad}${written}: ${this.inline(item)}`))
        continue
      }
      // A sequence may sit at its key's own indentation, as Go and kubectl write it.
      const childIndent = Array.isArray(item) && this.chance(0.5) ? indent : indent + this.step
      lines.push(this.comment(`${pad}${written}:`), ...this.block(item, childIndent))
    }
    return lines
  }

  private inline(value: Data): string {
    if (Array.isArray(value)) return `[${value.map((item) => this.inline(item)).join(this.separator())}]`
    if (isMap(value))
      return `{${Object.keys(value)
        .map((key) => `${this.scalar(key)}: ${this.inline(value[key])}`)
        .join(this.separator())}}`
    return this.scalar(value)
  }

  private scalar(value: string | number | boolean | null): string {
    if (value === null) return this.pick(['null', '~', 'Null'])
    if (typeof value === 'boolean') return String(value)
    if (typeof value === 'number') return number(value)
    const styles: ((text: string) => string)[] = [doubleQuoted, (text) => doubleQuoted(text, true)]
    if (PLAIN.test(value) && !RESERVED.test(value))
      styles.push(
        (text) => text,
        (text) => text,
      )
    if (!NOT_SINGLE.test(value)) styles.push(singleQuoted)
    return this.pick(styles)(value)
  }

  private comment(line: string): string {
    return this.comments && this.chance(0.1) ? `${line} # ${this.pick(COMMENTS)}` : line
  }

  private separator(): string {
    return this.pick([', ', ',', ' , '])
  }

  private isCollection(value: Data): value is Data[] | { [key: string]: Data } {
    return Array.isArray(value) ? value.length > 0 : isMap(value) && Object.keys(value).length > 0
  }

  /** Whether a non-empty collection goes in flow style; empty ones are always `[]` or `{}`. */
  private inlined(): boolean {
    return this.chance(this.flow)
  }

  private chance(p: number): boolean {
    return this.random() < p
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]
  }
}

function number(value: number): string {
  if (Number.isNaN(value)) return '.nan'
  if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf'
  // The metamorphic tests use safe integers only; other numbers come from the fuzzer, which needs no
  // faithful round trip, only text a reader might meet.
  return String(value)
}

function singleQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** A double-quoted scalar; `ascii` escapes everything outside printable ASCII, else only what must be escaped. */
function doubleQuoted(text: string, ascii = false): string {
  let out = '"'
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const ch = text[i]
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (code >= 0x20 && code < 0x7f) out += ch
    else if (!ascii && !NOT_SINGLE.test(ch)) out += ch
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // go-yaml refuses a \u escape of a surrogate: an astral character takes one \U escape.
      out += `\\U${(text.codePointAt(i) as number).toString(16).padStart(8, '0')}`
      i++
    } else out += `\\u${code.toString(16).padStart(4, '0')}`
  }
  return `${out}"`
}
