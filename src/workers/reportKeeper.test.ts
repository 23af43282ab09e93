import { describe, expect, it } from 'vitest'
import { createReportKeeper } from './reportKeeper'

const HOSTILE =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "admin\\u202egnp.exe\\u200b"\nspec:\n  containers:\n    - name: "app\\u2066x"\n      image: nginx\n'

describe('report keeper', () => {
  it('gives the panels names and messages with bidi controls and zero-width characters escaped', () => {
    const keeper = createReportKeeper()
    const view = keeper.evaluate({ text: HOSTILE, version: 'latest', revision: 1 })
    expect(view.objects[0]?.name).toBe('admin\\u202egnp.exe\\u200b')
    const detail = keeper.detail({ revision: 1, version: 'latest', index: 0 })
    expect(detail.levels.restricted.message).toContain('"admin\\u202egnp.exe\\u200b"')
    expect(detail.levels.restricted.message).toContain('container "app\\u2066x"')
    expect(JSON.stringify(detail)).not.toMatch(/[\u202e\u200b\u2066]/)
  })

  it('answers a what-if of the kept text with its summary and escaped detail, and refuses one of a text it no longer holds', () => {
    const keeper = createReportKeeper()
    keeper.evaluate({ text: HOSTILE, version: 'latest', revision: 1 })
    const answer = keeper.whatIf({ revision: 1, version: 'latest', index: 0, change: { kind: 'os', name: 'windows' } })
    if ('reason' in answer) throw new Error(answer.reason)
    expect(answer.summary.targetsWindows).toBe(true)
    expect(answer.detail.windows.osName).toBe('windows')
    expect(answer.edits.length).toBeGreaterThan(0)
    expect(JSON.stringify(answer.detail)).not.toMatch(/[\u202e\u200b\u2066]/)
    expect(() => keeper.whatIf({ revision: 2, version: 'latest', index: 0, change: { kind: 'hostUsers' } })).toThrow()
  })
})
