/** Offsets, lines and layout of a manifest's text, read the way the edits need them (not the way the parser does). */
import type { SourceRange } from '../types'

/** A [start, end) span of the text in UTF-16 code units. */
export interface Span {
  start: number
  end: number
}

/** The text with its line starts, so ranges from `locate` can be turned back into offsets. */
export class SourceText {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    // The same line breaks as the parser's line index: \n, \r\n and a lone \r.
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++
      if (ch === 10 || ch === 13) this.starts.push(i + 1)
    }
  }

  /** How many lines the text has (a final line break starts one more, empty line). */
  lineCount(): number {
    return this.starts.length
  }

  /** The offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    return Math.min(this.text.length, (this.starts[line - 1] ?? this.text.length) + column - 1)
  }

  /** The span of a located range. */
  span(range: SourceRange): Span {
    return { start: this.offset(range.line, range.column), end: this.offset(range.endLine, range.endColumn) }
  }

  /** The offset where the line holding `offset` starts. */
  lineStart(offset: number): number {
    let at = offset
    while (at > 0 && !isBreak(this.text.charCodeAt(at - 1))) at--
    return at
  }

  /** The offset of the line break (or the end of the text) that ends the line holding `offset`. */
  lineEnd(offset: number): number {
    let at = offset
    while (at < this.text.length && !isBreak(this.text.charCodeAt(at))) at++
    return at
  }

  /** The offset just past the line break that ends the line holding `offset` (the text's end on the last line). */
  nextLine(offset: number): number {
    const end = this.lineEnd(offset)
    return end + this.lineBreakAt(end).length
  }

  /** The line break at `offset`, or '' at the end of the text. */
  lineBreakAt(offset: number): string {
    if (this.text.startsWith('\r\n', offset)) return '\r\n'
    const ch = this.text[offset]
    return ch === '\n' || ch === '\r' ? ch : ''
  }

  /** The line break used near `offset`: the one ending its line, else the text's first, else \n. */
  eolNear(offset: number): string {
    const own = this.lineBreakAt(this.lineEnd(offset))
    if (own) return own
    const first = /\r\n|\n|\r/.exec(this.text)
    return first ? first[0] : '\n'
  }

  /** True when only blanks precede `offset` on its line. */
  startsLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset))
  }

  /** The column (from 0) of `offset` within its line. */
  column(offset: number): number {
    return offset - this.lineStart(offset)
  }

  /** The offset of the first character at or after `offset` that is not a blank. */
  skipBlanks(offset: number): number {
    let at = offset
    while (at < this.text.length && (this.text[at] === ' ' || this.text[at] === '\t')) at++
    return at
  }

  /** The comment (from `#` to the line's end) that follows `offset` on its line after blanks, or ''. */
  trailingComment(offset: number): string {
    const at = this.skipBlanks(offset)
    return this.text[at] === '#' ? this.text.slice(at, this.lineEnd(at)) : ''
  }

  /** Lines within [start, end) that hold nothing but a comment, trimmed. */
  commentLines(start: number, end: number): string[] {
    const out: string[] = []
    for (let at = this.lineStart(start); at < end; at = this.nextLine(at)) {
      const line = this.text.slice(at, this.lineEnd(at)).trim()
      if (line.startsWith('#') && at >= start) out.push(line)
      if (this.lineEnd(at) >= this.text.length) break
    }
    return out
  }
}

function isBreak(ch: number): boolean {
  return ch === 10 || ch === 13
}

/**
 * The document's indentation step: the indent gained by the first key whose value is a block mapping.
 * New nested mappings follow it, so a fix written into a 4-space file uses 4 spaces.
 */
export function indentStep(text: string, from: number, to: number): number {
  const lines = text.slice(from, to).split(/\r\n|\n|\r/)
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]
    if (!/^[ ]*[^\s#-][^#]*:[ \t]*(#.*)?$/.test(line)) continue
    const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    if (next === undefined || next.trimStart().startsWith('-')) continue
    const gain = indentOf(next) - indentOf(line)
    if (gain > 0) return gain
  }
  return 2
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}
