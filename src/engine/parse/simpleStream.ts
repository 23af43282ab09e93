/**
 * A fast reader for the plain YAML and JSON that nearly every manifest is written in, building the
 * values and the source tree in one pass instead of js-yaml's events, constructor and tree walk,
 * which cost most of an evaluation.
 *
 * It is an optimisation only: it reads a strict subset (block mappings and sequences, one-line plain
 * and quoted scalars, one-line flow collections, comments, `---` between documents; or one JSON
 * value) and gives up, returning null, on anything else, including everything that might be an
 * error. The caller then parses with js-yaml as before. Where it does read a stream, the values
 * and source offsets equal js-yaml's and `buildSourceTree`'s (simpleStream.test.ts checks this
 * against the slow path): scalars are decoded and resolved by js-yaml's own functions and schema.
 */
import {
  COLON, DASH, DOUBLE, HASH, INDICATORS, MAX_SIMPLE_DEPTH, NEWLINE, OUTSIDE_SUBSET, SINGLE, SPACE,
  bail, decodeQuoted, isTokenChar, plainKey, plainValue, quotedEnd,
} from './simpleScalars'
import type { Slot, SourceNode } from './sourceTree'

/** One document read by the fast path: its value and the root of its source tree. */
export interface SimpleDocument {
  value: unknown
  root: Slot
}

/** A node as it is read: the value and where it is written. */
interface Read {
  value: unknown
  slot: Slot
}

/** The documents of `text`, or null when it is not in the subset (then js-yaml must read it). */
export function readSimpleStream(text: string): SimpleDocument[] | null {
  if (text.length === 0 || OUTSIDE_SUBSET.test(text)) return null
  try {
    return new Reader(text).stream()
  } catch {
    // Leaving the subset, or anything unforeseen: the slow path is always correct.
    return null
  }
}

const emptyNode = (kind: SourceNode['kind']): SourceNode => ({ kind, entries: new Map(), items: [], merges: [] })

/**
 * Adds an entry as js-yaml's map tag and buildSourceTree do. js-yaml refuses a duplicate key, so the
 * fast path gives up on one, and on a repeated written key too, which `entries` answers faster than
 * the growing object: while every key so far is stored as written (`verbatim`), equal keys are equal
 * written keys, and that lookup is all it takes. Returns `verbatim` for the next entry.
 */
function addEntry(node: SourceNode, value: Record<string, unknown>, raw: string, key: string, keyStart: number, keyEnd: number, child: Read, verbatim: boolean): boolean {
  if (node.entries.has(raw)) bail()
  const stillVerbatim = verbatim && raw === key
  if (!stillVerbatim && Object.prototype.hasOwnProperty.call(value, key)) bail()
  if (key === '__proto__') Object.defineProperty(value, key, { value: child.value, enumerable: true, writable: true, configurable: true })
  else value[key] = child.value
  node.entries.set(raw, { keyStart, keyEnd, value: child.slot })
  return stillVerbatim
}

class Reader {
  private pos = 0
  private lineStart = 0
  private readonly length: number
  /** In JSON mode the document is one flow collection, which may span lines. */
  private isJson = false

  constructor(private readonly text: string) {
    this.length = text.length
  }

  stream(): SimpleDocument[] {
    const documents: SimpleDocument[] = []
    this.nextContent()
    if (this.pos < this.length && this.at(this.pos) === 123 && this.pos === this.lineStart) return [this.jsonDocument()]
    while (this.pos < this.length) {
      if (this.isMarker('---')) {
        this.pos += 3
        this.endLine(false)
        this.nextContent()
        // An empty document still counts in js-yaml's numbering; leave that to it.
        if (this.pos >= this.length || this.isMarker('---')) bail()
      } else if (documents.length > 0) bail()
      if (this.pos !== this.lineStart || this.isMarker('...') || this.isMarker('---')) bail()
      if (!this.isMappingEntry()) bail()
      const { value, slot } = this.mapping(0, 0)
      documents.push({ value, root: slot })
      if (this.pos < this.length && !this.isMarker('---')) bail()
    }
    if (documents.length === 0) bail()
    return documents
  }

