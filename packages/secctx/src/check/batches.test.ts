import { describe, expect, it } from 'vitest'
import { evaluate, mergeReports } from '@secctx/engine'
import { evaluateInBatches } from './batches'

const pod = (name: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: app:1\n${extra}`

// Every kind of document a boundary can meet: comments, empty documents, `...`, Lists, skipped kinds, errors.
const STREAM = [
  `# leading comment\n${pod('a')}`,
  `---\n${pod('b', '      securityContext:\n        privileged: true\n')}`,
  '---\n# only a comment\n',
  '---\n',
  `---\n${pod('c')}...\n`,
  '---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: d}\n    spec: {containers: [{name: x, image: y}]}\n',
  '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n',
  '---\na: [unclosed\n',
  `---\n${pod('e')}`,
  '--- # marker with a comment\n' + pod('f'),
  `---\n${pod('g', '      securityContext:\n        runAsUser: 0\n')}`,
].join('')

describe('evaluateInBatches', () => {
  it('gives the same report as one evaluation, whatever the batch size', () => {
    const whole = evaluate(STREAM, { file: 'all.yaml' })
    expect(whole.objects.length).toBeGreaterThan(5)
    expect(whole.errors.length).toBeGreaterThan(0)
    for (const batchChars of [1, 40, 200, 500]) {
      const batches = [...evaluateInBatches(STREAM, { file: 'all.yaml' }, batchChars)]
      if (batchChars < 200) expect(batches.length).toBeGreaterThan(3)
      expect(mergeReports(batches)).toEqual(whole)
    }
  })

  it('evaluates a small stream in one piece', () => {
    expect([...evaluateInBatches(STREAM, {})]).toHaveLength(1)
  })
})
