/** The edits, the unified diff and the line listing between a text and a changed version, line by line. */
import type { TextEdit } from './types'

// Past this many line pairs in the changed middle, the middle is one replacement (no LCS table).
const MAX_TABLE = 4_000_000

/** Lines with their line breaks, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? []
}

interface Change {
  /** First changed line in each text. */
  before: number
  after: number
  /** Lines removed and lines added. */
  removed: number
  added: number
}

/** Runs of changed lines, in order; lines outside them are equal. */
function changes(a: readonly string[], b: readonly string[]): Change[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const n = a.length - head - tail
  const m = b.length - head - tail
  if (n === 0 && m === 0) return []
  if (n * m > MAX_TABLE || n === 0 || m === 0) return [{ before: head, after: head, removed: n, added: m }]
  // Longest common subsequence of the middle, filled from the end.
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[head + i] === b[head + j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
    }
  }
  const out: Change[] = []
  let i = 0
  let j = 0
  let open: Change | null = null
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      open = null
      i++
      j++
      continue
    }
    open ??= out[out.push({ before: head + i, after: head + j, removed: 0, added: 0 }) - 1]
    if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) {
      open.added++
      j++
    } else {
      open.removed++
      i++
    }
  }
  return out
}

/** Whole-line edits that turn `before` into `after`, in text order. */
export function textEdits(before: string, after: string): TextEdit[] {
  const a = splitLines(before)
  const b = splitLines(after)
  const starts = [0]
  for (const line of a) starts.push(starts[starts.length - 1] + line.length)
  return changes(a, b).map((c) => ({
    start: starts[c.before],
    end: starts[c.before + c.removed],
    text: b.slice(c.after, c.after + c.added).join(''),
  }))
}

/** One line of a line diff, without its line break. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** Every line of `before` and of `after` in order, kept, removed or added; in each changed run the removed lines come first. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n')
  const b = after.split('\n')
  const out: DiffLine[] = []
  let i = 0
  for (const change of changes(a, b)) {
    while (i < change.before) out.push({ kind: 'same', text: a[i++] })
    for (let r = 0; r < change.removed; r++) out.push({ kind: 'removed', text: a[i++] })
    for (let r = 0; r < change.added; r++) out.push({ kind: 'added', text: b[change.after + r] })
  }
  while (i < a.length) out.push({ kind: 'same', text: a[i++] })
  return out
}

/** Applies non-overlapping edits given in any order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text
  for (const edit of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}

/**
 * A unified diff (`---`/`+++` headers, `@@` hunks) with `context` lines around each change; '' when
 * the texts are equal. `firstLine` numbers the lines of a part of a larger text, from where it starts.
 */
export function unifiedDiff(before: string, after: string, context = 3, from = 'a', to = 'b', firstLine = 1): string {
  const a = splitLines(before)
  const b = splitLines(after)
  const all = changes(a, b)
  if (all.length === 0) return ''
  const out = [`--- ${from}`, `+++ ${to}`]
  const bare = (line: string) => line.replace(/\r?\n$|\r$/, '')
  for (let k = 0; k < all.length;) {
    // Changes closer than twice the context share a hunk.
    let last = k
    while (last + 1 < all.length && all[last + 1].before - (all[last].before + all[last].removed) <= 2 * context) last++
    const first = all[k]
    const end = all[last]
    const startA = Math.max(0, first.before - context)
    const startB = first.after - (first.before - startA)
    const endA = Math.min(a.length, end.before + end.removed + context)
    const endB = end.after + end.added + (endA - (end.before + end.removed))
    out.push(`@@ -${startA + firstLine},${endA - startA} +${startB + firstLine},${endB - startB} @@`)
    let i = startA
    for (let c = k; c <= last; c++) {
      const change = all[c]
      for (; i < change.before; i++) out.push(` ${bare(a[i])}`)
      for (let r = 0; r < change.removed; r++) out.push(`-${bare(a[change.before + r])}`)
      for (let r = 0; r < change.added; r++) out.push(`+${bare(b[change.after + r])}`)
      i = change.before + change.removed
    }
    for (; i < endA; i++) out.push(` ${bare(a[i])}`)
    k = last + 1
  }
  return out.join('\n') + '\n'
}