  private at(offset: number): number {
    return offset < this.length ? this.text.charCodeAt(offset) : -1
  }

  /** `---` or `...` at the start of the current line, followed by a space, a line break or the end. */
  private isMarker(marker: string): boolean {
    if (this.pos !== this.lineStart || !this.text.startsWith(marker, this.pos)) return false
    const next = this.at(this.pos + 3)
    if (next === -1 || next === SPACE || next === NEWLINE) return true
    return bail() // `---x` or `...x` at a line start: leave it to js-yaml
  }

  /** Skips spaces and a comment to the end of the line and past its line break. */
  private endLine(spaced: boolean): void {
    let i = this.pos
    while (this.at(i) === SPACE) i++
    if (this.at(i) === HASH) {
      if (i === this.pos && !spaced) bail()
      while (i < this.length && this.at(i) !== NEWLINE) i++
    }
    if (i < this.length && this.at(i) !== NEWLINE) bail()
    this.pos = i + 1
    this.lineStart = this.pos
  }

  /** From a line start, skips blank and comment lines; leaves `pos` on the first content character. Returns its indent, or -1 at the end. */
  private nextContent(): number {
    for (;;) {
      let i = this.lineStart
      while (this.at(i) === SPACE) i++
      const ch = this.at(i)
      if (ch === -1) {
        this.pos = this.length
        return -1
      }
      if (ch === NEWLINE || ch === HASH) {
        while (i < this.length && this.at(i) !== NEWLINE) i++
        this.lineStart = i + 1
        continue
      }
      this.pos = i
      return i - this.lineStart
    }
  }

  /** Indent of the content the reader stands on, or -1 at the end or a document marker. */
  private currentIndent(): number {
    if (this.pos >= this.length || this.isMarker('---')) return -1
    return this.pos - this.lineStart
  }

  /** A `-` block sequence entry indicator at `pos`. */
  private isDashItem(): boolean {
    if (this.at(this.pos) !== DASH) return false
    const next = this.at(this.pos + 1)
    return next === SPACE || next === NEWLINE || next === -1
  }

  /** Whether the current line, from `pos`, is `key: …` (a plain or quoted key on one line). */
  private isMappingEntry(): boolean {
    const ch = this.at(this.pos)
    if (ch === DOUBLE || ch === SINGLE) {
      const end = quotedEnd(this.text, this.pos)
      return this.at(end) === COLON && this.isSeparator(end + 1)
    }
    return this.plainKeyEnd() !== -1
  }

  private isSeparator(offset: number): boolean {
    const ch = this.at(offset)
    return ch === SPACE || ch === NEWLINE || ch === -1
  }

  /** Where the plain key at `pos` ends (its colon), or -1 when the line is not a plain `key:` entry. */
  private plainKeyEnd(): number {
    const first = this.at(this.pos)
    if (INDICATORS.has(first) || first === 46) return -1
    for (let i = this.pos; i < this.length; i++) {
      const ch = this.at(i)
      if (ch === NEWLINE) return -1
      if (ch === SPACE && this.at(i + 1) === HASH) return -1
      if (ch === COLON && this.isSeparator(i + 1)) return this.at(i - 1) === SPACE ? bail() : i
    }
    return -1
  }

  private checkDepth(depth: number): void {
    if (depth > MAX_SIMPLE_DEPTH) bail()
  }

  /** A block node whose first line has been reached at indent `indent`. */
  private blockNode(indent: number, depth: number): Read {
    if (this.isDashItem()) return this.sequence(indent, depth)
    if (this.isMappingEntry()) return this.mapping(indent, depth)
    return bail()
  }

