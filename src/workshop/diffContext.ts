/** The workshop's answer preview shows the engine's line diff (diffLines) with only the lines near a change. */
import type { DiffLine } from '@secctx/engine'

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
