// Nesting far past any real manifest (10,000 levels, in every YAML style, in JSON, inside a real
// pod, and as Lists of Lists) is refused as an error of its document that names the 100-level
// limit and where it was crossed; it never overflows the stack. Nesting within the limit evaluates.
import { describe, expect, it } from 'vitest'
import { evaluate, type Report } from '../../src/index'
import { SMALL_BUDGET, assertWithin, measure } from './budget'
import { prototypeChanges, snapshotPrototypes } from './prototypes'
import { assertWellFormedReport } from './reportShape'

const DEPTH = 10_000
const LIMIT_MESSAGE = 'YAML nests deeper than 100 levels; refusing to read the document'
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: after}\nspec: {containers: [{name: app, image: nginx}]}\n'

function evaluateDeep(text: string, budget = SMALL_BUDGET): Report {
  const prototypes = snapshotPrototypes()
  const { value: report, cost } = measure(() => evaluate(text, { file: 'deep.yaml' }))
  assertWithin(cost, budget, 'the deep input')
  assertWellFormedReport(report)
  expect(prototypeChanges(prototypes)).toEqual([])
  return report
}

/** The one error of document 0: the depth limit, at the given line and column. */
function expectDepthError(report: Report, line: number, column: number): void {
  expect(report.errors).toEqual([expect.objectContaining({ document: 0, line, column, message: LIMIT_MESSAGE })])
}

describe(`${DEPTH.toLocaleString('en')}-deep nesting`, () => {
  it('flow sequences [[[…]]]: refused at line 1, column 100', () => {
    expectDepthError(evaluateDeep(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n---\n${POD}`), 1, 100)
  })

  it('flow mappings {a: {a: …}}: refused, and the next document is still evaluated', () => {
    // A leading `---`: text that starts with `{` is JSON for kubectl, and this is YAML flow style.
    const report = evaluateDeep(`---\n${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n---\n${POD}`)
    expect(report.errors).toEqual([expect.objectContaining({ document: 0, line: 2, message: LIMIT_MESSAGE })])
    expect(report.objects.map((o) => o.name)).toEqual(['after'])
  })

  it('unclosed flow brackets, as a truncated paste: refused by the same limit, not read to the end', () => {
    expectDepthError(evaluateDeep('['.repeat(DEPTH)), 1, 100)
  })

  it('minified JSON {"a":{"a":…}}: refused', () => {
    const report = evaluateDeep(`${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`)
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/^JSON nests deeper than 100 levels; refusing to read the document/) }),
    ])
  })

  it('block mappings indented one more space per level (50 MB of text): refused at line 100', () => {
    const lines: string[] = []
    for (let level = 0; level < DEPTH; level++) lines.push(`${' '.repeat(level)}a:`)
    // The text alone is 50 million characters, so the budget allows for reading it.
    const report = evaluateDeep(lines.join('\n'), { ...SMALL_BUDGET, heapGrowthMB: 512 })
    expectDepthError(report, 100, 100)
  })

  it('compact block sequences "- - - …" on one line: refused', () => {
    expectDepthError(evaluateDeep(`${'- '.repeat(DEPTH)}x\n`), 1, 199)
  })

  it('inside a real Deployment, under securityContext: only that document is refused', () => {
    const deep = `${'{x: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`
    const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: deep}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        securityContext: ${deep}\n`
    const report = evaluateDeep(`${deployment}---\n${POD}`)
    expect(report.errors).toEqual([expect.objectContaining({ document: 0, line: 9, message: LIMIT_MESSAGE })])
    expect(report.objects.map((o) => o.name)).toEqual(['after'])
  })

  it('within the limit (97 levels in all, under real pod fields): evaluated, the stages do not recurse out of stack', () => {
    // Depth counts from the document root: spec.extra sits at level 3, a container's seLinuxOptions at level 6.
    const deep = (levels: number) => `${'{x: '.repeat(levels)}1${'}'.repeat(levels)}`
    const report = evaluateDeep(
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  extra: ${deep(95)}\n  containers: [{name: a, securityContext: {seLinuxOptions: ${deep(90)}}}]\n`,
    )
    expect(report.errors).toEqual([])
    expect(report.objects[0].levels.baseline.violations.map((v) => v.check)).toEqual(['hostNamespaces'])
  })
})

describe('deeply nested Lists', () => {
  const pod = '{apiVersion: v1, kind: Pod, metadata: {name: inner}, spec: {containers: [{name: c, securityContext: {privileged: true}}]}}'
  const nest = (levels: number) => {
    let text = pod
    for (let i = 0; i < levels; i++) text = `{apiVersion: v1, kind: List, items: [${text}]}`
    // YAML flow style must not start the text: kubectl reads text that starts with `{` as JSON.
    return `---\n${text}`
  }

  it('a List in a List in … (40 levels, within the depth limit): the inner List is skipped with its reason, never recursed into', () => {
    const report = evaluateDeep(nest(40))
    expect(report.errors).toEqual([])
    expect(report.objects).toEqual([])
    expect(report.skipped).toEqual([
      expect.objectContaining({ document: 0, item: 0, kind: 'List', reason: 'a List inside a List is not flattened; list its items directly' }),
    ])
  })

  it('one level of List is flattened: its Pod is evaluated with its item index', () => {
    const report = evaluateDeep(nest(1))
    expect(report.objects.map((o) => [o.item, o.name, o.highestLevel])).toEqual([[0, 'inner', 'privileged']])
  })

  it(`Lists nested ${DEPTH.toLocaleString('en')} deep: refused by the depth limit`, () => {
    const report = evaluateDeep(nest(DEPTH))
    expect(report.errors).toEqual([expect.objectContaining({ document: 0, line: 2, message: LIMIT_MESSAGE })])
  })

  it('a PodList inside a List inside a PodList: typed lists are flattened one level too', () => {
    const report = evaluateDeep(`---\n{apiVersion: v1, kind: PodList, items: [{kind: List, items: [${pod}]}, ${pod}]}`)
    expect(report.skipped.map((s) => [s.item, s.kind])).toEqual([[0, 'List']])
    expect(report.objects.map((o) => [o.item, o.kind, o.name])).toEqual([[1, 'Pod', 'inner']])
  })
})