  private mapping(indent: number, depth: number): Read {
    this.checkDepth(depth)
    const node = emptyNode('mapping')
    const value: Record<string, unknown> = {}
    const slot: Slot = { start: this.pos, end: this.pos + 1, node }
    let verbatim = true
    for (;;) {
      const keyStart = this.pos
      let raw: string
      let key: string
      if (this.at(this.pos) === DOUBLE || this.at(this.pos) === SINGLE) {
        raw = key = this.quoted()
      } else {
        const end = this.plainKeyEnd()
        if (end === -1) bail()
        raw = this.text.slice(this.pos, end)
        key = plainKey(raw)
        this.pos = end
      }
      const keyEnd = this.pos
      if (this.at(this.pos) !== COLON || !this.isSeparator(this.pos + 1)) bail()
      this.pos++
      const child = this.blockValue(indent, depth, true)
      verbatim = addEntry(node, value, raw, key, keyStart, keyEnd, child, verbatim)
      slot.end = Math.max(slot.end, child.slot.start === -1 ? keyEnd : child.slot.end)
      const next = this.currentIndent()
      if (next < indent) break
      if (next > indent || this.isDashItem()) bail()
    }
    return { value, slot }
  }

  private sequence(indent: number, depth: number): Read {
    this.checkDepth(depth)
    const node = emptyNode('sequence')
    const value: unknown[] = []
    const slot: Slot = { start: this.pos, end: this.pos + 1, node }
    for (;;) {
      this.pos++
      const child = this.blockValue(indent, depth, false)
      value.push(child.value)
      node.items.push(child.slot)
      if (child.slot.start !== -1) slot.end = Math.max(slot.end, child.slot.end)
      const next = this.currentIndent()
      if (next < indent) break
      if (next > indent) bail()
      if (!this.isDashItem()) break // the end of a sequence written at its key's indent
    }
    return { value, slot }
  }

  /**
   * The value after a `key:` or `-` at `indent`: on the same line, on the lines below, or empty.
   * Leaves the reader on the next content line, whose indent the caller checks.
   */
  private blockValue(indent: number, depth: number, afterKey: boolean): Read {
    const start = this.pos
    while (this.at(this.pos) === SPACE) this.pos++
    const ch = this.at(this.pos)
    if (ch === -1 || ch === NEWLINE || ch === HASH) {
      this.endLine(this.pos > start)
      const next = this.nextContent()
      if (next > indent) return this.blockNode(next, depth + 1)
      // A sequence may sit at the indent of the key that holds it.
      if (afterKey && next === indent && this.isDashItem()) return this.sequence(indent, depth + 1)
      return { value: plainValue(''), slot: { start: -1, end: -1, node: null } }
    }
    if (!afterKey) {
      if (this.isDashItem()) bail() // `- - x`
      // `- key: value` opens a mapping whose keys line up with this first one.
      if (this.isMappingEntry()) return this.mapping(this.pos - this.lineStart, depth + 1)
    }
    const read = this.inline(depth + 1, false)
    this.endLine(false)
    if (this.nextContent() > indent) bail() // a scalar continued on the next line
    return read
  }

  /** A value written on one line: a quoted or plain scalar or a flow collection. `flow` is true inside `[]` or `{}`. */
  private inline(depth: number, flow: boolean): Read {
    const start = this.pos
    const ch = this.at(start)
    if (ch === DOUBLE || ch === SINGLE) {
      const value = this.quoted()
      return { value, slot: { start, end: this.pos, node: null } }
    }
    if (ch === 123 || ch === 91) return this.flow(depth, this.isJson)
    if (flow) return this.token()
    if (INDICATORS.has(ch) && !(ch === DASH && isTokenChar(this.at(start + 1)) && this.at(start + 1) !== DASH)) bail()
    // A plain scalar in block context runs to the end of the line or a ` #` comment.
    let end = start
    for (let i = start; i < this.length; i++) {
      const c = this.at(i)
      if (c === NEWLINE || (c === SPACE && this.at(i + 1) === HASH)) break
      if (c === COLON && this.isSeparator(i + 1)) bail()
      if (c !== SPACE) end = i + 1
    }
    this.pos = end
    return { value: plainValue(this.text.slice(start, end)), slot: { start, end, node: null } }
  }

