/**
 * One fix operation (set a field, remove a field or list item, append to a list) turned into a text
 * edit at the positions the parser reports. Only the edited span changes: the rest of the text,
 * comments and layout included, stays byte-identical; a document is never written out again.
 */
import { parseManifests, type ParsedDocument } from '../parse'
import type { FieldPath } from '../types'
import { formatPath } from '../util/paths'
import { isRecord } from '../util/values'
import { blockEntry, flowValue, key, nest, scalar, type FixValue, type Style } from './render'
import { indentStep, SourceText, type Span } from './sourceText'

/** A change to one field, by its path from the document root. */
export type FixOp = { kind: 'set'; path: FieldPath; value: FixValue } | { kind: 'remove'; path: FieldPath } | { kind: 'append'; path: FieldPath; value: string }

/** The text after an operation, or why it could not be made. */
export type OpOutcome = { ok: true; text: string; sharedAnchor: string | null } | { ok: false; reason: string }

// Keys whose mapping stays even when a fix empties it: the object's structure, not a setting.
const STRUCTURAL = new Set(['spec', 'template', 'containers', 'initContainers', 'ephemeralContainers', 'items'])

/** Applies one operation to the document at `documentIndex`; an emptied settings mapping or list is removed with it. */
export function applyOp(text: string, documentIndex: number, op: FixOp): OpOutcome {
  const doc = parseManifests(text).documents.find((d) => d.index === documentIndex)
  if (!doc) return { ok: false, reason: 'the document can no longer be read' }
  const editor = new DocumentEditor(text, doc)
  let result: EditResult
  try {
    result = op.kind === 'set' ? editor.set(op.path, op.value) : op.kind === 'append' ? editor.append(op.path, op.value) : editor.remove(op.path)
  } catch (error) {
    // A layout the editor did not foresee costs this fix, never the caller.
    return { ok: false, reason: `the text around ${formatPath(op.path)} could not be edited (${error instanceof Error ? error.message : String(error)})` }
  }
  if ('reason' in result) return { ok: false, reason: result.reason }
  const next = text.slice(0, result.edit.start) + result.edit.text + text.slice(result.edit.end)
  if (result.emptied && !STRUCTURAL.has(String(result.emptied.at(-1))) && typeof result.emptied.at(-1) === 'string') {
    const cascade = applyOp(next, documentIndex, { kind: 'remove', path: result.emptied })
    if (cascade.ok) return { ...cascade, sharedAnchor: cascade.sharedAnchor ?? result.sharedAnchor }
  }
  return { ok: true, text: next, sharedAnchor: result.sharedAnchor }
}

interface Edit extends Span {
  text: string
}

type EditResult = { edit: Edit; sharedAnchor: string | null; emptied?: FieldPath } | { reason: string }

class DocumentEditor {
  private readonly src: SourceText

  constructor(
    private readonly text: string,
    private readonly doc: ParsedDocument,
  ) {
    this.src = new SourceText(text)
  }

  set(path: FieldPath, value: FixValue): EditResult {
    let existing = 0
    let node: unknown = this.doc.value
    while (existing < path.length && hasChild(node, path[existing])) node = child(node, path[existing++])
    const at = path.slice(0, existing)
    const shared = this.sharedAnchor(at)
    if (existing === path.length) {
      if (typeof node === 'object' && node !== null) return { reason: `${formatPath(path)} is not a single value` }
      return this.done(this.replaceScalar(path, value), shared)
    }
    const rest = path.slice(existing)
    if (!rest.every((segment): segment is string => typeof segment === 'string')) return { reason: `${formatPath(path)} is not in the text` }
    if (isRecord(node)) return this.done(this.insertEntry(at, rest[0], nest(rest.slice(1), value)), shared)
    if (node === null && typeof at.at(-1) === 'string') return this.done(this.fillEmpty(at, nest(rest, value)), shared)
    return { reason: `${formatPath(at)} is not a mapping, so ${rest.join('.')} cannot be added to it` }
  }

