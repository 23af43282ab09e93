import type { FieldPath, SourceRange } from '../types'

/** Where a field path is written: the node itself, or its nearest existing ancestor. */
export interface Located {
  range: SourceRange
  /** The existing path that `range` covers; shorter than the one asked for when that does not exist. */
  path: FieldPath
  /** True when the whole path exists. */
  exact: boolean
}

/** One non-empty document of a YAML or JSON stream. */
export interface ParsedDocument {
  /** Position in the stream, from 0, counting empty and unreadable documents too. */
  index: number
  /** The document's value as Kubernetes would decode it; keys such as `__proto__` are plain own data. */
  value: unknown
  /** Where a path from the document root is written (a mapping entry spans key to value, a sequence item the item). */
  locate(path: FieldPath): Located
}

/** A document, or the whole input, that could not be read. */
export interface ParseError {
  /** Document index, or null when the error is not tied to one. */
  document: number | null
  message: string
  range: SourceRange
}

/** Every readable document, every error and every warning, in stream order. */
export interface ParseResult {
  documents: ParsedDocument[]
  errors: ParseError[]
  /** What kubectl reads without complaint but the author probably did not mean (a duplicate key). */
  warnings: ParseError[]
}

/** Where a text begins in the stream it was cut from: its first line's number and its first document's index. */
export interface StreamStart {
  /** From 1. */
  line: number
  /** From 0. */
  document: number
}
