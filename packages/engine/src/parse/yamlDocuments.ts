/**
 * Splits YAML text into documents exactly as kubectl's YAML reader (apimachinery's YAMLReader)
 * does before go-yaml sees them: lines end at LF only, and a line that starts with `---` is a
 * separator when the rest of it is blank or a comment; any other `---…` line is an error. `...`
 * and lines split by a lone CR are not separators: they are go-yaml's, inside one document.
 */

/** One document's slice of the text, or the error that ended it. */
export interface DocumentChunk {
  start: number
  end: number
  /** Set when the separator that ends this document is malformed; kubectl then refuses it. */
  error?: { message: string; offset: number }
}

/** The documents of `text` in order; a document is any non-empty run of lines between separators. */
export function splitYamlDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = []
  let start = -1
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline + 1
    if (text.startsWith('---', lineStart)) {
      const rest = text.slice(lineStart + 3, lineEnd).trim()
      if (rest === '' || rest.startsWith('#')) {
        if (start !== -1) chunks.push({ start, end: lineStart })
        start = -1
      } else {
        // kubectl reports the error instead of the document it was reading, then stops; read on past it.
        chunks.push({
          start: start === -1 ? lineStart : start,
          end: lineStart,
          error: { message: `invalid Yaml document separator: ${rest}`, offset: lineStart },
        })
        start = -1
      }
    } else if (start === -1) start = lineStart
    lineStart = lineEnd
  }
  if (start !== -1) chunks.push({ start, end: text.length })
  return chunks
}
