/**
 * Reads input that kubectl treats as JSON (its first non-space character is `{`) as Go's
 * encoding/json decoder does: a stream of values with only JSON white space between them, strict
 * JSON syntax (YAML-only syntax is an error here, as it is for kubectl), duplicate keys last-wins.
 */
import { MAX_DEPTH } from './limits'
import type { Slot, SourceNode } from './sourceTree'
import { setOwn } from '../util/values'

/** One value of the stream. */
export interface JsonDocument {
  value: unknown
  root: Slot
  /** Duplicate keys, which kubectl resolves silently. */
  warnings: Array<{ message: string; offset: number }>
}

/** The values read before an error, and the error. */
export interface JsonStream {
  documents: JsonDocument[]
  error: { message: string; offset: number } | null
}

/** True when kubectl would read `text` as JSON: its first character that is not Unicode white space is `{`. */
export function looksLikeJson(text: string): boolean {
  const first = text.search(/[^\s\u0085]/)
  return first !== -1 && text.charCodeAt(first) === 123
}

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

/** Reads every value of a JSON stream; stops at the first error, as kubectl does. */
export function readJsonStream(text: string): JsonStream {
  const reader = new JsonReader(text)
  const documents: JsonDocument[] = []
  try {
    for (;;) {
      reader.skipSpace()
      if (reader.atEnd()) return { documents, error: null }
      reader.warnings = []
      const { value, slot } = reader.value(0)
      documents.push({ value, root: slot, warnings: reader.warnings })
    }
  } catch (error) {
    const { message, offset } = error as JsonError
    return { documents, error: { message, offset } }
  }
}

interface Read {
  value: unknown
  slot: Slot
}

// Go decodes a \u escape of a lone surrogate as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

class JsonReader {
  private pos = 0
  warnings: JsonDocument['warnings'] = []

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length
  }

  skipSpace(): void {
    for (;;) {
      const ch = this.text.charCodeAt(this.pos)
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13) this.pos++
      else return
    }
  }

  private fail(context: string): never {
    if (this.atEnd()) throw new JsonError('JSON: unexpected end of input', this.pos)
    const ch = String.fromCodePoint(this.text.codePointAt(this.pos) as number)
    throw new JsonError(`JSON: invalid character ${JSON.stringify(ch)} ${context}`, this.pos)
  }

  value(depth: number): Read {
    this.skipSpace()
    const start = this.pos
    const ch = this.text[this.pos]
    if (ch === '{' || ch === '[') {
      if (depth >= MAX_DEPTH - 1) throw new JsonError(`JSON nests deeper than ${MAX_DEPTH} levels; refusing to read the document`, start)
      return ch === '{' ? this.object(depth) : this.array(depth)
    }
    if (ch === '"') return { value: this.string(), slot: { start, end: this.pos, node: null } }
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length
        return { value, slot: { start, end: this.pos, node: null } }
      }
    }
    NUMBER.lastIndex = this.pos
    const match = NUMBER.exec(this.text)
    if (!match) this.fail('looking for beginning of value')
    this.pos += match[0].length
    const value = Number(match[0])
    if (!Number.isFinite(value)) throw new JsonError(`JSON: cannot unmarshal number ${match[0]} into Go value of type float64`, start)
    return { value: value === 0 ? 0 : value, slot: { start, end: this.pos, node: null } }
  }

  private object(depth: number): Read {
    const start = this.pos++
    const value: Record<string, unknown> = {}
    const source: SourceNode = { kind: 'mapping', entries: new Map(), items: [] }
    this.skipSpace()
    if (this.text[this.pos] === '}') this.pos++
    else {
      for (;;) {
        this.skipSpace()
        if (this.text[this.pos] !== '"') this.fail('looking for beginning of object key string')
        const keyStart = this.pos
        const key = this.string()
        const keyEnd = this.pos
        this.skipSpace()
        if (this.text[this.pos] !== ':') this.fail('after object key')
        this.pos++
        const read = this.value(depth + 1)
        if (source.entries.has(key)) this.warnings.push({ message: `duplicate key "${key}": kubectl keeps the last value`, offset: keyStart })
        setOwn(value, key, read.value)
        source.entries.set(key, { keyStart, keyEnd, value: read.slot })
        this.skipSpace()
        const next = this.text[this.pos]
        this.pos++
        if (next === '}') break
        if (next !== ',') {
          this.pos--
          this.fail('after object key:value pair')
        }
      }
    }
    return { value, slot: { start, end: this.pos, node: source } }
  }

  private array(depth: number): Read {
    const start = this.pos++
    const value: unknown[] = []
    const source: SourceNode = { kind: 'sequence', entries: new Map(), items: [] }
    this.skipSpace()
    if (this.text[this.pos] === ']') this.pos++
    else {
      for (;;) {
        const read = this.value(depth + 1)
        value.push(read.value)
        source.items.push(read.slot)
        this.skipSpace()
        const next = this.text[this.pos]
        this.pos++
        if (next === ']') break
        if (next !== ',') {
          this.pos--
          this.fail('after array element')
        }
      }
    }
    return { value, slot: { start, end: this.pos, node: source } }
  }

  /** A string at the opening quote; lone surrogates become U+FFFD, as Go decodes them. */
  private string(): string {
    let out = ''
    let from = ++this.pos
    for (;;) {
      if (this.atEnd()) throw new JsonError('JSON: unexpected end of input in string literal', this.pos)
      const ch = this.text.charCodeAt(this.pos)
      if (ch === 34) {
        out += this.text.slice(from, this.pos++)
        return out.replace(LONE_SURROGATE, '\uFFFD')
      }
      if (ch < 0x20) this.fail('in string literal')
      if (ch !== 92) {
        this.pos++
        continue
      }
      out += this.text.slice(from, this.pos)
      const escape = this.text[this.pos + 1]
      if (escape === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          this.pos += 2
          this.fail('in \\u hexadecimal character escape')
        }
        out += String.fromCharCode(parseInt(hex, 16))
        this.pos += 6
      } else if (escape !== undefined && escape in ESCAPES) {
        out += ESCAPES[escape]
        this.pos += 2
      } else {
        this.pos++
        this.fail('in string escape code')
      }
      from = this.pos
    }
  }
}

const LITERALS: ReadonlyArray<[string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
]
