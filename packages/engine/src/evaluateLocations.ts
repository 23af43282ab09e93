/** Turns document-relative field paths into public `Location`s, relative to one object's root. */
import type { ParsedDocument } from './parse'
import type { FieldPath, Location, SourceRange } from './types'
import { appendPath, formatPath } from './util/paths'

/** Locates paths of one object (a document or a List item) and of its pod template. */
export interface ObjectLocator {
  /** A path from the object root. */
  object(path: FieldPath): Location
  /** A path from the pod template root (`metadata`/`spec` first), as the stages report them. */
  template(path: FieldPath): Location
  /** The dotted path, from the object root, of a path from the pod template root. */
  templatePath(path: FieldPath): string
}

/** A locator for the object at `objectPath` in `parsedDocument`, whose pod template sits at `templatePath`. */
export function objectLocator(parsedDocument: ParsedDocument, objectPath: FieldPath, templatePath: FieldPath): ObjectLocator {
  // A report locates a few dozen paths per object, so the joins below avoid spreading and re-formatting the shared prefixes.
  const objectPrefix = objectPath.length
  const templatePrefix = formatPath(templatePath)
  const object = (path: FieldPath): Location => {
    const located = parsedDocument.locate(objectPrefix === 0 ? path : objectPath.concat(path))
    const { range } = located
    // When the whole path exists the located path is the one asked for, so it is formatted once.
    const asked = formatPath(path)
    const location: Location = {
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      path: located.exact ? asked : appendPath('', located.path, objectPrefix),
    }
    if (!located.exact) location.field = asked
    return location
  }
  return {
    object,
    template: (path) => object(templatePath.length === 0 ? path : templatePath.concat(path)),
    templatePath: (path) => appendPath(templatePrefix, path),
  }
}

/** Only the range of a location, for fields typed as `SourceRange`. */
export function rangeOf(location: SourceRange): SourceRange {
  return { line: location.line, column: location.column, endLine: location.endLine, endColumn: location.endColumn }
}

/** The start of the text, for errors that belong to no place in it. */
export const START_OF_TEXT: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 }
