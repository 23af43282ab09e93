/**
 * The flow half of the fast reader (simpleStream.ts): one-line scalars and one-line `{…}` and `[…]`.
 * The block reader extends it.
 */
import {
  COLON,
  DASH,
  DOUBLE,
  HASH,
  INDICATORS,
  MAX_SIMPLE_DEPTH,
  NEWLINE,
  SINGLE,
  SPACE,
  bail,
  decodeQuoted,
  isTokenChar,
  plainKey,
  plainValue,
  quotedEnd,
} from './simpleScalars'
import type { Slot, SourceNode } from './sourceTree'
import { setOwn } from '../util/values'

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
 * warning of the full reader's, so the fast path gives up on one.
 */
export function addEntry(node: SourceNode, value: Record<string, unknown>, key: string, keyStart: number, keyEnd: number, child: Read): void {
  // go-yaml refuses a simple key longer than 1024 characters; leave anything near that to the full reader.
  if (node.entries.has(key) || keyEnd - keyStart > 1000) bail()
  setOwn(value, key, child.value)
  node.entries.set(key, { keyStart, keyEnd, value: child.slot })
}

/** Position in the text, and reading of everything written on one line. */
export class FlowReader {
  protected pos = 0
  protected lineStart = 0
  protected readonly length: number

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
    if (ch === 123 || ch === 91) return this.flow(depth)
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

  protected skipFlowSpace(): void {
    while (this.at(this.pos) === SPACE) this.pos++
  }

  /** `{…}` or `[…]` on one line. */
  protected flow(depth: number): Read {
    this.checkDepth(depth)
    const start = this.pos
    const isMapping = this.at(start) === 123
    const closer = isMapping ? 125 : 93
    const node = emptyNode(isMapping ? 'mapping' : 'sequence')
    const value: Record<string, unknown> | unknown[] = isMapping ? {} : []
    this.pos++
    this.skipFlowSpace()
    if (this.at(this.pos) !== closer) {
      for (;;) {
        if (isMapping) this.flowEntry(node, value as Record<string, unknown>, depth)
        else {
          const item = this.inline(depth + 1, true)
          ;(value as unknown[]).push(item.value)
          node.items.push(item.slot)
        }
        this.skipFlowSpace()
        const ch = this.at(this.pos)
        if (ch === closer) break
        if (ch !== 44) bail()
        this.pos++
        this.skipFlowSpace()
        if (this.at(this.pos) === closer) bail() // a trailing comma
      }
    }
    this.pos++
    return { value, slot: { start, end: this.pos, node } }
  }

  /** One `key: value` of a flow mapping. */
  protected flowEntry(node: SourceNode, value: Record<string, unknown>, depth: number): void {
    const keyStart = this.pos
    let key: string
    if (this.at(keyStart) === DOUBLE || this.at(keyStart) === SINGLE) {
      key = this.quoted()
    } else {
      this.token()
      // A plain key must be followed by `: `; `a:b` is one scalar in YAML.
      if (this.at(this.pos) !== COLON || this.at(this.pos + 1) !== SPACE) bail()
      key = plainKey(this.text.slice(keyStart, this.pos))
    }
    const keyEnd = this.pos
    this.skipFlowSpace()
    if (this.at(this.pos) !== COLON) bail()
    this.pos++
    this.skipFlowSpace()
    addEntry(node, value, key, keyStart, keyEnd, this.inline(depth + 1, true))
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
