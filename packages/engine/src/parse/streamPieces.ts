/**
 * A long stream cut into pieces that evaluate on their own to exactly what the whole stream gives:
 * pieces end only at a document separator that kubectl's reader would split at anyway, and each
 * piece knows the line and document it starts at (EvaluateOptions.start). A caller can then hold
 * one piece's report at a time, or evaluate pieces in parallel, and still print whole-stream positions.
 */
import { looksLikeJson } from './jsonStream'
import { countLineBreaks } from './lineIndex'
import type { StreamStart } from './types'
import { splitYamlDocuments } from './yamlDocuments'

/** One piece of a stream and where it starts in it. */
export interface StreamPiece {
  text: string
  start: StreamStart
}

/** `text` in pieces of at least `pieceChars` characters (the last may be shorter), in stream order; one piece when it cannot be cut. */
export function streamPieces(text: string, pieceChars: number): StreamPiece[] {
  // The byte-order mark is dropped as the parser drops it, so every offset below is the parser's.
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // A JSON stream has no separators; it is read in one piece.
  if (input.length <= pieceChars || looksLikeJson(input)) return [{ text: input, start: { line: 1, document: 0 } }]
  const pieces: StreamPiece[] = []
  let from = 0
  let start: StreamStart = { line: 1, document: 0 }
  const chunks = splitYamlDocuments(input)
  chunks.forEach((chunk, index) => {
    // A chunk without an error ends at a well-formed separator line (or the end), where the next piece may begin;
    // a malformed separator belongs to the document before it, so no piece starts there.
    if (chunk.error || chunk.end - from < pieceChars || chunk.end >= input.length) return
    const piece = input.slice(from, chunk.end)
    pieces.push({ text: piece, start })
    start = { line: start.line + countLineBreaks(piece), document: index + 1 }
    from = chunk.end
  })
  pieces.push({ text: input.slice(from), start })
  return pieces
}
