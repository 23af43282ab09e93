import { describe, expect, it } from 'vitest'
import { evaluate, mergeReports } from '@secctx/engine'
import { paletteFor } from '../colour'
import type { CliIo } from '../io'
import { jsonWriter, textWriter } from './writeReports'

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: app:1\n`

function capture(): { io: CliIo; out: () => string; writes: () => number } {
  let out = ''
  let writes = 0
  const io = {
    stdout: { write: (text: string) => ((out += text), (writes += 1), true) },
    stderr: { write: () => true },
  } as unknown as CliIo
  return { io, out: () => out, writes: () => writes }
}

describe('report writers', () => {
  const reports = [evaluate(`${pod('a')}---\n${pod('b')}`, { file: 'one.yaml' }), evaluate('kind: Service\n', { file: 'two.yaml' }), evaluate(`${pod('c')}---\na: [\n`, { file: 'three.yaml' })]

  it('writes JSON a report at a time, the same text as the whole report stringified', async () => {
    const { io, out, writes } = capture()
    const writer = jsonWriter(io, 'restricted', paletteFor({ isTTY: false, env: {} }))
    for (const report of reports) await writer.write(report)
    const tally = await writer.end()
    expect(out()).toBe(`${JSON.stringify(mergeReports(reports), null, 2)}\n`)
    // One write per report with objects, and the closing one: never the run in one string.
    expect(writes()).toBe(3)
    expect(tally).toMatchObject({ objects: 3, skipped: 1, errors: 1 })
  })

  it('writes an empty JSON report as JSON.stringify does', async () => {
    const { io, out } = capture()
    const writer = jsonWriter(io, null, paletteFor({ isTTY: false, env: {} }))
    const empty = evaluate('', {})
    await writer.write(empty)
    await writer.end()
    expect(out()).toBe(`${JSON.stringify(empty, null, 2)}\n`)
  })

  it('writes text blocks as they come, then one summary for all', async () => {
    const { io, out } = capture()
    const writer = textWriter(io, 'restricted', paletteFor({ isTTY: false, env: {} }))
    for (const report of reports) await writer.write(report)
    await writer.end()
    const blocks = out().trimEnd().split('\n\n')
    expect(blocks.at(-1)).toMatch(/^summary {2}3 objects \(0 restricted, 3 baseline, 0 privileged\) · 1 skipped · 1 input error · 3 not allowed at restricted/)
    expect(out().indexOf('Pod/a')).toBeGreaterThanOrEqual(0)
    expect(out().indexOf('Pod/a')).toBeLessThan(out().indexOf('Pod/c'))
  })

  it('waits for a full output stream to drain', async () => {
    let drained: (() => void) | undefined
    const io = { stdout: { write: () => false, once: (_event: string, listener: () => void) => void (drained = listener) }, stderr: { write: () => true } } as unknown as CliIo
    const writer = jsonWriter(io, null, paletteFor({ isTTY: false, env: {} }))
    let done = false
    const writing = writer.write(reports[0]!).then(() => (done = true))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(done).toBe(false)
    drained?.()
    await writing
    expect(done).toBe(true)
  })
})
