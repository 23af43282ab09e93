/** A line diff for the workshop's answer preview: what the model answer changes in the current text. */

/** One line of a diff. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed'
  text: string
}

/** Above this many cells the middle is shown as all removed, then all added: still true, just not minimal. */
const MAX_TABLE_CELLS = 1_000_000

/** The lines of `before` and `after` as kept, removed and added lines, in order (a longest common subsequence). */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n')
  const b = after.split('\n')
  // Edits are local: the common head and tail cost nothing, so only the middle needs the table.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const same = (lines: string[]) => lines.map((text): DiffLine => ({ kind: 'same', text }))
  return [...same(a.slice(0, head)), ...diffMiddle(midA, midB), ...same(a.slice(a.length - tail))]
}

function diffMiddle(a: string[], b: string[]): DiffLine[] {
  const removed = (text: string): DiffLine => ({ kind: 'removed', text })
  const added = (text: string): DiffLine => ({ kind: 'added', text })
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE_CELLS) return [...a.map(removed), ...b.map(added)]
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!)
    }
  }
  const out: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! })
      i += 1
      j += 1
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) out.push(removed(a[i++]!))
    else out.push(added(b[j++]!))
  }
  return [...out, ...a.slice(i).map(removed), ...b.slice(j).map(added)]
}

/** A run of diff lines to show: changed lines with `context` unchanged lines around them, or a gap. */
export type DiffHunkLine = DiffLine | { kind: 'gap'; count: number }

/** Keeps the changes and `context` lines around each; longer unchanged runs become one gap. */
export function withContext(lines: readonly DiffLine[], context = 2): DiffHunkLine[] {
  const near = lines.map(() => false)
  lines.forEach((line, index) => {
    if (line.kind === 'same') return
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k += 1) near[k] = true
  })
  const out: DiffHunkLine[] = []
  lines.forEach((line, index) => {
    if (near[index]) return void out.push(line)
    const last = out.at(-1)
    if (last?.kind === 'gap') last.count += 1
    else out.push({ kind: 'gap', count: 1 })
  })
  return out
}
