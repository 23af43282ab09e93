import { describe, expect, it } from 'vitest'
import { applyOp, type FixOp } from './textOps'

const apply = (text: string, op: FixOp) => {
  const result = applyOp(text, 0, op)
  return result.ok ? result.text : `refused: ${result.reason}`
}

describe('text operations keep everything they do not change', () => {
  it('adds a nested mapping at the file’s own indentation step', () => {
    const text = 'kind: Pod\nspec:\n    containers:\n    -   name: a\n        image: x\n'
    expect(apply(text, { kind: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true })).toBe(
      'kind: Pod\nspec:\n    containers:\n    -   name: a\n        image: x\n    securityContext:\n        runAsNonRoot: true\n',
    )
  })

  it('gives an empty key a value, keeping its comment on its line', () => {
    const text = 'spec:\n  securityContext: # hardening\n  containers: []\n'
    expect(apply(text, { kind: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true })).toBe(
      'spec:\n  securityContext: # hardening\n    runAsNonRoot: true\n  containers: []\n',
    )
  })

  it('replaces a quoted value with the same quotes, and a quoted key’s value', () => {
    const text = "spec:\n  'procMount': 'Unmasked'\n"
    expect(apply(text, { kind: 'set', path: ['spec', 'procMount'], value: 'Default' })).toBe("spec:\n  'procMount': 'Default'\n")
  })

  it('removes an item of one-per-line JSON without leaving a comma behind', () => {
    const text = '{\n  "a": [\n    "x",\n    "y"\n  ],\n  "b": 1\n}\n'
    expect(apply(text, { kind: 'remove', path: ['a', 1] })).toBe('{\n  "a": [\n    "x"\n  ],\n  "b": 1\n}\n')
    expect(apply(text, { kind: 'remove', path: ['a', 0] })).toBe('{\n  "a": [\n    "y"\n  ],\n  "b": 1\n}\n')
    expect(apply(text, { kind: 'append', path: ['a'], value: 'ALL' })).toBe('{\n  "a": [\n    "x",\n    "y",\n    "ALL"\n  ],\n  "b": 1\n}\n')
  })

  it('removes the first key of a list item by moving the next key beside the dash', () => {
    const text = 'ports:\n- hostPort: 80\n  containerPort: 80\n'
    expect(apply(text, { kind: 'remove', path: ['ports', 0, 'hostPort'] })).toBe('ports:\n- containerPort: 80\n')
  })

  it('removes a mapping the removal empties, and keeps the comments of removed lines', () => {
    const text = 'sc:\n  caps:\n    # needed for ping\n    add: [NET_RAW] # really\n  other: 1\n'
    expect(apply(text, { kind: 'remove', path: ['sc', 'caps', 'add', 0] })).toBe('sc:\n    # needed for ping\n    # really\n  other: 1\n')
  })

  it('refuses what it cannot write, with the reason', () => {
    expect(apply('spec: 3\n', { kind: 'set', path: ['spec', 'securityContext', 'runAsNonRoot'], value: true })).toBe(
      'refused: spec is not a mapping, so securityContext.runAsNonRoot cannot be added to it',
    )
  })
})
