import { describe, expect, it } from 'vitest'
import { evaluate } from '@secctx/engine'
import { EXAMPLES } from './catalog'
import { findFalseClaims } from './claims'

describe('gallery examples', () => {
  it('has at least 18 examples with unique ids', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(18)
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length)
  })

  it.each(EXAMPLES.map((example) => [example.id, example] as const))('%s: the engine agrees with the lesson', (_id, example) => {
    expect(example.claims.length).toBeGreaterThan(0)
    expect(findFalseClaims(example, evaluate)).toEqual([])
  })

  it.each(EXAMPLES.map((example) => [example.id, example] as const))('%s: parses cleanly and has no API errors', (_id, example) => {
    const report = evaluate(example.manifest, { version: example.settings?.version ?? 'latest' })
    expect(report.errors).toEqual([])
    const errors = report.objects.flatMap((o) => o.problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`))
    expect(errors).toEqual([])
  })

  it.each(EXAMPLES.map((example) => [example.id, example] as const))('%s: a lesson is one short paragraph', (_id, example) => {
    expect(example.lesson).not.toContain('\n')
    expect(example.lesson.length).toBeLessThan(900)
    expect(example.title.length).toBeLessThan(70)
  })
})
