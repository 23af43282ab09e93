/**
 * Reads YAML or JSON text into the documents kubectl would send: JSON by Go's rules when the text
 * starts with `{`, else YAML split into documents by kubectl's reader and read by a go-yaml v2
 * reader (goyaml/). Every document remembers where its fields are written.
 */
import { decodeDocument, DecodeError } from './goyaml/decode'
import { firstUnreadable } from './goyaml/chars'
import { parseFirstDocument } from './goyaml/parser'
import { YamlSyntaxError } from './goyaml/tokens'
import { looksLikeJson, readJsonStream } from './jsonStream'
import { MAX_DEPTH } from './limits'
import { LineIndex } from './lineIndex'
import { readSimpleStream } from './simpleStream'
import { resolvePath, type Slot } from './sourceTree'
import type { Located, ParsedDocument, ParseResult, StreamStart } from './types'
import { splitYamlDocuments } from './yamlDocuments'
import type { FieldPath } from '../types'

/**
 * Parses every document; an error is confined to its document and the others are still read. Never throws.
 * With `start`, the text is a piece of a longer stream (see streamPieces.ts) and lines and document indices count from there.
 */
export function parseManifests(text: string, start: StreamStart = { line: 1, document: 0 }): ParseResult {
  // Editors hide a byte-order mark, so columns on the first line must not count it.
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = new LineIndex(input, start.line)
  const first = start.document
  const result: ParseResult = { documents: [], errors: [], warnings: [] }
  const warn = (document: number, warnings: ReadonlyArray<{ message: string; offset: number }>) => {
    for (const { message, offset } of warnings) result.warnings.push({ document, message, range: lines.point(offset) })
  }
  if (looksLikeJson(input)) {
    const stream = readJsonStream(input)
    stream.documents.forEach((document, at) => {
      const index = first + at
      if (document.value !== null) result.documents.push(makeDocument(index, document.value, lines, document.root))
      warn(index, document.warnings)
    })
    if (stream.error) {
      // YAML flow style (`{kind: Pod}`) is the usual way to get here by surprise.
      const syntax = stream.error.message.startsWith('JSON: invalid character')
      const message = syntax
        ? `${stream.error.message} (kubectl reads text that starts with "{" as JSON; start it with a "---" line to write YAML)`
        : stream.error.message
      result.errors.push({ document: first + stream.documents.length, message, range: lines.point(stream.error.offset) })
    }
    return result
  }
  // Plain block YAML, which is nearly every manifest, has a one-pass reader of its own.
  const simple = readSimpleStream(input)
  if (simple) {
    simple.forEach(({ value, root }, at) => result.documents.push(makeDocument(first + at, value, lines, root)))
    return result
  }
  splitYamlDocuments(input).forEach((chunk, at) => {
    const index = first + at
    // An unclosed bracket or quote is found at the document's end: point at its last character, not the next separator.
    const last = Math.max(chunk.start, chunk.start + input.slice(chunk.start, chunk.end).trimEnd().length)
    const error = (message: string, offset: number) => result.errors.push({ document: index, message, range: lines.point(Math.min(offset, last)) })
    if (chunk.error) return error(chunk.error.message, chunk.error.offset)
    const unreadable = firstUnreadable(input, chunk.start, chunk.end)
    if (unreadable !== -1) return error(describeCharacter(input, unreadable), unreadable)
    try {
      const root = parseFirstDocument(input, chunk.start, chunk.end, MAX_DEPTH, index > 0)
      if (!root) return
      const decoded = decodeDocument(root)
      warn(index, decoded.warnings)
      if (decoded.value !== null) result.documents.push(makeDocument(index, decoded.value, lines, decoded.root))
    } catch (caught) {
      if (caught instanceof YamlSyntaxError) error(describeSyntax(caught.problem), caught.offset)
      else if (caught instanceof DecodeError) error(caught.limit ? caught.message : `YAML error: ${caught.message}`, caught.offset)
      else error(`could not read the document: ${caught instanceof Error ? caught.message : String(caught)}`, chunk.start)
    }
  })
  return result
}

function describeSyntax(problem: string): string {
  if (problem === 'nesting exceeded maxDepth') return `YAML nests deeper than ${MAX_DEPTH} levels; refusing to read the document`
  return `YAML syntax error: ${problem}`
}

function describeCharacter(text: string, offset: number): string {
  const code = text.codePointAt(offset) as number
  const name = code === 0 ? 'a null byte' : `the non-printable character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return `YAML syntax error: ${name} is not allowed in input (go-yaml: control characters are not allowed)`
}

function makeDocument(index: number, value: unknown, lines: LineIndex, root: Slot): ParsedDocument {
  return {
    index,
    value,
    locate(path: FieldPath): Located {
      const resolved = resolvePath(root, path)
      const range = resolved.start === -1 ? lines.point(0) : lines.range(resolved.start, resolved.end)
      return { range, path: resolved.path, exact: resolved.path.length === path.length }
    },
  }
}
