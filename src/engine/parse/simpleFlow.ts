/**
 * The flow half of the fast reader (simpleStream.ts): one-line scalars, `{…}` and `[…]`, and whole
 * JSON documents, which are one flow collection that may span lines. The block reader extends it.
 */
import {
  COLON, DASH, DOUBLE, HASH, INDICATORS, MAX_SIMPLE_DEPTH, NEWLINE, SINGLE, SPACE,
  bail, decodeQuoted, isTokenChar, plainKey, plainValue, quotedEnd,
} from './simpleScalars'
import type { Slot, SourceNode } from './sourceTree'

/** One document read by the fast path: its value and the root of its source tree. */
export interface SimpleDocument {
  value: unknown
  root: Slot
}

/** A node as it is read: the value and where it is written. */
export interface Read {
  value: unknown
  slot: Slot
}

export const emptyNode = (kind: SourceNode['kind']): SourceNode => ({ kind, entries: new Map(), items: [] })

/**
 * Adds an entry under the key kubectl would write (`y` is the key "true"). A repeated key is a
 * warning of the full reader's, so the fast path gives up on one. Returns `verbatim` unchanged, for
 * callers that track whether every key so far was written as it is stored.
 */
export function addEntry(node: SourceNode, value: Record<string, unknown>, raw: string, key: string, keyStart: number, keyEnd: number, child: Read, verbatim: boolean): boolean {
  if (node.entries.has(key)) bail()
  if (key === '__proto__') Object.defineProperty(value, key, { value: child.value, enumerable: true, writable: true, configurable: true })
  else value[key] = child.value
  node.entries.set(key, { keyStart, keyEnd, value: child.slot })
  return verbatim && raw === key
}

/** Position in the text, and reading of everything written on one line or in JSON. */
export class FlowReader {
  protected pos = 0
  protected lineStart = 0
  protected readonly length: number
  /** In JSON mode the document is one flow collection, which may span lines. */
  protected isJson = false

  constructor(protected readonly text: string) {
    this.length = text.length
  }

  protected at(offset: number): number {
    return offset < this.length ? this.text.charCodeAt(offset) : -1
  }

  protected isSeparator(offset: number): boolean {
    const ch = this.at(offset)
    return ch === SPACE || ch === NEWLINE || ch === -1
  }

  protected checkDepth(depth: number): void {
    if (depth > MAX_SIMPLE_DEPTH) bail()
  }

  /** A value written on one line: a quoted or plain scalar or a flow collection. `flow` is true inside `[]` or `{}`. */
  protected inline(depth: number, flow: boolean): Read {
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
  protected quoted(): string {
    const start = this.pos
    const end = quotedEnd(this.text, start)
    if (end === -1) bail()
    this.pos = end
    return decodeQuoted(this.text, start, end)
  }

  protected jsonDocument(): SimpleDocument {
    this.isJson = true
    const { value, slot } = this.flow(0, true)
    this.skipFlowSpace(true)
    if (this.pos < this.length) bail()
    return { value, root: slot }
  }

  protected skipFlowSpace(multiline: boolean): void {
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
  protected flow(depth: number, multiline: boolean): Read {
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
  protected flowEntry(node: SourceNode, value: Record<string, unknown>, depth: number, multiline: boolean, verbatim: boolean): boolean {
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
  protected token(): Read {
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
