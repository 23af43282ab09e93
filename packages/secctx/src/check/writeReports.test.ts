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
  const reports = [
    evaluate(`${pod('a')}---\n${pod('b')}`, { file: 'one.yaml' }),
    evaluate('kind: Service\n', { file: 'two.yaml' }),
    evaluate(`${pod('c')}---\na: [\n`, { file: 'three.yaml' }),
  ]

  it("writes JSON a report at a time: the merged report's value, one object a line, in large writes", async () => {
    const { io, out, writes } = capture()
    const writer = jsonWriter(io, 'restricted')
    for (const report of reports) await writer.write(report)
    const tally = await writer.end()
    expect(JSON.parse(out())).toEqual(mergeReports(reports))
    const lines = out().split('\n')
    expect(lines.slice(0, 4)).toEqual([`{`, `  "policyVersion": "${reports[0]!.policyVersion}",`, '  "requestedVersion": "latest",', '  "objects": ['])
    // Each entry of an array on a line of its own, so a change to one object is a one-line diff.
    expect(lines.filter((line) => line.startsWith('    {"file":'))).toHaveLength(3 + 1 + 1)
    // Small output gathers into one write; never one write per object.
    expect(writes()).toBe(1)
    expect(tally).toMatchObject({ objects: 3, skipped: 1, errors: 1 })
  })

  it("writes an empty JSON report with the same value as the engine's", async () => {
    const { io, out } = capture()
    const writer = jsonWriter(io, null)
    const empty = evaluate('', {})
    await writer.write(empty)
    await writer.end()
    expect(JSON.parse(out())).toEqual(empty)
    expect(out()).toBe(
      '{\n  "policyVersion": "' + empty.policyVersion + '",\n  "requestedVersion": "latest",\n  "objects": [],\n  "skipped": [],\n  "errors": []\n}\n',
    )
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
    let calls = 0
    // The first write fills the stream; after the drain it takes the rest.
    const io = {
      stdout: { write: () => ++calls > 1, once: (_event: string, listener: () => void) => void (drained = listener) },
      stderr: { write: () => true },
    } as unknown as CliIo
    const writer = jsonWriter(io, null)
    let done = false
    // More than a chunk of output, so a write happens before the end.
    const writing = writer.write(evaluate(Array.from({ length: 100 }, (_, i) => pod(`p${i}`)).join('---\n'))).then(() => (done = true))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(done).toBe(false)
    drained?.()
    await writing
    expect(done).toBe(true)
  })
})