  remove(path: FieldPath): EditResult {
    const parentPath = path.slice(0, -1)
    const self = this.spanOf(path)
    if (!self) return { reason: `${formatPath(path)} is not in the text` }
    const shared = this.sharedAnchor(path)
    const open = this.valueStart(parentPath)
    const siblings = this.children(parentPath).filter((s) => s.start !== self.start)
    const emptied = siblings.length === 0 ? parentPath : undefined
    if (this.text[open] === '{' || this.text[open] === '[') {
      const next = siblings.filter((s) => s.start > self.start).sort((a, b) => a.start - b.start)[0]
      const previous = siblings.filter((s) => s.end <= self.start).sort((a, b) => b.end - a.end)[0]
      const span = next ? { start: self.start, end: next.start } : previous ? { start: previous.end, end: self.end } : self
      return { edit: { ...span, text: '' }, sharedAnchor: shared, emptied }
    }
    let start = self.start
    if (typeof path.at(-1) === 'number') {
      start = this.dashBefore(self.start)
      if (start < 0) return { reason: `the list item ${formatPath(path)} is written in a layout the fixer does not edit` }
    }
    if (this.src.startsLine(start)) {
      const from = this.src.lineStart(start)
      const to = this.src.nextLine(self.end)
      const indent = ' '.repeat(this.src.column(start))
      const eol = this.src.eolNear(start)
      // Comments inside the removed lines are kept, as comment lines where the field was.
      const comments = [this.src.trailingComment(afterKey(this.text, self.start)), ...this.src.commentLines(from, to), this.src.trailingComment(self.end)]
      const kept = [...new Set(comments.filter((c) => c !== ''))].map((c) => indent + c + eol).join('')
      return { edit: { start: from, end: to, text: kept }, sharedAnchor: shared, emptied }
    }
    // The first key of a list item, after its `- `: the next key moves up beside the dash.
    const next = siblings.filter((s) => s.start > self.start).sort((a, b) => a.start - b.start)[0]
    if (next) return { edit: { start: self.start, end: next.start, text: '' }, sharedAnchor: shared }
    return { edit: { ...self, text: '{}' }, sharedAnchor: shared }
  }

  append(path: FieldPath, item: string): EditResult {
    const list = valueAt(this.doc.value, path)
    if (!Array.isArray(list)) return { reason: `${formatPath(path)} is not a list` }
    const shared = this.sharedAnchor(path)
    const open = this.valueStart(path)
    const items = this.children(path).sort((a, b) => a.start - b.start)
    const last = items.at(-1)
    if (this.text[open] === '[') {
      const json = last ? this.text[last.start] === '"' : this.jsonDocument()
      const written = scalar(item, json)
      if (!last) return this.done({ start: open + 1, end: open + 1, text: written }, shared)
      return this.done({ start: last.end, end: last.end, text: this.flowSeparator(last, open) + written }, shared)
    }
    if (!last) return { reason: `${formatPath(path)} is empty and not written as a list` }
    const dash = this.dashBefore(last.start)
    if (dash < 0 || !this.src.startsLine(dash)) return { reason: `the list ${formatPath(path)} is written in a layout the fixer does not edit` }
    const at = this.src.lineEnd(last.end)
    return this.done({ start: at, end: at, text: this.src.eolNear(at) + ' '.repeat(this.src.column(dash)) + '- ' + scalar(item, false) }, shared)
  }

  private done(edit: Edit | { reason: string }, sharedAnchor: string | null): EditResult {
    return 'reason' in edit ? edit : { edit, sharedAnchor }
  }

  private replaceScalar(path: FieldPath, value: FixValue): Edit {
    const span = this.spanOf(path) as Span
    const start = this.valueStart(path)
    const quote = this.text[start] === '"' || this.text[start] === "'" ? this.text[start] : undefined
    const json = this.jsonDocument()
    const written = typeof value === 'object' ? flowValue(value, json) : scalar(value, json, quote)
    // `key:` with nothing after it: the value goes after the colon.
    if (start >= span.end || start > this.src.lineEnd(span.start)) {
      const colon = afterKey(this.text, span.start)
      return { start: colon, end: colon, text: ` ${written}` }
    }
    return { start, end: span.end, text: written }
  }

  private insertEntry(mappingPath: FieldPath, name: string, value: FixValue): Edit | { reason: string } {
    const open = this.valueStart(mappingPath)
    const children = this.children(mappingPath).sort((a, b) => a.start - b.start)
    const last = [...children].sort((a, b) => b.end - a.end)[0]
    if (this.text[open] === '{') {
      const json = children.length > 0 ? this.text[children[0].start] === '"' : this.jsonDocument()
      const entry = `${key(name, json)}: ${flowValue(value, json)}`
      if (!last) return { start: open + 1, end: open + 1, text: entry }
      return { start: last.end, end: last.end, text: this.flowSeparator(last, open) + entry }
    }
    if (!last) return { reason: `${formatPath(mappingPath)} has no field to line a new one up with` }
    const indent = this.src.column(children[0].start)
    const at = this.src.lineEnd(last.end)
    return { start: at, end: at, text: this.src.eolNear(at) + ' '.repeat(indent) + blockEntry(name, value, indent, this.style(at)) }
  }

  /** Gives `key:` (nothing, `null` or `~`) the mapping `inner`. */
  private fillEmpty(path: FieldPath, inner: FixValue): Edit {
    const span = this.spanOf(path) as Span
    const colon = afterKey(this.text, span.start)
    const parentOpen = this.valueStart(path.slice(0, -1))
    const end = Math.max(colon, span.end)
    if (this.text[parentOpen] === '{') return { start: colon, end, text: ` ${flowValue(inner, this.jsonDocument())}` }
    const indent = this.src.column(span.start)
    const style = this.style(colon)
    const comment = this.src.trailingComment(end)
    const body = Object.entries(inner as Record<string, FixValue>)
      .map(([name, v]) => style.eol + ' '.repeat(indent + style.step) + blockEntry(name, v, indent + style.step, style))
      .join('')
    return { start: colon, end: this.src.lineEnd(end), text: (comment ? ` ${comment}` : '') + body }
  }

