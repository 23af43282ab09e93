/**
 * A fast reader for the plain block YAML that nearly every manifest is written in, building the
 * values and the source tree in one pass instead of the full go-yaml reader's tokens and nodes.
 *
 * It is an optimisation only: it reads a strict subset (block mappings and sequences, one-line plain
 * and quoted scalars, one-line flow collections, comments, `---` between documents) and gives up,
 * returning null, on anything else, including everything that might be an error or a warning.
 * The caller then uses the full reader. Where it does read a stream, the values and source offsets
 * equal the full reader's (simpleStream.test.ts checks this): scalars are resolved by the same rules.
 */
import { addEntry, emptyNode, FlowReader, type Read, type SimpleDocument } from './simpleFlow'
import { COLON, DASH, DOUBLE, HASH, INDICATORS, NEWLINE, OUTSIDE_SUBSET, SINGLE, SPACE, bail, plainKey, plainValue, quotedEnd } from './simpleScalars'
import type { Slot } from './sourceTree'

/** The documents of `text`, or null when it is not in the subset (then the full reader must read it). */
export function readSimpleStream(text: string): SimpleDocument[] | null {
  if (text.length === 0 || OUTSIDE_SUBSET.test(text)) return null
  try {
    return new Reader(text).stream()
  } catch {
    // Leaving the subset, or anything unforeseen: the slow path is always correct.
    return null
  }
}

/** The block half: documents, `key: value` mappings, `-` sequences, comments and line structure. */
class Reader extends FlowReader {
  stream(): SimpleDocument[] {
    const documents: SimpleDocument[] = []
    this.nextContent()
    while (this.pos < this.length) {
      if (this.isMarker('---')) {
        this.pos += 3
        this.endLine(false)
        this.nextContent()
        // An empty document still counts in the numbering; leave that to the full reader.
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

  /** `---` or `...` at the start of the current line, followed by a space, a line break or the end. */
  private isMarker(marker: string): boolean {
    if (this.pos !== this.lineStart || !this.text.startsWith(marker, this.pos)) return false
    const next = this.at(this.pos + 3)
    if (next === -1 || next === SPACE || next === NEWLINE) return true
    return bail() // `---x` or `...x` at a line start: leave it to the full reader
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
    for (;;) {
      const keyStart = this.pos
      let key: string
      if (this.at(this.pos) === DOUBLE || this.at(this.pos) === SINGLE) {
        key = this.quoted()
      } else {
        const end = this.plainKeyEnd()
        if (end === -1) bail()
        key = plainKey(this.text.slice(this.pos, end))
        this.pos = end
      }
      const keyEnd = this.pos
      if (this.at(this.pos) !== COLON || !this.isSeparator(this.pos + 1)) bail()
      this.pos++
      const child = this.blockValue(indent, depth, true)
      addEntry(node, value, key, keyStart, keyEnd, child)
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
}
