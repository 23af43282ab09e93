/**
 * Splits a YAML stream into document chunks by its `---` and `...` marker lines, so that a syntax
 * error can be confined to the document it is in. Only used when the whole stream fails to parse.
 */

/** A slice of the text that holds at most one document. */
export interface Chunk {
  start: number
  end: number
}

// A marker is `---` or `...` at the very start of a line, followed by white space or the line end.
// YAML forbids such a line inside any scalar, so a marker is always a document boundary.
const MARKER = /(^|\r\n|\r|\n)(\uFEFF?)(---|\.\.\.)(?=[\t\n\r ]|$)/g

/** Chunks in text order; text between documents that holds only comments or directives joins the next chunk. */
export function splitDocuments(text: string): Chunk[] {
  const bounds = [0]
  for (const match of text.matchAll(MARKER)) {
    const lineStart = match.index + match[1].length + match[2].length
    if (match[3] === '---') bounds.push(lineStart)
    else bounds.push(nextLineStart(text, lineStart))
  }
  bounds.push(text.length)

  const chunks: Chunk[] = []
  let pendingStart = -1
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = pendingStart === -1 ? bounds[i] : pendingStart
    const end = bounds[i + 1]
    if (end <= bounds[i]) continue
    if (!text.startsWith('---', bounds[i]) && !hasContent(text, bounds[i], end)) {
      pendingStart = start
      continue
    }
    pendingStart = -1
    chunks.push({ start, end })
  }
  return chunks
}

function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10) return i + 1
    if (ch === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
  }
  return text.length
}

/** Whether the slice has a line that is not blank, a comment, a directive or a `...` marker. */
function hasContent(text: string, start: number, end: number): boolean {
  for (const line of text.slice(start, end).split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^\uFEFF/, '').trim()
    if (trimmed === '' || trimmed.startsWith('#') || line.startsWith('%') || /^\.\.\.(\s|$)/.test(line)) continue
    return true
  }
  return false
}
