/** Where each document of a stream sits in its text, so fixes and what-ifs work on one document, not the whole stream. */
import { parseManifests } from '../parse'
import { SourceText, type Span } from './sourceText'

// The app asks for both levels' fixes of one text in a row: read a large stream's documents once.
let lastSpans: { text: string; spans: Map<number, Span> } | null = null

/**
 * Each document's own text, by index: its root's whole lines (from the start of the first to the
 * line break after the last), so edits see the document's indentation and comments. A JSON stream
 * may put values one after another on a line, as kubectl and Go's decoder read them; there the
 * span is cut at the root's own start or end, so it never reaches into another document.
 */
export function documentSpans(text: string): Map<number, Span> {
  if (lastSpans?.text === text) return lastSpans.spans
  const source = new SourceText(text)
  const roots = parseManifests(text).documents.map((doc) => ({ index: doc.index, ...source.span(doc.locate([]).range) }))
  const spans = new Map<number, Span>()
  roots.forEach((root, at) => {
    const start = source.lineStart(root.start)
    const end = source.nextLine(root.end)
    const sharesFirstLine = at > 0 && roots[at - 1].end > start
    const sharesLastLine = at + 1 < roots.length && roots[at + 1].start < end
    spans.set(root.index, { start: sharesFirstLine ? root.start : start, end: sharesLastLine ? root.end : end })
  })
  lastSpans = { text, spans }
  return spans
}
