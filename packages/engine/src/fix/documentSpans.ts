/** Where each document of a stream sits in its text, so fixes and what-ifs work on one document, not the whole stream. */
import { parseManifests } from '../parse'
import { SourceText, type Span } from './sourceText'

// The app asks for both levels' fixes of one text in a row: read a large stream's documents once.
let lastSpans: { text: string; spans: Map<number, Span> } | null = null

/** Each document's own text, by index: from the start of its root's first line to the line break after its last one. */
export function documentSpans(text: string): Map<number, Span> {
  if (lastSpans?.text === text) return lastSpans.spans
  const source = new SourceText(text)
  const spans = new Map<number, Span>()
  for (const doc of parseManifests(text).documents) {
    const located = doc.locate([])
    const root = source.span(located.range)
    spans.set(doc.index, { start: source.lineStart(root.start), end: source.nextLine(root.end) })
  }
  lastSpans = { text, spans }
  return spans
}