  /** A quoted scalar on one line at `pos`; moves past it and returns its decoded text. */
  private quoted(): string {
    const start = this.pos
    const end = quotedEnd(this.text, start)
    if (end === -1) bail()
    this.pos = end
    return decodeQuoted(this.text, start, end)
  }

  private jsonDocument(): SimpleDocument {
    this.isJson = true
    const { value, slot } = this.flow(0, true)
    this.skipFlowSpace(true)
    if (this.pos < this.length) bail()
    return { value, root: slot }
  }

  private skipFlowSpace(multiline: boolean): void {
    for (;;) {
      const ch = this.at(this.pos)
      if (ch === SPACE) this.pos++
      else if (ch === NEWLINE && multiline) {
        this.pos++
        this.lineStart = this.pos
      } else return
    }
  }

  /** `{…}` or `[…]`; on one line unless `multiline` (a JSON document). */
  private flow(depth: number, multiline: boolean): Read {
    this.checkDepth(depth)
    const start = this.pos
    const isMapping = this.at(start) === 123
    const closer = isMapping ? 125 : 93
    const node = emptyNode(isMapping ? 'mapping' : 'sequence')
    const value: Record<string, unknown> | unknown[] = isMapping ? {} : []
    this.pos++
    this.skipFlowSpace(multiline)
    let verbatim = true
    if (this.at(this.pos) !== closer) {
      for (;;) {
        if (isMapping) verbatim = this.flowEntry(node, value as Record<string, unknown>, depth, multiline, verbatim)
        else {
          const item = this.inline(depth + 1, true)
          ;(value as unknown[]).push(item.value)
          node.items.push(item.slot)
        }
        this.skipFlowSpace(multiline)
        const ch = this.at(this.pos)
        if (ch === closer) break
        if (ch !== 44) bail()
        this.pos++
        this.skipFlowSpace(multiline)
        if (this.at(this.pos) === closer) bail() // a trailing comma
      }
    }
    this.pos++
    return { value, slot: { start, end: this.pos, node } }
  }

  /** One `key: value` of a flow mapping; returns addEntry's `verbatim` for the next one. */
  private flowEntry(node: SourceNode, value: Record<string, unknown>, depth: number, multiline: boolean, verbatim: boolean): boolean {
    const keyStart = this.pos
    let raw: string
    let key: string
    if (this.at(keyStart) === DOUBLE || this.at(keyStart) === SINGLE) {
      raw = key = this.quoted()
    } else {
      this.token()
      raw = this.text.slice(keyStart, this.pos)
      // A plain key must be followed by `: `; `a:b` is one scalar in YAML.
      if (this.at(this.pos) !== COLON || this.at(this.pos + 1) !== SPACE) bail()
      key = plainKey(raw)
    }
    const keyEnd = this.pos
    this.skipFlowSpace(multiline)
    if (this.at(this.pos) !== COLON) bail()
    this.pos++
    this.skipFlowSpace(multiline)
    return addEntry(node, value, raw, key, keyStart, keyEnd, this.inline(depth + 1, true), verbatim)
  }

  /** A plain scalar inside a flow collection: letters, digits and `_./-`, ending at a space, `,`, `:` or a bracket. */
  private token(): Read {
    const start = this.pos
    const first = this.at(start)
    if (!isTokenChar(first) || first === 46 || (first === DASH && !(this.at(start + 1) >= 48 && this.at(start + 1) <= 57))) bail()
    let i = start
    while (isTokenChar(this.at(i))) i++
    const next = this.at(i)
    if (next !== SPACE && next !== 44 && next !== 93 && next !== 125 && next !== COLON && next !== NEWLINE) bail()
    this.pos = i
    return { value: plainValue(this.text.slice(start, i)), slot: { start, end: i, node: null } }
  }
}
