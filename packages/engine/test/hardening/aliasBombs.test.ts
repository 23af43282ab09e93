// YAML aliases that expand exponentially or quadratically, loop, or stack depth: each is refused as
// an error of its own document, naming the limit and the place, quickly and without pollution;
// the documents around it are still evaluated.
import { describe, expect, it } from 'vitest'
import { evaluate, type Report } from '../../src/index'
import { SMALL_BUDGET, assertWithin, measure } from './budget'
import { prototypeChanges, snapshotPrototypes } from './prototypes'
import { assertWellFormedReport } from './reportShape'

const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: after}\nspec: {containers: [{name: app, image: nginx}]}\n'

/** The classic: ten levels of nine aliases each, 9^10 strings once expanded. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let level = 1; level < 10; level++) {
    const name = String.fromCharCode(97 + level)
    lines.push(
      `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + level)}`)
        .join(',')}]`,
    )
  }
  return `${lines.join('\n')}\n`
}

function evaluateHostile(text: string): Report {
  const prototypes = snapshotPrototypes()
  const { value: report, cost } = measure(() => evaluate(text, { file: 'bomb.yaml' }))
  assertWithin(cost, SMALL_BUDGET, 'the alias input')
  assertWellFormedReport(report)
  expect(prototypeChanges(prototypes)).toEqual([])
  return report
}

describe('YAML alias abuse', () => {
  it('refuses a billion-laughs bomb with the limit and the line of the alias that crosses it, and still evaluates the next document', () => {
    const report = evaluateHostile(`${billionLaughs()}---\n${POD}`)
    expect(report.errors).toEqual([
      expect.objectContaining({ document: 0, line: 6, message: expect.stringMatching(/expand to more than 100000 nodes \(an alias bomb\?\)/) }),
    ])
    expect(report.objects.map((o) => [o.document, o.name])).toEqual([[1, 'after']])
  })

  it('refuses a quadratic bomb (one wide anchor aliased many times) at the alias that crosses the limit', () => {
    const wide = `a: &a [${Array(1000).fill('x').join(',')}]\n${Array.from({ length: 101 }, (_, i) => `b${i}: *a`).join('\n')}\n`
    const report = evaluateHostile(wide)
    // 1,001 nodes per alias: the 100th alias (line 101) takes the total past 100,000.
    expect(report.errors).toEqual([expect.objectContaining({ document: 0, line: 101, column: 6, message: expect.stringContaining('more than 100000 nodes') })])
  })

  it('refuses merge keys that repeat a large anchor, which expand the same way', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `k${i}: ${i}`).join(', ')
    const report = evaluateHostile(`a: &a {${keys}}\nb: {<<: [${Array(200).fill('*a').join(', ')}]}\n`)
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('more than 100000 nodes') })])
  })

  it('refuses more than 1,000 aliases in one document, even of a scalar', () => {
    const report = evaluateHostile(`a: &a x\nb: [${Array(1001).fill('*a').join(', ')}]\n`)
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, message: 'the document uses more than 1000 YAML aliases; refusing to read it' })])
  })

  it('refuses an alias inside its own anchor, which would be a cycle', () => {
    const line = 'spec: &s {containers: [{name: a}], more: *s}'
    const report = evaluateHostile(`kind: Pod\n${line}\n---\n${POD}`)
    expect(report.errors).toEqual([
      expect.objectContaining({
        document: 0,
        line: 2,
        column: line.indexOf('*s') + 1,
        message: 'YAML alias "*s" refers to its own enclosing anchor; recursive documents are not supported',
      }),
    ])
    expect(report.objects).toHaveLength(1)
  })

  it('refuses aliases that stack nesting past 200 levels though each part is within the parser limit', () => {
    const level = (inner: string) => `${'['.repeat(60)}${inner}${']'.repeat(60)}`
    const report = evaluateHostile(`a: &a ${level('1')}\nb: &b ${level('*a')}\nc: &c ${level('*b')}\nd: ${level('*c')}\n`)
    expect(report.errors).toEqual([expect.objectContaining({ line: 4, message: 'YAML aliases nest the document deeper than 200 levels; refusing to read it' })])
  })

  it('still reads the modest alias use real manifests have', () => {
    const text =
      'x-sc: &sc {runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}\n' +
      'apiVersion: v1\nkind: Pod\nmetadata: {name: shared}\nspec:\n  containers:\n  - {name: a, image: nginx, securityContext: *sc}\n  - {name: b, image: nginx, securityContext: *sc}\n'
    const report = evaluateHostile(text)
    expect(report.errors).toEqual([])
    expect(report.objects[0].highestLevel).toBe('restricted')
  })
})
