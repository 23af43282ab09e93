// Large input evaluates fully and correctly within a bounded cost: a 5 MB multi-document stream
// (every object, in order, with its verdict), megabyte-long single lines (a scalar, a flow
// mapping, minified JSON), 10,000 containers and megabyte-long names. Costs are logged so a
// slowdown shows before it crosses a budget.
import { describe, expect, it } from 'vitest'
import { evaluate, type Report } from '../../src/index'
import { SMALL_BUDGET, assertWithin, describeCost, measure, type Budget } from './budget'
import { assertWellFormedReport } from './reportShape'
import { workloadStream } from './workloadStream'

const MB = 2 ** 20

/** Evaluates, checks the cost and the report's shape, and logs the cost. */
function evaluateLarge(what: string, text: string, budget: Budget): Report {
  const { value: report, cost } = measure(() => evaluate(text, { file: 'large.yaml' }))
  console.info(`${what} (${(text.length / MB).toFixed(1)} M characters): ${describeCost(cost)}`)
  assertWithin(cost, budget, what)
  assertWellFormedReport(report)
  return report
}

describe('large input', () => {
  it('a 5 MB stream of real-looking workloads: every object evaluated, in order, with its verdict', () => {
    const { text, expected } = workloadStream(5 * MB)
    // About 1 ms of CPU per workload object: a 5 MB stream of ~7,000 documents costs seconds, not minutes.
    const report = evaluateLarge('5 MB stream', text, { cpuMs: 20_000, wallMs: 100_000, heapGrowthMB: 1024 })
    expect(report.errors).toEqual([])
    expect(report.skipped).toHaveLength(expected.skipped)
    expect(report.objects).toHaveLength(expected.objects.length)
    expect(report.objects.map(({ name, kind, highestLevel }) => ({ name, kind, highestLevel }))).toEqual(expected.objects)
    // Document numbers and lines keep counting across the whole stream.
    const last = report.objects[report.objects.length - 1]
    expect(last.document).toBe(expected.objects.length + expected.skipped - 1)
    expect(last.location.line).toBeGreaterThan(100_000)
  }, 180_000)

  it.each([
    ['empty documents', '---\n', 0],
    ['{} documents (each an error)', '---\n{}\n', 1],
    ['scalar documents (each an error)', '---\nx\n', 1],
  ])('20,000 tiny %s: each one accounted for, in stream order, within budget', (shape, unit, errorsEach) => {
    // The cost per document, not per byte, dominates here: this is the cheapest text per document.
    const report = evaluateLarge(`20,000 ${shape}`, unit.repeat(20_000), SMALL_BUDGET)
    expect(report.errors).toHaveLength(20_000 * errorsEach)
    if (errorsEach > 0) expect(report.errors.map((e) => e.document)).toEqual(Array.from({ length: 20_000 }, (_, i) => i))
  })

  it('5,000 minimal Pods, one per document', () => {
    const report = evaluateLarge('5,000 minimal Pods', '---\n{kind: Pod, spec: {containers: [{name: a}]}}\n'.repeat(5_000), SMALL_BUDGET)
    expect(report.objects).toHaveLength(5_000)
    expect(report.objects[4_999]).toMatchObject({ document: 4_999, location: { line: 10_000 } })
  })

  it('a 1 MB scalar on one line', () => {
    const value = 'x'.repeat(MB)
    const report = evaluateLarge(
      '1 MB scalar',
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: long\n  annotations: {note: ${value}}\nspec: {hostPID: true, containers: [{name: a}]}\n`,
      SMALL_BUDGET,
    )
    expect(report.objects[0].levels.baseline.violations[0]).toMatchObject({ check: 'hostNamespaces', locations: [{ line: 6 }] })
  })

  it('a 1 MB flow mapping on one line, with the failing field at its far end', () => {
    const annotations = Array.from({ length: 32_000 }, (_, i) => `example.com/k${i}: value-${i}`).join(', ')
    const line = `{apiVersion: v1, kind: Pod, metadata: {name: wide, annotations: {${annotations}}}, spec: {containers: [{name: a}], hostPID: true}}`
    expect(line.length).toBeGreaterThan(MB * 0.9)
    // After a `---` line: text that starts with `{` is JSON for kubectl, and this is YAML flow style.
    const report = evaluateLarge('1 MB flow mapping', `---\n${line}`, SMALL_BUDGET)
    const [location] = report.objects[0].levels.baseline.violations[0].locations
    // Columns count on the one line: the field is found at its real place a million characters in.
    expect(location).toMatchObject({ line: 2, column: line.indexOf('hostPID') + 1, path: 'spec.hostPID' })
  })

  it('1 MB of minified JSON on one line', () => {
    const annotations = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`example.com/k${i}`, `value-${i}`]))
    const text = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'minified', annotations },
      spec: { containers: [{ name: 'a', securityContext: { privileged: true } }] },
    })
    expect(text.length).toBeGreaterThan(MB * 0.9)
    const report = evaluateLarge('1 MB minified JSON', text, SMALL_BUDGET)
    expect(report.objects[0].levels.baseline.violations[0]).toMatchObject({
      check: 'privileged',
      locations: [{ line: 1, column: text.indexOf('"privileged"') + 1 }],
    })
  })

  it('10,000 containers: each one reported, and the violation names exactly the privileged ones', () => {
    const containers = Array.from({ length: 10_000 }, (_, i) => ({ name: `c${i}`, image: 'busybox', securityContext: { privileged: i % 100 === 7 } }))
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'many' }, spec: { containers } })
    const report = evaluateLarge('10,000 containers', text, { ...SMALL_BUDGET, heapGrowthMB: 512 })
    const [object] = report.objects
    expect(object.containers).toHaveLength(10_000)
    expect(object.containers[9_999]).toMatchObject({ name: 'c9999', path: 'spec.containers[9999]' })
    const [privileged] = object.levels.baseline.violations
    expect(privileged.check).toBe('privileged')
    expect(privileged.locations).toHaveLength(100)
    const named = containers.filter((c) => c.securityContext.privileged).map((c) => `"${c.name}"`)
    expect(privileged.detail).toBe(`containers ${named.join(', ')} must not set securityContext.privileged=true`)
  })

  it('a container name of 1 MB, and 1,000 names of 1 KB: carried unmodified', () => {
    const long = `n${'é'.repeat(MB)}`
    const names = Array.from({ length: 1_000 }, (_, i) => `${i}-${'k'.repeat(1_024)}`)
    const containers = [long, ...names].map((name) => ({ name, securityContext: { privileged: true } }))
    const report = evaluateLarge('long names', JSON.stringify({ kind: 'Pod', metadata: { name: long }, spec: { containers } }), SMALL_BUDGET)
    const [object] = report.objects
    expect(object.name).toBe(long)
    expect(object.containers.map((c) => c.name)).toEqual([long, ...names])
    expect(object.levels.baseline.violations[0].detail.startsWith(`containers "${long}", "0-k`)).toBe(true)
  })
})
