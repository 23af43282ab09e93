import { describe, expect, it } from 'vitest'
import { evaluate } from '@secctx/engine'
import { escapeControls, terminalSafeReport } from './terminalSafe'

describe('escapeControls', () => {
  it('writes control characters as visible escapes and keeps other text', () => {
    expect(escapeControls('a\u001b[2Jb\nc\td\u0085e\u2028f')).toBe('a\\x1b[2Jb\\nc\\td\\x85e\\u2028f')
    expect(escapeControls('ContainerUser é 名前')).toBe('ContainerUser é 名前')
  })

  it('writes bidi controls and zero-width characters as visible escapes', () => {
    expect(escapeControls('admin\u202egnp.exe')).toBe('admin\\u202egnp.exe')
    expect(escapeControls('a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069')).toBe('a\\u202ab\\u202bc\\u202cd\\u202de\\u2066f\\u2067g\\u2068h\\u2069')
    expect(escapeControls('n\u200bg\u200ci\u200dn\ufeffx\u2060')).toBe('n\\u200bg\\u200ci\\u200dn\\ufeffx\\u2060')
  })
})

describe('terminalSafeReport', () => {
  it('escapes every string of a report and leaves the engine report unchanged', () => {
    const report = evaluate('kind: Pod\nmetadata: {name: "x\\u001bY"}\nspec: {containers: [{name: "c\\nd", securityContext: {privileged: true}}]}\n')
    const safe = terminalSafeReport(report)
    expect(report.objects[0].name).toBe('x\u001bY')
    expect(safe.objects[0].name).toBe('x\\x1bY')
    expect(safe.objects[0].levels.baseline.violations[0].detail).toBe('container "c\\nd" must not set securityContext.privileged=true')
  })
})
