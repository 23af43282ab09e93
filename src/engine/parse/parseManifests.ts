/** Reads YAML or JSON text (JSON is read as the YAML it is a subset of) into documents that remember their source. */
import { EVENT_ID, YAMLException, constructFromEvents, parseEvents, type Event } from 'js-yaml'
import { MAX_ALIASES, checkAliases } from './aliasGuard'
import { LineIndex } from './lineIndex'
import { readSimpleStream } from './simpleStream'
import { KUBERNETES_YAML_SCHEMA } from './schema'
import { buildSourceTree, resolvePath, type Slot } from './sourceTree'
import { splitDocuments } from './splitDocuments'
import type { Located, ParsedDocument, ParseResult } from './types'
import type { FieldPath } from '../types'

/** Deepest collection nesting the parser accepts; pod specs need about 15 levels. */
export const MAX_DEPTH = 100

interface Context {
  lines: LineIndex
  result: ParseResult
  nextIndex: number
}

/** Parses every document; a syntax error is confined to its document and the others are still read. Never throws. */
export function parseManifests(text: string): ParseResult {
  // Editors hide a byte-order mark, so columns on the first line must not count it.
  const input = dropDocumentBoms(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  const context: Context = { lines: new LineIndex(input), result: { documents: [], errors: [] }, nextIndex: 0 }
  // Plain block YAML and JSON, which is nearly every manifest, is read without js-yaml's events.
  const simple = readSimpleStream(input)
  if (simple) {
    for (const { value, root } of simple) context.result.documents.push(makeDocument(context.nextIndex++, value, context.lines, () => root))
    return context.result
  }
  try {
    readDocuments(context, parseEvents(input, { maxDepth: MAX_DEPTH }), input, 0)
    return context.result
  } catch {
    // A syntax error stops js-yaml for the whole stream: parse document by document instead.
  }
  for (const chunk of splitDocuments(input)) {
    const source = input.slice(chunk.start, chunk.end)
    let events: Event[]
    try {
      events = parseEvents(source, { maxDepth: MAX_DEPTH })
    } catch (error) {
      // An unclosed bracket or quote is reported at the chunk's end, which is the next document's
      // `---` line; point at the end of this document's own text instead.
      const last = source.trimEnd().length
      addError(context, context.nextIndex++, error, chunk.start, 'YAML syntax error', last)
      continue
    }
    readDocuments(context, events, source, chunk.start)
  }
  return context.result
}

// Files saved with a BOM and joined with `---` carry one at the start of each document; kubectl
// decodes documents one by one and go-yaml skips it there. Dropping it shifts that one line's
// columns by one character, which editors do not show anyway.
const BOM_AFTER_MARKER = /((?:^|\n|\r)---[^\n\r]*(?:\r\n|\n|\r))\uFEFF/g

function dropDocumentBoms(text: string): string {
  return text.includes('\uFEFF') ? text.replace(BOM_AFTER_MARKER, '$1') : text
}

function readDocuments(context: Context, events: Event[], source: string, base: number): void {
  for (let from = 0; from < events.length; ) {
    const to = documentEnd(events, from)
    readDocument(context, events, from, to, source, base)
    from = to
  }
}

/** Index just past the POP that closes the document opened at `from`. */
function documentEnd(events: readonly Event[], from: number): number {
  let depth = 0
  for (let i = from; i < events.length; i++) {
    const type = events[i].type
    if (type === EVENT_ID.DOCUMENT || type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) depth++
    else if (type === EVENT_ID.POP && --depth === 0) return i + 1
  }
  return events.length
}

function readDocument(context: Context, events: Event[], from: number, to: number, source: string, base: number): void {
  const index = context.nextIndex++
  const problem = checkAliases(events, from, to, source)
  if (problem) {
    context.result.errors.push({ document: index, message: problem.message, range: context.lines.point(base + problem.offset) })
    return
  }
  let value: unknown
  try {
    const documents = constructFromEvents(events.slice(from, to), { source, schema: KUBERNETES_YAML_SCHEMA, maxAliases: MAX_ALIASES })
    value = documents[0]
  } catch (error) {
    addError(context, index, error, base, 'YAML error')
    return
  }
  if (value === null || value === undefined) return
  context.result.documents.push(makeDocument(index, value, context.lines, () => buildSourceTree(events, from, to, source, base)))
}

function makeDocument(index: number, value: unknown, lines: LineIndex, build: () => Slot): ParsedDocument {
  let root: Slot | null = null
  return {
    index,
    value,
    locate(path: FieldPath): Located {
      root ??= build()
      const resolved = resolvePath(root, path)
      const range = resolved.start === -1 ? lines.point(0) : lines.range(resolved.start, resolved.end)
      return { range, path: resolved.path, exact: resolved.path.length === path.length }
    },
  }
}

function addError(context: Context, document: number, error: unknown, base: number, prefix: string, limit = Infinity): void {
  const offset = Math.min(error instanceof YAMLException && error.mark ? error.mark.position : 0, limit)
  context.result.errors.push({ document, message: describe(error, prefix), range: context.lines.point(base + offset) })
}

function describe(error: unknown, prefix: string): string {
  if (!(error instanceof YAMLException)) return `could not read the document: ${error instanceof Error ? error.message : String(error)}`
  const reason = error.reason
  if (reason.startsWith('nesting exceeded maxDepth')) return `YAML nests deeper than ${MAX_DEPTH} levels; refusing to read the document`
  if (reason.startsWith('aliases exceeded maxAliases')) return `the document uses more than ${MAX_ALIASES} YAML aliases; refusing to read it`
  return `${prefix}: ${reason}`
}
