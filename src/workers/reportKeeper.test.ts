import { describe, expect, it } from 'vitest'
import { createReportKeeper } from './reportKeeper'

const HOSTILE = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "admin\\u202egnp.exe\\u200b"\nspec:\n  containers:\n    - name: "app\\u2066x"\n      image: nginx\n'

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
})