  /** `, ` on one line; a line break and the last item's indentation when the items are one per line. */
  private flowSeparator(last: Span, open: number): string {
    if (this.src.startsLine(last.start) && this.src.lineStart(last.start) > open)
      return ',' + this.src.eolNear(last.start) + ' '.repeat(this.src.column(last.start))
    return ', '
  }

  private style(at: number): Style {
    return { json: false, step: indentStep(this.text, this.docSpan().start, this.docSpan().end), eol: this.src.eolNear(at) }
  }

  private docSpan(): Span {
    return this.spanOf([]) ?? { start: 0, end: this.text.length }
  }

  private jsonDocument(): boolean {
    return this.text[this.valueStart([])] === '{' && this.children([]).some((s) => this.text[s.start] === '"')
  }

  /** The written span of a path, or null when it is not written exactly there. */
  private spanOf(path: FieldPath): Span | null {
    const located = this.doc.locate(path)
    return located.exact ? this.src.span(located.range) : null
  }

  /** Spans of a collection's entries or items that are written inside it (not merged in from elsewhere). */
  private children(path: FieldPath): Span[] {
    const node = valueAt(this.doc.value, path)
    const outer = this.spanOf(path)
    if (!outer || typeof node !== 'object' || node === null) return []
    const names: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)
    const spans: Span[] = []
    for (const name of names) {
      const span = this.spanOf([...path, name])
      if (span && span.start >= outer.start && span.end <= outer.end) spans.push(span)
    }
    return spans
  }

  /** Where a path's value starts, past its key, anchor and tag (and past line breaks for a block collection). */
  private valueStart(path: FieldPath): number {
    const span = this.spanOf(path)
    if (!span) return -1
    let at = typeof path.at(-1) === 'string' ? afterKey(this.text, span.start) : span.start
    for (;;) {
      at = this.src.skipBlanks(at)
      const ch = this.text[at]
      if (ch === '&' || ch === '!') {
        while (at < this.text.length && !/[\s]/.test(this.text[at])) at++
      } else if ((ch === '#' || ch === '\n' || ch === '\r') && at < span.end) {
        at = this.src.nextLine(at)
      } else return at
    }
  }

  /** The offset of the `- ` that introduces a block list item starting at `start`, or -1. */
  private dashBefore(start: number): number {
    let at = start - 1
    while (at >= 0 && (this.text[at] === ' ' || this.text[at] === '\t')) at--
    return this.text[at] === '-' ? at : -1
  }

  /** The anchor an edit at `path` would change for its aliases too, or null when the path is written only here. */
  private sharedAnchor(path: FieldPath): string | null {
    let outer = this.spanOf([])
    for (let depth = 0; depth <= path.length; depth++) {
      const prefix = path.slice(0, depth)
      const span = this.spanOf(prefix)
      if (!span || !outer) return null
      // Reached through an alias or a merge key: the node is written elsewhere.
      if (span.start < outer.start || span.end > outer.end) return this.anchorAt(prefix) ?? 'a merged mapping'
      const anchor = this.anchorAt(prefix)
      if (anchor && new RegExp(`\\*${escape(anchor)}(?![^\\s,\\]}])`).test(this.text)) return anchor
      outer = span
    }
    return null
  }

  private anchorAt(path: FieldPath): string | null {
    const span = this.spanOf(path)
    if (!span) return null
    let at = this.src.skipBlanks(typeof path.at(-1) === 'string' ? afterKey(this.text, span.start) : span.start)
    if (this.text[at] === '!') at = this.src.skipBlanks(this.text.slice(at).search(/\s/) + at)
    const match = /^[&*]([^\s,[\]{}]+)/.exec(this.text.slice(at, at + 256))
    return match ? match[1] : null
  }
}

/** The offset just past the `:` that ends the mapping key starting at `start`. */
function afterKey(text: string, start: number): number {
  let at = start
  const quote = text[at]
  if (quote === '"' || quote === "'") {
    for (at++; at < text.length; at++) {
      if (quote === '"' && text[at] === '\\') at++
      else if (text[at] === quote) {
        if (quote === "'" && text[at + 1] === "'") at++
        else break
      }
    }
    at++
  } else {
    while (at < text.length && !(text[at] === ':' && /[\s,\]}]|^$/.test(text[at + 1] ?? ''))) at++
  }
  while (text[at] === ' ' || text[at] === '\t') at++
  return text[at] === ':' ? at + 1 : at
}

function hasChild(node: unknown, segment: string | number): boolean {
  if (Array.isArray(node)) return typeof segment === 'number' && segment >= 0 && segment < node.length
  return isRecord(node) && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(node, segment)
}

function child(node: unknown, segment: string | number): unknown {
  return (node as Record<string | number, unknown>)[segment]
}

/** The value at `path` below `node`, or undefined when it is not there. */
export function valueAt(node: unknown, path: FieldPath): unknown {
  let at = node
  for (const segment of path) at = hasChild(at, segment) ? child(at, segment) : undefined
  return at
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
