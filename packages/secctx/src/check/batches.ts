/**
 * A large stream evaluated a batch of documents at a time, so `secctx check` holds one batch's
 * parse and report at once instead of the whole stream's (20 MB of pods took 2 GB and then some).
 * Batches end at a `---` line after a document with content; positions are shifted back into
 * the whole stream, so every report reads as if the stream had been evaluated in one piece.
 */
import { evaluate, type EvaluateOptions, type Report } from '@secctx/engine'

/** Streams up to this many characters are evaluated in one piece. */
export const BATCH_CHARS = 1024 * 1024

const MARKER = /^---(?=[ \t\r\n]|$)/

/** The engine's reports for `text`, one per batch of documents, in stream order. */
export function* evaluateInBatches(text: string, options: EvaluateOptions, batchChars = BATCH_CHARS): Generator<Report> {
  let start = 0
  let lines = 0
  let documents = 0
  while (start < text.length) {
    const end = batchEnd(text, start, batchChars)
    const batch = text.slice(start, end)
    const report = evaluate(batch, options)
    yield lines === 0 && documents === 0 ? report : shiftPositions(report, lines, documents)
    documents += documentsIn(report)
    lines += countLines(batch)
    start = end
  }
}

/** Where the batch from `start` ends: at the first document marker past `batchChars` that follows content, or the end of the text. */
function batchEnd(text: string, start: number, batchChars: number): number {
  let lineStart = text.indexOf('\n', start + batchChars)
  let content = false
  while (lineStart !== -1) {
    lineStart += 1
    const lineEnd = text.indexOf('\n', lineStart)
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
    if (MARKER.test(line) && content) return lineStart
    // The document before a boundary must have content, so its index is in the batch's report.
    const trimmed = line.trim()
    content = trimmed !== '' && !trimmed.startsWith('#') && !MARKER.test(line) && trimmed !== '...'
    lineStart = lineEnd
  }
  return text.length
}

/** Documents the batch took up: one past the last index its report names. */
function documentsIn(report: Report): number {
  let last = -1
  for (const entry of [...report.objects, ...report.skipped, ...report.errors]) if (entry.document !== null && entry.document > last) last = entry.document
  return last + 1
}

function countLines(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1
  return count
}

/** The report with every `line`/`endLine` moved down `lines` and every `document` on by `documents`. */
export function shiftPositions(report: Report, lines: number, documents: number): Report {
  return shift(report, lines, documents) as Report
}

function shift(value: unknown, lines: number, documents: number): unknown {
  if (Array.isArray(value)) return value.map((item) => shift(item, lines, documents))
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    const moved =
      typeof item === 'number' && (key === 'line' || key === 'endLine') ? item + lines
      : typeof item === 'number' && key === 'document' ? item + documents
      : shift(item, lines, documents)
    // Own data only; a manifest key such as `__proto__` stays a plain entry.
    Object.defineProperty(copy, key, { value: moved, enumerable: true, writable: true, configurable: true })
  }
  return copy
}
