import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { evaluate } from './index'
import type { PodTemplate } from './model'

// One stage fails for one object: that object becomes an input error and the others still evaluate.
vi.mock('./windows', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./windows')>()
  return {
    ...actual,
    analyseWindows: (pod: PodTemplate) => {
      if (pod.spec.nodeName === 'boom') throw new Error('kaboom')
      return actual.analyseWindows(pod)
    },
  }
})

describe('evaluate: errors are data', () => {
  it('turns an exception while evaluating one object into an input error for that object only', () => {
    const text =
      'kind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: i}]}\n---\nkind: Pod\nmetadata: {name: b}\nspec:\n  nodeName: boom\n---\nkind: Pod\nmetadata: {name: c}\nspec: {}\n'
    const report = evaluate(text, { file: 'f.yaml' })
    expect(report.objects.map((o) => o.name)).toEqual(['a', 'c'])
    expect(report.errors).toEqual([
      { file: 'f.yaml', document: 1, item: null, message: 'internal error while evaluating Pod "b": kaboom', line: 5, column: 1, endLine: 8, endColumn: 17 },
    ])
  })

  it('never throws for arbitrary objects shaped like manifests', () => {
    const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null))
    const key = fc.constantFrom(
      'kind',
      'spec',
      'metadata',
      'template',
      'containers',
      'securityContext',
      'items',
      'name',
      'annotations',
      'privileged',
      'volumes',
      'hostPort',
      'ports',
      '__proto__',
      'os',
    )
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ maxDepth: 5 }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node
    const kind = fc.constantFrom('Pod', 'Deployment', 'CronJob', 'List', 'PodList', 'ReplicationController', 'Service')
    fc.assert(
      fc.property(kind, value, value, (k, spec, extra) => {
        const report = evaluate(JSON.stringify({ kind: k, spec, items: extra, template: extra }))
        expect(Array.isArray(report.objects) && Array.isArray(report.errors)).toBe(true)
        expect(() => JSON.stringify(report)).not.toThrow()
      }),
      { numRuns: 400 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
