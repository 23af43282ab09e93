import type { SourceRange } from '../types'

/** Turns offsets into 1-based lines and columns (UTF-16 code units, as editors count them). */
export class LineIndex {
  private readonly starts: number[] = [0]

  /** `firstLine` is the number of the text's first line: above 1 when the text was cut from a longer stream. */
  constructor(
    private readonly text: string,
    private readonly firstLine = 1,
  ) {
    // YAML line breaks are \n, \r\n and a lone \r; the \r scan only runs when the text has one.
    if (!text.includes('\r')) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1)
      return
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++
      if (ch === 10 || ch === 13) this.starts.push(i + 1)
    }
  }

  /** Line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid] <= clamped) low = mid
      else high = mid - 1
    }
    return { line: low + this.firstLine, column: clamped - this.starts[low] + 1 }
  }

  /** The range of [start, end), with surrounding whitespace trimmed so a block scalar does not spill onto the next line. */
  range(start: number, end: number): SourceRange {
    let from = start
    let to = Math.max(start, end)
    while (to > from && isSpace(this.text.charCodeAt(to - 1))) to--
    while (from < to && isSpace(this.text.charCodeAt(from))) from++
    const first = this.position(from)
    const last = this.position(to)
    return { line: first.line, column: first.column, endLine: last.line, endColumn: last.column }
  }

  /** A one-character range at an offset, for errors that point at a spot. */
  point(offset: number): SourceRange {
    const at = this.position(offset)
    return { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 }
  }
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13
}

/** How many line breaks `text` holds, counted as the index counts them (\n, \r\n and a lone \r each once). */
export function countLineBreaks(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  if (!text.includes('\r')) return count
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 10) count++
  return count
}
